"""Each interface language renders the quiz in its own words, laid out in its direction, axe clean.

One course (the fixture) is built once per language with `theme.language` set: Arabic (right to
left, six plural forms), Welsh (left to right, six plural forms), Ukrainian (Cyrillic, four) and
Tigrinya (Ge'ez script, a language Material has no chrome for, so our strings stand with
Material's English).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import expect

from generator._internal.render.i18n import format_text, is_rtl, strings_for
from tests.browser.drive import answer_all
from tests.browser.test_accessibility import axe_violations, describe
from tests.conftest import serve
from tests.helpers import FIXTURES, copy_course, mkdocs_build

pytestmark = pytest.mark.browser

LANGUAGES = ("ar", "cy", "uk", "ti")


@pytest.fixture(scope="module", params=LANGUAGES)
def language_site(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, str]]:
    language = str(request.param)
    project = copy_course(tmp_path_factory.mktemp(f"lang-{language}"), FIXTURES / "course")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("  font: false\n", f"  font: false\n  language: {language}\n"), encoding="utf-8")
    site = tmp_path_factory.mktemp(f"lang-{language}-site")
    result = mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr
    for url in serve(site):
        yield language, url


def test_the_quiz_speaks_the_interface_language_and_stays_axe_clean(page: Any, language_site: tuple[str, str]) -> None:
    language, base = language_site
    strings = strings_for(language)
    page.set_viewport_size({"width": 360, "height": 800})
    page.emulate_media(reduced_motion="reduce")  # the scan sees no header title caught mid-fade
    page.goto(base + "01-intro/#cq-intro")
    quiz = page.locator(".cq")
    expect(quiz).to_be_visible()
    assert page.evaluate("document.documentElement.lang") == language
    assert page.evaluate("getComputedStyle(document.querySelector('.cq')).direction") == (
        "rtl" if is_rtl(language) else "ltr"
    )
    count = quiz.locator(".cq-q").count()
    expect(quiz).to_contain_text(format_text(strings, language, "quiz_intro", count=count, pass_mark=80)[:12])
    button = quiz.get_by_role("button", name=strings["check_answers"], exact=True)
    assert strings["check_answers"] != strings_for("en")["check_answers"]
    assert not (violations := axe_violations(page)), describe(violations)
    button.click()  # nothing answered: the error summary, in the language
    expect(page.get_by_role("alert").first).to_contain_text(strings["error_title"])
    page.wait_for_timeout(400)  # Material swaps the header's title as the page scrolls to the summary
    assert not (violations := axe_violations(page)), describe(violations)
    answer_all(page, wrong={0, 1})  # 3 of 5: below the pass mark
    button.click()
    expect(quiz).to_contain_text(strings["not_passed"])
    expect(quiz.get_by_role("button", name=strings["try_again"], exact=True)).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling"
    assert not (violations := axe_violations(page)), describe(violations)
