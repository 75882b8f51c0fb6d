"""Accessibility (WCAG 2.2 AA) in real Chromium, on every built page and in every state a learner reaches.

- axe-core (tags wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa) finds nothing on any page, in the
  light and the dark palette (mkdocs.yml picks the palette from `prefers-color-scheme`), nor with a
  quiz checked, the error summary shown, a scenario ended, progress and the certificate shown, a
  worksheet filled in, search results open and the mobile menu open. No rule is switched off and
  nothing is left out of a scan.
- Keyboard only: quizzes, the error summary, scenarios, the progress page and the certificate; a
  visible focus ring on everything we make focusable; focus never trapped nor hidden.
- Screen readers: `lang`, landmarks, one h1 and no skipped heading level, names and roles.
- Reflow at 320 CSS px, text at 200%, reduced motion, touch targets of 24 x 24 CSS px.
- Without JavaScript every module's questions are readable; print shows the content alone.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from axe_playwright_python.base import AXE_SCRIPT
from playwright.sync_api import expect

from generator._internal.site.plugin import MAPS_PAGE, PROGRESS_PAGE
from generator._internal.site.project import Project
from tests.browser.drive import (
    COURSE,
    QUIZZES,
    ScenarioPath,
    answer_all,
    check,
    everything_passed,
    module_urls,
    part_url,
    quiz_modules,
    quiz_url,
    scenarios,
    stub_print,
)
from tests.helpers import is_translation

pytestmark = pytest.mark.browser

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
PALETTES = {"light": "default", "dark": "slate"}  # prefers-color-scheme -> Material's data-md-color-scheme
MIN_TARGET = 24  # CSS px, WCAG 2.5.8
NARROW = {"width": 320, "height": 640}  # WCAG 1.4.10 reflow
DESKTOP = {"width": 1280, "height": 800}


def source_pages() -> list[str]:
    """Every page the build makes, from the sources: `""`, `05-values/`, `trainers/quizzes/`, ..., `404.html`."""
    sources = [path.relative_to(COURSE).as_posix() for path in COURSE.rglob("*.md") if not is_translation(path)]
    sources += [PROGRESS_PAGE, MAPS_PAGE]
    pages = {re.sub(r"(^|/)index/$", r"\1", source.removesuffix(".md") + "/") for source in sources}
    return [*sorted(pages), "404.html"]


PAGES = source_pages()
OTHER_LANGUAGES = [
    str(code)
    for entry in Project.read(COURSE.parent).settings.get("plugins") or []
    if isinstance(entry, dict) and "course" in entry
    for code in (entry["course"] or {}).get("languages", [])[1:]
]
"""The course's translations (`cy`, `ar`): each a site of its own under `/<code>/`, with the same pages."""
TRANSLATED_PAGES = [
    f"{code}/{path}"
    for code in OTHER_LANGUAGES
    for path in ["", "01-what-is-coproduction/", "02-why-coproduction/", "progress/"]
]
"""In each language: the home page and module 1 (translated), module 2 (shown in English, with a note), progress."""
LANGUAGE = re.search(r"^\s+language:\s*(\S+)", (COURSE.parent / "mkdocs.yml").read_text(encoding="utf-8"), re.M)[1]
MODULE_PAGES = list(module_urls().values())


def component_steps() -> list[str]:
    """Every quiz, scenario and worksheet, each as the URL that opens its module's step."""
    sheets = [yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted(QUIZZES.glob("worksheets/*.yml"))]
    return [
        *(quiz_url(slug) for slug in quiz_modules()),
        *(part_url(scenario.module, f"cs-{scenario.id}") for scenario in scenarios()),
        *(part_url(sheet["module"], f"cw-{sheet['id']}") for sheet in sheets),
    ]


STEPS = component_steps()
PROGRESS = PROGRESS_PAGE.removesuffix(".md") + "/"


def built_pages(site: Path) -> list[str]:
    """Every page of the built site (each index.html and 404.html) as a path from its root."""
    pages = sorted(
        "" if path.parent == site else path.parent.relative_to(site).as_posix() + "/"
        for path in site.rglob("index.html")
    )
    return [*pages, *(["404.html"] if (site / "404.html").is_file() else [])]


# ---------------------------------------------------------------- browser tabs


class Tab:
    """A page in its own browser context that collects JavaScript errors; reused across tests."""

    def __init__(self, browser: Any, **options: Any) -> None:
        self.context = browser.new_context(**options)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.page.on("pageerror", lambda error: self.errors.append(f"page error: {error}"))
        self.page.on(
            "console",
            lambda message: (
                self.errors.append(f"console {message.type}: {message.text}") if message.type == "error" else None
            ),
        )

    def take_errors(self) -> list[str]:
        errors, self.errors = self.errors, []
        return errors

    def close(self) -> None:
        self.context.close()


@pytest.fixture(scope="module")
def tabs(browser: Any) -> Iterator[dict[str, Tab]]:
    """One browser context per palette (light, dark) and one 320 px wide: reused by every page test."""
    opened = {name: Tab(browser, color_scheme=name, viewport=DESKTOP) for name in PALETTES}
    opened["narrow"] = Tab(browser, viewport=NARROW)
    yield opened
    for tab in opened.values():
        tab.close()


