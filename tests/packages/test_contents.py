"""What the packages hold: learner pages only, small enough for paid data; the trainers' download apart.

Made once per session with `course offline` and `course scorm` on a copy of this course. The
budgets are deterministic (the same files give the same zip), so they are tests.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.run import course_languages, package_budget
from generator._internal.packages.contents import LUNR, search_files_needed
from generator.cli import main
from tests.helpers import REPO, copy_course, is_translation


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    project = copy_course(tmp_path_factory.mktemp("packages") / "course")
    assert main(["--project", str(project), "offline"]) == 0
    assert main(["--project", str(project), "scorm"]) == 0
    assert main(["--project", str(project), "scorm", "--version", "2004"]) == 0
    yield project / "dist"


def _names(archive: Path) -> list[str]:
    with zipfile.ZipFile(archive) as opened:
        return opened.namelist()


def _read(archive: Path, name: str) -> str:
    with zipfile.ZipFile(archive) as opened:
        return opened.read(name).decode("utf-8")


@pytest.mark.parametrize(
    "package", ["coproduction-offline.zip", "coproduction-scorm12.zip", "coproduction-scorm2004.zip"]
)
def test_a_learners_package_fits_its_budget(dist: Path, package: str) -> None:
    size = (dist / package).stat().st_size
    budget = package_budget(len(course_languages(REPO / "mkdocs.yml")[1:]))
    assert size <= budget, f"{package} is {size // 1024} KiB, over the {budget // 1024} KiB budget"


@pytest.mark.parametrize(
    "package", ["coproduction-offline.zip", "coproduction-scorm12.zip", "coproduction-scorm2004.zip"]
)
def test_a_learners_package_holds_learner_pages_only(dist: Path, package: str) -> None:
    names = _names(dist / package)
    prefix = "coproduction-offline/" if "offline" in package else ""
    inside = [name.removeprefix(prefix) for name in names]
    assert not [name for name in inside if name.startswith("trainers/")], "no trainers' page"
    assert not [name for name in inside if name.endswith(".map")], "no source maps"
    assert not [name for name in inside if "mermaid" in name], "no diagram library"
    assert not [name for name in inside if name.startswith(LUNR)], "no search languages an English course does not use"
    modules = sorted(path.stem for path in (REPO / "course").glob("[0-9][0-9]-*.md") if not is_translation(path))
    for module in modules:
        assert f"{module}.html" in inside, f"the module {module} is missing"
    for name in inside:
        if name.endswith(".html"):
            html = _read(dist / package, prefix + name)
            assert "course-key" not in html and "course-map" not in html, f"{name} shows answers or scenario maps"
            assert "trainers/" not in html, f"{name} links to the trainers' guide"


def test_the_trainers_download_holds_the_guide_the_pack_and_the_maps(dist: Path) -> None:
    names = _names(dist / "coproduction-trainers.zip")
    inside = [name.removeprefix("coproduction-trainers/") for name in names]
    assert "trainers/facilitator-pack.html" in inside and "trainers/scenario-maps.html" in inside
    assert any(name.endswith("mermaid.min.js") for name in inside)
    assert "index.html" in inside, "and the course itself, for a session"
    pack = _read(dist / "coproduction-trainers.zip", "coproduction-trainers/trainers/facilitator-pack.html")
    assert "course-key" in pack


@pytest.mark.parametrize(
    ("languages", "needed"),
    [
        (["en"], set()),
        (["fr"], {"min/lunr.fr.min.js", "min/lunr.stemmer.support.min.js"}),
        (["en", "cy"], {"min/lunr.cy.min.js", "min/lunr.multi.min.js", "min/lunr.stemmer.support.min.js"}),
        (["ja"], {"tinyseg.js", "min/lunr.ja.min.js", "min/lunr.stemmer.support.min.js"}),
    ],
)
def test_only_the_search_files_of_the_courses_languages_are_kept(languages: list[str], needed: set[str]) -> None:
    assert search_files_needed(languages) == {LUNR + name for name in needed}
