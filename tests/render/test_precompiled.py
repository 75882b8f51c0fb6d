"""Templates compiled ahead: the shipped Python is what Jinja writes from today's templates, or it is not used."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import jinja2
import pytest
import yaml

from generator._internal.render import precompiled, renderer
from generator._internal.render.precompiled import PRECOMPILED, compile_all, compiled_for, template_sources
from tests.render.test_render import INPUTS, render


def test_the_shipped_templates_are_compiled_from_todays_sources() -> None:
    shipped = json.loads(PRECOMPILED.read_text(encoding="utf-8"))
    if shipped["jinja"] != jinja2.__version__:
        pytest.skip(f"precompiled.json was written with Jinja {shipped['jinja']}, this is {jinja2.__version__}")
    env = renderer.source_environment()
    assert shipped == compile_all(env), "a template changed: run `make templates` and commit precompiled.json"


def test_the_renderer_runs_the_shipped_python() -> None:
    loader = renderer._environment().loader
    assert isinstance(loader, precompiled.PrecompiledLoader)
    assert set(loader.compiled) == set(template_sources(renderer.source_environment()))


def test_an_edited_template_is_compiled_from_its_source() -> None:
    env = renderer.source_environment()
    sources = template_sources(env)
    assert compiled_for(env, sources)
    edited = {**sources, "quiz.html.j2": sources["quiz.html.j2"] + "\n"}
    assert compiled_for(env, edited) == {}
    env.trim_blocks = False  # a setting that changes the code Jinja writes
    assert compiled_for(env, sources) == {}


@pytest.mark.parametrize("content", ["", "{", '{"stamp": 1}', "[]"])
def test_a_broken_or_missing_file_means_compiling_as_before(
    content: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "precompiled.json"
    if content:
        broken.write_text(content, encoding="utf-8")
    monkeypatch.setattr(precompiled, "PRECOMPILED", broken)
    env = renderer.source_environment()
    assert compiled_for(env, template_sources(env)) == {}


@pytest.mark.parametrize("path", INPUTS[:4], ids=[path.stem for path in INPUTS[:4]])
def test_compiling_from_the_sources_renders_the_fixtures_alike(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The fixtures' HTML comes from the shipped Python (the renderer's default); the sources give the same."""
    assert isinstance(renderer._environment().loader, precompiled.PrecompiledLoader)
    monkeypatch.setattr(renderer, "_environment", functools.cache(renderer.source_environment))
    case = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert render(case["kind"], case["input"]) + "\n" == path.with_suffix(".html").read_text(encoding="utf-8")