@pytest.fixture
def fresh(browser: Any) -> Iterator[Any]:
    """Open a fresh tab (empty storage) with any context options; fails the test on JavaScript errors."""
    opened: list[Tab] = []

    def open_tab(**options: Any) -> Any:
        tab = Tab(browser, **{"viewport": DESKTOP, **options})
        opened.append(tab)
        return tab.page

    yield open_tab
    errors = [error for tab in opened for error in tab.take_errors()]
    for tab in opened:
        tab.close()
    assert not errors, "JavaScript errors:\n" + "\n".join(errors)


def visit(tab: Tab, url: str) -> Any:
    tab.take_errors()
    tab.page.goto(url)
    return tab.page


def assert_no_errors(tab: Tab) -> None:
    errors = tab.take_errors()
    assert not errors, "JavaScript errors:\n" + "\n".join(errors)


# ---------------------------------------------------------------- axe


SETTLED = """() => document.getAnimations().every(
    (animation) => animation.playState !== "running" || animation.effect?.getTiming().iterations === Infinity
)"""
"""No transition or animation half-way (Material's "Back to top" fades in as a page scrolls up): axe
measures the colours a learner is left with, not a frame of a fade."""


def axe_violations(page: Any) -> list[dict[str, Any]]:
    """Run axe-core over the whole document, once it has settled; its violations."""
    page.wait_for_function(SETTLED, timeout=5_000)
    if not page.evaluate("() => !!window.axe"):
        page.evaluate(AXE_SCRIPT)
    result = page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)
    return list(result["violations"])


def describe(violations: list[dict[str, Any]]) -> str:
    """Each violation: id, impact, help and its URL, then every element it was found on."""
    lines = []
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']} <{violation['helpUrl']}>")
        for node in violation["nodes"]:
            summary = " ".join(node.get("failureSummary", "").split())
            lines.append(f"    at {' >> '.join(map(str, node['target']))}: {summary[:300]}")
    return "\n".join(lines)


def assert_axe_clean(page: Any, where: str) -> None:
    violations = axe_violations(page)
    assert not violations, f"axe found {len(violations)} WCAG 2.2 AA violation(s) on {where}:\n{describe(violations)}"


def assert_palette(page: Any, palette: str) -> None:
    scheme = page.locator("body").get_attribute("data-md-color-scheme")
    assert scheme == PALETTES[palette], f"expected the {palette} palette ({PALETTES[palette]}), got {scheme}"


def test_every_built_page_is_scanned(built_site: Path) -> None:
    prefixes = tuple(f"{code}/" for code in OTHER_LANGUAGES)
    built = [page for page in built_pages(built_site) if not page.startswith(prefixes)]
    for code in OTHER_LANGUAGES:  # every language has the same pages, the trainers' guide left out
        translated = [page.removeprefix(f"{code}/") for page in built_pages(built_site) if page.startswith(f"{code}/")]
        assert translated == [page for page in PAGES if not page.startswith("trainers/") and page != "404.html"], code
    assert set(TRANSLATED_PAGES) <= set(built_pages(built_site))
    assert built == PAGES, (
        "the pages these tests walk differ from the built site's pages; "
        f"only built: {sorted(set(built) - set(PAGES))}, only expected: {sorted(set(PAGES) - set(built))}"
    )


@pytest.mark.parametrize("path", [*PAGES, *TRANSLATED_PAGES], ids=lambda path: path or "home")
@pytest.mark.parametrize("palette", list(PALETTES))
def test_axe_finds_nothing_on_any_page(tabs: dict[str, Tab], site_url: str, palette: str, path: str) -> None:
    tab = tabs[palette]
    page = visit(tab, site_url + path)
    assert_palette(page, palette)
    assert_axe_clean(page, f"{path or '/'} ({palette})")
    assert_no_errors(tab)


# ---------------------------------------------------------------- the states a learner reaches


def first_with(kind: str) -> str:
    """The URL of the first quiz or worksheet (read from the authoring files), which opens its module's step."""
    if kind == "quiz":
        parts = {slug: f"cq-{slug}" for slug in quiz_modules()}
    else:
        sheets = [read_yaml(path) for path in sorted(QUIZZES.glob(f"{kind}s/*.yml")) if not is_translation(path)]
        parts = {sheet["module"]: f"cw-{sheet['id']}" for sheet in reversed(sheets)}
    urls = [part_url(slug, parts[slug]) for slug in module_urls() if slug in parts]
    assert urls, f"the course has no module with a {kind}"
    return urls[0]


def read_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def upload(page: Any, data: dict[str, Any]) -> None:
    file = {"name": "progress.json", "mimeType": "application/json", "buffer": json.dumps(data).encode()}
    page.locator(".cp__import").set_input_files(file)
    expect(page.locator(".cp__message")).to_contain_text("Your progress was loaded from the file: ")


def quiz_checked_with_wrong_answers(page: Any, site_url: str) -> None:
    page.goto(site_url + first_with("quiz"))
    total = page.locator(".cq .cq-q").count()
    answer_all(page, wrong=set(range(0, total, 2)))
    check(page)
    expect(page.locator(".cq__result .cq__score")).to_be_visible()
    expect(page.locator(".cq-q--incorrect").first).to_be_visible()
    expect(page.locator(".cq-opt__feedback:visible").first).to_be_visible()


