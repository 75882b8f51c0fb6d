"""Question templates inlined into the quiz's code: one file per type, the quiz's output as with includes."""

from __future__ import annotations

import jinja2
import pytest

from generator._internal.course.model import QUESTION_TYPES
from generator._internal.render import renderer
from generator._internal.render.inlining import QUESTIONS_FOLDER, Inlining
from generator._internal.render.precompiled import template_sources


def _environment(templates: dict[str, str]) -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.DictLoader(templates), trim_blocks=True, lstrip_blocks=True, autoescape=True)
    env.add_extension(Inlining)
    return env


def test_every_question_type_has_its_own_template() -> None:
    names = set(template_sources(renderer.source_environment()))
    assert {f"{QUESTIONS_FOLDER}/{kind}.html.j2" for kind in QUESTION_TYPES} <= names


def test_the_quiz_runs_no_template_but_its_own() -> None:
    env = renderer.source_environment()
    source = env.loader.get_source(env, "quiz.html.j2")[0]  # type: ignore[union-attr]
    code = env.compile(source, "quiz.html.j2", raw=True)
    assert "get_template" not in code and "get_or_select_template" not in code
    for kind in QUESTION_TYPES:
        assert f"== '{kind}'" in code, f"the quiz's code has no branch for {kind} questions"


def test_inlining_writes_what_an_include_would() -> None:
    parts = {
        "part.html.j2": "{# a part #}\n<p>{{ word }}</p>\n{% for n in range(2) %}\n<i>{{ n }}</i>\n{% endfor %}\n",
    }
    inlined = _environment({**parts, "page.html.j2": '<div>\n{% inline "part.html.j2" +%}\n</div>'})
    included = _environment({**parts, "page.html.j2": '<div>\n{% include "part.html.j2" +%}\n</div>'})
    assert inlined.get_template("page.html.j2").render(word="hi") == included.get_template("page.html.j2").render(
        word="hi"
    )


def test_question_inputs_chooses_the_type_s_template() -> None:
    templates = {f"{QUESTIONS_FOLDER}/{kind}.html.j2": f"[{kind} {{{{ n }}}}]" for kind in QUESTION_TYPES}
    env = _environment({**templates, "quiz.html.j2": "{% for k in kinds %}{% question_inputs k %}{% endfor %}"})
    assert env.get_template("quiz.html.j2").render(kinds=["order", "single"], n=3) == "[order 3][single 3]"


def test_a_template_that_extends_another_cannot_be_inlined() -> None:
    env = _environment({"base.html.j2": "x", "child.html.j2": '{% extends "base.html.j2" %}', "page.html.j2": ""})
    with pytest.raises(jinja2.TemplateSyntaxError, match="cannot be inlined"):
        env.from_string('{% inline "child.html.j2" %}')


def test_inline_names_its_template_as_a_quoted_string() -> None:
    env = _environment({"part.html.j2": "x"})
    with pytest.raises(jinja2.TemplateSyntaxError, match="quoted string"):
        env.from_string("{% inline name %}")
