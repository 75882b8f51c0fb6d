"""Load a course from disk: every file read once, every problem gathered, then one verdict.

`load_course` either returns a valid, frozen `Course` or raises `CourseError`
with every problem in every file. Nothing is written here; the core never
imports MkDocs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel

from .graph import check_graph
from .model import (
    MODULE_KEYS,
    Course,
    Module,
    ModuleMeta,
    Quiz,
    Scenario,
    Worksheet,
)
from .problems import CourseError, Problem, did_you_mean, relative_name
from .sources import (
    MARKER,
    MODULE_FILE,
    SCENARIOS_DIR,
    WORKSHEETS_DIR,
    CoursePaths,
    module_candidates,
    split_front_matter,
    yaml_files,
)
from .validation import describe, validate
from .yamlsource import YamlDocument, parse_yaml, read_text

ModelT = TypeVar("ModelT", bound=BaseModel)

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class _Marker:
    """A `<!-- scenario: id -->` line in a module, checked once scenarios are loaded."""

    file: str
    line: int
    kind: str
    ident: str


@dataclass
class _Loaded:
    """Files that validated, with the file name for cross-file messages."""

    quizzes: list[tuple[str, YamlDocument, Quiz]] = field(default_factory=list)
    scenarios: list[tuple[str, YamlDocument, Scenario]] = field(default_factory=list)
    worksheets: list[tuple[str, YamlDocument, Worksheet]] = field(default_factory=list)
    failed_ids: set[str] = field(default_factory=set)
    """Ids of scenarios and worksheets whose files have problems (reported already)."""
    failed_quizzes: set[str] = field(default_factory=set)
    """Modules whose quiz file has problems (reported already)."""


def load_course(paths: CoursePaths) -> Course:
    """Read, validate and link every course file; raise `CourseError` listing all problems."""
    course, problems = read_course(paths)
    if problems:
        raise CourseError(problems)
    return course


def read_course(paths: CoursePaths, *, reuse: bool = False) -> tuple[Course, list[Problem]]:
    """The course built from the files that are valid, and every problem found.

    `mkdocs serve` uses the partial course to keep previewing through a mistake. With `reuse`,
    YAML files unchanged since the last call that reused are taken as checked then (their
    models are the same objects, so rendered fragments can be reused too).
    """
    memo = _Memo(previous=_LAST_BUILD.current) if reuse else None
    problems: list[Problem] = []
    broken: set[str] = set()
    markers: dict[str, list[_Marker]] = {}
    modules = _load_modules(paths, problems, broken, markers, memo)
    loaded = _Loaded()
    quizzes_dir = paths.quizzes_dir
    for path in yaml_files(quizzes_dir):
        quiz = _load_yaml_model(
            Quiz,
            path,
            paths.root,
            problems,
            extra_checks=_unique_question_ids,
            failed=loaded.failed_quizzes,
            failed_key="module",
            memo=memo,
        )
        if quiz:
            loaded.quizzes.append(quiz)
    for path in yaml_files(quizzes_dir / SCENARIOS_DIR):
        scenario = _load_yaml_model(
            Scenario, path, paths.root, problems, extra_checks=check_graph, failed=loaded.failed_ids, memo=memo
        )
        if scenario:
            loaded.scenarios.append(scenario)
    for path in yaml_files(quizzes_dir / WORKSHEETS_DIR):
        worksheet = _load_yaml_model(
            Worksheet,
            path,
            paths.root,
            problems,
            extra_checks=_unique_question_ids,
            failed=loaded.failed_ids,
            memo=memo,
        )
        if worksheet:
            loaded.worksheets.append(worksheet)
    course = _link(modules, loaded, problems, broken)
    problems.extend(_marker_problems(course, markers, loaded))
    if memo is not None:
        _LAST_BUILD.current = memo.current
    return course, sorted(set(problems))


# ---------------------------------------------------------------- modules


def _load_modules(
    paths: CoursePaths,
    problems: list[Problem],
    broken: set[str],
    markers: dict[str, list[_Marker]],
    memo: _Memo | None = None,
) -> list[Module]:
    """Valid modules in number order; slugs of modules with broken front matter go into `broken`.

    The placement markers of each module go into `markers`, to be checked against its scenarios.
    """
    modules: list[Module] = []
    if not paths.docs_dir.is_dir():
        problems.append(
            Problem(
                relative_name(paths.docs_dir, paths.root),
                0,
                "the course folder does not exist.",
                "Create it and put index.md and one NN-slug.md per module in it.",
            )
        )
        return modules
    for path in module_candidates(paths.docs_dir):
        match = MODULE_FILE.match(path.name)
        if not match:
            continue
        file = relative_name(path, paths.root)
        slug = match["slug"]
        if not SLUG.match(slug):
            problems.append(
                Problem(
                    file,
                    0,
                    f'the module name "{slug}" (after the number) may only use lowercase letters, digits and dashes.',
                    f"Rename the file, e.g. to {match['number']}-{_slugify(slug)}.md.",
                )
            )
            continue
        meta = _load_front_matter(path, file, problems, markers.setdefault(slug, []), memo)
        if meta is not None:
            modules.append(Module(slug, int(match["number"]), path.name, meta))
        else:
            broken.add(slug)  # its quiz is not "for a module that does not exist"
    for first, second in _pairs_with_same(modules, key=lambda module: module.number):
        problems.append(
            Problem(
                relative_name(paths.docs_dir / second.source, paths.root),
                0,
                f"this module has the same number as {first.source}, so their order is unclear.",
                "Renumber the files so each module has its own number.",
            )
        )
    for first, second in _pairs_with_same(modules, key=lambda module: module.slug):
        problems.append(
            Problem(
                relative_name(paths.docs_dir / second.source, paths.root),
                0,
                f'this module has the same name "{second.slug}" as {first.source}; quizzes could not tell them apart.',
                "Rename one of the files.",
            )
        )
    return sorted(modules, key=lambda module: module.number)


def _slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "module"


def _pairs_with_same(modules: list[Module], key: Any) -> Iterable[tuple[Module, Module]]:
    seen: dict[Any, Module] = {}
    for module in modules:
        value = key(module)
        if value in seen:
            yield seen[value], module
        else:
            seen[value] = module


def _load_front_matter(
    path: Path, file: str, problems: list[Problem], markers: list[_Marker], memo: _Memo | None = None
) -> ModuleMeta | None:
    """A module's front matter, its problems and markers (with a `memo`, as last time if the text is the same)."""
    text, read_problems = read_text(path, file)
    problems.extend(read_problems)
    if text is None:
        return None
    found, meta, found_markers = _recalled(memo, ("front matter", file, text), lambda: _read_front_matter(file, text))
    problems.extend(found)
    markers.extend(found_markers)
    return meta  # type: ignore[no-any-return]


