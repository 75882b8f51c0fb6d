"""The learner's journey in real Chromium, on a 360 x 780 phone and on a desktop (DESIGN.md, "The learner's journey").

A course, not a document: the first screen starts the course, and later continues it; every
passed quiz leads on to the next module, the last one to the certificate; the menu, search
and footer hold learner pages only; a module is shown one section at a time, its place kept;
tables and long answers fit a phone; the certificate's date is written the UK way and the
certificate prints on one A4 page.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.drive import (
    COURSE,
    answer_all,
    check,
    course_id,
    everything_passed,
    module_titles,
    module_urls,
    pass_quiz,
    quiz_modules,
    quiz_url,
    stored,
    stub_print,
)

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 780}
DESKTOP = {"width": 1280, "height": 800}
VIEWPORTS = {"phone": PHONE, "desktop": DESKTOP}
TRAINERS_ONLY_WORD = "YAML"
"""A word of the trainers' guide that no learner page uses: search finds it only in the guide."""


@pytest.fixture(params=list(VIEWPORTS))
def tab(request: pytest.FixtureRequest, page: Any) -> Any:
    """The conftest page (which fails on any JavaScript error) on a phone, then on a desktop."""
    page.set_viewport_size(VIEWPORTS[request.param])
    return page


def on_first_screen(page: Any, locator: Any) -> bool:
    box = locator.bounding_box()
    return bool(box) and box["y"] >= 0 and box["y"] + box["height"] <= page.viewport_size["height"]


def longest_module() -> str:
    """The slug of the module with the most words (module 7 today)."""
    words = {
        slug: len((COURSE / f"{url.rstrip('/')}.md").read_text(encoding="utf-8").split())
        for slug, url in module_urls().items()
    }
    return max(words, key=words.__getitem__)


def indicator(page: Any) -> Any:
    return page.locator("article .course-steps")


# ---------------------------------------------------------------- the home page


def test_the_first_screen_starts_the_course(tab: Any, site_url: str) -> None:
    tab.goto(site_url)
    start = tab.get_by_role("link", name="Start the course", exact=True)
    expect(start).to_be_visible()
    assert on_first_screen(tab, start), f"Start the course is below the first screen: {start.bounding_box()}"
    title = tab.locator(".md-header__topic").first
    assert tab.evaluate(
        "e => e.scrollHeight <= e.clientHeight + 1 && e.scrollWidth <= e.clientWidth + 1",
        title.locator(".md-ellipsis").element_handle(),
    ), "the site's name is cut off in the header"
    cards = tab.locator(".ch-card")
    expect(cards).to_have_count(len(module_urls()))
    for number, (slug, title_text) in enumerate(module_titles().items(), start=1):
        card = cards.nth(number - 1)
        expect(card.locator(".ch-card__link")).to_have_text(f"Module {number} {title_text}")
        expect(card.locator(".ch-card__status")).to_have_text("Quiz: not started")
        assert card.locator(".ch-card__link").get_attribute("href").endswith(module_urls()[slug])
    start.click()
    tab.wait_for_url(site_url + module_urls()[quiz_modules()[0]])


def test_the_home_page_continues_where_the_learner_stopped(tab: Any, site_url: str) -> None:
    first, second = quiz_modules()[:2]
    titles = module_titles()
    pass_quiz(tab, site_url, first)
    tab.goto(site_url + quiz_url(second))
    answer_all(tab, wrong=set(range(tab.locator(".cq-q").count())))
    check(tab)
    tab.goto(site_url)
    go_on = tab.get_by_role("link", name=f"Continue: {titles[second]}", exact=True)
    expect(go_on).to_be_visible()
    assert on_first_screen(tab, go_on)
    expect(tab.locator(".ch__summary")).to_have_text(
        re.compile(rf"^You have passed 1 of {len(quiz_modules())} quizzes")
    )
    expect(tab.locator(f'.ch-card[data-slug="{first}"] .ch-card__status')).to_have_text(re.compile(r"Quiz: passed$"))
    expect(tab.locator(f'.ch-card[data-slug="{second}"] .ch-card__status')).to_have_text("Quiz: not passed yet")
    go_on.click()
    tab.wait_for_url(re.compile(re.escape(site_url + module_urls()[second]) + "$"))


