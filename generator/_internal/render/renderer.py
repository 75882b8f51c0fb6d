"""Turn the model into HTML fragments that work without JavaScript.

Templates are compiled once per process; every text from a trainer's file is
either escaped by Jinja's autoescape or passed through the safe Markdown
renderer. The browser script only enhances this markup (DESIGN.md's
learner-facing conventions).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache, partial
from pathlib import Path
from typing import Any, NamedTuple

from jinja2 import Environment, FileSystemBytecodeCache, PackageLoader, StrictUndefined, pass_context, select_autoescape
from jinja2.runtime import Context
from markupsafe import Markup

from ..course.model import (
    Course,
    MatchQuestion,
    Module,
    MultipleQuestion,
    OrderQuestion,
    Question,
    Quiz,
    Scenario,
    SingleQuestion,
    Worksheet,
)
from ..course.problems import Problem
from ..course.rules import DEFAULT_PASS_MARK
from ..course.scenario_graph import best_score
from .diagram import mermaid
from .escaping import CourseCodeGenerator
from .fragments import PROGRESS_LINK, PROGRESS_TABLE, CourseParts, ModuleParts, link_token
from .i18n import PROGRESS_STRINGS, base_key, format_text, strings_for
from .identity import HashMemo, content_hash, display_order, remember_quiz_hashes
from .inlining import Inlining
from .markdown import render_block, render_inline
from .memory import FragmentKey, FragmentMemo, RenderMemory
from .precompiled import PrecompiledLoader, compiled_for, template_sources

TEMPLATES_PACKAGE, TEMPLATES_FOLDER = "generator._internal.render", "templates"


@lru_cache(maxsize=1)
def _environment() -> Environment:
    """The environment the renderer uses: each template from its shipped compiled Python while that is current."""
    env = source_environment()
    compiled = compiled_for(env, template_sources(env))
    if compiled:
        env.loader = PrecompiledLoader(TEMPLATES_PACKAGE, TEMPLATES_FOLDER, compiled)
    return env


def source_environment() -> Environment:
    """The templates' environment compiling every template from its source (what `make templates` compiles)."""
    env = Environment(
        loader=PackageLoader(TEMPLATES_PACKAGE, TEMPLATES_FOLDER),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        # The templates ship with the generator and never change while it runs: no check of each one's file
        # on every use (a `stat` each time a fragment's template is looked up).
        auto_reload=False,
    )
    env.code_generator_class = CourseCodeGenerator  # outputs escaped without a Markup made for each
    env.add_extension(Inlining)  # the question types' templates written into the quiz's code
    env.filters["md"] = _markdown_filter(render_block)
    env.filters["code_spans"] = code_spans
    env.filters["md_inline"] = _markdown_filter(render_inline)
    return env


def _markdown_filter(render: Callable[[str | None, str], Markup]) -> Callable[..., Markup]:
    """A Jinja filter rendering Markdown with the template's `link_base`: the module page it belongs to."""

    @pass_context
    def markdown(context: Context, text: str | None) -> Markup:
        base = context.resolve_or_missing("link_base")  # what `context.get` does, without two calls around it
        return render(text, base if isinstance(base, str) else "")

    return markdown


