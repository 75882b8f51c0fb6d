"""`course init` and the `course` commands in any course folder, outside this repository.

The in-process tests use the checkout's generator. The last tests install the generator
from this checkout into a fresh virtual environment with pip (not editable: what a trainer at
another organisation gets, package data and all), start a course with `course init` in a
temporary folder, and run every command there, on that course and on this repository's
course dropped into it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from generator._internal.tools.init import generator_requirement, init_project
from generator._internal.tools.scaffold import ScaffoldError
from generator.cli import main
from tests.helpers import REPO, build_env

TITLE = "Volunteering at the food bank"


def test_init_writes_a_whole_project_that_checks_and_builds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "food-bank"
    assert main(["init", str(root), "--title", TITLE]) == 0
    written = {path.relative_to(root).as_posix() for path in root.rglob("*") if path.is_file()}
    for expected in (
        "mkdocs.yml",
        "course/index.md",
        "course/01-getting-started.md",
        "quizzes/01-getting-started.yml",
        "quizzes/scenarios/first-meeting.yml",
        ".github/workflows/pages.yml",
        ".gitignore",
        "README.md",
        "requirements.txt",
        "schemas/quiz.schema.json",
    ):
        assert expected in written, f"course init did not write {expected}"
    settings = yaml.safe_load((root / "mkdocs.yml").read_text(encoding="utf-8").replace("!ENV", ""))
    assert settings["site_name"] == TITLE
    assert settings["theme"]["name"] == "material" and settings["theme"]["font"] is False
    assert {"course": {"course_id": "volunteering-at-the-food-bank"}} in settings["plugins"]
    workflow = (root / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8")
    assert "--strict" in workflow and "requirements.txt" in workflow
    capsys.readouterr()
    assert main(["--project", str(root), "check", "--strict"]) == 0, "no problem and no quality note"
    out = capsys.readouterr().out
    assert "1 module, 1 quiz (5 questions), 1 scenario" in out and "No quality notes." in out
    assert main(["--project", str(root), "build", "--strict", "-d", str(tmp_path / "site")]) == 0
    assert (tmp_path / "site" / "01-getting-started" / "index.html").is_file()


def test_the_new_site_loads_nothing_from_another_host(tmp_path: Path) -> None:
    root = init_project(tmp_path / "c", TITLE).root
    assert main(["--project", str(root), "build", "-d", str(tmp_path / "site")]) == 0
    for page in (tmp_path / "site").rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in html and "unpkg.com" not in html and "cdn.jsdelivr" not in html, page


@pytest.mark.parametrize("occupied", ["a file inside", "a hidden file inside", "a file in its place"])
def test_init_refuses_a_folder_that_is_not_new_or_empty_and_writes_nothing(tmp_path: Path, occupied: str) -> None:
    root = tmp_path / "course"
    if occupied == "a file in its place":
        root.write_text("notes", encoding="utf-8")
    else:
        root.mkdir()
        (root / ("notes.txt" if occupied == "a file inside" else ".git")).write_text("x", encoding="utf-8")
    before = sorted(path.name for path in tmp_path.rglob("*"))
    with pytest.raises(ScaffoldError):
        init_project(root, TITLE)
    assert main(["init", str(root), "--title", TITLE]) == 1
    assert sorted(path.name for path in tmp_path.rglob("*")) == before, "nothing was written"


def test_init_accepts_an_empty_folder_and_needs_a_title(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert init_project(tmp_path / "empty", "Café conversations").course_id == "cafe-conversations"
    with pytest.raises(ScaffoldError, match="needs a title"):
        init_project(tmp_path / "other", "   ")


def test_the_requirement_names_where_the_generator_came_from() -> None:
    requirement, _portable = generator_requirement()
    assert requirement.startswith("course-generator")


def test_serve_refuses_an_address_it_cannot_use(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = init_project(tmp_path / "c", TITLE).root
    assert main(["--project", str(root), "serve", "-a", "localhost"]) == 1
    assert "HOST:PORT" in capsys.readouterr().err


def test_commands_outside_a_course_folder_say_so_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for command in (["check"], ["build"], ["offline"], ["scorm"], ["new-module", "Listening"]):
        assert main(["--project", str(tmp_path), *command]) == 1, command
        err = capsys.readouterr().err
        assert "there is no mkdocs.yml" in err and "course init" in err and "Traceback" not in err, command


# ---------------------------------------------------------------- a fresh install, outside this repository


def _run(environment: Path, *arguments: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(environment / "bin" / "course"), *arguments],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**build_env(), "PATH": f"{environment / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}"},
        check=False,
        timeout=600,
    )
    assert "Traceback" not in result.stdout + result.stderr, result.stdout + result.stderr
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A virtual environment with the generator installed by pip from this checkout, as another organisation would."""
    environment = tmp_path_factory.mktemp("venv") / "env"
    subprocess.run([sys.executable, "-m", "venv", str(environment)], check=True, timeout=300)
    install = subprocess.run(
        [
            str(environment / "bin" / "python"),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            str(REPO),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    assert install.returncode == 0, install.stderr
    yield environment
    shutil.rmtree(environment, ignore_errors=True)


def test_a_fresh_install_starts_checks_builds_and_packages_a_new_course(installed: Path, tmp_path: Path) -> None:
    assert _run(installed, "init", "food-bank", "--title", TITLE, cwd=tmp_path).returncode == 0
    root = tmp_path / "food-bank"
    for command in (["check"], ["build", "--strict"], ["offline"], ["scorm"]):
        result = _run(installed, *command, cwd=root)
        assert result.returncode == 0, f"course {' '.join(command)}:\n{result.stdout}{result.stderr}"
    assert (root / "site" / "index.html").is_file()
    names = sorted(path.name for path in (root / "dist").glob("*.zip"))
    assert names == [
        "volunteering-at-the-food-bank-offline.zip",
        "volunteering-at-the-food-bank-scorm12.zip",
        "volunteering-at-the-food-bank-trainers.zip",
    ]
    with zipfile.ZipFile(root / "dist" / "volunteering-at-the-food-bank-offline.zip") as archive:
        listed = archive.namelist()
    assert "volunteering-at-the-food-bank-offline/assets/course/vendor/iframe-worker-shim.js" in listed
    assert "volunteering-at-the-food-bank-offline/assets/course/course.js" in listed


def test_a_fresh_install_builds_another_course_dropped_into_the_folder(installed: Path, tmp_path: Path) -> None:
    """This repository's course, copied into a course made by `course init`: the packages keep that folder's id."""
    assert _run(installed, "init", "ours", "--title", "Our coproduction course", cwd=tmp_path).returncode == 0
    root = tmp_path / "ours"
    for folder in ("course", "quizzes"):
        shutil.rmtree(root / folder)
        shutil.copytree(REPO / folder, root / folder)
    config = root / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "plugins:\n", "extra_css:\n  - stylesheets/ladder.css\n\nplugins:\n", 1
        ),
        encoding="utf-8",
    )
    for command in (["check"], ["build", "--strict"], ["scorm"]):
        result = _run(installed, *command, cwd=root)
        assert result.returncode == 0, f"course {' '.join(command)}:\n{result.stdout}{result.stderr}"
    assert [path.name for path in (root / "dist").glob("*.zip")] == ["our-coproduction-course-scorm12.zip"]


@pytest.mark.parametrize("which", ["this repository's", "a new course's"])
def test_the_pages_workflow_checks_strictly_and_keeps_the_build_cache(which: str, tmp_path: Path) -> None:
    folder = REPO if which == "this repository's" else init_project(tmp_path / "c", TITLE).root
    workflow = yaml.safe_load((folder / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["build"]["steps"]
    build = next(step for step in steps if "run" in step and "build --strict" in step["run"])
    assert "course check" in build["run"] or "course build --strict" in build["run"], "checked before it is built"
    cache = next(step for step in steps if str(step.get("uses", "")).startswith("actions/cache@"))
    assert cache["with"]["path"] == ".cache"
    assert "course/**" in cache["with"]["key"] and "quizzes/**" in cache["with"]["key"], "keyed on the course files"
    setup = next(step for step in steps if str(step.get("uses", "")).startswith("actions/setup-python@"))
    dependency_file = setup["with"].get("cache-dependency-path", "requirements.txt")
    assert (folder / dependency_file).is_file(), "setup-python's pip cache needs the file it hashes"
