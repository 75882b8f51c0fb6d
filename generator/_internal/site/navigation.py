"""The navigation a learner expects: home, modules by number, then the other pages.

Returned as MkDocs' `nav` structure (plain lists and dicts), used only when
mkdocs.yml has no `nav` of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

NavItem = str | dict[str, Any]


def course_nav(
    pages: list[str],
    modules: Sequence[tuple[str, str]],
    number_modules: bool = True,
    order: dict[str, int] | None = None,
    section_titles: dict[str, str] | None = None,
) -> list[NavItem]:
    """Order `pages` (paths relative to the docs dir) for a course.

    `modules` are (page, title in the menu) in the course's order, the title with its number.
    Home first; then modules by their `NN-` number (numerically: 9 before 10);
    then other top-level pages by name; then each folder as a section, its
    index first, then its pages by their `order:` front matter (from `order`),
    then by name. A section is named by `section_titles` (its index page's
    title), or else after its folder.
    """
    order = order or {}
    section_titles = section_titles or {}
    module_pages = {source for source, _title in modules}
    top = [page for page in pages if "/" not in page]
    nav: list[NavItem] = [page for page in top if page == "index.md"]
    for source, title in modules:
        if source in top:
            nav.append({title: source} if number_modules else source)
    nav += sorted(page for page in top if page != "index.md" and page not in module_pages)
    sections: dict[str, list[str]] = {}
    for page in sorted((page for page in pages if "/" in page), key=lambda page: (order.get(page, 10**6), page)):
        sections.setdefault(page.split("/", 1)[0], []).append(page)
    for folder, section_pages in sections.items():
        index = [page for page in section_pages if page.endswith("/index.md")]
        rest = [page for page in section_pages if page not in index]
        title = section_titles.get(folder) or folder.replace("-", " ").replace("_", " ").capitalize()
        nav.append({title: index + rest})
    return nav
