"""The MkDocs plugin: a thin adapter between MkDocs and the core.

It reads the course once per build, injects rendered fragments into module
pages at placeholders it emitted itself, adds the generated pages and the two
front-end files, orders the navigation and watches `quizzes/` while serving.
Everything else lives in the core, which never imports MkDocs.
"""

from __future__ import annotations

import html
import json
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from . import assets
from .i18n import strings_for
from .navigation import course_nav
from .pack import pack_html
from .parts import CourseBuild, CourseParts, ModuleParts, Settings, fill_links
from .problems import Problem, format_problems
from .sources import MARKER, CoursePaths, split_front_matter

if TYPE_CHECKING:
    from mkdocs.livereload import LiveReloadServer

log = get_plugin_logger(__name__)

PROGRESS_PAGE = "progress.md"
MAPS_PAGE = "trainers/scenario-maps.md"
THEME_DIR = Path(__file__).parent / "theme"
MERMAID = Path(__file__).parent / "vendor" / "mermaid.min.js"

_TITLE_LINE = re.compile(r"\A\s*#\s[^\n]*\n")
"""A trainer's own `# Title` line: the objectives go right below it."""
ANSWER_KEY_MARKER = re.compile(r"^[ \t]*<!--\s*answer-key\s*-->[ \t]*$", re.MULTILINE)


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
    cache = c.Type(bool, default=True)
    """Keep the rendered course in `.cache/course/` next to mkdocs.yml, so a rebuild of unchanged files is quick.

    It is rendered afresh whenever a course file, a setting or the generator changes; `false` renders every time.
    """


@dataclass
class _PageSlots:
    """Placeholders emitted into one page's Markdown and their HTML.

    `hidden` fragments are kept out of search (quizzes, scenarios, answer keys: their answers must
    not be found there). They go in only after the search plugin has read the page, so it does not
    parse thousands of tags only to skip them (that parse was most of the generator's build time).
    """

    fragments: dict[str, str] = field(default_factory=dict)
    hidden: dict[str, str] = field(default_factory=dict)
    modules: dict[str, ModuleParts] = field(default_factory=dict)
    """Placeholder -> module: that module's text, filled in once every page has been converted."""
    top: str = ""
    """Goes first in the page, or right after its `# Title` when `after_title` (the objectives)."""
    after_title: bool = False
    end: list[str] = field(default_factory=list)
    """Go at the end of the page; `end_hidden` after them, kept out of search. No placeholders needed."""
    end_hidden: list[str] = field(default_factory=list)


