"""The disk cache: the rendered course kept in `.cache/course/` between processes.

One JSON file per course and settings (`parts-*.json`), keyed on the contents of every
file the loader reads, the settings and a fingerprint of the generator's own code, so any
change renders afresh. A missing, damaged, stale or unwritable file only means rendering
again. This module stays light: a hit imports nothing else of the core.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

from ..course.installed import version as _version
from ..course.paths import CoursePaths, course_inputs
from ..course.problems import relative_name
from ..render.fragments import CourseParts

CACHE_FORMAT = 1
"""Bump when `CourseParts` changes shape (the generator's code is in the key anyway)."""
CACHE_FILES = "parts-*.json"
"""One file per course and settings (`mkdocs.yml` and a config that INHERITs it may differ)."""
GENERATOR_ROOT = Path(__file__).resolve().parent.parent
"""`generator/_internal`: every file of the generator below it is in the fingerprint."""
_RENDERING_PACKAGES = ("jinja2", "markdown-it-py", "markupsafe", "pydantic")
_CODE_SUFFIXES = {".py", ".j2", ".js", ".css", ".html", ".json", ".yml", ".pickle"}
"""The generator's own files; `.json`: the plural table; `.yml`: the interface strings (render/strings/);
`.pickle`: the models' validators built ahead (course/shipped.py)."""
_NOT_CODE = {"vendor", "__pycache__"}


@dataclass(frozen=True)
class Settings:
    """Everything besides the files that changes what is rendered."""

    course_id: str
    language: str
    site_name: str
    lms: bool = False
    """Built for an LMS package (the progress page then offers no loading from a file)."""
    translation: str = ""
    """The language of the course's words when a translation's (`cy`), "" for the source itself."""


def cache_key(paths: CoursePaths, settings: Settings) -> str:
    """A fingerprint of everything the rendered course depends on ("" when a file cannot be read)."""
    digest = hashlib.sha256()
    header = [CACHE_FORMAT, generator_fingerprint(), asdict(settings), relative_name(paths.docs_dir, paths.root)]
    digest.update(json.dumps([*header, relative_name(paths.quizzes_dir, paths.root)]).encode("utf-8"))
    for path in course_inputs(paths):
        try:
            data = path.read_bytes()
        except OSError:
            return ""  # unreadable: the loader will say why; nothing is cached
        name = relative_name(path, paths.root).encode("utf-8")
        digest.update(b"\0%s\0%d\0" % (name, len(data)))
        digest.update(data)
    return digest.hexdigest()


def cache_file(cache_dir: Path, paths: CoursePaths, settings: Settings) -> Path:
    """The cache file of this course (its folders) with these settings."""
    where = [asdict(settings), relative_name(paths.docs_dir, paths.root), relative_name(paths.quizzes_dir, paths.root)]
    return cache_dir / CACHE_FILES.replace("*", hashlib.sha256(json.dumps(where).encode("utf-8")).hexdigest()[:12])


def compiled_templates_dir(cache_dir: Path) -> Path:
    """Where this version of the generator keeps the templates' compiled code (older versions' are removed)."""
    folder = cache_dir / "templates" / generator_fingerprint()[:16]
    if not folder.is_dir() and folder.parent.is_dir():
        for old in folder.parent.iterdir():
            if old.is_dir():
                shutil.rmtree(old, ignore_errors=True)
    return folder


@lru_cache(maxsize=1)
def generator_fingerprint() -> str:
    """The generator's own code and templates, and the versions of the packages that render."""
    digest = hashlib.sha256()
    for name in _code_files(GENERATOR_ROOT):
        digest.update(name.encode("utf-8") + b"\0" + (GENERATOR_ROOT / name).read_bytes())
    for name in _RENDERING_PACKAGES:
        digest.update(f"\0{name}={_version(name)}".encode())
    return digest.hexdigest()


def _code_files(root: Path) -> list[str]:
    """The generator's code files below `root`, as sorted paths from it (no `vendor/`, no byte code).

    `os.walk` leaves those folders out before listing them; every build with a cache takes this list.
    """
    found: list[str] = []
    for folder, folders, names in os.walk(root):
        folders[:] = [name for name in folders if name not in _NOT_CODE]
        where = Path(folder).relative_to(root).as_posix()
        prefix = "" if where == "." else where + "/"
        found += [prefix + name for name in names if "." in name and name[name.rindex(".") :] in _CODE_SUFFIXES]
    return sorted(found)


def read_parts(path: Path, key: str) -> CourseParts | None:
    """The course kept in `path` under `key`, or None (missing, unreadable, or another version)."""
    try:
        text = path.read_text(encoding="utf-8")
        if not text.startswith(_header(key)):  # another version of the course: no need to parse it all
            return None
        return CourseParts.from_json(json.loads(text)["parts"])
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None  # render afresh


def write_parts(path: Path, key: str, parts: CourseParts) -> None:
    """Keep only the latest version of this course (a folder that cannot be written to just means no cache)."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        text = _header(key) + json.dumps(parts.to_json(), ensure_ascii=False) + "}"
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(path)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


def _header(key: str) -> str:
    """How a cache file of this format and key starts (the key is read before the rest is parsed)."""
    return f'{{"format": {CACHE_FORMAT}, "key": "{key}", "parts": '
