"""The schema of every file a trainer writes, as pydantic models: the one source of truth for the formats.

Editors get JSON Schema from them, trainers' mistakes are explained from them, and pydantic builds
from them the validator a build uses (course/shipped.py), with each model's class swapped for its
plain twin in course/model.py: a build never imports this module unless the shipped validator is
stale. The rules that span several fields are the twins' methods, run here as model validators.
"""

from __future__ import annotations

import typing
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

from . import rules
from .rules import DEFAULT_PASS_MARK
from .rules import scalar_as_text as _scalar_as_text
from .slugs import SLUG_PATTERN

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

    _one_correct = model_validator(mode="after")(rules.one_correct)


class MultipleQuestion(_Question):
    """One or more correct options, chosen with checkboxes; scored all-or-nothing."""

    type: Literal["multiple"]
    options: list[Option] = Field(min_length=2)
    shuffle: bool = _shuffle_field(SHUFFLE_DESCRIPTION)

    _some_correct = model_validator(mode="after")(rules.some_correct)


class TrueFalseQuestion(_Question):
    """A statement the learner marks True or False."""

    type: Literal["true-false"]
    answer: bool = Field(description="true if the statement in the prompt is true.")


class OrderQuestion(_Question):
    """Items to put in order; written in the correct order, shown shuffled."""

    type: Literal["order"]
    items: list[Text] = Field(min_length=2, description="Listed in the correct order.")

    _distinct_items = model_validator(mode="after")(rules.distinct_items)


class Pair(StrictModel):
    """A left-hand item and the right-hand text that matches it."""

    left: Text
    right: Text


class MatchQuestion(_Question):
    """Each left-hand item is matched with one right-hand text."""

    type: Literal["match"]
    pairs: list[Pair] = Field(min_length=2)

    _distinct_sides = model_validator(mode="after")(rules.distinct_sides)


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

    _choices_or_ending = model_validator(mode="after")(rules.choices_or_ending)


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


MODELS: dict[str, type[BaseModel]] = {
    name: value
    for name, value in list(globals().items())
    if isinstance(value, type) and issubclass(value, BaseModel) and value.__module__ == __name__
}
"""Every definition, by name: each has a twin of the same name in course/model.py."""
