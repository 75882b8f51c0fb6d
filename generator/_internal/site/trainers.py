"""The trainers' guide: a site of its own at `<site>/trainers/`, built right after the learners' site.

Learners' menu, search and footer "Next" chain hold learner pages only, and the guide
(with the facilitator pack, which holds every answer) keeps its own menu and search.
MkDocs builds one navigation and Material one search index per build, so the guide is a
second MkDocs build of `course/trainers/` into `site/trainers/`, with the learners' settings
(theme, Markdown, plugins, address), run by the plugin once the learners' site is written
(`mkdocs serve` included: the preview serves both). What the guide needs of the learners'
build (the rendered course, each module's HTML for the facilitator pack, each page's
address) is handed over in a `LearnerSite`, so the course is read and rendered once.

Which pages are trainers' pages is one rule, `is_trainers_file`: everything under
`trainers/`. Packages that must hold learner pages only leave out that folder of a build.
"""

from __future__ import annotations

from importlib.util import find_spec
from pathlib import Path
from typing import Any

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url

from ..assembly.build import CourseBuild
from ..course.problems import Problem
from ..render.fragments import CourseParts

TRAINERS_DIR = "trainers"
"""The trainers' part of the course folder, and where its site is published."""
TRAINERS_PREFIX = TRAINERS_DIR + "/"


def is_trainers_file(src_uri: str) -> bool:
    """Whether a file of the course folder (`trainers/quizzes.md`) belongs to the trainers' site."""
    return src_uri.startswith(TRAINERS_PREFIX)


def page_url(src_uri: str, use_directory_urls: bool) -> str:
    """A page's URL from its site's root, as MkDocs makes it (`trainers/index.md` -> `trainers/`)."""
    stem = src_uri.removesuffix(".md")
    if not use_directory_urls:
        return stem + ".html"
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


def link_between(target: str, page: str) -> str:
    """A relative link to `target` from the page at `page`, both URLs from the whole site's root."""
    return get_relative_url(target or "./", page)


class LearnerSite:
    """What the trainers' build takes from the learners' build of the same course.

    A plain class, not a dataclass: creating one costs Python 3.11 about 2 M instructions at import.
    """

    def __init__(
        self,
        build: CourseBuild,
        parts: CourseParts,
        problems: list[Problem],
        *,
        urls: dict[str, str] | None = None,
        module_html: dict[str, tuple[str, str]] | None = None,
        env: Any = None,
        static_files: dict[str, str] | None = None,
    ) -> None:
        self.build = build
        """The learners' course: the facilitator pack is rendered from it, never read again."""
        self.parts = parts
        self.problems = problems
        self.urls = urls if urls is not None else {}
        """Module page (`05-values.md`) -> its URL from the site's root."""
        self.module_html = module_html if module_html is not None else {}
        """Module page -> (its URL, its HTML without the course's fragments): the facilitator pack's text."""
        self.env = env
        """The learners' Jinja environment (jinja2.Environment): the same theme, templates compiled once."""
        self.static_files = static_files if static_files is not None else {}
        """The learners' own stylesheets and scripts (`stylesheets/ladder.css` -> its file), for the pack's text."""


OFFLINE_PLUGINS = ("offline", "material/offline")
"""Material's offline plugin by either of its names."""


def has_offline_plugin(config: MkDocsConfig) -> bool:
    """Whether the build runs Material's offline plugin (a copy opened from file://)."""
    return any(name in OFFLINE_PLUGINS for name in config.plugins)


def offline_plugins(config: MkDocsConfig) -> list[Any] | None:
    """For a further build of an offline copy, mkdocs.yml's plugins with Material's offline plugin; else None.

    A package's build adds the plugin after reading mkdocs.yml, so the file alone would leave it out.
    """
    if not has_offline_plugin(config) or not config.config_file_path:
        return None
    from .project import Project  # noqa: PLC0415 - only an offline copy's build reads the file again

    plugins = list(Project.read(Path(config.config_file_path).parent).settings.get("plugins") or ["search", "course"])
    return plugins if "offline" in plugins else [*plugins, "offline"]


