"""The validators a build uses, built ahead: pydantic-core's, from the definitions, making the plain twins.

The file formats are pydantic models (course/definitions.py); a build works with their plain twins
(course/model.py), so that it never imports pydantic (about 340 M instructions of every first
build, with the models; pydantic-core alone is 78 M). Pydantic builds each definition's "core
schema"; here each model's class in it is swapped for its twin (and the JSON Schema hooks left
out), and pydantic-core compiles it into a validator that checks a file and makes the twins, and a
serializer that dumps them as pydantic would. `make templates` writes both, pickled, to
`models.pickle`, after a stamp: pydantic's, pydantic-core's and Python's versions and the source
of the files the models are written in. A build whose stamp matches reads them; any other build
imports pydantic and builds them as it starts (as every build did before). So the shipped file can
be out of date, never wrong; a test says when to write it again, and others that its validators
check, refuse and dump every fixture as pydantic's own do.

The file is the generator's own, written by the generator's own tool and shipped with its code,
so unpickling it trusts nothing a trainer wrote.
"""

from __future__ import annotations

import hashlib
import pickle
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pydantic_core

from . import installed

HERE = Path(__file__).parent
SHIPPED = HERE / "models.pickle"
SOURCES = ("model.py", "definitions.py", "rules.py", "slugs.py")
"""The files the models are written in: a change to either means the shipped validators are stale."""


def versions() -> str:
    """The versions the shipped validators were built with, as the stamp begins (pydantic's read from
    its metadata, so that a build does not import it)."""
    python = ".".join(map(str, sys.version_info[:2]))
    return f"pydantic {installed.version('pydantic')}, pydantic-core {pydantic_core.__version__}, Python {python}"


def stamp() -> bytes:
    """What the shipped validators depend on, as one line: the versions, a hash of the models' sources."""
    digest = hashlib.sha256()
    for name in SOURCES:
        digest.update((HERE / name).read_bytes() + b"\0")
    return f"{versions()}, sources {digest.hexdigest()}".encode("ascii")


def built(twins: Mapping[str, type[Any]]) -> dict[str, tuple[Any, Any]]:  # twins: course/model.py imports this
    """Each twin's validator and serializer, built now from its definition (this imports pydantic)."""
    from . import definitions  # noqa: PLC0415 - only to build: a build with the shipped file never imports it

    classes = {definitions.MODELS[name]: twin for name, twin in twins.items()}
    made = {}
    for name in twins:
        definition = definitions.MODELS[name]
        definition.model_rebuild(force=True)
        schema = _retargeted(definition.__pydantic_core_schema__, classes)
        made[name] = (pydantic_core.SchemaValidator(schema), pydantic_core.SchemaSerializer(schema))
    return made


def _retargeted(schema: Any, classes: Mapping[type, type]) -> Any:
    """A core schema whose models make their twins, without the JSON Schema hooks (`metadata`)."""
    if isinstance(schema, list):
        return [_retargeted(item, classes) for item in schema]
    if not isinstance(schema, dict):
        return schema
    copied = {key: _retargeted(value, classes) for key, value in schema.items() if key != "metadata"}
    if copied.get("type") == "model" and copied.get("cls") in classes:
        copied["cls"] = classes[copied["cls"]]
    return copied


def shipped_bytes(models: Mapping[str, type[Any]]) -> bytes:
    """What `make templates` writes to `models.pickle`: the stamp, a newline, the pickled validators."""
    return stamp() + b"\n" + pickle.dumps(built(models), protocol=pickle.HIGHEST_PROTOCOL)


def read() -> dict[str, tuple[Any, Any]] | None:
    """The shipped validators and serializers by model name, if they were built from these very models."""
    try:
        head, _, payload = SHIPPED.read_bytes().partition(b"\n")
    except OSError:
        return None
    if head != stamp():
        return None
    try:
        shipped = pickle.loads(payload)  # noqa: S301 - the generator's own file, stamped (above)
    except (pickle.UnpicklingError, AttributeError, ImportError, EOFError, TypeError, ValueError):
        return None
    return shipped if isinstance(shipped, dict) else None


def install(twins: Mapping[str, type[Any]]) -> bool:
    """Give each twin its validator and serializer: the shipped ones (True), else built now (False)."""
    shipped = read()
    fits = shipped is not None and set(shipped) == set(twins)
    made = shipped if shipped is not None and fits else built(twins)
    for name, (validator, serializer) in made.items():
        twins[name].__pydantic_validator__ = validator
        twins[name].__pydantic_serializer__ = serializer
    return fits
