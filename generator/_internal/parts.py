"""The rendered course as plain data, and the cache that keeps it between builds.

Loading a course imports pydantic and markdown-it, validates every file and
renders every quiz and scenario; a trainer rebuilds the same files again and
again. The plugin only needs the HTML fragments and a few facts per module, so
that is what is rendered and kept: in memory while `mkdocs serve` runs, and in
one JSON file per course and settings (`.cache/course/parts-*.json`) between builds. The key covers the
contents of every file the loader reads, the settings and the generator's own
code, so any change renders afresh; a course with problems is never kept.

This module stays light (no pydantic, no Jinja, no markdown-it): on a hit,
nothing else of the core is imported.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from html import escape as html_escape
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .problems import Problem, relative_name
from .sources import CoursePaths, course_inputs

if TYPE_CHECKING:
    from .model import Course

CACHE_FORMAT = 1
"""Bump when `CourseParts` changes shape (the generator's code is in the key anyway)."""
CACHE_FILES = "parts-*.json"
"""One file per course and settings (`mkdocs.yml` and a config that INHERITs it may differ)."""
_MEMORY_SIZE = 4
LINK = re.compile(r"course-link:(\d+);")
"""Stands for a module's link in fragments shown on several pages; each page fills in its own."""
_RENDERING_PACKAGES = ("jinja2", "markdown-it-py", "markupsafe", "pydantic")
_CODE_SUFFIXES = {".py", ".j2", ".js", ".css", ".html"}


def link_token(index: int) -> str:
    """The stand-in for the link to module number `index` (its place in the course, from 0)."""
    return f"course-link:{index};"


@dataclass(frozen=True)
class Settings:
    """Everything besides the files that changes what is rendered."""

    course_id: str
    language: str
    site_name: str


@dataclass(frozen=True)
class ModuleParts:
    """One module: what the menu shows and every fragment its page may carry."""

    source: str
    url: str
    number: int
    title: str
    objectives: str = ""
    quiz: str = ""
    scenarios: dict[str, str] = field(default_factory=dict)
    """Scenario id -> fragment, in the module's order."""
    worksheets: dict[str, str] = field(default_factory=dict)
    pack_head: str = ""
    pack_rest: str = ""


@dataclass(frozen=True)
class CourseParts:
    """The whole course's fragments; links between pages are `link_token`s until a page fills them."""

    modules: tuple[ModuleParts, ...] = ()
    progress: str = ""
    maps: str = ""
    pack_contents: str = ""
    has_pack: bool = False
    """Whether the facilitator pack's fragments were rendered (only when a page asks for them)."""
    problems: str = ""
    """The box listing the course's problems, shown on every page while previewing."""
    _by_source: dict[str, ModuleParts] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_source", {module.source: module for module in self.modules})

    def module_for_source(self, source: str) -> ModuleParts | None:
        """The module whose page is `source` (a path relative to the course folder)."""
        return self._by_source.get(source)

    def to_json(self) -> dict[str, Any]:
        """Plain data for the cache file (fields hold only text, numbers and flat dicts of text)."""
        data = {name: value for name, value in vars(self).items() if name != "_by_source"}
        data["modules"] = [vars(module) for module in self.modules]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CourseParts:
        """Back from `to_json` (a wrong shape raises, and the caller renders afresh)."""
        modules = tuple(ModuleParts(**module) for module in data["modules"])
        return cls(**{**data, "modules": modules})


def fill_links(html: str, parts: CourseParts, url_of: Any) -> str:
    """Every link token in `html` replaced by `url_of(module)` (a module's link from the page showing it)."""
    return LINK.sub(lambda match: html_escape(url_of(parts.modules[int(match[1])])), html)


_MEMORY: dict[str, CourseParts] = {}
"""The last courses kept, by key: `mkdocs serve` rebuilds in the same process."""


class CourseBuild:
    """The course for one build: its parts from the cache, or loaded and rendered once.

    `cache_dir` None turns every cache off (each build reads and renders everything). A course
    with problems is rendered only for a `preview` (the valid part of it, and the problems box);
    a build stops anyway, and such a course is never kept.
    """

    def __init__(self, paths: CoursePaths, settings: Settings, cache_dir: Path | None, *, preview: bool = False):
        self.paths, self.settings, self.cache_dir, self.preview = paths, settings, cache_dir, preview
        self.key = cache_key(paths, settings) if cache_dir is not None else ""
        self.cache_file = cache_dir / _file_name(paths, settings) if cache_dir is not None else None
        self._course: Course | None = None
        self._parts: CourseParts | None = None
        self._problems: list[Problem] = []

    def parts(self, *, pack: bool = False) -> tuple[CourseParts, list[Problem]]:
        """The course's fragments and its problems; with `pack`, the facilitator pack's too."""
        known = self._parts or ((_MEMORY.get(self.key) or _read(self.cache_file, self.key)) if self.key else None)
        if known is not None and (known.has_pack or not pack):
            self._parts = known
            self._keep(known, write=False)
            return known, self._problems
        # Imported here: only a build that renders pays for pydantic, Jinja and markdown-it.
        from .loader import read_course  # noqa: PLC0415
        from .render import Renderer, keep_compiled_templates  # noqa: PLC0415

        if self.cache_dir is not None:
            keep_compiled_templates(self.cache_dir / "templates")
        reuse = self.cache_dir is not None  # `cache: false` means everything afresh, every time
        renderer = Renderer(self.settings.course_id, self.settings.language, reuse=reuse)
        if known is not None:  # made without the pack, which a page now asks for: add only that
            course, problems = self._course or read_course(self.paths, reuse=reuse)[0], self._problems
            parts = renderer.with_pack(course, known)
        else:
            course, problems = read_course(self.paths, reuse=reuse)
            if problems and not self.preview:
                return CourseParts(), problems
            parts = renderer.parts(course, self.settings.site_name, problems, pack=pack)
        self._course, self._parts, self._problems = course, parts, problems
        if not problems:
            self._keep(parts, write=True)
        return parts, problems

    def _keep(self, parts: CourseParts, *, write: bool) -> None:
        if not self.key:
            return
        _MEMORY.pop(self.key, None)
        _MEMORY[self.key] = parts
        while len(_MEMORY) > _MEMORY_SIZE:
            del _MEMORY[next(iter(_MEMORY))]
        if write:
            _write(self.cache_file, self.key, parts)


def cache_key(paths: CoursePaths, settings: Settings) -> str:
    """A fingerprint of everything the rendered course depends on."""
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


def _file_name(paths: CoursePaths, settings: Settings) -> str:
    """The cache file of this course (its folders) with these settings."""
    where = [asdict(settings), relative_name(paths.docs_dir, paths.root), relative_name(paths.quizzes_dir, paths.root)]
    return CACHE_FILES.replace("*", hashlib.sha256(json.dumps(where).encode("utf-8")).hexdigest()[:12])


@lru_cache(maxsize=1)
def generator_fingerprint() -> str:
    """The generator's own code and templates, and the versions of the packages that render."""
    digest = hashlib.sha256()
    package = Path(__file__).parent
    for path in sorted(package.rglob("*")):
        if path.suffix in _CODE_SUFFIXES and "vendor" not in path.parts and "__pycache__" not in path.parts:
            digest.update(path.relative_to(package).as_posix().encode("utf-8") + b"\0" + path.read_bytes())
    for name in _RENDERING_PACKAGES:
        try:
            digest.update(f"\0{name}={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"\0{name}=?".encode())
    return digest.hexdigest()


def _read(cache_file: Path | None, key: str) -> CourseParts | None:
    if cache_file is None or not key:
        return None
    try:
        text = cache_file.read_text(encoding="utf-8")
        if not text.startswith(_header(key)):  # another version of the course: no need to parse it all
            return None
        return CourseParts.from_json(json.loads(text)["parts"])
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None  # missing, unreadable or from another version: render afresh


def _header(key: str) -> str:
    """How a cache file of this format and key starts (the key is read before the rest is parsed)."""
    return f'{{"format": {CACHE_FORMAT}, "key": "{key}", "parts": '


def _write(cache_file: Path | None, key: str, parts: CourseParts) -> None:
    """Keep only the latest version of this course (a folder that cannot be written to just means no cache)."""
    if cache_file is None:
        return
    temporary = cache_file.with_name(f"{cache_file.name}.{os.getpid()}.tmp")
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        text = _header(key) + json.dumps(parts.to_json(), ensure_ascii=False) + "}"
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(cache_file)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
