"""Feedback that teaches (issue 16), in real Chromium: every wrong select marked, the right answer
as a list, answers that stay readable once checked, an error summary that follows the learner,
and options mixed up per learner (the same on every visit, the file's order without JavaScript).
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.drive import (
    answer_all,
    check,
    course_id,
    module_urls,
    questions,
    quiz_modules,
    quiz_url,
    serve_sitemap_here,
    show_step,
    store,
    stored,
)

pytestmark = pytest.mark.browser


def find_question(page: Any, site_url: str, selector: str) -> tuple[str, int]:
    """Open the first quiz with a question matching `selector`; its module slug and its index."""
    for slug in quiz_modules():
        page.goto(site_url + quiz_url(slug))
        found = page.evaluate(
            "s => Array.from(document.querySelectorAll('.cq .cq-q')).findIndex(q => q.matches(s))", selector
        )
        if found >= 0:
            return slug, int(found)
    pytest.skip(f"no question in the course matches {selector}")


def luminance(rgb: str) -> float:
    red, green, blue = (int(part) / 255 for part in re.findall(r"\d+(?:\.\d+)?", rgb)[:3])
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (red, green, blue)]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str, other: str) -> float:
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("kind", ["match", "order"])
def test_each_wrong_select_is_marked_and_the_right_answer_is_a_list(page: Any, site_url: str, kind: str) -> None:
    slug, index = find_question(page, site_url, f"[data-type={kind}]")
    answer_all(page)
    question = questions(page).nth(index)
    selects = question.locator("select")
    total = selects.count()
    assert total >= 3, "the test swaps two answers and needs one more left right"
    right = [selects.nth(n).get_attribute("data-answer") for n in range(total)]
    selects.nth(0).select_option(right[2])  # two wrong choices: the first and the third
    selects.nth(2).select_option(right[0])
    check(page)
    wrong = question.locator('select[aria-invalid="true"]')
    expect(wrong).to_have_count(2)
    assert wrong.evaluate_all("l => l.map(s => s.id)") == [
        selects.nth(0).get_attribute("id"),
        selects.nth(2).get_attribute("id"),
    ]
    for n in range(total):
        mark = question.locator(".cq-sel").nth(n).locator(".cq-sel__mark")
        expect(mark).to_have_text(re.compile(r"Incorrect$" if n in (0, 2) else r"Correct$"))
        expect(mark).to_be_visible()
        assert selects.nth(n).get_attribute("aria-describedby") == mark.get_attribute("id")

    # The second wrong attempt reveals the right answer: a list, one pair per line.
    page.get_by_role("button", name="Try again").click()
    expect(question.locator("[aria-invalid]")).to_have_count(0)
    expect(question.locator(".cq-sel__mark")).to_have_count(0)
    selects.nth(0).select_option(right[1])
    selects.nth(1).select_option(right[0])
    for n in range(2, total):
        selects.nth(n).select_option(right[n])
    check(page)
    revealed = question.locator(".cq-q__answer")
    expect(revealed.locator("p")).to_have_text("The right answer:")
    items = revealed.locator("ol > li" if kind == "order" else "ul > li")
    expect(items).to_have_count(total)
    labels = {
        selects.nth(n).get_attribute("data-answer"): question.locator(".cq-sel__label").nth(n).inner_text().strip()
        for n in range(total)
    }
    if kind == "order":
        expect(items).to_have_text([labels[str(position)] for position in range(1, total + 1)])
    else:
        for n in range(total):
            label = question.locator(".cq-sel__label").nth(n).inner_text().strip()
            match = selects.nth(n).locator(f'option[value="{right[n]}"]').inner_text().strip()
            expect(items.filter(has_text=label)).to_have_text(f"{label}: {match}")
    assert slug


def test_checked_answers_stay_clearly_visible(page: Any, site_url: str) -> None:
    page.goto(site_url + quiz_url(quiz_modules()[0]))
    answer_all(page)
    check(page)
    look = page.evaluate(
        """() => Array.from(document.querySelectorAll('.cq input:checked, .cq select')).map(input => {
            const style = getComputedStyle(input);
            let back = 'rgb(255, 255, 255)';
            for (let e = input.parentElement; e; e = e.parentElement) {
              const b = getComputedStyle(e).backgroundColor;
              if (b && b !== 'rgba(0, 0, 0, 0)' && b !== 'transparent') { back = b; break; }
            }
            const fill = input.tagName == 'SELECT' ? style.color : style.backgroundColor;
            return {disabled: input.disabled, opacity: style.opacity, fill, back};
        })"""
    )
    assert look and all(item["disabled"] for item in look), "checked answers stay locked until Try again"
    for item in look:
        assert item["opacity"] == "1", item
        assert contrast(item["fill"], item["back"]) >= 3, item


def test_error_messages_go_as_each_question_is_answered(page: Any, site_url: str) -> None:
    page.goto(site_url + quiz_url(quiz_modules()[0]))
    total = questions(page).count()
    check(page)
    summary = page.locator(".cq__errors")
    expect(summary.get_by_role("link")).to_have_count(total)
    fieldsets = questions(page)
    from tests.browser.drive import answer

    answer(fieldsets.nth(0))
    expect(summary.get_by_role("link")).to_have_count(total - 1)
    expect(fieldsets.nth(0).locator(".cq-q__error")).to_have_count(0)
    assert "-error" not in (fieldsets.nth(0).get_attribute("aria-describedby") or "")
    expect(summary.get_by_role("link").first).to_have_text("Answer question 2")
    for index in range(1, total):
        answer(fieldsets.nth(index))
    expect(summary).to_be_empty()
    expect(page.locator(".cq-q__error, .cq-q--error")).to_have_count(0)


def test_error_summary_links_move_focus_under_instant_navigation(page: Any, site_url: str) -> None:
    first, second = quiz_modules()[:2]
    serve_sitemap_here(page, site_url)
    page.goto(site_url + module_urls()[first], wait_until="networkidle")
    page.evaluate("window.__sameDocument = true")
    page.locator("a.md-footer__link--next").click()
    expect(page.locator(f'.cq.cq--ready[data-quiz="{second}"]')).to_have_count(1)
    assert page.evaluate("window.__sameDocument === true"), "Material's instant navigation did not swap the page"
    show_step(page)  # the module opens at its first step: open the quiz's, as its contents link does
    check(page)
    links = page.locator(".cq__errors").get_by_role("link")
    for index in (2, 0):
        links.nth(index).click()
        page.wait_for_timeout(200)  # Material's instant navigation answers the click asynchronously
        assert page.evaluate(
            "i => document.activeElement === document.querySelectorAll('.cq-q')[i].querySelector('input, select')",
            index,
        ), page.evaluate("document.activeElement.outerHTML.slice(0, 120)")
    assert page.evaluate("window.__sameDocument === true")


def shown_orders(page: Any) -> dict[str, list[str]]:
    """Per single or multiple question: its options' values in the order shown."""
    return dict(
        page.evaluate(
            """() => Array.from(document.querySelectorAll('.cq-q[data-type=single], .cq-q[data-type=multiple]'),
            q => [q.dataset.qid, Array.from(q.querySelectorAll('.cq-opt__input'), i => i.value)])"""
        )
    )


