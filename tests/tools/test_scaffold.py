"""`course new-module` and `course new-scenario`: skeletons that pass `course check` as they are.

Every test works on a copy of the fixture course. A refusal must leave every
file as it was, say why in plain words, and exit with 1.
"""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest

from generator import CoursePaths, load_course
from generator._internal.course.paths import split_front_matter
from generator._internal.course.schema import MODELINE, SCHEMA_FILES, json_schema
from generator._internal.course.yaml_lines import parse_yaml
from generator._internal.tools.scaffold import slugify, yaml_text
from generator.cli import main
from tests.helpers import FIXTURES, copy_course, mkdocs_build


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_course(tmp_path / "project", FIXTURES / "course")


def _run(project: Path, *args: str) -> int:
    return main(["--project", str(project), *args])


def _files(project: Path) -> dict[str, bytes]:
    return {
        path.relative_to(project).as_posix(): path.read_bytes() for path in sorted(project.rglob("*")) if path.is_file()
    }


def _schema_errors(path: Path, schema_index: int) -> list[str]:
    doc, problems = parse_yaml(path.read_text(encoding="utf-8"), path.name)
    assert doc is not None and not problems
    validator = jsonschema.Draft202012Validator(json_schema(SCHEMA_FILES[schema_index]))
    return [error.message for error in validator.iter_errors(doc.data)]


# ---------------------------------------------------------------- new-module


def test_new_module_creates_page_and_quiz_that_pass_check(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(project, "new-module", "Listening well", "--minutes", "12") == 0
    out = capsys.readouterr().out
    page = project / "course" / "03-listening-well.md"
    quiz = project / "quizzes" / "03-listening-well.yml"
    assert page.is_file() and quiz.is_file()
    assert "course/03-listening-well.md" in out and "quizzes/03-listening-well.yml" in out

    assert _run(project, "check") == 0
    assert "3 modules, 3 quizzes" in capsys.readouterr().out

    module = load_course(CoursePaths.under(project)).module("listening-well")
    assert module is not None and module.quiz is not None
    assert module.meta.title == "Listening well"
    assert module.meta.minutes == 12
    assert len(module.meta.objectives) == 2
    assert [question.type for question in module.quiz.questions] == [
        "single",
        "multiple",
        "true-false",
        "order",
        "match",
    ]
    assert module.quiz.module == "listening-well"


def test_new_module_page_has_the_skeleton_sections(project: Path) -> None:
    assert _run(project, "new-module", "Listening well") == 0
    text = (project / "course" / "03-listening-well.md").read_text(encoding="utf-8")
    front, body, _line = split_front_matter(text)
    assert front is not None and "minutes: 10" in front
    headings = [line for line in body.splitlines() if line.startswith("## ")]
    assert headings[-3:] == ["## Key points", "## Reflection", "## Sources"]
    assert body.strip().splitlines()[0].startswith("Replace this opening")


def test_new_module_quiz_starts_with_the_schema_line_and_is_commented(project: Path) -> None:
    assert _run(project, "new-module", "Listening well") == 0
    quiz = project / "quizzes" / "03-listening-well.yml"
    lines = quiz.read_text(encoding="utf-8").splitlines()
    assert lines[0] == f"{MODELINE}../schemas/quiz.schema.json"
    assert lines[1].startswith("# ")
    for kind in ("single", "multiple", "true-false", "order", "match"):
        assert any(line.strip().startswith(f"# {kind}:") for line in lines), f"no comment explaining {kind}"
    assert _schema_errors(quiz, 0) == []


def test_new_module_takes_the_next_number_after_the_highest(project: Path) -> None:
    (project / "course" / "07-later.md").write_text("---\ntitle: Later\n---\nText.\n", encoding="utf-8")
    assert _run(project, "new-module", "After that") == 0
    assert (project / "course" / "08-after-that.md").is_file()
    assert (project / "quizzes" / "08-after-that.yml").is_file()
    assert _run(project, "check") == 0


def test_new_module_makes_a_slug_from_any_title_or_takes_one(project: Path) -> None:
    assert slugify("Values & trust: in practice (2)") == "values-trust-in-practice-2"
    assert slugify("Café \u2013 première étape") == "cafe-premiere-etape"
    assert _run(project, "new-module", "Why it matters: a second look", "--slug", "second-look") == 0
    assert (project / "course" / "03-second-look.md").is_file()
    module = load_course(CoursePaths.under(project)).module("second-look")
    assert module is not None and module.meta.title == "Why it matters: a second look"


@pytest.mark.parametrize("title", ["Plain title", "Why: values", "Yes", "2015", '"Quoted" start', "# Not a comment"])
def test_titles_are_written_so_yaml_reads_them_back_unchanged(title: str) -> None:
    doc, problems = parse_yaml(f"title: {yaml_text(title)}\n", "x")
    assert doc is not None and not problems and doc.data == {"title": title}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["new-module", "Introduction", "--slug", "intro"], 'A module named "intro" exists already'),
        (["new-module", "Something", "--slug", "Bad Slug"], "cannot be a module slug"),
        (["new-module", "   "], "needs a title"),
        (["new-module", "Something", "--minutes", "0"], "greater than 0"),
    ],
)
def test_new_module_refuses_plainly_and_writes_nothing(
    project: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    _assert_refused(project, capsys, args, message)


def _assert_refused(project: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str) -> None:
    """The command exits 1 with `message`, no traceback, and the project's files unchanged."""
    before = _files(project)
    assert _run(project, *args) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert _files(project) == before


def test_new_module_never_overwrites_a_quiz_file(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "quizzes" / "03-listening-well.yml").write_text("# mine\n", encoding="utf-8")
    before = _files(project)
    assert _run(project, "new-module", "Listening well") == 1
    assert "quizzes/03-listening-well.yml exists already" in capsys.readouterr().err
    assert _files(project) == before


def test_new_module_refuses_when_another_file_is_its_quiz(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "quizzes" / "extra.yml").write_text("module: listening-well\nquestions: []\n", encoding="utf-8")
    before = _files(project)
    assert _run(project, "new-module", "Listening well") == 1
    assert "quizzes/extra.yml is already the quiz" in capsys.readouterr().err
    assert _files(project) == before


def test_a_mistyped_command_exits_1_without_a_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["new-module"])
    assert stopped.value.code == 1
    assert "title" in capsys.readouterr().err


