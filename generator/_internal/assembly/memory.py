"""Everything one process keeps between builds: one object, owned by whoever runs the builds.

`mkdocs serve` rebuilds in the same process after every edit; the plugin instance
creates one `BuildMemory` and hands it to each build, so nothing survives in
module globals and a test makes a fresh one instead of resetting private names.
"""

from __future__ import annotations

from ..course.memory import LoadMemory
from ..render.fragments import CourseParts
from ..render.memory import RenderMemory

COURSES_KEPT = 4
"""A few courses: two configs (mkdocs.yml and one that INHERITs it) or a benchmark's twins don't undo each other."""


class BuildMemory:
    """The last courses built (by cache key), and the loader's and renderer's memos.

    A plain class, not a dataclass: creating one costs Python 3.11 about 2 M instructions at import.
    """

    def __init__(self) -> None:
        self.load = LoadMemory()
        self.render = RenderMemory()
        self.courses: dict[str, CourseParts] = {}
        """Cache key -> the course's parts, oldest first."""

    def course(self, key: str) -> CourseParts | None:
        """The course kept under `key`, if any."""
        return self.courses.get(key)

    def keep(self, key: str, parts: CourseParts) -> None:
        """Keep `parts` as the newest course; the oldest goes when there are too many."""
        self.courses.pop(key, None)
        self.courses[key] = parts
        while len(self.courses) > COURSES_KEPT:
            del self.courses[next(iter(self.courses))]