def quiz_checked_twice(page: Any, site_url: str) -> None:
    """A second wrong attempt: the right answers are revealed too."""
    quiz_checked_with_wrong_answers(page, site_url)
    page.locator(".cq").get_by_role("button", name="Try again").click()
    answer_all(page, wrong={0})
    check(page)
    expect(page.locator(".cq-q__answer").first).to_be_visible()


def quiz_tried_again(page: Any, site_url: str) -> None:
    """Try again after a wrong attempt: the right answers kept, each saying so."""
    quiz_checked_with_wrong_answers(page, site_url)
    page.locator(".cq").get_by_role("button", name="Try again").click()
    expect(page.locator(".cq-q__kept").first).to_be_visible()


def storage_blocked(page: Any, site_url: str) -> None:
    """Site data blocked: every page says progress is not kept, and offers a file."""
    page.add_init_script(
        "Object.defineProperty(window, 'localStorage', {get() { throw new DOMException('no', 'SecurityError'); }});"
    )
    page.goto(site_url + first_with("quiz"))
    expect(page.locator(".course-notice")).to_be_visible()


def error_summary(page: Any, site_url: str) -> None:
    page.goto(site_url + first_with("quiz"))
    check(page)
    expect(page.locator(".cq__errors li").first).to_be_visible()


def scenario_ended(page: Any, site_url: str) -> None:
    scenario = scenarios()[0]
    page.goto(site_url + part_url(scenario.module, f"cs-{scenario.id}"))
    root = page.locator(f'.cs[data-scenario="{scenario.id}"]')
    for choice in scenario.worst()[1]:
        root.get_by_role("button", name=choice["text"], exact=True).click()
    expect(root.locator(".cs__end")).to_be_visible()
    expect(root.locator(".cs__history")).to_be_visible()


def progress_with_results(page: Any, site_url: str) -> None:
    slug = quiz_modules()[0]
    page.goto(site_url + quiz_url(slug))
    answer_all(page, wrong={0})
    check(page)
    page.goto(site_url + PROGRESS)
    expect(page.locator(f'.cp-row[data-slug="{slug}"] .cp-row__quiz')).not_to_have_attribute(
        "data-status", "not-started"
    )


def certificate_shown(page: Any, site_url: str) -> None:
    page.goto(site_url + PROGRESS)
    upload(page, everything_passed(page.locator(".cp")))
    page.get_by_label("Your name").fill("Amina Yusuf")
    page.get_by_role("button", name="Make my certificate").click()
    expect(page.locator(".cp__certificate")).to_be_visible()


def worksheet_with_text(page: Any, site_url: str) -> None:
    page.goto(site_url + first_with("worksheet"))
    for box in page.locator(".cw textarea").all():
        box.fill("Our group meets on Tuesdays.\nExperts by experience chair the meeting.")
    expect(page.locator(".cw__actions")).to_be_visible()


def search_results(page: Any, site_url: str) -> None:
    page.goto(site_url)
    page.locator(".md-search__input").click()
    page.locator(".md-search__input").press_sequentially("coproduction", delay=10)  # Material searches on keyup
    expect(page.locator(".md-search-result__item").first).to_be_visible(timeout=15_000)
    expect(page.get_by_role("dialog", name="Search")).to_be_visible()  # Material's dialog had no name
    # The results fade in (opacity over 0.4 s): colours are checked once they are what a learner reads.
    page.wait_for_function("() => getComputedStyle(document.querySelector('.md-search__output')).opacity === '1'")


def mobile_menu_open(page: Any, site_url: str) -> None:
    page.set_viewport_size(NARROW)
    page.goto(site_url + first_with("quiz"))
    page.locator("label.md-header__button[for='__drawer']").click()
    drawer = page.locator(".md-sidebar--primary")
    expect(drawer).to_be_in_viewport()
    page.wait_for_function("() => document.querySelector('.md-sidebar--primary').getBoundingClientRect().left >= 0")
    page.wait_for_timeout(300)  # Material slides the drawer in; let it settle


def home_with_progress(page: Any, site_url: str) -> None:
    """The home page once a quiz is passed: Continue, the summary and each module's status."""
    slug = quiz_modules()[0]
    page.goto(site_url + quiz_url(slug))
    answer_all(page)
    check(page)
    expect(page.locator(".cq__result .course-onward")).to_be_visible()
    page.goto(site_url)
    expect(page.locator(".ch__start-link")).to_have_text(re.compile(r"^Continue: "))
    expect(page.locator(".ch__summary")).to_be_visible()


def quiz_passed(page: Any, site_url: str) -> None:
    """A passed quiz whose result leads on to the next module."""
    page.goto(site_url + quiz_url(quiz_modules()[0]))
    answer_all(page)
    check(page)
    expect(page.locator(".cq__result .course-onward")).to_have_text(re.compile(r"^Next: "))


def module_second_step(page: Any, site_url: str) -> None:
    """A module shown in steps, at its second step, reached with Continue on a phone."""
    page.set_viewport_size(NARROW)
    page.goto(site_url + MODULE_PAGES[-1])
    page.locator("article").get_by_role("button", name="Continue", exact=True).click()
    expect(page.locator("article .course-steps")).to_have_text(re.compile(r"^Step 2 of \d+$"))


