"""Every interface string, one data file per language (`strings/<code>.yml`), English the source.

The templates and the browser script both read these tables (the script gets the strings
it names, in the site's language, written into it at build time), so a translator edits
one file. Each file says who drafted it and who reviewed it: a table stays marked
"machine-drafted, needs review" until a native speaker has checked it.

A counted string has one form per plural category its language has in CLDR (zero, one,
two, few, many, other): Welsh and Arabic have six, Ukrainian four, Turkish two. Tables
are flattened to `key_<category>` keys. At build time Babel's CLDR rules pick the form
for a number: for the languages with a table, and numbers below `PLURAL_COUNTS`, from
`plurals.json`, which `make templates` writes with Babel (loading Babel's locale data was
about 140 M instructions of every first build); in the browser `Intl.PluralRules` (the
same CLDR rules, built into every current browser) does, so the script carries no rules.
Placeholders are `{name}`; missing keys fall back to English.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's loader where PyYAML has it: every build reads the English table, and often another."""

STRINGS_DIR = Path(__file__).parent / "strings"
SOURCE_LANGUAGE = "en"
PLURAL_CATEGORIES = ("zero", "one", "two", "few", "many", "other")
"""CLDR's plural categories, in CLDR's order."""
STATUS_DRAFT = "machine-drafted, needs review"
STATUS_REVIEWED = "reviewed"
STATUS_SOURCE = "source"

ALIASES = {"ku-IQ": "ckb", "ku-Arab": "ckb", "ckb-IQ": "ckb"}
"""Other codes of a language we have a table for. Material names Central Kurdish (Sorani) `ku-IQ`;
its code is `ckb`. Plain `ku` is Northern Kurdish (Kurmanji), written in Latin script: no alias."""

