"""The MkDocs plugin: a thin adapter between MkDocs and the core.

It reads the course once per build, injects rendered fragments into module
pages at placeholders it emitted itself, adds the generated pages and the two
front-end files, orders the navigation and watches `quizzes/` while serving.
Everything else lives in the core, which never imports MkDocs.
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Callable
from dataclasses import replace
from html import escape as html_escape
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from ..assembly import collector
from ..assembly.build import BuildMemory, CourseBuild, Settings
from ..course.paths import MARKER, TRANSLATION_FILE, CoursePaths, split_front_matter, translation_path
from ..course.problems import DEFAULT_READING_EASE, Problem, format_problems
from ..course.slugs import slugify
from ..frontend import assets
from ..render.fragments import PROGRESS_TABLE, CourseParts, ModuleParts, fill_links, missing_targets
from ..render.i18n import language_name, strings_for
from .contents import PageOrder, add_headings
from .facilitator_pack import pack_html
from .navigation import course_nav, split_nav
from .slots import PageSlots, at_top, fill, heading_offset
from .tables import TABLE_LABELS
from .titles import page_texts_as_text, title_as_text
from .trainers import (
    TRAINERS_DIR,
    TRAINERS_PREFIX,
    LearnerSite,
    build_trainers_site,
    has_offline_plugin,
    is_trainers_file,
    link_between,
    page_url,
    theme_has_language,
    trainers_config,
    translated_config,
)

if TYPE_CHECKING:
    from mkdocs.livereload import LiveReloadServer

log = get_plugin_logger(__name__)

PROGRESS_PAGE = "progress.md"
HOME_PAGE = "index.md"
MAPS_PAGE = TRAINERS_PREFIX + "scenario-maps.md"
"""The scenario maps, a page of the trainers' site (its path in the whole course folder)."""
THEME_DIR = Path(__file__).parent / "theme"

_TITLE_LINE = re.compile(r"\A\s*#\s[^\n]*\n")
"""A trainer's own `# Title` line: the objectives go right below it."""
ANSWER_KEY_MARKER = re.compile(r"^[ \t]*<!--\s*answer-key\s*-->[ \t]*$", re.MULTILINE)
MODULES_MARKER = re.compile(r"^[ \t]*<!--\s*modules\s*-->[ \t]*$", re.MULTILINE)
"""Where the home page shows Start (or Continue) and a card per module."""


class CourseConfig(base.Config):
    """Options of the `course` plugin in mkdocs.yml."""

    enabled = c.Type(bool, default=True)
    """Turn the generator off (the site then builds as plain MkDocs)."""
    course_id = c.Optional(c.Type(str))
    """Where learners' progress is kept in the browser; defaults to a slug of `site_name`. Keep it stable."""
    quizzes_dir = c.Type(str, default="quizzes")
    """The folder of quiz, scenario and worksheet files, relative to mkdocs.yml."""
    number_modules = c.Type(bool, default=True)
    """Show module numbers in the navigation ("1. What coproduction is")."""
    steps = c.Type(bool, default=True)
    """Show each module one `##` section at a time, with "Step 2 of 6" and a Continue button; `false`: all at once.

    Only in the browser: without JavaScript, in print and for search every section shows. A module's
    `steps: false` (or `true`) front matter decides for that module.
    """
    cache = c.Type(bool, default=True)
    """Keep the rendered course in `.cache/course/` next to mkdocs.yml, so a rebuild of unchanged files is quick.

    It is rendered afresh whenever a course file, a setting or the generator changes; `false` renders every time.
    """
    trainers_site = c.Type(bool, default=True)
    """Build the trainers' guide (`course/trainers/`) as a site of its own at `trainers/`; `false` leaves it out.

    The SCORM and learners' offline packages build with `false`: they hold learner pages only.
    """
    lms_package = c.Type(bool, default=False)
    """Built for an LMS package (SCORM), whose LMS keeps each learner's record: the progress page offers
    no loading of a progress file. Set by `course scorm`; leave it off for the site."""
    languages = c.ListOfItems(c.Type(str), default=[])
    """The course's languages, its own first (`[en, cy]`): each other one is a site of its own under `/<code>/`.

    Its pages and quizzes come from the translations beside the sources (`01-intro.cy.md`,
    `01-intro.cy.yml`); what is not translated yet shows in the course's language, with a note.
    """
    reading_ease = c.Type(int, default=DEFAULT_READING_EASE)
    """The lowest Flesch reading ease (0 to 100) of a module's prose before `course check` notes it; 0: no check.

    Read by `course check` only: quality notes are advice, so the site build never warns about them.
    """


