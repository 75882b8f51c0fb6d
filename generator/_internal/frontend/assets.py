"""The front-end files: one script and one stylesheet, read once per process.

The script carries the interface strings of the site's language, written in at
build time, so there is still exactly one cached JS file and no inline script.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..render.i18n import is_rtl, strings_for

SCRIPT_NAME = "course.js"
STYLE_NAME = "course.css"
ASSET_DIR = "assets/course"
_STRINGS_SLOT = "/*@strings@*/{}"
MERMAID = Path(__file__).parent / "vendor" / "mermaid.min.js"
"""Mermaid, shipped so the trainers' scenario maps load nothing from another host."""
SCORM12_ADAPTER = "scorm12.js"


@lru_cache(maxsize=4)
def _read(name: str) -> str:
    return _compact(resources.files(__package__).joinpath(name).read_text(encoding="utf-8"))


def _compact(source: str) -> str:
    """Drop indentation, blank lines and whole-line comments: learners pay for bytes, not for our comments.

    Only lines that are entirely a comment are dropped (`// ...`, or a `/* ... */`
    block starting a line), so strings and code are never touched.
    """
    kept: list[str] = []
    in_block = False
    for raw in source.splitlines():
        line = raw.strip()
        if in_block:
            in_block = "*/" not in line
            continue
        if line.startswith("/*") and not line.startswith("/*@"):
            in_block = "*/" not in line
            continue
        if not line or line.startswith("//"):
            continue
        kept.append(line)
    return "\n".join(kept) + "\n"


@lru_cache(maxsize=8)
def script(language: str = "en", course_id: str = "") -> str:
    """The browser script, with the interface strings of `language` and the course id written in.

    The id lets pages without a quiz (home, glossary) still mark passed modules in the menu.
    """
    source = _read(SCRIPT_NAME)
    # Only the strings the script names travel to the learner; the templates use the rest at build time.
    named = set(re.findall(r"\w+", source))  # a key is named when it stands as a whole word
    strings = {key: text for key, text in strings_for(language).items() if key in named}
    strings["dir"] = "rtl" if is_rtl(language) else "ltr"
    strings["course"] = course_id
    return source.replace(_STRINGS_SLOT, json.dumps(strings, ensure_ascii=False, separators=(",", ":")))


def stylesheet() -> str:
    """The stylesheet, as shipped."""
    return _read(STYLE_NAME)


def scorm12_adapter() -> str:
    """The SCORM 1.2 runtime adapter, shipped only inside the package."""
    return resources.files(__package__).joinpath(SCORM12_ADAPTER).read_text(encoding="utf-8")