def long_answer_chosen(page: Any, site_url: str) -> None:
    """A match question on a phone with every answer chosen: each long one is written out under its select."""
    page.set_viewport_size(NARROW)
    quizzes = [read_yaml(path) for path in sorted(QUIZZES.glob("*.yml")) if not is_translation(path)]
    slug = next(quiz["module"] for quiz in quizzes if any(q["type"] == "match" for q in quiz["questions"]))
    page.goto(site_url + quiz_url(slug))
    for select in page.locator(".cq-sel__select").all():
        select.select_option(index=select.locator("option").count() - 1)
    expect(page.locator(".cq-sel__chosen:not(:empty)").first).to_be_visible()


STATES = {
    "home-progress": home_with_progress,
    "quiz-passed": quiz_passed,
    "module-step-2": module_second_step,
    "long-answer": long_answer_chosen,
    "quiz-checked": quiz_checked_with_wrong_answers,
    "quiz-answers-revealed": quiz_checked_twice,
    "quiz-tried-again": quiz_tried_again,
    "storage-blocked": storage_blocked,
    "error-summary": error_summary,
    "scenario-ended": scenario_ended,
    "progress-results": progress_with_results,
    "certificate": certificate_shown,
    "worksheet-text": worksheet_with_text,
    "search-results": search_results,
    "mobile-menu": mobile_menu_open,
}


@pytest.mark.parametrize("state", list(STATES))
@pytest.mark.parametrize("palette", list(PALETTES))
def test_axe_finds_nothing_in_any_state(fresh: Any, site_url: str, palette: str, state: str) -> None:
    page = fresh(color_scheme=palette)
    STATES[state](page, site_url)
    assert_palette(page, palette)
    assert_axe_clean(page, f"{state} ({palette})")
    found = page.evaluate(STRUCTURE)
    outline = heading_problems(found["headings"]) + heading_problems(found["searchHeadings"], page=False)
    assert not outline, f"headings in the {state} state:\n" + "\n".join(outline)


# ---------------------------------------------------------------- structure: lang, landmarks, headings, names

STRUCTURE = """() => {
  const shown = e => e.checkVisibility({visibilityProperty: true}) && !e.closest('[aria-hidden=true]');
  // Material's search results form a dialog with an outline of its own (an h1 per page found).
  const outline = inside => [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')]
    .filter(h => shown(h) && !!h.closest('.md-search') == inside)
    .map(h => [+h.tagName[1], h.textContent.trim().replace(/\\s+/g, ' ').slice(0, 60)]);
  const [headings, searchHeadings] = [outline(false), outline(true)];
  const unnamed = [...document.querySelectorAll('[data-module] :is(input,select,textarea)')]
    .filter(i => !i.labels.length && !i.getAttribute('aria-label')).map(i => i.id || i.name);
  const legend = f => f.firstElementChild.tagName == 'LEGEND' && f.firstElementChild.textContent.trim();
  const fieldsets = [...document.querySelectorAll('.cq-q')].filter(f => f.tagName != 'FIELDSET' || !legend(f))
    .map(f => f.id);
  const buttons = [...document.querySelectorAll('[data-module] button')].filter(b => !b.textContent.trim()).length;
  return {
    lang: document.documentElement.lang,
    landmarks: ['main', 'header.md-header', 'footer', 'nav'].filter(s => document.querySelector(s)),
    headings, searchHeadings, unnamed, fieldsets, buttons,
    live: [...document.querySelectorAll('.cq__result')].every(r => r.getAttribute('aria-live') == 'polite'),
    alerts: [...document.querySelectorAll('.cq__errors')].every(r => r.getAttribute('role') == 'alert'),
  };
}"""


def heading_problems(headings: list[list[Any]], page: bool = True) -> list[str]:
    """An outline starts at h1 and never skips a level on the way down; a page has one h1."""
    problems = []
    if (headings and headings[0][0] != 1) or (page and not headings):
        problems.append(f"the first heading is not an h1: {headings[:1]}")
    if page and sum(1 for level, _ in headings if level == 1) != 1:
        problems.append(f"not exactly one h1: {[text for level, text in headings if level == 1]}")
    for (before, text_before), (level, text) in itertools.pairwise(headings):
        if level > before + 1:
            problems.append(f"h{before} '{text_before}' is followed by h{level} '{text}' (skips a level)")
    return problems


@pytest.mark.parametrize("path", PAGES, ids=lambda path: path or "home")
def test_structure_lang_landmarks_headings_and_names(tabs: dict[str, Tab], site_url: str, path: str) -> None:
    page = visit(tabs["light"], site_url + path)
    found = page.evaluate(STRUCTURE)
    assert_no_errors(tabs["light"])
    assert found["lang"] == LANGUAGE, f"the page's lang is {found['lang']!r}, the site's language {LANGUAGE!r}"
    expect(page.get_by_role("progressbar", name="Loading the page")).to_have_count(1)
    assert found["landmarks"] == ["main", "header.md-header", "footer", "nav"], found["landmarks"]
    assert not heading_problems(found["headings"]), "\n".join(heading_problems(found["headings"]))
    assert not found["unnamed"], f"form controls without a label: {found['unnamed']}"
    assert not found["fieldsets"], f"questions without a fieldset and legend: {found['fieldsets']}"
    assert not found["buttons"], "buttons without text"
    assert found["live"] and found["alerts"], "a quiz's result is not aria-live or its error summary not an alert"


