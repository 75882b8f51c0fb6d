"""Course generator: Markdown modules and YAML quizzes into an accessible self-paced course site.

The public API is small: load and check a course, render its fragments. The
MkDocs plugin lives in `generator.plugin`, the command line in `generator.cli`.
"""

from generator._internal.loader import CoursePaths, load_course, read_course
from generator._internal.model import Course, Module, Quiz, Scenario, Worksheet
from generator._internal.problems import CourseError, Problem, format_problems
from generator._internal.render import Renderer

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
