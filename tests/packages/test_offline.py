"""The offline copy: derived in code from mkdocs.yml, it works from file:// with quizzes, progress and search.

The settings checks need no browser. The browser test makes the offline copy with
`course offline` (the zip learners download), unzips it into a temporary folder, opens its
index.html from the file system in Chromium and uses it like a learner: follows a link to a
module, answers its quiz rightly (the page marks right answers with `data-correct` /
`data-answer`), reloads, opens the progress page, searches; and nothing is fetched from
anywhere but the file system.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator._internal.frontend.assets import IFRAME_WORKER_SHIM
from generator._internal.site.commands import course_plugin_set, variant_options
from generator._internal.site.project import Project
from tests.helpers import REPO, copy_course, is_translation

INSTANT = "navigation.instant"


def _offline() -> dict[str, Any]:
    return variant_options(Project.read(REPO), "offline")


# ---------------------------------------------------------------- the settings


def test_the_offline_copy_uses_page_files_and_keeps_every_plugin_then_adds_offline() -> None:
    settings = Project.read(REPO).settings
    offline = _offline()
    assert offline["use_directory_urls"] is False
    assert offline["plugins"] == [*course_plugin_set(settings["plugins"], trainers_site=False), "offline"], (
        "mkdocs.yml's plugins, options and all (learner pages only), then offline"
    )
    assert course_plugin_set(["search", {"course": {"course_id": "x"}}], trainers_site=False) == [
        "search",
        {"course": {"course_id": "x", "trainers_site": False}},
    ]


def test_the_offline_copy_keeps_every_feature_but_instant_navigation() -> None:
    """Instant navigation needs a server; every other feature and theme setting stays."""
    theme = Project.read(REPO).settings["theme"]
    offline = _offline()["theme"]
    assert offline["features"] == [name for name in theme["features"] if not name.startswith(INSTANT)]
    assert {key: value for key, value in offline.items() if key != "features"} == {
        key: value for key, value in theme.items() if key != "features"
    }


def test_the_offline_copy_ships_its_own_worker_shim(tmp_path: Path) -> None:
    """Material's offline plugin adds unpkg's iframe-worker unless a polyfill naming it is there."""
    polyfills = _offline()["extra"]["polyfills"]
    assert polyfills == [IFRAME_WORKER_SHIM]
    project = copy_course(tmp_path / "course")
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8") + "extra:\n  polyfills:\n    - https://unpkg.com/iframe-worker/shim\n",
        encoding="utf-8",
    )
    assert variant_options(Project.read(project), "offline")["extra"]["polyfills"] == [IFRAME_WORKER_SHIM], (
        "a trainer's own unpkg shim is replaced by the local copy"
    )


# ---------------------------------------------------------------- the offline copy in Chromium


@pytest.fixture(scope="module")
def offline_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The offline copy of the real course, made with `course offline` and unzipped, once for this file."""
    from generator.cli import main

    project = copy_course(tmp_path_factory.mktemp("offline-project"))
    assert main(["--project", str(project), "offline"]) == 0
    archives = list((project / "dist").glob("*-offline.zip"))
    assert [archive.name for archive in archives] == ["coproduction-offline.zip"], "named by mkdocs.yml's course_id"
    folder = tmp_path_factory.mktemp("offline-unzipped")
    with zipfile.ZipFile(archives[0]) as archive:
        names = archive.namelist()
        assert all(name.startswith("coproduction-offline/") for name in names), "one folder inside the zip"
        assert "coproduction-offline/" + IFRAME_WORKER_SHIM in names
        archive.extractall(folder)
    with zipfile.ZipFile(project / "dist" / "coproduction-trainers.zip") as archive:
        archive.extractall(folder)
    return folder / "coproduction-offline"


def first_quiz_module() -> str:
    """The file stem (`NN-slug`) of the first module that has a quiz."""
    quizzed = {
        yaml.safe_load(path.read_text(encoding="utf-8")).get("module")
        for path in (REPO / "quizzes").glob("*.yml")
        if not is_translation(path)
    }
    stems = [path.stem for path in sorted((REPO / "course").glob("[0-9]*-*.md")) if not is_translation(path)]
    found = [stem for stem in stems if stem.split("-", 1)[1] in quizzed]
    assert found, "the course has no module with a quiz"
    return found[0]


def answer_rightly(page: Any) -> int:
    """Answer every question of the page's quiz rightly; returns the number of questions."""
    questions = page.locator(".cq .cq-q")
    for index in range(questions.count()):
        question = questions.nth(index)
        right = question.locator("input[data-correct]")
        for number in range(right.count()):
            right.nth(number).check()
        selects = question.locator("select[data-answer]")
        for number in range(selects.count()):
            select = selects.nth(number)
            select.select_option(value=select.get_attribute("data-answer"))
    return int(questions.count())