# ---------------------------------------------------------------- reflow at 320 px, text at 200 %

OVERFLOW = """() => {
  const width = document.documentElement.clientWidth, out = [];
  const scrolls = e => { for (let a = e.parentElement; a; a = a.parentElement) {
    const x = getComputedStyle(a).overflowX;
    if ((x == 'auto' || x == 'scroll') && a.getBoundingClientRect().right <= width + 1) return true; } return false; };
  for (const e of document.querySelectorAll('.md-main *')) {
    const r = e.getBoundingClientRect();
    if (r.width && r.height && (r.right > width + 1 || r.left < -1) && e.checkVisibility() && !scrolls(e)
        && !e.closest('.course-sr,.md-sidebar,.md-search')) out.push((e.tagName + '.' + e.className).slice(0, 80));
  }
  return {scrollWidth: document.documentElement.scrollWidth, width, out: out.slice(0, 10)};
}"""


@pytest.mark.parametrize("path", PAGES, ids=lambda path: path or "home")
def test_reflow_at_320_css_pixels(tabs: dict[str, Tab], site_url: str, path: str) -> None:
    page = visit(tabs["narrow"], site_url + path)
    found = page.evaluate(OVERFLOW)
    assert_no_errors(tabs["narrow"])
    assert found["scrollWidth"] <= NARROW["width"], f"the page scrolls sideways at 320 px: {found}"
    assert not found["out"], f"content cut off or sideways at 320 px (outside a scrolling wrapper): {found['out']}"


OVERLAPS = """() => {
  const boxes = [...document.querySelectorAll('[data-module] *')].filter(e => e.checkVisibility()
      && !e.closest('.course-sr') && [...e.childNodes].some(n => n.nodeType == 3 && n.textContent.trim()));
  const out = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const [a, b] = [boxes[i], boxes[j]];
    if (a.contains(b) || b.contains(a)) continue;
    const r = a.getBoundingClientRect(), s = b.getBoundingClientRect();
    const x = Math.min(r.right, s.right) - Math.max(r.left, s.left);
    const y = Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top);
    if (x > 2 && y > 2) out.push(a.className + ' / ' + b.className);
  }
  const cut = e => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1;
  const clipped = [...document.querySelectorAll('[data-module] *')].filter(e => e.checkVisibility()
      && !e.closest('.course-sr') && /hidden|clip/.test(getComputedStyle(e).overflow) && cut(e)).map(e => e.className);
  return {out: out.slice(0, 10), clipped: clipped.slice(0, 10), scrollWidth: document.documentElement.scrollWidth,
          width: document.documentElement.clientWidth};
}"""


@pytest.mark.parametrize(
    "state", ["quiz-checked", "error-summary", "scenario-ended", "progress-results", "certificate", "worksheet-text"]
)
def test_text_at_200_percent_keeps_everything_readable(fresh: Any, site_url: str, state: str) -> None:
    page = fresh()
    STATES[state](page, site_url)
    page.evaluate("() => { document.documentElement.style.fontSize = '200%'; }")
    found = page.evaluate(OVERLAPS)
    assert found["scrollWidth"] <= found["width"], f"text at 200% makes the page scroll sideways: {found}"
    assert not found["out"], f"text at 200% overlaps: {found['out']}"
    assert not found["clipped"], f"text at 200% is cut off: {found['clipped']}"


# ---------------------------------------------------------------- reduced motion, touch targets

MOTION = """() => {
  const moving = [...document.querySelectorAll('[data-module], [data-module] *')].filter(e => {
    const s = getComputedStyle(e);
    return s.transitionDuration.split(',').some(d => parseFloat(d) > 0) || s.animationName != 'none';
  }).map(e => e.className);
  return {moving: moving.slice(0, 10), scroll: getComputedStyle(document.documentElement).scrollBehavior};
}"""


@pytest.mark.parametrize("state", ["quiz-checked", "scenario-ended", "certificate"])
def test_reduced_motion_is_honoured(fresh: Any, site_url: str, state: str) -> None:
    page = fresh(reduced_motion="reduce")
    STATES[state](page, site_url)
    found = page.evaluate(MOTION)
    assert found["scroll"] != "smooth", "the page scrolls smoothly despite prefers-reduced-motion"
    assert not found["moving"], f"transitions or animations despite prefers-reduced-motion: {found['moving']}"


TARGETS = """min => {
  const selector = ':is(button, select, textarea, input:not([type=file]), label.md-button, .cq-opt__label)';
  const controls = [...document.querySelectorAll(`[data-module] ${selector}, .cq__errors a`)]
    .filter(e => e.checkVisibility());
  const rects = controls.map(e => e.getBoundingClientRect());
  const centre = r => [r.left + r.width / 2, r.top + r.height / 2];
  const gap = (x, low, high) => Math.max(low - x, 0, x - high);
  const distance = ([x, y], r) => Math.hypot(gap(x, r.left, r.right), gap(y, r.top, r.bottom));
  // WCAG 2.5.8: at least 24 x 24, or a 24 px circle around it touches no other target.
  const small = controls.filter((e, i) => (rects[i].width < min || rects[i].height < min) && rects.some((s, j) =>
      j != i && !controls[j].contains(e) && !e.contains(controls[j]) && distance(centre(rects[i]), s) < min / 2));
  return {count: controls.length,
          small: small.map(e => `${e.tagName}.${e.className} ${JSON.stringify(e.getBoundingClientRect())}`)};
}"""


