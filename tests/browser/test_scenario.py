"""Branching scenarios in real Chromium: every scenario of the course, played to its best ending.

The best path is worked out here from the YAML (not by the generator), so a wrong best score
on the page, a broken link between nodes or a lost choice fails a test.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.drive import OUTCOME, ScenarioPath, part_url, scenarios

pytestmark = pytest.mark.browser


def open_scenario(page: Any, site_url: str, scenario: ScenarioPath) -> Any:
    page.goto(site_url + part_url(scenario.module, f"cs-{scenario.id}"))
    root = page.locator(f'.cs[data-scenario="{scenario.id}"]')
    expect(root).to_have_class(re.compile(r"\bcs--ready\b"))
    return root


def play(page: Any, root: Any, scenario: ScenarioPath, path: list[dict[str, Any]]) -> None:
    """Click each choice by its exact text; after each, focus is on the situation it led to."""
    for step, choice in enumerate(path, start=1):
        root.get_by_role("button", name=choice["text"], exact=True).click()
        node = root.locator(f'.cs-node[data-node="{choice["next"]}"]')
        expect(node).to_be_visible()
        expect(root.locator(".cs-node:visible")).to_have_count(1)
        assert node.evaluate("n => document.activeElement === n"), f"focus did not move to {choice['next']}"
        expect(root.locator(".cs__log > li")).to_have_count(step)
        if choice.get("feedback"):
            expect(root.locator(".cs__log > li").last).to_contain_text(choice["feedback"])


@pytest.mark.parametrize("scenario", scenarios(), ids=lambda s: s.id)
def test_best_path_reaches_the_best_score(page: Any, site_url: str, scenario: ScenarioPath) -> None:
    best, path = scenario.best()
    root = open_scenario(page, site_url, scenario)
    assert root.get_attribute("data-best") == str(best), "the page's best score differs from the YAML's best path"
    start = root.locator(f'.cs-node[data-node="{scenario.start}"]')
    expect(start).to_be_visible()
    expect(root.locator(".cs__history")).to_be_hidden()

    play(page, root, scenario, path)

    history = root.locator(".cs__history")
    expect(history.get_by_role("heading", name="What happened so far")).to_be_visible()
    expect(history.locator("ol > li")).to_have_count(len(path))
    for item, choice in zip(history.locator("ol > li").all(), path, strict=True):
        expect(item).to_contain_text(f"You chose: {choice['text']}")
    end = root.locator(".cs__end")
    expect(end.locator(".cs__outcome")).to_have_text(f"{_icon(scenario.ending(path))} {OUTCOME[scenario.ending(path)]}")
    expect(end).to_contain_text(f"{best} of {best} points")
    expect(root.locator("[aria-live=polite]")).to_contain_text(OUTCOME[scenario.ending(path)])
    expect(root.locator(".cs-choice__button:visible")).to_have_count(0)

    # Start again: back to the opening, an empty transcript, focus on the opening situation.
    root.get_by_role("button", name="Start again", exact=True).click()
    expect(start).to_be_visible()
    expect(root.locator(".cs-node:visible")).to_have_count(1)
    expect(history).to_be_hidden()
    expect(history.locator("li")).to_have_count(0)
    expect(root.locator(".cs__end")).to_have_count(0)
    assert start.evaluate("n => document.activeElement === n")

    page.goto(site_url + "progress/")
    outcome = page.locator(f'[data-scenario="{scenario.id}"] .cp-row__outcome')
    expect(outcome).to_have_text(f"{OUTCOME[scenario.ending(path)]}, {best} of {best} points")


def test_a_worse_play_keeps_the_best_outcome(page: Any, site_url: str) -> None:
    scenario = next((s for s in scenarios() if s.worst()[0] < s.best()[0]), None)
    if scenario is None:
        pytest.skip("no scenario has a worse path")
    best, best_path = scenario.best()
    worst, worst_path = scenario.worst()
    root = open_scenario(page, site_url, scenario)
    play(page, root, scenario, worst_path)
    expect(root.locator(".cs__end")).to_contain_text(f"{worst} of {best} points")
    expect(root.locator(".cs__outcome")).to_contain_text(OUTCOME[scenario.ending(worst_path)])
    root.get_by_role("button", name="Start again").click()
    play(page, root, scenario, best_path)
    root.get_by_role("button", name="Start again").click()
    play(page, root, scenario, worst_path)
    course = root.get_attribute("data-course")
    saved = page.evaluate("k => JSON.parse(localStorage.getItem(k))", f"course:{course}")["scenarios"][scenario.id]
    assert saved["plays"] == 3
    assert saved["best"] == {"points": best, "ending": scenario.ending(best_path)}
    assert saved["hash"] == root.get_attribute("data-hash")


def test_choices_are_real_buttons_reachable_by_keyboard(page: Any, site_url: str) -> None:
    scenario = scenarios()[0]
    _, path = scenario.best()
    root = open_scenario(page, site_url, scenario)
    first = root.get_by_role("button", name=path[0]["text"], exact=True)
    assert first.evaluate("b => b.tagName") == "BUTTON"
    first.focus()
    page.keyboard.press("Enter")
    node = root.locator(f'.cs-node[data-node="{path[0]["next"]}"]')
    expect(node).to_be_visible()
    page.keyboard.press("Tab")  # from the situation, the next stop is one of its choices
    assert page.evaluate("document.activeElement.classList.contains('cs-choice__button')")
    assert page.evaluate("n => n.contains(document.activeElement)", node.element_handle())


def _icon(ending: str) -> str:
    return {"good": "✓", "mixed": "◐", "poor": "✗"}[ending]
