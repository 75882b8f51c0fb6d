"""The learner's journey as the build makes it (DESIGN.md, "The learner's journey"), through real builds.

The fixture course gets a trainers' guide, a Sources section and a table here, so one build
shows: learners' menu, search and footer chain without the guide; the guide as a site of its
own at `trainers/`; the quiz and scenario in the page's contents before Sources; the home
page's cards and Start; each module's "Next"; the steps' indicator; labelled table cells.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from generator._internal.frontend import assets
from generator._internal.render.i18n import date_locale
from tests.helpers import FIXTURES, copy_course, mkdocs_build
from tests.site.test_plugin import menu, page

GUIDE = {
    "index.md": "---\ntitle: For trainers\norder: 0\n---\nHow to write the course.\n",
    "write.md": "---\ntitle: Write a module\norder: 1\n---\nEach module is a Markdown file called NN-slug.md.\n",
    "pack.md": "---\ntitle: Pack\norder: 2\nsearch:\n  exclude: true\n---\nFor groups.\n\n<!-- answer-key -->\n",
}
TABLE = "\n\n| Challenge | How to address it |\n|---|---|\n| **One voice** fills the room | Ground rules & care |\n"
SOURCES = "\n\n## Sources\n\n- A report, 2015.\n"


@pytest.fixture(scope="module")
def journey_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_course(tmp_path_factory.mktemp("project"), FIXTURES / "course")
    guide = project / "course" / "trainers"
    guide.mkdir()
    for name, text in GUIDE.items():
        (guide / name).write_text(text, encoding="utf-8")
    practice = project / "course" / "02-practice.md"
    practice.write_text(practice.read_text(encoding="utf-8") + TABLE + SOURCES, encoding="utf-8")
    home = project / "course" / "index.md"
    home.write_text(home.read_text(encoding="utf-8") + "\n## About\n\nMore about the course.\n", encoding="utf-8")
    config = project / "mkdocs.yml"  # Material's footer with its Previous and Next links
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "    - navigation.instant\n", "    - navigation.instant\n    - navigation.footer\n"
        )
    )
    site = tmp_path_factory.mktemp("site")
    result = mkdocs_build(project, site, "--strict")
    assert result.returncode == 0, result.stderr
    return site


def search_locations(site: Path) -> list[str]:
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    return [entry["location"] for entry in index["docs"]]


# ---------------------------------------------------------------- the trainers' guide, a site of its own


def test_the_guide_is_its_own_site_at_trainers(journey_site: Path) -> None:
    for name in ("", "write", "pack", "scenario-maps"):
        assert (journey_site / "trainers" / name / "index.html").is_file(), name
    guide_menu = menu(page(journey_site, "trainers"))
    assert guide_menu == ["For trainers", "Write a module", "Pack", "Scenario maps"]
    assert (journey_site / "trainers" / "search" / "search_index.json").is_file()
    assert (journey_site / "trainers" / "assets" / "course" / "course.js").is_file()


def test_the_learners_menu_search_and_footer_hold_learner_pages_only(journey_site: Path) -> None:
    learners_menu = menu(page(journey_site, ""))
    assert learners_menu == ["Fixture course", "1. Introduction", "2. Practice", "Your progress"]
    assert not [location for location in search_locations(journey_site) if location.startswith("trainers")]
    assert search_locations(journey_site), "the learners' site has a search index"
    guide = json.loads((journey_site / "trainers" / "search" / "search_index.json").read_text(encoding="utf-8"))
    guide_text = " ".join(entry["text"] for entry in guide["docs"])
    assert "NN-slug.md" in guide_text
    assert "Staff write it, then ask for comments" not in guide_text, "the pack's answers are kept out of search"
    # Material's footer chain, followed from the home page: learner pages, and it ends.
    chain, url = [], ""
    while url is not None and len(chain) < 10:
        chain.append(url)
        found = re.search(r'<a href="([^"]+)" class="md-footer__link md-footer__link--next"', page(journey_site, url))
        url = (Path("/", url) / found[1]).resolve().relative_to(Path("/")).as_posix() if found else None
    assert chain == ["", "01-intro", "02-practice", "progress"]


def test_the_footer_links_the_two_sites(journey_site: Path) -> None:
    learner = page(journey_site, "01-intro")
    assert re.search(r'class="course-elsewhere"><a href="\.\./trainers/">For trainers</a>', learner)
    trainer = page(journey_site, "trainers/write")
    assert re.search(r'class="course-elsewhere"><a href="\.\./\.\./">Back to the course</a>', trainer)


def test_a_hand_written_menu_is_split_between_the_two_sites(tmp_path: Path) -> None:
    project = copy_course(tmp_path / "project", FIXTURES / "course")
    (project / "course" / "trainers").mkdir()
    for name in ("index.md", "write.md"):
        (project / "course" / "trainers" / name).write_text(GUIDE[name], encoding="utf-8")
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8")
        + "nav:\n  - index.md\n  - 02-practice.md\n  - 01-intro.md\n"
        + "  - Guide:\n    - trainers/write.md\n    - trainers/index.md\n",
        encoding="utf-8",
    )
    site = tmp_path / "site"
    result = mkdocs_build(project, site, "--strict")
    assert result.returncode == 0, result.stderr
    assert menu(page(site, "")) == ["Fixture course", "Practice", "Introduction"]
    guide = page(site, "trainers")
    assert menu(guide) == ["Write a module", "For trainers"]  # in the section "Guide", as written
    assert re.search(r'<label class="md-nav__link"[^>]*>\s*<span class="md-ellipsis">\s*Guide', guide)


# ---------------------------------------------------------------- module pages


def test_the_quiz_and_scenario_come_before_sources_and_are_in_the_contents(journey_site: Path) -> None:
    html = page(journey_site, "02-practice")
    article = html[html.index("<article") :]
    scenario = article.index('data-module="course-scenario"')
    quiz = article.index('data-module="course-quiz"')
    next_note = article.index('class="course-next"')
    sources = article.index('id="sources"')
    assert article.index("More text after the worksheet.") < scenario < quiz < next_note < sources
    contents = html[html.index('class="md-nav md-nav--secondary"') : html.index("<article")]
    entries = re.findall(
        r'<a href="#([^"]+)" class="md-nav__link">\s*<span class="md-ellipsis">\s*([^<]+?)\s*<', contents
    )
    assert [anchor for anchor, _title in entries][-3:] == ["cs-meeting-title", "cq-practice-title", "sources"]
    assert entries[-2][1] == "Check your understanding"
    assert entries[-3][1].startswith("Scenario: ")


def test_without_sources_the_quiz_ends_the_page_and_its_contents(journey_site: Path) -> None:
    html = page(journey_site, "01-intro")
    contents = html[html.index('class="md-nav md-nav--secondary"') : html.index("<article")]
    assert re.findall(r'<a href="#([^"]+)" class="md-nav__link"', contents)[-1] == "cq-intro-title"
    article = html[html.index("<article") : html.index("</article>")]
    assert article.index('data-module="course-quiz"') < article.index('class="course-next"')


def test_each_module_says_what_comes_next(journey_site: Path) -> None:
    first = page(journey_site, "01-intro")
    assert re.search(
        r'<p class="course-next" data-course="[^"]+">Next: <a href="\.\./02-practice/">Practice</a></p>', first
    )
    last = page(journey_site, "02-practice")
    note = re.search(r'<p class="course-next"[^>]*>Next: <a href="([^"]+)">Your progress</a></p>', last)
    assert note and note[1] == "../progress/"
    assert 'data-quizzes="intro practice"' in last and 'data-certificate="../progress/#cp-certificate"' in last


def test_modules_are_shown_in_steps_unless_turned_off(journey_site: Path, tmp_path: Path) -> None:
    assert 'data-module="course-steps"' in page(journey_site, "01-intro")
    project = copy_course(tmp_path / "project", FIXTURES / "course")
    intro = project / "course" / "01-intro.md"
    intro.write_text(intro.read_text(encoding="utf-8").replace("minutes: 5\n", "minutes: 5\nsteps: false\n"), "utf-8")
    assert mkdocs_build(project, tmp_path / "one", "--strict").returncode == 0
    assert 'data-module="course-steps"' not in page(tmp_path / "one", "01-intro")
    assert 'data-module="course-steps"' in page(tmp_path / "one", "02-practice")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("  - course\n", "  - course:\n      steps: false\n"))
    intro.write_text(intro.read_text(encoding="utf-8").replace("steps: false\n", ""), "utf-8")
    assert mkdocs_build(project, tmp_path / "none", "--strict").returncode == 0
    for module in ("01-intro", "02-practice"):
        assert 'data-module="course-steps"' not in page(tmp_path / "none", module)


def test_table_cells_carry_their_column_header(journey_site: Path) -> None:
    html = page(journey_site, "02-practice")
    assert '<td data-label="Challenge" role="cell"><strong>One voice</strong> fills the room</td>' in html
    assert '<td data-label="How to address it" role="cell">Ground rules &amp; care</td>' in html
    progress = page(journey_site, "progress")
    assert 'data-label="Quiz"' in progress and 'data-label="Scenarios"' in progress


# ---------------------------------------------------------------- the home page


def test_the_home_page_starts_the_course_and_shows_each_module(journey_site: Path) -> None:
    html = page(journey_site, "")
    article = html[html.index("<article") : html.index("</article>")]
    # No `<!-- modules -->` marker: the cards go before the page's first `##` section.
    assert article.index("A small course used by the tests.") < article.index('data-module="course-home"')
    assert article.index('data-module="course-home"') < article.index('id="about"')
    assert re.search(
        r'<a class="md-button md-button--primary ch__start-link" href="01-intro/">Start the course</a>', html
    )
    cards = re.findall(
        r'<a class="ch-card__link" href="([^"]+)"><span class="ch-card__number">(Module \d+)</span>', html
    )
    assert cards == [("01-intro/", "Module 1"), ("02-practice/", "Module 2")]
    assert "About 5 minutes" in article and "About 7 minutes" in article
    assert 'data-certificate="progress/#cp-certificate"' in html
    contents = html[html.index('class="md-nav md-nav--secondary"') : html.index("<article")]
    anchors = re.findall(r'<a href="#([^"]+)" class="md-nav__link"', contents)
    assert list(dict.fromkeys(anchors)) == ["course-modules", "about"]


def test_the_modules_marker_places_the_cards(tmp_path: Path) -> None:
    project = copy_course(tmp_path / "project", FIXTURES / "course")
    home = project / "course" / "index.md"
    home.write_text(home.read_text(encoding="utf-8") + "\n## First\n\nText.\n\n<!-- modules -->\n\nAfter.\n", "utf-8")
    assert mkdocs_build(project, tmp_path / "site", "--strict").returncode == 0
    html = page(tmp_path / "site", "")
    assert html.index('id="first"') < html.index('data-module="course-home"') < html.index("After.")
    assert "<!-- modules -->" not in html


# ---------------------------------------------------------------- dates


def test_dates_follow_the_course_language() -> None:
    assert date_locale("en") == "en-GB"
    assert date_locale("cy") == "cy-GB" and date_locale("pt_BR") == "pt-BR" and date_locale("fr") == "fr"
    assert '"locale":"en-GB"' in assets.script("en")
