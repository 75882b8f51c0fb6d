"""A page's table of contents, with the headings of what the plugin puts in after Markdown.

MkDocs makes `page.toc` from the Markdown's headings; the quiz and the scenarios come in
later, as placeholders the plugin wrote into the Markdown. Their headings join the contents
where their placeholders stand among the page's own headings: after the heading before them,
at that heading's `##` level, so the contents read in the order of the page.

Where they stand is read from Python-Markdown's element tree as it converts the page
(`PageOrder`, a tree processor: headings with their ids, and the HTML comments it set
aside, in order), never with a regular expression over HTML. Parsing each page's HTML
again with `html.parser` gave the same order at about 2 million instructions a page; it
stays for a page whose conversion the tree processor did not see.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser
from xml.etree import ElementTree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import ETX, STX
from mkdocs.structure.toc import AnchorLink, TableOfContents

Heading = tuple[str, str]
"""A heading to add: (its anchor id, its text)."""

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
ADDED_LEVEL = 2
_STASH_MARK = STX + "wzxhzdk:"
"""How Python-Markdown's stand-in for a piece of raw HTML starts (`markdown.util.HTML_PLACEHOLDER`)."""

Order = list[tuple[bool, str]]
"""(is an HTML comment, its text or the heading's id), in the order of the page."""


class PageOrder(Extension):
    """Keeps the order of the last converted page's headings and HTML comments (the plugin's placeholders).

    One instance per plugin instance, given to MkDocs as a Markdown extension; MkDocs converts a page
    and then calls the plugin's `on_page_content` for it, which reads `found`.
    """

    def __init__(self) -> None:
        super().__init__()
        self.found: Order = []

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        # After the table of contents (priority 5), which gives the headings their ids.
        md.treeprocessors.register(_RecordOrder(md, self), "course_page_order", 4)


class _RecordOrder(Treeprocessor):
    def __init__(self, md: Markdown, extension: PageOrder) -> None:
        super().__init__(md)
        self.extension = extension

    def run(self, root: ElementTree.Element) -> None:
        stash = self.md.htmlStash.rawHtmlBlocks
        found: Order = []
        if not any(isinstance(raw, str) and "<!--" in raw for raw in stash):
            self.extension.found = found  # no comment, so no placeholder: no heading needs placing
            return

        def stashed(text: str | None) -> None:
            if not text or _STASH_MARK not in text:
                return
            for piece in text.split(_STASH_MARK)[1:]:
                index = piece.split(ETX, 1)[0]
                raw = stash[int(index)] if index.isdigit() and int(index) < len(stash) else None
                if isinstance(raw, str):
                    found.extend((True, comment) for comment in _comments(raw))

        def walk(element: ElementTree.Element) -> None:
            if element.tag in _HEADINGS and (ident := element.get("id")):
                found.append((False, ident))
            stashed(element.text)
            for child in element:
                walk(child)
                stashed(child.tail)

        walk(root)
        self.extension.found = found


def _comments(raw: str) -> list[str]:
    """The HTML comments in a piece of raw HTML, each whole (`<!--...-->`)."""
    comments, start = [], raw.find("<!--")
    while start >= 0:
        end = raw.find("-->", start + 4)
        if end < 0:
            break
        comments.append(raw[start : end + 3])
        start = raw.find("<!--", end + 3)
    return comments


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


def add_headings(
    toc: TableOfContents,
    page_html: str,
    placed: dict[str, list[Heading]],
    last: list[Heading],
    seen: Order | None = None,
) -> None:
    """Add each placeholder's headings to `toc` where it stands in `page_html`; `last` go at the end.

    `seen`: the order `PageOrder` recorded as the page was converted, used when it holds exactly
    the placeholders the page's HTML holds (else the HTML is parsed for it).
    """
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
    after: AnchorLink | None = None
    for is_placeholder, name in _order(page_html, placed, seen):
        if is_placeholder and name not in placed:
            continue
        if not is_placeholder:
            after = by_id.get(name, after)
            continue
        for heading in placed[name]:
            after = _insert(toc, parents, after, heading)
    if last:
        after = _last_item(toc.items)
        for heading in last:
            after = _insert(toc, parents, after, heading)


def _order(page_html: str, placed: dict[str, list[Heading]], seen: Order | None) -> Order:
    """The page's headings and placeholders in order: as recorded while converting it, or from its HTML."""
    if seen is not None:
        recorded = {name for is_comment, name in seen if is_comment and name in placed}
        if len(recorded) == len(placed) or recorded == {name for name in placed if name in page_html}:
            return seen
    order = _Order(set(placed))
    order.feed(page_html)
    order.close()
    return order.found


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
