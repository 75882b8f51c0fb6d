"""Load a course from disk: every file read once, every problem gathered, then one verdict.

`load_course` either returns a valid, frozen `Course` or raises `CourseError`
with every problem in every file. Nothing is written here; the core never
imports MkDocs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from .memory import LoadMemory, Recall
from .model import MODULE_KEYS, Course, Module, ModuleMeta, Quiz, Record, Scenario, Worksheet
from .pages import check_pages
from .paths import MARKER, SCENARIOS_DIR, WORKSHEETS_DIR, CoursePaths, module_files, split_front_matter, yaml_files
from .problems import CourseError, Problem, did_you_mean, relative_name
from .scenario_graph import check_graph
from .slugs import is_slug, slugify
from .validation import describe, validate
from .yaml_lines import YamlDocument, parse_yaml, read_text

ModelT = TypeVar("ModelT", bound=Record)
IdentifiedT = TypeVar("IdentifiedT", Scenario, Worksheet)
Checks = Callable[[YamlDocument, str], list[Problem]]
"""Checks on a file's raw data that run beside validation, so every mistake shows in one run."""


class _Marker(NamedTuple):
    """A `<!-- scenario: id -->` line in a module, checked once scenarios are loaded."""

    file: str
    line: int
    kind: str
    ident: str


class Located(NamedTuple):
    """Where one loaded quiz or scenario came from: its file and its YAML, with lines."""

    file: str
    doc: YamlDocument


class ModuleSource(NamedTuple):
    """Where one loaded module came from: its file, its front matter with lines, and its Markdown body."""

    file: str
    front_matter: YamlDocument
    body: str
    body_line: int
    """The line of the file on which the body starts."""


@dataclass(frozen=True)
class CourseSources:
    """The files behind a loaded course, for checks that name lines (the frozen model has none)."""

    modules: dict[str, ModuleSource] = field(default_factory=dict)
    """Module slug -> its page."""
    quizzes: dict[str, Located] = field(default_factory=dict)
    """Module slug -> its quiz file."""
    scenarios: dict[str, Located] = field(default_factory=dict)
    """Scenario id -> its file."""
    worksheets: dict[str, Located] = field(default_factory=dict)
    """Worksheet id -> its file."""


class LoadedCourse(NamedTuple):
    """One load's result: the course from the valid files, every problem, and the files behind it."""

    course: Course
    problems: list[Problem]
    sources: CourseSources


def load_course(paths: CoursePaths) -> Course:
    """Read, validate and link every course file; raise `CourseError` listing all problems."""
    course, problems = read_course(paths)
    if problems:
        raise CourseError(problems)
    return course


def read_course(paths: CoursePaths, memory: LoadMemory | None = None) -> tuple[Course, list[Problem]]:
    """The course built from the files that are valid, and every problem found.

    `mkdocs serve` uses the partial course to keep previewing through a mistake. With a
    `memory`, files unchanged since the last load that used it are taken as checked then
    (their models are the same objects, so rendered fragments can be reused too).
    """
    loaded = read_course_with_sources(paths, memory)
    return loaded.course, loaded.problems


def read_course_with_sources(paths: CoursePaths, memory: LoadMemory | None = None) -> LoadedCourse:
    """`read_course`, with the file and lines of each loaded module, quiz and scenario (for quality notes)."""
    return _Loading(paths, memory).run()


