"""The progress page in real Chromium: statuses, export and import, reset, the certificate."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.drive import (
    OUTCOME,
    answer_all,
    check,
    everything_passed,
    pass_quiz,
    quiz_modules,
    quiz_url,
    store,
    stored,
    stub_print,
)

pytestmark = pytest.mark.browser

HOSTILE = "<img src=x onerror=alert(1)>"


def open_progress(page: Any, site_url: str) -> Any:
    page.goto(site_url + "progress/")
    root = page.locator(".cp")
    expect(root).to_have_class(re.compile(r"\bcp--ready\b"))
    return root


def upload(page: Any, content: str, name: str = "progress.json") -> None:
    file = {"name": name, "mimeType": "application/json", "buffer": content.encode()}
    page.locator(".cp__import").set_input_files(file)


def test_fresh_learner_sees_nothing_started(page: Any, site_url: str) -> None:
    root = open_progress(page, site_url)
    rows = root.locator(".cp-row[data-quiz-hash]")
    total = rows.count()
    assert total == len(quiz_modules())
    expect(root.locator(".cp-row__quiz[data-status=not-started]")).to_have_count(total)
    for outcome in root.locator(".cp-row__outcome").all():
        expect(outcome).to_have_text("not started")
    expect(root.locator(".cp__summary")).to_have_text(f"You have passed 0 of {total} quizzes (0% complete).")
    expect(root.locator(".cp__certificate-locked")).to_be_visible()
    expect(root.locator(".cp__certificate-form")).to_be_hidden()


def test_statuses_follow_the_quizzes(page: Any, site_url: str) -> None:
    first, second = quiz_modules()[:2]
    pass_quiz(page, site_url, first)
    page.goto(site_url + quiz_url(second))
    total = page.locator(".cq-q").count()
    answer_all(page, wrong=set(range(total)))  # all wrong: 0%
    check(page)
    expect(page.locator(".cq__verdict")).to_contain_text("Not passed yet")
    root = open_progress(page, site_url)
    expect(root.locator(f'.cp-row[data-slug="{first}"] .cp-row__quiz')).to_have_text("passed")
    expect(root.locator(f'.cp-row[data-slug="{first}"] .cp-row__quiz')).to_have_attribute("data-status", "passed")
    expect(root.locator(f'.cp-row[data-slug="{second}"] .cp-row__quiz')).to_have_text("not passed yet, best 0%")
    expect(root.locator(f'.cp-row[data-slug="{quiz_modules()[2]}"] .cp-row__quiz')).to_have_text("not started")
    quizzes = root.locator(".cp-row[data-quiz-hash]").count()
    expect(root.locator(".cp__summary")).to_have_text(
        f"You have passed 1 of {quizzes} quizzes ({round(100 / quizzes)}% complete)."
    )


def test_export_then_import_restores_everything(page: Any, site_url: str, tmp_path: Any) -> None:
    first = quiz_modules()[0]
    pass_quiz(page, site_url, first)
    root = open_progress(page, site_url)
    course = root.get_attribute("data-course")
    with page.expect_download() as info:
        root.get_by_role("button", name="Save progress to a file").click()
    download = info.value
    assert download.suggested_filename == f"{course}-progress.json"
    exported = json.loads(Path(download.path()).read_text(encoding="utf-8"))
    assert exported["v"] == 2 and exported["course"] == course and exported["quizzes"][first]["passed"] is True
    assert exported == stored(page, course)

    page.on("dialog", lambda dialog: dialog.accept())
    root.get_by_role("button", name="Reset my progress").click()
    expect(root.locator(f'.cp-row[data-slug="{first}"] .cp-row__quiz')).to_have_text("not started")

    upload(page, json.dumps(exported))
    expect(root.get_by_role("status")).to_have_text(
        "Your progress was loaded from the file: 1 quiz added. Nothing was taken away."
    )
    expect(root.locator(f'.cp-row[data-slug="{first}"] .cp-row__quiz')).to_have_text("passed")
    assert stored(page, course) == exported


@pytest.mark.parametrize(
    "content",
    ["{not json", "[1, 2, 3]", '{"hello": "world"}', '{"v": 1, "quizzes": [1]}', '{"v": 99}', "null", ""],
    ids=["broken", "list", "other-json", "bad-section", "future-version", "null", "empty"],
)
def test_a_bad_file_changes_nothing(page: Any, site_url: str, content: str) -> None:
    first = quiz_modules()[0]
    pass_quiz(page, site_url, first)
    root = open_progress(page, site_url)
    course = root.get_attribute("data-course")
    before = stored(page, course)
    upload(page, content)
    expect(root.get_by_role("status")).to_have_text(
        "That file could not be read as course progress. Nothing was changed."
    )
    assert stored(page, course) == before
    expect(root.locator(f'.cp-row[data-slug="{first}"] .cp-row__quiz')).to_have_text("passed")


def test_reset_asks_first(page: Any, site_url: str) -> None:
    first = quiz_modules()[0]
    pass_quiz(page, site_url, first)
    root = open_progress(page, site_url)
    course = root.get_attribute("data-course")
    messages: list[str] = []

    def answer(accept: bool) -> Any:
        def handle(dialog: Any) -> None:
            messages.append(dialog.message)
            dialog.accept() if accept else dialog.dismiss()

        return handle

    page.once("dialog", answer(accept=False))
    root.get_by_role("button", name="Reset my progress").click()
    expect(root.locator(f'.cp-row[data-slug="{first}"] .cp-row__quiz')).to_have_text("passed")
    assert stored(page, course)["quizzes"][first]["passed"] is True

    page.once("dialog", answer(accept=True))
    root.get_by_role("button", name="Reset my progress").click()
    expect(root.get_by_role("status")).to_have_text("Your progress was reset.")
    expect(root.locator(f'.cp-row[data-slug="{first}"] .cp-row__quiz')).to_have_text("not started")
    assert stored(page, course)["quizzes"] == {}
    assert len(messages) == 2 and "cannot be undone" in messages[0]


def test_older_unversioned_progress_is_migrated(page: Any, site_url: str) -> None:
    root = open_progress(page, site_url)
    course = root.get_attribute("data-course")
    data = everything_passed(root)
    del data["v"]  # version 0: the same sections, no version
    store(page, course, data)
    page.reload()
    expect(root.locator(".cp-row__quiz[data-status=passed]")).to_have_count(len(quiz_modules()))
    assert stored(page, course) is not None


def test_certificate_once_every_quiz_is_passed(page: Any, site_url: str) -> None:
    dialogs: list[str] = []

    def refuse(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", refuse)
    root = open_progress(page, site_url)
    upload(page, json.dumps(everything_passed(root)))
    total = root.locator(".cp-row[data-quiz-hash]").count()
    expect(root.locator(".cp__summary")).to_have_text(f"You have passed {total} of {total} quizzes (100% complete).")
    for item in root.locator("[data-scenario]").all():
        best = item.get_attribute("data-best")
        expect(item.locator(".cp-row__outcome")).to_have_text(f"{OUTCOME['good']}, {best} of {best} points")
    expect(root.locator(".cp__certificate-locked")).to_be_hidden()
    form = root.locator(".cp__certificate-form")
    expect(form).to_be_visible()

    form.get_by_label("Your name").fill(HOSTILE)
    form.get_by_role("button", name="Make my certificate").click()
    certificate = root.locator(".cp__certificate")
    expect(certificate).to_be_visible()
    assert certificate.evaluate("c => document.activeElement === c")
    expect(certificate.locator(".cp-cert__name")).to_have_text(HOSTILE)
    expect(certificate.locator("img")).to_have_count(0)
    expect(certificate).to_contain_text(root.get_attribute("data-title"))
    expect(certificate).to_contain_text("Certificate of completion")
    modules = [th.inner_text().strip() for th in root.locator(".cp-row th").all()]
    expect(certificate.locator(".cp-cert__modules li")).to_have_text(modules)
    today = date.today()
    expect(certificate.locator(".cp-cert__date")).to_contain_text(str(today.year))
    expect(certificate.locator(".cp-cert__date")).to_contain_text(today.strftime("%B"))

    stub_print(page)
    certificate.get_by_role("button", name="Print or save as PDF").click()
    printed = page.evaluate("window.__printed")
    assert len(printed) == 1 and "course-printing" in printed[0]["html"]
    assert len(printed[0]["target"]) == 1 and "cp__certificate" in printed[0]["target"][0]
    assert dialogs == []


def test_certificate_stays_locked_with_a_quiz_to_pass(page: Any, site_url: str) -> None:
    root = open_progress(page, site_url)
    data = everything_passed(root)
    data["quizzes"][quiz_modules()[-1]]["passed"] = False
    upload(page, json.dumps(data))
    expect(root.get_by_role("status")).to_contain_text("Your progress was loaded from the file: ")
    expect(root.locator(".cp__certificate-locked")).to_be_visible()
    expect(root.locator(".cp__certificate-form")).to_be_hidden()
