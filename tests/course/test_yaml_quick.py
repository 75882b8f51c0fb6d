"""The quick reader (course/yaml_quick.py) gives libyaml's data for every text it reads, and refuses the rest.

Its promise is "the same data or `UnsureError`": compared here on every YAML file of the repository, on the
front matter of every page, and on thousands of generated texts mixing what trainers write with what
YAML reads in surprising ways (numbers, dates, `null` keys, texts over several lines with empty lines
between, lists at their key's indentation, brackets, quotes, misplaced indentation).
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator._internal.course import yaml_lines
from generator._internal.course.paths import split_front_matter
from generator._internal.course.yaml_quick import UnsureError, quick_data

from .test_yaml_reading import _texts

REPO = Path(__file__).resolve().parents[2]


def _quick(text: str) -> Any:
    return quick_data(text, yaml_lines._plain_value, yaml_lines._RESOLVED_FIRST)


def _libyaml(text: str) -> tuple[str, Any]:
    """What the libyaml reading gives: ("data", value), or ("refused", why) where it needs the reading with lines."""
    loader = yaml_lines._LOADERS[0](text)
    try:
        node = loader.get_single_node()
        if node is None:
            return ("refused", "empty")
        return ("data", yaml_lines._plain(loader, node))
    except (yaml.YAMLError, yaml_lines._NeedsLinesError) as error:
        return ("refused", type(error).__name__)
    finally:
        loader.dispose()


def _same_or_unsure(text: str) -> bool:
    """True when the quick reader read `text` (and gave libyaml's data, compared by repr); False when it refused."""
    try:
        data = _quick(text)
    except UnsureError:
        return False
    expected = _libyaml(text)
    assert expected[0] == "data", f"read a text libyaml refuses ({expected[1]}):\n{text}"
    assert repr(data) == repr(expected[1]), f"not libyaml's data:\n{text}"
    return True


def _repository_texts() -> list[tuple[str, str]]:
    """Every YAML file `test_yaml_reading` compares with PyYAML (its odd texts first), and every page's front matter."""
    texts = _texts()
    for folder in ("course", "tests/fixtures"):
        for path in sorted((REPO / folder).rglob("*.md")):
            front_matter = split_front_matter(path.read_text(encoding="utf-8"))[0]
            if front_matter:
                texts.append((f"{path.relative_to(REPO)} (front matter)", front_matter))
    return texts


def test_every_file_of_the_repository_reads_as_libyaml_reads_it() -> None:
    texts = _repository_texts()
    read = {name for name, text in texts if _same_or_unsure(text)}
    # Every quiz, scenario and worksheet of the course, and every page's front matter: only the interface
    # strings (keys in quotes, read once a build by libyaml) and fixtures of odd YAML are left to libyaml.
    course = {name for name, _text in texts if name.startswith(("quizzes/", "course/"))}
    assert course and course <= read
    assert len(read) > 60


def test_the_benchmark_courses_files_are_read_quickly(tmp_path: Path) -> None:
    """The generated courses `benchmarks/` measures are the plain shape too (else it would measure libyaml)."""
    from benchmarks import run as bench  # the benchmark's own generator

    twins = bench.generate_course(tmp_path, 3)
    quizzes = sorted((tmp_path / "quizzes").glob("*.yml"))
    pages = sorted(Path(bench.read_config(twins.no_cache)["docs_dir"]).glob("*.md"))
    texts = [path.read_text(encoding="utf-8") for path in quizzes]
    texts += [front for path in pages if (front := split_front_matter(path.read_text(encoding="utf-8"))[0])]
    assert len(texts) >= 6 and all(_same_or_unsure(text) for text in texts)


_KEYS = [
    "id",
    "text",
    "prompt",
    "feedback",
    "true",
    "false",
    "null",
    "Null",
    "True",
    "yes",
    "on",
    "n",
    "_x",
    "a-b",
    "k1",
]
_WORDS = [
    "alpha", "It's", "naïve", "x", "Yes", "No", "off", "true", "false", "null", "~", "12", "-3", "+4", "0x1F",
    "1_000", "1.5", "1e3", "1.0e3", ".inf", ".NaN", "0o17", "017", "1:30", "2026-12-01", "2026-13-01",
    "2001-12-14t21:59:43.10-05:00", "C#", "a:b", "a#b", "x-y", "(a)", "end.", "<<", "=", "é", "\u00a0x", "10%",
]  # fmt: skip
_ODD = [
    "a: b", "a #b", "ends:", "- x", "[a]", "{a}", "a, b", "?x", "%x", "@x", "`x", "!x", "&x", "*x", "|", ">",
    "a  b", "'q'", '"q"', "#c", ":x", "-x", "x\ty", "a\u2028b", "a\x85b", "a\ufeffb", "a\rb", "---", "x]", "a\x07",
]  # fmt: skip


class _Documents:
    """Random YAML texts in the shapes course files take, with odd pieces mixed in at `odd_rate`."""

    def __init__(self, seed: int, odd_rate: float) -> None:
        self.random = random.Random(seed)  # noqa: S311 - test texts, not secrets
        self.odd_rate = odd_rate

    def word(self) -> str:
        return self.random.choice(_ODD if self.random.random() < self.odd_rate else _WORDS)

    def text(self, words: int = 0) -> str:
        return " ".join(self.word() for _ in range(words or self.random.randint(1, 6)))

    def quoted(self) -> str:
        text, kind = self.text(), self.random.random()
        if kind < 0.4:
            return '"' + text.replace('"', "'") + '"'
        if kind < 0.5:
            return '"' + text + '\\n"'
        if kind < 0.8:
            return "'" + text.replace("'", "''") + "'"
        return self.random.choice(["'" + text + "'", '"' + text + '"' + self.random.choice(["", " ", " # c", "x"])])

    def flow(self) -> str:
        items = [
            self.random.choice([self.word(), self.text(2), self.quoted(), "[a]", ""])
            for _ in range(self.random.randint(0, 4))
        ]
        separator = self.random.choice([", ", ",", " , "])
        if self.random.random() < 0.5:
            return "[" + separator.join(items) + self.random.choice(["", " ", ","]) + "]"
        pairs = [f"{self.random.choice(_KEYS)}{self.random.choice([': ', ':'])}{item}" for item in items]
        return "{" + self.random.choice(["", " "]) + separator.join(pairs) + "}"

    def value(self, indent: int) -> tuple[str, list[str]]:
        """A value's text on its key's line, and the lines that continue it."""
        kind = self.random.random()
        if kind < 0.15:
            return self.quoted(), []
        if kind < 0.25:
            return self.flow(), []
        if kind < 0.28:
            return self.random.choice(["", " ", "# c", "&a x", "!!str 1"]), []
        if kind < 0.36:
            return self.block_text(indent)
        lines = []
        for _ in range(self.random.choice([0, 0, 1, 2, 3])):
            if self.random.random() < 0.15:
                lines.append(self.random.choice(["", "   ", " " * (indent + 2)]))
            if self.random.random() < 0.05:
                lines.append(" " * (indent + self.random.randint(0, 3)) + "# comment")
            more = self.random.choice([1, 2, 2, 2, 4, 0])
            lines.append(" " * (indent + more) + self.text() + self.random.choice(["", "", " "]))
        return self.text(), lines

    def block_text(self, indent: int) -> tuple[str, list[str]]:
        """A `>-`, `>`, `|-` or `|` text: lines at one indentation, with empty, whitespace and deeper ones mixed in."""
        header = self.random.choice([">-", ">", "|-", "|", ">+", ">2", "> # c"])
        inner = indent + self.random.choice([2, 2, 4, 1, 0])
        lines = []
        for _ in range(self.random.randint(1, 4)):
            kind = self.random.random()
            if kind < 0.15:
                lines.append(self.random.choice(["", " ", " " * inner, " " * (inner + 1)]))
            elif kind < 0.2:
                lines.append(" " * (inner + 2) + self.text())
            else:
                lines.append(" " * inner + self.text() + self.random.choice(["", "", " ", "  "]))
        return header, lines

    def mapping(self, indent: int, depth: int, lines: list[str], first: str | None = None) -> None:
        for index in range(self.random.randint(1, 4)):
            key = self.random.choice(_KEYS)
            pad = first if (first is not None and index == 0) else " " * indent
            if self.random.random() < 0.03:
                pad = " " * max(0, indent + self.random.choice([-1, 1]))
            if depth < 3 and self.random.random() < 0.3:
                lines.append(f"{pad}{key}:")
                if self.random.random() < 0.1:
                    lines.append("")
                if self.random.random() < 0.5:
                    self.mapping(indent + self.random.choice([2, 2, 4, 1]), depth + 1, lines)
                else:
                    self.sequence(indent + self.random.choice([0, 0, 2, 4]), depth + 1, lines)
            elif self.random.random() < 0.1:
                text, more = self.value(indent)
                lines += [f"{pad}{key}:", " " * (indent + self.random.choice([2, 0, 1])) + text, *more]
            else:
                text, more = self.value(indent)
                colon = self.random.choice([": ", ": ", ":  "]) if text else ":"
                lines += [f"{pad}{key}{colon}{text}" + self.random.choice(["", "", " "]), *more]
            if self.random.random() < 0.05:
                lines.append(self.random.choice(["", "# note", "  # note"]))

    def sequence(self, indent: int, depth: int, lines: list[str]) -> None:
        for _ in range(self.random.randint(1, 3)):
            dash = " " * indent + self.random.choice(["- ", "- ", "-  ", "-"])
            kind = self.random.random()
            if depth < 3 and kind < 0.45 and dash.endswith(" "):
                self.mapping(len(dash), depth + 1, lines, first=dash)
            elif depth < 3 and kind < 0.55:
                lines.append(dash.rstrip(" ") if self.random.random() < 0.7 else dash + "- x")
                if self.random.random() < 0.5:
                    self.mapping(indent + 2, depth + 1, lines)
                else:
                    self.sequence(indent + 2, depth + 1, lines)
            else:
                text, more = self.value(indent)
                lines += [dash + text if dash.endswith(" ") or not text else dash + " " + text, *more]

    def document(self) -> str:
        lines = ["# a comment"] if self.random.random() < 0.2 else []
        if self.random.random() < 0.85:
            self.mapping(0, 0, lines)
        else:
            self.sequence(0, 0, lines)
        return "\n".join(lines) + self.random.choice(["\n", "", "\n\n"])


@pytest.mark.parametrize(("seed", "odd_rate"), [(1, 0.0), (2, 0.002), (3, 0.02)])
def test_generated_texts_read_as_libyaml_reads_them_or_are_refused(seed: int, odd_rate: float) -> None:
    documents = _Documents(seed, odd_rate)
    read = sum(_same_or_unsure(documents.document()) for _ in range(1500))
    assert read > 150  # enough of them read, not only refused, for the comparison to mean something


@pytest.mark.parametrize(
    ("text", "data"),
    [
        ("a: one\n  two\n\n  three\n\n\n  four  \nb: 5\n", {"a": "one two\nthree\n\nfour", "b": 5}),
        ("list:\n- x\n- y: 1\n  z: 2\nafter: ~\n", {"list": ["x", {"y": 1, "z": 2}], "after": None}),
        ("null: a\ntrue: b\nempty:\n", {"None": "a", True: "b", "empty": None}),
        (
            "a: 'it''s'\nb: \"say 'x'\"\nc: [p, 'q r', \"s, t\"]\nd: {left: 1, right: two}\n",
            {"a": "it's", "b": "say 'x'", "c": ["p", "q r", "s, t"], "d": {"left": 1, "right": "two"}},
        ),
        (
            "a: >-\n  folded\n  text\n\n  more\nb: |\n  x \n  y\n\nc: 1\n",
            {"a": "folded text\nmore", "b": "x \ny\n", "c": 1},
        ),
    ],
)
def test_what_the_quick_reader_reads(text: str, data: Any) -> None:
    assert _quick(text) == data
    assert _same_or_unsure(text)


@pytest.mark.parametrize(
    "text",
    [
        "- - nested\n",
        "a: b\na: c\n",
        "a: 1\n\tb: 2\n",
        "a: x # a comment\n",
        "a: >+\n  kept\n\n",
        "a: >\n  one\n    deeper\n",
        "a: &anchor x\nb: *anchor\n",
        "a: 2026-13-01\n",
        r'a: "an \"escape\""' "\n",
        "---\na: 1\n",
        "",
    ],
)
def test_what_the_quick_reader_refuses(text: str) -> None:
    """Each is read by libyaml instead (and the reading with lines says what is wrong with those that are wrong):
    a list in a list on one line, a key written twice, a tab, a comment after a value, a block text keeping its
    last breaks or with a deeper line, an anchor, a date that is none, an escape, a document marker, no document.
    """
    with pytest.raises(UnsureError):
        _quick(text)