class _Loading:
    """One load of one course: every file read once, the problems found, and the facts files share.

    Module pages come first (their slugs are what quizzes name), then the YAML files; then
    they are linked, and the placement markers checked against what each module ended up with.
    """

    def __init__(self, paths: CoursePaths, memory: LoadMemory | None) -> None:
        self.paths = paths
        self.recall = Recall(memory)
        self.problems: list[Problem] = []
        self.broken_modules: set[str] = set()
        """Slugs of modules whose front matter has problems: files naming them are not "for no module"."""
        self.markers: dict[str, list[_Marker]] = {}
        """Module slug -> its placement markers."""
        self.failed_ids: set[str] = set()
        """Ids of scenarios and worksheets whose files have problems (reported already)."""
        self.failed_quizzes: set[str] = set()
        """Modules whose quiz file has problems (reported already)."""
        self.sources = CourseSources()
        """The file of every module, quiz and scenario that made it into the course."""

    def run(self) -> LoadedCourse:
        modules = self._modules()
        folder = self.paths.quizzes_dir
        quizzes = [
            quiz
            for path in yaml_files(folder)
            if (quiz := self._yaml_model(Quiz, path, _unique_question_ids, self.failed_quizzes, "module"))
        ]
        scenarios = [
            scenario
            for path in yaml_files(folder / SCENARIOS_DIR)
            if (scenario := self._yaml_model(Scenario, path, check_graph, self.failed_ids))
        ]
        worksheets = [
            worksheet
            for path in yaml_files(folder / WORKSHEETS_DIR)
            if (worksheet := self._yaml_model(Worksheet, path, _unique_question_ids, self.failed_ids))
        ]
        course = self._link(modules, quizzes, scenarios, worksheets)
        self._check_markers(course)
        self.problems.extend(check_pages(self.paths))
        self.recall.finish()
        return LoadedCourse(course, sorted(set(self.problems)), self.sources)

    # ---------------------------------------------------------------- modules

    def _modules(self) -> list[Module]:
        """Valid modules in number order; modules with broken front matter go into `broken_modules`."""
        paths = self.paths
        modules: list[Module] = []
        if not paths.docs_dir.is_dir():
            self.problems.append(
                Problem(
                    relative_name(paths.docs_dir, paths.root),
                    0,
                    "the course folder does not exist.",
                    "Create it and put index.md and one NN-slug.md per module in it.",
                )
            )
            return modules
        for found in module_files(paths.docs_dir):
            file = relative_name(found.path, paths.root)
            if not is_slug(found.slug):
                self.problems.append(
                    Problem(
                        file,
                        0,
                        f'the module name "{found.slug}" (after the number) may only use lowercase letters, '
                        "digits and dashes.",
                        f"Rename the file, e.g. to {found.path.name.split('-', 1)[0]}-"
                        f"{slugify(found.slug, 'module')}.md.",
                    )
                )
                continue
            meta = self._front_matter(found.path, file, found.slug)
            if meta is not None:
                modules.append(Module(found.slug, found.number, found.path.name, meta))
            else:
                self.broken_modules.add(found.slug)  # its quiz is not "for a module that does not exist"
        for first, second in _pairs_with_same(modules, key=lambda module: module.number):
            self.problems.append(
                Problem(
                    relative_name(paths.docs_dir / second.source, paths.root),
                    0,
                    f"this module has the same number as {first.source}, so their order is unclear.",
                    "Renumber the files so each module has its own number.",
                )
            )
        for first, second in _pairs_with_same(modules, key=lambda module: module.slug):
            self.problems.append(
                Problem(
                    relative_name(paths.docs_dir / second.source, paths.root),
                    0,
                    f'this module has the same name "{second.slug}" as {first.source}; '
                    "quizzes could not tell them apart.",
                    "Rename one of the files.",
                )
            )
        return sorted(modules, key=lambda module: module.number)

    def _front_matter(self, path: Path, file: str, slug: str) -> ModuleMeta | None:
        """A module's front matter, its problems, markers and source (as last time if the text is the same)."""
        text, read_problems = read_text(path, file)
        self.problems.extend(read_problems)
        if text is None:
            return None
        page: _Page = self.recall(("front matter", file, text), lambda: _read_front_matter(file, text))
        self.problems.extend(page.problems)
        self.markers.setdefault(slug, []).extend(page.markers)
        if page.meta is not None and page.source is not None:
            self.sources.modules[slug] = page.source
        return page.meta

    # ---------------------------------------------------------------- YAML files

    def _yaml_model(
        self,
        model: type[ModelT],
        path: Path,
        checks: Checks,
        failed: set[str],
        failed_key: str = "id",
    ) -> tuple[str, YamlDocument, ModelT] | None:
        """One YAML file as `model`, or None; its problems join the load's, its id `failed` if it has any.

        A file whose text is what the last load checked is not parsed and validated again.
        """
        file = relative_name(path, self.paths.root)
        text, read_problems = read_text(path, file)
        self.problems.extend(read_problems)
        if text is None:
            return None
        checked: _Checked = self.recall(
            (model, file, text, checks, failed_key),
            lambda: _check_yaml_model(model, file, text, checks, failed_key),
        )
        self.problems.extend(checked.problems)
        if checked.failed_id is not None:
            failed.add(checked.failed_id)
        return checked.loaded

    # ---------------------------------------------------------------- linking

    def _link(
        self,
        modules: list[Module],
        quizzes: list[tuple[str, YamlDocument, Quiz]],
        scenarios: list[tuple[str, YamlDocument, Scenario]],
        worksheets: list[tuple[str, YamlDocument, Worksheet]],
    ) -> Course:
        """Attach quizzes, scenarios and worksheets to their modules; check cross-file rules.

        Files for a module with broken front matter (reported already) are skipped quietly.
        """
        slugs = [module.slug for module in modules]
        by_slug = {module.slug: module for module in modules}
        quiz_file: dict[str, str] = {}

        def known(file: str, doc: YamlDocument, slug: str) -> bool:
            if slug in by_slug:
                return True
            if slug in self.broken_modules:
                return False
            self.problems.append(
                Problem(
                    file,
                    doc.line_of(("module",)),
                    f'there is no module "{slug}".{did_you_mean(slug, [*slugs, *self.broken_modules])}',
                    "Use the module's file name without the number and .md"
                    + (f"; modules: {', '.join(slugs)}." if slugs else ", e.g. course/01-intro.md is `intro`."),
                )
            )
            return False

        for file, doc, quiz in quizzes:
            if not known(file, doc, quiz.module):
                continue
            if quiz.module in quiz_file:
                self.problems.append(
                    Problem(
                        file,
                        doc.line_of(("module",)),
                        f'module "{quiz.module}" already has a quiz in {quiz_file[quiz.module]}; '
                        "a module has one quiz.",
                        "Merge the questions into one file, or point this quiz at another module.",
                    )
                )
                continue
            quiz_file[quiz.module] = file
            by_slug[quiz.module] = replace(by_slug[quiz.module], quiz=quiz)
            self.sources.quizzes[quiz.module] = Located(file, doc)

        for file, doc, scenario in self._unique_by_id("scenario", scenarios):
            if known(file, doc, scenario.module):
                module = by_slug[scenario.module]
                by_slug[scenario.module] = replace(module, scenarios=(*module.scenarios, scenario))
                self.sources.scenarios[scenario.id] = Located(file, doc)
        for file, doc, worksheet in self._unique_by_id("worksheet", worksheets):
            if known(file, doc, worksheet.module):
                module = by_slug[worksheet.module]
                by_slug[worksheet.module] = replace(module, worksheets=(*module.worksheets, worksheet))
                self.sources.worksheets[worksheet.id] = Located(file, doc)
        return Course(tuple(by_slug[slug] for slug in slugs))

    def _unique_by_id(
        self, kind: str, items: list[tuple[str, YamlDocument, IdentifiedT]]
    ) -> list[tuple[str, YamlDocument, IdentifiedT]]:
        """The items whose id no earlier file used; each repeat is a problem."""
        first_file: dict[str, str] = {}
        kept = []
        for file, doc, item in items:
            if item.id in first_file:
                self.problems.append(
                    Problem(
                        file,
                        doc.line_of(("id",)),
                        f'the {kind} id "{item.id}" is also used by {first_file[item.id]}.',
                        f"Give every {kind} its own id (the file name is a good choice).",
                    )
                )
            else:
                first_file[item.id] = file
                kept.append((file, doc, item))
        return kept

    def _check_markers(self, course: Course) -> None:
        """A placement marker must name a quiz, scenario or worksheet of its own module.

        Markers naming a file that has problems of its own are not reported twice.
        """
        for module in course.modules:
            available = {
                "quiz": {""} if module.quiz else set(),
                "scenario": {scenario.id for scenario in module.scenarios},
                "worksheet": {worksheet.id for worksheet in module.worksheets},
            }
            for marker in self.markers.get(module.slug, []):
                names = available[marker.kind]
                if marker.ident in names or marker.ident in self.failed_ids:
                    continue
                if marker.kind == "quiz" and module.slug in self.failed_quizzes:
                    continue
                if marker.kind == "quiz":
                    message, fix = (
                        "the marker `<!-- quiz -->` is here, but this module has no quiz.",
                        f"Add a quiz file with `module: {module.slug}`, or remove the marker line.",
                    )
                else:
                    listed = ", ".join(sorted(names)) or "none"
                    message = (
                        f'the marker names the {marker.kind} "{marker.ident}", which is not one of this '
                        f"module's {marker.kind}s.{did_you_mean(marker.ident, names)}"
                    )
                    fix = (
                        f"This module's {marker.kind}s: {listed}. Correct the id, or remove the marker line "
                        f"(a {marker.kind} shows for the module named by its `module:`)."
                    )
                self.problems.append(Problem(marker.file, marker.line, message, fix))


