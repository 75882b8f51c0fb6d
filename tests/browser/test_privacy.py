"""Privacy: the course never makes a learner's browser talk to another website.

The real proof is the browser test: every built page is opened in Chromium,
a quiz is answered, a scenario choice made and the search box used (Material
then loads its search worker and index), and every request is recorded. Any
request to a host other than the course's own is a failure, listed by page.
Requests to other hosts are also refused on the way out, so none leaves even
while the test fails.

A cheap static scan over the built HTML backs it up: no page names a font,
CDN or tracker host, and no page loads a script, style, image or frame from an
absolute address. (Only HTML is scanned: Material's JavaScript bundle contains
CDN addresses for fallbacks it never uses when it is configured as ours is.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest

from tests.browser.drive import show_step

pytestmark = pytest.mark.browser

FORBIDDEN_HOSTS = (
    "fonts.googleapis.com",
    "fonts.gstatic.com",
    "unpkg.com",
    "jsdelivr",
    "cdnjs",
    "googletagmanager.com",
    "google-analytics.com",
)
LOCAL_SCHEMES = {"data", "blob", "about", "javascript"}
# <link rel=...> values that make the browser fetch something (canonical, alternate, etc. do not).
FETCHING_RELS = {"stylesheet", "preload", "prefetch", "modulepreload", "preconnect", "dns-prefetch", "icon", "manifest"}
SEARCH_WORD = "coproduction"


def site_pages(site: Path) -> list[str]:
    """Every page of the built site as a path from its root: `""`, `05-values/`, ..., `404.html`."""
    pages = sorted(
        "" if path.parent == site else path.parent.relative_to(site).as_posix() + "/"
        for path in site.rglob("index.html")
    )
    if (site / "404.html").is_file():
        pages.append("404.html")
    return pages


def foreign(url: str, origin: str) -> bool:
    """True when fetching `url` would contact a host other than `origin` (scheme://host:port)."""
    parts = urlsplit(url)
    if parts.scheme in LOCAL_SCHEMES:
        return False
    return f"{parts.scheme}://{parts.netloc}" != origin


# ---------------------------------------------------------------- static scan (no browser needed)


class _Loads(HTMLParser):
    """Collects the addresses an HTML page makes the browser fetch."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "link":
            rels = set(values.get("rel", "").lower().split())
            if rels & FETCHING_RELS and values.get("href"):
                self.urls.append(values["href"])
            return
        if tag in {"script", "img", "iframe", "audio", "video", "source", "track", "embed", "input"}:
            if values.get("src"):
                self.urls.append(values["src"])
            for candidate in values.get("srcset", "").split(","):
                if candidate.strip():
                    self.urls.append(candidate.strip().split()[0])
        if tag == "object" and values.get("data"):
            self.urls.append(values["data"])
        if values.get("style") and "url(" in values["style"]:
            self.urls += re.findall(r"url\(\s*['\"]?([^'\")]+)", values["style"])


def html_files(site: Path) -> Iterator[Path]:
    yield from sorted(site.rglob("*.html"))


def test_no_page_names_a_font_cdn_or_tracker_host(built_site: Path) -> None:
    found = []
    for path in html_files(built_site):
        text = path.read_text(encoding="utf-8").lower()
        found += [f"{path.relative_to(built_site)}: {host}" for host in FORBIDDEN_HOSTS if host in text]
    assert not found, "pages naming third-party hosts:\n" + "\n".join(found)


def test_no_page_loads_anything_from_an_absolute_address(built_site: Path) -> None:
    found = []
    for path in html_files(built_site):
        parser = _Loads()
        parser.feed(path.read_text(encoding="utf-8"))
        for url in parser.urls:
            if urlsplit(url).netloc or url.lower().startswith(("http:", "https:")):
                found.append(f"{path.relative_to(built_site)}: {url}")
    assert not found, "pages loading from another address:\n" + "\n".join(found)


def test_the_static_scan_finds_what_it_looks_for() -> None:
    """The scanners themselves: a page with a CDN script and a web font is caught."""
    parser = _Loads()
    parser.feed(
        '<link rel="canonical" href="https://example.org/a/"><link rel="stylesheet" href="https://fonts.googleapis.com/x">'
        '<script src="//unpkg.com/x"></script><img src="assets/a.png" srcset="https://cdn.example/b.png 2x">'
    )
    assert parser.urls == [
        "https://fonts.googleapis.com/x",
        "//unpkg.com/x",
        "assets/a.png",
        "https://cdn.example/b.png",
    ]
    origin = "http://127.0.0.1:8000"
    assert foreign("https://fonts.gstatic.com/s/roboto.woff2", origin)
    assert foreign("http://127.0.0.1:9999/", origin)
    assert not foreign("http://127.0.0.1:8000/search/search_index.json", origin)
    assert not foreign("data:image/svg+xml;base64,AAAA", origin)


# ---------------------------------------------------------------- the browser: every request of every page


class Recorder:
    """Every request a browser context makes, and those to other hosts (refused)."""

    def __init__(self, context: Any, origin: str) -> None:
        self.origin = origin
        self.where = ""
        self.seen: list[str] = []
        self.foreign: list[str] = []
        context.on("request", self._on_request)
        context.route("**/*", self._route)

    def _on_request(self, request: Any) -> None:
        self.seen.append(request.url)
        if foreign(request.url, self.origin):
            self.foreign.append(f"{self.where or '(start)'}: {request.method} {request.url}")

    def _route(self, route: Any) -> None:
        # Requests from workers reach the route even where no request event names them.
        url = route.request.url
        if foreign(url, self.origin):
            entry = f"{self.where or '(start)'}: {route.request.method} {url}"
            if entry not in self.foreign:
                self.foreign.append(entry)
            route.abort()
            return
        route.continue_()


@pytest.fixture
def recorded(browser: Any, site_url: str) -> Iterator[tuple[Any, Recorder]]:
    """A fresh context and page whose every request is recorded; foreign ones are refused."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")
    parts = urlsplit(site_url)
    recorder = Recorder(context, f"{parts.scheme}://{parts.netloc}")
    page = context.new_page()
    yield page, recorder
    context.close()


