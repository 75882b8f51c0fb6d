"""The offline copy: built by mkdocs.offline.yml, it works from file:// with quizzes, progress and search.

The configuration checks need no browser. The browser test builds the offline
copy into a temporary folder, opens its index.html from the file system in
Chromium and uses it like a learner: follows a link to a module, answers its quiz
rightly (the page marks right answers with `data-correct` / `data-answer`),
reloads, opens the progress page, searches; and nothing is fetched from anywhere
but the file system.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.helpers import REPO, build_env

OFFLINE_CONFIG = REPO / "mkdocs.offline.yml"
INSTANT = "navigation.instant"


def _parent_config() -> dict[str, Any]:
    """mkdocs.yml as MkDocs reads it (its !ENV tags resolved)."""
    from mkdocs.utils.yaml import get_yaml_loader, yaml_load

    with (REPO / "mkdocs.yml").open("rb") as stream:
        return dict(yaml_load(stream, get_yaml_loader()))


def _offline_config() -> dict[str, Any]:
    """mkdocs.offline.yml on its own, before INHERIT merges it with mkdocs.yml."""
    return dict(yaml.safe_load(OFFLINE_CONFIG.read_text(encoding="utf-8")))


# ---------------------------------------------------------------- the configuration


def test_offline_config_inherits_the_site_and_builds_for_the_file_system() -> None:
    offline = _offline_config()
    assert offline["INHERIT"] == "mkdocs.yml"
    assert offline["use_directory_urls"] is False
    assert offline["site_dir"] == "dist/offline-site"


def test_offline_config_keeps_every_plugin_of_the_site_and_adds_offline() -> None:
    """INHERIT replaces lists: the offline plugin list must repeat mkdocs.yml's, options and all."""
    assert _offline_config()["plugins"] == [*(_parent_config().get("plugins") or []), "offline"], (
        "mkdocs.offline.yml's plugins must be mkdocs.yml's plugins, in order and with the same options, "
        "then `offline`: copy the list from mkdocs.yml"
    )


def test_offline_config_keeps_every_feature_but_instant_navigation() -> None:
    """Instant navigation needs a server; every other feature of the site stays."""
    parent = _parent_config()["theme"].get("features") or []
    expected = [feature for feature in parent if not feature.startswith(INSTANT)]
    assert _offline_config()["theme"]["features"] == expected, (
        f"mkdocs.offline.yml's theme features must be mkdocs.yml's without navigation.instant*: expected {expected}"
    )


def test_offline_config_ships_its_own_worker_shim() -> None:
    """Material's offline plugin adds unpkg's iframe-worker unless a polyfill naming it is there."""
    offline = _offline_config()
    theme_dir = REPO / offline["theme"]["custom_dir"]
    polyfills = offline["extra"]["polyfills"]
    assert any("iframe-worker" in url for url in polyfills)
    for url in polyfills:
        assert not re.match(r"^(https?:)?//", url), f"{url} would load from another website"
        assert (theme_dir / url).is_file(), f"{url} is not in {theme_dir}"


# ---------------------------------------------------------------- the offline copy in Chromium


@pytest.fixture(scope="module")
def offline_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The offline copy of the real course, built once for this file."""
    site = tmp_path_factory.mktemp("offline-site")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(OFFLINE_CONFIG), "-d", str(site)],
        capture_output=True,
        text=True,
        env=build_env(),
        check=False,
        timeout=300,
        cwd=REPO,
    )
    assert result.returncode == 0, result.stderr
    return site


def first_quiz_module() -> str:
    """The file stem (`NN-slug`) of the first module that has a quiz."""
    quizzed = {
        yaml.safe_load(path.read_text(encoding="utf-8")).get("module") for path in (REPO / "quizzes").glob("*.yml")
    }
    stems = [path.stem for path in sorted((REPO / "course").glob("[0-9]*-*.md"))]
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
