"""A page's table of contents, with the headings of what the plugin puts in after Markdown.

MkDocs makes `page.toc` from the Markdown's headings; the quiz and the scenarios come in
later, as placeholders the plugin wrote into the Markdown. Their headings join the contents
where their placeholders stand among the page's own headings, found with `html.parser`
(never a regular expression over HTML): after the heading before them, at that heading's
`##` level, so the contents read in the order of the page.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser

from mkdocs.structure.toc import AnchorLink, TableOfContents

Heading = tuple[str, str]
"""A heading to add: (its anchor id, its text)."""

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
ADDED_LEVEL = 2


class _Order(HTMLParser):
    """The ids of a page's headings and the plugin's placeholders, in the order of the page."""

    def __init__(self, placeholders: set[str]) -> None:
        super().__init__(convert_charrefs=False)
        self.placeholders = placeholders
        self.found: list[tuple[bool, str]] = []
        """(is a placeholder, its text or the heading's id), in order."""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        ident = dict(attrs).get("id") if tag in _HEADINGS else None
        if ident:
            self.found.append((False, ident))

    def handle_comment(self, data: str) -> None:
        placeholder = f"<!--{data}-->"
        if placeholder in self.placeholders:
            self.found.append((True, placeholder))


def add_headings(toc: TableOfContents, page_html: str, placed: dict[str, list[Heading]], last: list[Heading]) -> None:
    """Add each placeholder's headings to `toc` where it stands in `page_html`; `last` go at the end."""
    if not any(placed.values()) and not last:
        return
    parents: dict[int, tuple[AnchorLink | None, list[AnchorLink]]] = {}
    by_id: dict[str, AnchorLink] = {}

    def walk(items: list[AnchorLink], parent: AnchorLink | None) -> None:
        for item in items:
            parents[id(item)] = (parent, items)
            by_id.setdefault(item.id, item)
            walk(item.children, item)

    walk(toc.items, None)
    order = _Order(set(placed))
    order.feed(page_html)
    order.close()
    after: AnchorLink | None = None
    for is_placeholder, name in order.found:
        if not is_placeholder:
            after = by_id.get(name, after)
            continue
        for heading in placed[name]:
            after = _insert(toc, parents, after, heading)
    if last:
        after = _last_item(toc.items)
        for heading in last:
            after = _insert(toc, parents, after, heading)


def _insert(
    toc: TableOfContents,
    parents: dict[int, tuple[AnchorLink | None, list[AnchorLink]]],
    after: AnchorLink | None,
    heading: Heading,
) -> AnchorLink:
    """A `##` entry for `heading`, right after the `##` (or higher) section that holds `after`."""
    anchor, text = heading
    entry = AnchorLink(html.escape(text), anchor, ADDED_LEVEL)
    if after is None:  # before every heading: first among the page's sections
        siblings = toc.items[0].children if len(toc.items) == 1 and toc.items[0].level < ADDED_LEVEL else toc.items
        siblings.insert(0, entry)
        parents[id(entry)] = (None, siblings)
        return entry
    if after.level < ADDED_LEVEL:  # the page's title: first below it
        after.children.insert(0, entry)
        parents[id(entry)] = (after, after.children)
        return entry
    parent, siblings = parents[id(after)]
    while parent is not None and parent.level >= ADDED_LEVEL:
        after = parent
        parent, siblings = parents[id(after)]
    siblings.insert(siblings.index(after) + 1, entry)
    parents[id(entry)] = (parent, siblings)
    return entry


def _last_item(items: list[AnchorLink]) -> AnchorLink | None:
    """The last heading of the contents, in the order of the page."""
    while items and items[-1].children:
        items = items[-1].children
    return items[-1] if items else None
