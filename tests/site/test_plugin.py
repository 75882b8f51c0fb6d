"""The MkDocs plugin, through real builds of the fixture course (and one `mkdocs serve`)."""

from __future__ import annotations

import gzip
import json
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from generator._internal.frontend import assets
from generator._internal.render.i18n import languages
from generator._internal.site.titles import title_as_text
from tests.helpers import FIXTURES, REPO, build_env, copy_course, mkdocs_build


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_course(tmp_path_factory.mktemp("project"), FIXTURES / "course")
    site = tmp_path_factory.mktemp("site")
    result = mkdocs_build(project, site, "--strict")
    assert result.returncode == 0, result.stderr
    return site


def page(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def test_modules_are_served_at_their_numbered_directory(fixture_site: Path) -> None:
    assert (fixture_site / "01-intro" / "index.html").is_file()
    assert (fixture_site / "02-practice" / "index.html").is_file()


def test_objectives_come_first_and_the_quiz_last(fixture_site: Path) -> None:
    html = page(fixture_site, "01-intro")
    h1 = html.index("<h1")
    objectives = html.index('class="course-objectives"')
    body = html.index("Working together means deciding together.")
    quiz = html.index('data-module="course-quiz"')
    assert h1 < objectives < body < quiz
    assert "Tell a partnership from a consultation" in html
    assert "About 5 minutes" in html


def test_objectives_go_right_below_a_trainers_own_title_line(tmp_path: Path) -> None:
    project = copy_course(tmp_path / "project", FIXTURES / "course")
    module = project / "course" / "01-intro.md"
    text = module.read_text(encoding="utf-8")
    module.write_text(text.replace("Working together", "# Introduction\n\nWorking together", 1), encoding="utf-8")
    assert mkdocs_build(project, tmp_path / "site", "--strict").returncode == 0
    html = page(tmp_path / "site", "01-intro")
    article = html[html.index("<article") :]
    assert article.count("<h1") == 1
    assert article.index("</h1>") < article.index('class="course-objectives"') < article.index("Working together")


def test_search_finds_the_text_and_objectives_but_no_answers(fixture_site: Path) -> None:
    """Quizzes, scenarios and the scenario maps go in after the search plugin has read the page."""
    index = json.loads((fixture_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = " ".join(entry["title"] + " " + entry["text"] for entry in index["docs"])
    assert "Working together means deciding together." in text
    assert "Tell a partnership from a consultation" in text  # objectives
    assert "certificate" in text.lower()  # the progress page
    # Its table and the home page's cards are not searched: each title in them is its own module page's.
    kept_out = [entry["location"] for entry in index["docs"] if "Practice" in entry["text"]]
    assert kept_out == [], kept_out
    progress, home = page(fixture_site, "progress"), page(fixture_site, "")
    assert 'class="cp__table"' in progress and progress.count('class="cp-row"') == 2
    assert home.count('class="ch-card"') == 2 and "course-slot" not in progress + home
    for answer in ("Staff write it, then ask for comments", "Agree ground rules together", "Read out your own rules"):
        assert answer not in text
    assert not [entry["location"] for entry in index["docs"] if entry["location"].startswith("trainers/scenario-maps")]
    assert (
        (fixture_site / "trainers" / "scenario-maps" / "index.html")
        .read_text(encoding="utf-8")
        .count("Agree ground rules together")
    ), "the maps page still shows them"


def test_worksheet_goes_where_its_marker_is_and_the_scenario_before_the_quiz(fixture_site: Path) -> None:
    html = page(fixture_site, "02-practice")
    before = html.index("Start small and be patient.")
    worksheet = html.index('data-module="course-worksheet"')
    after = html.index("More text after the worksheet.")
    scenario = html.index('data-module="course-scenario"')
    quiz = html.index('data-module="course-quiz"')
    assert before < worksheet < after < scenario < quiz
    assert "course-slot" not in html and "worksheet: plan" not in html


def menu(html: str) -> list[str]:
    """The titles of the pages in a page's menu, in order (its own contents' `#` links left out)."""
    nav = html[html.index('class="md-nav md-nav--primary"') : html.index('class="md-content"')]
    found = re.findall(
        r'<a href="([^"#]*)" class="md-nav__link[^"]*"[^>]*>\s*<span class="md-ellipsis">\s*([^<]+?)\s*<', nav
    )
    return list(dict.fromkeys(title for _href, title in found))


def test_navigation_lists_home_then_numbered_modules_then_progress(fixture_site: Path) -> None:
    html = page(fixture_site, "")
    assert menu(html)[:4] == ["Fixture course", "1. Introduction", "2. Practice", "Your progress"]


def test_progress_page_lists_every_module(fixture_site: Path) -> None:
    html = page(fixture_site, "progress")
    assert 'data-module="course-progress"' in html
    assert 'href="../01-intro/"' in html and 'href="../02-practice/"' in html
    assert 'data-scenario="meeting"' in html


def test_one_script_and_one_stylesheet_are_linked_on_every_page(fixture_site: Path) -> None:
    for html_file in fixture_site.rglob("index.html"):
        html = html_file.read_text(encoding="utf-8")
        assert len(re.findall(r'<script src="[^"]*assets/course/course\.js"', html)) == 1, html_file
        assert len(re.findall(r'<link rel="stylesheet" href="[^"]*assets/course/course\.css"', html)) == 1, html_file
    assert (fixture_site / "assets" / "course" / "course.js").is_file()


def test_the_plugin_adds_no_inline_script(fixture_site: Path, tmp_path: Path) -> None:
    project = copy_course(tmp_path / "plain", FIXTURES / "course")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("  - course\n", ""), encoding="utf-8")
    plain = tmp_path / "plain-site"
    assert mkdocs_build(project, plain).returncode == 0
    inline = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>")
    assert len(inline.findall(page(fixture_site, "01-intro"))) == len(inline.findall(page(plain, "01-intro")))


def test_a_nav_in_mkdocs_yml_is_respected(tmp_path: Path) -> None:
    project = copy_course(tmp_path / "project", FIXTURES / "course")
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8")
        + "nav:\n  - Practice first: 02-practice.md\n  - index.md\n  - 01-intro.md\n",
        encoding="utf-8",
    )
    assert mkdocs_build(project, tmp_path / "site").returncode == 0
    html = page(tmp_path / "site", "")
    assert (
        html.index("Practice first") < html.index(">Introduction<")
        if ">Introduction<" in html
        else "Practice first" in html
    )
    assert "1. Introduction" not in html


def test_a_quiz_marker_places_the_quiz(tmp_path: Path) -> None:
    project = copy_course(tmp_path / "project", FIXTURES / "course")
    module = project / "course" / "01-intro.md"
    module.write_text(
        module.read_text(encoding="utf-8").replace("## Key points", "<!-- quiz -->\n\n## Key points"), encoding="utf-8"
    )
    assert mkdocs_build(project, tmp_path / "site", "--strict").returncode == 0
    html = page(tmp_path / "site", "01-intro")
    assert html.index('data-module="course-quiz"') < html.index('id="key-points"')
    assert html.count('data-module="course-quiz"') == 1
    contents = html[html.index('class="md-nav md-nav--secondary"') : html.index("<article")]
    anchors = list(dict.fromkeys(re.findall(r'<a href="#([^"]+)" class="md-nav__link"', contents)))
    assert anchors == ["cq-intro-title", "key-points"], "the marker's place is the quiz's place in the contents"


def test_a_marker_naming_nothing_is_a_warning_that_strict_builds_refuse(tmp_path: Path) -> None:
    project = copy_course(tmp_path / "project", FIXTURES / "course")
    module = project / "course" / "01-intro.md"
    module.write_text(module.read_text(encoding="utf-8") + "\n<!-- scenario: nowhere -->\n", encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site", "--strict")
    assert result.returncode != 0
    assert "01-intro.md" in result.stderr and "nowhere" in result.stderr


def test_the_plugin_can_be_disabled(tmp_path: Path) -> None:
    project = copy_course(tmp_path / "project", FIXTURES / "course")
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("  - course\n", "  - course:\n      enabled: false\n"),
        encoding="utf-8",
    )
    assert mkdocs_build(project, tmp_path / "site").returncode == 0
    assert "course-quiz" not in page(tmp_path / "site", "01-intro")


def test_the_real_course_builds_strictly(tmp_path: Path) -> None:
    result = mkdocs_build(REPO, tmp_path / "site", "--strict")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site" / "progress" / "index.html").is_file()


def test_front_end_fits_the_byte_budget() -> None:
    """One JS and one CSS file, together at most 13 KiB gzipped (deterministic, so a test).

    8 KiB until the learner's journey (home cards, steps, the way on, stacked tables) and issue 16 (marks
    per select, kept answers, mixed options, resumed scenarios, the state's schema and merge, the storage
    notice) added about 2.2 KiB each (12.1 KiB together). A first visit to a module still loads less than
    plain Material on the same pages (benchmarks/README.md), as the learners' search index got smaller.
    """
    script = gzip.compress(assets.script("en").encode("utf-8"), mtime=0)
    style = gzip.compress(assets.stylesheet().encode("utf-8"), mtime=0)
    assert len(script) + len(style) <= 13 * 1024, (len(script), len(style))
    # Every interface language fits too: its words (Arabic or Ukrainian script, six plural forms) weigh more.
    for language in languages():
        translated = gzip.compress(assets.script(language).encode("utf-8"), mtime=0)
        assert len(translated) + len(style) <= 13 * 1024, (language, len(translated), len(style))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return int(response.status), response.read().decode("utf-8")
    except OSError:
        return 0, ""


def _wait_for(predicate: object, timeout: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return True
        time.sleep(0.3)
    return False


@pytest.mark.timeout(120)
def test_serve_keeps_running_through_a_mistake_and_recovers(tmp_path: Path) -> None:
    project = copy_course(tmp_path / "project", FIXTURES / "course")
    port = _free_port()
    log = (tmp_path / "serve.log").open("w+", encoding="utf-8")
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-f", str(project / "mkdocs.yml"), "-a", f"127.0.0.1:{port}"],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=build_env(),
    )
    url = f"http://127.0.0.1:{port}/02-practice/"
    quiz = project / "quizzes" / "02-practice.yml"
    good = quiz.read_text(encoding="utf-8")
    try:
        assert _wait_for(lambda: "It is fine to start small." in _get(url)[1]), "serve did not start"
        maps = f"http://127.0.0.1:{port}/trainers/scenario-maps/"
        assert "The first meeting" in _get(maps)[1], "the trainers' guide is not in the preview"
        quiz.write_text(good.replace("answer: true", "answer: maybe"), encoding="utf-8")
        assert _wait_for(lambda: "course-problems" in _get(url)[1]), "the mistake was not shown in the preview"
        status, html = _get(url)
        assert status == 200 and "quizzes/02-practice.yml:6" in html
        assert server.poll() is None, "serve stopped on a mistake"
        quiz.write_text(good.replace("It is fine to start small.", "Small steps are fine."), encoding="utf-8")
        assert _wait_for(lambda: "Small steps are fine." in _get(url)[1]), "fixing the file did not bring the page back"
        assert "course-problems" not in _get(url)[1]
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.seek(0)
        output = log.read()
        log.close()
    assert "Traceback" not in output
    assert "quizzes/02-practice.yml:6" in output


@pytest.mark.parametrize(
    "title",
    ["<img src=x onerror=alert(1)>Intro", "</title><script>alert(1)</script>", "&lt;/title&gt;&lt;script&gt;x"],
)
def test_hostile_front_matter_titles_show_as_text(tmp_path: Path, title: str) -> None:
    """MkDocs and Material print titles as HTML, in the menu, the header, the h1 and <title>."""
    project = copy_course(tmp_path / "project", FIXTURES / "course")
    module = project / "course" / "01-intro.md"
    module.write_text(
        module.read_text(encoding="utf-8").replace("title: Introduction", f"title: {json.dumps(title)}"),
        encoding="utf-8",
    )
    site = tmp_path / "site"
    result = mkdocs_build(project, site, "--strict")
    assert result.returncode == 0, result.stderr
    for html_file in site.rglob("*.html"):
        head, _end, rest = html_file.read_text(encoding="utf-8").partition("</title>")
        before, _start, title_text = head.rpartition("<title>")
        # Inside <title> a browser shows tags as text; only an early `</` could escape it.
        assert "</" not in title_text, html_file
        outside = before + rest
        assert "<img src=x" not in outside, html_file
        assert "<script>alert" not in outside and "</title>" not in outside, html_file
    page_html = (site / "01-intro" / "index.html").read_text(encoding="utf-8")
    assert f"<h1>{title_as_text('1. ' + title)}</h1>" in page_html, "the title shows, as text"


def test_course_serve_shows_a_broken_home_page_and_keeps_running(tmp_path: Path) -> None:
    """A home page in Latin-1, then with a colon in its title: shown as problems, the preview keeps going."""
    project = copy_course(tmp_path / "project", FIXTURES / "course")
    port = _free_port()
    log = (tmp_path / "serve.log").open("w+", encoding="utf-8")
    server = subprocess.Popen(
        [sys.executable, "-m", "generator.cli", "--project", str(project), "serve", "-a", f"127.0.0.1:{port}"],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=build_env(),
    )
    home = project / "course" / "index.md"
    good = home.read_text(encoding="utf-8")
    url = f"http://127.0.0.1:{port}/"
    try:
        assert _wait_for(lambda: "A small course used by the tests." in _get(url)[1]), "serve did not start"
        home.write_bytes((good + "\nCafé\n").encode("latin-1"))
        assert _wait_for(lambda: "course/index.md:6" in _get(url)[1]), "the unreadable page's problem was not shown"
        assert server.poll() is None, "serve stopped on a page that is not UTF-8"
        home.write_text(good.replace("title: Fixture course", "title: Fixture: a course"), encoding="utf-8")
        assert _wait_for(lambda: "course/index.md:2" in _get(url)[1]), "the front matter's problem was not shown"
        home.write_text(good, encoding="utf-8")
        assert _wait_for(lambda: "course-problems" not in _get(url)[1]), "fixing the page did not bring it back"
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.seek(0)
        output = log.read()
        log.close()
    assert "Traceback" not in output
