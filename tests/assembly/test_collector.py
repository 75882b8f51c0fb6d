"""The garbage collector during a build: paused while the course is read, its objects set aside, all given back."""

from __future__ import annotations

import gc
import logging
import os
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator._internal.assembly import collector
from tests.helpers import FIXTURES, copy_course


@pytest.fixture(autouse=True)
def _collector_as_it_was() -> Iterator[None]:
    enabled = gc.isenabled()
    yield
    gc.unfreeze()
    if enabled:
        gc.enable()


def test_paused_collects_nothing_inside_then_sets_aside_what_lives() -> None:
    gc.unfreeze()
    with collector.paused():
        assert not gc.isenabled()
        kept = [[index] for index in range(1000)]
    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(kept)
    collector.release()
    assert gc.get_freeze_count() == 0


def test_paused_leaves_a_disabled_collector_disabled() -> None:
    gc.disable()
    with collector.paused():
        pass
    assert not gc.isenabled()


def test_a_cycle_made_while_paused_is_freed_once_released() -> None:
    gc.unfreeze()

    class Node:
        other: object = None

    with collector.paused():
        first, second = Node(), Node()
        first.other, second.other = second, first
        alive = weakref.ref(first)
        del first, second
    gc.collect()
    assert alive() is not None, "set aside until released"
    collector.release()
    gc.collect()
    assert alive() is None


def _build(project: Path, site: Path) -> None:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    build(load_config(str(project / "mkdocs.yml"), site_dir=str(site)))


def test_a_build_gives_every_object_back_to_the_collector(tmp_path: Path) -> None:
    gc.unfreeze()
    project = copy_course(tmp_path / "project", FIXTURES / "course")
    _build(project, tmp_path / "site")
    assert (tmp_path / "site" / "index.html").is_file()
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_a_build_that_stops_on_a_problem_gives_them_back_too(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from mkdocs.exceptions import Abort

    gc.unfreeze()
    project = copy_course(tmp_path / "project", FIXTURES / "course")
    quiz = next((project / "quizzes").glob("*.yml"))
    quiz.write_text(quiz.read_text(encoding="utf-8") + "\nnot a key: [\n", encoding="utf-8")
    with caplog.at_level(logging.ERROR), pytest.raises(Abort):
        _build(project, tmp_path / "site")
    assert gc.isenabled() and gc.get_freeze_count() == 0
