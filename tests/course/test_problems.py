"""Every mistake a trainer can make, as a fixture file with the message it must produce.

Each file in fixtures/problems/ holds a short description, the files it drops
into the valid fixture course (`=== path`, optionally `=== path (latin-1)` or
`=== path (delete)`), and `=== expected`: one line per problem, as
`file:line: text the message contains`. The run must report exactly those
problems: no more, no fewer.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator._internal.course.problems import format_problems, relative_name
from generator._internal.site.check import check_course
from tests.helpers import FIXTURES, copy_course, mkdocs_build

CASES = sorted((FIXTURES / "problems").glob("*.txt"))


@dataclass(frozen=True)
class Case:
    """One broken course: files to write or delete, and the expected problem lines."""

    files: dict[str, tuple[str, str]]
    expected: list[str]


def parse_case(path: Path) -> Case:
    """Read a fixture file into its sections."""
    files: dict[str, tuple[str, str]] = {}
    expected: list[str] = []
    name = ""
    lines: list[str] = []

    def flush() -> None:
        if not name:
            return
        target, _, option = name.partition(" (")
        if target == "expected":
            expected.extend(line for line in lines if line.strip())
        else:
            files[target] = ("\n".join(lines) + "\n", option.rstrip(")") or "utf-8")

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("=== "):
            flush()
            name, lines = line[4:].strip(), []
        elif name:
            lines.append(line)
    flush()
    return Case(files, expected)


def broken_course(case: Case, target: Path) -> Path:
    """The valid fixture course with the case's files dropped in."""
    project = copy_course(target, FIXTURES / "course")
    for relative, (text, encoding) in case.files.items():
        path = project / relative
        if encoding == "delete":
            path.unlink()
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode(encoding) if encoding != "empty" else b"")
    return project


def reported(project: Path) -> str:
    """The problems report for a project, as `course check` gives it (mkdocs.yml included)."""
    _project, _course, problems = check_course(project)
    return format_problems(problems) if problems else ""


def test_fixture_course_is_valid(tmp_path: Path) -> None:
    project = copy_course(tmp_path, FIXTURES / "course")
    assert reported(project) == ""


def test_there_is_a_fixture_for_each_mistake() -> None:
    assert len(CASES) >= 35


@pytest.mark.parametrize("path", CASES, ids=[case.stem for case in CASES])
def test_each_mistake_is_reported_with_file_line_and_fix(path: Path, tmp_path: Path) -> None:
    case = parse_case(path)
    assert case.expected, f"{path.name} has no expected problems"
    report = reported(broken_course(case, tmp_path))
    blocks = report.split("\n")[1:]
    problem_lines = [line for line in blocks if not line.startswith("    ")]
    fixes = [line for line in blocks if line.startswith("    Fix: ")]
    for expected in case.expected:
        place, _, text = expected.partition(": ")
        assert any(line.startswith(place + ":") and text in line for line in problem_lines), (
            f"expected {expected!r} in:\n{report}"
        )
    assert len(problem_lines) == len(case.expected), f"unexpected extra problems:\n{report}"
    assert len(fixes) == len(problem_lines), f"every problem needs a fix:\n{report}"


BUILD_CASES = [
    "yaml-tab-indentation",
    "quiz-unknown-key",
    "single-two-correct",
    "module-without-title",
    "scenario-missing-next",
    "several-mistakes-at-once",
    "home-page-title-with-a-colon",
    "page-not-utf8",
    "pasted-non-breaking-space-after-colon",
    "quiz-missing-picture",
]


@pytest.mark.parametrize("name", BUILD_CASES)
def test_mkdocs_build_stops_with_the_same_messages_and_no_traceback(name: str, tmp_path: Path) -> None:
    case = parse_case(FIXTURES / "problems" / f"{name}.txt")
    project = broken_course(case, tmp_path / "project")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert "Traceback" not in output
    for expected in case.expected:
        place, _, text = expected.partition(": ")
        assert place in output and text in output, output
    assert not (tmp_path / "site" / "index.html").exists(), "validation must finish before anything is written"


def test_course_check_command_exits_1_and_lists_every_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from generator.cli import main

    case = parse_case(FIXTURES / "problems" / "several-mistakes-at-once.txt")
    project = broken_course(case, tmp_path)
    assert main(["--project", str(project), "check"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    for expected in case.expected:
        assert expected.partition(": ")[0] in err


def test_course_check_command_passes_a_valid_course(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from generator.cli import main

    project = copy_course(tmp_path, FIXTURES / "course")
    assert main(["--project", str(project), "check"]) == 0
    assert "2 modules, 2 quizzes" in capsys.readouterr().out


def test_fixture_copies_are_independent(tmp_path: Path) -> None:
    """Guard for the harness itself: a case never edits the shared fixture course."""
    case = parse_case(FIXTURES / "problems" / "yaml-tab-indentation.txt")
    broken_course(case, tmp_path / "a")
    assert reported(copy_course(tmp_path / "b", FIXTURES / "course")) == ""
    shutil.rmtree(tmp_path / "a")


@pytest.mark.parametrize(
    ("path", "root"),
    [
        ("/course/quizzes/01-intro.yml", "/course"),
        ("/course/quizzes/01-intro.yml", "/course/"),
        ("/course", "/course"),
        ("/course-two/quizzes/01.yml", "/course"),
        ("/course/../other/01.yml", "/course"),
        ("/elsewhere/01.yml", "/course"),
        ("quizzes/01-intro.yml", "."),
        ("./quizzes/01-intro.yml", "."),
        ("course/quizzes/01.yml", "course"),
        ("course/quizzes/01.yml", "/course"),
        ("/", "/"),
        ("/x.yml", "/"),
        ("a//b/./c.yml", "a"),
    ],
)
def test_relative_name_is_pathlibs_answer(path: str, root: str) -> None:
    """The quick answer for a path below the root is the one pathlib's comparison of parts gives."""
    pure, base = Path(path), Path(root)
    if pure.is_absolute() == base.is_absolute() and ".." not in pure.parts and pure.is_relative_to(base):
        expected = pure.relative_to(base).as_posix()
    else:
        try:
            expected = pure.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            expected = pure.as_posix()
    assert relative_name(pure, base) == expected