RTL_LANGUAGES = frozenset({"ar", "ckb", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi"})
"""Languages written right to left (CLDR's character order; a test compares it with Babel's).

Kurdish: Sorani (`ckb`, Material's `ku-IQ`) is written in Arabic script, right to left; Kurmanji
(`ku`) in Latin script, left to right."""

DATE_LOCALES = {"en": "en-GB", "cy": "cy-GB", "ckb": "ckb-IQ"}
"""The locale whose way of writing dates (and choosing plural forms) the browser follows for a
course in this language: a UK course writes 1 December 2026."""

PROGRESS_STRINGS = frozenset(
    {
        "certificate_completed",
        "certificate_date",
        "certificate_heading",
        "certificate_locked",
        "certificate_make",
        "certificate_modules",
        "certificate_name",
        "certificate_note",
        "certificate_print",
        "certificate_text",
        "certificate_title",
        "import_answers_added",
        "import_quizzes_added",
        "import_quizzes_improved",
        "import_quizzes_kept",
        "import_scenarios_added",
        "import_scenarios_improved",
        "import_scenarios_kept",
        "progress_import",
        "progress_import_failed",
        "progress_import_other_course",
        "progress_import_too_big",
        "progress_merged",
        "progress_reset_confirm",
        "progress_reset_done",
        "progress_unchanged",
        "progress_undo",
        "progress_undone",
    }
)
"""Strings only the progress page's script uses (a counted one with all its forms): written into that
page (`data-strings`), not into course.js, which every page loads."""


@dataclass(frozen=True)
class StringTable:
    """One language's file: its strings (counted ones flattened to `key_<category>`) and its review status."""

    code: str
    name: str
    """The language's name in itself (Cymraeg, العربية): what the language switcher shows."""
    status: str
    reviewed_by: str
    strings: dict[str, str] = field(default_factory=dict)
    plurals: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Counted key -> the categories its file gives, in the file's order."""
    lines: dict[str, int] = field(default_factory=dict)
    """Key (counted ones as `key_<category>`) -> its line in the file, for the completeness test's messages."""


def base_key(key: str) -> str:
    """`import_quizzes_added_few` -> `import_quizzes_added`; any other key as it is."""
    head, _, tail = key.rpartition("_")
    return head if head and tail in PLURAL_CATEGORIES else key


def read_table(path: Path) -> StringTable:
    """One strings file (`strings/cy.yml`), counted strings flattened."""
    loader = _Loader(path.read_text(encoding="utf-8"))  # parsed once: the nodes give the lines, then the data
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else {}
    finally:
        loader.dispose()
    lines = _key_lines(node)
    strings: dict[str, str] = {}
    plurals: dict[str, tuple[str, ...]] = {}
    for key, value in (data.get("strings") or {}).items():
        if not isinstance(key, str):  # `true:` is YAML's true, not the key "true"
            raise ValueError(f"{path}:{_line_of(node, key)}: write the key {key!r} in quotes.")
        if isinstance(value, dict):
            plurals[key] = tuple(value)
            strings.update({f"{key}_{form}": str(text) for form, text in value.items()})
        else:
            strings[key] = str(value)
    return StringTable(
        code=str(data.get("language") or path.stem),
        name=str(data.get("name") or path.stem),
        status=str(data.get("status") or STATUS_DRAFT),
        reviewed_by=str(data.get("reviewed_by") or ""),
        strings=strings,
        plurals=plurals,
        lines=lines,
    )


def _line_of(node: Any, key: object) -> int:
    """The line of a key YAML read as another type (`true`), for the message."""
    lines = _key_lines(node)
    return next((line for name, line in lines.items() if name.lower() == str(key).lower()), 0)


def _key_lines(node: Any) -> dict[str, int]:
    """The line of each string (and each form of a counted one) under `strings:`."""
    lines: dict[str, int] = {}
    if not isinstance(node, yaml.MappingNode):
        return lines
    for key_node, value_node in node.value:
        if key_node.value != "strings" or not isinstance(value_node, yaml.MappingNode):
            continue
        for name, value in value_node.value:
            lines[name.value] = name.start_mark.line + 1
            if isinstance(value, yaml.MappingNode):
                for form, _text in value.value:
                    lines[f"{name.value}_{form.value}"] = form.start_mark.line + 1
    return lines


@lru_cache(maxsize=32)
def table(code: str) -> StringTable | None:
    """The shipped table of exactly `code` (`cy`, `ckb`), or None."""
    path = STRINGS_DIR / f"{code}.yml"
    return read_table(path) if path.is_file() else None


def languages() -> tuple[str, ...]:
    """Every language the generator has interface strings for, English first."""
    codes = sorted(path.stem for path in STRINGS_DIR.glob("*.yml") if path.stem != SOURCE_LANGUAGE)
    return (SOURCE_LANGUAGE, *codes)


def table_code(language: str | None) -> str | None:
    """The table that serves `language` ('fr', 'fr_CA', 'fr-CA', Material's 'ku-IQ'), or None."""
    if not language:
        return None
    code = str(language).replace("_", "-")
    for candidate in (code, ALIASES.get(code), code.split("-")[0]):
        if candidate and (STRINGS_DIR / f"{candidate}.yml").is_file():
            return candidate
    return None


def language_code(language: str | None) -> str:
    """The language's code as CLDR knows it, for plural rules and direction (`ku-IQ` -> `ckb`, `fr-CA` -> `fr`)."""
    code = str(language or SOURCE_LANGUAGE).replace("_", "-")
    return ALIASES.get(code) or code.split("-")[0]


def strings_for(language: str | None) -> dict[str, str]:
    """The strings for `language`, English where its table has gaps (or where there is no table)."""
    english = table(SOURCE_LANGUAGE)
    strings = dict(english.strings) if english else {}
    code = table_code(language)
    own = table(code) if code and code != SOURCE_LANGUAGE else None
    if own is not None:
        # A counted string takes the language's own forms whole (never a mix with English's).
        for key in own.plurals:
            for form in PLURAL_CATEGORIES:
                strings.pop(f"{key}_{form}", None)
        strings.update(own.strings)
    return strings


def language_name(language: str | None) -> str:
    """The language's own name, from its table (the code itself when there is none)."""
    code = table_code(language)
    found = table(code) if code else None
    return found.name if found is not None else str(language)


PLURALS = Path(__file__).with_name("plurals.json")
PLURAL_COUNTS = 200
"""`plurals.json` holds each table language's category of 0 to 199: counts a course shows (questions, modules)."""
_CATEGORY_LETTERS = {"z": "zero", "o": "one", "t": "two", "f": "few", "m": "many", "x": "other"}


def plural_rows() -> dict[str, str]:
    """What `plurals.json` holds, from Babel: each table language's category of 0 to 199, a letter each."""
    letters = {category: letter for letter, category in _CATEGORY_LETTERS.items()}
    rows = {}
    for code in languages():
        rule = _plural_rule(code)
        if rule is not None:
            rows[language_code(code)] = "".join(letters[str(rule(count))] for count in range(PLURAL_COUNTS))
    return rows


@lru_cache(maxsize=1)
def _shipped_plurals() -> dict[str, str]:
    try:
        rows = json.loads(PLURALS.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(rows, dict):
        return {}
    return {
        str(code): row
        for code, row in rows.items()
        if isinstance(row, str) and len(row) == PLURAL_COUNTS and set(row) <= set(_CATEGORY_LETTERS)
    }


@lru_cache(maxsize=32)
def _plural_rule(language: str | None) -> Any:
    """Babel's CLDR plural rule for `language`, or None for a language CLDR does not know."""
    from babel import Locale, UnknownLocaleError  # noqa: PLC0415 - only counted strings need it

    try:
        return Locale.parse(language_code(language)).plural_form
    except (UnknownLocaleError, ValueError):
        return None


def plural_forms(language: str | None) -> tuple[str, ...]:
    """The plural categories CLDR gives `language`, in CLDR's order (`other` last; only `other` if unknown)."""
    rule = _plural_rule(language)
    tags = rule.tags if rule is not None else set()
    return (*(form for form in PLURAL_CATEGORIES if form in tags and form != "other"), "other")


def plural_category(language: str | None, count: int) -> str:
    """The CLDR plural category of `count` in `language` (Welsh: 0 zero, 1 one, 2 two, 3 few, 6 many)."""
    row = _shipped_plurals().get(language_code(language))
    if row is not None and 0 <= count < PLURAL_COUNTS:
        return _CATEGORY_LETTERS[row[count]]
    rule = _plural_rule(language)
    return str(rule(count)) if rule is not None else "other"


def format_text(strings: Mapping[str, str], language: str | None, key: str, **values: Any) -> str:
    """One string with its placeholders filled; a counted one in the form for `values["count"]`."""
    if key not in strings and f"{key}_other" in strings:
        form = f"{key}_{plural_category(language, int(values['count']))}"
        key = form if form in strings else f"{key}_other"
    return strings[key].format(**values)


def is_rtl(language: str | None) -> bool:
    """Whether the interface language is written right to left (`ku-IQ` and `ckb` are; `ku` is not)."""
    return bool(language) and language_code(language) in RTL_LANGUAGES


def date_locale(language: str | None) -> str:
    """The BCP 47 locale the browser writes dates and picks plural forms in (`en` -> `en-GB`, `ku-IQ` -> `ckb-IQ`)."""
    code = str(language or SOURCE_LANGUAGE).replace("_", "-")
    return DATE_LOCALES.get(code) or DATE_LOCALES.get(language_code(code)) or code