@pytest.mark.parametrize(
    "state", ["quiz-checked", "error-summary", "scenario-ended", "progress-results", "certificate", "worksheet-text"]
)
def test_touch_targets_are_at_least_24_pixels(fresh: Any, site_url: str, state: str) -> None:
    page = fresh(viewport=NARROW, has_touch=True)
    STATES[state](page, site_url)
    if state == "quiz-checked":
        page.locator(".cq").get_by_role("button", name="Try again").click()  # the inputs again, enabled
    found = page.evaluate(OVERFLOW)
    assert found["scrollWidth"] <= NARROW["width"] and not found["out"], f"{state} does not reflow at 320 px: {found}"
    found = page.evaluate(TARGETS, MIN_TARGET)
    assert found["count"] > 0, "no controls were measured"
    assert not found["small"], (
        f"targets under {MIN_TARGET} x {MIN_TARGET} CSS px, too close to others: {found['small']}"
    )


# ---------------------------------------------------------------- keyboard only

ACTIVE = """() => {
  const e = document.activeElement, ring = e.matches('.cp__import') ? e.labels[0] : e, s = getComputedStyle(ring);
  const group = e.type == 'radio' || e.type == 'checkbox' ? e.closest('fieldset') : null;
  const rgb = c => (c.match(/[\\d.]+/g) || []).slice(0, 3).map(Number);
  const linear = x => (x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4);
  const lum = c => rgb(c).map(x => linear(x / 255)).reduce((sum, v, i) => sum + [0.2126, 0.7152, 0.0722][i] * v, 0);
  const [a, b] = [lum(s.outlineColor), lum(getComputedStyle(document.body).backgroundColor)];
  const contrast = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);  // WCAG 1.4.11: 3:1 for a focus ring
  // What a learner sees at the centre of the focused element: the topmost element that is not see-through
  // (Material's search scrim fades out over 250 ms once search closes: it tints, it never hides).
  const opaque = x => { if (x.matches('.md-search__overlay')) return false;
    for (; x; x = x.parentElement) if (getComputedStyle(x).opacity == 0) return false; return true; };
  const r = e.getBoundingClientRect();
  const over = document.elementsFromPoint(r.left + r.width / 2, r.top + r.height / 2).find(opaque);
  if (!e.__focusId) e.__focusId = (window.__n = (window.__n || 0) + 1);
  return {
    id: e.__focusId, tag: e.tagName, type: e.type || '',
    text: (e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 80),
    className: typeof e.className == 'string' ? e.className : '', value: e.value ?? null,
    inComponent: !!e.closest('[data-module]'), inContent: !!e.closest('.md-content'),
    answered: group ? !!group.querySelector('input:checked') : null,
    node: e.closest('.cs-node') ? e.closest('.cs-node').dataset.node : null,
    question: e.closest('fieldset') ? e.closest('fieldset').id : null,
    ring: s.outlineStyle != 'none' && parseFloat(s.outlineWidth) >= 2 && contrast >= 3,
    outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
    obscured: !!over && !!over.closest('.md-header') && !e.closest('.md-header'),
  };
}"""


# The tab stops of our components: each control once, a group of radio buttons once.
TAB_STOPS = """() => new Set([...document.querySelectorAll(
    '[data-module] :is(button, input, select, textarea, a[href], [tabindex="0"])')]
  .filter(e => !e.disabled && e.checkVisibility()).map(e => e.type == 'radio' ? 'radio ' + e.name : e)).size"""


def press(page: Any, key: str) -> dict[str, Any]:
    page.keyboard.press(key)
    return dict(page.evaluate(ACTIVE))


def start_before(page: Any, selector: str) -> None:
    """Put the keyboard focus just before the first element matching `selector`, as a learner reading down would."""
    page.locator(selector).first.evaluate("e => { e.tabIndex = -1; e.focus(); }")


def assert_ring(active: dict[str, Any]) -> None:
    assert active["ring"], f"no visible focus indicator on {active['tag']}.{active['className']}: {active['outline']}"


def active_is(page: Any, selector: str) -> bool:
    return bool(page.evaluate("s => document.activeElement.matches(s)", selector))


