"""The validators a build uses (course/shipped.py): current, installed, making the plain twins (course/model.py)
exactly as pydantic's own validators make the definitions (course/definitions.py), and no pydantic in a build."""

from __future__ import annotations

import copy
import json
import pickle
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pydantic_core
import pytest
import yaml

from generator._internal.course import definitions, model, shipped

REPO = Path(__file__).resolve().parents[2]


def test_the_shipped_validators_are_built_from_todays_models() -> None:
    head = shipped.SHIPPED.read_bytes().partition(b"\n")[0].decode("ascii")
    if not head.startswith(shipped.versions() + ", "):
        pytest.skip(f"models.pickle was built with other versions ({head}); this is {shipped.versions()}")
    assert head == shipped.stamp().decode("ascii"), "the models changed: run `make templates` and commit it"
    assert shipped.read() is not None


def test_every_model_gets_its_shipped_validator_and_serializer() -> None:
    read = shipped.read()
    if read is None:
        pytest.skip("models.pickle is out of date (the test above says why)")
    assert set(read) == set(model.MODELS) and len(model.MODELS) >= 15
    assert shipped.install(model.MODELS)
    for name, (validator, serializer) in read.items():
        cls = model.MODELS[name]
        assert isinstance(cls.__pydantic_validator__, pydantic_core.SchemaValidator)
        assert isinstance(cls.__pydantic_serializer__, pydantic_core.SchemaSerializer)
        assert type(cls.__pydantic_validator__) is type(validator)
        assert type(cls.__pydantic_serializer__) is type(serializer)


def test_each_twin_has_its_definitions_fields_and_names() -> None:
    """The twins are written by hand for the type checker: the definitions are the truth."""
    assert set(model.MODELS) == set(definitions.MODELS) - {"StrictModel"}
    for name, twin in model.MODELS.items():
        assert list(twin.model_fields) == list(definitions.MODELS[name].model_fields), name
        assert twin.__doc__ == definitions.MODELS[name].__doc__, name
    assert model.QUESTION_TYPES == definitions.QUESTION_TYPES
    assert [twin.__name__ for twin in model.QUESTION_MODELS] == [d.__name__ for d in definitions.QUESTION_MODELS]
    assert frozenset(model.ModuleMeta.model_fields) | model.MATERIAL_PAGE_KEYS == model.MODULE_KEYS


