"""The templates' escaping: markupsafe's characters exactly, whichever way a template was compiled."""

from __future__ import annotations

from typing import Any

import jinja2
import markupsafe
import pytest

from generator._internal.render import escaping, renderer
from generator._internal.render.escaping import CourseCodeGenerator, escape_text

VALUES: list[Any] = [
    "",
    "plain words",
    "Fish & chips <b>'quoted'</b> \"double\"",
    "&amp; already an entity",
    "ünïcödé · سلام · 🙂",
    markupsafe.Markup("<em>safe</em> &amp;"),
    markupsafe.Markup(""),
    0,
    -12,
    10**30,
    True,
    False,
    None,
    1.5,
    ["a<b", 1],
    ("t", "<"),
]


class _Html:
    def __html__(self) -> str:
        return "<i>its own</i>"


class _Text(str):
    """A str subclass: not the exact type, so markupsafe's path."""


@pytest.mark.parametrize("value", [*VALUES, _Html(), _Text("a<b")], ids=repr)
def test_escape_text_gives_markupsafes_characters(value: Any) -> None:
    assert escape_text(value) == str(markupsafe.escape(value))


def test_escape_text_without_markupsafes_inner_escaping_is_markupsafes_escape(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(escaping, "_escape_inner", None)
    for value in VALUES:
        assert escape_text(value) == str(markupsafe.escape(value))


def test_an_undefined_value_still_fails_as_jinja_says() -> None:
    env = renderer.source_environment()
    with pytest.raises(jinja2.UndefinedError, match="'missing' is undefined"):
        env.from_string("{{ missing }}").render()


def test_the_course_code_generator_escapes_every_output_and_nothing_else() -> None:
    env = renderer.source_environment()
    assert env.code_generator_class is CourseCodeGenerator
    source = "{{ a }}|{{ b }}|{{ a ~ b }}|{% set c %}{{ a }}{% endset %}{{ c }}|{{ b | upper }}"
    code = env.compile(source, raw=True)
    assert "escape_text(" in code and " escape(" not in code
    written = env.from_string(source).render(a="<a>", b=markupsafe.Markup("<b>"))
    plain = jinja2.Environment(autoescape=True).from_string(source).render(a="<a>", b=markupsafe.Markup("<b>"))
    assert written == plain == "&lt;a&gt;|<b>|&lt;a&gt;<b>|&lt;a&gt;|<B>"


def test_a_template_without_autoescape_writes_values_as_they_are() -> None:
    env = renderer.source_environment()
    env.autoescape = False
    assert env.from_string("{{ a }}").render(a="<a>") == "<a>"
