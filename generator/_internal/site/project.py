"""A course project's `mkdocs.yml`, read the way MkDocs reads it.

The trainers' commands need a few settings before any build (where the course
and quiz folders are, whether the menu is written by hand). They are read with
MkDocs' own YAML loader, so `!ENV`, `INHERIT` and Material's `!!python/name:`
tags mean what they mean to `mkdocs build`, never a folder named "None".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mkdocs.exceptions import ConfigurationError
from mkdocs.utils.yaml import get_yaml_loader, yaml_load

from ..course.paths import CoursePaths

CONFIG_FILE = "mkdocs.yml"
DEFAULT_DOCS_DIR = "course"
"""DESIGN.md's layout; MkDocs' own default (`docs`) is not a course's."""
DEFAULT_QUIZZES_DIR = "quizzes"


class _Loader(get_yaml_loader()):  # type: ignore[misc]
    """MkDocs' loader; `!relative` (which needs a page being built) reads as None here."""


_Loader.add_constructor("!relative", lambda loader, node: None)


@dataclass(frozen=True)
class Project:
    """The folder holding `mkdocs.yml`, and that file's settings (empty when it is missing)."""

    root: Path
    settings: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def read(cls, root: Path) -> Project:
        """The project at `root`; a file MkDocs cannot read raises `ConfigurationError`."""
        config_file = root / CONFIG_FILE
        if not config_file.is_file():
            return cls(root)
        with config_file.open("rb") as stream:
            loaded = yaml_load(stream, loader=_Loader)
        return cls(root, loaded if isinstance(loaded, dict) else {})

    @property
    def plugin_options(self) -> dict[str, Any]:
        """The `course` plugin's options in `plugins:` ({} when it has none).

        MkDocs accepts a list (`- course` or `- course: {options}`) or a mapping.
        """
        plugins = self.settings.get("plugins") or []
        entries = plugins if isinstance(plugins, list) else [plugins] if isinstance(plugins, dict) else []
        for entry in entries:
            if entry == "course":
                return {}
            if isinstance(entry, dict) and "course" in entry:
                options = entry["course"]
                return options if isinstance(options, dict) else {}
        return {}

    @property
    def paths(self) -> CoursePaths:
        """Where the course's files are."""
        docs_dir = self.settings.get("docs_dir") or DEFAULT_DOCS_DIR
        quizzes_dir = self.plugin_options.get("quizzes_dir") or DEFAULT_QUIZZES_DIR
        return CoursePaths(self.root, self.root / str(docs_dir), self.root / str(quizzes_dir))

    @property
    def has_nav(self) -> bool:
        """Whether the menu is written by hand (`nav:`), so a new page must be added to it."""
        return bool(self.settings.get("nav"))


__all__ = ["ConfigurationError", "Project"]
