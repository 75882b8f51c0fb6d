"""Templates compiled ahead: the shipped Python is what Jinja writes from today's templates, or it is not used."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import jinja2
import pytest
import yaml

from generator._internal.render import precompiled, renderer
from generator._internal.render.precompiled import COMPILED, compile_all, compiled_for, template_sources
from tests.render.test_render import INPUTS, render


def test_the_shipped_templates_are_compiled_from_todays_sources() -> None:
    shipped = {path.name: path.read_text(encoding="utf-8") for path in sorted(COMPILED.glob("*.py"))}
    written_with = next(line for line in shipped["__init__.py"].splitlines() if line.startswith("JINJA = "))
    if written_with != f"JINJA = {jinja2.__version__!r}":
        pytest.skip(f"compiled/ was written with another Jinja ({written_with}), this is {jinja2.__version__}")
    env = renderer.source_environment()
    assert shipped == compile_all(env), "a template changed: run `make templates` and commit render/compiled/"


def test_the_renderer_runs_the_shipped_python_from_its_byte_code() -> None:
    loader = renderer._environment().loader
    assert isinstance(loader, precompiled.PrecompiledLoader)
    assert set(loader.compiled) == set(template_sources(renderer.source_environment()))
    code = precompiled.shipped_code(loader.compiled["quiz.html.j2"])
    assert code is not None and code.co_filename == str(COMPILED / "quiz_html.py")
    template = renderer._environment().get_template("quiz.html.j2")
    assert template.root_render_func.__code__.co_filename == str(COMPILED / "quiz_html.py")
    assert f"{precompiled.COMPILED_PACKAGE}.quiz_html" not in sys.modules, "its code runs, it is not imported"


def test_an_edited_template_is_compiled_from_its_source() -> None:
    env = renderer.source_environment()
    sources = template_sources(env)
    assert compiled_for(env, sources)
    edited = {**sources, "quiz.html.j2": sources["quiz.html.j2"] + "\n"}
    assert compiled_for(env, edited) == {}
    env.trim_blocks = False  # a setting that changes the code Jinja writes
    assert compiled_for(env, sources) == {}


@pytest.mark.parametrize("content", [None, "", "STAMP = 1", "STAMP = '{stamp}'\nMODULES = []", "MODULES = {{"])
def test_a_broken_or_missing_stamp_means_compiling_as_before(
    content: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = renderer.source_environment()
    package = tmp_path / "broken_compiled"
    if content is not None:
        package.mkdir()
        text = content.format(stamp=precompiled.stamp(env, template_sources(env)))
        (package / "__init__.py").write_text(text, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(precompiled, "COMPILED_PACKAGE", "broken_compiled")
    monkeypatch.delitem(sys.modules, "broken_compiled", raising=False)
    assert compiled_for(env, template_sources(env)) == {}


def test_a_missing_shipped_file_means_compiling_that_template() -> None:
    assert precompiled.shipped_code("no_such_template_html") is None
    env = renderer.source_environment()
    loader = precompiled.PrecompiledLoader(
        renderer.TEMPLATES_PACKAGE, renderer.TEMPLATES_FOLDER, {"steps.html.j2": "gone"}
    )
    template = loader.load(env, "steps.html.j2")
    assert template.root_render_func.__code__.co_filename.endswith("steps.html.j2")


@pytest.mark.parametrize("path", INPUTS[:4], ids=[path.stem for path in INPUTS[:4]])
def test_compiling_from_the_sources_renders_the_fixtures_alike(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The fixtures' HTML comes from the shipped Python (the renderer's default); the sources give the same."""
    assert isinstance(renderer._environment().loader, precompiled.PrecompiledLoader)
    monkeypatch.setattr(renderer, "_environment", functools.cache(renderer.source_environment))
    case = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert render(case["kind"], case["input"]) + "\n" == path.with_suffix(".html").read_text(encoding="utf-8")
