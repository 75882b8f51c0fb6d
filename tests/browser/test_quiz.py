"""Quizzes in real Chromium: every quiz of the course, checked as a learner would.

Conventions under test (DESIGN.md): "N of M correct" and a percentage, passed / not passed
yet, feedback under each question, focus on the result (aria-live), Try again; answers kept
in the browser and restored only for unchanged questions.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.drive import (
    answer,
    answer_all,
    check,
    course_id,
    module_urls,
    pass_mark,
    pass_quiz,
    percent,
    questions,
    quiz_modules,
    quiz_url,
    scenarios,
    serve_sitemap_here,
    show_step,
    store,
    stored,
)

pytestmark = pytest.mark.browser

FIRST = quiz_modules()[0]
OLD_HASH = "0123456789ab"  # a hash no content has: the question or quiz changed since


def focused(page: Any, selector: str) -> bool:
    return bool(page.evaluate("s => !!document.activeElement && document.activeElement.matches(s)", selector))


@pytest.mark.parametrize("slug", quiz_modules())
def test_every_quiz_scores_marks_and_passes(page: Any, site_url: str, slug: str) -> None:
    page.goto(site_url + quiz_url(slug))
    quiz = page.locator(".cq")
    total = questions(page).count()
    assert total >= 1

    # First attempt: the first question answered wrongly, the rest rightly.
    chosen = answer_all(page, wrong={0})
    check(page)
    result = quiz.locator(".cq__result")
    score = percent(total - 1, total)
    expect(result).to_contain_text(f"{total - 1} of {total} correct ({score}%).")
    verdict = "Passed" if score >= pass_mark(page) else "Not passed yet"
    expect(result.locator(".cq__verdict")).to_have_text(re.compile(rf"^\W*{verdict}$"))
    assert focused(page, ".cq__result")
    assert result.get_attribute("aria-live") == "polite"
    first = questions(page).first
    expect(first.locator(".cq-q__mark")).to_contain_text("Incorrect")
    expect(first.locator(".cq-q__mark .course-icon")).to_have_text("✗")
    for index in range(1, total):
        expect(questions(page).nth(index).locator(".cq-q__mark")).to_contain_text("Correct")
    if chosen[0] is not None:
        feedback = page.locator(f"#{chosen[0]} ~ .cq-opt__feedback")
        if feedback.count():
            expect(feedback).to_be_visible()
    # Only the chosen options' feedback shows.
    for option in quiz.locator(".cq-opt:has(input:not(:checked)) .cq-opt__feedback").all():
        expect(option).to_be_hidden()
    for explanation in quiz.locator(".cq-q__explanation").all():
        expect(explanation).to_be_visible()
    # Locked until Try again; Check answers gives way to Try again.
    assert quiz.locator("input:enabled, select:enabled").count() == 0
    expect(quiz.get_by_role("button", name="Check answers")).to_be_hidden()

    # Try again: the wrong question is cleared, the right ones keep their answers and say so;
    # focus on the first question, the one to answer again.
    kept = [_answers(questions(page).nth(index)) for index in range(1, total)]
    quiz.get_by_role("button", name="Try again").click()
    expect(result).to_be_empty()
    expect(quiz.locator(".cq-q__mark:visible, .cq-opt__feedback:visible, .cq-q__explanation:visible")).to_have_count(0)
    assert not any(value not in ("", False) for value in _answers(first)), "the wrong answer was kept"
    assert [_answers(questions(page).nth(index)) for index in range(1, total)] == kept
    expect(first.locator(".cq-q__kept")).to_have_count(0)
    expect(quiz.locator(".cq-q__kept")).to_have_count(total - 1)
    expect(quiz.locator(".cq-q__kept").first).to_contain_text("your answer is kept")
    assert quiz.locator("input:disabled, select:disabled").count() == 0
    assert page.evaluate("document.activeElement.closest('.cq-q') === document.querySelector('.cq-q')")

    # Second attempt: everything right.
    answer_all(page)
    check(page)
    expect(result).to_contain_text(f"{total} of {total} correct (100%).")
    expect(result.locator(".cq__verdict")).to_have_text(re.compile(r"^\W*Passed$"))

    # Reload: the checked quiz comes back with its answers.
    answers = _answers(quiz)
    page.reload()
    expect(quiz.locator(".cq__result")).to_contain_text(f"{total} of {total} correct (100%).")
    expect(quiz.locator(".cq-q__mark", has_text="Correct")).to_have_count(total)
    assert _answers(quiz) == answers
    data = stored(page, course_id(page))["quizzes"][slug]
    assert data["passed"] is True and data["best"] == 100 and data["attempts"] == 2


def test_unanswered_questions_give_an_error_summary(page: Any, site_url: str) -> None:
    page.goto(site_url + quiz_url(FIRST))
    quiz = page.locator(".cq")
    total = questions(page).count()
    check(page)
    summary = quiz.locator(".cq__errors")
    expect(summary).to_have_attribute("role", "alert")
    expect(summary.get_by_role("heading", name="There is a problem")).to_be_visible()
    expect(summary.get_by_role("link")).to_have_count(total)
    assert focused(page, ".cq__errors")
    expect(quiz.locator(".cq__result")).to_be_empty()

    # Answer all but the second: only it is listed, with a message inside the question.
    fieldsets = questions(page)
    for index in range(total):
        if index != 1:
            answer(fieldsets.nth(index))
    check(page)
    links = summary.get_by_role("link")
    expect(links).to_have_count(1)
    expect(links).to_have_text("Answer question 2")
    expect(fieldsets.nth(1).locator(".cq-q__error")).to_contain_text("Answer question 2")
    assert "-error" in (fieldsets.nth(1).get_attribute("aria-describedby") or "")
    expect(quiz.locator(".cq-q__error")).to_have_count(1)
    expect(quiz.locator(".cq-q__mark:visible")).to_have_count(0)
    links.click()
    assert page.evaluate("document.activeElement.closest('.cq-q') === document.querySelectorAll('.cq-q')[1]")

    # Once answered, the errors go and the quiz is marked.
    answer(fieldsets.nth(1))
    check(page)
    expect(summary).to_be_empty()
    expect(quiz.locator(".cq-q__error")).to_have_count(0)
    expect(quiz.locator(".cq__result")).to_contain_text(f"{total} of {total} correct")


def test_a_partly_answered_select_question_is_reported(page: Any, site_url: str) -> None:
    index = _find_question(page, site_url, "select")
    first = questions(page).nth(index).locator("select").first
    first.select_option(first.get_attribute("data-answer"))
    check(page)
    link = page.locator(".cq__errors").get_by_role("link", name=f"Answer every part of question {index + 1}")
    expect(link).to_be_visible()


def test_multiple_choice_is_all_or_nothing(page: Any, site_url: str) -> None:
    index = _find_question(page, site_url, "[data-type=multiple]")
    answer_all(page)
    fieldset = questions(page).nth(index)
    correct = fieldset.locator("input[data-correct]")
    wrong = fieldset.locator("input:not([data-correct])")
    assert wrong.count() >= 1
    wrong.first.check()  # every right answer ticked, and one wrong one too
    check(page)
    expect(fieldset.locator(".cq-q__mark")).to_contain_text("Incorrect")
    if correct.count() >= 2:  # only some of the right answers
        page.get_by_role("button", name="Try again").click()
        answer_all(page)
        correct.first.uncheck()
        check(page)
        expect(fieldset.locator(".cq-q__mark")).to_contain_text("Incorrect")


def test_right_answer_revealed_after_second_attempt_or_a_pass(page: Any, site_url: str) -> None:
    page.goto(site_url + quiz_url(FIRST))
    quiz = page.locator(".cq")
    total = questions(page).count()
    count = next(n for n in range(1, total + 1) if percent(total - n, total) < pass_mark(page))
    wrong = set(range(count))  # just enough wrong answers to fail

    answer_all(page, wrong=wrong)
    check(page)
    expect(quiz.locator(".cq__verdict")).to_contain_text("Not passed yet")
    expect(quiz.locator(".cq-q__answer")).to_have_count(0)  # first attempt: think again

    quiz.get_by_role("button", name="Try again").click()
    answer_all(page, wrong=wrong)
    check(page)
    expect(quiz.locator(".cq-q__answer")).to_have_count(len(wrong))  # second attempt: shown
    expect(quiz.locator(".cq-q__answer").first).to_contain_text("The right answer: ")

    # A quiz passed at the first attempt shows the right answer of the question it got wrong.
    slug = quiz_modules()[1]
    page.goto(site_url + quiz_url(slug))
    total = questions(page).count()
    if percent(total - 1, total) >= pass_mark(page):
        answer_all(page, wrong={0})
        check(page)
        expect(page.locator(".cq-q__answer")).to_have_count(1)
        right = questions(page).first.locator("input[data-correct] + label, select")
        expect(page.locator(".cq-q__answer")).to_contain_text(right.first.inner_text().split("\n")[0].strip())


def test_instant_navigation_initialises_each_quiz_once(page: Any, site_url: str) -> None:
    first, second = quiz_modules()[:2]
    serve_sitemap_here(page, site_url)
    page.goto(site_url + quiz_url(first), wait_until="networkidle")
    page.evaluate("window.__sameDocument = true")
    page.locator("a.md-footer__link--next").click()
    page.wait_for_url(re.compile(re.escape(module_urls()[second]) + "(#.*)?$"))
    assert page.evaluate("window.__sameDocument === true"), "Material's instant navigation did not swap the page"
    # The address changes before the content is swapped: wait for the second module's quiz itself.
    expect(page.locator(f'.cq.cq--ready[data-quiz="{second}"]')).to_have_count(1)
    show_step(page)  # the module opens at its first step: the quiz's link in the contents opens the quiz
    total = questions(page).count()
    answer_all(page)
    check(page)
    expect(page.locator(".cq__result")).to_contain_text(f"{total} of {total} correct")

    page.locator("a.md-footer__link--prev").click()
    page.wait_for_url(re.compile(re.escape(module_urls()[first]) + "(#.*)?$"))
    assert page.evaluate("window.__sameDocument === true")
    expect(page.locator(f'.cq[data-quiz="{first}"]')).to_have_count(1)
    expect(page.locator(".cq.cq--ready")).to_have_count(1)
    expect(page.locator(".cq__again")).to_have_count(1)  # one Try again (hidden until checked)
    show_step(page)
    check(page)  # nothing answered: one error summary, not two
    expect(page.locator(".cq__errors")).to_have_count(1)
    expect(page.locator(".cq__errors li")).to_have_count(questions(page).count())
    answer_all(page)
    check(page)
    expect(page.locator(".cq__result:not(:empty)")).to_have_count(1)
    expect(page.locator(".cq__result .cq__score")).to_have_count(1)
    # The passed second module is marked in the navigation after the swap.
    expect(page.locator(f'nav a.md-nav__link[href$="{module_urls()[second]}"] .course-mark').first).to_be_attached()


def test_navigation_marks_passed_modules(page: Any, site_url: str) -> None:
    first, second = quiz_modules()[:2]
    page.goto(site_url + quiz_url(second))
    expect(page.locator(".course-mark")).to_have_count(0)
    pass_quiz(page, site_url, first)
    marks = page.locator(".md-nav--primary a.md-nav__link .course-mark")
    expect(marks).to_have_count(1)  # the current page's own link ("./") counts too
    page.goto(site_url + module_urls()[second])
    link = page.locator(f'.md-nav--primary a.md-nav__link[href$="{module_urls()[first]}"]')
    expect(link.locator(".course-mark")).to_have_count(1)
    expect(link.locator(".course-mark .course-sr")).to_have_text("(passed)")
    expect(link.locator(".course-mark [aria-hidden=true]")).to_have_text("✓")
    expect(page.locator(".md-nav--primary .course-mark")).to_have_count(1)
    page.evaluate("window.document$.next(document)")  # a second init adds nothing
    expect(page.locator(".md-nav--primary .course-mark")).to_have_count(1)
    expect(page.locator(".cq .cq__result")).to_have_count(1)


def test_back_forward_cache_restores_are_resynced(page: Any, site_url: str) -> None:
    # Chromium headless keeps no back/forward cache, so the event such a restore fires is sent.
    pass_quiz(page, site_url, FIRST)
    expect(page.locator(".md-nav--primary .course-mark")).to_have_count(1)
    store(page, course_id(page), {"v": 1})  # meanwhile, progress was reset in another tab
    page.evaluate("window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}))")
    expect(page.locator(".cq__result")).to_be_empty()
    expect(page.locator(".cq input:checked")).to_have_count(0)
    expect(page.get_by_role("button", name="Check answers")).to_be_visible()
    expect(page.locator(".md-nav--primary .course-mark")).to_have_count(0)


def test_blocked_storage_still_works_in_memory(browser: Any, site_url: str) -> None:
    # Any access to localStorage throws, as with site data blocked. Material's own inline
    # scripts do not survive that ("blocked" page errors, not ours); the course script must.
    context = browser.new_context()
    context.add_init_script(
        """window.__courseTries = 0;
        Object.defineProperty(window, 'localStorage', {get() {
            const ours = /course\\.js/.test(new Error().stack || '');
            if (ours) window.__courseTries++;
            throw new DOMException(ours ? 'course storage blocked' : 'blocked', 'SecurityError');
        }});"""
    )
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(error.message) if error.message != "blocked" else None)
    tab.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    try:
        tab.goto(site_url + quiz_url(FIRST))
        total = questions(tab).count()
        answer_all(tab, wrong={0})
        check(tab)
        expect(tab.locator(".cq__result")).to_contain_text(f"{total - 1} of {total} correct")
        tab.get_by_role("button", name="Try again").click()
        expect(tab.locator(".cq__result")).to_be_empty()
        answer_all(tab)
        check(tab)
        expect(tab.locator(".cq__result")).to_contain_text(f"{total} of {total} correct")
        # Kept in memory for this page: the navigation shows the pass.
        expect(tab.locator(".md-nav--primary .course-mark")).to_have_count(1)
        assert tab.evaluate("window.__courseTries") > 0
    finally:
        context.close()
    assert not errors, errors


def test_corrupted_storage_is_set_aside(page: Any, site_url: str) -> None:
    page.goto(site_url + quiz_url(FIRST))
    course = course_id(page)
    store(page, course, "{not json")
    warnings: list[str] = []
    page.on("console", lambda message: warnings.append(message.text) if message.type == "warning" else None)
    page.reload()
    expect(page.locator(".cq.cq--ready")).to_have_count(1)
    assert any("set aside" in text for text in warnings), warnings
    keys = page.evaluate("Object.keys(localStorage)")
    aside = [key for key in keys if key.startswith(f"course:{course}:corrupt:")]
    assert len(aside) == 1
    assert page.evaluate("k => localStorage.getItem(k)", aside[0]) == "{not json"
    total = questions(page).count()
    answer_all(page)
    check(page)
    expect(page.locator(".cq__result")).to_contain_text(f"{total} of {total} correct")
    assert stored(page, course)["v"] == 2


def test_changed_content_does_not_restore_stale_answers(page: Any, site_url: str) -> None:
    page.goto(site_url + quiz_url(FIRST))
    course = course_id(page)
    answer_all(page)
    data = stored(page, course)
    first_id = questions(page).first.get_attribute("data-qid")
    data["quizzes"][FIRST]["answers"][first_id]["h"] = OLD_HASH
    store(page, course, data)
    page.reload()
    fieldsets = questions(page)
    expect(fieldsets.first.locator("input:checked")).to_have_count(0)
    assert all(v == "" for v in fieldsets.first.locator("select").evaluate_all("s => s.map(e => e.value)"))
    for index in range(1, fieldsets.count()):
        assert any(value not in ("", False) for value in _answers(fieldsets.nth(index))), f"question {index + 1} lost"

    # A changed quiz starts a fresh check, but the learner keeps what they achieved:
    # "passed" stays on the progress page (progress is never lost on a content update).
    answer(fieldsets.first)
    check(page)
    data = stored(page, course)
    assert data["quizzes"][FIRST]["passed"] is True
    data["quizzes"][FIRST]["hash"] = OLD_HASH
    store(page, course, data)
    page.reload()
    expect(page.locator(".cq__result")).to_be_empty()
    expect(page.get_by_role("button", name="Check answers")).to_be_visible()
    page.goto(site_url + "progress/")
    row = page.locator(f'.cp-row[data-slug="{FIRST}"] .cp-row__quiz')
    expect(row).to_have_text("passed")


def test_a_checked_quiz_without_its_answers_shows_the_last_result(page: Any, site_url: str) -> None:
    # An LMS's 4 KB suspend_data may come back without the answers: the result still shows.
    pass_quiz(page, site_url, FIRST)
    course = course_id(page)
    data = stored(page, course)
    data["quizzes"][FIRST]["answers"] = {}
    store(page, course, data)
    page.reload()
    total = questions(page).count()
    expect(page.locator(".cq__result")).to_contain_text(f"{total} of {total} correct (100%).")
    expect(page.locator(".cq__result .cq__verdict")).to_contain_text("Passed")
    expect(page.locator(".cq-q__mark:visible")).to_have_count(0)
    assert page.locator(".cq input:enabled, .cq select:enabled").count() == 0
    page.get_by_role("button", name="Try again").click()
    expect(page.locator(".cq__result")).to_be_empty()
    assert page.locator(".cq input:disabled, .cq select:disabled").count() == 0


def test_try_again_keeps_right_answers_forgets_wrong_ones_and_keeps_the_status(page: Any, site_url: str) -> None:
    page.goto(site_url + quiz_url(FIRST))
    total = questions(page).count()
    answer_all(page, wrong={0})
    check(page)
    page.get_by_role("button", name="Try again").click()
    page.reload()
    expect(page.locator(".cq__result")).to_be_empty()
    assert not any(value not in ("", False) for value in _answers(questions(page).first))
    for index in range(1, total):
        assert any(value not in ("", False) for value in _answers(questions(page).nth(index))), f"question {index + 1}"
    data = stored(page, course_id(page))["quizzes"][FIRST]
    assert data["checked"] is False and data["attempts"] == 1
    assert sorted(data["answers"]) == sorted(q.get_attribute("data-qid") for q in questions(page).all()[1:])

    # A passed quiz keeps its status when tried again.
    answer_all(page)
    check(page)
    page.get_by_role("button", name="Try again").click()
    data = stored(page, course_id(page))["quizzes"][FIRST]
    assert data["passed"] is True and len(data["answers"]) == total


def test_without_javascript_the_questions_are_readable(browser: Any, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        tab = context.new_page()
        tab.goto(site_url + module_urls()[FIRST])
        expect(tab.locator(".cq-q__prompt").first).to_be_visible()
        assert tab.locator(".cq-q__prompt").first.inner_text().strip()
        expect(tab.locator(".cq noscript")).to_have_count(1)
        assert "needs JavaScript" in tab.locator(".cq noscript").inner_text()
        expect(tab.locator(".cq__note")).to_be_visible()
        expect(tab.get_by_role("button", name="Check answers")).to_be_hidden()
        tab.goto(site_url + module_urls()[scenarios()[0].module])
        expect(tab.locator(".cs .cs__note").first).to_be_visible()
        expect(tab.locator(".cs .cs-node__text").first).to_be_visible()
        expect(tab.locator(".cs .cs-choice__button").first).to_be_hidden()
    finally:
        context.close()


def _answers(root: Any) -> list[Any]:
    """What the learner has chosen under `root`: each input's checked state, each select's value."""
    script = "l => l.map(e => e.tagName == 'SELECT' ? e.value : e.checked)"
    return list(root.locator("input, select").evaluate_all(script))


def _find_question(page: Any, site_url: str, selector: str) -> int:
    """Open the first quiz with a question matching `selector` (itself or an inner element); its index."""
    for slug in quiz_modules():
        page.goto(site_url + quiz_url(slug))
        fieldsets = questions(page)
        for index in range(fieldsets.count()):
            fieldset = fieldsets.nth(index)
            if fieldset.evaluate("(f, s) => f.matches(s) || !!f.querySelector(s)", selector):
                return index
    pytest.skip(f"no question in the course matches {selector}")
