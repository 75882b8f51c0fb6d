"""The rules of the file formats that span several fields, and how texts are read: shared by the
definitions (course/definitions.py, which run them as pydantic model validators) and the plain
twins a build works with (course/model.py). A module of its own, importing neither, so that the
validators built ahead (course/shipped.py) name these functions without importing pydantic.
"""

from __future__ import annotations

from typing import Any

from pydantic_core import PydanticCustomError

DEFAULT_PASS_MARK = 80


def scalar_as_text(value: Any) -> Any:
    """Accept `text: 2015` as the text "2015" (trainers should not need quotes); trim spaces."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return value.strip() if isinstance(value, str) else value


def rule_error(message: str, fix: str, field: str | int | tuple[str | int, ...] = ()) -> PydanticCustomError:
    """A cross-field rule broken; `field` (relative to the model) locates the line."""
    at = field if isinstance(field, tuple) else (field,)
    return PydanticCustomError("course_rule", message, {"fix": fix, "at": at})


def one_correct(question: Any) -> Any:
    """A `single` question has exactly one right option."""
    count = sum(option.correct for option in question.options)
    if count != 1:
        raise rule_error(
            f"a `single` question needs exactly one option with `correct: true`; it has {count}.",
            "Mark the one right option with `correct: true`, or use `type: multiple` if several options are right.",
            "options",
        )
    return question


def some_correct(question: Any) -> Any:
    """A `multiple` question has at least one right option."""
    if not any(option.correct for option in question.options):
        raise rule_error(
            "a `multiple` question needs at least one option with `correct: true`; it has none.",
            "Add `correct: true` to every right option.",
            "options",
        )
    return question


def distinct_items(question: Any) -> Any:
    """An `order` question's items differ, so each has one place."""
    for index, item in enumerate(question.items):
        if item in question.items[:index]:
            raise rule_error(
                f'the item "{item}" appears twice, so its place is ambiguous.',
                "Make every item's text different.",
                ("items", index),
            )
    return question


def distinct_sides(question: Any) -> Any:
    """A `match` question's left-hand texts differ, and so do its right-hand ones."""
    for side in ("left", "right"):
        seen: list[str] = []
        for index, pair in enumerate(question.pairs):
            text = getattr(pair, side)
            if text in seen:
                raise rule_error(
                    f'the {side}-hand text "{text}" is used in two pairs, so the match is ambiguous.',
                    f"Give every pair a different {side}-hand text.",
                    ("pairs", index, side),
                )
            seen.append(text)
    return question


def choices_or_ending(node: Any) -> Any:
    """A scenario node offers choices or is an ending, never both, never neither."""
    if node.choices and node.ending:
        raise rule_error(
            "this node has both `choices` and `ending`; an ending has no choices.",
            "Remove `ending:` to let the story go on, or remove `choices:` to end it here.",
            "ending",
        )
    if not node.choices and not node.ending:
        raise rule_error(
            "this node has neither `choices` nor `ending`, so the learner would be stuck.",
            "Add `choices:` (what the learner can do next) or `ending: good`, `mixed` or `poor`.",
        )
    return node
