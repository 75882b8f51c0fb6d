"""Shared test helpers: building a course into a folder, and the paths of the repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def build_env() -> dict[str, str]:
    """The environment for running mkdocs quietly (no end-of-life notice)."""
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def mkdocs_build(project: Path, site: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """Run `mkdocs build` for the project at `project` into `site`; never raises."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(project / "mkdocs.yml"), "-d", str(site), *extra],
        capture_output=True,
        text=True,
        env=build_env(),
        check=False,
        timeout=300,
    )


def copy_course(target: Path, source: Path = REPO) -> Path:
    """Copy a course project (mkdocs.yml, course/, quizzes/) into `target`."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy(source / "mkdocs.yml", target / "mkdocs.yml")
    for folder in ("course", "quizzes"):
        if (source / folder).exists():
            shutil.copytree(source / folder, target / folder, dirs_exist_ok=True)
    return target


def is_translation(path: Path) -> bool:
    """A translation beside its source (`01-intro.cy.md`, `01-intro.ar.yml`): not a page or quiz of its own."""
    from generator._internal.course.paths import TRANSLATION_FILE

    return TRANSLATION_FILE.match(path.name) is not None