def _read_front_matter(file: str, text: str) -> tuple[tuple[Problem, ...], ModuleMeta | None, tuple[_Marker, ...]]:
    """A module page's front matter problems, its front matter and its placement markers."""
    found: list[Problem] = []
    meta = _check_front_matter(file, text, found)
    markers = tuple(
        _Marker(file, text.count("\n", 0, match.start()) + 1, match["kind"], match["id"] or "")
        for match in MARKER.finditer(text)
    )
    return tuple(found), meta, markers


def _check_front_matter(file: str, text: str, problems: list[Problem]) -> ModuleMeta | None:
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
        return None
    doc, yaml_problems = parse_yaml(yaml_text, file, line_offset=1)
    problems.extend(yaml_problems)
    if doc is None:
        return None
    if not isinstance(doc.data, dict):
        problems.append(
            Problem(
                file,
                2,
                "the front matter should be `key: value` lines.",
                "Write at least `title: The module's title` between the two '---' lines.",
            )
        )
        return None
    for key in doc.data:
        if key not in MODULE_KEYS:
            problems.append(
                Problem(
                    file,
                    doc.line_of((key,)),
                    f'unknown front matter key "{key}".{did_you_mean(str(key), MODULE_KEYS)}',
                    "Check the spelling. Module keys: title, objectives, minutes "
                    "(and Material's page keys: "
                    + ", ".join(sorted(MODULE_KEYS - set(ModuleMeta.model_fields)))
                    + ").",
                )
            )
    meta, model_problems = validate(ModuleMeta, doc, file)
    problems.extend(model_problems)
    return meta


# ---------------------------------------------------------------- YAML files


@dataclass(frozen=True)
class _Checked:
    """What reading one YAML file gave: its problems, the file's model if usable, the id of a failed one."""

    problems: tuple[Problem, ...] = ()
    loaded: tuple[str, YamlDocument, Any] | None = None
    failed_id: str | None = None


@dataclass
class _Memo:
    """Files checked in the last build of this process, by name and text (`mkdocs serve` rebuilds often)."""

    previous: dict[tuple[Any, ...], Any] = field(default_factory=dict)
    current: dict[tuple[Any, ...], Any] = field(default_factory=dict)