def test_options_are_mixed_per_learner_and_stay_so(browser: Any, site_url: str) -> None:
    orders: list[dict[str, list[str]]] = []
    for _ in range(2):  # two learners
        context = browser.new_context()
        tab = context.new_page()
        seen = {}
        for slug in quiz_modules():
            tab.goto(site_url + module_urls()[slug])
            expect(tab.locator(".cq.cq--ready")).to_have_count(1)
            first = shown_orders(tab)
            tab.reload()
            expect(tab.locator(".cq.cq--ready")).to_have_count(1)
            assert shown_orders(tab) == first, "the order changed on the next visit"
            seen.update({f"{slug}/{qid}": order for qid, order in first.items()})
        context.close()
        orders.append(seen)
    file_order = {key: sorted(order, key=int) for key, order in orders[0].items()}
    assert any(order != file_order[key] for key, order in orders[0].items()), "the options are in the file's order"
    assert orders[0] != orders[1], "two learners got the same order for every question"


def test_without_javascript_and_with_shuffle_false_the_file_order_shows(browser: Any, site_url: str) -> None:
    slug = quiz_modules()[0]
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(site_url + module_urls()[slug])
    for order in shown_orders(tab).values():
        assert order == sorted(order, key=int)
    context.close()

    # `shuffle: false` on the quiz (data-shuffle="false"): the file's order with JavaScript too.
    context = browser.new_context()
    tab = context.new_page()

    def no_shuffle(route: Any) -> None:
        response = route.fetch()
        route.fulfill(
            response=response,
            body=response.text().replace('data-module="course-quiz"', 'data-module="course-quiz" data-shuffle="false"'),
        )

    tab.route(re.compile(re.escape(module_urls()[slug]) + "$"), no_shuffle)
    tab.goto(site_url + module_urls()[slug])
    expect(tab.locator('.cq.cq--ready[data-shuffle="false"]')).to_have_count(1)
    orders = shown_orders(tab)
    assert orders and all(order == sorted(order, key=int) for order in orders.values())
    context.close()


def test_saved_answers_come_back_whatever_the_order(page: Any, site_url: str) -> None:
    slug = quiz_modules()[0]
    page.goto(site_url + quiz_url(slug))
    answer_all(page, wrong={0})
    chosen = page.evaluate("Array.from(document.querySelectorAll('.cq input:checked'), i => i.id).sort()")
    course = course_id(page)
    data = stored(page, course)
    data["seed"] = "zz" + data["seed"][2:] if not data["seed"].startswith("zz") else "aa" + data["seed"][2:]
    store(page, course, data)  # another seed: another shown order
    before = shown_orders(page)
    page.reload()
    expect(page.locator(".cq.cq--ready")).to_have_count(1)
    assert shown_orders(page) != before
    assert page.evaluate("Array.from(document.querySelectorAll('.cq input:checked'), i => i.id).sort()") == chosen
