"""Where the course's fragments go in a page: placeholders the plugin emitted itself, and their HTML.

The plugin never searches a page's HTML for anything but a placeholder it wrote
into that page's Markdown (a comment with a token fresh for each build), so a
trainer's text can never be taken for one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..render.fragments import ModuleParts


@dataclass
class PageSlots:
    """Placeholders emitted into one page's Markdown and their HTML.

    `hidden` fragments are kept out of search (quizzes, scenarios, answer keys: their answers must
    not be found there). They go in only after the search plugin has read the page, so it does not
    parse thousands of tags only to skip them (that parse was most of the generator's build time).
    """

    fragments: dict[str, str] = field(default_factory=dict)
    hidden: dict[str, str] = field(default_factory=dict)
    modules: dict[str, ModuleParts] = field(default_factory=dict)
    """Placeholder -> module: that module's text, filled in once every page has been converted."""
    top: str = ""
    """Goes first in the page, or right after its `# Title` when `after_title` (the objectives)."""
    after_title: bool = False
    end: list[str] = field(default_factory=list)
    """Go at the end of the page; `end_hidden` after them, kept out of search. No placeholders needed."""
    end_hidden: list[str] = field(default_factory=list)

    def slot(self, token: str, fragment: str, *, hidden: bool = False) -> str:
        """A placeholder for `fragment` (its own paragraph once Markdown is converted)."""
        placeholder = f"<!--course-slot-{token}-{len(self.fragments) + len(self.hidden)}-->"
        (self.hidden if hidden else self.fragments)[placeholder] = fragment
        return f"\n\n{placeholder}\n\n"


def fill(html: str, fragments: dict[str, str]) -> str:
    """Each placeholder (a paragraph of its own after Markdown, or inline) swapped for its fragment."""
    for placeholder, fragment in fragments.items():
        html = html.replace(f"<p>{placeholder}</p>", fragment).replace(placeholder, fragment)
    return html
