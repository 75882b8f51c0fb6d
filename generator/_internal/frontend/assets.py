"""The front-end files: one script and one stylesheet, read once per process.

The script carries the interface strings of the site's language, written in at
build time, so there is still exactly one cached JS file and no inline script.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import rcssmin  # type: ignore[import-untyped]
import rjsmin  # type: ignore[import-untyped]

from ..render.i18n import PROGRESS_STRINGS, base_key, date_locale, is_rtl, strings_for

SCRIPT_NAME = "course.js"
SCRIPT_PARTS = (
    "base.js",
    "state.js",
    "navigation.js",
    "quiz.js",
    "scenario.js",
    "worksheet.js",
    "progress.js",
    "journey.js",
    "start.js",
)
"""The files in `script/` that make course.js, in this order, inside one function (they share its scope)."""
STYLE_NAME = "course.css"
ASSET_DIR = "assets/course"
_STRINGS_SLOT = "COURSE_STRINGS"
"""Stands for the strings in course.js: an identifier, which the minifier leaves as it is."""
FRONTEND = Path(__file__).parent
"""This folder: its files ship inside the package, beside this module (read as files, as MkDocs reads its theme)."""
VENDOR = FRONTEND / "vendor"
MERMAID = VENDOR / "mermaid.min.js"
"""Mermaid, shipped so the trainers' scenario maps load nothing from another host."""
SCORM_DIALECTS = {"1.2": "scorm12.js", "2004": "scorm2004.js"}
"""Each SCORM version's names and formats (in `scorm/`), joined before the adapter itself (`scorm/lms.js`)."""
SCORM_LAUNCH_STYLE = "launch.css"
IFRAME_WORKER_SHIM = f"{ASSET_DIR}/vendor/iframe-worker-shim.js"
"""Where the offline copy's search worker shim goes (vendor/README.txt says what it is)."""


def script_source(part: str | None = None) -> str:
    """course.js before minifying: its parts joined inside one strict-mode function (or one `part`'s source)."""
    folder = FRONTEND / "script"
    if part is not None:
        return (folder / part).read_text(encoding="utf-8")
    parts = [(folder / name).read_text(encoding="utf-8") for name in SCRIPT_PARTS]
    return '(function () {\n"use strict";\n' + "\n".join(parts) + "})();\n"


@lru_cache(maxsize=1)
def _minified_script() -> str:
    minified: str = rjsmin.jsmin(script_source())
    return minified + "\n"


@lru_cache(maxsize=1)
def stylesheet() -> str:
    """The stylesheet, as shipped: minified (learners pay for bytes, not for our comments)."""
    minified: str = rcssmin.cssmin((FRONTEND / STYLE_NAME).read_text(encoding="utf-8"))
    return minified + "\n"


@lru_cache(maxsize=8)
def script(language: str = "en", course_id: str = "") -> str:
    """The browser script, with the interface strings of `language` and the course id written in.

    The id lets pages without a quiz (home, glossary) still mark passed modules in the menu.
    """
    source = _minified_script()
    # Only the strings the script names travel to the learner; the templates use the rest at build time.
    named = set(re.findall(r"\w+", source))  # a key is named when it stands as a whole word
    # A counted string (`text("points", {count})`) travels with every form its language has (points_one,
    # points_few, ...); the progress page's own strings travel in that page (render.i18n.PROGRESS_STRINGS).
    strings = {
        key: text
        for key, text in strings_for(language).items()
        if (key in named or base_key(key) in named) and base_key(key) not in PROGRESS_STRINGS
    }
    strings["dir"] = "rtl" if is_rtl(language) else "ltr"
    strings["locale"] = date_locale(language)
    strings["course"] = course_id
    return source.replace(_STRINGS_SLOT, json.dumps(strings, ensure_ascii=False, separators=(",", ":")))


@lru_cache(maxsize=2)
def scorm_adapter(version: str) -> str:
    """The SCORM runtime adapter of `version` ("1.2" or "2004"), shipped only inside the package.

    state.js (the learner's state, as in course.js), the version's names and formats, then the adapter,
    inside one strict-mode function, minified like course.js.
    """
    parts = [
        FRONTEND / "script" / "state.js",
        FRONTEND / "scorm" / SCORM_DIALECTS[version],
        FRONTEND / "scorm" / "lms.js",
    ]
    source = (
        '(function () {\n"use strict";\n' + "\n".join(part.read_text(encoding="utf-8") for part in parts) + "})();\n"
    )
    minified: str = rjsmin.jsmin(source)
    return minified + "\n"


def scorm_launch_style() -> str:
    """The launch page's stylesheet (a file, not inline style: a strict Content-Security-Policy allows it)."""
    minified: str = rcssmin.cssmin((FRONTEND / "scorm" / SCORM_LAUNCH_STYLE).read_text(encoding="utf-8"))
    return minified + "\n"
