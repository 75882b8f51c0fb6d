"""The JSON Schema files editors use: fresh, faithful to the models, and pointed at by every YAML file.

The schemas are generated from the pydantic models (`course schema`) and
committed in schemas/. These tests keep them from going stale, check that they
accept every real course file, and that they catch the mistakes in
tests/fixtures/problems/ that a schema can see. The mistakes it cannot see are
listed below, each with the reason.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema
import pytest

from generator._internal.course.model import Quiz, Scenario, Worksheet
from generator._internal.course.schema import MODELINE, SCHEMA_FILES, SchemaFile, json_schema, modeline, schema_text
from generator._internal.course.yaml_lines import parse_yaml
from tests.course.test_problems import CASES, parse_case
from tests.helpers import FIXTURES, REPO, is_translation

SCHEMAS = REPO / "schemas"
COURSE_ROOTS = (REPO / "quizzes", FIXTURES / "course" / "quizzes")


def _validator(entry: SchemaFile) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(json_schema(entry))


def _entry_for(relative: str) -> SchemaFile:
    """The schema of a file by its place below the quizzes folder: quizzes/x.yml, quizzes/scenarios/x.yml..."""
    parts = Path(relative).parts
    folder = parts[1] if len(parts) == 3 else ""
    return next(entry for entry in SCHEMA_FILES if entry.folder == folder)


def _data(text: str, name: str) -> Any:
    doc, problems = parse_yaml(text, name)
    assert doc is not None and not problems, problems
    return doc.data


def _course_files() -> list[tuple[SchemaFile, Path]]:
    files = []
    for root in COURSE_ROOTS:
        for entry in SCHEMA_FILES:
            # A translation holds only words (its source has the rest): `course check` compares them.
            files += [(entry, path) for path in sorted((root / entry.folder).glob("*.yml")) if not is_translation(path)]
    return files


COURSE_FILES = _course_files()


# ---------------------------------------------------------------- the files themselves


@pytest.mark.parametrize("entry", SCHEMA_FILES, ids=[entry.name for entry in SCHEMA_FILES])
def test_committed_schema_is_fresh(entry: SchemaFile) -> None:
    committed = SCHEMAS / entry.name
    assert committed.is_file(), f"schemas/{entry.name} is missing: run `course schema` and commit it"
    assert committed.read_text(encoding="utf-8") == schema_text(entry), (
        f"schemas/{entry.name} is out of date with the models: run `course schema` and commit the result"
    )


@pytest.mark.parametrize("entry", SCHEMA_FILES, ids=[entry.name for entry in SCHEMA_FILES])
def test_schema_is_valid_draft_2020_12_with_title_and_description(entry: SchemaFile) -> None:
    schema = json_schema(entry)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["title"] and schema["description"]
    assert schema["additionalProperties"] is False, "unknown keys (typos such as `corect:`) must be flagged"


@pytest.mark.parametrize("entry", SCHEMA_FILES, ids=[entry.name for entry in SCHEMA_FILES])
def test_every_key_has_a_description_for_the_editor_to_show(entry: SchemaFile) -> None:
    schema = json_schema(entry)
    for model, definition in [("(root)", schema), *schema.get("$defs", {}).items()]:
        for key, prop in definition.get("properties", {}).items():
            assert prop.get("description"), f"{entry.name}: {model}.{key} has no description"


def test_the_schema_command_writes_the_three_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from generator.cli import main

    assert main(["--project", str(tmp_path), "schema"]) == 0
    assert sorted(path.name for path in (tmp_path / "schemas").iterdir()) == sorted(e.name for e in SCHEMA_FILES)
    for entry in SCHEMA_FILES:
        assert (tmp_path / "schemas" / entry.name).read_text(encoding="utf-8") == schema_text(entry)
    assert "schemas/quiz.schema.json" in capsys.readouterr().out
    assert main(["--project", str(tmp_path), "schema", "--out", "elsewhere"]) == 0
    assert (tmp_path / "elsewhere" / "scenario.schema.json").is_file()


# ---------------------------------------------------------------- every course file


@pytest.mark.parametrize(("entry", "path"), COURSE_FILES, ids=[str(p.relative_to(REPO)) for _e, p in COURSE_FILES])
def test_schema_accepts_every_course_file(entry: SchemaFile, path: Path) -> None:
    data = _data(path.read_text(encoding="utf-8"), path.name)
    errors = [error.message for error in _validator(entry).iter_errors(data)]
    assert not errors, f"{path.relative_to(REPO)}: {errors}"


@pytest.mark.parametrize(("entry", "path"), COURSE_FILES, ids=[str(p.relative_to(REPO)) for _e, p in COURSE_FILES])
def test_every_course_file_points_its_editor_to_its_schema(entry: SchemaFile, path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    expected = modeline(path, SCHEMAS / entry.name)
    assert expected in lines, f"{path.relative_to(REPO)} should have the line: {expected}"
    if path.is_relative_to(REPO / "quizzes"):
        assert lines[0] == expected, "in the course itself the schema line comes first"
    else:
        # In the fixture course it comes last: other tests expect the lines of its keys where they were.
        assert lines[-1] == expected
    target = (path.parent / expected.removeprefix(MODELINE)).resolve()
    assert target == (SCHEMAS / entry.name).resolve()


def test_there_are_course_files_of_every_kind() -> None:
    assert {entry.name for entry, _path in COURSE_FILES} == {entry.name for entry in SCHEMA_FILES}


# ---------------------------------------------------------------- the mistakes a schema can see

# Fixture cases (or "case:file" for one file of a case) whose YAML a schema does not reject, and why.
NOT_FOR_A_SCHEMA = {
    "date-that-is-not-one": "a text to YAML 1.2 editors; only the date reading of YAML 1.1 (PyYAML) finds no such day",
    "duplicate-question-ids": "uniqueness across list items (JSON Schema's uniqueItems compares whole entries)",
    "worksheet-duplicate-question-ids": "uniqueness of one key across list items",
    "module-marker-names-nothing": "a Markdown page, not a YAML file",
    "module-quiz-marker-without-quiz": "a Markdown page and a deleted quiz",
    "match-repeated-left": "uniqueness of one key across list items",
    "match-repeated-right": "uniqueness of one key across list items",
    "not-utf8": "the file's encoding, not its content",
    "quiz-unknown-module": "a cross-file rule: the module must exist in course/",
    "scenario-unknown-module": "a cross-file rule: the module must exist in course/",
    "two-quizzes-one-module": "a cross-file rule: one quiz per module",
    "scenario-duplicate-id": "a cross-file rule: scenario ids are unique across files",
    "scenario-missing-start": "a graph rule: `start` names an existing node",
    "scenario-missing-next": "a graph rule: every `next` names an existing node",
    "scenario-unreachable-node": "a graph rule: every node is reachable from `start`",
    "scenario-endless-loop": "a graph rule: an ending is reachable from every node",
    "scenario-points-loop": "a graph rule: the best score must be finite",
    "yaml-duplicate-key": "YAML syntax: the parser keeps one of the two keys (course check reports it)",
    "several-mistakes-at-once:quizzes/02-practice.yml": "a cross-file rule: the module must exist in course/",
    "quiz-missing-picture": "a cross-file rule: the picture's file must be in the course folder",
    "quiz-broken-page-link": "a cross-file rule: the linked page must be in the course folder",
}
# Cases whose YAML does not parse at all: the editor's YAML parser reports them, not the schema.
YAML_SYNTAX = {
    "yaml-bad-indentation",
    "yaml-colon-in-text",
    "yaml-tab-indentation",
    "yaml-unclosed-quote",
    "curly-quotes-around-a-text",
    "pasted-non-breaking-space-indent",  # refused before parsing, as a tab is: YAML needs ordinary spaces there
    "pasted-non-breaking-space-after-colon",
}


def _yaml_sections() -> list[tuple[str, str, str]]:
    sections = []
    for path in CASES:
        for relative, (text, encoding) in parse_case(path).files.items():
            if relative.startswith("quizzes/") and encoding != "delete":
                sections.append((path.stem, relative, text if encoding != "empty" else ""))
    return sections


SECTIONS = _yaml_sections()


@pytest.mark.parametrize(("case", "relative", "text"), SECTIONS, ids=[f"{c}:{r}" for c, r, _t in SECTIONS])
def test_schema_catches_the_schema_level_mistakes(case: str, relative: str, text: str) -> None:
    doc, _problems = parse_yaml(text, relative)
    if case in YAML_SYNTAX:
        assert doc is None, f"{case} was expected to be a YAML syntax error"
        return
    assert doc is not None
    errors = list(_validator(_entry_for(relative)).iter_errors(doc.data))
    reason = NOT_FOR_A_SCHEMA.get(f"{case}:{relative}") or NOT_FOR_A_SCHEMA.get(case)
    if reason:
        assert not errors, f"{case} is listed as not for a schema ({reason}) but the schema catches it: update the list"
    else:
        assert errors, f"{case}: the schema should reject {relative}"


def test_the_list_of_exceptions_names_real_cases() -> None:
    names = {path.stem for path in CASES}
    assert {key.partition(":")[0] for key in NOT_FOR_A_SCHEMA} <= names
    assert names >= YAML_SYNTAX


# ---------------------------------------------------------------- the schema agrees with the model

QUESTION = {"id": "q", "type": "true-false", "prompt": "P", "answer": True}
AGREEMENT = [
    ("text as a number", {"questions": [{**QUESTION, "prompt": 2015}]}, True),
    ("text as a decimal", {"questions": [{**QUESTION, "prompt": 2.5}]}, True),
    ("text of spaces", {"questions": [{**QUESTION, "prompt": "   "}]}, False),
    ("text as true", {"questions": [{**QUESTION, "prompt": True}]}, False),
    ("id as a number", {"questions": [{**QUESTION, "id": 12}]}, True),
    ("id as a negative number", {"questions": [{**QUESTION, "id": -12}]}, False),
    ("id with capitals", {"questions": [{**QUESTION, "id": "Ground-rules"}]}, False),
    ("pass mark 100", {"pass_mark": 100, "questions": [QUESTION]}, True),
    ("pass mark 101", {"pass_mark": 101, "questions": [QUESTION]}, False),
    ("no questions", {"questions": []}, False),
    ("unknown question type", {"questions": [{**QUESTION, "type": "essay"}]}, False),
    (
        "single, two correct",
        {
            "questions": [
                {
                    "id": "q",
                    "type": "single",
                    "prompt": "P",
                    "options": [{"text": "a", "correct": True}, {"text": "b", "correct": True}],
                }
            ]
        },
        False,
    ),
    (
        "multiple, one correct",
        {
            "questions": [
                {
                    "id": "q",
                    "type": "multiple",
                    "prompt": "P",
                    "options": [{"text": "a", "correct": True}, {"text": "b"}],
                }
            ]
        },
        True,
    ),
    ("order, repeated item", {"questions": [{"id": "q", "type": "order", "prompt": "P", "items": ["a", "a"]}]}, False),
]


@pytest.mark.parametrize(("name", "quiz", "valid"), AGREEMENT, ids=[name for name, _q, _v in AGREEMENT])
def test_quiz_schema_agrees_with_the_model(name: str, quiz: dict[str, Any], valid: bool) -> None:
    data = {"module": "m", **quiz}
    model_ok = True
    try:
        Quiz.model_validate(data)
    except ValueError:
        model_ok = False
    schema_ok = _validator(SCHEMA_FILES[0]).is_valid(data)
    assert (model_ok, schema_ok) == (valid, valid)


NODE_CASES = [
    ({"text": "t", "ending": "good"}, True),
    ({"text": "t", "choices": [{"text": "c", "next": "n"}]}, True),
    ({"text": "t", "choices": [{"text": "c", "next": "n"}], "ending": "good"}, False),
    ({"text": "t"}, False),
    ({"text": "t", "ending": None, "choices": [{"text": "c", "next": "n"}]}, True),
    ({"text": "t", "ending": "great"}, False),
]


@pytest.mark.parametrize(("node", "valid"), NODE_CASES)
def test_scenario_schema_agrees_with_the_model_on_choices_or_ending(node: dict[str, Any], valid: bool) -> None:
    data = {"id": "s", "module": "m", "title": "T", "start": "a", "nodes": {"a": node}}
    model_ok = True
    try:
        Scenario.model_validate(data)
    except ValueError:
        model_ok = False
    assert (model_ok, _validator(SCHEMA_FILES[1]).is_valid(data)) == (valid, valid)


def test_worksheet_schema_flags_an_unknown_key() -> None:
    data = {"id": "w", "module": "m", "title": "T", "questions": [{"id": "a", "prompt": "P", "hnit": "x"}]}
    with pytest.raises(ValueError, match="hnit"):
        Worksheet.model_validate(data)
    assert not _validator(SCHEMA_FILES[2]).is_valid(data)