def visit(page: Any, recorder: Recorder, url: str, label: str) -> None:
    recorder.where = label
    page.goto(url, wait_until="load")
    page.wait_for_load_state("networkidle")


def test_every_page_only_talks_to_the_course_site(
    recorded: tuple[Any, Recorder], site_url: str, built_site: Path
) -> None:
    page, recorder = recorded
    pages = site_pages(built_site)
    assert "" in pages and "404.html" in pages and len(pages) >= 5, pages
    for path in pages:
        visit(page, recorder, urljoin(site_url, path), path or "/")
    assert len(recorder.seen) > len(pages), "the recorder saw no sub-resources: is it attached?"
    assert not recorder.foreign, "requests to other hosts:\n" + "\n".join(recorder.foreign)


def test_quiz_scenario_and_search_only_talk_to_the_course_site(
    recorded: tuple[Any, Recorder], site_url: str, built_site: Path
) -> None:
    page, recorder = recorded
    quiz_page = next((path for path in site_pages(built_site) if 'class="cq"' in _html(built_site, path)), None)
    assert quiz_page is not None, "no page of the built course has a quiz"
    visit(page, recorder, urljoin(site_url, quiz_page), f"{quiz_page} (quiz)")
    show_step(page)  # a module opens at its first step
    for index in range(page.locator(".cq .cq-q").count()):
        question = page.locator(".cq .cq-q").nth(index)
        if question.locator("input").count():
            question.locator("input").first.check()
        selects = question.locator("select")
        for number in range(selects.count()):
            selects.nth(number).select_option(index=1)
    page.locator(".cq").get_by_role("button", name="Check answers").first.click()
    page.wait_for_load_state("networkidle")

    scenario_page = next(
        (path for path in site_pages(built_site) if 'data-module="course-scenario"' in _html(built_site, path)),
        None,
    )
    if scenario_page is not None:
        visit(page, recorder, urljoin(site_url, scenario_page), f"{scenario_page} (scenario)")
        show_step(page, "[data-module='course-scenario']")
        buttons = page.locator("[data-module='course-scenario'] button:visible")
        if buttons.count():
            buttons.first.click()
            page.wait_for_load_state("networkidle")

    visit(page, recorder, site_url, "/ (search)")
    recorder.where = "/ (search)"
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator("input.md-search__input").press_sequentially(SEARCH_WORD, delay=20)  # Material searches on keyup
    page.locator(".md-search-result__item").first.wait_for(state="visible", timeout=15_000)
    page.wait_for_load_state("networkidle")
    searched = [url for url in recorder.seen if "search" in urlsplit(url).path]
    assert any("search_index" in url for url in searched), f"the search index was never loaded: {searched}"
    assert any("/workers/" in url for url in searched), f"the search worker was never loaded: {searched}"
    assert not recorder.foreign, "requests to other hosts:\n" + "\n".join(recorder.foreign)


def _html(site: Path, path: str) -> str:
    file = site / (path if path.endswith(".html") else path + "index.html")
    return file.read_text(encoding="utf-8")
