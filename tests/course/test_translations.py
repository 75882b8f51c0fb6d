"""Translations beside their sources: words merged by ids, scoring from the source, mismatches with file and line."""

from __future__ import annotations

from pathlib import Path

from generator._internal.course.loader import read_course_with_sources
from generator._internal.course.paths import CoursePaths, course_inputs, module_files, translation_path, yaml_files
from generator._internal.course.translations import overlay, source_hash, translate
from tests.helpers import FIXTURES, copy_course

WELSH_QUIZ = """\
module: intro
title: Gwirio eich dealltwriaeth
questions:
  - id: with-not-for
    prompt: Pa ddull yw cydgynhyrchu?
    options:
      - text: Staff yn ei hysgrifennu
        correct: true
      - text: Pobl gyda staff
"""


def _course(tmp_path: Path) -> CoursePaths:
    return CoursePaths.under(copy_course(tmp_path, FIXTURES / "course"))


def test_a_translation_takes_only_words_and_keeps_the_source_s_order() -> None:
    source = {
        "id": "q",
        "type": "single",
        "prompt": "Which?",
        "options": [{"text": "A", "correct": True}, {"text": "B"}],
    }
    words = {
        "id": "q",
        "prompt": "Pa un?",
        "type": "order",
        "options": [{"text": "A1", "correct": False}, {"text": "B1"}],
    }
    merged = overlay(source, words)
    assert merged == {
        "id": "q",
        "type": "single",
        "prompt": "Pa un?",
        "options": [{"text": "A1", "correct": True}, {"text": "B1"}],
    }
    assert overlay([{"id": "a", "prompt": "x"}, {"id": "b", "prompt": "y"}], [{"id": "b", "prompt": "Y"}]) == [
        {"id": "a", "prompt": "x"},
        {"id": "b", "prompt": "Y"},
    ]
    assert overlay({"items": ["a", "b"]}, {"items": ["only one"]}) == {"items": ["a", "b"]}, "a count that differs"


def test_translation_files_are_no_modules_or_quizzes_but_count_for_the_cache(tmp_path: Path) -> None:
    paths = _course(tmp_path)
    (paths.docs_dir / "01-intro.cy.md").write_text("---\ntitle: Cyflwyniad\n---\nTestun.\n", encoding="utf-8")
    (paths.quizzes_dir / "01-intro.cy.yml").write_text(WELSH_QUIZ, encoding="utf-8")
    assert [module.slug for module in module_files(paths.docs_dir)] == ["intro", "practice"]
    assert paths.quizzes_dir / "01-intro.cy.yml" not in yaml_files(paths.quizzes_dir)
    assert {paths.docs_dir / "01-intro.cy.md", paths.quizzes_dir / "01-intro.cy.yml"} <= set(course_inputs(paths))
    loaded = read_course_with_sources(paths)
    assert not loaded.problems, loaded.problems


def test_the_translated_course_has_the_words_and_the_source_s_answers(tmp_path: Path) -> None:
    paths = _course(tmp_path)
    page = paths.docs_dir / "01-intro.md"
    (paths.docs_dir / "01-intro.cy.md").write_text(
        f"---\ntitle: Cyflwyniad\ntranslated_from: {source_hash(page)}\nminutes: 99\n---\nTestun.\n", encoding="utf-8"
    )
    (paths.quizzes_dir / "01-intro.cy.yml").write_text(
        WELSH_QUIZ.replace("        correct: true\n", ""), encoding="utf-8"
    )
    loaded = read_course_with_sources(paths)
    result = translate(loaded, paths, "cy")
    assert not result.problems, result.problems
    source, welsh = loaded.course.modules[0], result.course.modules[0]
    assert welsh.meta.title == "Cyflwyniad" and welsh.meta.minutes == source.meta.minutes, "only words are taken"
    assert welsh.quiz is not None and source.quiz is not None
    first = welsh.quiz.questions[0]
    assert first.prompt == "Pa ddull yw cydgynhyrchu?"
    assert [question.id for question in welsh.quiz.questions] == [question.id for question in source.quiz.questions]
    assert welsh.quiz.questions[1] == source.quiz.questions[1], "an untranslated question stays the source's"
    assert result.sources_of[id(welsh.quiz)] is source.quiz, "the translated quiz carries the source's hash"
    report = result.report
    assert "course/01-intro.md" not in report.missing_files and "course/02-practice.md" in report.missing_files
    assert "course/index.md" in report.missing_files
    assert any('question "one-off"' in part for part in report.missing_parts)
    assert "course/01-intro.cy.md" not in report.changed and "quizzes/01-intro.cy.yml" in report.changed
    assert report.partial_modules >= {"intro", "practice"}


def test_a_translation_that_does_not_fit_its_source_is_a_problem_with_file_and_line(tmp_path: Path) -> None:
    paths = _course(tmp_path)
    text = (
        WELSH_QUIZ
        + "  - id: not-in-the-source\n    prompt: Beth?\n  - id: one-off\n    prompt: Gwir?\n    answer: true\n"
    )
    text = text.replace("      - text: Pobl gyda staff\n", "      - text: Pobl gyda staff\n      - text: Trydydd\n")
    (paths.quizzes_dir / "01-intro.cy.yml").write_text(text, encoding="utf-8")
    problems = translate(read_course_with_sources(paths), paths, "cy").problems
    found = {(problem.file, problem.line): problem for problem in problems}
    lines = text.splitlines()
    unknown = next(problem for problem in problems if "not-in-the-source" in problem.message)
    assert unknown.file == "quizzes/01-intro.cy.yml" and "not-in-the-source" in lines[unknown.line - 1]
    assert '"with-not-for"' in unknown.fix
    count = next(problem for problem in problems if "2 options here and the translation 3" in problem.message)
    assert lines[count.line - 1].strip() == "options:"
    answer = next(problem for problem in problems if '"answer" is true here and false' in problem.message)
    assert lines[answer.line - 1].strip() == "answer: true"
    assert len(found) == 3, [problem.format() for problem in problems]


def test_a_scenario_translation_with_an_unknown_node_is_a_problem(tmp_path: Path) -> None:
    paths = _course(tmp_path)
    scenario = paths.quizzes_dir / "scenarios" / "meeting.yml"
    target = translation_path(scenario, "cy")
    target.write_text("id: meeting\nnodes:\n  nowhere:\n    text: Dim\n", encoding="utf-8")
    problems = translate(read_course_with_sources(paths), paths, "cy").problems
    assert [(problem.file, problem.line) for problem in problems] == [("quizzes/scenarios/meeting.cy.yml", 3)]
    assert 'no node "nowhere"' in problems[0].message
