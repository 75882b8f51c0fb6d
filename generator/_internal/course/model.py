"""The typed, frozen model of a course, and the schema of every file a trainer writes.

The pydantic models are the one source of truth for the file formats: the
loader validates with them, and editors get JSON Schema from them. Rules that
span several fields (exactly one correct option, unique match sides) are model
validators raising `rule_error`, whose `field` tells the loader which line to
name.
"""

from __future__ import annotations

import typing
from dataclasses import dataclass
from functools import cached_property
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)
from pydantic_core import PydanticCustomError

from . import shipped
from .slugs import SLUG_PATTERN

DEFAULT_PASS_MARK = 80


def _scalar_as_text(value: Any) -> Any:
    """Accept `text: 2015` as the text "2015" (trainers should not need quotes); trim spaces."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return value.strip() if isinstance(value, str) else value


# The constraint before the validator: pydantic then checks the string itself (the validator still runs
# first) and its validators can be pickled, so they can be built ahead (course/shipped.py).
Text = Annotated[
    str,
    StringConstraints(min_length=1),
    BeforeValidator(_scalar_as_text),
    Field(description="Text; Markdown allowed (raw HTML is shown as text)."),
]
Slug = Annotated[
    str,
    StringConstraints(pattern=SLUG_PATTERN),
    BeforeValidator(_scalar_as_text),
    Field(description="A short stable name: lowercase letters, digits and dashes."),
]


def rule_error(message: str, fix: str, field: str | int | tuple[str | int, ...] = ()) -> PydanticCustomError:
    """A cross-field rule broken; `field` (relative to the model) locates the line."""
    at = field if isinstance(field, tuple) else (field,)
    return PydanticCustomError("course_rule", message, {"fix": fix, "at": at})


class StrictModel(BaseModel):
    """Unknown keys are mistakes (a typo like `corect:`), and models never change.

    Validators are built on first use, or read from those built ahead (course/shipped.py)."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


# ---------------------------------------------------------------- quizzes


class Option(StrictModel):
    """One answer of a `single` or `multiple` question."""

    text: Text
    correct: bool = False
    feedback: Text | None = Field(None, description="Why this option is right or wrong.")


class _Question(StrictModel):
    id: Slug = Field(description="Unique within the quiz; keeps the learner's progress stable.")
    prompt: Text
    explanation: Text | None = Field(None, description="Shown once the question is answered.")


SHUFFLE_DESCRIPTION = (
    "Show the options mixed up, in an order of their own for each learner (default true). "
    "false keeps the file's order, for options such as 'All of the above'."
)


def _shuffle_field(description: str) -> Any:
    """`shuffle:` changes only how options are shown, never what they mean (answers are saved per
    option, not per place), so it stays out of content hashes (`exclude`): turning it on or off
    keeps every learner's saved answers."""
    return Field(True, description=description, exclude=True)


class SingleQuestion(_Question):
    """Exactly one correct option, chosen with radio buttons."""

    type: Literal["single"]
    options: list[Option] = Field(min_length=2)
    shuffle: bool = _shuffle_field(SHUFFLE_DESCRIPTION)

    @model_validator(mode="after")
    def _one_correct(self) -> SingleQuestion:
        count = sum(option.correct for option in self.options)
        if count != 1:
            raise rule_error(
                f"a `single` question needs exactly one option with `correct: true`; it has {count}.",
                "Mark the one right option with `correct: true`, or use `type: multiple` if several options are right.",
                "options",
            )
        return self


class MultipleQuestion(_Question):
    """One or more correct options, chosen with checkboxes; scored all-or-nothing."""

    type: Literal["multiple"]
    options: list[Option] = Field(min_length=2)
    shuffle: bool = _shuffle_field(SHUFFLE_DESCRIPTION)

    @model_validator(mode="after")
    def _some_correct(self) -> MultipleQuestion:
        if not any(option.correct for option in self.options):
            raise rule_error(
                "a `multiple` question needs at least one option with `correct: true`; it has none.",
                "Add `correct: true` to every right option.",
                "options",
            )
        return self


class TrueFalseQuestion(_Question):
    """A statement the learner marks True or False."""

    type: Literal["true-false"]
    answer: bool = Field(description="true if the statement in the prompt is true.")


class OrderQuestion(_Question):
    """Items to put in order; written in the correct order, shown shuffled."""

    type: Literal["order"]
    items: list[Text] = Field(min_length=2, description="Listed in the correct order.")

    @model_validator(mode="after")
    def _distinct_items(self) -> OrderQuestion:
        for index, item in enumerate(self.items):
            if item in self.items[:index]:
                raise rule_error(
                    f'the item "{item}" appears twice, so its place is ambiguous.',
                    "Make every item's text different.",
                    ("items", index),
                )
        return self


class Pair(StrictModel):
    """A left-hand item and the right-hand text that matches it."""

    left: Text
    right: Text