def keep_compiled_templates(folder: Path) -> None:
    """Keep the templates' compiled code in `folder` (Jinja checks each against its source).

    Compiling them is most of a small course's rendering time in a fresh process, such as
    the build after a trainer's edit. A folder that cannot be made means compiling as before.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return
    _environment().bytecode_cache = FileSystemBytecodeCache(str(folder))


def code_spans(text: str) -> Markup:
    """Plain text whose `backticked` parts show as code (problem messages quote YAML that way)."""
    parts = str(text).split("`")
    if len(parts) % 2 == 0:  # an unpaired backtick: show the text as it is
        return Markup("{}").format(text)
    return Markup("").join(
        Markup("<code>{}</code>").format(part) if index % 2 else Markup("{}").format(part)
        for index, part in enumerate(parts)
    )


class QuestionView(NamedTuple):
    """What the quiz template shows of one question (attributes: Jinja reads them without a failed lookup)."""

    q: Question
    base: str
    number: str
    hint: str
    hash: str
    order: list[int]
    rows: tuple[tuple[str, int, Any], ...] = ()
    """What the question's inputs or selects show, in the page's order: (element id, index, option, pair or
    item). Made here once, so the template neither counts its loop nor builds an id three times per row."""


class _Fragments:
    """One render's fragments by what they were rendered from, reusing the last render's (its `memo`).

    A plain class, not a dataclass: creating one costs Python 3.11 about 2 M instructions at import.
    """

    def __init__(self, previous: dict[FragmentKey, tuple[tuple[object, ...], str]], settings: tuple[str, ...]) -> None:
        self.previous = previous
        self.settings = settings
        """The renderer's course id and language: part of every key."""
        self.current: dict[FragmentKey, tuple[tuple[object, ...], str]] = {}

    def get(self, kind: tuple[Any, ...], sources: tuple[object, ...], render: Callable[[], Markup]) -> str:
        """The fragment made from `sources` and what `kind` names.

        An unchanged quiz, scenario or worksheet is the very same object, so `sources` are keyed by
        identity (and kept alive with the fragment, so an identity is never reused meanwhile).
        """
        key = (*self.settings, *kind, *map(id, sources))
        known = self.previous.get(key)
        same = known is not None and all(a is b for a, b in zip(known[0], sources, strict=True))
        html = known[1] if known is not None and same else str(render())
        self.current[key] = (sources, html)
        return html

    @classmethod
    def starting(cls, memo: FragmentMemo | None, renderer: Renderer) -> _Fragments:
        """A render that reuses what `memo` kept (nothing without one)."""
        return cls(memo.last if memo is not None else {}, (renderer.course_id, renderer.language))

    def keep(self, memo: FragmentMemo | None) -> None:
        """This render's fragments become what the next one may reuse."""
        if memo is not None:
            memo.last = self.current


def _link_tokens(course: Course) -> dict[str, str]:
    """Each module's link token (`fragments.fill_links` puts in the link from the page that shows it)."""
    return {module.source: link_token(index) for index, module in enumerate(course.modules)}


