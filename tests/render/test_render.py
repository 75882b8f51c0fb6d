"""Renderer fixtures: each YAML input in fixtures/render/ beside the HTML it must produce.

Set REGENERATE_FIXTURES=1 to rewrite the expected HTML after an intended change,
then read the diff before committing it.
"""

from __future__ import annotations

import json
import os
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator._internal.course.model import Module, ModuleMeta, Quiz, Scenario, Worksheet
from generator._internal.render.identity import (
    HashMemo,
    canonical_json,
    content_hash,
    remember_quiz_hashes,
    stable_shuffle,
)
from generator._internal.render.renderer import Renderer
from tests.helpers import FIXTURES

RENDER = FIXTURES / "render"
INPUTS = sorted(RENDER.glob("*.yml"))
RENDERER = Renderer("fixture-course")
MODULE = Module("intro", 1, "01-intro.md", ModuleMeta(title="Introduction"))


def render(kind: str, data: dict[str, Any]) -> str:
    """Render one fixture input with the fixture renderer."""
    if kind == "quiz":
        return str(RENDERER.quiz(MODULE, Quiz.model_validate(data)))
    if kind == "scenario":
        return str(RENDERER.scenario(Scenario.model_validate(data), MODULE))
    if kind == "worksheet":
        return str(RENDERER.worksheet(Worksheet.model_validate(data), MODULE))
    return str(RENDERER.objectives(Module("intro", 1, "01-intro.md", ModuleMeta.model_validate(data))))


@pytest.mark.parametrize("path", INPUTS, ids=[path.stem for path in INPUTS])
def test_rendered_html_matches_fixture(path: Path) -> None:
    case = yaml.safe_load(path.read_text(encoding="utf-8"))
    html = render(case["kind"], case["input"]) + "\n"
    expected = path.with_suffix(".html")
    if os.environ.get("REGENERATE_FIXTURES") == "1":
        expected.write_text(html, encoding="utf-8")
    assert html == expected.read_text(encoding="utf-8")


class _Markup(HTMLParser):
    """Collects the real tags and attributes of some HTML (not text that looks like them)."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes += [(name, value or "") for name, value in attrs]


def test_hostile_text_never_becomes_markup() -> None:
    case = yaml.safe_load((RENDER / "quiz-hostile.yml").read_text(encoding="utf-8"))
    html = render("quiz", case["input"])
    markup = _Markup()
    markup.feed(html)
    assert not markup.tags & {"script", "img", "iframe", "svg", "style", "b", "em"}
    assert not [name for name, _ in markup.attributes if name.startswith("on")]
    links = [value for name, value in markup.attributes if name in {"href", "src"}]
    assert links == ["https://example.org/", "../x.md"]
    assert "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;" in html


def test_order_and_match_never_show_the_answer_order() -> None:
    for size in range(2, 9):
        items = [f"item {index}" for index in range(size)]
        for seed in ("a", "b", "rungs", "intro/responses"):
            order = stable_shuffle(len(items), seed)
            assert sorted(order) == list(range(size))
            assert order != list(range(size))


def test_shuffle_is_stable_between_builds() -> None:
    assert stable_shuffle(6, "intro/rungs") == stable_shuffle(6, "intro/rungs")


def test_every_question_type_has_a_render_fixture() -> None:
    kinds = {
        yaml.safe_load(path.read_text(encoding="utf-8"))["input"].get("questions", [{}])[0].get("type")
        for path in INPUTS
    }
    assert {"single", "multiple", "true-false", "order", "match"} <= kinds


def test_shuffle_false_is_marked_for_the_browser_and_leaves_hashes_alone() -> None:
    case = yaml.safe_load((RENDER / "quiz-no-shuffle.yml").read_text(encoding="utf-8"))
    question_level = render("quiz", case["input"])
    assert question_level.count('data-shuffle="false"') == 1
    assert 'data-qid="all-of-them" data-type="single"' in question_level
    quiz_level = render("quiz", {**case["input"], "shuffle": False})
    assert 'data-shuffle="false"' in quiz_level.split(">", 1)[0]
    # Turning it on or off changes how options are shown, not what they are: saved answers stay.
    without = {**case["input"], "shuffle": False}
    assert RENDERER.hash(Quiz.model_validate(case["input"])) == RENDERER.hash(Quiz.model_validate(without))
    plain = {**case["input"], "questions": [{**q, "shuffle": True} for q in case["input"]["questions"]]}
    assert RENDERER.hash(Quiz.model_validate(plain)) == RENDERER.hash(Quiz.model_validate(case["input"]))
    assert Quiz.model_validate(plain).questions[0].shuffle is True


def test_a_quiz_hashed_from_one_dump_gives_the_hashes_each_gives_alone() -> None:
    quizzes = [
        Quiz.model_validate(case["input"])
        for case in (yaml.safe_load(path.read_text(encoding="utf-8")) for path in INPUTS)
        if case["kind"] == "quiz"
    ]
    course_quizzes = [
        path for path in sorted((Path(__file__).parents[2] / "quizzes").glob("*.yml")) if "." not in path.stem
    ]
    quizzes += [Quiz.model_validate(yaml.safe_load(path.read_text(encoding="utf-8"))) for path in course_quizzes]
    assert len(quizzes) > 10
    for quiz in quizzes:
        memo = HashMemo()
        remember_quiz_hashes(quiz, memo)
        assert memo.known[id(quiz)][1] == content_hash(quiz)
        assert [memo.known[id(q)][1] for q in quiz.questions] == [content_hash(q) for q in quiz.questions]


def test_the_hashed_text_is_json_dumps_with_sorted_keys() -> None:
    """Saved answers are kept while a hash matches: the text hashed must stay what `json.dumps` gives."""
    values: list[Any] = [
        {"b": [1, 2.5, None, True], "a": {"z": 'Ünïcode — “quotes” \\ "', "y": "\n\t\x01\x7f"}, "é": -0.0},
        [float("nan"), float("inf"), 1e16, 10**30, "", {}, []],
        "just text",
    ]
    values += [
        Quiz.model_validate(yaml.safe_load(path.read_text(encoding="utf-8"))["input"]).model_dump(mode="json")
        for path in INPUTS
        if yaml.safe_load(path.read_text(encoding="utf-8"))["kind"] == "quiz"
    ]
    for value in values:
        assert canonical_json(value) == json.dumps(value, sort_keys=True, ensure_ascii=False)
    with pytest.raises(TypeError, match="not JSON serializable"):
        canonical_json({"when": object()})


def test_a_quiz_whose_text_holds_the_stand_in_is_hashed_the_usual_way() -> None:
    case = yaml.safe_load((RENDER / "quiz-no-shuffle.yml").read_text(encoding="utf-8"))
    quiz = Quiz.model_validate({**case["input"], "title": "\x00questions\x00"})
    memo = HashMemo()
    remember_quiz_hashes(quiz, memo)
    assert id(quiz) not in memo.known
    assert RENDERER.hash(quiz) == content_hash(quiz)
