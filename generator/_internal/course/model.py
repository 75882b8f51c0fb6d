"""The typed, frozen model of a course: what a build works with, without importing pydantic.

The file formats are written as pydantic models in course/definitions.py: the one source of
truth, from which editors get JSON Schema and trainers get their messages. A build does not need
pydantic itself: pydantic-core's validator, built from those definitions with each model's class
swapped for its plain twin below, checks a file and makes these objects directly (course/shipped.py
ships it built). Importing pydantic with the models was about 340 M instructions of every first
build; pydantic-core alone is 78 M. A test holds each twin's fields to its definition's.

The rules that span several fields (exactly one correct option, unique match sides) are in
course/rules.py, which the definitions run.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any, ClassVar, Literal, Self

from . import shipped


class Record:
    """A validated, frozen value of a course file, made by pydantic-core's validator (course/shipped.py).

    The few things the generator asks of a model: `model_validate`, `model_dump`, `model_dump_json`,
    its fields' names (`model_fields`), equality by value, and no changes once made.
    """

    __slots__ = ("__dict__", "__pydantic_extra__", "__pydantic_fields_set__", "__pydantic_private__")
    __pydantic_validator__: ClassVar[Any]
    __pydantic_serializer__: ClassVar[Any]
    model_fields: ClassVar[dict[str, None]] = {}
    """The field names, in the definition's order (the values say nothing)."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        names = [name for name in vars(cls).get("__annotations__", {}) if not name.startswith("_")]
        cls.model_fields = {**cls.model_fields, **dict.fromkeys(names)}

    def __init__(self, /, **data: Any) -> None:
        type(self).__pydantic_validator__.validate_python(data, self_instance=self)

    @classmethod
    def model_validate(cls, data: Any) -> Self:
        """`data` checked and made into this model; pydantic-core's ValidationError if it does not fit."""
        made: Self = cls.__pydantic_validator__.validate_python(data)
        return made

    def model_dump(self, *, mode: str = "python") -> dict[str, Any]:
        """The model as plain data, as pydantic dumps it (content hashes come from this)."""
        dumped: dict[str, Any] = type(self).__pydantic_serializer__.to_python(self, mode=mode)
        return dumped

    def model_dump_json(self) -> str:
        """The model as JSON, as pydantic writes it."""
        return str(type(self).__pydantic_serializer__.to_json(self).decode("utf-8"))

    @property
    def model_extra(self) -> dict[str, Any] | None:
        """Keys kept beyond the fields (a module's Material page keys), or None where none are allowed."""
        extra: dict[str, Any] | None = getattr(self, "__pydantic_extra__", None)
        return extra

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen: {name} cannot change")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen: {name} cannot be deleted")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self) or not isinstance(other, Record):
            return NotImplemented
        return self.__dict__ == other.__dict__ and self.model_extra == other.model_extra

    def __hash__(self) -> int:
        return hash((type(self), *self.__dict__.values()))

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={value!r}" for name, value in self.__dict__.items())
        return f"{type(self).__name__}({fields})"


# ---------------------------------------------------------------- quizzes


class Option(Record):
    """One answer of a `single` or `multiple` question."""

    text: str
    correct: bool
    feedback: str | None


class _Question(Record):
    id: str
    prompt: str
    explanation: str | None


class SingleQuestion(_Question):
    """Exactly one correct option, chosen with radio buttons."""

    type: Literal["single"]
    options: list[Option]
    shuffle: bool


class MultipleQuestion(_Question):
    """One or more correct options, chosen with checkboxes; scored all-or-nothing."""

    type: Literal["multiple"]
    options: list[Option]
    shuffle: bool


class TrueFalseQuestion(_Question):
    """A statement the learner marks True or False."""

    type: Literal["true-false"]
    answer: bool


class OrderQuestion(_Question):
    """Items to put in order; written in the correct order, shown shuffled."""

    type: Literal["order"]
    items: list[str]


class Pair(Record):
    """A left-hand item and the right-hand text that matches it."""

    left: str
    right: str