def test_once_every_quiz_is_passed_the_home_page_offers_the_certificate(page: Any, site_url: str) -> None:
    page.goto(site_url + "progress/")
    page.evaluate(
        "([key, value]) => localStorage.setItem(key, value)",
        ["course:" + course_id(page), json.dumps(everything_passed(page.locator(".cp")))],
    )
    page.goto(site_url)
    link = page.get_by_role("link", name="Get your certificate", exact=True)
    expect(link).to_be_visible()
    link.click()
    page.wait_for_url(site_url + "progress/#cp-certificate")
    expect(page.get_by_label("Your name")).to_be_visible()


# ---------------------------------------------------------------- the way on


def test_each_passed_quiz_leads_on_and_the_last_to_the_certificate(tab: Any, site_url: str) -> None:
    slugs, titles = quiz_modules(), module_titles()
    modules = list(module_urls())
    for slug in slugs:
        tab.goto(site_url + quiz_url(slug))
        answer_all(tab)
        check(tab)
        result = tab.locator(".cq__result")
        expect(result.locator(".cq__verdict")).to_contain_text("Passed")
        following = modules[modules.index(slug) + 1] if slug != modules[-1] else None
        if following:
            way_on = result.get_by_role("link", name=f"Next: {titles[following]}", exact=True)
            expect(way_on).to_be_visible()
            way_on.click()
            tab.wait_for_url(re.compile(re.escape(site_url + module_urls()[following]) + "$"))
        else:
            way_on = result.get_by_role("link", name="Get your certificate", exact=True)
            expect(way_on).to_be_visible()
            way_on.click()
            tab.wait_for_url(site_url + "progress/#cp-certificate")
            expect(tab.get_by_label("Your name")).to_be_visible()


def test_a_module_says_what_comes_next_before_its_quiz_is_passed(page: Any, site_url: str) -> None:
    modules, titles = list(module_urls()), module_titles()
    page.goto(site_url + quiz_url(modules[0]))
    note = page.locator("article .course-next")
    expect(note).to_have_text(f"Next: {titles[modules[1]]}")
    # The last module, passed while others are not: its way on is the progress page, not yet the certificate.
    page.goto(site_url + quiz_url(modules[-1]))
    expect(page.locator("article .course-next")).to_have_text("Next: Your progress")
    answer_all(page)
    check(page)
    way_on = page.locator(".cq__result").get_by_role("link", name="Next: Your progress", exact=True)
    expect(way_on).to_be_visible()
    way_on.click()
    page.wait_for_url(site_url + "progress/")


def test_the_footer_chain_holds_learner_pages_and_ends_at_the_certificate_page_then_the_extras(
    page: Any, site_url: str
) -> None:
    page.goto(site_url)
    titles, urls = [], []
    for _ in range(30):
        titles.append(page.locator("h1").first.inner_text().strip())
        urls.append(page.url)
        following = page.locator("a.md-footer__link--next")
        if not following.count():
            break
        following.click()
        page.wait_for_load_state()
    numbered = [f"{number}. {title}" for number, title in enumerate(module_titles().values(), start=1)]
    assert titles[1 : len(numbered) + 2] == [*numbered, "Your progress"], titles
    assert not [url for url in urls if "/trainers/" in url], urls
    assert len(urls) == len(set(urls)), "the chain visits a page twice"


# ---------------------------------------------------------------- menu and search


def test_the_menu_and_search_hold_no_trainers_page(tab: Any, site_url: str, built_site: Path) -> None:
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not [entry["location"] for entry in index["docs"] if entry["location"].startswith("trainers")]
    tab.goto(site_url)
    hrefs = tab.locator(".md-nav--primary a.md-nav__link").evaluate_all("links => links.map(a => a.href)")
    assert hrefs and not [href for href in hrefs if "/trainers/" in href], hrefs
    phone = tab.viewport_size["width"] < 600
    if phone:
        tab.locator("label.md-header__button[for='__search']").click()
    else:
        tab.locator(".md-search__input").click()
    tab.locator(".md-search__input").press_sequentially(TRAINERS_ONLY_WORD, delay=10)
    expect(tab.locator(".md-search-result__meta")).to_contain_text("No matching documents", timeout=15_000)
    tab.locator(".md-search__input").fill("")
    tab.locator(".md-search__input").press_sequentially("coproduction", delay=10)
    expect(tab.locator(".md-search-result__item").first).to_be_visible(timeout=15_000)
    found = tab.locator(".md-search-result__link").evaluate_all("links => links.map(a => a.href)")
    assert found and not [href for href in found if "/trainers/" in href], found


