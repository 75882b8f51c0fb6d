"""Templates compiled ahead: a first build runs the Python Jinja would write, shipped with the generator.

Jinja turns each template into Python source before it runs it. For the course's two dozen
templates that was about a quarter of what the generator adds to a first build (every GitHub
Pages build and every fresh clone: measured 431 M of 1,801 M instructions). So the Python is
written once, by `make templates` (`python -m generator._internal.tools.precompile`), as one
file per template in the `compiled` folder beside the templates, whose `__init__.py` holds a
stamp: a hash of every template's source, the environment's settings and Jinja's version. A
build whose stamp differs (a template edited, another Jinja) compiles from the templates as
before: the shipped files can be out of date, never wrong, and a test says when to write them.

The files are Python source, so Python keeps their byte code in `__pycache__` as it does for
every module (pip writes it on install): a build reads that code instead of compiling the
source again (about 100 M instructions a build when the Python was shipped as JSON). They are
never imported as modules: their code runs with the renderer's Jinja environment, as Jinja's own
compiled templates do.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.abc
import importlib.util
import re
from collections.abc import Callable, Mapping, MutableMapping
from pathlib import Path
from types import CodeType
from typing import Any

import jinja2
from jinja2 import Environment, PackageLoader, Template

COMPILED = Path(__file__).with_name("compiled")
"""The folder of the templates' compiled Python (a package: its `__init__.py` holds the stamp)."""
COMPILED_PACKAGE = f"{__package__}.compiled"


class PrecompiledLoader(PackageLoader):
    """The generator's templates, each from its compiled Python when that was written from this very source."""

    def __init__(self, package_name: str, package_path: str, compiled: Mapping[str, str]) -> None:
        super().__init__(package_name, package_path)
        self.compiled = compiled

    def load(self, environment: Environment, name: str, globals: MutableMapping[str, Any] | None = None) -> Template:
        """The template `name`, run from its shipped Python's byte code (no Jinja lexer, parser or code writer)."""
        module = self.compiled.get(name)
        code = shipped_code(module) if module is not None else None
        if code is None:
            return super().load(environment, name, globals)
        return environment.template_class.from_code(environment, code, globals or {}, _always_current)


def shipped_code(module: str) -> CodeType | None:
    """The code of one shipped file, from Python's byte code cache (which Python writes when it has none)."""
    spec = importlib.util.find_spec(f"{COMPILED_PACKAGE}.{module}")
    if spec is None or not isinstance(spec.loader, importlib.abc.InspectLoader):
        return None
    return spec.loader.get_code(spec.name)


def module_name(template: str) -> str:
    """The file name (without `.py`) of a template's compiled Python: `questions/true-false.html.j2` ->
    `questions_true_false_html`."""
    return re.sub(r"\W", "_", template.removesuffix(".j2"))


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
        f"{env.code_generator_class.__module__}.{env.code_generator_class.__qualname__}",
        getattr(env.code_generator_class, "REVISION", None),
    )
    digest = hashlib.sha256(repr(settings).encode("utf-8"))
    autoescape: Callable[[str], bool] | bool = env.autoescape
    for name, source in sources.items():
        escapes = autoescape(name) if callable(autoescape) else autoescape
        digest.update(f"\0{name}\0{escapes}\0".encode())
        digest.update(source.encode("utf-8"))
    return digest.hexdigest()


def compiled_for(env: Environment, sources: Mapping[str, str]) -> dict[str, str]:
    """Each template's shipped file (by module name) when they were written from these sources and settings."""
    try:
        shipped = importlib.import_module(COMPILED_PACKAGE)
    except (ImportError, SyntaxError):  # no folder, or a half-written file
        return {}
    if getattr(shipped, "STAMP", None) != stamp(env, sources):
        return {}
    modules = getattr(shipped, "MODULES", None)
    if not isinstance(modules, dict) or set(modules) != set(sources):
        return {}
    return {str(name): str(module) for name, module in modules.items()}


GENERATED = "# Written by `make templates` from {name}: Jinja's Python for it (render/precompiled.py). Do not edit.\n"


def compile_all(env: Environment) -> dict[str, str]:
    """The files `make templates` writes in `compiled/`, by file name: the stamp, and each template's Python."""
    sources = template_sources(env)
    modules = {name: module_name(name) for name in sources}
    if len(set(modules.values())) != len(modules):  # pragma: no cover - two templates named alike
        raise ValueError(f"two templates would share a file: {sorted(modules.values())}")
    files = {
        f"{modules[name]}.py": GENERATED.format(name=name) + env.compile(source, name, raw=True) + "\n"
        for name, source in sources.items()
    }
    files["__init__.py"] = (
        '"""The templates compiled ahead by `make templates` (render/precompiled.py): do not edit."""\n\n'
        f"STAMP = {stamp(env, sources)!r}\n"
        f"JINJA = {jinja2.__version__!r}\n"
        f"MODULES = {dict(sorted(modules.items()))!r}\n"
    )
    return files
