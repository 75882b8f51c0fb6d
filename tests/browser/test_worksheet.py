"""Worksheets in real Chromium: answers kept in the browser, downloaded as text, printed alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from playwright.sync_api import expect

from tests.browser.drive import QUIZZES, module_urls, part_url, stub_print

pytestmark = pytest.mark.browser

WORKSHEETS = [yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted(QUIZZES.glob("worksheets/*.yml"))]


def open_worksheet(page: Any, site_url: str, sheet: dict[str, Any]) -> Any:
    page.goto(site_url + part_url(sheet["module"], f"cw-{sheet['id']}"))
    root = page.locator(f'.cw[data-worksheet="{sheet["id"]}"]')
    expect(root.locator(".cw__actions")).to_be_visible()
    return root


def answers_for(sheet: dict[str, Any]) -> dict[str, str]:
    return {question["id"]: f"My answer to {question['id']}:\nline two, ünïcode ✓" for question in sheet["questions"]}


@pytest.mark.parametrize("sheet", WORKSHEETS, ids=lambda s: s["id"])
def test_typing_is_kept_after_reload(page: Any, site_url: str, sheet: dict[str, Any]) -> None:
    root = open_worksheet(page, site_url, sheet)
    answers = answers_for(sheet)
    for qid, text in answers.items():
        root.locator(f'textarea[name="{qid}"]').fill(text)
    course = root.get_attribute("data-course")
    saved = "([key, id]) => ((JSON.parse(localStorage.getItem(key) || '{}').worksheets || {})[id] || {})"
    page.wait_for_function(
        f"a => Object.keys(({saved})(a)).length == {len(answers)}", arg=[f"course:{course}", sheet["id"]]
    )
    page.reload()
    for qid, text in answers.items():
        expect(root.locator(f'textarea[name="{qid}"]')).to_have_value(text)
    # Clearing an answer is kept too.
    first = sheet["questions"][0]["id"]
    root.locator(f'textarea[name="{first}"]').fill("")
    root.locator(f'textarea[name="{first}"]').blur()
    page.reload()
    expect(root.locator(f'textarea[name="{first}"]')).to_have_value("")


@pytest.mark.parametrize("sheet", WORKSHEETS, ids=lambda s: s["id"])
def test_download_gives_a_text_file_with_the_answers(page: Any, site_url: str, sheet: dict[str, Any]) -> None:
    root = open_worksheet(page, site_url, sheet)
    answers = answers_for(sheet)
    for qid, text in answers.items():
        root.locator(f'textarea[name="{qid}"]').fill(text)
    with page.expect_download() as info:
        root.get_by_role("button", name="Download my answers").click()
    download = info.value
    assert download.suggested_filename.endswith(".txt")
    text = Path(download.path()).read_text(encoding="utf-8")
    assert text.startswith(sheet["title"])
    position = 0
    for index, question in enumerate(sheet["questions"], start=1):
        label = root.locator(f'label[for$="-{question["id"]}"]').inner_text().strip()
        assert label.startswith(f"{index}. ")
        found = text.index(label, position)
        position = text.index(answers[question["id"]], found)


def test_print_prints_the_worksheet_alone(page: Any, site_url: str) -> None:
    sheet = WORKSHEETS[0]
    root = open_worksheet(page, site_url, sheet)
    stub_print(page)
    root.get_by_role("button", name="Print").click()
    printed = page.evaluate("window.__printed")
    assert len(printed) == 1 and "course-printing" in printed[0]["html"]
    assert printed[0]["target"] and all("cw" in c.split() for c in printed[0]["target"])


def test_without_javascript_the_buttons_are_absent(browser: Any, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        tab = context.new_page()
        sheet = WORKSHEETS[0]
        tab.goto(site_url + module_urls()[sheet["module"]])
        root = tab.locator(f'.cw[data-worksheet="{sheet["id"]}"]')
        expect(root.locator("textarea")).to_have_count(len(sheet["questions"]))
        expect(root.locator(".cw__note")).to_be_visible()
        expect(root.get_by_role("button")).to_have_count(0)
    finally:
        context.close()
