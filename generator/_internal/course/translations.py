"""A course in another language: translations beside their sources, checked and merged by ids.

A translation sits beside its source with the language code before the extension
(`course/01-intro.cy.md`, `quizzes/01-intro.cy.yml`, `quizzes/scenarios/meeting.cy.yml`). It
holds only words: the same question, node and worksheet question ids as the source, the same
number of options, items and pairs, in the same order. Everything that scores or links (which
option is correct, points, where a choice leads, pass marks) always comes from the source, so
a learner's result means the same in every language and progress, keyed by ids, is one.

Whatever a translation lacks is taken from the source (and the page says so); whatever it has
that the source lacks, or that does not fit the source, is a problem with file and line.
`translated_from` records the hash of the source a translation was made from, so
`course translations` can say which sources changed since.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

from pydantic_core import ValidationError

from .loader import LoadedCourse, Located
from .model import Course, Module, ModuleMeta, Record
from .pages import content_pages, is_module_page
from .paths import SCENARIOS_DIR, TRANSLATION_FILE, WORKSHEETS_DIR, CoursePaths, split_front_matter, translation_path
from .problems import Problem, relative_name
from .yaml_lines import PathKey, YamlDocument, parse_yaml, read_text

TRANSLATED_FROM = "translated_from"
"""The key (in a translated YAML file, or a translated page's front matter) holding its source's hash."""
TEXT_KEYS = frozenset(
    {"title", "objectives", "prompt", "explanation", "text", "feedback", "items", "left", "right", "intro", "hint"}
)
"""The keys whose values are words to translate; every other value comes from the source."""
PAGE_KEYS = frozenset({"title", "objectives", "description"})
"""Front matter a translated page may translate (the rest, minutes or steps, is the source's)."""
M = TypeVar("M", bound=Record)
_KINDS = {"questions": "question", "nodes": "node", "choices": "choice", "options": "option", "pairs": "pair"}


def source_hash(path: Path) -> str:
    """A short fingerprint of a source file's words, for `translated_from` (12 hex digits of SHA-256)."""
    text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def overlay(source: Any, translated: Any, key: str | None = None) -> Any:
    """The source with the translation's words put in: matched by id (questions, nodes) or by position.

    Only values under `TEXT_KEYS` are taken from the translation; a part it lacks stays the source's.
    """
    if isinstance(source, dict) and isinstance(translated, dict):
        return {
            name: overlay(value, translated[name], name) if name in translated else value
            for name, value in source.items()
        }
    if isinstance(source, list) and isinstance(translated, list):
        if all(isinstance(item, dict) and "id" in item for item in source):
            by_id = {str(item.get("id")): item for item in translated if isinstance(item, dict)}
            return [overlay(item, by_id[str(item["id"])], key) if str(item["id"]) in by_id else item for item in source]
        if len(source) != len(translated):
            return source  # a count that does not fit: `check_translation` says so
        return [overlay(item, other, key) for item, other in zip(source, translated, strict=True)]
    if isinstance(source, str) and isinstance(translated, str | int | float) and key in TEXT_KEYS:
        return str(translated) if str(translated).strip() else source
    return source


@dataclass
class TranslationReport:
    """One language's state: what is missing (taken from the source) and what changed since it was translated."""

    language: str
    missing_files: list[str] = field(default_factory=list)
    """Source files with no translation (relative to the course root)."""
    missing_parts: list[str] = field(default_factory=list)
    """`file: question "id"` for each id the translation lacks."""
    changed: list[str] = field(default_factory=list)
    """Translations whose source changed since (`translated_from` is another hash), or that do not say."""
    partial_modules: set[str] = field(default_factory=set)
    """Module slugs whose page, quiz, scenarios or worksheets are not all translated."""


@dataclass(frozen=True)
class Translated:
    """The course in one language, its problems, and what it lacks."""

    course: Course
    problems: list[Problem]
    report: TranslationReport
    sources_of: dict[int, Any]
    """A translated quiz, question, scenario or worksheet (by `id()`) -> its source (the renderer's `hash_as`)."""


def translate(loaded: LoadedCourse, paths: CoursePaths, language: str) -> Translated:
    """The loaded (source) course with the words of its `language` translations put in."""
    run = _Translating(loaded, paths, language)
    modules = tuple(run.module(module) for module in loaded.course.modules)
    run.pages()
    sources_of: dict[int, Any] = {}
    for source, translated in zip(loaded.course.modules, modules, strict=True):
        pairs: list[tuple[Any, Any]] = [(source.quiz, translated.quiz)]
        pairs += list(zip(source.scenarios, translated.scenarios, strict=True))
        pairs += list(zip(source.worksheets, translated.worksheets, strict=True))
        if source.quiz is not None and translated.quiz is not None:
            pairs += list(zip(source.quiz.questions, translated.quiz.questions, strict=True))
        sources_of.update({id(new): old for old, new in pairs if new is not None and new is not old})
    return Translated(Course(modules=modules), sorted(set(run.problems)), run.report, sources_of)


@dataclass
class _Translating:
    """One translation of one loaded course: what it finds missing, and its problems."""

    loaded: LoadedCourse
    paths: CoursePaths
    language: str
    problems: list[Problem] = field(default_factory=list)
    report: TranslationReport = field(init=False)

    def __post_init__(self) -> None:
        self.report = TranslationReport(self.language)

    def module(self, module: Module) -> Module:
        sources = self.loaded.sources
        meta = module.meta
        page = self.paths.docs_dir / module.source
        translated_page = self.page(page)
        if translated_page is None:
            self.report.partial_modules.add(module.slug)
        else:
            words = {key: value for key, value in translated_page.data.items() if key in PAGE_KEYS}
            meta = _validated(ModuleMeta, overlay(meta.model_dump(), words), meta)
        changes: dict[str, Any] = {"meta": meta}
        if module.quiz is not None and module.slug in sources.quizzes:
            changes["quiz"] = self.part(module.quiz, sources.quizzes[module.slug], module.slug)
        changes["scenarios"] = tuple(
            self.part(item, sources.scenarios[item.id], module.slug) if item.id in sources.scenarios else item
            for item in module.scenarios
        )
        changes["worksheets"] = tuple(
            self.part(item, sources.worksheets[item.id], module.slug) if item.id in sources.worksheets else item
            for item in module.worksheets
        )
        return replace(module, **changes)

    def part(self, model: M, located: Located, slug: str) -> M:
        """A quiz, scenario or worksheet with its translation's words (itself when there is none)."""
        source = self.paths.root / located.file
        target = translation_path(source, self.language)
        file = relative_name(target, self.paths.root)
        if not target.is_file():
            self.report.missing_files.append(located.file)
            self.report.partial_modules.add(slug)
            return model
        text, read_problems = read_text(target, file)
        doc, parse_problems = parse_yaml(text, file) if text is not None else (None, [])
        self.problems.extend(read_problems + parse_problems)
        if doc is None or not isinstance(doc.data, dict):
            if doc is not None:
                fix = f"Copy {located.file} and translate its words."
                self.problems.append(Problem(file, 1, "a translation holds the same keys as its source.", fix))
            return model
        found = check_against_source(located.doc, doc, file, located.file)
        self.problems.extend(found)
        missing = list(_missing_ids(located.doc.data, doc.data, ()))
        self.report.missing_parts.extend(f"{file}: {what}" for what in missing)
        if missing:
            self.report.partial_modules.add(slug)
        _note_change(source, doc.data.get(TRANSLATED_FROM), file, self.report)
        if found:
            return model
        return _validated(type(model), overlay(model.model_dump(), doc.data), model)

    def page(self, source: Path) -> YamlDocument | None:
        """A translated page's front matter (empty when it has none); None when there is no translation."""
        target = translation_path(source, self.language)
        if not target.is_file():
            self.report.missing_files.append(relative_name(source, self.paths.root))
            return None
        file = relative_name(target, self.paths.root)
        text, read_problems = read_text(target, file)
        self.problems.extend(read_problems)
        if text is None:
            return None
        head, _body, line = split_front_matter(text)
        doc, parse_problems = parse_yaml(head, file, line - 1) if head else (YamlDocument({}), [])
        self.problems.extend(parse_problems)
        if doc is None or not isinstance(doc.data, dict):
            return YamlDocument({})
        _note_change(source, doc.data.get(TRANSLATED_FROM), file, self.report)
        return doc

    def pages(self) -> None:
        """The other pages (home, glossary; not the trainers' guide, which stays in the course's language)."""
        docs_dir = self.paths.docs_dir
        for page in content_pages(docs_dir):
            relative = page.relative_to(docs_dir)
            if is_module_page(page, docs_dir) or relative.parts[0] == "trainers" or _is_translation(page):
                continue
            self.page(page)


def _validated(kind: type[M], data: Any, fallback: M) -> M:
    """`data` as the model; the source's model if the words broke it (an empty text: `check_against_source` says)."""
    try:
        return kind.model_validate(data)
    except ValidationError:
        return fallback


def _is_translation(path: Path) -> bool:
    return TRANSLATION_FILE.match(path.name) is not None


def _note_change(source: Path, recorded: object, file: str, report: TranslationReport) -> None:
    if recorded is None or str(recorded) != source_hash(source):
        report.changed.append(file)


def check_against_source(source: YamlDocument, translated: YamlDocument, file: str, source_file: str) -> list[Problem]:
    """What in a translated quiz, scenario or worksheet does not fit its source, with lines."""
    return list(_Comparison(translated, file, source_file).walk(source.data, translated.data, ()))


@dataclass(frozen=True)
class _Comparison:
    """A translation walked beside its source."""

    doc: YamlDocument
    file: str
    source_file: str

    def problem(self, path: PathKey, message: str, fix: str) -> Problem:
        return Problem(self.file, self.doc.line_of(path), message, fix, _where(path, self.doc))

    def walk(self, source: Any, translated: Any, path: PathKey) -> Iterator[Problem]:
        if isinstance(source, dict):
            yield from self.mapping(source, translated, path)
        elif isinstance(source, list):
            yield from self.sequence(source, translated, path)
        else:
            yield from self.scalar(source, translated, path)

    def mapping(self, source: dict[Any, Any], translated: Any, path: PathKey) -> Iterator[Problem]:
        if not isinstance(translated, dict):
            yield self.problem(
                path, "this should be keys and values, as in the source.", f"Compare with {self.source_file}."
            )
            return
        for name, value in translated.items():
            if not path and name == TRANSLATED_FROM:
                continue
            if name in source:
                yield from self.walk(source[name], value, (*path, name))
                continue
            known = ", ".join(f'"{key}"' for key in source)
            if path and path[-1] == "nodes":
                yield self.problem(
                    (*path, name), f'the source has no node "{name}".', f"Use a node id of {self.source_file}: {known}."
                )
            else:
                fix = f"Remove it, or use a key of {self.source_file}: {known}."
                yield self.problem((*path, name), f'the source has no "{name}" here.', fix)

    def sequence(self, source: list[Any], translated: Any, path: PathKey) -> Iterator[Problem]:
        if not isinstance(translated, list):
            yield self.problem(path, "this should be a list, as in the source.", f"Compare with {self.source_file}.")
            return
        kind = _KINDS.get(str(path[-1]) if path else "", "item")
        if source and all(isinstance(item, dict) and "id" in item for item in source):
            by_id = {str(item["id"]): item for item in source}
            for index, item in enumerate(translated):
                ident = str(item.get("id")) if isinstance(item, dict) else ""
                if ident in by_id:
                    yield from self.walk(by_id[ident], item, (*path, index))
                    continue
                known = ", ".join(f'"{key}"' for key in by_id)
                fix = f"Use the id of the {kind} in {self.source_file} ({known}); an id never changes in a translation."
                yield self.problem((*path, index, "id"), f'the source has no {kind} "{ident}".', fix)
            return
        if len(source) != len(translated):
            message = f"the source has {len(source)} {kind}s here and the translation {len(translated)}."
            fix = f"Translate each of the {len(source)} in the source's order (the first is the first, and so on)."
            yield self.problem(path, message, fix)
            return
        for index, (item, other) in enumerate(zip(source, translated, strict=True)):
            yield from self.walk(item, other, (*path, index))

    def scalar(self, source: Any, translated: Any, path: PathKey) -> Iterator[Problem]:
        key = next((str(part) for part in reversed(path) if isinstance(part, str)), "")
        if key in TEXT_KEYS:
            if not str(translated).strip():
                yield self.problem(
                    path, "this text is empty.", "Translate it, or remove the line to keep the source's words."
                )
        elif translated != source:
            message = (
                f'"{key}" is {_shown(translated)} here and {_shown(source)} in the source; only words are translated.'
            )
            fix = f"Remove `{key}` from the translation (it comes from {self.source_file}), or set it as there."
            yield self.problem(path, message, fix)


def _missing_ids(source: Any, translated: Any, path: PathKey) -> Iterator[str]:
    """`question "id"` for each part with an id (questions, nodes) that the translation lacks."""
    if isinstance(source, dict) and isinstance(translated, dict):
        for name, value in source.items():
            if name == "nodes" and isinstance(value, dict):
                other = translated.get("nodes")
                other = other if isinstance(other, dict) else {}
                yield from (f'node "{node}"' for node in value if node not in other)
            elif name in translated:
                yield from _missing_ids(value, translated[name], (*path, name))
            elif isinstance(value, list) and _has_ids(value):
                yield from (f'{_KINDS.get(name, "item")} "{item["id"]}"' for item in value)
    elif isinstance(source, list) and isinstance(translated, list) and _has_ids(source):
        have = {str(item.get("id")) for item in translated if isinstance(item, dict)}
        kind = _KINDS.get(str(path[-1]) if path else "", "item")
        yield from (f'{kind} "{item["id"]}"' for item in source if str(item["id"]) not in have)


def _shown(value: Any) -> str:
    """A value as the trainer wrote it in YAML (`true`, `3`, `"yes"`)."""
    return (
        json.dumps(value, ensure_ascii=False)
        if isinstance(value, bool | int | float | str) or value is None
        else repr(value)
    )


def _has_ids(items: list[Any]) -> bool:
    return bool(items) and all(isinstance(item, dict) and "id" in item for item in items)


def _where(path: PathKey, doc: YamlDocument) -> str:
    """`question 2 "decisions-with" > options`, as the loader's problems say where."""
    parts: list[str] = []
    node: Any = doc.data
    for step in path:
        if isinstance(step, int) and isinstance(node, list) and 0 <= step < len(node):
            item = node[step]
            ident = item.get("id") if isinstance(item, dict) else None
            kind = _KINDS.get(str(parts[-1]) if parts else "", "item")
            if parts:
                parts.pop()
            parts.append(f'{kind} {step + 1} "{ident}"' if ident else f"{kind} {step + 1}")
            node = item
        else:
            parts.append(str(step))
            node = node.get(step) if isinstance(node, dict) else None
    return " > ".join(parts)


def translation_files(paths: CoursePaths, languages: tuple[str, ...] | list[str]) -> list[Path]:
    """Every translation file of these languages that exists (for the cache's key)."""
    folders = [paths.docs_dir, paths.quizzes_dir, paths.quizzes_dir / SCENARIOS_DIR, paths.quizzes_dir / WORKSHEETS_DIR]
    found = []
    for folder in folders:
        if folder.is_dir():
            found += sorted(path for path in folder.iterdir() if path.is_file() and _language_of(path) in languages)
    return found


def _language_of(path: Path) -> str | None:
    match = TRANSLATION_FILE.match(path.name)
    return match["language"] if match else None