def click_link(page: Any, target: str) -> None:
    """Follow a visible link whose address ends with `target`, as a learner would."""
    link = page.locator(f'a[href$="{target}"]:visible').first
    link.click()
    page.wait_for_url(re.compile(re.escape(target) + r"(#.*)?$"))


@pytest.fixture
def offline_page(page: Any) -> Iterator[tuple[Any, list[str]]]:
    """The conftest page (fails on any JavaScript error) with every non-file request recorded."""
    elsewhere: list[str] = []

    def record(request: Any) -> None:
        if not request.url.startswith(("file://", "data:", "blob:", "about:")):
            elsewhere.append(request.url)

    page.context.on("request", record)
    yield page, elsewhere


@pytest.mark.browser
def test_offline_copy_works_from_the_file_system(offline_site: Path, offline_page: tuple[Any, list[str]]) -> None:
    from playwright.sync_api import expect

    page, elsewhere = offline_page
    module = first_quiz_module()
    page.goto((offline_site / "index.html").as_uri())
    assert page.evaluate("location.protocol") == "file:"

    click_link(page, f"{module}.html")
    page.evaluate("location.hash = document.querySelector('.cq').id")  # the quiz's step, as its contents link opens it
    expect(page.locator(".cq").first).to_be_visible()
    total = answer_rightly(page)
    assert total > 0, f"{module}.html has no quiz questions"
    quiz = page.locator(".cq").first
    quiz.get_by_role("button", name="Check answers").click()
    expect(quiz).to_contain_text(f"{total} of {total} correct")
    expect(quiz).to_contain_text(re.compile(r"\bpassed\b", re.IGNORECASE))

    page.reload()
    expect(page.locator(".cq").first).to_contain_text(f"{total} of {total} correct")

    click_link(page, "progress.html")
    status = page.locator(f'.cp-row[data-slug="{module.split("-", 1)[1]}"] .cp-row__quiz')
    expect(status).to_have_text(re.compile(r"^\s*passed\s*$", re.IGNORECASE))

    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator("input.md-search__input").press_sequentially("coproduction", delay=20)
    expect(page.locator(".md-search-result__item").first).to_be_visible(timeout=15_000)

    assert not elsewhere, "the offline copy fetched from outside the file system:\n" + "\n".join(elsewhere)


@pytest.mark.browser
def test_the_trainers_download_works_from_the_file_system(
    offline_site: Path, offline_page: tuple[Any, list[str]]
) -> None:
    """The guide, the facilitator pack and the scenario maps (drawn by the Mermaid it carries), with no internet."""
    from playwright.sync_api import expect

    page, elsewhere = offline_page
    guide = offline_site.parent / "coproduction-trainers" / "trainers"
    page.goto((guide / "scenario-maps.html").as_uri())
    # Material draws each map into a closed shadow root: a drawn map is a box with height.
    drawn = page.locator(".course-map div.mermaid").first
    expect(drawn).to_be_attached(timeout=20_000)
    page.wait_for_function(
        "() => document.querySelector('.course-map div.mermaid').getBoundingClientRect().height > 100"
    )
    page.goto((guide / "facilitator-pack.html").as_uri())
    expect(page.locator(".course-key").first).to_be_attached()
    assert not elsewhere, "the trainers' download fetched from outside the file system:\n" + "\n".join(elsewhere)


@pytest.mark.browser
def test_a_translated_site_of_the_offline_copy_uses_the_shared_theme_files(
    offline_site: Path, offline_page: tuple[Any, list[str]]
) -> None:
    """The Welsh pages load Material's files from the main site's copy: styled, scripted, searchable."""
    from playwright.sync_api import expect

    assert not (offline_site / "cy" / "assets" / "javascripts").exists(), "Material's files kept twice"
    assert (offline_site / "cy" / "assets" / "course" / "course.js").is_file(), "the Welsh words are its own"
    page, elsewhere = offline_page
    failed: list[str] = []
    page.on("requestfailed", lambda request: failed.append(request.url))
    page.goto((offline_site / "cy" / "index.html").as_uri())
    assert page.evaluate("document.documentElement.lang") == "cy"
    header = page.locator(".md-header")
    expect(header).to_be_visible()
    assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator("input.md-search__input").press_sequentially("cydgynhyrchu", delay=20)
    expect(page.locator(".md-search-result__item").first).to_be_visible(timeout=15_000)
    assert not failed, failed
    assert not elsewhere, elsewhere
