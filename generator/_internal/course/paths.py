"""Where a course's files are, and the few patterns read straight from them.

Kept free of heavy imports: the plugin uses it on every build, also when the
rendered course comes from the cache and nothing else of the core is loaded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

MODULE_FILE = re.compile(r"^(?P<number>\d+)-(?P<slug>.+)\.md$")
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
YAML_SUFFIXES = (".yml", ".yaml")
MARKER = re.compile(
    r"^[ \t]*<!--\s*(?P<kind>quiz|scenario|worksheet)(?:\s*:\s*(?P<id>[\w-]+))?\s*-->[ \t]*$", re.MULTILINE
)
TRANSLATION_FILE = re.compile(
    r"^(?P<stem>[^.]+)\.(?P<language>[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.(?P<suffix>md|ya?ml)$"
)
"""A translation beside its source: `01-intro.cy.md`, `01-intro.cy.yml`, `index.ar.md` (DESIGN.md, "Translations")."""
SCENARIOS_DIR = "scenarios"
WORKSHEETS_DIR = "worksheets"


@dataclass(frozen=True)
class CoursePaths:
    """Where a course's files live."""

    root: Path
    docs_dir: Path
    quizzes_dir: Path

    @classmethod
    def under(cls, root: Path, docs_dir: str = "course", quizzes_dir: str = "quizzes") -> CoursePaths:
        """The standard layout of DESIGN.md below `root`."""
        return cls(root, root / docs_dir, root / quizzes_dir)


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """Split Markdown into (front matter YAML or None, body, line of the YAML's first line)."""
    match = FRONT_MATTER.match(text)
    if not match:
        return None, text, 0
    return match["yaml"] or "", text[match.end() :], 2


def yaml_files(folder: Path) -> list[Path]:
    """The YAML files directly in `folder`, by name (none when it does not exist)."""
    if not folder.is_dir():
        return []
    return sorted(
        path
        for path in folder.iterdir()
        if path.is_file() and path.suffix in YAML_SUFFIXES and not TRANSLATION_FILE.match(path.name)
    )


class ModuleFile(NamedTuple):
    """A module page found on disk, by its file name only (its content may be broken)."""

    number: int
    slug: str
    """What follows the number; not always a valid slug (the loader says so)."""
    path: Path


def module_files(docs_dir: Path) -> list[ModuleFile]:
    """Every `NN-slug.md` directly in the course folder, by file name (none when it does not exist).

    A translation (`NN-slug.cy.md`) is no module of its own: `course/translations.py` reads it."""
    if not docs_dir.is_dir():
        return []
    found = []
    for path in sorted(docs_dir.glob("*.md")):
        match = MODULE_FILE.match(path.name)
        if match and not TRANSLATION_FILE.match(path.name):
            found.append(ModuleFile(int(match["number"]), match["slug"], path))
    return found


def course_inputs(paths: CoursePaths) -> list[Path]:
    """Every file the loader reads: the module pages, quizzes, scenarios and worksheets.

    The cache of the rendered course is keyed on exactly these files' contents.
    """
    return [
        *(module.path for module in module_files(paths.docs_dir)),
        *yaml_files(paths.quizzes_dir),
        *yaml_files(paths.quizzes_dir / SCENARIOS_DIR),
        *yaml_files(paths.quizzes_dir / WORKSHEETS_DIR),
        *translations_beside(paths),
    ]


def translation_path(source: Path, language: str) -> Path:
    """Where the translation of `source` into `language` sits: `01-intro.md` -> `01-intro.cy.md`."""
    return source.with_name(f"{source.stem}.{language}{source.suffix}")


def translations_beside(paths: CoursePaths) -> list[Path]:
    """Every translation file (`01-intro.cy.md`, `01-intro.cy.yml`) beside the module pages and YAML files."""
    folders = (paths.docs_dir, paths.quizzes_dir, paths.quizzes_dir / SCENARIOS_DIR, paths.quizzes_dir / WORKSHEETS_DIR)
    return [
        path
        for folder in folders
        if folder.is_dir()
        for path in sorted(folder.iterdir())
        if path.is_file() and TRANSLATION_FILE.match(path.name)
    ]