def _pairs_with_same(modules: list[Module], key: Callable[[Module], Any]) -> Iterable[tuple[Module, Module]]:
    seen: dict[Any, Module] = {}
    for module in modules:
        value = key(module)
        if value in seen:
            yield seen[value], module
        else:
            seen[value] = module


# ---------------------------------------------------------------- checking one file (pure: memoised by text)


class _Page(NamedTuple):
    """What reading one module page gave: its problems, its front matter if valid, its markers, its source."""

    problems: tuple[Problem, ...]
    meta: ModuleMeta | None
    markers: tuple[_Marker, ...]
    source: ModuleSource | None


def _read_front_matter(file: str, text: str) -> _Page:
    """A module page's front matter problems, its front matter, its placement markers and its source."""
    found: list[Problem] = []
    meta, doc = _check_front_matter(file, text, found)
    markers = tuple(
        _Marker(file, text.count("\n", 0, match.start()) + 1, match["kind"], match["id"] or "")
        for match in MARKER.finditer(text)
    )
    _yaml, body, _first = split_front_matter(text)
    source = ModuleSource(file, doc, body, text.count("\n", 0, len(text) - len(body)) + 1) if doc else None
    return _Page(tuple(found), meta, markers, source)


def _check_front_matter(file: str, text: str, problems: list[Problem]) -> tuple[ModuleMeta | None, YamlDocument | None]:
    yaml_text, _body, _first = split_front_matter(text)
    if yaml_text is None:
        if text.startswith("---"):
            problems.append(
                Problem(
                    file,
                    1,
                    "the front matter starts with '---' but is never closed.",
                    "Add a line with only '---' after the last front matter line (title, objectives, minutes).",
                )
            )
        else:
            problems.append(
                Problem(
                    file,
                    1,
                    "this module has no front matter, so it has no title.",
                    "Start the file with:\n    ---\n    title: The module's title\n    objectives:\n"
                    "      - What the learner will be able to do\n    minutes: 10\n    ---",
                )
            )
        return None, None
    doc, yaml_problems = parse_yaml(yaml_text, file, line_offset=1)
    problems.extend(yaml_problems)
    if doc is None:
        return None, None
    if not isinstance(doc.data, dict):
        problems.append(
            Problem(
                file,
                2,
                "the front matter should be `key: value` lines.",
                "Write at least `title: The module's title` between the two '---' lines.",
            )
        )
        return None, None
    for key in doc.data:
        if key not in MODULE_KEYS:
            problems.append(
                Problem(
                    file,
                    doc.line_of((key,)),
                    f'unknown front matter key "{key}".{did_you_mean(str(key), MODULE_KEYS)}',
                    "Check the spelling. Module keys: "
                    + ", ".join(ModuleMeta.model_fields)
                    + " (and Material's page keys: "
                    + ", ".join(sorted(MODULE_KEYS - set(ModuleMeta.model_fields)))
                    + ").",
                )
            )
    meta, model_problems = validate(ModuleMeta, doc, file)
    problems.extend(model_problems)
    return meta, doc