def test_a_stale_or_broken_file_means_building_as_before(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    good = shipped.SHIPPED.read_bytes()
    head, _, payload = good.partition(b"\n")
    for content in (None, b"", b"pydantic 0.0, sources 0\n" + payload, head + b"\nnot a pickle", head + b"\n"):
        target = tmp_path / "models.pickle"
        target.unlink(missing_ok=True)
        if content is not None:
            target.write_bytes(content)
        monkeypatch.setattr(shipped, "SHIPPED", target)
        assert shipped.read() is None
        assert not shipped.install(model.MODELS)
    other = tmp_path / "other.pickle"
    other.write_bytes(head + b"\n" + pickle.dumps({"Quiz": (None, None)}))
    monkeypatch.setattr(shipped, "SHIPPED", other)
    assert not shipped.install(model.MODELS), "a file for other models is not used"


def _documents() -> Iterator[tuple[str, Any, Any]]:
    """(file, model, data) for every quiz, scenario, worksheet and module front matter of the course and fixtures
    (translations too: refused as they stand, they are overlaid on the English before validating)."""
    for quizzes in [REPO / "quizzes", *sorted((REPO / "tests" / "fixtures").glob("**/quizzes"))]:
        for path in sorted(quizzes.rglob("*.yml")):
            kind = {"scenarios": model.Scenario, "worksheets": model.Worksheet}.get(path.parent.name, model.Quiz)
            yield str(path.relative_to(REPO)), kind, yaml.safe_load(path.read_text(encoding="utf-8"))
    kinds = {"quiz": model.Quiz, "scenario": model.Scenario, "worksheet": model.Worksheet}
    for path in sorted((REPO / "tests" / "fixtures" / "render").glob("*.yml")):
        fixture = yaml.safe_load(path.read_text(encoding="utf-8"))
        if fixture.get("kind") in kinds:
            yield str(path.relative_to(REPO)), kinds[fixture["kind"]], fixture["input"]
    for page in sorted((REPO / "course").glob("[0-9]*.md")):
        front = page.read_text(encoding="utf-8").split("---\n")[1]
        yield str(page.relative_to(REPO)), model.ModuleMeta, yaml.safe_load(front)


def _variants(data: Any) -> Iterator[Any]:
    """The data as written, then with one mistake each: a typo'd key, a key missing, a wrong type, an empty list."""
    yield data
    if not isinstance(data, dict) or not data:
        return
    first = next(iter(data))
    yield {**data, "corect": True}
    yield {key: value for key, value in data.items() if key != first}
    yield {**data, first: None}
    yield {**data, first: 2015}
    for key, value in data.items():
        if isinstance(value, list) and value:
            yield {**data, key: []}
            inner = copy.deepcopy(value)
            if isinstance(inner[0], dict) and inner[0]:
                inner[0] = {**inner[0], next(iter(inner[0])): ["a list"], "feedbak": "x"}
                yield {**data, key: inner}


def _outcome(validator: Any, serializer: Any, data: Any) -> str:
    try:
        result = validator.validate_python(data)
    except pydantic_core.ValidationError as error:
        return "error " + json.dumps(error.errors(include_url=False), default=repr, sort_keys=True)
    return f"{type(result).__name__} " + json.dumps(serializer.to_python(result, mode="json"), sort_keys=True)


def test_the_shipped_validators_validate_and_refuse_as_pydantic_builds_them() -> None:
    read = shipped.read()
    if read is None:
        pytest.skip("models.pickle is out of date")
    documents = list(_documents())
    assert len(documents) > 30 and {kind for _, kind, _ in documents} >= {model.Quiz, model.Scenario, model.Worksheet}
    try:
        fresh = shipped.built(model.MODELS)
        compared = refused = 0
        for file, kind, data in documents:
            name = kind.__name__
            pydantics = definitions.MODELS[name]
            for variant in _variants(data):
                mine = _outcome(*read[name], variant)
                assert mine == _outcome(*fresh[name], variant), file
                assert mine == _outcome(pydantics.__pydantic_validator__, pydantics.__pydantic_serializer__, variant), (
                    file
                )
                compared += 1
                refused += mine.startswith("error ")
        assert refused > compared // 2 > 100, "most variants hold a mistake"
    finally:
        shipped.install(model.MODELS)


def test_the_twins_compare_hash_dump_and_stay_frozen_as_the_definitions_do() -> None:
    data = yaml.safe_load((REPO / "quizzes" / "01-what-is-coproduction.yml").read_text(encoding="utf-8"))
    quiz, again = model.Quiz.model_validate(data), model.Quiz(**data)
    pydantics = definitions.Quiz.model_validate(data)
    assert quiz == again and quiz is not again and quiz != pydantics
    assert quiz.model_dump(mode="json") == pydantics.model_dump(mode="json")
    assert quiz.model_dump_json() == pydantics.model_dump_json()
    assert repr(quiz.questions[0].options[0]) == repr(pydantics.questions[0].options[0])
    option = quiz.questions[0].options[0]
    assert hash(option) == hash(model.Option.model_validate(option.model_dump()))
    with pytest.raises(AttributeError, match="frozen"):
        quiz.module = "other"  # type: ignore[misc]
    meta = model.ModuleMeta.model_validate({"title": "T", "icon": "material/star"})
    assert meta.model_extra == {"icon": "material/star"} and meta.objectives == [] and meta.minutes is None
    assert (
        meta.model_dump() == definitions.ModuleMeta.model_validate({"title": "T", "icon": "material/star"}).model_dump()
    )


def test_a_build_with_the_shipped_file_never_imports_pydantic() -> None:
    code = """if True:
        import sys
        from generator._internal.course import model
        from generator._internal.course.loader import read_course_with_sources
        from generator._internal.course.paths import CoursePaths
        from pathlib import Path
        loaded = read_course_with_sources(CoursePaths.under(Path(".")))
        assert loaded.problems == [] and loaded.course.modules[0].quiz is not None
        loaded.course.modules[0].quiz.model_dump(mode="json")
        print(sorted(name for name in sys.modules if name.split(".")[0] == "pydantic"))
        """
    if shipped.read() is None:
        pytest.skip("models.pickle is out of date")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    assert result.stdout.strip() == "[]"


def test_without_a_shipped_file_the_validators_are_built_as_a_build_starts() -> None:
    """A fresh process whose shipped file is missing (a pydantic upgrade makes it stale alike) validates as before."""
    code = """if True:
        import sys
        from pathlib import Path
        from generator._internal.course import shipped
        shipped.SHIPPED = Path("/nonexistent/models.pickle")
        from generator._internal.course import model
        from pydantic_core import ValidationError
        assert "pydantic.main" in sys.modules
        quiz = model.Quiz.model_validate(
            {"module": "intro", "questions": [{"id": "a", "type": "true-false", "prompt": 2015, "answer": True}]}
        )
        assert quiz.questions[0].prompt == "2015" and type(quiz) is model.Quiz
        try:
            model.Quiz.model_validate({"module": "intro", "questions": [], "corect": 1})
        except ValidationError as error:
            print(sorted(detail["type"] for detail in error.errors()))
        """
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    assert result.stdout.strip() == "['extra_forbidden', 'too_short']"
