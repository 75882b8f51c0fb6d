"""A translated course in the browser: a quiz passed in Welsh counts on the English progress page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from generator._internal.render.i18n import strings_for
from tests.browser.drive import answer_all
from tests.browser.test_accessibility import axe_violations, describe
from tests.conftest import serve
from tests.helpers import mkdocs_build
from tests.site.test_translated_site import translated_project

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def translated_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    project = translated_project(tmp_path_factory.mktemp("translated"))
    site: Path = tmp_path_factory.mktemp("translated-site")
    result = mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr
    yield from serve(site)


def test_a_quiz_passed_in_welsh_counts_in_english_and_the_switcher_keeps_the_page(
    page: Any, translated_site: str
) -> None:
    welsh = strings_for("cy")
    page.emulate_media(reduced_motion="reduce")
    page.goto(translated_site + "cy/01-intro/#cq-intro")
    quiz = page.locator(".cq")
    expect(quiz).to_contain_text("Mae grŵp yn cynllunio taflen")
    answer_all(page)
    quiz.get_by_role("button", name=welsh["check_answers"], exact=True).click()
    expect(quiz).to_contain_text(welsh["pass_done"])
    assert not (violations := axe_violations(page)), describe(violations)
    # The switcher leads to the same page in English, where the result is the same result.
    english = page.locator('a[hreflang="en"]').first
    assert english.evaluate("link => link.href") == translated_site + "01-intro/"
    english.evaluate("link => link.click()")  # as a learner choosing English in the switcher
    page.wait_for_url(translated_site + "01-intro/**")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.goto(translated_site + "01-intro/#cq-intro")
    expect(page.locator(".cq")).to_contain_text("Passed")
    page.goto(translated_site + "progress/")
    row = page.locator('[data-slug="intro"], [data-quiz="intro"]').first
    expect(row).to_contain_text(strings_for("en")["status_passed"])
    page.goto(translated_site + "cy/progress/")
    expect(page.locator('[data-slug="intro"], [data-quiz="intro"]').first).to_contain_text(welsh["status_passed"])
