"""`course check`: everything a publishing build would stop on, found before building.

The project's mkdocs.yml (as MkDocs reads and validates it), the course files (as the loader
checks them), and every link and picture, in the pages and in the YAML texts. This is what
`course check`, `course build` and the problem fixtures run.
"""

from __future__ import annotations

from pathlib import Path

from ..course.loader import LoadedCourse, read_course_with_sources
from ..course.pages import content_pages, is_module_page
from ..course.paths import CoursePaths, split_front_matter
from ..course.problems import Problem, relative_name
from ..course.yaml_lines import read_text
from ..render.fragments import missing_targets
from ..render.links import page_links, yaml_links
from .plugin import THEME_DIR, generated_pages
from .project import Project
from .trainers import theme_has_language


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
    problems += translation_problems(project, loaded)
    return project, loaded, sorted(set(problems + loaded.problems + link_problems(paths, loaded)))


def translation_problems(project: Project, loaded: LoadedCourse) -> list[Problem]:
    """Each translation checked against its source, for every language the plugin's `languages` names."""
    languages = project.plugin_options.get("languages") or []
    if not isinstance(languages, list):
        return []  # MkDocs' own validation of the option says what is wrong
    from ..course.translations import translate  # noqa: PLC0415 - only a translated course needs it

    problems = [
        Problem(
            "mkdocs.yml",
            project.plugin_line("course", "languages"),
            f'the course plugin\'s `languages` names "{language}", a language the theme has no words for.',
            "Use a language code Material knows (cy, ar, fa, ku-IQ, ur, uk, fr, es, tr, ...), or ps or ti.",
        )
        for language in map(str, languages)
        if not theme_has_language(language, THEME_DIR)
    ]
    if problems:
        return problems
    return [
        problem for language in languages[1:] for problem in translate(loaded, project.paths, str(language)).problems
    ]


def link_problems(paths: CoursePaths, loaded: LoadedCourse) -> list[Problem]:
    """Links and pictures, in the pages and in the YAML texts, whose file is not in the course folder."""
    files = {path.relative_to(paths.docs_dir).as_posix() for path in paths.docs_dir.rglob("*") if path.is_file()}
    files |= set(generated_pages(lambda key: key))  # the pages the plugin adds (progress, maps)
    pages: list[tuple[str, str, str, int]] = []
    for slug, source in loaded.sources.modules.items():
        module = next((module for module in loaded.course.modules if module.slug == slug), None)
        if module is not None:
            pages.append((source.file, module.source, source.body, source.body_line))
    for path in content_pages(paths.docs_dir):
        if is_module_page(path, paths.docs_dir):
            continue
        text, _problems = read_text(path, relative_name(path, paths.root))
        if text is None:
            continue  # reported as a page that is not UTF-8
        _front, body, _first = split_front_matter(text)
        first_line = text[: len(text) - len(body)].count("\n") + 1
        pages.append((relative_name(path, paths.root), path.relative_to(paths.docs_dir).as_posix(), body, first_line))
    linked = [*page_links(pages), *yaml_links(loaded)]
    return missing_targets(linked, files.__contains__, sorted(files))