@dataclass(frozen=True)
class Renderer:
    """Renders fragments for one course in one interface language."""

    course_id: str
    language: str = "en"
    memory: RenderMemory | None = field(default=None, compare=False, repr=False)
    """With a memory, give back the fragment of a quiz, scenario or worksheet that the last render
    made from the very same (unchanged, frozen) object: `mkdocs serve` rebuilds after every edit.
    None renders everything afresh."""
    lms: bool = False
    """Built for an LMS package, whose LMS keeps the learner's record: the progress page offers no
    loading of a progress file (a hand-written file would pass the course)."""
    hash_as: Mapping[int, Any] = field(default_factory=dict, compare=False, repr=False)
    """A translated quiz, question, scenario or worksheet (by `id()`) -> its source, whose hash it carries:
    results are kept by ids and hashes, so a quiz passed in Welsh counts in English."""
    _best: dict[int, tuple[Scenario, int]] = field(default_factory=dict, compare=False, repr=False)
    """Each scenario's best score (`best`), by identity, the scenario kept alive with it."""
    _own_hashes: HashMemo = field(default_factory=HashMemo, compare=False, repr=False)
    """The hashes of this renderer's one render when it has no memory (the progress page hashes each quiz again)."""

    @cached_property
    def strings(self) -> dict[str, str]:
        """The interface strings in this renderer's language."""
        return strings_for(self.language)

    def text(self, key: str, **values: Any) -> str:
        """One interface string with its placeholders filled (a counted one in the form for `count`)."""
        return format_text(self.strings, self.language, key, **values)

    def best(self, scenario: Scenario) -> int:
        """The scenario's best score (`scenario_graph.best_score`), worked out once per scenario: the scenario,
        the progress page, the maps page and the answer key all show it."""
        known = self._best.get(id(scenario))
        if known is None or known[0] is not scenario:
            known = self._best[id(scenario)] = (scenario, best_score(scenario))
        return known[1]

    def hash(self, value: Any) -> str:
        """`identity.content_hash`, remembered for frozen models (for the next render too with a memory)."""
        return content_hash(self.hash_as.get(id(value), value), self._hashes)

    @property
    def _hashes(self) -> HashMemo:
        return self.memory.hashes if self.memory is not None else self._own_hashes

    @property
    def _fragment_memo(self) -> FragmentMemo | None:
        return self.memory.fragments if self.memory is not None else None

    @property
    def _pack_memo(self) -> FragmentMemo | None:
        return self.memory.pack if self.memory is not None else None

    def _render(self, template: str, **context: Any) -> Markup:
        html = _environment().get_template(template).render(t=self.text, course=self.course_id, **context)
        return Markup(html.strip())  # noqa: S704 - autoescaped template output

    def parts(
        self, course: Course, site_name: str, problems: list[Problem] | tuple[()] = (), *, pack: bool = False
    ) -> CourseParts:
        """Every fragment of the course, links between pages left as tokens (`parts.fill_links`).

        The facilitator pack's fragments come only with `pack` (or later, `with_pack`): they are
        the largest, and most courses show them on one page at most. Fragments are plain `str`,
        not Markup: the parts are data for the plugin and the cache, and a Markup would escape
        any plain text it is joined to.
        """
        fragments = _Fragments.starting(self._fragment_memo, self)
        links = _link_tokens(course)
        modules = tuple(self._module_parts(course, index, links, fragments) for index in range(len(course.modules)))
        maps = str(self.scenario_maps(course, links, fragments))
        fragments.keep(self._fragment_memo)
        parts = CourseParts(
            modules=modules,
            progress=str(self.progress(site_name)),
            progress_table=str(self.progress_table(course, links)),
            home=str(self.home(course, links)),
            maps=maps,
            problems=str(self.problems(list(problems))) if problems else "",
        )
        return self.with_pack(course, parts) if pack else parts

    def _module_parts(self, course: Course, index: int, links: dict[str, str], fragments: _Fragments) -> ModuleParts:
        module = course.modules[index]
        quiz = module.quiz
        return ModuleParts(
            source=module.source,
            url=module.url,
            number=module.number,
            title=module.meta.title,
            objectives=fragments.get(
                ("objectives", module.slug, module.source), (module.meta,), partial(self.objectives, module)
            ),
            quiz=fragments.get(("quiz", module.slug, module.source), (quiz,), partial(self.quiz, module, quiz))
            if quiz
            else "",
            scenarios={
                s.id: fragments.get(("scenario", module.source), (s,), partial(self.scenario, s, module))
                for s in module.scenarios
            },
            worksheets={
                w.id: fragments.get(("worksheet", module.source), (w,), partial(self.worksheet, w, module))
                for w in module.worksheets
            },
            quiz_heading=(f"cq-{module.slug}-title", quiz.title or self.text("quiz_title")) if quiz else ("", ""),
            scenario_headings={
                s.id: (f"cs-{s.id}-title", f"{self.text('scenario_label')}: {s.title}") for s in module.scenarios
            },
            next=str(self.next_note(course, index, links)),
            steps=module.meta.steps,
            steps_root=str(self._render("steps.html.j2", module=module)),
        )

    def with_pack(self, course: Course, parts: CourseParts) -> CourseParts:
        """`parts` (of this course) with the facilitator pack's fragments added."""
        links = _link_tokens(course)
        fragments = _Fragments.starting(self._pack_memo, self)

        def pack(module: Module, part: str) -> str:
            # What the answer key shows of a module: its front matter, number and name, and its files.
            kind = ("pack", part, links[module.source], module.source, module.number, module.meta.model_dump_json())
            sources = (module.quiz, *module.scenarios, *module.worksheets)
            return fragments.get(kind, sources, partial(self.pack_module, module, links[module.source], part))

        modules = tuple(
            replace(module_parts, pack_head=pack(module, "head"), pack_rest=pack(module, "rest"))
            for module_parts, module in zip(parts.modules, course.modules, strict=True)
        )
        fragments.keep(self._pack_memo)
        return replace(parts, modules=modules, pack_contents=str(self.pack_contents(course)), has_pack=True)

    def home(self, course: Course, urls: dict[str, str]) -> Markup:
        """The home page's way in: Start the course, the learner's progress, a card per module.

        `urls` maps a module's source file to its link from the home page.
        """
        modules = [{"module": module, "url": urls.get(module.source, module.url)} for module in course.modules]
        return self._render("home.html.j2", modules=modules, progress=PROGRESS_LINK)

    def next_note(self, course: Course, index: int, urls: dict[str, str]) -> Markup:
        """The end of module `index`: a link to the next module, or from the last one to the progress page."""
        if index + 1 < len(course.modules):
            following = course.modules[index + 1]
            url, title, quizzes = urls.get(following.source, following.url), following.meta.title, None
        else:  # the last module: the progress page, whose certificate waits for every quiz
            url, title = PROGRESS_LINK, self.text("progress_title")
            quizzes = " ".join(module.slug for module in course.modules if module.quiz)
        return self._render("next.html.j2", url=url, title=title, quizzes=quizzes)

    def objectives(self, module: Module) -> Markup:
        """The box at the top of a module: what the learner will be able to do, and how long it takes."""
        if not module.meta.objectives and not module.meta.minutes:
            return Markup("")
        return self._render("objectives.html.j2", module=module, link_base=module.source)

    def quiz(self, module: Module, quiz: Quiz) -> Markup:
        """A module's quiz as a form readable without JavaScript."""
        remember_quiz_hashes(self.hash_as.get(id(quiz), quiz), self._hashes)
        questions = [
            self._question_view(module, quiz, index, question) for index, question in enumerate(quiz.questions)
        ]
        return self._render(
            "quiz.html.j2",
            module=module,
            link_base=module.source,
            quiz=quiz,
            base=f"cq-{module.slug}",
            title=quiz.title or self.text("quiz_title"),
            intro=self.text("quiz_intro", count=len(quiz.questions), pass_mark=quiz.pass_mark),
            hash=self.hash(quiz),
            questions=questions,
            default_pass=DEFAULT_PASS_MARK,
        )

    def _question_view(self, module: Module, quiz: Quiz, index: int, question: Question) -> QuestionView:
        order: list[int] = []
        base = f"cq-{module.slug}-{question.id}"
        rows: tuple[tuple[str, int, Any], ...] = ()
        if isinstance(question, OrderQuestion):
            order = display_order(module.slug, question.id, len(question.items))
            rows = tuple((f"{base}-{place}", item, question.items[item]) for place, item in enumerate(order))
        elif isinstance(question, MatchQuestion):
            order = display_order(module.slug, question.id, len(question.pairs))
            rows = tuple((f"{base}-{row}", row, pair) for row, pair in enumerate(question.pairs))
        elif isinstance(question, SingleQuestion | MultipleQuestion):
            rows = tuple((f"{base}-{row}", row, option) for row, option in enumerate(question.options))
        return QuestionView(
            q=question,
            base=base,
            number=self.text("question_number", number=index + 1, total=len(quiz.questions)),
            hint=self.text("hint_" + question.type.replace("-", "_")),
            hash=self.hash(question),
            order=order,
            rows=rows,
        )

    def scenario(self, scenario: Scenario, module: Module) -> Markup:
        """A branching scenario: every node rendered, only the start shown until the script takes over."""
        return self._render(
            "scenario.html.j2",
            scenario=scenario,
            link_base=module.source,
            base=f"cs-{scenario.id}",
            best=self.best(scenario),
            hash=self.hash(scenario),
        )

    def worksheet(self, worksheet: Worksheet, module: Module) -> Markup:
        """A worksheet whose answers the learner keeps in the browser, prints or downloads."""
        return self._render(
            "worksheet.html.j2", worksheet=worksheet, base=f"cw-{worksheet.id}", link_base=module.source
        )

    def problems(self, problems: list[Problem]) -> Markup:
        """While previewing, the course's problems at the top of every page, so a trainer sees them."""
        return self._render("problems.html.j2", problems=problems)

    def progress(self, title: str) -> Markup:
        """The progress page: every module's quiz status and scenario outcomes, filled in by the script.

        Its table of modules (`progress_table`) stands at `PROGRESS_TABLE`: the site keeps it out of search.
        """
        # In an LMS package the page has no loading from a file, nor its label among the strings.
        left_out = {"progress_import"} if self.lms else set()
        strings = {
            key: text
            for key, text in sorted(self.strings.items())
            if base_key(key) in PROGRESS_STRINGS and base_key(key) not in left_out
        }
        return self._render(
            "progress.html.j2",
            table=Markup(PROGRESS_TABLE),  # noqa: S704 - our own placeholder
            title=title,
            strings=strings,
            lms=self.lms,
        )

    def progress_table(self, course: Course, urls: dict[str, str]) -> Markup:
        """The progress page's table: a row per module, its quiz's and scenarios' hashes for the script.

        `urls` maps a module's source file to its link from the progress page.
        """
        rows = [
            {
                "module": module,
                "url": urls.get(module.source, module.url),
                "quiz_hash": self.hash(module.quiz) if module.quiz else "",
                "scenarios": [
                    {"scenario": scenario, "hash": self.hash(scenario), "best": self.best(scenario)}
                    for scenario in module.scenarios
                ],
            }
            for module in course.modules
        ]
        return self._render("progress-table.html.j2", rows=rows)

    def scenario_maps(self, course: Course, urls: dict[str, str], fragments: _Fragments | None = None) -> Markup:
        """The trainers' page: every scenario's graph as a Mermaid map with a text version."""
        fragments = fragments or _Fragments.starting(None, self)
        sections = [
            Markup(  # noqa: S704 - made by `_render`, the autoescaped template
                fragments.get(
                    ("map", module.source, module.number, module.meta.title, urls.get(module.source, "")),
                    (scenario,),
                    partial(self._scenario_map, module, scenario, urls.get(module.source, "")),
                )
            )
            for module in course.modules
            for scenario in module.scenarios
        ]
        intro = Markup("<p>{}</p>").format(self.text("maps_intro" if sections else "maps_none"))
        return Markup("\n").join([intro, *sections])

    def _scenario_map(self, module: Module, scenario: Scenario, url: str) -> Markup:
        return self._render(
            "scenario-map.html.j2",
            scenario=scenario,
            link_base=module.source,
            best=self.best(scenario),
            source=mermaid(scenario),
            module_title=f"{module.number}. {module.meta.title}",
            module_url=url,
        )

    def pack_contents(self, course: Course) -> Markup:
        """The facilitator pack's list of modules."""
        return self._render("answer-key.html.j2", part="contents", modules=[{"module": m} for m in course.modules])

    def pack_module(self, module: Module, url: str, part: str) -> Markup:
        """One module in the facilitator pack: its heading and objectives ("head"), or its answers ("rest").

        The answers: every question with the right answer marked and all feedback, each
        scenario written out with its best score, and the worksheet questions.
        """
        item = {"module": module, "url": url, "best": {s.id: self.best(s) for s in module.scenarios}}
        return self._render("answer-key.html.j2", part=part, item=item, link_base=module.source)
