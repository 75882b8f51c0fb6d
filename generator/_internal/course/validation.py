"""Validate YAML data against the models, turning pydantic's errors into Problems.

Pydantic finds the mistakes; this module says them the way a trainer needs:
the line (from the YAML positions), where in the file in words, what is wrong
and the fix, with "did you mean" for unknown keys and question types.
"""

from __future__ import annotations

import types
import typing
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic_core import ErrorDetails, ValidationError

from .model import QUESTION_TYPES, Record
from .problems import Problem, did_you_mean
from .yaml_lines import CURLY_QUOTES, PathKey, YamlDocument, describe_pasted, visible

if TYPE_CHECKING:
    from pydantic import BaseModel

ModelT = TypeVar("ModelT", bound=Record)

_SINGULAR = {
    "questions": "question",
    "options": "option",
    "pairs": "pair",
    "items": "item",
    "choices": "choice",
    "objectives": "objective",
}


def validate(model: type[ModelT], doc: YamlDocument, file: str) -> tuple[ModelT | None, list[Problem]]:
    """Validate `doc.data` as `model`; every error becomes a located Problem."""
    try:
        return model.model_validate(doc.data), []
    except ValidationError as error:
        # The mistakes are explained from the file format's definition: pydantic is imported only now.
        from .definitions import MODELS  # noqa: PLC0415

        definition = MODELS[model.__name__]
        details = _without_missing_typos(error.errors())
        return None, [_problem(definition, detail, doc, file) for detail in details]


def _without_missing_typos(details: list[ErrorDetails]) -> list[ErrorDetails]:
    """`promt:` gives "unknown key promt" and "prompt is missing": say only the first, it names the fix."""
    extras = {(tuple(d["loc"][:-1]), str(d["loc"][-1])) for d in details if d["type"] == "extra_forbidden"}

    def typo_of(detail: ErrorDetails) -> bool:
        parent, name = tuple(detail["loc"][:-1]), str(detail["loc"][-1])
        return any(place == parent and did_you_mean(key, [name]) for place, key in extras)

    return [detail for detail in details if not (detail["type"] == "missing" and typo_of(detail))]


def _problem(model: type[BaseModel], detail: ErrorDetails, doc: YamlDocument, file: str) -> Problem:
    loc = tuple(detail["loc"])
    ctx = detail.get("ctx") or {}
    if detail["type"] == "course_rule":
        loc = loc + tuple(ctx.get("at", ()))
    path, model_loc = _data_path(doc.data, loc)
    # The message names the key itself, so the place stops at its parent.
    where = describe(path[:-1] if path and isinstance(path[-1], str) else path, doc.data)
    message, fix = _explain(model, detail, model_loc, ctx)
    return Problem(file, doc.line_of(path), message, fix, where)


def _data_path(data: Any, loc: tuple[int | str, ...]) -> tuple[PathKey, tuple[int | str, ...]]:
    """Map pydantic's `loc` onto the data: drop union tags, keep real keys.

    Returns the path in the data (which may end in a key that is missing) and
    the loc with union tags kept, for finding the model at that place.
    """
    path: list[str | int] = []
    current = data
    for part in loc:
        if _has(current, part):
            path.append(part)
            current = current[part]
        elif isinstance(current, dict) and current.get("type") == part:
            continue  # the tag pydantic adds for a discriminated union
        else:
            path.append(part)  # a missing key: name it, but the line stays the parent's
            current = None
    return tuple(path), loc


def describe(path: PathKey, data: Any) -> str:
    """'question 2 "ladder-order" > items', for a path in the data."""
    parts: list[str] = []
    current = data
    parent_key: str | int | None = None
    for part in path:
        child = current[part] if _has(current, part) else None
        if isinstance(part, int):
            noun = _SINGULAR.get(str(parent_key), "item")
            ident = child.get("id") if isinstance(child, dict) else None
            label = f"{noun} {part + 1}"
            parts[-1:] = [f'{label} "{ident}"' if isinstance(ident, str) else label]
        elif parent_key == "nodes":
            parts[-1:] = [f'node "{part}"']
        else:
            parts.append(str(part))
        parent_key = part
        current = child
    return " > ".join(parts)