class MatchQuestion(_Question):
    """Each left-hand item is matched with one right-hand text."""

    type: Literal["match"]
    pairs: list[Pair]


AnyQuestion = SingleQuestion | MultipleQuestion | TrueFalseQuestion | OrderQuestion | MatchQuestion
"""Every kind of question: adding one here adds it everywhere (types, messages, schema, templates)."""
Question = AnyQuestion
QUESTION_MODELS: tuple[type[AnyQuestion], ...] = (
    SingleQuestion,
    MultipleQuestion,
    TrueFalseQuestion,
    OrderQuestion,
    MatchQuestion,
)
QUESTION_TYPES: tuple[str, ...] = ("single", "multiple", "true-false", "order", "match")
"""The `type:` of each kind of question, in the order above (a test holds it to the definitions)."""


class Quiz(Record):
    """A module's quiz: `quizzes/NN-slug.yml`."""

    module: str
    title: str | None
    pass_mark: int
    shuffle: bool
    questions: list[Question]


# ---------------------------------------------------------------- scenarios


class Choice(Record):
    """What the learner may do at a scenario node."""

    text: str
    next: str
    points: int
    feedback: str | None


Ending = Literal["good", "mixed", "poor"]


class ScenarioNode(Record):
    """A situation: it offers choices, or it is an ending."""

    text: str
    choices: list[Choice] | None
    ending: Ending | None


class Scenario(Record):
    """A branching scenario: `quizzes/scenarios/<id>.yml`."""

    id: str
    module: str
    title: str
    start: str
    nodes: dict[str, ScenarioNode]


# ---------------------------------------------------------------- worksheets


class WorksheetQuestion(Record):
    """A question the learner answers in their own words, kept in the browser."""

    id: str
    prompt: str
    hint: str | None


class Worksheet(Record):
    """A planning worksheet: `quizzes/worksheets/<id>.yml`."""

    id: str
    module: str
    title: str
    intro: str | None
    questions: list[WorksheetQuestion]


# ---------------------------------------------------------------- modules

MATERIAL_PAGE_KEYS = frozenset(
    {"description", "hide", "icon", "search", "status", "subtitle", "tags", "template", "comments"}
)


class ModuleMeta(Record):
    """A module's front matter. Material's own page keys pass through untouched."""

    title: str
    objectives: list[str]
    minutes: int | None
    reading_ease: int | None
    steps: bool | None


MODULE_KEYS = frozenset(ModuleMeta.model_fields) | MATERIAL_PAGE_KEYS


@dataclass(frozen=True)
class Module:
    """A module page: `course/NN-slug.md`."""

    slug: str
    number: int
    source: str
    """Path relative to the docs dir, e.g. `01-what-is-coproduction.md`."""
    meta: ModuleMeta
    quiz: Quiz | None = None
    scenarios: tuple[Scenario, ...] = ()
    worksheets: tuple[Worksheet, ...] = ()

    @property
    def url(self) -> str:
        """The module's directory URL from the site root (DESIGN.md)."""
        return self.source.removesuffix(".md") + "/"


@dataclass(frozen=True)
class Course:
    """Everything the generator knows about a course, validated."""

    modules: tuple[Module, ...]

    def module(self, slug: str) -> Module | None:
        """The module with this slug, if any."""
        return next((module for module in self.modules if module.slug == slug), None)

    def module_for_source(self, source: str) -> Module | None:
        """The module whose page file is `source` (relative to the docs dir)."""
        return self._by_source.get(source)

    @cached_property
    def _by_source(self) -> dict[str, Module]:
        # Looked up once per page: a dict keeps large courses linear.
        return {module.source: module for module in self.modules}


MODELS: dict[str, type[Record]] = {
    name: value
    for name, value in list(globals().items())
    if isinstance(value, type) and issubclass(value, Record) and value is not Record
}
"""Every model of the file formats, by name (a twin of each definition in course/definitions.py)."""
shipped.install(MODELS)