def _recalled(memo: _Memo | None, key: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
    """`compute()`, or what it gave for the same `key` in the last build; kept for the next one."""
    if memo is None:
        return compute()
    known = memo.previous.get(key)
    memo.current[key] = known = compute() if known is None else known
    return known


_LAST_BUILD = _Memo()


def _load_yaml_model(
    model: type[ModelT],
    path: Path,
    root: Path,
    problems: list[Problem],
    *,
    extra_checks: Any = None,
    failed: set[str] | None = None,
    failed_key: str = "id",
    memo: _Memo | None = None,
) -> tuple[str, YamlDocument, ModelT] | None:
    """Read one YAML file into `model`, adding every problem found to `problems`.

    With a `memo`, a file whose text is what the last build checked is not parsed and validated again.
    """
    file = relative_name(path, root)
    text, read_problems = read_text(path, file)
    problems.extend(read_problems)
    if text is None:
        return None
    checked: _Checked = _recalled(
        memo,
        (model, file, text, extra_checks, failed_key),
        lambda: _check_yaml_model(model, file, text, extra_checks, failed_key),
    )
    problems.extend(checked.problems)
    if checked.failed_id is not None and failed is not None:
        failed.add(checked.failed_id)
    return checked.loaded


def _check_yaml_model(model: type[BaseModel], file: str, text: str, extra_checks: Any, failed_key: str) -> _Checked:
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
    check_problems = list(extra_checks(doc, file)) if extra_checks else []
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


# ---------------------------------------------------------------- linking


def _marker_problems(course: Course, markers: dict[str, list[_Marker]], loaded: _Loaded) -> list[Problem]:
    """A placement marker must name a quiz, scenario or worksheet of its own module.

    Markers naming a file that has problems of its own are not reported twice.
    """
    problems = []
    for module in course.modules:
        available = {
            "quiz": {""} if module.quiz else set(),
            "scenario": {scenario.id for scenario in module.scenarios},
            "worksheet": {worksheet.id for worksheet in module.worksheets},
        }
        for marker in markers.get(module.slug, []):
            names = available[marker.kind]
            if marker.ident in names or marker.ident in loaded.failed_ids:
                continue
            if marker.kind == "quiz" and module.slug in loaded.failed_quizzes:
                continue
            if marker.kind == "quiz":
                message, fix = (
                    "the marker `<!-- quiz -->` is here, but this module has no quiz.",
                    f"Add a quiz file with `module: {module.slug}`, or remove the marker line.",
                )
            else:
                listed = ", ".join(sorted(names)) or "none"
                message = (
                    f'the marker names the {marker.kind} "{marker.ident}", which is not one of this module\'s '
                    f"{marker.kind}s.{did_you_mean(marker.ident, names)}"
                )
                fix = (
                    f"This module's {marker.kind}s: {listed}. Correct the id, or remove the marker line "
                    f"(a {marker.kind} shows for the module named by its `module:`)."
                )
            problems.append(Problem(marker.file, marker.line, message, fix))
    return problems


IdentifiedT = TypeVar("IdentifiedT", Scenario, Worksheet)


def _unique_by_id(
    kind: str, items: list[tuple[str, YamlDocument, IdentifiedT]], problems: list[Problem]
) -> list[tuple[str, YamlDocument, IdentifiedT]]:
    """The items whose id no earlier file used; each repeat is a problem."""
    first_file: dict[str, str] = {}
    kept = []
    for file, doc, item in items:
        if item.id in first_file:
            problems.append(
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


def _link(modules: list[Module], loaded: _Loaded, problems: list[Problem], broken: set[str]) -> Course:
    """Attach quizzes, scenarios and worksheets to their modules; check cross-file rules.

    Files for a module in `broken` (reported already) are skipped quietly.
    """
    slugs = [module.slug for module in modules]
    by_slug = {module.slug: module for module in modules}
    quiz_file: dict[str, str] = {}

    def known(file: str, doc: YamlDocument, slug: str) -> bool:
        if slug in by_slug:
            return True
        if slug in broken:
            return False
        problems.append(
            Problem(
                file,
                doc.line_of(("module",)),
                f'there is no module "{slug}".{did_you_mean(slug, [*slugs, *broken])}',
                "Use the module's file name without the number and .md"
                + (f"; modules: {', '.join(slugs)}." if slugs else ", e.g. course/01-intro.md is `intro`."),
            )
        )
        return False

    for file, doc, quiz in loaded.quizzes:
        if not known(file, doc, quiz.module):
            continue
        if quiz.module in quiz_file:
            problems.append(
                Problem(
                    file,
                    doc.line_of(("module",)),
                    f'module "{quiz.module}" already has a quiz in {quiz_file[quiz.module]}; a module has one quiz.',
                    "Merge the questions into one file, or point this quiz at another module.",
                )
            )
            continue
        quiz_file[quiz.module] = file
        by_slug[quiz.module] = replace(by_slug[quiz.module], quiz=quiz)

    for file, doc, scenario in _unique_by_id("scenario", loaded.scenarios, problems):
        if known(file, doc, scenario.module):
            module = by_slug[scenario.module]
            by_slug[scenario.module] = replace(module, scenarios=(*module.scenarios, scenario))
    for file, doc, worksheet in _unique_by_id("worksheet", loaded.worksheets, problems):
        if known(file, doc, worksheet.module):
            module = by_slug[worksheet.module]
            by_slug[worksheet.module] = replace(module, worksheets=(*module.worksheets, worksheet))
    return Course(tuple(by_slug[slug] for slug in slugs))
