"""Markdown inside YAML: safe links only, phrasing where a label needs it, the plain-text shortcut exact."""

from __future__ import annotations

import pytest

from generator._internal.render.markdown import render_block, render_inline


@pytest.mark.parametrize(
    "text",
    [
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](java\tscript:alert(1))",
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html,<script>alert(1)</script>)",
        "<a href='javascript:alert(1)'>x</a>",
        "![x](javascript:alert(1))",
        "<javascript:alert(1)>",
    ],
)
def test_markdown_refuses_unsafe_links(text: str) -> None:
    for html in (render_block(text), render_inline(text)):
        assert 'href="javascript' not in html.lower() and 'src="javascript' not in html.lower()
        assert "<a href='javascript" not in html and 'href="data:' not in html and 'href="vbscript' not in html


def test_markdown_keeps_safe_links_and_formatting() -> None:
    html = render_block("**Bold** and [a page](02-two.md) and [web](https://example.org)")
    assert html == (
        '<p><strong>Bold</strong> and <a href="02-two.md">a page</a> and '
        '<a href="https://example.org" rel="noopener">web</a></p>'
    )


def test_inline_markdown_of_several_paragraphs_stays_phrasing() -> None:
    assert render_inline("First.\n\nSecond?") == "First.<br><br>Second?"


@pytest.mark.parametrize(
    "text",
    [
        "Plain words, with commas; colons: and 'quotes' \"too\" (and brackets)?",
        "Staff write it, then ask for comments",
        "Ends with a full stop.",
        "It costs 100% of the time — really…",
        "1. a list",
        "- a bullet",
        "# a heading",
        "> a quote",
        "Two  spaces and a tab\there",
        "A line\nand another",
        "An *emphasis* and a `code`",
        "Fish & chips",
        "x < y",
        "A [link](https://example.org)",
        "Under_scores",
        "=== not a heading",
        "A | table? | no",
    ],
)
def test_the_plain_text_shortcut_gives_what_markdown_it_gives(text: str) -> None:
    from generator._internal.render import markdown

    parser = markdown._parser()
    assert render_block(text) == parser.render(text).strip()
    tokens = parser.parse(text)
    if len(tokens) == 3 and tokens[0].type == "paragraph_open":
        assert render_inline(text) == parser.renderer.render([tokens[1]], parser.options, {}).strip()


def _course_texts() -> list[str]:
    """Every text of the course's YAML files and the render fixtures: what the one-paragraph path meets."""
    import yaml

    from generator._internal.render.links import texts_of
    from tests.helpers import FIXTURES, REPO

    paths = [*sorted((REPO / "quizzes").rglob("*.yml")), *sorted((FIXTURES / "render").glob("*.yml"))]
    return [text for path in paths for text in texts_of(yaml.safe_load(path.read_text(encoding="utf-8")))]


TRICKY = ["**a** b", "a  ", "[x]: y", "[x](y) z", "1) a", "12345678901. a", "a\\", "*a*", "* a", "#a", "a | b"]
TRICKY += ["<b>x</b> y", "&amp; x", "```a```", "~~x~~", "=== a", "![i](p.png) x", "x <http://a.b> y", "\\# a"]
TRICKY += ["10.x *y*", "+a *b*", "-a *b*", "_a_", "a\x00*b*", "a\u2028*b*", "a\u00a0*b*", "[a](../x.md#y) *b*"]
TRICKY += [
    "0. Check rules.",
    "1) **a**",
    "- a",
    "* b",
    "+ [c](d.md)",
    "1.     code",
    "1.\ttab",
    "- - a",
    "* * *",
    "- ---",
]
TRICKY += ["1. # a", "1. > a", "123456789. a", "1234567890. a", "1.  two spaces", "- [x]: y", "-  a  ", "1. a\n2. b"]


def test_one_paragraph_and_one_item_texts_render_as_the_full_parse_renders_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from generator._internal.render import markdown

    texts = [*_course_texts(), *TRICKY]
    assert sum(1 for text in texts if text and markdown._paragraph(text, "") is not None) > 50
    for base in ("", "03-dignity.md"):
        quick = [(render_block(text, base), render_inline(text, base)) for text in texts]
        with monkeypatch.context() as patch:
            patch.setattr(markdown, "_paragraph", lambda text, base: None)
            patch.setattr(markdown, "_list_item_words", lambda text, base: None)
            full = [(render_block(text, base), render_inline(text, base)) for text in texts]
        assert quick == full
