"""Building the site with MkDocs from Python, for the CLI: plain, or for a SCORM package.

An adapter like the plugin: the core modules never import this one.
"""

from __future__ import annotations

import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import MkDocsException

from ..course.loader import load_course
from ..course.paths import CoursePaths
from ..course.problems import CourseError
from ..packages.scorm import PackageInfo, package
from .plugin import CoursePlugin


@dataclass(frozen=True)
class BuildResult:
    """The config MkDocs built with, or the message that stopped it."""

    config: MkDocsConfig | None
    error: str = ""


def build_site(
    project: Path, site_dir: Path | None = None, *, strict: bool = False, packaged: bool = False
) -> BuildResult:
    """Build `project` with MkDocs; `packaged` makes it work from files inside an LMS frame.

    A packaged build uses page files (`01-intro.html`, no directory indexes), has no
    instant navigation (it needs a web server and the site's address) and no site URL.
    """
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s - %(message)s")
    options: dict[str, Any] = {"strict": strict}
    if site_dir is not None:
        options["site_dir"] = str(site_dir)
    if packaged:
        options["use_directory_urls"] = False
    try:
        config = load_config(str(project / "mkdocs.yml"), **options)
        if packaged:
            config.site_url = None
            features = config.theme.get("features") or []
            config.theme["features"] = [name for name in features if not str(name).startswith("navigation.instant")]
        config.plugins.on_startup(command="build", dirty=False)
        try:
            mkdocs_build(config)
        finally:
            config.plugins.on_shutdown()
    except (MkDocsException, SystemExit, OSError) as error:
        return BuildResult(None, f"The build stopped: {error}")
    return BuildResult(config)


def build_scorm(project: Path, dist: Path, paths: CoursePaths) -> tuple[Path | None, str]:
    """Build the course for packaging and write `dist/<course-id>-scorm12.zip`."""
    try:
        course = load_course(paths)
    except CourseError as error:
        return None, str(error)
    with tempfile.TemporaryDirectory(prefix="course-scorm-") as folder:
        result = build_site(project, Path(folder) / "site", packaged=True)
        if result.config is None:
            return None, result.error
        config = result.config
        plugin = config.plugins.get("course")
        course_id = plugin.settings.course_id if isinstance(plugin, CoursePlugin) else "course"
        info = PackageInfo(
            course_id=course_id,
            title=config.site_name,
            description=config.site_description or config.site_name,
            language=str(config.theme.get("language") or "en"),
        )
        zip_path = package(Path(config.site_dir), dist / f"{course_id}-scorm12.zip", info, course)
    return zip_path, ""
