"""Every link and picture of the course, found with the same Markdown parser that renders them.

`mkdocs build --strict` stops on a page's link to a file that does not exist; it never sees
the links inside quizzes, scenarios and worksheets, which go into pages after it has checked
them. So the course's own check finds both, each with its file and line:

- in the Markdown pages (modules, home, glossary, guide), relative to the page;
- in the texts of YAML files, relative to the module's page, as they are rendered.

The renderer keeps the YAML ones with the rendered course (`CourseParts.linked_files`), so a
picture deleted later is still caught by a build whose course comes from the cache.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from html.parser import HTMLParser
from typing import TYPE_CHECKING, Any, NamedTuple

from ..course.loader import LoadedCourse
from ..course.validation import describe
from ..course.yaml_lines import PathKey, YamlDocument
from .fragments import LinkedFile, resolve_relative

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

_CANDIDATE = ("](", "]:", "<a", "<img", "<A", "<IMG")
"""Text without any of these has no link or picture: most texts skip the parser."""


def _may_hold_link(text: str) -> bool:
    """Whether `text` holds one of the `_CANDIDATE`s, without which it has no link or picture."""
    return any(candidate in text for candidate in _CANDIDATE)


class Reference(NamedTuple):
    """One link or picture in a Markdown text: its target as written and its line within the text (from 0)."""

    target: str
    line: int
    picture: bool


class _HtmlReferences(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, bool]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        wanted = {"a": "href", "img": "src"}.get(tag)
        value = dict(attrs).get(wanted) if wanted else None
        if value:
            self.found.append((value, tag == "img"))


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt  # noqa: PLC0415 - only texts that hold a link need it

    parser = MarkdownIt("commonmark", {"html": True})
    parser.enable("table")
    return parser


def references(markdown: str, parser: MarkdownIt | None = None) -> list[Reference]:
    """The links and pictures of a Markdown text (raw HTML's `<a href>` and `<img src>` too)."""
    if not _may_hold_link(markdown):
        return []
    parser = parser or _parser()
    found: list[Reference] = []
    for token in parser.parse(markdown):
        first = token.map[0] if token.map else 0
        if token.type == "html_block":
            found += [Reference(target, first, picture) for target, picture in _html(token.content)]
        for line, child in _children(token, first):
            if child.type == "link_open":
                found.append(Reference(str(child.attrGet("href") or ""), line, False))
            elif child.type == "image":
                found.append(Reference(str(child.attrGet("src") or ""), line, True))
            elif child.type == "html_inline":
                found += [Reference(target, line, picture) for target, picture in _html(child.content)]
    return found


def _children(token: Any, first: int) -> Iterator[tuple[int, Any]]:
    """An inline token's children, each with its line (line breaks counted)."""
    line = first
    for child in token.children or ():
        if child.type in {"softbreak", "hardbreak"}:
            line += 1
        yield line, child


def _html(html: str) -> list[tuple[str, bool]]:
    parser = _HtmlReferences()
    parser.feed(html)
    parser.close()
    return parser.found


def _strings(data: Any, path: PathKey = ()) -> Iterator[tuple[PathKey, str]]:
    """Every text in a YAML file's data, with its path."""
    if isinstance(data, str):
        yield path, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _strings(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _strings(value, (*path, index))


def texts_of(data: Any) -> list[str]:
    """Every text in a YAML file's data, in no particular order (`_strings` gives them with their paths)."""
    texts: list[str] = []
    pending = [data]
    while pending:
        value = pending.pop()
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, dict):
            pending.extend(value.values())
        elif isinstance(value, list):
            pending.extend(value)
    return texts


def _may_link(doc: YamlDocument) -> bool:
    """Whether any text in a YAML file's data could hold a link: most files hold none, and skip the walk with paths.

    Without a backslash (an escape), every two characters side by side in a value stand side by side in the
    file as written (YAML joins a value's lines with a space or a line break): a file without a candidate
    holds none in any text, and needs no walk through its data.
    """
    written = doc.text
    if written and "\\" not in written:
        return _may_hold_link(written)
    return _may_hold_link("\0".join(texts_of(doc.data)))


def yaml_links(loaded: LoadedCourse) -> list[LinkedFile]:
    """Every relative link and picture in the course's quiz, scenario and worksheet texts.

    Each is resolved against its module's page, as the renderer resolves it.
    """
    course, sources = loaded.course, loaded.sources
    located = [
        *((module, sources.quizzes.get(module.slug)) for module in course.modules if module.quiz),
        *((module, sources.scenarios.get(s.id)) for module in course.modules for s in module.scenarios),
        *((module, sources.worksheets.get(w.id)) for module in course.modules for w in module.worksheets),
    ]
    linked: list[LinkedFile] = []
    for module, source in located:
        if source is None or not _may_link(source.doc):
            continue
        for path, text in _strings(source.doc.data):
            for reference in references(text):
                resolved = resolve_relative(reference.target, module.source)
                if resolved is not None and not resolved[0].endswith("/"):
                    where = describe(path[:-1] if path and isinstance(path[-1], str) else path, source.doc.data)
                    line = source.doc.line_of(path) + (reference.line + 1 if "\n" in text.strip() else 0)
                    linked.append((source.file, line, where, reference.target, resolved[0], reference.picture))
    return linked


def page_links(pages: list[tuple[str, str, str, int]]) -> list[LinkedFile]:
    """Every relative link and picture in Markdown pages: (file, path from the course folder, body, body's line)."""
    linked: list[LinkedFile] = []
    for file, page, body, first_line in pages:
        for reference in references(body):
            resolved = resolve_relative(reference.target, page)
            if resolved is not None and not resolved[0].endswith("/") and resolved[0] != page:
                line = first_line + reference.line
                linked.append((file, line, "", reference.target, resolved[0], reference.picture))
    return linked
