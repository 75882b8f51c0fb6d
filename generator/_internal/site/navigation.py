"""The navigation a learner expects: home, modules by number, the progress page, then the other pages.

Returned as MkDocs' `nav` structure (plain lists and dicts), used only when
mkdocs.yml has no `nav` of its own. The same order makes Material's footer
"Next" chain: home, module 1, ..., the last module, then the progress page and
its certificate.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

NavItem = str | dict[str, Any]


def course_nav(
    pages: list[str],
    modules: Sequence[tuple[str, str]],
    number_modules: bool = True,
    order: dict[str, int] | None = None,
    section_titles: dict[str, str] | None = None,
    *,
    finish: str | None = None,
) -> list[NavItem]:
    """Order `pages` (paths relative to the docs dir) for a course.

    `modules` are (page, title in the menu) in the course's order, the title with its number.
    Home first; then modules by their `NN-` number (numerically: 9 before 10); then `finish`
    (the progress page, where the course ends); then other top-level pages by their `order:`
    front matter (from `order`), then by name; then each folder as a section, its index first,
    then its pages likewise. A section is named by `section_titles` (its index page's title), or
    else after its folder.
    """
    order = order or {}
    section_titles = section_titles or {}
    module_pages = {source for source, _title in modules}

    def by_order(page: str) -> tuple[int, str]:
        return order.get(page, 10**6), page

    top = [page for page in pages if "/" not in page]
    nav: list[NavItem] = [page for page in top if page == "index.md"]
    for source, title in modules:
        if source in top:
            nav.append({title: source} if number_modules else source)
    nav += [page for page in top if page == finish]
    others = sorted(
        (page for page in top if page not in {"index.md", finish} and page not in module_pages), key=by_order
    )
    nav += others
    sections: dict[str, list[str]] = {}
    for page in sorted((page for page in pages if "/" in page), key=by_order):
        sections.setdefault(page.split("/", 1)[0], []).append(page)
    for folder, section_pages in sections.items():
        index = [page for page in section_pages if page.endswith("/index.md")]
        rest = [page for page in section_pages if page not in index]
        title = section_titles.get(folder) or folder.replace("-", " ").replace("_", " ").capitalize()
        nav.append({title: index + rest})
    return nav


def split_nav(nav: list[Any], belongs: Callable[[str], bool], prefix: str) -> tuple[list[Any], list[Any]]:
    """A trainer's own `nav` as (the learners' part, the pages `belongs` to the other site, `prefix` taken off).

    Sections keep their titles on both sides; a section left empty on one side goes from it.
    """
    ours: list[Any] = []
    theirs: list[Any] = []
    for item in nav:
        if isinstance(item, str):
            (theirs if belongs(item) else ours).append(item.removeprefix(prefix) if belongs(item) else item)
            continue
        if not isinstance(item, dict) or len(item) != 1:
            ours.append(item)
            continue
        ((title, value),) = item.items()
        if isinstance(value, list):
            mine, other = split_nav(value, belongs, prefix)
            ours += [{title: mine}] if mine else []
            theirs += [{title: other}] if other else []
        elif isinstance(value, str) and belongs(value):
            theirs.append({title: value.removeprefix(prefix)})
        else:
            ours.append(item)
    return ours, theirs