def _has(container: Any, key: str | int) -> bool:
    if isinstance(container, dict):
        return key in container
    return isinstance(container, list) and isinstance(key, int) and 0 <= key < len(container)


def _explain(
    model: type[BaseModel], detail: ErrorDetails, loc: tuple[int | str, ...], ctx: dict[str, Any]
) -> tuple[str, str]:
    kind = detail["type"]
    name = str(loc[-1]) if loc else "this file"
    if name == "[key]":  # pydantic's place for a mapping key, e.g. a scenario node's id
        name = "id"
    value = detail.get("input")
    if kind == "course_rule":
        return detail["msg"], str(ctx.get("fix", ""))
    if kind == "missing":
        return f'"{name}" is missing.', _missing_fix(name)
    if kind == "extra_forbidden":
        allowed = _allowed_keys(model, loc)
        return (
            f'unknown key "{name}".{did_you_mean(name, allowed)}',
            f"Check the spelling. Keys allowed here: {', '.join(allowed)}." if allowed else "Remove it.",
        )
    if kind == "union_tag_invalid" and describe_pasted(str(ctx.get("tag"))):
        return (
            f'the question type "{visible(str(ctx.get("tag")))}" has {describe_pasted(str(ctx.get("tag")))} in it.',
            f"Retype it without pasting; one of: {', '.join(QUESTION_TYPES)}.",
        )
    if kind == "union_tag_invalid":
        return (
            f'unknown question type "{ctx.get("tag")}".{did_you_mean(str(ctx.get("tag")), QUESTION_TYPES)}',
            f"Use one of: {', '.join(QUESTION_TYPES)}.",
        )
    if kind == "union_tag_not_found":
        return '"type" is missing.', f"Add a line `type:` with one of: {', '.join(QUESTION_TYPES)}."
    if value is None and kind in {"string_type", "list_type", "model_type", "dict_type"}:
        return f'"{name}" is empty.', f"Write the {name} after the colon, or remove the line if it is optional."
    if kind == "string_too_short" or (kind == "too_short" and isinstance(value, str)):
        return f'"{name}" is empty.', f"Write the {name} after the colon."
    if kind == "string_type":
        return (
            f'"{name}" should be text.',
            "Write plain text after the colon; if it starts with a character such as "
            "* [ { & ! | > or contains ': ', put the whole text in quotes.",
        )
    if kind in {"string_pattern_mismatch", "literal_error"} and isinstance(value, str):
        pasted = describe_pasted(value)
        if pasted:
            return (
                f'"{visible(value)}" has {pasted} in it, so it is not a valid {name}.',
                f"Retype the {name} with ordinary keys (letters, digits and dashes), without pasting it.",
            )
        if value[:1] in CURLY_QUOTES or value[-1:] in CURLY_QUOTES:
            return (
                f"the {name} {value} is written in curly quotes (\u201c \u201d), which YAML keeps as part of it.",
                f'Remove the quotes, or type straight ones: {name}: "{value.strip(CURLY_QUOTES)}"',
            )
    if kind == "string_pattern_mismatch":
        return (
            f'"{value}" is not a valid {name}.',
            'Use lowercase letters, digits and dashes only, e.g. "ground-rules".',
        )
    if kind in {"bool_type", "bool_parsing"}:
        return f'"{name}" should be true or false, not "{value}".', f"Write `{name}: true` or `{name}: false`."
    if kind in {"int_type", "int_parsing", "int_from_float"}:
        example = _NUMBER_EXAMPLES.get(name, 2)
        return (
            f'"{name}" should be a whole number, not "{value}".',
            f"Write a number without % or decimals, e.g. {example}.",
        )
    if kind in {"greater_than_equal", "less_than_equal", "greater_than", "less_than"}:
        return f'"{name}" is {value}, which is out of range.', _range_fix(model, loc, name)
    if kind == "too_short":
        need = ctx.get("min_length", 1)
        noun = _SINGULAR.get(name, "entry")
        return (
            f'"{name}" needs at least {need} {noun}{"s" if need != 1 else ""}; it has {ctx.get("actual_length", 0)}.',
            f"Add {noun}s to the list, each on its own line starting with '- '.",
        )
    if kind == "list_type":
        return f'"{name}" should be a list.', "Write each entry on its own line starting with '- '."
    if kind in {"model_type", "model_attributes_type", "dict_type"}:
        if loc == ():
            return "the file should be a set of `key: value` lines.", "Start with `module:` and the other keys."
        return f'"{name}" should be a set of `key: value` lines.', _allowed_hint(model, loc)
    if kind == "literal_error":
        expected = str(ctx.get("expected", ""))
        choices = [part.strip(" '\"") for part in expected.replace(" or ", ", ").split(",")]
        return f'"{name}" is "{value}".{did_you_mean(str(value), choices)}', f"Use one of: {expected}."
    return f'"{name}": {detail["msg"]}.', "See the trainers' guide for this key."