@pytest.mark.parametrize("slug", quiz_modules())
def test_keyboard_answers_and_checks_every_quiz(fresh: Any, site_url: str, slug: str) -> None:
    page = fresh()
    page.goto(site_url + quiz_url(slug))
    start_before(page, ".cq__title")
    for _ in range(300):
        active = press(page, "Tab")
        assert active["inComponent"], f"Tab left the quiz before reaching Check answers: {active}"
        assert_ring(active)
        if active["text"] == "Check answers":
            break
        if active["type"] in ("radio", "checkbox") and not active["answered"]:
            page.keyboard.press("Space")
        elif active["tag"] == "SELECT" and not active["value"]:
            page.keyboard.press("ArrowDown")
            assert page.evaluate("() => document.activeElement.value"), "ArrowDown did not choose in a select"
    else:
        pytest.fail("Tab never reached Check answers")
    page.keyboard.press("Enter")
    assert active_is(page, ".cq__result"), "after Check answers, focus is not on the result"
    result = page.locator(".cq__result")
    expect(result).to_have_attribute("aria-live", "polite")
    expect(result).to_contain_text(re.compile(r"\d+ of \d+ correct"))
    assert_ring(page.evaluate(ACTIVE))
    active = press(page, "Tab")
    assert active["text"] == "Try again", f"after the result, Tab reaches {active}"
    assert_ring(active)
    page.keyboard.press("Enter")
    assert active_is(page, ".cq-q input, .cq-q select"), "Try again did not put focus on a question"
    # Right answers stay (marked as kept); the others are cleared, focus on the first of them.
    redo = page.locator(".cq .cq-q:not(:has(.cq-q__kept))")
    expect(redo.locator("input:checked")).to_have_count(0)
    first = "document.querySelector('.cq .cq-q:not(:has(.cq-q__kept))') || document.querySelector('.cq .cq-q')"
    assert page.evaluate(f"() => document.activeElement.closest('.cq-q') === ({first})"), "not on the first to redo"


def test_keyboard_error_summary_links_move_focus_to_the_question(fresh: Any, site_url: str) -> None:
    page = fresh()
    page.goto(site_url + first_with("quiz"))
    page.locator(".cq").get_by_role("button", name="Check answers").focus()
    page.keyboard.press("Enter")
    assert active_is(page, ".cq__errors"), "the error summary did not take focus"
    expect(page.locator(".cq__errors")).to_have_attribute("role", "alert")
    assert_ring(page.evaluate(ACTIVE))
    links = page.locator(".cq__errors a")
    assert links.count() == page.locator(".cq-q").count()
    for index in range(links.count()):
        page.locator(".cq__errors").focus()
        for _ in range(index):
            page.keyboard.press("Tab")
        target = links.nth(index).get_attribute("href").lstrip("#")
        active = press(page, "Tab")
        assert active_is(page, f'.cq__errors a[href="#{target}"]'), f"Tab did not reach the link to #{target}: {active}"
        assert_ring(active)
        page.keyboard.press("Enter")
        active = page.evaluate(ACTIVE)
        assert active["question"] == target, f"the link to #{target} put focus on {active}"
        assert_ring(active)
        described = page.locator(f"#{target}").get_attribute("aria-describedby").split()
        assert f"{target}-error" in described, "the question does not point to its error message"


@pytest.mark.parametrize("scenario", scenarios(), ids=lambda s: s.id)
def test_keyboard_plays_every_scenario(fresh: Any, site_url: str, scenario: ScenarioPath) -> None:
    page = fresh()
    page.goto(site_url + part_url(scenario.module, f"cs-{scenario.id}"))
    root = page.locator(f'.cs[data-scenario="{scenario.id}"]')
    start_before(page, f'.cs[data-scenario="{scenario.id}"] .cs__title')
    for choice in scenario.best()[1]:
        for _ in range(30):
            active = press(page, "Tab")
            assert active["inComponent"], f"Tab left the scenario before reaching '{choice['text']}'"
            assert_ring(active)
            if active["text"] == " ".join(str(choice["text"]).split())[:80]:  # ACTIVE keeps 80 characters
                assert active["tag"] == "BUTTON"
                break
        else:
            pytest.fail(f"Tab never reached the choice '{choice['text']}'")
        page.keyboard.press("Enter")
        active = page.evaluate(ACTIVE)
        assert active["node"] == choice["next"] and "cs-node" in active["className"], (
            f"focus did not move to the situation '{choice['next']}': {active}"
        )
        assert_ring(active)
        expect(root.locator("[aria-live=polite]")).to_contain_text(" ".join(str(choice["text"]).split()))
    for _ in range(30):
        active = press(page, "Tab")
        assert_ring(active)
        if active["text"] == "Start again":
            break
    else:
        pytest.fail("Tab never reached Start again")
    page.keyboard.press("Enter")
    assert page.evaluate(ACTIVE)["node"] == scenario.start, "Start again did not put focus on the first situation"


def test_keyboard_progress_actions_and_certificate(fresh: Any, site_url: str) -> None:
    page = fresh()
    # Playwright starts catching file choosers when a page first listens for one, without waiting for the
    # browser to confirm: listening from the start means the Space below never races that (1 run in 3 lost it).
    page.on("filechooser", lambda _chooser: None)
    page.goto(site_url + PROGRESS)
    data = everything_passed(page.locator(".cp"))
    start_before(page, "#cp-move")

    active = press(page, "Tab")
    assert active["text"] == "Save progress to a file", active
    assert_ring(active)
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    assert download.value.suggested_filename.endswith("-progress.json")

    active = press(page, "Tab")
    assert "cp__import" in active["className"], f"Tab did not reach 'Load progress from a file': {active}"
    assert_ring(active)  # drawn on its label, the visible button
    with page.expect_file_chooser() as chooser:
        page.keyboard.press("Space")
    chooser.value.set_files({"name": "p.json", "mimeType": "application/json", "buffer": json.dumps(data).encode()})
    expect(page.get_by_role("status")).to_contain_text("Your progress was loaded from the file: ")

    active = press(page, "Tab")
    assert active["text"] == "Reset my progress", active
    assert_ring(active)
    asked: list[str] = []
    page.once("dialog", lambda dialog: (asked.append(dialog.message), dialog.dismiss()))
    page.keyboard.press("Enter")
    assert asked, "Reset did not ask first"

    for _ in range(10):
        active = press(page, "Tab")
        if active["tag"] == "INPUT":
            break
    assert active["type"] == "text", f"Tab did not reach the name field: {active}"
    assert_ring(active)
    page.keyboard.type("Amina Yusuf")
    page.keyboard.press("Enter")
    assert active_is(page, ".cp__certificate"), "the certificate did not take focus"
    assert_ring(page.evaluate(ACTIVE))
    expect(page.locator(".cp-cert__name")).to_have_text("Amina Yusuf")
    stub_print(page)
    active = press(page, "Tab")
    assert active["text"] == "Print or save as PDF", active
    assert_ring(active)
    page.keyboard.press("Enter")
    assert page.evaluate("window.__printed.length") == 1


