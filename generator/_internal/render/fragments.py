"""The rendered course as plain data: what a site adapter needs of it, and what the disk cache keeps.

Loading a course imports pydantic and markdown-it; the site only needs the HTML
fragments and a few facts per module. So the renderer hands over these frozen
records of plain text, and a build whose course comes from the cache imports
nothing else of the core. Links between pages are tokens until a page fills in
its own (`fill_links`): the same fragment shows on several pages.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape as html_escape
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from ..course.problems import Problem, did_you_mean

LinkedFile = tuple[str, int, str, str, str, bool]
"""A link or picture in a course file: (file, line, where in the file, the target as written, its path
from the course folder, whether it is a picture). Plain data, so the disk cache keeps it."""
LINK = re.compile(r"course-link:(\d+|progress);")
"""Stands for a module's link in fragments shown on several pages; each page fills in its own."""
PROGRESS_LINK = "course-link:progress;"
"""Stands for the link to the progress page (and its certificate)."""
PROGRESS_TABLE = "<!--course-progress-table-->"
"""Where the progress page's table of modules goes in `CourseParts.progress` (the site keeps it out of search)."""
FILE_LINK = re.compile(r"course-file:(?P<path>[^;\"'<>\s]+);")
"""Stands for a file of the course folder (a page or a picture), linked from Markdown inside YAML."""


def file_token(path: str) -> str:
    """The stand-in for the link to `path` (relative to the course folder, e.g. `assets/map.png`)."""
    return f"course-file:{quote(path, safe='/')};"


def resolve_relative(target: str, base: str) -> tuple[str, str] | None:
    """A relative `target` written in the page `base` (both relative to the course folder).

    Gives (the target's path from the course folder, its `?query#fragment`), or None for what
    is not a link to a file of the course: an address with a scheme, an absolute path, a
    fragment of the same page, or a path that leaves the course folder.
    """
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not parts.path or target.startswith(("/", "#", "?")):
        return None
    path = posixpath.normpath(posixpath.join(posixpath.dirname(base), unquote(parts.path)))
    if path == ".." or path.startswith("../"):
        return None
    rest = (f"?{parts.query}" if parts.query else "") + (f"#{parts.fragment}" if parts.fragment else "")
    return path, rest


def link_token(index: int) -> str:
    """The stand-in for the link to module number `index` (its place in the course, from 0)."""
    return f"course-link:{index};"


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
    quiz_heading: tuple[str, str] = ("", "")
    """The quiz's heading (anchor id, text), for the page's table of contents."""
    scenario_headings: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Scenario id -> its heading (anchor id, text)."""
    next: str = ""
    """The end of the module: what comes next (the next module, or the progress page)."""
    steps: bool | None = None
    """The module's `steps` front matter: shown one section at a time, or all at once; None: the site's choice."""
    steps_root: str = ""
    """Where the browser puts the step indicator, when the module is shown in steps."""
    pack_head: str = ""
    pack_rest: str = ""


@dataclass(frozen=True)
class CourseParts:
    """The whole course's fragments; links between pages are `link_token`s until a page fills them."""

    modules: tuple[ModuleParts, ...] = ()
    progress: str = ""
    """The progress page, its table of modules (`progress_table`) at `PROGRESS_TABLE`."""
    progress_table: str = ""
    """A row per module: kept out of search, where every title in it would be found twice."""
    home: str = ""
    """The home page's way in: Start (or Continue), the learner's progress and a card per module."""
    maps: str = ""
    pack_contents: str = ""
    has_pack: bool = False
    """Whether the facilitator pack's fragments were rendered (only when a page asks for them)."""
    problems: str = ""
    """The box listing the course's problems, shown on every page while previewing."""
    untranslated: tuple[str, ...] = ()
    """In a translated build: the module pages whose quiz, scenarios or worksheets are partly in the source's words."""
    linked_files: tuple[LinkedFile, ...] = ()
    """Every course file the quiz, scenario and worksheet texts link to: checked on every build,
    since a picture can go missing while the course comes from the cache."""
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
        modules = tuple(
            ModuleParts(
                **{
                    **module,
                    "quiz_heading": tuple(module["quiz_heading"]),
                    "scenario_headings": {key: tuple(value) for key, value in module["scenario_headings"].items()},
                }
            )
            for module in data["modules"]
        )
        linked = tuple((str(a), int(b), str(c), str(d), str(e), bool(g)) for a, b, c, d, e, g in data["linked_files"])
        untranslated = tuple(str(source) for source in data.get("untranslated", ()))
        return cls(**{**data, "modules": modules, "linked_files": linked, "untranslated": untranslated})


def fill_links(
    html: str,
    parts: CourseParts,
    url_of: Callable[[ModuleParts], str],
    url_of_file: Callable[[str], str] | None = None,
    progress_url: str = "",
) -> str:
    """Every link token in `html` replaced by its address from the page showing it.

    `url_of(module)` gives a module's link, `url_of_file(path)` a course file's (a page or a
    picture), and the progress page's token becomes `progress_url` (its link from that page).
    """

    def link(match: re.Match[str]) -> str:
        name = match[1]
        return html_escape(progress_url if name == "progress" else url_of(parts.modules[int(name)]))

    if "course-link:" in html:  # most fragments (a quiz: 40 KB at 10 questions) link to no module
        html = LINK.sub(link, html)
    if url_of_file is None or "course-file:" not in html:
        return html
    return FILE_LINK.sub(lambda match: html_escape(url_of_file(unquote(match["path"]))), html)


def missing_targets(
    linked: tuple[LinkedFile, ...] | list[LinkedFile], exists: Callable[[str], bool], known: list[str]
) -> list[Problem]:
    """A problem for each link or picture whose file is not in the course folder.

    `exists(path)` says whether the course folder (or the build) has the file; `known` lists the
    course's files, for a "did you mean".
    """
    problems = []
    for file, line, where, target, path, picture in linked:
        if exists(path):
            continue
        close = [name for name in known if posixpath.splitext(name)[1] == posixpath.splitext(path)[1]]
        hint = did_you_mean(path, close)
        if picture:
            message = f'the picture "{target}" is not in the course folder (it would be {path}).{hint}'
            fix = (
                f"Put the picture at {path} in the course folder, or correct the path. In a quiz, scenario or "
                "worksheet, write it as in the module's page, e.g. ![What it shows](assets/map.png)."
                if where
                else f"Put the picture at {path} in the course folder, or correct the path (relative to this page)."
            )
        else:
            message = f'the link "{target}" leads to {path}, which is not in the course folder.{hint}'
            fix = (
                "Correct the link. In a quiz, scenario or worksheet, write it as in the module's page, "
                "e.g. [the next module](02-practice.md)."
                if where
                else "Correct the link (relative to this page), e.g. [the glossary](glossary.md)."
            )
        problems.append(Problem(file, line, message, fix, where))
    return problems
