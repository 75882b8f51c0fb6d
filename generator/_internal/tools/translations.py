"""`course translations`: what each language lacks, and the texts to translate as gettext PO files.

The list says, per language, which pages, quizzes, scenarios and worksheets have no translation,
which questions and nodes a translation lacks, and which translations were made from an older
source (their `translated_from` is not the source's hash now). Translators' tools (Poedit,
Weblate, Crowdin, OmegaT) read PO: Babel, which Material already brings, writes and reads it.
A PO file holds the words of the quizzes, scenarios and worksheets, each with its place
(`msgctxt`) and its source line; a page's Markdown is translated as a file (`01-intro.cy.md`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from babel.core import UnknownLocaleError
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from ..course.loader import LoadedCourse
from ..course.paths import SCENARIOS_DIR, WORKSHEETS_DIR, CoursePaths, translation_path, yaml_files
from ..course.problems import relative_name
from ..course.translations import (
    TEXT_KEYS,
    TRANSLATED_FROM,
    TranslationReport,
    source_hash,
    translate,
)
from ..course.yaml_lines import PathKey, YamlDocument, parse_yaml, read_text

Step = str | int | tuple[str, str]
"""A key, a position in a list, or ("id", value) for an item of a list with ids."""


@dataclass(frozen=True)
class Text:
    """One text of a source file to translate."""

    file: str
    place: tuple[Step, ...]
    words: str
    line: int

    @property
    def context(self) -> str:
        """`quizzes/01-intro.yml#questions/with-not-for/options/1/text`: unique, and readable in a PO editor."""
        steps = [step[1] if isinstance(step, tuple) else str(step) for step in self.place]
        return f"{self.file}#{'/'.join(steps)}"


def reports(loaded: LoadedCourse, paths: CoursePaths, languages: list[str]) -> list[TranslationReport]:
    """The report of each language after the course's own."""
    return [translate(loaded, paths, language).report for language in languages[1:]]


def format_report(report: TranslationReport, language_name: str) -> str:
    """One language's list, in plain words."""
    lines = [f"{language_name} ({report.language}):"]
    if not (report.missing_files or report.missing_parts or report.changed):
        return lines[0] + " everything is translated and up to date."
    if report.missing_files:
        lines.append("  Not translated yet:")
        lines += [f"    {file}" for file in report.missing_files]
    if report.missing_parts:
        lines.append("  Missing in a translation (the source's words show):")
        lines += [f"    {part}" for part in report.missing_parts]
    if report.changed:
        lines.append("  The source changed since it was translated (or `translated_from` is missing):")
        lines += [f"    {file}" for file in report.changed]
    return "\n".join(lines)


def source_files(paths: CoursePaths) -> list[Path]:
    """The quizzes, scenarios and worksheets, whose words a PO file holds."""
    folder = paths.quizzes_dir
    return [*yaml_files(folder), *yaml_files(folder / SCENARIOS_DIR), *yaml_files(folder / WORKSHEETS_DIR)]


def _document(path: Path, file: str) -> YamlDocument | None:
    text, _problems = read_text(path, file)
    doc, _parse = parse_yaml(text, file) if text is not None else (None, [])
    return doc


def texts(
    data: Any, doc: YamlDocument, file: str, place: tuple[Step, ...] = (), line_path: PathKey = ()
) -> Iterator[Text]:
    """Every text to translate in a source file's data, in the file's order."""
    key = next((step for step in reversed(place) if isinstance(step, str)), "")
    if isinstance(data, dict):
        for name, value in data.items():
            yield from texts(value, doc, file, (*place, str(name)), (*line_path, name))
    elif isinstance(data, list):
        with_ids = bool(data) and all(isinstance(item, dict) and "id" in item for item in data)
        for index, item in enumerate(data):
            step: Step = ("id", str(item["id"])) if with_ids else index
            yield from texts(item, doc, file, (*place, step), (*line_path, index))
    elif isinstance(data, str) and key in TEXT_KEYS and data.strip():
        yield Text(file, place, data, doc.line_of(line_path))


