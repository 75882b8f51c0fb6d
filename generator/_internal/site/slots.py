"""Where the course's fragments go in a page: placeholders the plugin emitted itself, and their HTML.

The plugin never searches a page's HTML for anything but a placeholder it wrote
into that page's Markdown (a comment with a token fresh for each build), so a
trainer's text can never be taken for one.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from ..render.fragments import ModuleParts


class PageSlots:
    """Placeholders emitted into one page's Markdown and their HTML.

    `hidden` fragments are kept out of search (quizzes, scenarios, answer keys: their answers must
    not be found there). They go in only after the search plugin has read the page, so it does not
    parse thousands of tags only to skip them (that parse was most of the generator's build time).
    A plain class, not a dataclass: creating one costs Python 3.11 about 2 M instructions at import.
    """

    def __init__(self) -> None:
        self.fragments: dict[str, str] = {}
        self.hidden: dict[str, str] = {}
        self.modules: dict[str, ModuleParts] = {}
        """Placeholder -> module: that module's text, filled in once every page has been converted."""
        self.top = ""
        """Goes first in the page, or right after its `# Title` when `after_title` (the objectives)."""
        self.top_hidden = ""
        """Goes there too, before `top`, once the search plugin has read the page (the steps' indicator: an
        empty element for the script, which costs that plugin's parser as much as a sentence of text)."""
        self.after_title = False
        self.end: list[str] = []
        """Go at the end of the page; `end_hidden` after them, kept out of search. No placeholders needed."""
        self.end_hidden: list[str] = []
        self.headings: dict[str, list[tuple[str, str]]] = {}
        """Placeholder -> the headings (anchor id, text) of what it stands for: they join the page's contents."""
        self.end_headings: list[tuple[str, str]] = []
        """The headings of what goes at the page's end."""

    def slot(self, token: str, fragment: str, *, hidden: bool = False) -> str:
        """A placeholder for `fragment` (its own paragraph once Markdown is converted)."""
        placeholder = f"<!--course-slot-{token}-{len(self.fragments) + len(self.hidden)}-->"
        (self.hidden if hidden else self.fragments)[placeholder] = fragment
        return f"\n\n{placeholder}\n\n"


def at_top(html: str, fragment: str, *, after_title: bool) -> str:
    """`fragment` first in the page's HTML, or right after its title (the first `</h1>`) when `after_title`."""
    title = html.find("</h1>") if after_title else -1
    end = title + len("</h1>") if title >= 0 else 0
    return html[:end] + fragment + html[end:]


def fill(html: str, fragments: dict[str, str]) -> str:
    """Each placeholder (a paragraph of its own after Markdown, or inline) swapped for its fragment."""
    for placeholder, fragment in fragments.items():
        html = html.replace(f"<p>{placeholder}</p>", fragment).replace(placeholder, fragment)
    return html


_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")
_ATTRIBUTES = re.compile(r"\s*\{[^{}]*\}\s*$")
"""An attr_list at a heading's end: `## Sources {#sources}`."""


_LINE_BREAKS_BUT_NEWLINE = "\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
"""What `str.splitlines` also ends a line at: a page with none of them has lines as `re.MULTILINE` sees them."""


@lru_cache(maxsize=8)
def _heading_lines(level: int) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The first line, and any later line (after its `\\n`: a literal the search skips to), that opens an ATX
    heading of `level`: up to three spaces, the marks, then a space or nothing else."""
    line = rf"( {{0,3}}#{{{level}}}(?: [^\n]*|[^\S\n]*))$"
    return re.compile(line, re.MULTILINE), re.compile(r"\n" + line, re.MULTILINE)


def _title(line: str, level: int) -> str:
    """A heading line's title: without its marks, an attr_list at its end and closing marks."""
    return _ATTRIBUTES.sub("", line.lstrip(" ")[level:]).strip().rstrip("#").strip()


def heading_offset(markdown: str, level: int, text: str | None = None) -> int | None:
    """Where the first ATX heading of `level` (reading `text`, in any case) starts, outside code fences.

    None when there is none: the fragments that would go before it go at the page's end. A page with
    no fence (most) is searched by a regular expression, not line by line (a test holds the two equal).
    """
    if "```" in markdown or "~~~" in markdown or any(mark in markdown for mark in _LINE_BREAKS_BUT_NEWLINE):
        return _heading_offset_by_lines(markdown, level, text)
    wanted = text.casefold() if text is not None else None
    first_line, later_line = _heading_lines(level)
    first = first_line.match(markdown)
    for match in itertools.chain((first,) if first else (), later_line.finditer(markdown)):
        if wanted is None or _title(match[1], level).casefold() == wanted:
            return match.start(1)
    return None


def _heading_offset_by_lines(markdown: str, level: int, text: str | None = None) -> int | None:
    """`heading_offset` line by line, minding code fences."""
    fence = ""
    offset = 0
    mark = "#" * level
    for line in markdown.splitlines(keepends=True):
        opening = _FENCE.match(line)
        if fence:
            if opening and opening[1][0] == fence[0] and len(opening[1]) >= len(fence):
                fence = ""
        elif opening:
            fence = opening[1]
        else:
            stripped = line.lstrip(" ")
            opens = len(line) - len(stripped) < 4 and (stripped.startswith(mark + " ") or stripped.rstrip() == mark)
            if opens and (text is None or _title(line, level).casefold() == text.casefold()):
                return offset
        offset += len(line)
    return None