# ---------------------------------------------------------------- new-scenario


def test_new_scenario_creates_a_valid_commented_story(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(project, "new-scenario", "first-steps", "--module", "intro") == 0
    path = project / "quizzes" / "scenarios" / "first-steps.yml"
    assert "quizzes/scenarios/first-steps.yml" in capsys.readouterr().out
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == f"{MODELINE}../../schemas/scenario.schema.json"
    assert sum(line.lstrip().startswith("#") for line in lines) >= 5
    assert _schema_errors(path, 1) == []

    assert _run(project, "check") == 0
    module = load_course(CoursePaths.under(project)).module("intro")
    assert module is not None
    (scenario,) = module.scenarios
    assert scenario.id == "first-steps"
    start = scenario.nodes[scenario.start]
    assert start.choices is not None and len(start.choices) == 2
    deciding = [node for node in scenario.nodes.values() if node.choices]
    assert len(deciding) == 2
    assert sorted(node.ending for node in scenario.nodes.values() if node.ending) == ["good", "mixed", "poor"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["new-scenario", "x", "--module", "intro-module"], 'There is no module "intro-module". Did you mean "intro"?'),
        (["new-scenario", "meeting", "--module", "intro"], "quizzes/scenarios/meeting.yml exists already"),
        (["new-scenario", "Bad Id", "--module", "intro"], "cannot be a scenario id"),
    ],
)
def test_new_scenario_refuses_plainly_and_writes_nothing(
    project: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    _assert_refused(project, capsys, args, message)


def test_new_scenario_refuses_an_id_another_file_uses(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    meeting = project / "quizzes" / "scenarios" / "meeting.yml"
    meeting.rename(meeting.with_name("renamed.yml"))
    assert _run(project, "new-scenario", "meeting", "--module", "practice") == 1
    assert 'The scenario id "meeting" is already used by quizzes/scenarios/renamed.yml' in capsys.readouterr().err
    assert not meeting.exists()


def test_the_scaffolded_course_builds_with_mkdocs_strict(project: Path, tmp_path: Path) -> None:
    assert _run(project, "new-module", "Listening well") == 0
    assert _run(project, "new-scenario", "first-steps", "--module", "listening-well") == 0
    result = mkdocs_build(project, tmp_path / "site", "--strict")
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "site" / "03-listening-well" / "index.html").read_text(encoding="utf-8")
    assert "Check answers" in page and "Replace this opening" in page