_NUMBER_EXAMPLES = {"pass_mark": 80, "minutes": 10, "points": 2}

_MISSING_FIXES = {
    "answer": "Add `answer: true` or `answer: false` (is the statement in the prompt true?).",
    "type": f"Add a line `type:` with one of: {', '.join(QUESTION_TYPES)}.",
    "id": "Add a short id, e.g. `id: ground-rules`; it keeps learners' progress stable.",
    "options": "Add `options:` with each answer as `- text: ...` (mark the right ones `correct: true`).",
    "items": "Add `items:` listing the items in the correct order.",
    "pairs": "Add `pairs:` with entries like `- {left: ..., right: ...}`.",
}


def _missing_fix(name: str) -> str:
    return _MISSING_FIXES.get(name, f"Add a line `{name}: ...` here.")


def _range_fix(model: type[BaseModel], loc: tuple[int | str, ...], name: str) -> str:
    owner = _model_at(model, loc)
    field = owner.model_fields.get(name) if owner else None
    bounds: dict[str, Any] = {}
    for item in field.metadata if field else ():
        for bound in ("ge", "le", "gt", "lt"):
            if getattr(item, bound, None) is not None:
                bounds[bound] = getattr(item, bound)
    if "ge" in bounds and "le" in bounds:
        return f"Use a number from {bounds['ge']} to {bounds['le']}."
    if "ge" in bounds:
        return f"Use a whole number of {bounds['ge']} or more."
    if "gt" in bounds:
        return f"Use a whole number greater than {bounds['gt']}."
    return "Use a number in the allowed range."


def _allowed_keys(model: type[BaseModel], loc: tuple[int | str, ...]) -> list[str]:
    owner = _model_at(model, loc)
    if owner is None:
        return []
    return [field.alias or name for name, field in owner.model_fields.items()]


def _allowed_hint(model: type[BaseModel], loc: tuple[int | str, ...]) -> str:
    owner = _model_at(model, (*loc, "?"))
    if owner is None:
        return "Write the entries on indented lines below it."
    return f"Write it as indented `key: value` lines; keys: {', '.join(owner.model_fields)}."


def _model_at(model: type[BaseModel], loc: tuple[int | str, ...]) -> type[BaseModel] | None:
    """The model class that owns the last element of `loc`."""
    current: Any = model
    for part in loc[:-1]:
        current = _descend(current, part)
        if current is None:
            return None
    return _only_model(current)


def _members(annotation: Any) -> list[Any]:
    """Flatten Annotated and unions into their member types."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _members(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        return [member for arg in typing.get_args(annotation) for member in _members(arg)]
    return [annotation]


def _only_model(annotation: Any) -> type[BaseModel] | None:
    from pydantic import BaseModel  # noqa: PLC0415 - explaining a mistake (see validate)

    models = [m for m in _members(annotation) if isinstance(m, type) and issubclass(m, BaseModel)]
    return models[0] if len(models) == 1 else None


def _descend(annotation: Any, part: int | str) -> Any:
    from pydantic import BaseModel  # noqa: PLC0415 - explaining a mistake (see validate)

    for member in _members(annotation):
        origin = typing.get_origin(member)
        if isinstance(part, int) and origin is list:
            return typing.get_args(member)[0]
        if origin is dict and isinstance(part, str):
            return typing.get_args(member)[1]
        if isinstance(member, type) and issubclass(member, BaseModel):
            if part in member.model_fields:
                return member.model_fields[part].annotation
            tag = member.model_fields.get("type")
            if tag is not None and part in typing.get_args(tag.annotation):
                return member
    return None
