"""A learner's work never lost (issue 16), in real Chromium: scenarios resume, best endings kept,
storage blocked or full said out loud, progress files checked and merged, two tabs in step.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.drive import (
    OUTCOME,
    answer_all,
    check,
    course_id,
    everything_passed,
    module_urls,
    part_url,
    pass_quiz,
    questions,
    quiz_modules,
    quiz_url,
    scenarios,
    store,
    stored,
)
from tests.helpers import REPO

pytestmark = pytest.mark.browser

NOT_KEPT = "This browser is not keeping your progress"
BLOCKED = """Object.defineProperty(window, 'localStorage', {get() {
    throw new DOMException('The operation is insecure.', 'SecurityError'); }});"""
FULL = """Storage.prototype.setItem = function () {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };"""
FAILED = "That file could not be read as course progress. Nothing was changed."


def open_progress(page: Any, site_url: str) -> Any:
    page.goto(site_url + "progress/")
    root = page.locator(".cp")
    expect(root).to_have_class(re.compile(r"\bcp--ready\b"))
    return root


def upload(page: Any, content: str | bytes) -> None:
    buffer = content if isinstance(content, bytes) else content.encode()
    page.locator(".cp__import").set_input_files(
        {"name": "progress.json", "mimeType": "application/json", "buffer": buffer}
    )


def quiz_cell(root: Any, slug: str) -> Any:
    return root.locator(f'.cp-row[data-slug="{slug}"] .cp-row__quiz')


# ------------------------------------------------------------------ scenarios


def test_a_half_played_scenario_resumes_after_a_reload_and_a_visit_elsewhere(page: Any, site_url: str) -> None:
    scenario = next(s for s in scenarios() if len(s.best()[1]) >= 3)
    _, path = scenario.best()
    page.goto(site_url + part_url(scenario.module, f"cs-{scenario.id}"))
    root = page.locator(f'.cs[data-scenario="{scenario.id}"]')
    for choice in path[:2]:
        root.get_by_role("button", name=choice["text"], exact=True).click()
    node = root.locator(f'.cs-node[data-node="{path[1]["next"]}"]')
    expect(node).to_be_visible()
    transcript = root.locator(".cs__log").inner_text()
    page.reload()
    expect(node).to_be_visible()
    expect(root.locator(".cs-node:visible")).to_have_count(1)
    expect(root.locator(".cs__log > li")).to_have_count(2)
    assert root.locator(".cs__log").inner_text() == transcript
    page.goto(site_url + "progress/")
    page.go_back()
    expect(node).to_be_visible()
    saved = stored(page, course_id(page))["scenarios"][scenario.id]["current"]
    assert saved["node"] == path[1]["next"] and len(saved["path"]) == 2

    # Playing on ends the game where it would have ended, with the points of the whole path.
    best = int(root.get_attribute("data-best"))
    for choice in path[2:]:
        root.get_by_role("button", name=choice["text"], exact=True).click()
    expect(root.locator(".cs__end")).to_contain_text(f"{best} of {best} points")
    assert "current" not in stored(page, course_id(page))["scenarios"][scenario.id]

    # Start again leaves a half-played game for good.
    root.get_by_role("button", name="Start again").click()
    root.get_by_role("button", name=path[0]["text"], exact=True).click()
    root.locator(".cs__history").get_by_role("button", name="Start again").click()
    expect(root.locator(f'.cs-node[data-node="{scenario.start}"]')).to_be_visible()
    page.reload()
    expect(root.locator(f'.cs-node[data-node="{scenario.start}"]')).to_be_visible()
    expect(root.locator(".cs__history")).to_be_hidden()


def test_the_best_ending_is_kept_before_the_most_points(page: Any, site_url: str) -> None:
    scenario = scenarios()[0]
    best, best_path = scenario.best()
    assert scenario.ending(best_path) == "good"
    page.goto(site_url + part_url(scenario.module, f"cs-{scenario.id}"))
    course = course_id(page)
    root = page.locator(f'.cs[data-scenario="{scenario.id}"]')
    data = stored(page, course)
    many = best + 50  # more points than any path gives, at a poor ending
    data["scenarios"][scenario.id] = {
        "hash": root.get_attribute("data-hash"),
        "plays": 1,
        "best": {"points": many, "ending": "poor"},
    }
    store(page, course, data)
    page.reload()
    for choice in best_path:
        root.get_by_role("button", name=choice["text"], exact=True).click()
    expect(root.locator(".cs__end")).to_be_visible()
    assert stored(page, course)["scenarios"][scenario.id]["best"] == {"points": best, "ending": "good"}

    # A worse ending afterwards, whatever its points, leaves the good one.
    _, worst_path = scenario.worst()
    root.get_by_role("button", name="Start again").click()
    for choice in worst_path:
        root.get_by_role("button", name=choice["text"], exact=True).click()
    expect(root.locator(".cs__end")).to_be_visible()
    saved = stored(page, course)["scenarios"][scenario.id]
    assert saved["plays"] == 3 and saved["best"] == {"points": best, "ending": "good"}
    page.goto(site_url + "progress/")
    outcome = page.locator(f'[data-scenario="{scenario.id}"] .cp-row__outcome')
    expect(outcome).to_have_text(f"{OUTCOME['good']}, {best} of {best} points")

    # A file whose best has more points at a mixed ending does not replace it either.
    file = stored(page, course)
    file["scenarios"][scenario.id]["best"] = {"points": many, "ending": "mixed"}
    upload(page, json.dumps(file))
    expect(page.get_by_role("status")).to_contain_text("1 scenario kept")
    expect(outcome).to_have_text(f"{OUTCOME['good']}, {best} of {best} points")


# ------------------------------------------------------------------ storage blocked or full


@pytest.mark.parametrize("trouble", [BLOCKED, FULL], ids=["blocked", "full"])
def test_without_storage_every_page_says_so_and_nothing_throws(browser: Any, site_url: str, trouble: str) -> None:
    context = browser.new_context()
    context.add_init_script(trouble)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(f"page error: {error}"))
    tab.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    try:
        for address in ("", module_urls()[quiz_modules()[0]], "progress/", "glossary/"):
            tab.goto(site_url + address)
            notice = tab.locator(".course-notice")
            expect(notice).to_have_count(1)
            expect(notice).to_contain_text(NOT_KEPT)
            expect(notice.get_by_role("button", name="Save progress to a file")).to_be_visible()
        # The quiz still works for this page, and its result can be saved to a file.
        tab.goto(site_url + quiz_url(quiz_modules()[0]))
        total = questions(tab).count()
        answer_all(tab)
        check(tab)
        expect(tab.locator(".cq__result")).to_contain_text(f"{total} of {total} correct")
        with tab.expect_download() as info:
            tab.locator(".course-notice").get_by_role("button", name="Save progress to a file").click()
        saved = json.loads(Path(info.value.path()).read_text(encoding="utf-8"))
        assert saved["quizzes"][quiz_modules()[0]]["passed"] is True
        # Material keeps working: search opens and finds, the colour toggle is there and switches.
        toggle = tab.locator("form[data-md-component=palette] label:visible").first
        expect(toggle).to_be_visible()
        scheme = tab.evaluate("document.body.getAttribute('data-md-color-scheme')")
        toggle.click()
        tab.wait_for_function("s => document.body.getAttribute('data-md-color-scheme') !== s", arg=scheme)
        tab.locator(".md-search__input").click()
        tab.locator(".md-search__input").press_sequentially("coproduction", delay=10)  # Material searches on keyup
        expect(tab.locator(".md-search-result__item").first).to_be_visible(timeout=15000)
    finally:
        context.close()
    assert not errors, errors


def test_with_storage_working_no_notice_shows_until_storage_fills_up(page: Any, site_url: str) -> None:
    page.goto(site_url + quiz_url(quiz_modules()[0]))
    expect(page.locator(".cq.cq--ready")).to_have_count(1)
    expect(page.locator(".course-notice")).to_have_count(0)
    page.evaluate(f"() => {{ {FULL} }}")  # the quota runs out while the learner works
    answer_all(page)
    expect(page.locator(".course-notice")).to_contain_text(NOT_KEPT)
    check(page)
    expect(page.locator(".cq__result")).to_contain_text("Passed")  # kept for this page meanwhile


# ------------------------------------------------------------------ progress files


def test_an_older_file_keeps_every_pass_and_says_what_changed(page: Any, site_url: str) -> None:
    first, second, third = quiz_modules()[:3]
    pass_quiz(page, site_url, first)
    pass_quiz(page, site_url, second)
    root = open_progress(page, site_url)
    course = root.get_attribute("data-course")
    before = stored(page, course)
    older = everything_passed(root)  # version 1, no course id
    older["quizzes"] = {
        first: {**older["quizzes"][first], "passed": False, "best": 20, "attempts": 1},
        second: {**older["quizzes"][second], "passed": False, "best": 40, "attempts": 1},
        third: {**older["quizzes"][third], "passed": True, "best": 100, "attempts": 3},
    }
    older["scenarios"] = {}
    upload(page, json.dumps(older))
    expect(root.get_by_role("status")).to_have_text(
        "Your progress was loaded from the file: 1 quiz added, 2 quizzes kept. Nothing was taken away."
    )
    for slug in (first, second, third):
        expect(quiz_cell(root, slug)).to_have_text("passed")
    after = stored(page, course)
    assert after["quizzes"][first]["best"] == 100 and after["quizzes"][third]["attempts"] == 3
    assert after["seed"] == before["seed"]

    # One undo puts back the progress from before the file.
    root.get_by_role("button", name="Undo loading the file").click()
    expect(root.get_by_role("status")).to_contain_text("undone")
    expect(quiz_cell(root, third)).to_have_text("not started")
    assert stored(page, course) == before
    expect(root.get_by_role("button", name="Undo loading the file")).to_be_hidden()


def test_better_results_from_a_file_improve_and_worksheets_keep_what_is_typed(page: Any, site_url: str) -> None:
    slug = quiz_modules()[0]
    page.goto(site_url + quiz_url(slug))
    total = questions(page).count()
    answer_all(page, wrong=set(range(total)))
    check(page)
    root = open_progress(page, site_url)
    course = root.get_attribute("data-course")
    data = stored(page, course)
    file = json.loads(json.dumps(data))
    file["quizzes"][slug].update(passed=True, best=100, attempts=5)
    file["worksheets"] = {"my-plan": {"first": "From the file", "second": "Also from the file"}}
    data["worksheets"] = {"my-plan": {"first": "Typed here"}}
    store(page, course, data)
    upload(page, json.dumps(file))
    expect(root.get_by_role("status")).to_have_text(
        "Your progress was loaded from the file: 1 quiz result improved, 1 worksheet answer added."
        " Nothing was taken away."
    )
    expect(quiz_cell(root, slug)).to_have_text("passed")
    after = stored(page, course)
    assert after["worksheets"]["my-plan"] == {"first": "Typed here", "second": "Also from the file"}
    assert after["quizzes"][slug]["attempts"] == 5


def test_a_file_from_another_course_is_refused(page: Any, site_url: str) -> None:
    pass_quiz(page, site_url, quiz_modules()[0])
    root = open_progress(page, site_url)
    course = root.get_attribute("data-course")
    before = stored(page, course)
    other = {**before, "course": "another-course"}
    upload(page, json.dumps(other))
    expect(root.get_by_role("status")).to_have_text(
        "That file holds progress from another course. Nothing was changed."
    )
    assert stored(page, course) == before


def hostile_files() -> dict[str, str | bytes]:
    passed = {"hash": "0123456789ab", "passed": True, "best": 100, "attempts": 1}

    def state(**sections: Any) -> str:
        return json.dumps({"v": 1, "quizzes": {}, "scenarios": {}, "worksheets": {}, **sections})

    slug = quiz_modules()[0]
    scenario = scenarios()[0].id
    deep = "[" * 100_000 + "]" * 100_000
    return {
        "passed-as-text": state(quizzes={slug: {**passed, "passed": "false"}}),
        "best-as-text": state(quizzes={slug: {**passed, "best": "100"}}),
        "best-over-100": state(quizzes={slug: {**passed, "best": 1000}}),
        "negative-attempts": state(quizzes={slug: {**passed, "attempts": -1}}),
        "html-in-a-hash": state(quizzes={slug: {**passed, "hash": "<img src=x onerror=alert(1)>"}}),
        "html-in-an-ending": state(
            scenarios={scenario: {"hash": "0123456789ab", "plays": 1, "best": {"points": 1, "ending": "<img src=x>"}}}
        ),
        "ending-constructor": state(
            scenarios={scenario: {"hash": "0123456789ab", "plays": 1, "best": {"points": 1, "ending": "constructor"}}}
        ),
        "proto-key": '{"v": 1, "quizzes": {"__proto__": {"passed": true}}, "scenarios": {}, "worksheets": {}}',
        "constructor-key": state(quizzes={"constructor": passed}),
        "unknown-key": state(quizzes={slug: {**passed, "extra": 1}}),
        "unknown-section": json.dumps({"v": 1, "quizzes": {}, "scenarios": {}, "worksheets": {}, "evil": {}}),
        "nested": state(worksheets={"plan": {"first": {"a": {"b": {"c": "deep"}}}}}),
        "deep": deep,
        # Version 2 (version 1 had no limit: its texts are cut to 5,000 characters on the way in).
        "long-text": json.dumps(
            {
                "v": 2,
                "course": "coproduction",
                "seed": "abcdefgh",
                "quizzes": {},
                "scenarios": {},
                "worksheets": {"plan": {"first": "x" * 5001}},
                "places": {},
            }
        ),
        "too-many-entries": state(worksheets={f"plan-{n}": {"first": "x"} for n in range(501)}),
        "wrong-version": json.dumps({"v": "2", "quizzes": {}}),
        "bad-seed": json.dumps(
            {
                "v": 2,
                "course": "coproduction",
                "seed": "<b>",
                "quizzes": {},
                "scenarios": {},
                "worksheets": {},
                "places": {},
            }
        ),
    }


@pytest.mark.parametrize("name", sorted(hostile_files()))
def test_hostile_files_are_refused_and_change_nothing(page: Any, site_url: str, name: str) -> None:
    pass_quiz(page, site_url, quiz_modules()[0])
    root = open_progress(page, site_url)
    course = root.get_attribute("data-course")
    before = stored(page, course)
    upload(page, hostile_files()[name])
    expect(root.get_by_role("status")).to_have_text(FAILED)
    assert stored(page, course) == before
    expect(root.locator(".cp img")).to_have_count(0)
    expect(root.locator(".cp__certificate-locked")).to_be_visible()
    with page.expect_download() as info:  # export still works
        root.get_by_role("button", name="Save progress to a file").click()
    assert json.loads(Path(info.value.path()).read_text(encoding="utf-8")) == before


def test_a_huge_file_is_refused_before_it_is_read(page: Any, site_url: str) -> None:
    root = open_progress(page, site_url)
    course = root.get_attribute("data-course")
    before = stored(page, course)
    padding = " " * (20 * 1024 * 1024)
    upload(page, json.dumps(everything_passed(root)) + padding)
    expect(root.get_by_role("status")).to_have_text(
        "That file is too big (over 1 MB) to be course progress. Nothing was changed."
    )
    assert stored(page, course) == before


def test_an_empty_version_one_file_takes_nothing_away(page: Any, site_url: str) -> None:
    first = quiz_modules()[0]
    pass_quiz(page, site_url, first)
    root = open_progress(page, site_url)
    before = stored(page, root.get_attribute("data-course"))
    upload(page, '{"v": 1}')
    expect(root.get_by_role("status")).to_have_text("That file holds no results for this course. Nothing was changed.")
    expect(quiz_cell(root, first)).to_have_text("passed")
    assert stored(page, root.get_attribute("data-course")) == before


# ------------------------------------------------------------------ two tabs


def test_two_tabs_keep_each_others_work_and_follow_each_other(page: Any, site_url: str) -> None:
    import yaml

    from tests.browser.drive import QUIZZES

    sheet = yaml.safe_load(sorted(QUIZZES.glob("worksheets/*.yml"))[0].read_text(encoding="utf-8"))
    first, second = (question["id"] for question in sheet["questions"][:2])
    address = site_url + part_url(sheet["module"], f"cw-{sheet['id']}")
    other = page.context.new_page()
    errors: list[str] = []
    other.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(address)
    other.goto(address)
    box = f'.cw[data-worksheet="{sheet["id"]}"] textarea[name="%s"]'
    page.locator(box % first).fill("Typed in tab A")
    page.locator(box % first).blur()
    other.locator(box % second).fill("Typed in tab B")
    other.locator(box % second).blur()
    course = course_id(page)
    page.wait_for_function(
        "([k, s, q]) => ((JSON.parse(localStorage.getItem(k)).worksheets[s] || {})[q]) == 'Typed in tab B'",
        arg=[f"course:{course}", sheet["id"], second],
    )
    saved = stored(page, course)["worksheets"][sheet["id"]]
    assert saved[first] == "Typed in tab A" and saved[second] == "Typed in tab B"
    expect(page.locator(box % second)).to_have_value("Typed in tab B")  # tab A follows tab B
    expect(other.locator(box % first)).to_have_value("Typed in tab A")

    # A progress page open in another tab follows a quiz passed here; so does the menu's mark.
    other.goto(site_url + "progress/")
    slug = quiz_modules()[0]
    expect(quiz_cell(other.locator(".cp"), slug)).to_have_text("not started")
    pass_quiz(page, site_url, slug)
    expect(quiz_cell(other.locator(".cp"), slug)).to_have_text("passed")
    expect(other.locator(".md-nav--primary .course-mark")).to_have_count(1)

    # A quiz open in the other tab follows too: a pass here shows there.
    second = quiz_modules()[1]
    other.goto(site_url + quiz_url(second))
    expect(other.locator(".cq.cq--ready .cq__result")).to_be_empty()
    pass_quiz(page, site_url, second)
    expect(other.locator(".cq__result .cq__verdict")).to_contain_text("Passed")
    other.close()
    assert not errors, errors


# ------------------------------------------------------------------ state.js on its own

STATE_JS = REPO / "generator" / "_internal" / "frontend" / "script" / "state.js"


@pytest.fixture
def state_js(page: Any) -> Any:
    """state.js alone in a blank page: it names nothing from the other parts (the SCORM adapter can include it)."""
    page.goto("about:blank")
    page.set_content("<!doctype html><title>state.js</title>")
    page.add_script_tag(content=STATE_JS.read_text(encoding="utf-8"))
    return page


def test_state_js_migrates_version_one_without_losing_anything(state_js: Any) -> None:
    old = {"v": 1, "quizzes": {"intro": {"hash": "0123456789ab", "passed": True, "best": 90, "attempts": 2}}}
    old["scenarios"] = {"one-voice": {"hash": "0123456789ab", "plays": 1, "best": {"points": 3, "ending": "mixed"}}}
    old["worksheets"] = {"plan": {"who": "Us"}}
    new = state_js.evaluate("data => migrate(data, 'my-course')", old)
    assert new["v"] == 2 and new["course"] == "my-course" and re.fullmatch(r"[a-z0-9]{8,16}", new["seed"])
    assert new["places"] == {}
    for section in ("quizzes", "scenarios", "worksheets"):
        assert new[section] == old[section]
    unversioned = {key: value for key, value in old.items() if key != "v"}
    assert state_js.evaluate("data => migrate(data, 'c').quizzes", unversioned) == old["quizzes"]
    assert state_js.evaluate("() => [migrate({v: 3}, 'c'), migrate([], 'c'), migrate('x', 'c')]") == [None] * 3


def test_state_js_merges_the_better_of_each_result(state_js: Any) -> None:
    mine = {
        "quizzes": {
            "a": {"hash": "0123456789ab", "passed": True, "best": 100, "attempts": 1},
            "b": {"hash": "0123456789ab", "passed": False, "best": 40, "attempts": 4},
        },
        "scenarios": {"s": {"hash": "0123456789ab", "plays": 2, "best": {"points": 1, "ending": "good"}}},
        "worksheets": {"w": {"one": "mine", "two": ""}},
        "places": {"m": {"step": 2}},
    }
    theirs = {
        "quizzes": {
            "a": {"hash": "0123456789ab", "passed": False, "best": 10, "attempts": 3},
            "b": {"hash": "0123456789ab", "passed": True, "best": 80, "attempts": 1},
            "c": {"hash": "0123456789ab", "passed": True, "best": 100, "attempts": 1},
        },
        "scenarios": {"s": {"hash": "0123456789ab", "plays": 1, "best": {"points": 9, "ending": "mixed"}}},
        "worksheets": {"w": {"one": "theirs", "two": "theirs too"}},
        "places": {"m": {"step": 5}, "n": {"step": 1}},
    }
    merged, changes = state_js.evaluate(
        "([mine, theirs]) => { const c = merge(mine, theirs); return [mine, c]; }", [mine, theirs]
    )
    assert merged["quizzes"]["a"] == {"hash": "0123456789ab", "passed": True, "best": 100, "attempts": 3}
    assert merged["quizzes"]["b"] == {"hash": "0123456789ab", "passed": True, "best": 80, "attempts": 4}
    assert merged["quizzes"]["c"] == theirs["quizzes"]["c"]
    assert merged["scenarios"]["s"] == {"hash": "0123456789ab", "plays": 2, "best": {"points": 1, "ending": "good"}}
    assert merged["worksheets"]["w"] == {"one": "mine", "two": "theirs too"}
    assert merged["places"] == {"m": {"step": 2}, "n": {"step": 1}}
    assert changes["quizzes"] == {"added": 1, "improved": 2, "kept": 0}
    assert changes["scenarios"] == {"added": 0, "improved": 0, "kept": 1}
    assert changes["answers"] == {"added": 1} and changes["changed"] == 4


def test_state_js_schema_refuses_what_does_not_fit(state_js: Any) -> None:
    good = state_js.evaluate("() => fresh('c')")
    assert state_js.evaluate("data => fits(SCHEMA, data)", good)
    bad = [
        {**good, "extra": 1},
        {**good, "quizzes": {"constructor": {}}},
        {**good, "quizzes": {"Intro": {}}},
        {**good, "quizzes": {"a": {"passed": "false"}}},
        {**good, "quizzes": {"a": {"best": 101}}},
        {**good, "quizzes": {"a": {"answers": {"q": {"h": "0123456789ab"}}}}},
        {**good, "scenarios": {"s": {"best": {"points": 1, "ending": "toString"}}}},
        {**good, "scenarios": {"s": {"current": {"node": "x", "points": 0, "path": [-1]}}}},
        {**good, "worksheets": {"w": {"q": ["text"]}}},
        {**good, "places": {"m": {"step": 1.5}}},
        {key: value for key, value in good.items() if key != "seed"},
    ]
    assert state_js.evaluate("list => list.map(data => fits(SCHEMA, data))", bad) == [False] * len(bad)
    proto = """data => fits(SCHEMA, {...data, quizzes: JSON.parse('{"__proto__": {"passed": true}}')})"""
    assert not state_js.evaluate(proto, good)