def test_the_trainers_guide_has_its_own_menu_and_search_and_links_back(tab: Any, site_url: str) -> None:
    tab.goto(site_url + module_urls()[quiz_modules()[0]])
    tab.locator("footer").get_by_role("link", name="For trainers", exact=True).click()
    tab.wait_for_url(site_url + "trainers/")
    hrefs = tab.locator(".md-nav--primary a.md-nav__link").evaluate_all("links => links.map(a => a.href)")
    assert any(href.endswith("/trainers/quizzes/") for href in hrefs), hrefs
    assert not [href for href in hrefs if re.search(r"/\d+-[\w-]+/$", href)], "module pages are in the trainers' menu"
    if tab.viewport_size["width"] < 600:
        tab.locator("label.md-header__button[for='__search']").click()
    else:
        tab.locator(".md-search__input").click()
    tab.locator(".md-search__input").press_sequentially(TRAINERS_ONLY_WORD, delay=10)
    expect(tab.locator(".md-search-result__item").first).to_be_visible(timeout=15_000)
    found = tab.locator(".md-search-result__link").evaluate_all("links => links.map(a => a.href)")
    assert found and all("/trainers/" in href for href in found), found
    tab.keyboard.press("Escape")
    tab.locator("footer").get_by_role("link", name="Back to the course", exact=True).click()
    tab.wait_for_url(site_url)


# ---------------------------------------------------------------- steps


def test_the_longest_module_opens_as_one_step(tab: Any, site_url: str) -> None:
    slug = longest_module()
    tab.goto(site_url + module_urls()[slug])
    expect(indicator(tab)).to_have_text(re.compile(r"^Step 1 of (\d+)$"))
    steps = int(indicator(tab).inner_text().split()[-1])
    assert steps >= 5, steps
    opened = tab.evaluate("document.documentElement.scrollHeight")
    whole = tab.evaluate(
        "() => { const off = [...document.querySelectorAll('.course-off')];"
        " off.forEach(e => e.classList.remove('course-off')); const h = document.documentElement.scrollHeight;"
        " off.forEach(e => e.classList.add('course-off')); return h; }"
    )
    screens = opened / tab.viewport_size["height"]
    assert screens <= 3, f"{slug} opens {opened} px high: {screens:.1f} screens"
    assert whole > 2 * opened, (whole, opened)
    go_on = tab.locator("article").get_by_role("button", name="Continue", exact=True)
    expect(go_on).to_be_visible()
    assert go_on.evaluate("b => b.tagName") == "BUTTON"
    expect(tab.locator("article").get_by_role("button", name="Back")).to_be_hidden()


def test_continue_back_focus_and_the_learners_place(tab: Any, site_url: str) -> None:
    slug = longest_module()
    tab.goto(site_url + module_urls()[slug])
    steps = int(indicator(tab).inner_text().split()[-1])
    expect(indicator(tab)).to_have_attribute("role", "status")
    article = tab.locator("article")
    article.get_by_role("button", name="Continue", exact=True).focus()
    tab.keyboard.press("Enter")
    expect(indicator(tab)).to_have_text(f"Step 2 of {steps}")
    focused = tab.evaluate(
        "() => { const e = document.activeElement, d = document.getElementById(e.getAttribute('aria-describedby'));"
        " return [e.tagName, e.checkVisibility(), d && d.textContent]; }"
    )
    assert focused == ["H2", True, f"Step 2 of {steps}"], f"after Continue, focus is on {focused}"
    expect(tab.locator("h1")).to_be_visible()  # the module's title stays
    assert stored(tab, course_id(tab))["places"][slug] == {"step": 1}
    tab.reload()
    expect(indicator(tab)).to_have_text(f"Step 2 of {steps}")
    article.get_by_role("button", name="Back", exact=True).click()
    expect(indicator(tab)).to_have_text(f"Step 1 of {steps}")
    assert tab.evaluate("document.activeElement.tagName") == "H1"
    for step in range(2, steps + 1):
        article.get_by_role("button", name="Continue", exact=True).click()
        expect(indicator(tab)).to_have_text(f"Step {step} of {steps}")
    expect(article.get_by_role("button", name="Continue", exact=True)).to_be_hidden()
    expect(tab.locator(".cq")).to_be_visible()  # the quiz is the last step