class _Checked(NamedTuple):
    """What reading one YAML file gave: its problems, the file's model if usable, the id of a failed one."""

    problems: tuple[Problem, ...] = ()
    loaded: tuple[str, YamlDocument, Any] | None = None
    failed_id: str | None = None


def _check_yaml_model(model: type[Record], file: str, text: str, checks: Checks, failed_key: str) -> _Checked:
    doc, problems = parse_yaml(text, file)
    if doc is None:
        return _Checked(tuple(problems))
    if doc.data is None:
        empty = Problem(
            file,
            0,
            "the file is empty.",
            "Write the quiz or scenario in it (see the trainers' guide for an example), or delete the file.",
        )
        return _Checked((*problems, empty))
    if not isinstance(doc.data, dict):
        shape = Problem(
            file,
            1,
            "the file should be a set of `key: value` lines (like `module: ...`), "
            f"but it is {'a list' if isinstance(doc.data, list) else 'a single value'}.",
            "Start with `module: <module slug>` at the left edge, without '- ' in front.",
        )
        return _Checked((*problems, shape))
    check_problems = checks(doc, file)
    instance, model_problems = validate(model, doc, file)
    # A file that failed a check stays out of the (preview's) course, like one that failed validation:
    # a scenario whose graph is broken cannot be played or scored.
    usable = instance is not None and not check_problems
    failed_id = doc.data.get(failed_key) if not usable else None
    return _Checked(
        (*problems, *check_problems, *model_problems),
        (file, doc, instance) if usable else None,
        failed_id if isinstance(failed_id, str) else None,
    )


def _unique_question_ids(doc: YamlDocument, file: str) -> list[Problem]:
    """Question ids unique: checked on the raw data so it runs beside every other check.

    Learners' answers are kept by question id, in quizzes and worksheets alike.
    """
    questions = doc.data.get("questions")
    problems = []
    seen: dict[str, int] = {}
    for index, question in enumerate(questions if isinstance(questions, list) else []):
        ident = question.get("id") if isinstance(question, dict) else None
        if not isinstance(ident, str):
            continue
        if ident in seen:
            problems.append(
                Problem(
                    file,
                    doc.line_of(("questions", index, "id")),
                    f'the question id "{ident}" is also used by question {seen[ident] + 1}.',
                    "Give every question its own id: learners' answers are kept by id.",
                    describe(("questions", index), doc.data),
                )
            )
        else:
            seen[ident] = index
    return problems
