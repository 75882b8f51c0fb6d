"""Reading YAML with lines (course/yaml_lines.py) gives what PyYAML's own resolution and constructor give."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator._internal.course import yaml_lines
from generator._internal.course.yaml_lines import PathKey, parse_yaml

REPO = Path(__file__).resolve().parents[2]

TRICKY = """\
base: &base
  text: shared
  points: 2
merged:
  <<: *base
  more: 3
listed:
  <<: [*base, {extra: 1}]
=: a value key
date: 2026-12-01
octal: 0o17
old-octal: 017
hex: 0x1F
grouped: 1_000
sexagesimal: 1:20
half: .5
big: 1e3
float: 6.02e+23
infinite: .inf
not-a-number: .NaN
tilde: ~
null-word: null
Null-word: Null
empty:
quoted-empty: ''
yes-word: yes
No-word: No
on-word: on
True-word: True
FALSE-word: FALSE
tagged-text: !!str 12
tagged-number: !!int "3"
binary: !!binary aGVsbG8=
alias: *base
7: numeric key
true: boolean key
~: null key
2.5: float key
-1: negative
+9: positive
nested:
  - - deep
    - 2
  - {a: [1, {b: c}]}
  - !!map {x: y}
  - !!seq [p, q]
plus: +.inf
minus: -.inf
word-starting-with-t: today
word-starting-with-n: nothing
word-starting-with-dot: .hidden
exclamation: "!important"
star: "*bold*"
"""


def _reference(text: str) -> tuple[Any, dict[PathKey, int]]:
    """The data and lines as PyYAML's own loader resolves and constructs them (YAML 1.2 booleans, as the course)."""

    class Reference(yaml.SafeLoader):
        pass

    Reference.yaml_implicit_resolvers = yaml_lines._CourseYamlLoader.yaml_implicit_resolvers
    loader = Reference(text)
    try:
        node = loader.get_single_node()
        lines: dict[PathKey, int] = {(): 1}

        def walk(node: Node, path: PathKey) -> None:
            if isinstance(node, MappingNode):
                loader.flatten_mapping(node)
                for key_node, value_node in node.value:
                    key = loader.construct_object(key_node, deep=True)
                    if not isinstance(key, str | int | float | bool) or key is None:
                        key = str(key)
                    lines.setdefault((*path, key), key_node.start_mark.line + 1)
                    walk(value_node, (*path, key))
            elif isinstance(node, SequenceNode):
                for index, item in enumerate(node.value):
                    lines[(*path, index)] = item.start_mark.line + 1
                    walk(item, (*path, index))

        if node is None:
            return None, lines
        data = loader.construct_document(node)
        walk(node, ())
        return data, lines
    finally:
        loader.dispose()


def _texts() -> list[tuple[str, str]]:
    found = [("tricky", TRICKY), ("tricky-list", "- " + TRICKY.replace("\n", "\n  ").rstrip() + "\n")]
    for folder in ("quizzes", "tests/fixtures", "generator/_internal/render/strings"):
        for path in sorted((REPO / folder).rglob("*.yml")):
            found.append((str(path.relative_to(REPO)), path.read_text(encoding="utf-8")))
    return found