def test_links_to_a_part_of_a_module_open_its_step(page: Any, site_url: str) -> None:
    page.set_viewport_size(DESKTOP)
    slug = longest_module()
    url = site_url + module_urls()[slug]
    page.goto(url)
    contents = page.locator(".md-sidebar--secondary")
    links = contents.locator("a.md-nav__link").evaluate_all("links => links.map(a => a.hash)")
    assert f"#cq-{slug}-title" in links and links.index(f"#cq-{slug}-title") < links.index("#sources")
    for hash_ in (links[len(links) // 2], f"#cq-{slug}-title", "#sources", links[1]):
        contents.locator(f'a.md-nav__link[href$="{hash_}"]').click()  # Material makes them absolute
        target = page.locator(hash_)
        expect(target).to_be_visible()
        expect(target).to_be_in_viewport()
    page.goto(url + links[-4])
    expect(page.locator(links[-4])).to_be_visible()
    # A search hit in another part of the page.
    page.goto(site_url)
    page.locator(".md-search__input").click()
    page.locator(".md-search__input").press_sequentially("journey mapping", delay=10)
    hit = page.locator(f'.md-search-result__link[href*="{module_urls()[slug]}#"]').first
    expect(hit).to_be_visible(timeout=15_000)
    anchor = hit.get_attribute("href").split("#", 1)[1]
    hit.click()
    page.wait_for_url(re.compile("#" + re.escape(anchor) + "$"))
    expect(page.locator(f"#{anchor}")).to_be_visible()


@pytest.mark.parametrize("slug", list(module_urls()))
def test_every_quiz_is_in_its_page_contents_before_sources(page: Any, site_url: str, slug: str) -> None:
    page.goto(site_url + module_urls()[slug])
    links = page.locator(".md-sidebar--secondary a.md-nav__link").evaluate_all("links => links.map(a => a.hash)")
    if slug in quiz_modules():
        assert f"#cq-{slug}-title" in links, links
        if "#sources" in links:
            assert links.index(f"#cq-{slug}-title") < links.index("#sources"), links
    assert not ("#sources" in links and links[-1] != "#sources"), "Sources is not the last part of the page"


def test_every_section_shows_without_javascript_and_in_print(browser: Any, page: Any, site_url: str) -> None:
    slug = longest_module()
    url = site_url + module_urls()[slug]
    context = browser.new_context(java_script_enabled=False)
    try:
        plain = context.new_page()
        plain.goto(url)
        headings = plain.locator("article h2")
        total = headings.count()
        assert total > 5
        for index in range(total):
            expect(headings.nth(index)).to_be_visible()
    finally:
        context.close()
    page.goto(url)
    expect(indicator(page)).to_be_visible()
    page.emulate_media(media="print")
    expect(page.locator("article h2:visible")).to_have_count(total)
    expect(indicator(page)).to_be_hidden()
    expect(page.locator(".course-steps__bar")).to_be_hidden()


# ---------------------------------------------------------------- a phone's width


WHOLE_WORDS = """root => {
  const broken = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement.checkVisibility()) continue;
    for (const match of node.textContent.matchAll(/[^\\s-]+/g)) {  // a hyphen may end a line
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      if (range.getClientRects().length > 1) broken.push(match[0]);
    }
  }
  return broken;
}"""

WIDE = """width => [...document.querySelectorAll('article table')].filter(t => t.checkVisibility()).map(t => {
  const wrap = t.closest('.md-typeset__scrollwrap') || t;
  return {right: t.getBoundingClientRect().right, scrolls: wrap.scrollWidth > wrap.clientWidth + 1,
          text: t.innerText.slice(0, 40)};
}).filter(t => t.right > width + 1 || t.scrolls)"""


def test_every_module_table_reads_on_a_phone_without_sideways_scrolling(page: Any, site_url: str) -> None:
    page.set_viewport_size(PHONE)
    measured = 0
    for url in module_urls().values():
        page.goto(site_url + url)
        while True:
            tables = page.locator("article table:visible")
            measured += tables.count()
            assert not page.evaluate(WIDE, PHONE["width"]), f"{url}: a table is wider than the phone"
            for index in range(tables.count()):
                assert not tables.nth(index).evaluate(WHOLE_WORDS), f"{url}: words broken in a table"
                assert tables.nth(index).locator("td[data-label]").count(), f"{url}: a table's cells carry no label"
            go_on = page.locator("article").get_by_role("button", name="Continue", exact=True)
            if not go_on.is_visible():
                break
            go_on.click()
    assert measured >= 3, f"only {measured} tables were measured"


def test_the_progress_page_keeps_words_whole_on_a_phone(page: Any, site_url: str) -> None:
    page.set_viewport_size(PHONE)
    page.goto(site_url + "progress/")
    table = page.locator(".cp__table")
    expect(table).to_be_visible()
    assert not table.evaluate(WHOLE_WORDS), "the progress table breaks words"
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert table.evaluate("t => t.getBoundingClientRect().right") <= PHONE["width"]
    expect(table.locator(".cp-row").first.locator(".cp-row__quiz")).to_have_text(re.compile("not started"))


def test_a_long_chosen_answer_shows_whole_on_a_phone(page: Any, site_url: str) -> None:
    page.set_viewport_size(PHONE)
    longest = ("", "", "")
    for slug in quiz_modules():
        page.goto(site_url + quiz_url(slug))
        for select in page.locator(".cq-sel__select").all():
            texts = select.locator("option").all_inner_texts()[1:]
            best = max(texts, key=len, default="")
            if len(best) > len(longest[2]):
                longest = (slug, str(select.get_attribute("id")), best)
    slug, ident, words = longest
    assert len(words) > 40, "the course has no long answer to choose in a select"
    page.goto(site_url + quiz_url(slug))
    select = page.locator(f"#{ident}")
    select.select_option(label=words)
    shown = select.locator("xpath=following-sibling::*[1]")
    expect(shown).to_have_text(words)
    expect(shown).to_be_visible()
    assert shown.evaluate("e => e.getBoundingClientRect().right") <= PHONE["width"]
    page.reload()  # the answer comes back, and so does its whole text
    expect(page.locator(f"#{ident}").locator("xpath=following-sibling::*[1]")).to_have_text(words)
    short = page.locator(".cq-sel__select").filter(has=page.locator("option", has_text=re.compile(r"^\d+$")))
    if short.count():  # an order question's positions need no second line
        short.first.select_option(index=1)
        expect(short.first.locator("xpath=following-sibling::*[1]")).to_have_text("")


# ---------------------------------------------------------------- the certificate


def test_the_certificate_is_dated_the_uk_way_and_prints_on_one_a4_page(page: Any, site_url: str) -> None:
    page.clock.set_fixed_time(datetime(2026, 12, 1, 10, 0))
    page.goto(site_url + "progress/")
    data = everything_passed(page.locator(".cp"))
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", ["course:" + course_id(page), json.dumps(data)])
    page.reload()
    page.get_by_label("Your name").fill("Amina Yusuf")
    page.get_by_role("button", name="Make my certificate").click()
    certificate = page.locator(".cp__certificate")
    expect(certificate.locator(".cp-cert__date")).to_have_text("Date: 1 December 2026")
    expect(certificate.locator(".cp-cert__name")).to_have_text("Amina Yusuf")
    expect(certificate.locator(".cp-cert__course")).to_have_text(page.locator(".cp").get_attribute("data-title"))
    numbered = [f"{number}. {title}" for number, title in enumerate(module_titles().values(), start=1)]
    expect(certificate.locator(".cp-cert__modules li")).to_have_text(numbered)
    stub_print(page)
    certificate.get_by_role("button", name="Print or save as PDF").click()
    pdf = page.pdf(format="A4", print_background=True)
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", pdf))
    assert pages == 1, f"the certificate prints on {pages} A4 pages"
