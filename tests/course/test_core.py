"""Unit tests of the course stage: YAML reading, models, problems, graph scores, loading."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import CourseError, CoursePaths, load_course
from generator._internal.course.model import Quiz, Scenario
from generator._internal.course.problems import Problem, did_you_mean, format_problems
from generator._internal.course.scenario_graph import best_score
from generator._internal.course.yaml_lines import parse_yaml
from tests.helpers import FIXTURES, REPO


def test_yaml_keeps_yes_and_no_as_text() -> None:
    doc, problems = parse_yaml("- text: No\n- text: yes\n- text: on\n- correct: true\n", "x.yml")
    assert not problems and doc is not None
    assert doc.data == [{"text": "No"}, {"text": "yes"}, {"text": "on"}, {"correct": True}]


def test_yaml_records_the_line_of_every_key_and_item() -> None:
    doc, _ = parse_yaml("module: a\nquestions:\n  - id: one\n    type: single\n  - id: two\n", "x.yml")
    assert doc is not None
    assert doc.line_of(("module",)) == 1
    assert doc.line_of(("questions", 1, "id")) == 5
    assert doc.line_of(("questions", 0, "missing-key")) == 3


def test_front_matter_lines_are_offset() -> None:
    doc, problems = parse_yaml("title: x\nminutes: [\n", "m.md", line_offset=1)
    assert doc is None
    assert problems[0].line >= 2


def test_numbers_are_accepted_as_text() -> None:
    quiz = Quiz.model_validate(
        {
            "module": "m",
            "questions": [
                {
                    "id": "year",
                    "type": "single",
                    "prompt": 2015,
                    "options": [{"text": 1969, "correct": True}, {"text": 2.5}],
                }
            ],
        }
    )
    assert quiz.questions[0].prompt == "2015"


def test_did_you_mean_suggests_close_and_prefix_matches() -> None:
    assert did_you_mean("corect", ["correct", "text"]) == ' Did you mean "correct"?'
    assert did_you_mean("intro-module", ["intro", "values"]) == ' Did you mean "intro"?'
    assert did_you_mean("zzz", ["correct"]) == ""


def test_problem_report_counts_and_sorts() -> None:
    report = format_problems([Problem("b.yml", 2, "two.", "fix b"), Problem("a.yml", 9, "one.", "fix a")])
    assert report.splitlines() == [
        "The course has 2 problems to fix:",
        "a.yml:9: one.",
        "    Fix: fix a",
        "b.yml:2: two.",
        "    Fix: fix b",
    ]


def _scenario(nodes: dict[str, object], start: str = "a") -> Scenario:
    return Scenario.model_validate({"id": "s", "module": "m", "title": "S", "start": start, "nodes": nodes})


def test_best_score_takes_the_richest_path_to_an_ending() -> None:
    scenario = _scenario(
        {
            "a": {
                "text": "A",
                "choices": [{"text": "x", "next": "b", "points": 1}, {"text": "y", "next": "c", "points": 3}],
            },
            "b": {"text": "B", "choices": [{"text": "x", "next": "end", "points": 5}]},
            "c": {"text": "C", "choices": [{"text": "x", "next": "end", "points": 1}]},
            "end": {"text": "E", "ending": "good"},
        }
    )
    assert best_score(scenario) == 6


def test_best_score_allows_zero_point_loops() -> None:
    scenario = _scenario(
        {
            "a": {"text": "A", "choices": [{"text": "x", "next": "b"}, {"text": "y", "next": "end", "points": 2}]},
            "b": {"text": "B", "choices": [{"text": "back", "next": "a"}, {"text": "on", "next": "end", "points": 1}]},
            "end": {"text": "E", "ending": "mixed"},
        }
    )
    assert best_score(scenario) == 2


def test_best_score_of_a_long_chain_does_not_recurse() -> None:
    count = 3000
    nodes: dict[str, object] = {
        f"n{i}": {"text": "t", "choices": [{"text": "go", "next": f"n{i + 1}", "points": 1}]} for i in range(count)
    }
    nodes[f"n{count}"] = {"text": "end", "ending": "good"}
    assert best_score(_scenario(nodes, "n0")) == count


def test_the_fixture_course_loads_into_a_frozen_model() -> None:
    course = load_course(CoursePaths.under(FIXTURES / "course"))
    assert [module.slug for module in course.modules] == ["intro", "practice"]
    practice = course.module("practice")
    assert practice is not None and practice.quiz is not None
    assert [scenario.id for scenario in practice.scenarios] == ["meeting"]
    assert [worksheet.id for worksheet in practice.worksheets] == ["plan"]
    with pytest.raises(Exception, match="frozen"):
        practice.quiz.pass_mark = 1  # type: ignore[misc]


def test_load_course_raises_with_every_problem(tmp_path: Path) -> None:
    (tmp_path / "course").mkdir()
    (tmp_path / "course" / "index.md").write_text("# A course\n", encoding="utf-8")
    (tmp_path / "course" / "01-a.md").write_text("no front matter\n", encoding="utf-8")
    (tmp_path / "quizzes").mkdir()
    (tmp_path / "quizzes" / "01-a.yml").write_text("module: b\nquestions: []\n", encoding="utf-8")
    with pytest.raises(CourseError) as caught:
        load_course(CoursePaths.under(tmp_path))
    assert len(caught.value.problems) == 2
    assert "01-a.md:1" in str(caught.value)


def test_the_real_course_loads() -> None:
    course = load_course(CoursePaths.under(REPO))
    assert len(course.modules) >= 7
    assert all(module.quiz and len(module.quiz.questions) >= 5 for module in course.modules)


def test_pasted_spaces_inside_a_text_are_harmless_and_kept() -> None:
    doc, problems = parse_yaml("prompt: 15\u00a0minutes, then a\u200bbreak\n", "x.yml")
    assert not problems and doc is not None
    assert doc.data == {"prompt": "15\u00a0minutes, then a\u200bbreak"}


def test_a_syntax_error_on_a_line_with_curly_quotes_says_why() -> None:
    _doc, problems = parse_yaml("prompt: \u201cNote: this\u201d\n", "x.yml")
    assert len(problems) == 1 and "curly" in problems[0].fix and 'straight quotes instead: "..."' in problems[0].fix
    _doc, plain = parse_yaml('prompt: "Note": this\n', "x.yml")
    assert plain and "curly" not in plain[0].fix, "only where curly quotes are on the line"
