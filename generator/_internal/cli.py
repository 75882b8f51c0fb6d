"""The `course` command: check and build a course without knowing MkDocs.

Every failure ends in a plain message and exit code 1, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from .loader import CoursePaths, read_course
from .problems import format_problems


class _LenientLoader(yaml.SafeLoader):
    """Reads mkdocs.yml while ignoring tags such as `!!python/name:` or `!ENV`."""


def _ignore_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    return None


_LenientLoader.add_multi_constructor("", _ignore_tag)


def course_paths(project: Path) -> CoursePaths:
    """The course folders named in `project/mkdocs.yml` (DESIGN.md's defaults otherwise)."""
    config_file = project / "mkdocs.yml"
    settings: dict[str, Any] = {}
    if config_file.is_file():
        loaded = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_LenientLoader)  # noqa: S506 - SafeLoader subclass
        settings = loaded if isinstance(loaded, dict) else {}
    quizzes_dir = "quizzes"
    for plugin in settings.get("plugins") or []:
        if isinstance(plugin, dict) and isinstance(plugin.get("course"), dict):
            quizzes_dir = str(plugin["course"].get("quizzes_dir", quizzes_dir))
    docs_dir = str(settings.get("docs_dir", "course"))
    return CoursePaths(project, project / docs_dir, project / quizzes_dir)


def check(project: Path) -> int:
    """Validate every course file; print each problem; 1 when there are any."""
    course, problems = read_course(course_paths(project))
    if problems:
        print(format_problems(problems), file=sys.stderr)
        return 1
    quizzes = sum(1 for module in course.modules if module.quiz)
    questions = sum(len(module.quiz.questions) for module in course.modules if module.quiz)
    scenarios = sum(len(module.scenarios) for module in course.modules)
    print(
        f"The course is fine: {len(course.modules)} modules, {quizzes} quizzes "
        f"({questions} questions), {scenarios} scenarios."
    )
    return 0


def build(project: Path, site_dir: Path | None, strict: bool) -> int:
    """Check, then build the site with MkDocs; 1 on any problem."""
    if check(project):
        return 1
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    from mkdocs.commands.build import build as mkdocs_build  # the CLI is an adapter too
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s - %(message)s")
    options: dict[str, Any] = {"strict": strict}
    if site_dir is not None:
        options["site_dir"] = str(site_dir)
    try:
        config = load_config(str(project / "mkdocs.yml"), **options)
        config.plugins.on_startup(command="build", dirty=False)
        try:
            mkdocs_build(config)
        finally:
            config.plugins.on_shutdown()
    except (MkDocsException, SystemExit, OSError) as error:
        print(f"The build stopped: {error}", file=sys.stderr)
        return 1
    print(f"Built the site in {config.site_dir}")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="course", description="Check and build a self-paced course.")
    parser.add_argument("--project", type=Path, default=Path(), help="folder holding mkdocs.yml (default: here)")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="validate the course files only; exit 1 on problems")
    build_parser = commands.add_parser("build", help="check, then build the site")
    build_parser.add_argument("-d", "--site-dir", type=Path, help="where to write the site")
    build_parser.add_argument("--strict", action="store_true", help="stop on warnings too")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `course` console script."""
    args = _parser().parse_args(argv)
    project: Path = args.project
    try:
        if args.command == "check":
            return check(project)
        return build(project, args.site_dir, args.strict)
    except KeyboardInterrupt:
        return 130
