"""One build of one course: its fragments from memory, from the disk cache, or loaded and rendered.

A trainer rebuilds the same files again and again, and loading a course imports
pydantic and markdown-it, validates every file and renders every quiz and
scenario. So a build first asks the process's `BuildMemory`, then the disk cache,
and only then loads and renders; a course with problems is never kept.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..course.pages import check_pages
from ..course.paths import CoursePaths
from ..course.problems import Problem
from ..render.fragments import CourseParts
from .cache import Settings, cache_file, cache_key, compiled_templates_dir, read_parts, write_parts
from .memory import BuildMemory

if TYPE_CHECKING:
    from ..course.loader import LoadedCourse
    from ..course.model import Course
    from ..course.translations import TranslationReport

__all__ = ["BuildMemory", "CourseBuild", "Settings"]


class CourseBuild:
    """The course for one build: its parts kept from before, or loaded and rendered once.

    `cache_dir` None turns every cache off (each build reads and renders everything, and the
    memory is not used). A course with problems is rendered only for a `preview` (the valid part
    of it, and the problems box); a build stops anyway, and such a course is never kept.
    """

    def __init__(
        self,
        paths: CoursePaths,
        settings: Settings,
        cache_dir: Path | None,
        memory: BuildMemory | None = None,
        *,
        preview: bool = False,
        write_later: bool = False,
    ) -> None:
        self.paths, self.settings, self.preview = paths, settings, preview
        self.write_later = write_later
        """Keep the cache file's writing for `flush`: a build that will ask for the facilitator pack writes once."""
        self._unwritten: CourseParts | None = None
        self.memory = memory if cache_dir is not None else None
        self.key = cache_key(paths, settings) if cache_dir is not None else ""
        self.cache_file = cache_file(cache_dir, paths, settings) if cache_dir is not None else None
        # Jinja checks a compiled template against its source only: the filters it was compiled with (the
        # generator's code) are not in its key, so each version of the generator keeps its own folder.
        self.templates_dir = compiled_templates_dir(cache_dir) if cache_dir is not None else None
        self._course: Course | None = None
        self._parts: CourseParts | None = None
        self._problems: list[Problem] = []
        self._report: TranslationReport | None = None
        self._hash_as: dict[int, object] = {}

    def parts(self, *, pack: bool = False) -> tuple[CourseParts, list[Problem]]:
        """The course's fragments and its problems; with `pack`, the facilitator pack's too."""
        known = self._parts or self._kept()
        if known is not None and (known.has_pack or not pack):
            self._parts = known
            self._keep(known, write=False)
            return self._with_page_problems(known)
        # Imported here: only a build that renders pays for pydantic, Jinja and markdown-it.
        from ..course.loader import read_course, read_course_with_sources  # noqa: PLC0415
        from ..render.links import yaml_links  # noqa: PLC0415
        from ..render.renderer import Renderer, keep_compiled_templates  # noqa: PLC0415

        if self.templates_dir is not None:
            keep_compiled_templates(self.templates_dir)
        memory = self.memory
        renderer = Renderer(
            self.settings.course_id, self.settings.language, memory.render if memory else None, lms=self.settings.lms
        )
        load_memory = memory.load if memory else None
        if known is not None:  # made without the pack, which a page now asks for: add only that
            course, problems = self._course or read_course(self.paths, load_memory)[0], self._problems
            parts = renderer.with_pack(course, known)
        else:
            loaded = self._translated(read_course_with_sources(self.paths, load_memory))
            course, problems = loaded.course, loaded.problems
            renderer = replace(renderer, hash_as=self._hash_as)
            if problems and not self.preview:
                return CourseParts(), problems
            parts = renderer.parts(course, self.settings.site_name, problems, pack=pack)
            parts = replace(parts, linked_files=tuple(yaml_links(loaded)), untranslated=self._untranslated(course))
        self._course, self._parts, self._problems = course, parts, problems
        if not problems:
            self._keep(parts, write=True)
        return parts, problems

    def _translated(self, loaded: LoadedCourse) -> LoadedCourse:
        """The loaded course in the build's translation (its words put in by ids), or as it is for the source."""
        if not self.settings.translation:
            return loaded
        from ..course.loader import LoadedCourse  # noqa: PLC0415
        from ..course.translations import translate  # noqa: PLC0415

        translated = translate(loaded, self.paths, self.settings.translation)
        self._report, self._hash_as = translated.report, translated.sources_of
        return LoadedCourse(translated.course, sorted({*loaded.problems, *translated.problems}), loaded.sources)

    def _untranslated(self, course: Course) -> tuple[str, ...]:
        """The module pages of this translation whose quiz, scenarios or worksheets lack words (kept with the parts)."""
        partial = self._report.partial_modules if self._report is not None else set()
        return tuple(module.source for module in course.modules if module.slug in partial)

    def _with_page_problems(self, parts: CourseParts) -> tuple[CourseParts, list[Problem]]:
        """A kept course, and the problems of the pages the cache does not cover (home, glossary, guide).

        Those pages are checked on every build: a kept course says nothing about them.
        """
        problems = self._problems or check_pages(self.paths)
        if not problems:
            return parts, []
        if not self.preview:
            return CourseParts(), problems
        from ..render.renderer import Renderer  # noqa: PLC0415 - only a preview with problems needs it

        banner = Renderer(self.settings.course_id, self.settings.language).problems(problems)
        return replace(parts, problems=str(banner)), problems

    def _kept(self) -> CourseParts | None:
        """The course as the memory or the disk cache keeps it under this build's key."""
        if not self.key:
            return None
        kept = self.memory.course(self.key) if self.memory is not None else None
        if kept is None and self.cache_file is not None:
            kept = read_parts(self.cache_file, self.key)
        return kept

    def _keep(self, parts: CourseParts, *, write: bool) -> None:
        if not self.key:
            return
        if self.memory is not None:
            self.memory.keep(self.key, parts)
        if write and self.cache_file is not None:
            if self.write_later:
                self._unwritten = parts
            else:
                write_parts(self.cache_file, self.key, parts)

    def flush(self) -> None:
        """Write the cache file a `write_later` build kept back (its latest parts, the pack's too if asked for)."""
        if self._unwritten is not None and self.cache_file is not None:
            write_parts(self.cache_file, self.key, self._unwritten)
        self._unwritten = None
