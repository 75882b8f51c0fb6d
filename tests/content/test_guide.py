"""The trainers' guide keeps up with the tools: every error message and every command is documented.

`course/trainers/errors.md` must contain the message of every fixture in
tests/fixtures/problems/ (the text after `file:line: ` of each expected line),
and the guide as a whole must mention every `course` subcommand.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator._internal.tools.cli import _parser
from tests.course.test_problems import CASES, parse_case
from tests.helpers import FIXTURES, REPO

GUIDE = REPO / "course" / "trainers"


def normalised(text: str) -> str:
    """Runs of whitespace (line breaks, indentation) as one space."""
    return re.sub(r"\s+", " ", text).strip()


def guide_text() -> str:
    return normalised("\n".join(path.read_text(encoding="utf-8") for path in sorted(GUIDE.glob("*.md"))))


def commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """Every subcommand path of the parser, e.g. ("check",), ("gift", "export")."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, subparser in action.choices.items():
                path = (*prefix, name)
                yield path
                yield from commands(subparser, path)


def test_the_guide_exists() -> None:
    for name in ("index", "modules", "quizzes", "scenarios", "worksheets", "preview", "errors", "publish", "scorm"):
        assert (GUIDE / f"{name}.md").is_file(), f"course/trainers/{name}.md is missing"
    assert len(CASES) == len(list((FIXTURES / "problems").glob("*.txt")))


@pytest.mark.parametrize("path", CASES, ids=[case.stem for case in CASES])
def test_every_problem_message_is_in_the_error_list(path: Path) -> None:
    errors = normalised((GUIDE / "errors.md").read_text(encoding="utf-8"))
    for expected in parse_case(path).expected:
        _place, _, message = expected.partition(": ")
        assert normalised(message) in errors, (
            f"{path.name}: course/trainers/errors.md does not explain the message {message!r}. "
            "Add an entry: what the trainer wrote, the message, and the fix."
        )


def test_every_command_is_in_the_guide() -> None:
    text = guide_text()
    paths = list(commands(_parser()))
    assert ("check",) in paths, "the parser's subcommands could not be read"
    missing = [" ".join(path) for path in paths if f"course {' '.join(path)}" not in text]
    assert not missing, f"the trainers' guide does not mention: {', '.join('course ' + m for m in missing)}"
