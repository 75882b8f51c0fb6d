"""Markdown inside YAML, rendered safely, with links that work like links in the module's page.

Raw HTML is off (it shows as text), and only http(s), mailto and relative
links survive: a trainer's file, or a pasted snippet, can never run script in
a learner's browser.

A relative link or picture in a quiz, scenario or worksheet is written as if it stood
in its module's Markdown page (`assets/map.png`, `03-dignity.md#ground-rules`). Rendered
with that page as `base`, its target becomes a file token (`fragments.file_token`) that
the site adapter turns into the right address from whichever page shows the fragment
(the module's page, the facilitator pack, a packaged page file).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from markupsafe import Markup

from .fragments import file_token, resolve_relative

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

SAFE_SCHEMES = frozenset({"", "http", "https", "mailto"})


def _safe_link(url: str) -> bool:
    # Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
    cleaned = "".join(ch for ch in url if ch > " " and ch != "\x7f")
    try:
        scheme = urlsplit(cleaned).scheme.lower()
    except ValueError:
        return False
    return scheme in SAFE_SCHEMES


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    # Imported on first use: most texts are plain (`_plain`), and a course of plain texts never needs it.
    from markdown_it import MarkdownIt  # noqa: PLC0415
    from markdown_it.renderer import RendererHTML  # noqa: PLC0415

    parser = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    parser.validateLink = _safe_link  # type: ignore[method-assign]
    parser.enable("table")
    parser.enable("strikethrough")

    def link_open(self: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
        token = tokens[idx]
        href = str(token.attrGet("href") or "")
        if urlsplit(href).scheme in {"http", "https"}:
            token.attrSet("rel", "noopener")
        elif env.get("base"):
            token.attrSet("href", _as_token(href, env["base"]))
        return str(self.renderToken(tokens, idx, options, env))

    def image(self: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
        token = tokens[idx]
        if env.get("base"):
            token.attrSet("src", _as_token(str(token.attrGet("src") or ""), env["base"]))
        return str(RendererHTML.image(self, tokens, idx, options, env))

    parser.add_render_rule("link_open", link_open)
    parser.add_render_rule("image", image)
    return parser


def _as_token(target: str, base: str) -> str:
    """A relative target written in `base`'s page as a file token; anything else as it is."""
    resolved = resolve_relative(target, base)
    if resolved is None:
        return target
    path, rest = resolved
    return file_token(path) + rest


# One line of text that Markdown would leave as it is: it cannot start a list, heading, quote or
# rule, and holds no character that starts inline markup, an entity, a link, HTML or a table.
_PLAIN = re.compile(r"[^\s\d\-+=#>][^\\`*_\[\]<>&!|~\n\t]*")


def _plain(text: str) -> str | None:
    """Escaped `text` when Markdown would not change it (most option texts): no parser needed."""
    if not _PLAIN.fullmatch(text) or text != text.strip():
        return None
    return text.replace('"', "&quot;")  # what markdown-it's escaping does to such text


# One line that can only be a paragraph: it starts no heading, quote, list, rule, fence, code block,
# table, HTML block or link reference definition. Its inline Markdown is all there is to parse.
_BLOCK_START = re.compile(r"[#>\-+*_`~=<\[|]|\d{1,9}[.)]")


def _paragraph(text: str, base: str) -> str | None:
    """The inline HTML of a text Markdown reads as one paragraph of one line, or None for any other text.

    markdown-it's `parseInline` gives what its full parse gives such a line inside `<p>`, at about
    two thirds of the work: most texts with Markdown in them are one line with some **bold** or a link.
    """
    if "\n" in text or "\r" in text or text != text.strip() or _BLOCK_START.match(text):
        return None
    parser = _parser()
    env = {"base": base}
    tokens = parser.parseInline(text, env)
    return str(parser.renderer.render(tokens[0].children or [], parser.options, env))


_ONE_ITEM = re.compile(r"(?:\d{1,9}[.)]|[-+*]) {1,4}(?P<words>\S.*)")
"""One line that is one list item (`1. Listen first`): phrasing shows its words, as for the whole list below."""


def _list_item_words(text: str, base: str) -> str | None:
    """Phrasing HTML of a one-line list item whose words are one paragraph, or None for any other text.

    Inline, a list is its items' words (`render_inline`), so such an item shows the phrasing of its
    words: what the full parse gives, without building the list (a match question's items are often
    numbered).
    """
    item = _ONE_ITEM.fullmatch(text)
    return _one_line(item["words"], base) if item is not None else None


def _one_line(text: str, base: str) -> str | None:
    """Phrasing HTML of a text that is plain, or one paragraph of one line, without the full parse; else None."""
    plain = _plain(text)
    if plain is not None:
        return plain
    paragraph = _paragraph(text, base)
    return paragraph.strip() if paragraph is not None else None


def render_block(text: str | None, base: str = "") -> Markup:
    """Markdown to block HTML (paragraphs, lists); '' for no text. `base`: the module page it belongs to."""
    if not text:
        return Markup("")
    plain = _plain(text)
    if plain is not None:
        return Markup(f"<p>{plain}</p>")
    paragraph = _paragraph(text, base)
    if paragraph is not None:
        return Markup(f"<p>{paragraph}</p>")
    return Markup(_parser().render(text, {"base": base}).strip())


def render_inline(text: str | None, base: str = "") -> Markup:
    """Markdown to phrasing HTML, for labels and legends (no <p>). `base`: the module page it belongs to."""
    if not text:
        return Markup("")
    quick = _one_line(text, base)
    if quick is None:
        quick = _list_item_words(text, base)
    if quick is not None:
        return Markup(quick)
    parser = _parser()
    env = {"base": base}
    tokens = parser.parse(text, env)
    inline = [token for token in tokens if token.type == "inline"]
    if len(inline) == 1 and len(tokens) == 3 and tokens[0].type == "paragraph_open":
        return Markup(parser.renderer.render(inline, parser.options, env).strip())
    # Several paragraphs or a list: keep them apart with line breaks, phrasing only.
    parts = [parser.renderer.render([token], parser.options, env).strip() for token in inline]
    return Markup("<br><br>".join(parts))
