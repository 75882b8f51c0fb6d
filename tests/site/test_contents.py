"""Where the plugin's fragments go in a page, and their headings in the page's table of contents."""

from __future__ import annotations

from pathlib import Path

import markdown
import pytest
from mkdocs.structure.toc import AnchorLink, TableOfContents

from generator._internal.site import slots
from generator._internal.site.contents import PageOrder, add_headings
from generator._internal.site.slots import heading_offset
from generator._internal.site.tables import TABLE_LABELS


def toc(*entries: tuple[int, str]) -> TableOfContents:
    """A table of contents from (level, id) pairs, nested as MkDocs nests them."""
    items: list[AnchorLink] = []
    stack: list[AnchorLink] = []
    for level, ident in entries:
        link = AnchorLink(ident.title(), ident, level)
        while stack and stack[-1].level >= level:
            stack.pop()
        (stack[-1].children if stack else items).append(link)
        stack.append(link)
    return TableOfContents(items)


def flat(contents: TableOfContents) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []

    def walk(items: list[AnchorLink]) -> None:
        for item in items:
            found.append((item.level, item.id))
            walk(item.children)

    walk(contents.items)
    return found


PAGE = (
    '<h2 id="a">A</h2><p>x</p><h3 id="a1">A1</h3><!--slot-1--><h2 id="b">B</h2><!--slot-2-->'
    '<h2 id="sources">Sources</h2><p><!--not-ours--></p>'
)


def test_headings_join_the_contents_where_their_placeholders_stand() -> None:
    contents = toc((2, "a"), (3, "a1"), (2, "b"), (2, "sources"))
    add_headings(contents, PAGE, {"<!--slot-1-->": [("s", "Scenario: S")], "<!--slot-2-->": [("q", "Q & A")]}, [])
    assert flat(contents) == [(2, "a"), (3, "a1"), (2, "s"), (2, "b"), (2, "q"), (2, "sources")]
    assert [item.title for item in contents.items][3] == "Q &amp; A", "titles are HTML, so text is escaped"


def test_a_placeholder_with_several_headings_keeps_their_order_and_the_rest_go_last() -> None:
    contents = toc((1, "title"), (2, "a"))
    page = '<h1 id="title">T</h1><!--slot-1--><h2 id="a">A</h2>'
    add_headings(contents, page, {"<!--slot-1-->": [("one", "1"), ("two", "2")]}, [("end", "End")])
    assert flat(contents) == [(1, "title"), (2, "one"), (2, "two"), (2, "a"), (2, "end")]


def test_before_every_heading_and_on_a_page_without_any() -> None:
    contents = toc((2, "a"))
    add_headings(contents, "<!--slot-1--><h2 id='a'>A</h2>", {"<!--slot-1-->": [("first", "First")]}, [])
    assert flat(contents) == [(2, "first"), (2, "a")]
    empty = toc()
    add_headings(empty, "<p>text</p>", {}, [("q", "Quiz")])
    assert flat(empty) == [(2, "q")]


MODULE = """Intro.

```markdown
## Sources
```

~~~~
## Sources
~~~~

    ## Sources

## Key points {#key}

## SOURCES ##
"""


@pytest.mark.parametrize(
    ("level", "text", "expected"),
    [
        (2, "Sources", MODULE.index("## SOURCES")),
        (2, None, MODULE.index("## Key")),
        (2, "Key points", MODULE.index("## Key")),
        (3, None, None),
    ],
)
def test_a_heading_is_found_outside_code(level: int, text: str | None, expected: int | None) -> None:
    """Fenced and indented code never holds the heading; attr lists, closing #s and case do not matter."""
    assert heading_offset(MODULE, level, text) == expected


def test_table_cells_are_labelled_with_their_column() -> None:
    source = "| A **b** & c | D |\n|---|---|\n| 1 | 2 |\n| 3 |  |\n\nNo table: <b>|</b>\n"
    html = markdown.markdown(source, extensions=["tables", TABLE_LABELS])
    assert '<td data-label="A b &amp; c" role="cell">1</td>' in html
    assert '<td data-label="D" role="cell">2</td>' in html
    assert '<th role="columnheader">D</th>' in html and '<table role="table">' in html
    assert html.count("data-label") == 4


def test_the_order_recorded_while_converting_places_headings_as_the_html_does() -> None:
    source = (
        "## A\n\nx\n\n### A1\n\n<!--slot-1-->\n\n!!! note\n    ## B\n\n<!--slot-2-->\n\n## Sources\n\n"
        "text <!--not-ours--> and `<!--slot-1-->` as code\n"
    )
    order = PageOrder()
    html = markdown.markdown(source, extensions=["toc", "admonition", order])
    assert order.found == [
        (False, "a"),
        (False, "a1"),
        (True, "<!--slot-1-->"),
        (False, "b"),
        (True, "<!--slot-2-->"),
        (False, "sources"),
        (True, "<!--not-ours-->"),
    ]
    placed = {"<!--slot-1-->": [("s", "Scenario: S")], "<!--slot-2-->": [("q", "Quiz")]}
    entries = ((2, "a"), (3, "a1"), (2, "b"), (2, "sources"))
    recorded, parsed = toc(*entries), toc(*entries)
    add_headings(recorded, html, placed, [], order.found)
    add_headings(parsed, html, placed, [])
    assert flat(recorded) == flat(parsed) == [(2, "a"), (3, "a1"), (2, "s"), (2, "b"), (2, "q"), (2, "sources")]


def test_an_order_recorded_for_other_html_is_not_used() -> None:
    contents = toc((2, "a"))
    stale = [(True, "<!--slot-2-->"), (False, "a")]  # another conversion's: slot-1 is missing from it
    add_headings(contents, "<!--slot-1--><h2 id='a'>A</h2>", {"<!--slot-1-->": [("first", "First")]}, [], stale)
    assert flat(contents) == [(2, "first"), (2, "a")]


def _pages() -> list[str]:
    """Every Markdown page of the course and the fixtures, and pages that try the edges of a heading line."""
    root = Path(__file__).resolve().parents[2]
    pages = [
        path.read_text(encoding="utf-8")
        for folder in ("course", "tests/fixtures")
        for path in sorted((root / folder).rglob("*.md"))
    ]
    edges = [
        "## Sources\n",
        "##\n",
        "## \n",
        "##\t\n",
        "##\u00a0\n",
        "   ## Sources\n",
        "    ## Sources\n",
        "\t## Sources\n",
        "### Sources\n",
        "##Sources\n",
        "## Sources ##\n",
        "## Sources {#src}\n",
        "## SOURCES",
        "text\n## Sources",
        "a\r\n## Sources\r\n",
        "a\u2028## Sources\n",
        "```\n## Sources\n```\n## Sources\n",
        "~~~\n## x\n~~~\n",
        "## Other\n\n## sources\n",
        "#\n# x\n## y\n",
        "",
        "no heading at all\n",
    ]
    return pages + edges + [MODULE]


@pytest.mark.parametrize("text", [None, "Sources", "sources", "Key points", "Other"])
def test_the_quick_search_finds_the_heading_the_line_by_line_search_finds(text: str | None) -> None:
    pages = _pages()
    assert len(pages) > 40
    for page in pages:
        for level in (1, 2, 3):
            assert heading_offset(page, level, text) == slots._heading_offset_by_lines(page, level, text), (
                page[:80],
                level,
            )