class MatchQuestion(_Question):
    """Each left-hand item is matched with one right-hand text."""

    type: Literal["match"]
    pairs: list[Pair] = Field(min_length=2)

    @model_validator(mode="after")
    def _distinct_sides(self) -> MatchQuestion:
        for side in ("left", "right"):
            seen: list[str] = []
            for index, pair in enumerate(self.pairs):
                text = getattr(pair, side)
                if text in seen:
                    raise rule_error(
                        f'the {side}-hand text "{text}" is used in two pairs, so the match is ambiguous.',
                        f"Give every pair a different {side}-hand text.",
                        ("pairs", index, side),
                    )
                seen.append(text)
        return self


AnyQuestion = SingleQuestion | MultipleQuestion | TrueFalseQuestion | OrderQuestion | MatchQuestion
"""Every kind of question: adding one here adds it everywhere (types, messages, schema, templates)."""
Question = Annotated[AnyQuestion, Field(discriminator="type")]
QUESTION_MODELS: tuple[type[AnyQuestion], ...] = typing.get_args(AnyQuestion)
QUESTION_TYPES: tuple[str, ...] = tuple(
    typing.get_args(model.model_fields["type"].annotation)[0] for model in QUESTION_MODELS
)
"""The `type:` of each kind of question, in the order above ("single", "multiple", ...)."""


class Quiz(StrictModel):
    """A module's quiz: `quizzes/NN-slug.yml`."""

    module: Slug = Field(description="The slug of the module this quiz ends (its file name without NN- and .md).")
    title: Text | None = None
    pass_mark: int = Field(DEFAULT_PASS_MARK, ge=0, le=100, description="Percent needed to pass.")
    shuffle: bool = _shuffle_field(
        "Show the options of `single` and `multiple` questions mixed up, per learner (default true); "
        "false keeps the file's order in every question of this quiz."
    )
    questions: list[Question] = Field(min_length=1)


# ---------------------------------------------------------------- scenarios


class Choice(StrictModel):
    """What the learner may do at a scenario node."""

    text: Text
    next: Slug = Field(description="The id of the node this choice leads to.")
    points: int = Field(0, ge=0, description="Whole number, 0 or more.")
    feedback: Text | None = Field(None, description="The consequence, shown on choosing.")


Ending = Literal["good", "mixed", "poor"]


class ScenarioNode(StrictModel):
    """A situation: it offers choices, or it is an ending."""

    text: Text
    choices: list[Choice] | None = Field(None, min_length=1)
    ending: Ending | None = None

    @model_validator(mode="after")
    def _choices_or_ending(self) -> ScenarioNode:
        if self.choices and self.ending:
            raise rule_error(
                "this node has both `choices` and `ending`; an ending has no choices.",
                "Remove `ending:` to let the story go on, or remove `choices:` to end it here.",
                "ending",
            )
        if not self.choices and not self.ending:
            raise rule_error(
                "this node has neither `choices` nor `ending`, so the learner would be stuck.",
                "Add `choices:` (what the learner can do next) or `ending: good`, `mixed` or `poor`.",
            )
        return self


class Scenario(StrictModel):
    """A branching scenario: `quizzes/scenarios/<id>.yml`."""

    id: Slug
    module: Slug
    title: Text
    start: Slug = Field(description="The id of the first node.")
    nodes: dict[Slug, ScenarioNode] = Field(min_length=1)


# ---------------------------------------------------------------- worksheets


class WorksheetQuestion(StrictModel):
    """A question the learner answers in their own words, kept in the browser."""

    id: Slug
    prompt: Text
    hint: Text | None = None


class Worksheet(StrictModel):
    """A planning worksheet: `quizzes/worksheets/<id>.yml`."""

    id: Slug
    module: Slug
    title: Text
    intro: Text | None = None
    questions: list[WorksheetQuestion] = Field(min_length=1)


# ---------------------------------------------------------------- modules

MATERIAL_PAGE_KEYS = frozenset(
    {"description", "hide", "icon", "search", "status", "subtitle", "tags", "template", "comments"}
)


class ModuleMeta(BaseModel):
    """A module's front matter. Material's own page keys pass through untouched."""

    model_config = ConfigDict(extra="allow", frozen=True, defer_build=True)

    title: Text
    objectives: list[Text] = Field(default_factory=list, description="What the learner will be able to do.")
    minutes: int | None = Field(None, gt=0, description="Estimated minutes to complete.")
    reading_ease: int | None = Field(
        None,
        ge=0,
        le=100,
        description="The lowest Flesch reading ease `course check` accepts for this page before it notes it "
        "(the course's level otherwise; 0 turns the check off for this page).",
    )
    steps: bool | None = Field(
        None,
        description="false shows the module all at once; true one `##` section at a time (the default, "
        "unless the site's `steps` option is false).",
    )


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


MODELS: dict[str, type[BaseModel]] = {
    name: value
    for name, value in list(globals().items())
    if isinstance(value, type) and issubclass(value, BaseModel) and value.__module__ == __name__
}
"""Every model of the file formats, by name: the ones whose validators `make templates` builds ahead."""
shipped.install(MODELS)
