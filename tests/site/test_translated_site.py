"""A translated course: the fixture with `languages: [en, cy]` and a Welsh module 1 and its quiz."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import FIXTURES, build_env, copy_course, mkdocs_build

WELSH = FIXTURES / "translated"


def translated_project(target: Path) -> Path:
    """The fixture course with `languages: [en, cy]`, module 1 and its quiz in Welsh."""
    project = copy_course(target, FIXTURES / "course")
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("  - course\n", "  - course:\n      languages: [en, cy]\n"),
        encoding="utf-8",
    )
    shutil.copy(WELSH / "01-intro.cy.md", project / "course")
    shutil.copy(WELSH / "01-intro.cy.yml", project / "quizzes")
    return project


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = translated_project(tmp_path_factory.mktemp("translated"))
    site = tmp_path_factory.mktemp("translated-site")
    result = mkdocs_build(project, site, "--strict")
    assert result.returncode == 0, result.stderr
    return site


def test_each_language_is_a_site_of_its_own_with_the_same_addresses(site: Path) -> None:
    for page in ("index.html", "01-intro/index.html", "02-practice/index.html", "progress/index.html"):
        assert (site / page).is_file() and (site / "cy" / page).is_file(), page
    assert not (site / "01-intro.cy").exists() and not (site / "cy" / "trainers").exists()
    welsh = (site / "cy" / "01-intro" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="cy"' in welsh and "Cyflwyniad" in welsh and "Mae grŵp yn cynllunio taflen" in welsh
    assert "Gwirio atebion" in welsh, "the interface speaks Welsh too"
    assert '<a href="../../trainers/' in welsh, "the footer links up to the one trainers' guide"
    english = (site / "01-intro" / "index.html").read_text(encoding="utf-8")
    assert "Cyflwyniad" not in english and "Check answers" in english


def test_every_page_links_to_itself_in_the_other_language_with_hreflang(site: Path) -> None:
    # The switcher: this very page in each language. The head: each language's home (Material's
    # instant navigation reads the sitemap found there).
    expected = {
        "01-intro/index.html": ({"en": "./", "cy": "../cy/01-intro/"}, {"en": "..", "cy": "../cy/"}),
        "cy/01-intro/index.html": ({"en": "../../01-intro/", "cy": "./"}, {"en": "../../", "cy": "../../cy/"}),
        "cy/progress/index.html": ({"en": "../../progress/", "cy": "./"}, {"en": "../../", "cy": "../../cy/"}),
        "index.html": ({"en": "./", "cy": "cy/"}, {"en": ".", "cy": "cy/"}),
    }
    for page, (links, homes) in expected.items():
        html = (site / page).read_text(encoding="utf-8")
        head = {
            lang: href for href, lang in re.findall(r'<link rel="alternate" href="([^"]*)" hreflang="([^"]*)"', html)
        }
        switcher = {lang: href for href, lang in re.findall(r'<a href="([^"]*)" hreflang="([^"]*)"', html)}
        assert switcher == links and head == homes, (page, switcher, head)


def test_progress_is_one_the_same_ids_and_hashes_in_both_languages(site: Path) -> None:
    def facts(page: Path) -> list[tuple[str, str]]:
        return re.findall(r'data-(quiz|question|hash)="([^"]*)"', page.read_text(encoding="utf-8"))

    english, welsh = site / "01-intro" / "index.html", site / "cy" / "01-intro" / "index.html"
    assert facts(english) == facts(welsh) and facts(english)
    assert '"course":"fixture-course"' in next((site / "cy" / "assets").rglob("course.js")).read_text(encoding="utf-8")


def test_untranslated_words_come_from_the_source_with_a_note(site: Path) -> None:
    practice = (site / "cy" / "02-practice" / "index.html").read_text(encoding="utf-8")
    assert "Nid yw&#x27;r dudalen hon wedi&#x27;i chyfieithu eto" in practice  # translation_missing, in Welsh
    intro = (site / "cy" / "01-intro" / "index.html").read_text(encoding="utf-8")
    assert "course-translation-note" in intro, "its quiz is partly translated"
    assert "Which of these are coproduction?" in intro, "an untranslated question shows in English"
    assert "course-translation-note" not in (site / "01-intro" / "index.html").read_text(encoding="utf-8")


def test_search_is_per_language(site: Path) -> None:
    english = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    welsh = json.loads((site / "cy" / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert any("Cyflwyniad" in doc["title"] for doc in welsh["docs"])
    assert not any("Cyflwyniad" in doc["title"] for doc in english["docs"])


def course_check(project: Path) -> subprocess.CompletedProcess[str]:
    """`course check` run in `project`, as a trainer would."""
    return subprocess.run(
        [sys.executable, "-m", "generator.cli", "check"],
        cwd=project,
        capture_output=True,
        text=True,
        env=build_env(),
        check=False,
    )


def test_a_translated_question_the_source_lacks_stops_check_and_build(tmp_path: Path) -> None:
    project = translated_project(tmp_path / "project")
    quiz = project / "quizzes" / "01-intro.cy.yml"
    quiz.write_text(quiz.read_text(encoding="utf-8") + "  - id: invented\n    prompt: Beth?\n", encoding="utf-8")
    line = quiz.read_text(encoding="utf-8").splitlines().index("  - id: invented") + 1
    check = course_check(project)
    assert check.returncode == 1
    assert (
        f'quizzes/01-intro.cy.yml:{line}: question 2 "invented" > id: the source has no question "invented".'
        in check.stderr
    )
    build = mkdocs_build(project, tmp_path / "site")
    assert build.returncode != 0 and "invented" in build.stderr


def test_a_language_the_theme_has_no_words_for_is_a_problem_of_mkdocs_yml(tmp_path: Path) -> None:
    project = translated_project(tmp_path / "project")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("[en, cy]", "[en, cy, xx]"), encoding="utf-8")
    line = config.read_text(encoding="utf-8").splitlines().index("      languages: [en, cy, xx]") + 1
    check = course_check(project)
    assert check.returncode == 1
    assert f'mkdocs.yml:{line}: the course plugin\'s `languages` names "xx"' in check.stderr
    build = mkdocs_build(project, tmp_path / "site")
    assert build.returncode != 0 and 'names "xx"' in build.stderr and "Traceback" not in build.stderr
