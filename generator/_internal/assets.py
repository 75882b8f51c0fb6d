"""The front-end files: one script and one stylesheet, read once per process.

The script carries the interface strings of the site's language, written in at
build time, so there is still exactly one cached JS file and no inline script.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from .i18n import is_rtl, strings_for

SCRIPT_NAME = "course.js"
STYLE_NAME = "course.css"
ASSET_DIR = "assets/course"
_STRINGS_SLOT = "/*@strings@*/{}"


@lru_cache(maxsize=4)
def _read(name: str) -> str:
    return resources.files("generator._internal").joinpath("assets", name).read_text(encoding="utf-8")


@lru_cache(maxsize=8)
def script(language: str = "en") -> str:
    """The browser script, with the interface strings of `language` written in."""
    strings = dict(strings_for(language), dir="rtl" if is_rtl(language) else "ltr")
    return _read(SCRIPT_NAME).replace(_STRINGS_SLOT, json.dumps(strings, ensure_ascii=False, separators=(",", ":")))


def stylesheet() -> str:
    """The stylesheet, as shipped."""
    return _read(STYLE_NAME)
