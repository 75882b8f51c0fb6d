"""Course generator: Markdown modules and YAML quizzes into an accessible self-paced course site.

The public API is small: load and check a course, render its fragments. The
MkDocs plugin lives in `generator.plugin`, the command line in `generator.cli`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from generator._internal.course.loader import load_course, read_course
    from generator._internal.course.model import Course, Module, Quiz, Scenario, Worksheet
    from generator._internal.course.paths import CoursePaths
    from generator._internal.course.problems import CourseError, Problem, format_problems
    from generator._internal.render.renderer import Renderer

# Imported on first use: the MkDocs plugin lives in this package too, and a build whose course
# comes from the cache should not pay for pydantic and the rest.
_HOMES = {
    "load_course": "course.loader",
    "read_course": "course.loader",
    "Course": "course.model",
    "Module": "course.model",
    "Quiz": "course.model",
    "Scenario": "course.model",
    "Worksheet": "course.model",
    "CourseError": "course.problems",
    "Problem": "course.problems",
    "format_problems": "course.problems",
    "Renderer": "render.renderer",
    "CoursePaths": "course.paths",
}

__all__ = [
    "Course",
    "CourseError",
    "CoursePaths",
    "Module",
    "Problem",
    "Quiz",
    "Renderer",
    "Scenario",
    "Worksheet",
    "format_problems",
    "load_course",
    "read_course",
]


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'generator' has no attribute {name!r}")
    return getattr(importlib.import_module(f"generator._internal.{_HOMES[name]}"), name)