def trainers_config(config: MkDocsConfig, site_name: str) -> MkDocsConfig:
    """The learners' config for the trainers' site: the same file, with its own folder, address and name.

    What a command may have changed after reading mkdocs.yml (the site folder, strict mode,
    page files for a package, the address, the theme's features) is taken from the learners' config.
    """
    if not config.config_file_path:
        raise PluginError("The trainers' guide is built from mkdocs.yml, and this build has no config file.")
    options: dict[str, Any] = {"strict": config.strict, "use_directory_urls": config.use_directory_urls}
    plugins = offline_plugins(config)
    if plugins is not None:  # an offline copy (the trainers' download): the guide is opened from file:// too
        options.update(plugins=plugins, extra=dict(config.extra))
    trainers = load_config(config.config_file_path, **options)
    # Set after loading: MkDocs refuses a docs_dir that does not exist, and a course may have no guide yet.
    trainers.docs_dir = str(Path(config.docs_dir) / TRAINERS_DIR)
    trainers.site_dir = str(Path(config.site_dir) / TRAINERS_DIR)
    trainers.site_url = (config.site_url or "") + TRAINERS_PREFIX if config.site_url else None
    trainers.site_name = site_name
    trainers.theme["features"] = list(config.theme.get("features") or [])
    # Hosts serve the site's own 404 page for any missing address, under trainers/ too: none of its own.
    trainers.theme.static_templates.discard("404.html")
    return trainers


MATERIAL_LANGUAGES = {"ckb": "ku-IQ"}
"""A language whose code in Material's theme is another (Central Kurdish, Sorani)."""


def theme_has_language(language: str, theme_dir: Path) -> bool:
    """Whether Material (or our theme folder) has the chrome of `language`; a build without it has no page."""
    name = f"partials/languages/{MATERIAL_LANGUAGES.get(language, language)}.html"
    spec = find_spec("material")
    material = Path(spec.origin).parent if spec is not None and spec.origin else None
    return (theme_dir / name).is_file() or (material is not None and (material / "templates" / name).is_file())


def translated_config(config: MkDocsConfig, language: str) -> MkDocsConfig:
    """The course's config for its site in `language`, at `<site>/<code>/`: the same file, another language."""
    if not config.config_file_path:
        raise PluginError("A translated site is built from mkdocs.yml, and this build has no config file.")
    options: dict[str, Any] = {"strict": config.strict, "use_directory_urls": config.use_directory_urls}
    # What a package's build changed (Material's offline plugin, its polyfills) holds for every language;
    # the language links do not: each site names them from where it is.
    options["extra"] = {key: value for key, value in dict(config.extra).items() if key != "alternate"}
    plugins = offline_plugins(config)
    if plugins is not None:
        options["plugins"] = plugins
    translated = load_config(config.config_file_path, **options)
    translated.theme["language"] = MATERIAL_LANGUAGES.get(language, language)
    translated.theme["features"] = list(config.theme.get("features") or [])
    translated.site_dir = str(Path(config.site_dir) / language)
    translated.site_url = (config.site_url or "") + language + "/" if config.site_url else None
    translated.docs_dir = config.docs_dir
    return translated


def build_trainers_site(trainers: MkDocsConfig, command: str, *, started: bool) -> None:
    """Build the trainers' site as MkDocs' commands do; `started`: its plugins are the learners' build's own.

    Plugins that were not started yet get MkDocs' start-up and shut-down events around the build.
    """
    serving = command == "serve"
    if not started:
        trainers.plugins.on_startup(command="serve" if serving else "build", dirty=False)
    try:
        mkdocs_build(trainers, serve_url=trainers.site_url if serving else None)
    finally:
        if not started:
            trainers.plugins.on_shutdown()