class CoursePlugin(BasePlugin[CourseConfig]):
    """Turns `course/` and `quizzes/` into a self-paced course site."""

    supports_multiple_instances = False

    def __init__(self) -> None:
        self.command: Literal["build", "gh-deploy", "serve"] = "build"
        self.offline = False
        """Built as the offline copy (Material's `offline` plugin is in the build)."""
        self.parts = CourseParts()
        self.problems: list[Problem] = []
        self.settings = Settings("course", "en", "")
        self.strings = strings_for("en")
        self.paths = CoursePaths.under(Path.cwd())
        self.cache_dir: Path | None = None
        self._page_order = PageOrder()
        self.memory = BuildMemory()
        """What `mkdocs serve`'s rebuilds share (MkDocs keeps a plugin with `on_startup` across them)."""
        self.build = CourseBuild(self.paths, self.settings, None)
        self.quizzes_dir = Path("quizzes")
        self._slots: dict[str, PageSlots] = {}
        self._elsewhere: tuple[str, str] | None = None
        """The footer's other site for this build: (its URL from the site's root, the link's words)."""
        self._module_html: dict[str, tuple[str, str]] = {}
        """Module page -> (its URL, its HTML without the course's fragments): the pack's text."""
        self._env: Any = None
        """The learners' Jinja environment of this build, handed to the trainers' build."""
        self._urls: dict[str, str] = {}
        """Module page (and the progress page) -> its URL from the whole site's root."""
        self._token = ""
        self._files = Files([])
        """This build's files: the pages and pictures that fragments link to."""
        self.directory_urls = True
        self.translation = ""
        """While this plugin builds a translated site (`cy`): its language; "" for the course's own site."""
        self._untranslated: set[str] = set()
        """Pages of this translated site shown in the course's language (no translation yet)."""
        self._partial: set[str] = set()
        """Module pages of this translated site whose quiz, scenarios or worksheets are partly untranslated."""
        self.learners: LearnerSite | None = None
        """While this plugin builds the trainers' site: what the learners' build handed over.

        Usually this very instance did that build (MkDocs keeps one per process), so the role lasts
        only as long as the trainers' build (`on_post_build`)."""

    @property
    def prefix(self) -> str:
        """Where this build's site sits in the whole site: the trainers' site at `trainers/`."""
        return TRAINERS_PREFIX if self.learners is not None else ""

    # ---------------------------------------------------------------- set-up

    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        """Remember the command: `serve` keeps previewing through a mistake (this also keeps one instance)."""
        self.command = command

    @event_priority(50)  # before Material's search plugin, which reads the theme's language partial
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        """Resolve paths, choose the interface language, register the two front-end files."""
        if not self.config.enabled:
            return config
        root = Path(config.config_file_path).parent
        self.quizzes_dir = root / self.config.quizzes_dir
        language = str(config.theme.get("language") or "en")
        course_id = self.config.course_id or slugify(config.site_name, "course")
        self.settings = Settings(course_id, language, config.site_name, self.config.lms_package, self.translation)
        self.strings = strings_for(language)
        self.paths = CoursePaths(root, Path(config.docs_dir), self.quizzes_dir)
        self.cache_dir = root / ".cache" / "course" if self.config.cache else None
        self._token = os.urandom(4).hex()  # not `secrets`: it imports hmac, and this is no secret
        self._slots = {}
        self._elsewhere = None
        self._module_html = {}
        self._urls = {}
        self.directory_urls = config.use_directory_urls
        # Every table's cells carry their column's header: on a phone, a row reads as a list.
        if TABLE_LABELS not in config.markdown_extensions:
            config.markdown_extensions.append(TABLE_LABELS)
        # Where the placeholders stand among the headings, recorded as each page is converted (contents.py).
        extensions: list[Any] = config.markdown_extensions  # Python-Markdown takes instances as well as names
        extensions[:] = [extension for extension in extensions if not isinstance(extension, PageOrder)]
        extensions.append(self._page_order)
        if self.learners is None:
            _list_theme_files_once(config)
        # Our theme folder comes right after the trainer's custom_dir and before Material's, so its
        # few partials (accessible names Material lacks) override Material's; custom_dir still wins.
        config.theme.dirs.insert(1 if config.theme.custom_dir else 0, str(THEME_DIR))
        # The trainers' guide is in the course's own language only: no language links there.
        if len(self.config.languages) > 1 and self.learners is None and not config.extra.get("alternate"):
            up = "../" if self.translation else ""
            # Material fetches the sitemap of each `<link rel="alternate">`, which a package (opened from
            # file:// or in an LMS frame, with page files) cannot give: there `True` shows the switcher alone.
            config.extra["alternate"] = (
                [
                    {"name": language_name(code), "lang": code, "link": up + self._language_root(index)}
                    for index, code in enumerate(self.config.languages)
                ]
                if config.use_directory_urls
                else True
            )
        config.extra_css.append(f"{assets.ASSET_DIR}/{assets.STYLE_NAME}")
        config.extra_javascript.append(f"{assets.ASSET_DIR}/{assets.SCRIPT_NAME}")
        # Material's offline plugin (for a copy opened from file://) would load its search worker shim
        # from unpkg.com; naming the generator's own copy first stops it (it looks for "iframe-worker").
        self.offline = has_offline_plugin(config)
        if self.offline:
            polyfills = config.extra.get("polyfills") or []
            if not any("iframe-worker" in str(url) for url in polyfills):
                config.extra["polyfills"] = [*polyfills, assets.IFRAME_WORKER_SHIM]
        return config

    def on_env(self, env: Any, /, *, config: MkDocsConfig, files: Files) -> Any:
        """Give the theme's partials the interface strings (`course_text('page_loading')`)."""
        if not self.config.enabled:
            return env
        if self.learners is not None and self.learners.env is not None:
            # The trainers' site: the same theme folders, so the learners' environment, its templates
            # already compiled (compiling Material's templates again was most of the guide's build).
            return self.learners.env
        env.globals["course_text"] = self.text
        env.globals["course_elsewhere"] = self.elsewhere
        env.globals["course_alternates"] = self.alternates
        self._env = env
        return env

    def elsewhere(self, page: Page | None) -> dict[str, str] | None:
        """The footer's link to the other site: the trainers' guide, or from there back to the course."""
        if page is None or not isinstance(page, Page) or not self.config.trainers_site:
            return None  # a learner's package has no trainers' guide to link to
        if self._elsewhere is None:  # the same for every page of this build: found once
            directory_urls = self.directory_urls
            if self.learners is None:
                trainers_home = Path(self.paths.docs_dir) / TRAINERS_DIR / HOME_PAGE
                target = TRAINERS_PREFIX + HOME_PAGE if trainers_home.is_file() else MAPS_PAGE
                self._elsewhere = (page_url(target, directory_urls), self.text("footer_trainers"))
            else:
                self._elsewhere = (page_url(HOME_PAGE, directory_urls), self.text("footer_learners"))
        target, words = self._elsewhere
        # A translated site (`cy/`) links up to the one trainers' guide, in the course's own language.
        here = (self.translation + "/" if self.translation else self.prefix) + page.url
        return {"text": words, "url": link_between(target, here)}

    def text(self, key: str, **values: Any) -> str:
        """One interface string in the site's language, its placeholders filled."""
        return self.strings[key].format(**values)

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files | None:
        """Read the course once for this build; stop on problems (or, while serving, show them).

        The learners' site leaves the trainers' pages out (they make a site of their own, built
        in `on_post_build`); the trainers' site takes the course from the learners' build.
        """
        if not self.config.enabled:
            return files
        if self.learners is None:
            # The trainers' guide asks for the facilitator pack as its build runs: the cache is written once,
            # with it, when that build is done (on_post_build), not once before and once after.
            self.build = CourseBuild(
                self.paths,
                self.settings,
                self.cache_dir,
                self.memory,
                preview=self.command == "serve",
                write_later=self.config.trainers_site and not self.translation,
            )
            with collector.paused():  # its objects live to the end of the build: `on_post_build` releases them
                self.parts, self.problems = self.build.parts()
            self._add_missing_targets(files)
            if self.problems:
                report = format_problems(self.problems)
                if self.command != "serve":
                    raise PluginError(report)
                log.error(report + "\nThe preview keeps running; fix the files and it rebuilds.")
            for file in [file for file in files if is_trainers_file(file.src_uri)]:
                files.remove(file)
            self._translated_files(files, config)
        else:
            self.build, self.parts, self.problems = self.learners.build, self.learners.parts, self.learners.problems
            self._module_html, self._urls = self.learners.module_html, dict(self.learners.urls)
            for path, source in self.learners.static_files.items():
                if files.get_file_from_path(path) is None:
                    files.append(File.generated(config, path, abs_src_path=source))
        files.append(
            File.generated(
                config,
                f"{assets.ASSET_DIR}/{assets.SCRIPT_NAME}",
                content=assets.script(self.settings.language, self.settings.course_id),
            )
        )
        files.append(File.generated(config, f"{assets.ASSET_DIR}/{assets.STYLE_NAME}", content=assets.stylesheet()))
        # The maps page always exists (the trainers' guide links to it); Mermaid comes only with maps.
        for path, content in generated_pages(self.text).items():
            if is_trainers_file(path) == (self.learners is not None):
                files.append(File.generated(config, path.removeprefix(self.prefix), content=content))
        if self.offline:  # named in `extra.polyfills` by on_config
            shim = assets.VENDOR / Path(assets.IFRAME_WORKER_SHIM).name
            files.append(File.generated(config, assets.IFRAME_WORKER_SHIM, abs_src_path=str(shim)))
        if self.learners is not None:
            mermaid = f"{assets.ASSET_DIR}/vendor/mermaid.min.js"
            files.append(File.generated(config, mermaid, abs_src_path=str(assets.MERMAID)))
        else:
            self._urls = {
                source: page_file.url
                for source in [*(module.source for module in self.parts.modules), PROGRESS_PAGE]
                if (page_file := files.get_file_from_path(source)) is not None
            }
        self._files = files
        if config.nav is not None:  # a trainer's own menu: each site keeps its part of it
            learners, trainers = split_nav(config.nav, is_trainers_file, TRAINERS_PREFIX)
            config.nav = learners if self.learners is None else (trainers or None)
        if config.nav is None:
            pages = [file.src_uri for file in files.documentation_pages()]
            order, titles = _sections(files)
            modules = [(module.source, f"{module.number}. {module.title}") for module in self.modules_here]
            config.nav = course_nav(pages, modules, self.config.number_modules, order, titles, finish=PROGRESS_PAGE)
        return files

    def _translated_files(self, files: Files, config: MkDocsConfig) -> None:
        """Translations are no pages of their own; in a translated site each page's translation takes its place.

        A page keeps its path (`01-intro.md`), so it has the same address under `/cy/` and the same module.
        """
        languages = set(self.config.languages)
        for file in [file for file in files if translation_language(file.src_uri) in languages]:
            files.remove(file)
        self._untranslated, self._partial = set(), set()
        if not self.translation:
            return
        docs_dir = Path(config.docs_dir)
        for page in list(files.documentation_pages()):
            translated = translation_path(docs_dir / page.src_uri, self.translation)
            if translated.is_file():
                files.remove(page)
                files.append(File.generated(config, page.src_uri, abs_src_path=str(translated)))
            else:
                self._untranslated.add(page.src_uri)
        self._partial = set(self.parts.untranslated)

    def _translation_note(self, page: Page, slots: PageSlots) -> str:
        """The note on a page of a translated site that shows words in the course's own language."""
        source = page.file.src_uri
        key = "translation_missing" if source in self._untranslated else "translation_partial"
        if source not in self._untranslated and source not in self._partial:
            return ""
        note = f'<p class="course-translation-note" role="note">{html_escape(self.text(key))}</p>'
        return slots.slot(self._token, note)

    def alternates(self, page: Page | None) -> list[dict[str, str]]:
        """This page in each of the course's languages, for the language switcher (`hreflang`, relative links).

        Our `partials/alternate.html` shows them; `extra.alternate` (Material's `<link rel="alternate">`)
        names each language's home, as Material's instant navigation expects (it reads their sitemaps).
        """
        if page is None or not isinstance(page, Page) or len(self.config.languages) < 2 or self.learners is not None:
            return []
        here = (self.translation + "/" if self.translation else "") + page.url
        return [
            {
                "name": language_name(code),
                "lang": code,
                "link": link_between(self._language_root(index) + page.url, here),
            }
            for index, code in enumerate(self.config.languages)
        ]

    def _language_root(self, index: int) -> str:
        return "" if index == 0 else self.config.languages[index] + "/"

    def _add_missing_targets(self, files: Files) -> None:
        """Pictures and pages the quizzes, scenarios and worksheets link to, checked on every build.

        Their links are in the kept course; the files may have gone since (a picture deleted).
        """
        generated = set(generated_pages(self.text))
        missing = missing_targets(
            self.parts.linked_files,
            lambda path: path in generated or files.get_file_from_path(path) is not None,
            sorted(file.src_uri for file in files),
        )
        if not missing:
            return
        self.problems = sorted({*self.problems, *missing})
        if self.command == "serve":  # the box at the top of every page lists them too
            from ..render.renderer import Renderer  # noqa: PLC0415 - only a preview with problems renders it

            banner = Renderer(self.settings.course_id, self.settings.language).problems(self.problems)
            self.parts = replace(self.parts, problems=str(banner))

    @property
    def modules_here(self) -> tuple[ModuleParts, ...]:
        """The modules whose pages this build makes: the learners' site's (none in the trainers' site)."""
        return self.parts.modules if self.learners is None else ()

    def on_serve(self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any) -> LiveReloadServer | None:
        """Rebuild when a quiz, scenario or worksheet changes, not only the Markdown."""
        if self.config.enabled and self.quizzes_dir.is_dir():
            server.watch(str(self.quizzes_dir))
        return server

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Once the learners' site is written, build the trainers' site into its `trainers/` folder."""
        if not self.config.enabled or self.learners is not None or self.translation:
            return
        try:
            if self.config.trainers_site:
                learners = self.build  # a translated build below may run this very plugin, with a build of its own
                try:
                    self._build_trainers_site(config)
                finally:
                    learners.flush()
            for language in self.config.languages[1:]:
                self._build_translated_site(config, language)
        finally:
            collector.release()  # the whole build is done: its objects are the garbage collector's again

    def on_build_error(self, *, error: Exception) -> None:
        """A build that stopped part-way gives the garbage collector back what `on_files` set aside."""
        collector.release()

    def _build_translated_site(self, config: MkDocsConfig, language: str) -> None:
        """One translated site into `<site>/<code>/`: the same course, its words in `language`."""
        if not theme_has_language(language, THEME_DIR):
            raise PluginError(
                f'mkdocs.yml: the course plugin\'s `languages` names "{language}", a language the theme has '
                "no words for. Use a language code Material knows (cy, ar, fa, ku-IQ, ur, uk, fr, es, tr, ...), "
                "or ps or ti."
            )
        trainers_site = self.config.trainers_site  # a package's build has none: nor do its languages
        translated = translated_config(config, language)
        plugin = translated.plugins.get("course")
        if not isinstance(plugin, CoursePlugin):
            return
        plugin.translation = language
        plugin.config.trainers_site = trainers_site
        log.info("Building the course in %s into %s", language, translated.site_dir)
        try:
            build_trainers_site(translated, self.command, started=plugin is self)
        finally:
            plugin.translation = ""

    def _build_trainers_site(self, config: MkDocsConfig) -> None:
        static = [*config.extra_css, *(str(getattr(script, "path", script)) for script in config.extra_javascript)]
        trainers = trainers_config(config, self.text("trainers_site_name", site=config.site_name))
        plugin = trainers.plugins.get("course")
        if not isinstance(plugin, CoursePlugin):
            return  # a config that turns the plugin off for the guide: nothing to hand over
        plugin.learners = LearnerSite(
            build=self.build,
            parts=self.parts,
            problems=self.problems,
            urls=self._urls,
            module_html=self._module_html,
            env=self._env,
            static_files={
                path: file.abs_src_path
                for path in static
                if (file := self._files.get_file_from_path(path)) is not None and file.abs_src_path
            },
        )
        if self._env is not None:
            # The same mkdocs.yml, so the same theme: the learners' environment, templates compiled once.
            setattr(trainers.theme, "get_env", lambda: self._env)  # noqa: B010 - MkDocs asks its theme
        log.info("Building the trainers' guide into %s", trainers.site_dir)
        # MkDocs keeps one instance of a plugin with `on_startup` per process, so the guide's build usually
        # runs this very plugin (and the search plugin), already started: in the trainers' site's role until done.
        try:
            build_trainers_site(trainers, self.command, started=plugin is self)
        finally:
            plugin.learners = None

    # ---------------------------------------------------------------- pages

    def on_page_read_source(self, /, *, page: Page, config: MkDocsConfig) -> str | None:
        """While previewing, a page that is not UTF-8 shows (with its problem listed) instead of stopping MkDocs.

        A build never gets here with such a page: the course's problems stopped it in `on_files`.
        """
        if not self.config.enabled or self.command != "serve" or page.file.abs_src_path is None:
            return None
        raw = Path(page.file.abs_src_path).read_bytes()
        try:
            raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            return raw.decode("utf-8-sig", errors="replace")
        return None  # MkDocs reads it as usual

    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        """Mark where the objectives, scenarios, worksheets, quiz and home cards go (fragments come after Markdown)."""
        if not self.config.enabled:
            return markdown
        page_texts_as_text(page)
        slots = self._slots[page.file.src_uri] = PageSlots()
        banner = self._problem_banner(slots) + self._translation_note(page, slots)
        source = page.file.src_uri
        if self.learners is None and source == PROGRESS_PAGE:  # searchable: "certificate" finds it
            # Its table is not: each title in it is found on its own module's page (and it grows with the course).
            table = self._hidden_slot(slots, self.parts.progress_table, []).strip()
            slots.end.append(self._linked(self.parts.progress, page).replace(PROGRESS_TABLE, table, 1))
            return banner + markdown
        # The maps are kept out of search: every scenario's best path is an answer.
        if self.prefix + source == MAPS_PAGE:
            slots.end_hidden.append(self._linked(self.parts.maps, page))
            return banner + markdown
        if ANSWER_KEY_MARKER.search(markdown):
            pack = self._facilitator_pack(page, slots)
            markdown = ANSWER_KEY_MARKER.sub(lambda _match: pack, markdown, count=1)
        if self.learners is None and source == HOME_PAGE and self.parts.home:
            return banner + self._home_markdown(markdown, page, slots)
        module = self.parts.module_for_source(source) if self.learners is None else None
        if module is None:
            return banner + markdown
        return banner + self._module_markdown(module, markdown, page, slots)

    def on_page_content(self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        """Swap each placeholder this plugin emitted for its fragment (those kept out of search come later).

        The headings of what goes in (the quiz, each scenario, the home page's modules) join the page's contents.
        """
        slots = self._slots.get(page.file.src_uri)
        if slots is None:
            return html
        add_headings(page.toc, html, slots.headings, slots.end_headings, self._page_order.found)
        if self.learners is None and self.parts.module_for_source(page.file.src_uri) is not None:
            own_text = fill(html, dict.fromkeys([*slots.fragments, *slots.hidden], ""))  # its own text, for the pack
            self._module_html[page.file.src_uri] = (page.url, own_text)
        html = fill(html, {slot: self._linked(fragment, page) for slot, fragment in slots.fragments.items()})
        if slots.top:
            html = at_top(html, self._linked(slots.top, page), after_title=slots.after_title)
        return html + "".join(self._linked(fragment, page) for fragment in slots.end)

    @event_priority(-100)  # after the search plugin (priority 0) has indexed the page
    def on_page_context(self, context: Any, /, *, page: Page, config: MkDocsConfig, nav: Any) -> Any:
        """Put in the fragments kept out of search, before the theme renders the page; link its other languages."""
        slots = self._slots.pop(page.file.src_uri, None)
        if slots is not None and (slots.hidden or slots.end_hidden or slots.top_hidden) and page.content is not None:
            content = page.content
            if slots.top_hidden:  # before the objectives `on_page_content` put at the top
                content = at_top(content, self._linked(slots.top_hidden, page), after_title=slots.after_title)
            hidden = {slot: self._linked(fragment, page) for slot, fragment in slots.hidden.items()}
            for placeholder, module in slots.modules.items():
                hidden[placeholder] = self._pack_text(module, page)
            end = "".join(self._linked(fragment, page) for fragment in slots.end_hidden)
            page.content = fill(content, hidden) + end
        return context

    def _facilitator_pack(self, page: Page, slots: PageSlots) -> str:
        """Every module's own text, each followed by its answers, for printing (the `answer-key` marker)."""
        if not self.parts.has_pack:  # rendered only for the page that asks (a cached course may have it)
            self.parts, _problems = self.build.parts(pack=True)
        parts = [slots.slot(self._token, self.parts.pack_contents, hidden=True)]
        for module in self.parts.modules:
            if module.source not in self._urls:
                continue
            head = slots.slot(self._token, self._linked(module.pack_head, page), hidden=True)
            text = slots.slot(self._token, "", hidden=True)  # filled once every page is converted
            slots.modules[text.strip()] = module
            parts += [head, text, slots.slot(self._token, self._linked(module.pack_rest, page), hidden=True)]
        return "\n\n".join(parts)

    def _pack_text(self, module: ModuleParts, page: Page) -> str:
        """A module's own text in the facilitator pack (converted once, for its own page)."""
        if module.source not in self._module_html:
            return ""  # a `--dirty` rebuild that did not convert it: the pack's answers still follow
        url, text = self._module_html[module.source]
        return pack_html(text, url, self.prefix + page.url, f"m{module.number}-")

    def _linked(self, fragment: str, page: Page) -> str:
        """A fragment whose links to modules (and to the progress page) now lead there from `page`."""
        here = self.prefix + page.url

        def url_of(module: ModuleParts) -> str:
            return link_between(self._urls.get(module.source, module.url), here)

        def url_of_file(path: str) -> str:
            # A page or a picture of the learners' site (both sites' pages link there).
            url = self._urls.get(path) or (page_url(path, self.directory_urls) if path.endswith(".md") else path)
            return link_between(url, here)

        progress = link_between(self._urls.get(PROGRESS_PAGE, page_url(PROGRESS_PAGE, self.directory_urls)), here)
        return fill_links(fragment, self.parts, url_of, url_of_file, progress)

    def _problem_banner(self, slots: PageSlots) -> str:
        if not self.problems:
            return ""
        return slots.slot(self._token, self.parts.problems)

    def _home_markdown(self, markdown: str, page: Page, slots: PageSlots) -> str:
        """The home page: Start (or Continue) and the module cards at `<!-- modules -->`, else before the first `##`."""
        # Kept out of search: a card's title is found on its module's own page.
        cards = self._hidden_slot(slots, self.parts.home, [("course-modules", self.text("home_modules"))])
        if MODULES_MARKER.search(markdown):
            return MODULES_MARKER.sub(lambda _match: cards, markdown, count=1)
        at = heading_offset(markdown, 2)
        return markdown + cards if at is None else markdown[:at] + cards + markdown[at:]

    def _module_markdown(self, module: ModuleParts, markdown: str, page: Page, slots: PageSlots) -> str:
        """A module, markers filled; its other scenarios, its quiz and "Next" go before `## Sources` (or last)."""
        scenarios = dict(module.scenarios)
        worksheets = dict(module.worksheets)
        placed_quiz = False

        def place(match: re.Match[str]) -> str:
            nonlocal placed_quiz
            kind, ident = match["kind"], match["id"]
            if kind == "quiz" and module.quiz and not placed_quiz:
                placed_quiz = True
                return self._hidden_slot(slots, module.quiz, [module.quiz_heading])
            if kind == "scenario" and ident in scenarios:
                return self._hidden_slot(slots, scenarios.pop(ident), [module.scenario_headings[ident]])
            if kind == "worksheet" and ident in worksheets:
                return slots.slot(self._token, worksheets.pop(ident))
            # A marker naming nothing is a course problem, reported by the core with its line.
            return ""

        body = MARKER.sub(place, markdown)
        # The objectives (and the steps' indicator) need no placeholder: they go in around the HTML.
        steps = module.steps if module.steps is not None else self.config.steps
        slots.top_hidden, slots.top = (module.steps_root if steps else ""), module.objectives
        slots.after_title = _TITLE_LINE.match(body) is not None
        slots.end += worksheets.values()
        rest = [*scenarios.values(), *([module.quiz] if module.quiz and not placed_quiz else [])]
        headings = [module.scenario_headings[ident] for ident in scenarios]
        headings += [module.quiz_heading] if module.quiz and not placed_quiz else []
        rest.append(self._linked(module.next, page))
        sources = heading_offset(body, 2, self.text("sources_heading"))
        if sources is None:  # no Sources section: they end the page
            slots.end_hidden += rest
            slots.end_headings += headings
            return body
        return body[:sources] + self._hidden_slot(slots, "\n".join(rest), headings) + body[sources:]

    def _hidden_slot(self, slots: PageSlots, fragment: str, headings: list[tuple[str, str]]) -> str:
        """A placeholder for a fragment kept out of search, whose headings join the page's contents."""
        placeholder = slots.slot(self._token, fragment, hidden=True)
        slots.headings[placeholder.strip()] = headings
        return placeholder


def _list_theme_files_once(config: MkDocsConfig) -> None:
    """The theme's environment lists its files once per build, for the learners' and the trainers' site alike.

    MkDocs walks every theme folder to find the files to copy, then tests each name against a
    dozen patterns: Material has over 14,000 files, nearly all icons in its `.icons/` folder, which
    MkDocs' own first pattern (`.*`, and `*/.*` below the top) leaves out for every site. So the
    listing leaves out names in or of a dot-folder before MkDocs tests them, and is made once: the
    trainers' build, with the same theme, is given the learners' environment (`on_post_build`).
    """
    make_env = config.theme.get_env

    def get_env() -> Any:
        env = make_env()
        loader = env.loader
        if loader is not None:
            every_file = loader.list_templates

            @functools.cache
            def listing() -> list[str]:
                return [name for name in every_file() if not name.startswith(".") and "/." not in name]

            setattr(loader, "list_templates", listing)  # noqa: B010
        return env

    setattr(config.theme, "get_env", get_env)  # noqa: B010 - MkDocs asks its theme for the environment


def translation_language(src_uri: str) -> str | None:
    """The language of a translation file (`01-intro.cy.md` -> `cy`), None for any other file."""
    match = TRANSLATION_FILE.match(src_uri.rpartition("/")[2])
    return match["language"] if match else None


def generated_pages(text: Callable[[str], str]) -> dict[str, str]:
    """The pages the plugin adds (path in the course folder -> Markdown), titled by `text` in the site's language."""
    return {
        PROGRESS_PAGE: _front_matter(text("progress_title")),
        MAPS_PAGE: _front_matter(text("maps_title"), "course-trainers.html"),
    }


def _sections(files: Files) -> tuple[dict[str, int], dict[str, str]]:
    """For the menu: each page's `order: N` front matter, and each folder's title (its index page's)."""
    order: dict[str, int] = {}
    titles: dict[str, str] = {}
    for file in files.documentation_pages():
        if file.abs_src_path is None:
            continue
        head, _body, _line = split_front_matter(Path(file.abs_src_path).read_text(encoding="utf-8", errors="replace"))
        value = re.search(r"^order:\s*(\d+)\s*$", head or "", re.MULTILINE)
        if value:
            order[file.src_uri] = int(value[1])
        title = re.search(r"^title:\s*[\"']?(.+?)[\"']?\s*$", head or "", re.MULTILINE)
        folder, _, name = file.src_uri.rpartition("/")
        if name == "index.md" and title and folder and "/" not in folder:
            titles[folder] = title_as_text(title[1])
    return order, titles


def _front_matter(title: str, template: str = "") -> str:
    """Front matter of a generated page (the title comes from the strings table, so quote it)."""
    lines = [f"title: {json.dumps(title)}"] + ([f"template: {template}"] if template else [])
    return "---\n" + "\n".join(lines) + "\n---\n"
