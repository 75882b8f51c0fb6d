"""Problems a trainer can act on: where, what is wrong, how to fix it.

Every check in the core reports a `Problem` instead of raising, so one run can
report every mistake in every file at once. Only `CourseError` leaves the core,
carrying all of them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

DEFAULT_READING_EASE = 60
"""The reading ease below which a module page gets a quality note (course/readability.py): Flesch reading
ease 60 to 70 is plain English, what most adults read without effort. Here, not there, so the plugin
names its default without importing the readability checks a build never runs."""


@dataclass(frozen=True, order=True)
class Remark:
    """Something said of one place in one course file: a problem to fix, or a quality note to try."""

    file: str
    """Path of the file, relative to the course root, with forward slashes."""
    line: int
    """1-based line number (0 when the whole file or folder is concerned)."""
    message: str
    """What is wrong or weak, in plain words."""
    fix: str = ""
    """How to fix it, or what to try."""
    where: str = ""
    """Where inside the file, e.g. 'question 2 "decisions-with" > options'."""

    ADVICE: ClassVar[str] = "Fix"
    """The label of the advice line."""

    def format(self) -> str:
        """Render as `file:line: where: message` plus an indented advice line."""
        return format_located(self.file, self.line, self.where, self.message, (self.ADVICE, self.fix))


class Problem(Remark):
    """One mistake in one course file: it stops the build."""


def format_located(file: str, line: int, where: str, message: str, advice: tuple[str, str]) -> str:
    """`file:line: where: message`, then an indented `Label: advice` line: how problems and notes read."""
    place = f"{file}:{line}" if line else file
    text = f"{place}: {where}: {message}" if where else f"{place}: {message}"
    label, hint = advice
    return f"{text}\n    {label}: {hint}" if hint else text


class CourseError(Exception):
    """The course has problems; `problems` lists every one found in the run."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(sorted(set(problems)))
        super().__init__(format_problems(self.problems))


def format_problems(problems: Iterable[Problem]) -> str:
    """The report a trainer reads: a count, then each problem in file order."""
    items = sorted(set(problems))
    count = len(items)
    noun = "problem" if count == 1 else "problems"
    body = "\n".join(problem.format() for problem in items)
    return f"The course has {count} {noun} to fix:\n{body}"


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """A ' Did you mean "x"?' suggestion, or '' when nothing is close."""
    options = list(choices)
    import difflib  # noqa: PLC0415 - only a build with problems needs it

    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    close = close or [option for option in options if word.startswith(option) or option.startswith(word)][:1]
    return f' Did you mean "{close[0]}"?' if close and close[0] != word else ""


def relative_name(path: Path, root: Path) -> str:
    """The path a trainer recognises: relative to the course root when possible."""
    text, base = path.as_posix(), root.as_posix()
    if text.startswith(base + "/") and path.is_absolute() == root.is_absolute() and ".." not in text.split("/"):
        return text[len(base) + 1 :]  # what the lines below give, without pathlib's parts (a fifth of the time)
    if path.is_absolute() == root.is_absolute() and ".." not in path.parts and path.is_relative_to(root):
        return path.relative_to(root).as_posix()  # the usual case, without asking the file system
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
