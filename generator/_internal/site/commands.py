"""Building a course with MkDocs from Python, for the `course` command: the site, the offline copy, SCORM.

The offline copy and the SCORM package are derived in code from the course's own mkdocs.yml
(its plugins, theme and options, with what the file system or an LMS frame needs changed), so
the course id and every setting live in one place and no second config can drift from it.
"""

from __future__ import annotations

import logging
import os
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.commands.serve import serve as mkdocs_serve
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import MkDocsException

from ..course.loader import load_course
from ..course.problems import CourseError
from ..frontend.assets import IFRAME_WORKER_SHIM
from ..packages.contents import learner_files, package_files, share_theme_assets
from ..packages.scorm import ZIP_SUFFIX, PackageInfo, ScormVersion, package
from .plugin import CoursePlugin
from .project import CONFIG_FILE, Project
from .trainers import OFFLINE_PLUGINS

Variant = Literal["site", "offline", "scorm", "trainers"]
"""The site as published; the learners' offline copy; the SCORM package; the trainers' offline copy
(the learners' pages and the trainers' guide, for face-to-face sessions without internet)."""
INSTANT_FEATURES = "navigation.instant"
"""Material's instant navigation (and its progress bar): it needs a web server and the site's address."""


@dataclass(frozen=True)
class BuildResult:
    """The config MkDocs built with, or the message that stopped it."""

    config: MkDocsConfig | None
    error: str = ""

    @property
    def course_id(self) -> str:
        """The id the `course` plugin used (where progress is kept): it names the packages."""
        plugin = self.config.plugins.get("course") if self.config is not None else None
        return plugin.settings.course_id if isinstance(plugin, CoursePlugin) else "course"


def variant_options(project: Project, variant: Variant) -> dict[str, Any]:
    """What a build of `variant` changes in the course's own settings (top-level keys, replaced whole).

    - offline (opened from `file://`): page files (`01-intro.html`), no instant navigation, and
      Material's `offline` plugin for search without a server, with the generator's copy of the
      search worker shim instead of the one Material would load from unpkg.com;
    - scorm (shown in an LMS frame): page files, no instant navigation, no site URL, and the course
      plugin's `lms_package` (the LMS keeps the record: no loading of a progress file).
    """
    if variant == "site":
        return {}
    settings = project.settings
    theme = settings.get("theme")
    theme = dict(theme) if isinstance(theme, dict) else {"name": theme or "material"}
    features = [name for name in theme.get("features") or [] if not str(name).startswith(INSTANT_FEATURES)]
    options: dict[str, Any] = {"use_directory_urls": False, "theme": {**theme, "features": features}}
    # A learner's package holds learner pages only: no trainers' guide, no answers.
    lms = {"lms_package": True} if variant == "scorm" else {}
    plugins = course_plugin_set(
        list(settings.get("plugins") or ["search", "course"]), trainers_site=variant == "trainers", **lms
    )
    if variant == "scorm":
        options.update(site_url=None, plugins=plugins)
        return options
    names = [next(iter(entry)) if isinstance(entry, dict) else entry for entry in plugins]
    if not any(name in OFFLINE_PLUGINS for name in names):
        plugins.append("offline")
    extra = dict(settings.get("extra") or {})
    polyfills = [url for url in extra.get("polyfills") or [] if "iframe-worker" not in str(url)]
    extra["polyfills"] = [*polyfills, IFRAME_WORKER_SHIM]
    options.update(plugins=plugins, extra=extra)
    return options


def course_plugin_set(plugins: list[Any], **options: Any) -> list[Any]:
    """mkdocs.yml's plugin list with `options` set on the `course` plugin's entry (the others as they are)."""
    result: list[Any] = []
    for entry in plugins:
        if entry == "course":
            result.append({"course": dict(options)})
        elif isinstance(entry, dict) and "course" in entry:
            result.append({**entry, "course": {**(entry["course"] or {}), **options}})
        else:
            result.append(entry)
    return result


def build_site(
    root: Path, site_dir: Path | None = None, *, strict: bool = False, variant: Variant = "site"
) -> BuildResult:
    """Build the course at `root` with MkDocs, as the site or as one of the packages' variants."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s - %(message)s")
    try:
        options: dict[str, Any] = {"strict": strict, **variant_options(Project.read(root), variant)}
        if site_dir is not None:
            options["site_dir"] = str(site_dir)
        config = load_config(str(root / CONFIG_FILE), **options)
        if variant == "scorm":
            config.site_url = None
        config.plugins.on_startup(command="build", dirty=False)
        try:
            mkdocs_build(config)
        finally:
            config.plugins.on_shutdown()
    except (MkDocsException, SystemExit, OSError) as error:
        return BuildResult(None, f"The build stopped: {error}")
    return BuildResult(config)


def serve_site(root: Path, address: str | None, *, open_browser: bool = False) -> None:
    """Preview the course with live reload (`mkdocs serve`): it keeps running through a mistake."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    logging.basicConfig(level=logging.INFO, format="%(levelname)-7s - %(message)s")
    options: dict[str, Any] = {"dev_addr": address} if address else {}
    mkdocs_serve(str(root / CONFIG_FILE), livereload=True, open_in_browser=open_browser, **options)


def build_offline(root: Path, dist: Path) -> tuple[list[Path], str]:
    """The learners' offline copy and the trainers' one, zipped in `dist` (one folder inside each).

    `<course-id>-offline.zip` holds learner pages only (`contents.learner_files`);
    `<course-id>-trainers.zip` adds the trainers' guide (facilitator pack and scenario maps), for
    face-to-face sessions without internet.
    """
    written: list[Path] = []
    variants: tuple[tuple[Variant, str], ...] = (("offline", "offline"), ("trainers", "trainers"))
    for variant, suffix in variants:
        with tempfile.TemporaryDirectory(prefix=f"course-{suffix}-") as folder:
            result = build_site(root, Path(folder) / "site", strict=True, variant=variant)
            if result.config is None:
                return written, result.error
            site = Path(result.config.site_dir)
            share_theme_assets(site)
            names = learner_files(site) if variant == "offline" else package_files(site)
            written.append(
                zip_folder(site, names, dist / f"{result.course_id}-{suffix}.zip", f"{result.course_id}-{suffix}")
            )
    return written, ""


def zip_folder(site: Path, names: list[str], zip_path: Path, folder: str) -> Path:
    """The files `names` of `site` zipped into `zip_path`, inside one folder (what a learner unzips)."""
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(zip_path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name in names:
            archive.write(site / name, f"{folder}/{name}")
    return zip_path


def build_scorm(root: Path, dist: Path, version: ScormVersion = "1.2") -> tuple[Path | None, str]:
    """Build the course for packaging and write `dist/<course-id>-scorm12.zip` (or `-scorm2004.zip`)."""
    try:
        course = load_course(Project.read(root).paths)
    except CourseError as error:
        return None, str(error)
    with tempfile.TemporaryDirectory(prefix="course-scorm-") as folder:
        result = build_site(root, Path(folder) / "site", variant="scorm")
        if result.config is None:
            return None, result.error
        config = result.config
        info = PackageInfo(
            course_id=result.course_id,
            title=config.site_name,
            description=config.site_description or config.site_name,
            language=str(config.theme.get("language") or "en"),
        )
        zip_name = f"{result.course_id}-{ZIP_SUFFIX[version]}.zip"
        zip_path = package(Path(config.site_dir), dist / zip_name, info, course, version)
    return zip_path, ""
