"""`course check`: everything a publishing build would stop on, found before building.

The project's mkdocs.yml (as MkDocs reads and validates it), then the course files (as the
loader checks them). This is what `course check`, `course build` and the problem fixtures run.
"""

from __future__ import annotations

from pathlib import Path

from ..course.loader import LoadedCourse, read_course_with_sources
from ..course.problems import Problem
from .project import Project


def check_course(root: Path) -> tuple[Project | None, LoadedCourse | None, list[Problem]]:
    """The project, the loaded course (None when it could not be read) and every problem of both, sorted."""
    project, problems = Project.check(root)
    if project is None:
        return None, None, sorted(set(problems))
    paths = project.paths
    if not paths.docs_dir.is_dir() and any(
        problem.message.endswith("(docs_dir) does not exist.") for problem in problems
    ):
        return project, None, sorted(set(problems))  # said once, about mkdocs.yml
    loaded = read_course_with_sources(paths)
    return project, loaded, sorted(set(problems + loaded.problems))
