"""Where the course's fragments go in a page: placeholders the plugin emitted itself, and their HTML.

The plugin never searches a page's HTML for anything but a placeholder it wrote
into that page's Markdown (a comment with a token fresh for each build), so a
trainer's text can never be taken for one.
"""

from __future__ import annotations

import re

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


def heading_offset(markdown: str, level: int, text: str | None = None) -> int | None:
    """Where the first ATX heading of `level` (reading `text`, in any case) starts, outside code fences.

    None when there is none: the fragments that would go before it go at the page's end.
    """
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
            if len(line) - len(stripped) < 4 and (stripped.startswith(mark + " ") or stripped.rstrip() == mark):
                title = _ATTRIBUTES.sub("", stripped[level:]).strip().rstrip("#").strip()
                if text is None or title.casefold() == text.casefold():
                    return offset
        offset += len(line)
    return None