def _lookup(data: Any, place: tuple[Step, ...]) -> str | None:
    """The translation's words at a source text's place, if it has them."""
    for step in place:
        if isinstance(step, tuple):
            data = (
                next((item for item in data if isinstance(item, dict) and str(item.get("id")) == step[1]), None)
                if isinstance(data, list)
                else None
            )
        elif isinstance(step, int):
            data = data[step] if isinstance(data, list) and step < len(data) else None
        else:
            data = data.get(step) if isinstance(data, dict) else None
        if data is None:
            return None
    return str(data) if isinstance(data, str | int | float) else None


def export_po(paths: CoursePaths, language: str, project_name: str) -> Catalog:
    """Every text of the quizzes, scenarios and worksheets, with its translation so far."""
    try:
        catalog = Catalog(locale=language.replace("-", "_"), project=project_name, fuzzy=False)
    except (UnknownLocaleError, ValueError):
        catalog = Catalog(project=project_name, fuzzy=False)
    for source in source_files(paths):
        file = relative_name(source, paths.root)
        doc = _document(source, file)
        if doc is None:
            continue
        target = translation_path(source, language)
        translated = _document(target, relative_name(target, paths.root)) if target.is_file() else None
        changed = translated is not None and str(translated.data.get(TRANSLATED_FROM)) != source_hash(source)
        for text in texts(doc.data, doc, file):
            words = _lookup(translated.data, text.place) if translated is not None else None
            flags = ("fuzzy",) if changed and words else ()
            catalog.add(text.words, words or "", locations=[(file, text.line)], context=text.context, flags=flags)
    return catalog


def write_catalog(catalog: Catalog, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as out:
        write_po(out, catalog, width=0, sort_output=False)


def import_po(paths: CoursePaths, language: str, po_file: Path) -> list[Path]:
    """Write each translated quiz, scenario and worksheet from a PO file; the files written."""
    with po_file.open("rb") as handle:
        catalog = read_po(handle)
    by_context = {str(message.context): str(message.string) for message in catalog if message.id and message.string}
    written = []
    for source in source_files(paths):
        file = relative_name(source, paths.root)
        doc = _document(source, file)
        if doc is None or not isinstance(doc.data, dict):
            continue
        found = {
            text.place: by_context[text.context] for text in texts(doc.data, doc, file) if text.context in by_context
        }
        if not found:
            continue
        data = {TRANSLATED_FROM: source_hash(source), **_project(doc.data, found, ())}
        target = translation_path(source, language)
        target.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100), encoding="utf-8")
        written.append(target)
    return written


def _project(data: Any, found: dict[tuple[Step, ...], str], place: tuple[Step, ...]) -> Any:
    """The part of the source a translation holds: ids and the module's slug, and the translated words."""
    if isinstance(data, dict):
        kept: dict[str, Any] = {}
        for name, value in data.items():
            here = (*place, str(name))
            if name in ("id", "module") and not isinstance(value, dict | list):
                kept[name] = value
            elif here in found:
                kept[name] = found[here]
            elif isinstance(value, dict | list) and (inner := _project(value, found, here)) not in ({}, []):
                kept[name] = inner
        return kept if any(name not in ("id", "module") for name in kept) or not place else {}
    if isinstance(data, list):
        with_ids = bool(data) and all(isinstance(item, dict) and "id" in item for item in data)
        items: list[Any] = []
        translated = False
        for index, item in enumerate(data):
            here = (*place, ("id", str(item["id"])) if with_ids else index)
            inner = (
                found.get(here)
                if here in found
                else _project(item, found, here)
                if isinstance(item, dict | list)
                else None
            )
            if inner not in (None, {}, []):
                items.append(inner)
                translated = True
            elif not with_ids:
                # A list without ids is matched by position: every item keeps its place (the source's words if need be).
                items.append(_source_words(item))
        return items if translated else []
    return data


def _source_words(item: Any) -> Any:
    """An untranslated item of a list matched by position: its words as in the source, to keep the count."""
    if isinstance(item, dict):
        return {name: value for name, value in item.items() if name in TEXT_KEYS}
    return item
