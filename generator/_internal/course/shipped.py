"""The models' validators built ahead: a first build reads what pydantic would build from the models.

Pydantic builds a model's validator and serializer from its annotations (a "core schema" made in
Python, then compiled by pydantic-core): for the course's models about 120 M instructions alone,
55 M of this course's whole first build (every GitHub Pages build and every fresh clone; a build
with the cache kept never imports the models). So `make templates` writes what pydantic-core built, pickled, to
`models.pickle` beside the models, after a stamp: pydantic's and pydantic-core's versions, Python's,
and the source of the files the models are written in. The models defer building (`defer_build`),
and a build whose stamp matches installs the shipped validators; any other build builds them on
first use as before. So the shipped file can be out of date, never wrong; a test says when to
write it again, and another that it validates every fixture as a fresh build does.

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

import pydantic
import pydantic_core
from pydantic import BaseModel

HERE = Path(__file__).parent
SHIPPED = HERE / "models.pickle"
SOURCES = ("model.py", "slugs.py")
"""The files the models are written in: a change to either means the shipped validators are stale."""


def versions() -> str:
    """The versions the shipped validators were built with, as the stamp begins."""
    python = ".".join(map(str, sys.version_info[:2]))
    return f"pydantic {pydantic.VERSION}, pydantic-core {pydantic_core.__version__}, Python {python}"


def stamp() -> bytes:
    """What the shipped validators depend on, as one line: the versions, a hash of the models' sources."""
    digest = hashlib.sha256()
    for name in SOURCES:
        digest.update((HERE / name).read_bytes() + b"\0")
    return f"{versions()}, sources {digest.hexdigest()}".encode("ascii")


def built(models: Mapping[str, type[BaseModel]]) -> dict[str, tuple[Any, Any]]:
    """Each model's validator and serializer as pydantic builds them from its annotations now."""
    for model in models.values():
        model.model_rebuild(force=True)
    return {name: (model.__pydantic_validator__, model.__pydantic_serializer__) for name, model in models.items()}


def shipped_bytes(models: Mapping[str, type[BaseModel]]) -> bytes:
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


def install(models: Mapping[str, type[BaseModel]]) -> bool:
    """Give each model its shipped validator and serializer; False (built on first use) if none fit."""
    shipped = read()
    if shipped is None or set(shipped) != set(models):
        return False
    for name, (validator, serializer) in shipped.items():
        models[name].__pydantic_validator__ = validator
        models[name].__pydantic_serializer__ = serializer
    return True
