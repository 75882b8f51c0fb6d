"""Front-matter texts made safe for the theme, which prints page titles and meta as HTML."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mkdocs.structure.pages import Page


def title_as_text(title: str) -> str:
    """Front matter text that MkDocs' and Material's templates (which treat it as HTML) show as text.

    Escaped once for the places that print it as it is, attributes included; and since `<title>`
    may print it through `striptags` (which unescapes), a `</` can never close that element.
    """
    return html.escape(str(title), quote=True).replace("&lt;/", "&lt;\u200b/")


def page_texts_as_text(page: Page) -> None:
    """Every text of a page's front matter, and its title, made safe for the theme to print."""
    title = page.title
    for key, value in page.meta.items():
        if isinstance(value, str):
            page.meta[key] = title_as_text(value)
    if title:
        page.title = title_as_text(title)
