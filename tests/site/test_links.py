"""Links and pictures in quiz, scenario and worksheet texts work like links in the module's own page.

A trainer writes them as in the module's Markdown (`assets/map.png`, `02-practice.md#start`);
each page that shows the fragment gets the address from where it stands: the module's page,
the facilitator pack, a packaged page file.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator._internal.site.commands import build_site
from tests.helpers import FIXTURES, copy_course, mkdocs_build

PICTURE = b"\x89PNG\r\n\x1a\n" + b"\0" * 32


class _Addresses(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if (tag, name) in {("a", "href"), ("img", "src")} and value:
                self.found.append((tag, value))


def addresses(html: str) -> list[tuple[str, str]]:
    parser = _Addresses()
    parser.feed(html)
    return parser.found


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """The fixture course with a picture and a link to another module in a quiz's texts."""
    root = copy_course(tmp_path / "project", FIXTURES / "course")
    (root / "course" / "assets").mkdir()
    (root / "course" / "assets" / "map.png").write_bytes(PICTURE)
    quiz = root / "quizzes" / "01-intro.yml"
    quiz.write_text(
        quiz.read_text(encoding="utf-8").replace(
            "    explanation: Coproduction shares decisions from the start.",
            '    explanation: "Look at the map: ![The map](assets/map.png). More in [practice](02-practice.md#start)."',
            1,
        ),
        encoding="utf-8",
    )
    pack = root / "course" / "trainers" / "pack.md"
    pack.parent.mkdir()
    pack.write_text("---\ntitle: Pack\n---\n# Pack\n\n<!-- answer-key -->\n", encoding="utf-8")
    return root


def test_a_picture_and_a_page_link_in_a_quiz_reach_the_module_page(project: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    result = mkdocs_build(project, site, "--strict")
    assert result.returncode == 0, result.stderr
    found = addresses((site / "01-intro" / "index.html").read_text(encoding="utf-8"))
    assert ("img", "../assets/map.png") in found
    assert ("a", "../02-practice/#start") in found
    assert (site / "assets" / "map.png").is_file()
    assert not any("course-file:" in value for _tag, value in found), "every token filled in"


def test_the_facilitator_pack_links_them_from_where_it_stands(project: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    assert mkdocs_build(project, site).returncode == 0
    found = addresses((site / "trainers" / "pack" / "index.html").read_text(encoding="utf-8"))
    assert ("img", "../../assets/map.png") in found
    assert ("a", "../../02-practice/#start") in found


def test_a_packaged_build_links_page_files(project: Path, tmp_path: Path) -> None:
    result = build_site(project, tmp_path / "site", variant="scorm")
    assert result.config is not None, result.error
    found = addresses((tmp_path / "site" / "01-intro.html").read_text(encoding="utf-8"))
    assert ("img", "assets/map.png") in found
    assert ("a", "02-practice.html#start") in found


def test_a_picture_deleted_after_a_cached_build_stops_the_next_build(project: Path, tmp_path: Path) -> None:
    assert mkdocs_build(project, tmp_path / "first").returncode == 0
    (project / "course" / "assets" / "map.png").unlink()
    result = mkdocs_build(project, tmp_path / "second")
    output = result.stdout + result.stderr
    assert result.returncode != 0 and "Traceback" not in output
    assert (
        'quizzes/01-intro.yml:14: question 1 "with-not-for": the picture "assets/map.png" is not in the course folder'
        in output
    )