def _comparable(value: Any) -> Any:
    """Values as repr, so True and 1, 1 and 1.0, "1" and 1 stay apart (NaN equals itself this way too); keys
    as the course reads them (one that is no text, number or boolean, such as `~`, as its text)."""
    if isinstance(value, dict):
        return {
            repr(key if isinstance(key, str | int | float | bool) else str(key)): _comparable(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_comparable(item) for item in value]
    return repr(value)


@pytest.mark.parametrize("loader", yaml_lines._LOADERS, ids=lambda loader: loader.__name__)
def test_the_course_loaders_resolve_tags_as_pyyaml_does(loader: type[Any]) -> None:
    """The shortened `resolve` gives PyYAML's answer for every scalar of every file, and for the odd ones."""
    checked = 0
    for _name, text in _texts():
        for node in _nodes(yaml.compose(text, Loader=yaml_lines._CourseYamlLoader)):
            for implicit in ((True, False), (False, True), (False, False)):
                kind = type(node)
                value = node.value if kind is ScalarNode else None
                mine = loader("").resolve(kind, value, implicit)
                theirs = yaml.resolver.BaseResolver.resolve(loader(""), kind, value, implicit)
                assert mine == theirs, (value, implicit)
                checked += 1
    assert checked > 3000


def _nodes(node: Node | None) -> list[Node]:
    if node is None:
        return []
    found = [node]
    if isinstance(node, MappingNode):
        for key, value in node.value:
            found += _nodes(key) + _nodes(value)
    elif isinstance(node, SequenceNode):
        for item in node.value:
            found += _nodes(item)
    return found


@pytest.mark.parametrize(("name", "text"), _texts()[:2])
def test_odd_yaml_reads_as_pyyaml_reads_it(name: str, text: str) -> None:
    doc, problems = parse_yaml(text, "x.yml")
    assert doc is not None and problems == [], name
    data, lines = _reference(text)
    assert _comparable(doc.data) == _comparable(data)
    assert doc.lines == lines
    if name == "tricky":
        assert doc.data["merged"] == {"text": "shared", "points": 2, "more": 3}
        assert doc.data["date"] == datetime.date(2026, 12, 1) and doc.data["sexagesimal"] == 80


def test_every_course_and_fixture_file_reads_as_pyyaml_reads_it() -> None:
    compared = 0
    for name, text in _texts()[2:]:
        doc, problems = parse_yaml(text, name)
        if doc is None or problems:
            continue  # a fixture of a mistake: the problem fixtures hold those to their messages
        data, lines = _reference(text)
        assert _comparable(doc.data) == _comparable(data), name
        assert doc.lines == lines, name
        compared += 1
    assert compared > 40


def test_lines_are_read_only_when_a_line_is_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    """Most files have no problem: the quick reading keeps no lines, and the first question reads them once."""
    readings: list[str] = []
    full_reading = yaml_lines._read

    def counted(text: str, file: str, line_offset: int) -> Any:
        readings.append(text)
        return full_reading(text, file, line_offset)

    monkeypatch.setattr(yaml_lines, "_read", counted)
    text = "module: intro\nquestions:\n  - id: q1\n    options:\n      - text: A\n      - text: B\n"
    doc, problems = parse_yaml(text, "quizzes/intro.yml", line_offset=1)
    quick = yaml_lines._LOADERS[0] is not yaml_lines._CourseYamlLoader  # libyaml is there
    assert doc is not None and problems == [] and readings == ([] if quick else [text])
    assert doc.data == {"module": "intro", "questions": [{"id": "q1", "options": [{"text": "A"}, {"text": "B"}]}]}
    assert doc.line_of(("questions", 0, "options", 1)) == 7  # the offset kept for later: front matter's
    assert doc.line_of(("questions", 0, "missing", 3)) == 4  # the nearest recorded parent: `- id: q1`
    assert doc.lines[()] == 2
    assert readings == [text]  # read once, however often asked


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("a: 1\nb: 2\na: 3\n", 3, 'the key "a" is written twice (first at line 1).'),
        ("title: x\nwhen: 2026-13-01\n", 2, '"2026-13-01" reads as a date, but it is not one'),
    ],
)
def test_what_the_quick_reading_cannot_give_is_read_with_lines(text: str, line: int, message: str) -> None:
    """A key written twice or a date that is none: the problem names its line, as the reading with lines does."""
    doc, problems = parse_yaml(text, "x.yml")
    assert doc is not None
    assert [(problem.line, problem.message[: len(message)]) for problem in problems] == [(line, message)]
    with_lines, same_problems = yaml_lines._read(text, "x.yml", 0)
    assert with_lines is not None and (doc.data, doc.lines, problems) == (
        with_lines.data,
        with_lines.lines,
        same_problems,
    )
