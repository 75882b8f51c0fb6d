"""The rendered course as plain data: what a site adapter needs of it, and what the disk cache keeps.

Loading a course imports pydantic and markdown-it; the site only needs the HTML
fragments and a few facts per module. So the renderer hands over these frozen
records of plain text, and a build whose course comes from the cache imports
nothing else of the core. Links between pages are tokens until a page fills in
its own (`fill_links`): the same fragment shows on several pages.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape as html_escape
from typing import Any

LINK = re.compile(r"course-link:(\d+|progress);")
"""Stands for a module's link in fragments shown on several pages; each page fills in its own."""
PROGRESS_LINK = "course-link:progress;"
"""Stands for the link to the progress page (and its certificate)."""


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
    home: str = ""
    """The home page's way in: Start (or Continue), the learner's progress and a card per module."""
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
        return cls(**{**data, "modules": modules})


def fill_links(html: str, parts: CourseParts, url_of: Callable[[ModuleParts], str], progress_url: str = "") -> str:
    """Every link token in `html` replaced by `url_of(module)` (a module's link from the page showing it).

    The progress page's token becomes `progress_url` (its link from that page).
    """

    def link(match: re.Match[str]) -> str:
        name = match[1]
        return html_escape(progress_url if name == "progress" else url_of(parts.modules[int(name)]))

    return LINK.sub(link, html)