@pytest.mark.parametrize("path", [*STEPS, PROGRESS], ids=lambda path: path.strip("/"))
def test_tab_walks_the_whole_page_without_traps(fresh: Any, site_url: str, path: str) -> None:
    """Tab from top to end: focus always moves on, each stop in our components shows a ring, nothing hides it."""
    page = fresh()
    page.goto(site_url + path)
    if path == PROGRESS:
        upload(page, everything_passed(page.locator(".cp")))
        page.goto(site_url + path)
    seen: list[int] = []
    ours = page.evaluate(TAB_STOPS)
    problems: list[str] = []
    for _ in range(600):
        active = press(page, "Tab")
        if active["tag"] == "BODY" or (seen and active["id"] == seen[0]):
            break
        assert not seen or active["id"] != seen[-1], f"focus is stuck on {active}"
        seen.append(active["id"])
        if active["inComponent"] and not active["ring"]:
            problems.append(f"no focus ring: {active['tag']}.{active['className']} ({active['outline']})")
        if active["inContent"] and active["obscured"]:
            problems.append(f"hidden under the header when focused: {active['tag']}.{active['className']}")
    else:
        pytest.fail("Tab never came back round: a trap?")
    assert len(set(seen)) == len(seen), "an element was reached twice in one pass"
    assert not problems, "\n".join(problems)
    reached = page.locator("[data-module] *").evaluate_all("l => l.filter(e => e.__focusId).length")
    assert reached == ours, f"Tab reached {reached} of the {ours} focusable elements of the course's components"


# ---------------------------------------------------------------- without JavaScript, and on paper


@pytest.mark.parametrize("path", [*MODULE_PAGES, PROGRESS], ids=lambda path: path.strip("/"))
def test_without_javascript_content_and_questions_are_readable(fresh: Any, site_url: str, path: str) -> None:
    page = fresh(java_script_enabled=False)
    page.goto(site_url + path)
    expect(page.locator("h1").first).to_be_visible()
    for prompt in page.locator(".cq-q__prompt").all():
        expect(prompt).to_be_visible()
        assert prompt.inner_text().strip()
    for note in (".cq__note", ".cs__note", ".cw__note", ".cp__note"):
        for element in page.locator(note).all():
            expect(element).to_be_visible()
    for quiz in page.locator(".cq").all():
        expect(quiz.locator(".cq-q__prompt").first).to_be_visible()
        expect(quiz.locator(".cq__note")).to_be_visible()
    for scenario in page.locator(".cs").all():
        expect(scenario.locator(".cs-node__text").first).to_be_visible()
    assert page.locator(".md-content").inner_text().strip(), "the module has no readable text without JavaScript"


# Material's chrome, and our controls that mean nothing on paper.
HIDDEN_IN_PRINT = (
    ".md-header, .md-sidebar, .md-footer, .md-search, .md-top, .cq__actions, .cs-node__choices, .cw__actions"
)


@pytest.mark.parametrize("path", MODULE_PAGES, ids=lambda path: path.strip("/"))
def test_modules_print_cleanly(fresh: Any, site_url: str, path: str) -> None:
    page = fresh()
    page.goto(site_url + path)
    page.emulate_media(media="print")
    for element in page.locator(HIDDEN_IN_PRINT).all():
        expect(element).to_be_hidden()
    expect(page.locator(".md-content h1").first).to_be_visible()
    for text in page.locator(".cq-q__legend, .cq-opt__label, .cq-sel__label, .course-objectives li").all():
        expect(text).to_be_visible()


def test_the_certificate_prints_alone(fresh: Any, site_url: str) -> None:
    page = fresh()
    certificate_shown(page, site_url)
    stub_print(page)  # records the call; the print classes stay on, as while the print dialog is open
    page.get_by_role("button", name="Print or save as PDF").click()
    page.emulate_media(media="print")
    certificate = page.locator(".cp__certificate")
    expect(certificate).to_be_visible()
    expect(certificate.locator(".cp-cert__name")).to_be_visible()
    expect(certificate.get_by_role("button")).to_be_hidden()
    outside = page.evaluate(
        """() => [...document.body.querySelectorAll('*')].filter(e => !e.closest('.cp__certificate')
            && [...e.childNodes].some(n => n.nodeType == 3 && n.textContent.trim()) && e.checkVisibility())
            .map(e => e.tagName + '.' + e.className).slice(0, 10)"""
    )
    assert not outside, f"printing the certificate also prints: {outside}"
