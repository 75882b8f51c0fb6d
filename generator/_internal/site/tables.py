"""Tables that read on a phone: each cell carries its column's header.

A table of three or four columns is wider than a 360 px phone. The stylesheet shows
each row as a small block there, each cell headed by its column's name, which it
reads from the cell's `data-label`. Python-Markdown builds tables as an element
tree, so the labels go in there (a tree processor), never by editing HTML text.
The ARIA roles keep the cells a table for screen readers once the stylesheet
makes them blocks (browsers drop table semantics for `display: block`).
"""

from __future__ import annotations

import re
from xml.etree import ElementTree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import AMP_SUBSTITUTE, STX

_STASHED = re.compile(STX + r"[^\x03]*\x03")
"""Python-Markdown's stand-ins for raw HTML in text: not part of a label."""
_ROLES = {"table": "table", "thead": "rowgroup", "tbody": "rowgroup", "tr": "row", "th": "columnheader", "td": "cell"}


def _text(cell: ElementTree.Element) -> str:
    text = "".join(cell.itertext()).replace(AMP_SUBSTITUTE, "&")
    return " ".join(_STASHED.sub("", text).split())


class _LabelCells(Treeprocessor):
    """Every body cell of a table with a header row gets `data-label`: its column's header."""

    def run(self, root: ElementTree.Element) -> None:
        for table in root.iter("table"):
            header = table.find("thead/tr")
            if header is None:
                continue
            labels = [_text(cell) for cell in header]
            for row in table.iterfind("tbody/tr"):
                for cell, label in zip(row, labels, strict=False):
                    if label and cell.tag == "td":
                        cell.set("data-label", label)
            for element in table.iter():
                role = _ROLES.get(element.tag)
                if role and "role" not in element.attrib:
                    element.set("role", role)


class TableLabels(Extension):
    """The Markdown extension the plugin adds to every page (as `TABLE_LABELS`, the name MkDocs takes)."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        # After inline Markdown (priority 20), so a header's **bold** is its text.
        md.treeprocessors.register(_LabelCells(md), "course_table_labels", 15)


TABLE_LABELS = f"{__name__}:{TableLabels.__name__}"
"""The extension as Python-Markdown finds it by name (`module:Class`), as mkdocs.yml names extensions."""
