"""Templates compiled ahead: a first build runs the Python Jinja would write, shipped with the generator.

Jinja turns each template into Python source before it runs it. For the course's two dozen
templates that was about a quarter of what the generator adds to a first build (every GitHub
Pages build and every fresh clone: measured 431 M of 1,801 M instructions). So the Python is
written once, by `make templates` (`python -m generator._internal.tools.precompile`), into
`precompiled.json` beside the templates, stamped with a hash of every template's source, the
environment's settings and Jinja's version. A build whose stamp differs (a template edited,
another Jinja) compiles from the templates as before: the shipped file can be out of date, never
wrong, and a test says when to write it again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping, MutableMapping
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import Environment, PackageLoader, Template

PRECOMPILED = Path(__file__).with_name("precompiled.json")


class PrecompiledLoader(PackageLoader):
    """The generator's templates, each from its compiled Python when that was written from this very source."""

    def __init__(self, package_name: str, package_path: str, compiled: Mapping[str, str]) -> None:
        super().__init__(package_name, package_path)
        self.compiled = compiled

    def load(self, environment: Environment, name: str, globals: MutableMapping[str, Any] | None = None) -> Template:
        """The template `name`, compiled by Python from the shipped source (no Jinja lexer, parser or code writer)."""
        source = self.compiled.get(name)
        if source is None:
            return super().load(environment, name, globals)
        code = compile(source, str(Path(self._template_root, name)), "exec")
        return environment.template_class.from_code(environment, code, globals or {}, _always_current)


def _always_current() -> bool:
    return True  # the generator's templates never change while it runs (auto_reload is off too)


def template_sources(env: Environment) -> dict[str, str]:
    """Every template the environment's loader has, by name, as its source."""
    loader = env.loader
    if loader is None:
        return {}
    return {name: loader.get_source(env, name)[0] for name in sorted(loader.list_templates())}


def stamp(env: Environment, sources: Mapping[str, str]) -> str:
    """What the compiled Python depends on: Jinja's version, the settings that change its code, each source."""
    settings = (
        jinja2.__version__,
        env.block_start_string,
        env.block_end_string,
        env.variable_start_string,
        env.variable_end_string,
        env.comment_start_string,
        env.comment_end_string,
        env.line_statement_prefix,
        env.line_comment_prefix,
        env.trim_blocks,
        env.lstrip_blocks,
        env.newline_sequence,
        env.keep_trailing_newline,
        env.optimized,
        sorted(env.extensions),
    )
    digest = hashlib.sha256(repr(settings).encode("utf-8"))
    autoescape: Callable[[str], bool] | bool = env.autoescape
    for name, source in sources.items():
        escapes = autoescape(name) if callable(autoescape) else autoescape
        digest.update(f"\0{name}\0{escapes}\0".encode())
        digest.update(source.encode("utf-8"))
    return digest.hexdigest()


def compiled_for(env: Environment, sources: Mapping[str, str]) -> dict[str, str]:
    """The shipped Python of each template when it was written from these sources and settings; else nothing."""
    try:
        shipped = json.loads(PRECOMPILED.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(shipped, dict) or shipped.get("stamp") != stamp(env, sources):
        return {}
    templates = shipped.get("templates")
    if not isinstance(templates, dict) or set(templates) != set(sources):
        return {}
    return {str(name): str(code) for name, code in templates.items()}


def compile_all(env: Environment) -> dict[str, Any]:
    """The file `make templates` writes: the stamp and each template's Python."""
    sources = template_sources(env)
    return {
        "stamp": stamp(env, sources),
        "jinja": jinja2.__version__,
        "templates": {name: env.compile(source, name, raw=True) for name, source in sources.items()},
    }
