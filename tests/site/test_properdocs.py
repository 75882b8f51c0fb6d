"""The course builds with ProperDocs, the maintained fork of MkDocs 1.6, with MkDocs not installed at all.

MkDocs 2.0 drops plugins; the day MkDocs 1.x can no longer be installed, the course must
still build. ProperDocs answers `import mkdocs...` with its own modules and reads the
`mkdocs.plugins` entry points, so the site adapter needs no change: this test proves it, in a
virtual environment holding ProperDocs, Material and the generator, and no MkDocs.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import REPO, build_env, copy_course, is_translation

# Material's and the generator's own dependencies, without MkDocs (both are installed with --no-deps).
DEPENDENCIES = (
    "properdocs>=1.6,<2",
    "babel",
    "colorama",
    "jinja2",
    "markdown",
    "mkdocs-material-extensions",
    "paginate",
    "pygments",
    "pymdown-extensions",
    "requests",
    "backrefs",
    "markdown-it-py",
    "pyyaml",
    "pydantic",
    "rjsmin",
    "rcssmin",
)


def _pip(environment: Path, *arguments: str) -> None:
    result = subprocess.run(
        [
            str(environment / "bin" / "python"),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            *arguments,
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def properdocs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A virtual environment with ProperDocs, Material and the generator, and no MkDocs."""
    environment = tmp_path_factory.mktemp("properdocs") / "env"
    subprocess.run([sys.executable, "-m", "venv", str(environment)], check=True, timeout=300)
    _pip(environment, *DEPENDENCIES)
    _pip(environment, "--no-deps", "mkdocs-material>=9.5,<10", str(REPO))
    yield environment
    shutil.rmtree(environment, ignore_errors=True)


def test_the_course_builds_strictly_with_properdocs_and_no_mkdocs(properdocs: Path, tmp_path: Path) -> None:
    python = str(properdocs / "bin" / "python")
    missing = subprocess.run([python, "-c", "import mkdocs"], capture_output=True, text=True, check=False)
    assert missing.returncode != 0, "MkDocs is installed in the ProperDocs environment: the test proves nothing"
    project = copy_course(tmp_path / "course")
    site = tmp_path / "site"
    result = subprocess.run(
        [
            str(properdocs / "bin" / "properdocs"),
            "build",
            "--strict",
            "-f",
            str(project / "mkdocs.yml"),
            "-d",
            str(site),
        ],
        capture_output=True,
        text=True,
        env=build_env(),
        check=False,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    module = next(path for path in sorted((project / "course").glob("[0-9]*-*.md")) if not is_translation(path))
    page = (site / module.stem / "index.html").read_text(encoding="utf-8")
    assert 'data-module="course-quiz"' in page and "Check answers" in page
    assert (site / "progress" / "index.html").is_file()
    assert (site / "assets" / "course" / "course.js").is_file()