class CoursePlugin(BasePlugin[CourseConfig]):
    """Turns `course/` and `quizzes/` into a self-paced course site."""

    supports_multiple_instances = False

    def __init__(self) -> None:
        self.command: Literal["build", "gh-deploy", "serve"] = "build"
        self.parts = CourseParts()
        self.problems: list[Problem] = []
        self.settings = Settings("course", "en", "")
        self.strings = strings_for("en")
        self.paths = CoursePaths.under(Path.cwd())
        self.cache_dir: Path | None = None
        self.build = CourseBuild(self.paths, self.settings, None)
        self.quizzes_dir = Path("quizzes")
        self._slots: dict[str, _PageSlots] = {}
        self._module_html: dict[str, tuple[str, str]] = {}
        """Module page -> (its URL, its HTML without the course's fragments): the pack's text."""
        self._token = ""

    # ---------------------------------------------------------------- set-up

    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        """Remember the command: `serve` keeps previewing through a mistake (this also keeps one instance)."""
        self.command = command

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        """Resolve paths, choose the interface language, register the two front-end files."""
        if not self.config.enabled:
            return config
        root = Path(config.config_file_path).parent
        self.quizzes_dir = root / self.config.quizzes_dir
        language = str(config.theme.get("language") or "en")
        course_id = self.config.course_id or _slug(config.site_name)
        self.settings = Settings(course_id, language, config.site_name)
        self.strings = strings_for(language)
        self.paths = CoursePaths(root, Path(config.docs_dir), self.quizzes_dir)
        self.cache_dir = root / ".cache" / "course" if self.config.cache else None
        self._token = secrets.token_hex(4)
        self._slots = {}
        self._module_html = {}
        # Our theme folder comes right after the trainer's custom_dir and before Material's, so its
        # few partials (accessible names Material lacks) override Material's; custom_dir still wins.
        config.theme.dirs.insert(1 if config.theme.custom_dir else 0, str(THEME_DIR))
        config.extra_css.append(f"{assets.ASSET_DIR}/{assets.STYLE_NAME}")
        config.extra_javascript.append(f"{assets.ASSET_DIR}/{assets.SCRIPT_NAME}")
        return config

    def on_env(self, env: Any, /, *, config: MkDocsConfig, files: Files) -> Any:
        """Give the theme's partials the interface strings (`course_text('page_loading')`)."""
        if self.config.enabled:
            env.globals["course_text"] = self.text
        return env

    def text(self, key: str, **values: Any) -> str:
        """One interface string in the site's language, its placeholders filled."""
        return self.strings[key].format(**values)

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files | None:
        """Read the course once for this build; stop on problems (or, while serving, show them)."""
        if not self.config.enabled:
            return files
        self.build = CourseBuild(self.paths, self.settings, self.cache_dir, preview=self.command == "serve")
        self.parts, self.problems = self.build.parts()
        if self.problems:
            report = format_problems(self.problems)
            if self.command != "serve":
                raise PluginError(report)
            log.error(report + "\nThe preview keeps running; fix the files and it rebuilds.")
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
            files.append(File.generated(config, path, content=content))
        files.append(File.generated(config, f"{assets.ASSET_DIR}/vendor/mermaid.min.js", abs_src_path=str(MERMAID)))
        if config.nav is None:
            pages = [file.src_uri for file in files.documentation_pages()]
            order, titles = _sections(files)
            modules = [(module.source, f"{module.number}. {module.title}") for module in self.parts.modules]
            config.nav = course_nav(pages, modules, self.config.number_modules, order, titles)
        return files

    def on_serve(self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any) -> LiveReloadServer | None:
        """Rebuild when a quiz, scenario or worksheet changes, not only the Markdown."""
        if self.config.enabled and self.quizzes_dir.is_dir():
            server.watch(str(self.quizzes_dir))
        return server

    # ---------------------------------------------------------------- pages

    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        """Mark where the objectives, scenarios, worksheets and quiz go; fragments come in after Markdown."""
        if not self.config.enabled:
            return markdown
        _page_texts_as_text(page)
        slots = self._slots[page.file.src_uri] = _PageSlots()
        banner = self._problem_banner(slots)
        if page.file.src_uri == PROGRESS_PAGE:  # searchable: "certificate" finds it
            slots.end.append(self._linked(self.parts.progress, page, files))
            return banner + markdown
        # The maps are kept out of search: every scenario's best path is an answer.
        if page.file.src_uri == MAPS_PAGE:
            slots.end_hidden.append(self._linked(self.parts.maps, page, files))
            return banner + markdown
        if ANSWER_KEY_MARKER.search(markdown):
            pack = self._facilitator_pack(page, files, slots)
            markdown = ANSWER_KEY_MARKER.sub(lambda _match: pack, markdown, count=1)
        module = self.parts.module_for_source(page.file.src_uri)
        if module is None:
            return banner + markdown
        return banner + self._module_markdown(module, markdown, slots)

    def on_page_content(self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        """Swap each placeholder this plugin emitted for its fragment (those kept out of search come later)."""
        slots = self._slots.get(page.file.src_uri)
        if slots is None:
            return html
        if self.parts.module_for_source(page.file.src_uri) is not None:  # its own text, for the pack
            own_text = _fill(html, dict.fromkeys([*slots.fragments, *slots.hidden], ""))
            self._module_html[page.file.src_uri] = (page.url, own_text)
        html = _fill(html, slots.fragments)
        if slots.top:
            title = html.find("</h1>") if slots.after_title else -1
            title_end = title + len("</h1>") if title >= 0 else 0
            html = html[:title_end] + slots.top + html[title_end:]
        return html + "".join(slots.end)

    @event_priority(-100)  # after the search plugin (priority 0) has indexed the page
    def on_page_context(self, context: Any, /, *, page: Page, config: MkDocsConfig, nav: Any) -> Any:
        """Put in the fragments kept out of search, before the theme renders the page."""
        slots = self._slots.pop(page.file.src_uri, None)
        if slots is not None and (slots.hidden or slots.end_hidden) and page.content is not None:
            for placeholder, module in slots.modules.items():
                slots.hidden[placeholder] = self._pack_text(module, page)
            page.content = _fill(page.content, slots.hidden) + "".join(slots.end_hidden)
        return context

    def _facilitator_pack(self, page: Page, files: Files, slots: _PageSlots) -> str:
        """Every module's own text, each followed by its answers, for printing (the `answer-key` marker)."""
        if not self.parts.has_pack:  # rendered only for the page that asks (a cached course may have it)
            self.parts, _problems = self.build.parts(pack=True)
        parts = [self._slot(slots, self.parts.pack_contents, hidden=True)]
        for module in self.parts.modules:
            if files.get_file_from_path(module.source) is None:
                continue
            head = self._slot(slots, self._linked(module.pack_head, page, files), hidden=True)
            text = self._slot(slots, "", hidden=True)  # filled once every page is converted
            slots.modules[text.strip()] = module
            parts += [head, text, self._slot(slots, self._linked(module.pack_rest, page, files), hidden=True)]
        return "\n\n".join(parts)

    def _pack_text(self, module: ModuleParts, page: Page) -> str:
        """A module's own text in the facilitator pack (converted once, for its own page)."""
        if module.source not in self._module_html:
            return ""  # a `--dirty` rebuild that did not convert it: the pack's answers still follow
        url, text = self._module_html[module.source]
        return pack_html(text, url, page.url, f"m{module.number}-")

    def _linked(self, fragment: str, page: Page, files: Files) -> str:
        """A fragment whose links to modules now lead there from `page`."""

        def url_of(module: ModuleParts) -> str:
            file = files.get_file_from_path(module.source)
            return module.url if file is None else file.url_relative_to(page.file)

        return fill_links(fragment, self.parts, url_of)

    def _slot(self, slots: _PageSlots, fragment: str, *, hidden: bool = False) -> str:
        placeholder = f"<!--course-slot-{self._token}-{len(slots.fragments) + len(slots.hidden)}-->"
        (slots.hidden if hidden else slots.fragments)[placeholder] = fragment
        return f"\n\n{placeholder}\n\n"

    def _problem_banner(self, slots: _PageSlots) -> str:
        if not self.problems:
            return ""
        return self._slot(slots, self.parts.problems)

    def _module_markdown(self, module: ModuleParts, markdown: str, slots: _PageSlots) -> str:
        scenarios = dict(module.scenarios)
        worksheets = dict(module.worksheets)
        placed_quiz = False

        def place(match: re.Match[str]) -> str:
            nonlocal placed_quiz
            kind, ident = match["kind"], match["id"]
            if kind == "quiz" and module.quiz and not placed_quiz:
                placed_quiz = True
                return self._slot(slots, module.quiz, hidden=True)
            if kind == "scenario" and ident in scenarios:
                return self._slot(slots, scenarios.pop(ident), hidden=True)
            if kind == "worksheet" and ident in worksheets:
                return self._slot(slots, worksheets.pop(ident))
            # A marker naming nothing is a course problem, reported by the core with its line.
            return ""

        body = MARKER.sub(place, markdown)
        # The rest needs no placeholder (each costs Markdown an HTML block): it goes in around the HTML.
        slots.top, slots.after_title = module.objectives, _TITLE_LINE.match(body) is not None
        slots.end += worksheets.values()
        slots.end_hidden += scenarios.values()
        if module.quiz and not placed_quiz:
            slots.end_hidden.append(module.quiz)
        return body


def generated_pages(text: Callable[[str], str]) -> dict[str, str]:
    """The pages the plugin adds (path in the course folder -> Markdown), titled by `text` in the site's language."""
    return {
        PROGRESS_PAGE: _front_matter(text("progress_title")),
        MAPS_PAGE: _front_matter(text("maps_title"), "course-trainers.html"),
    }


def _fill(html: str, fragments: dict[str, str]) -> str:
    """Each placeholder (a paragraph of its own after Markdown, or inline) swapped for its fragment."""
    for placeholder, fragment in fragments.items():
        html = html.replace(f"<p>{placeholder}</p>", fragment).replace(placeholder, fragment)
    return html


def _title_as_text(title: str) -> str:
    """Front matter text that MkDocs' and Material's templates (which treat it as HTML) show as text.

    Escaped once for the places that print it as it is, attributes included; and since `<title>`
    may print it through `striptags` (which unescapes), a `</` can never close that element.
    """
    return html.escape(str(title), quote=True).replace("&lt;/", "&lt;\u200b/")


def _page_texts_as_text(page: Page) -> None:
    """Every text of a page's front matter, and its title, made safe for the theme to print."""
    title = page.title
    for key, value in page.meta.items():
        if isinstance(value, str):
            page.meta[key] = _title_as_text(value)
    if title:
        page.title = _title_as_text(title)


def _sections(files: Files) -> tuple[dict[str, int], dict[str, str]]:
    """For the menu's folders (e.g. the trainers' guide): each page's `order: N`, each index page's title."""
    order: dict[str, int] = {}
    titles: dict[str, str] = {}
    for file in files.documentation_pages():
        if "/" not in file.src_uri or file.abs_src_path is None:
            continue
        head, _body, _line = split_front_matter(Path(file.abs_src_path).read_text(encoding="utf-8", errors="replace"))
        value = re.search(r"^order:\s*(\d+)\s*$", head or "", re.MULTILINE)
        if value:
            order[file.src_uri] = int(value[1])
        title = re.search(r"^title:\s*[\"']?(.+?)[\"']?\s*$", head or "", re.MULTILINE)
        folder, _, name = file.src_uri.rpartition("/")
        if name == "index.md" and title and "/" not in folder:
            titles[folder] = _title_as_text(title[1])
    return order, titles


def _front_matter(title: str, template: str = "") -> str:
    """Front matter of a generated page (the title comes from the strings table, so quote it)."""
    lines = [f"title: {json.dumps(title)}"] + ([f"template: {template}"] if template else [])
    return "---\n" + "\n".join(lines) + "\n---\n"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "course"
