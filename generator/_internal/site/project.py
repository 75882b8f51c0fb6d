"""A course project's `mkdocs.yml`, read and checked the way MkDocs reads it.

The trainers' commands need a few settings before any build (where the course
and quiz folders are, whether the menu is written by hand). They are read with
MkDocs' own YAML loader, so `!ENV`, `INHERIT` and Material's `!!python/name:`
tags mean what they mean to `mkdocs build`, never a folder named "None".

`Project.check` also turns every mistake MkDocs would stop on (or, with `--strict`,
warn about) into a `Problem` with its line: a colon in a value, a file that is not
UTF-8, a setting MkDocs refuses, a misspelt setting, a missing `course` plugin.
MkDocs stops at its first refused setting; the check keeps going, so a trainer
sees them all at once.
"""

from __future__ import annotations

import copy
import io
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import ConfigurationError
from mkdocs.utils.yaml import get_yaml_loader, yaml_load

from ..course.paths import CoursePaths
from ..course.problems import Problem, did_you_mean
from ..course.yaml_lines import PathKey, node_lines, read_text

CONFIG_FILE = "mkdocs.yml"
DEFAULT_DOCS_DIR = "course"
"""DESIGN.md's layout, when there is no mkdocs.yml to say otherwise."""
MKDOCS_DOCS_DIR = "docs"
"""MkDocs' own default, when mkdocs.yml has no `docs_dir`."""
CONFIGURATION_HELP = "https://www.mkdocs.org/user-guide/configuration/"
_MAX_ROUNDS = 12
"""MkDocs stops at the first refused setting; at most this many are found, one per round."""
_OPTION = re.compile(r"[Pp]lugin '(?P<plugin>[^']+)' option '(?P<option>[^']+)'")
DEFAULT_QUIZZES_DIR = "quizzes"


class _Loader(get_yaml_loader()):  # type: ignore[misc]
    """MkDocs' loader; `!relative` (which needs a page being built) reads as None here."""


_Loader.add_constructor("!relative", lambda loader, node: None)


@dataclass(frozen=True)
class Project:
    """The folder holding `mkdocs.yml`, and that file's settings (empty when it is missing)."""

    root: Path
    settings: dict[str, Any] = field(default_factory=dict)
    lines: dict[PathKey, int] = field(default_factory=dict)
    """The line of each key and item of mkdocs.yml (empty when it was not checked)."""
    exists: bool = False

    @classmethod
    def read(cls, root: Path) -> Project:
        """The project at `root`; a file MkDocs cannot read raises `ConfigurationError`."""
        config_file = root / CONFIG_FILE
        if not config_file.is_file():
            return cls(root)
        with config_file.open("rb") as stream:
            loaded = yaml_load(stream, loader=_Loader)
        return cls(root, loaded if isinstance(loaded, dict) else {}, exists=True)

    @classmethod
    def check(cls, root: Path) -> tuple[Project | None, list[Problem]]:
        """The project and every problem of its mkdocs.yml; None when the file cannot be read at all."""
        config_file = root / CONFIG_FILE
        if not config_file.is_file():
            return None, [
                Problem(
                    CONFIG_FILE,
                    0,
                    f"there is no {CONFIG_FILE} in {root}, so this is not a course folder.",
                    f"Run the command in the folder that holds {CONFIG_FILE}, or add --project FOLDER. "
                    'To start a new course: course init FOLDER --title "The course\'s title"',
                )
            ]
        text, problems = read_text(config_file, CONFIG_FILE)
        if text is None:
            return None, problems
        lines, problems = node_lines(text, CONFIG_FILE)
        if lines is None:
            return None, problems
        try:
            stream = io.BytesIO(text.encode("utf-8"))
            stream.name = str(config_file)  # INHERIT is found from the file's folder
            loaded = yaml_load(stream, loader=_Loader)
        except (ConfigurationError, ValueError, ImportError) as error:
            where = lines.get(("INHERIT",), 1) if "INHERIT" in text else 1
            return None, [
                Problem(CONFIG_FILE, where, f"MkDocs cannot read this file: {error}", "Correct the line named.")
            ]
        if not isinstance(loaded, dict):
            return None, [
                Problem(CONFIG_FILE, 1, "the file should be `key: value` lines.", "Start with `site_name: ...`.")
            ]
        project = cls(root, loaded, lines, exists=True)
        return project, project._validation_problems() + project._plugin_problems()

    def _validation_problems(self) -> list[Problem]:
        """What MkDocs' own validation refuses or warns about, each at its line.

        MkDocs stops at the first setting it refuses (and at the first plugin it cannot load):
        each round sets that one aside, as MkDocs' default or without that plugin, and checks again.
        """
        settings = copy.deepcopy(self.settings)
        found: dict[tuple[str, str], Problem] = {}
        with tempfile.TemporaryDirectory(prefix="course-check-") as stand_in:
            for _round in range(_MAX_ROUNDS):
                config = MkDocsConfig(config_file_path=str(self.root / CONFIG_FILE))
                config.load_dict(copy.deepcopy(settings))
                failed, warnings = config.validate()
                for key, warning in warnings:
                    found.setdefault((key, str(warning)), self._problem(key, str(warning), refused=False))
                if not failed:
                    break
                key, error = failed[0]
                if key == "plugins" or not any(seen == key for seen, _message in found):
                    found.setdefault((key, str(error)), self._problem(key, str(error), refused=True))
                if not _set_aside(settings, key, str(error), stand_in):
                    break
        return list(found.values())

    def _problem(self, key: str, message: str, *, refused: bool) -> Problem:
        line = self.lines.get((key,), 0)
        option = _OPTION.search(message)
        if option and key == "plugins":
            line = self._plugin_line(option["plugin"], option["option"]) or line
        if message.startswith("Unrecognised configuration name"):
            known = [name for name, _option in MkDocsConfig._schema]
            return Problem(
                CONFIG_FILE,
                line,
                f'unknown setting "{key}".{did_you_mean(key, known)}',
                f"Check the spelling, or remove the line; MkDocs' settings: {CONFIGURATION_HELP}",
            )
        if key == "docs_dir":
            value = self.settings.get("docs_dir")
            return Problem(
                CONFIG_FILE,
                line,
                f'the course folder "{value}" (docs_dir) does not exist.',
                "Set docs_dir to the folder that holds index.md and the modules (usually `course`), "
                "or create that folder.",
            )
        if option and key == "plugins":
            detail = _plain_types(message[option.end() :].lstrip(": ")).rstrip(".")
            if detail.startswith("Unrecognised configuration name"):
                detail = "there is no such option"
            return Problem(
                CONFIG_FILE,
                line,
                f'the {option["plugin"]} plugin\'s option "{option["option"]}": {detail}.',
                "Correct the option, or remove it"
                + (" (the options are listed in the trainers' guide)." if option["plugin"] == "course" else "."),
            )
        not_installed = re.search(r'The "(?P<name>[^"]+)" plugin is not installed', message)
        if not_installed:
            return Problem(
                CONFIG_FILE,
                self._plugin_line(not_installed["name"]) or line,
                f'the plugin "{not_installed["name"]}" is not installed.',
                "Check its name under plugins, install it (pip install ...), or remove the line.",
            )
        what = "MkDocs refuses this setting" if refused else "MkDocs warns about this setting (a strict build stops)"
        return Problem(
            CONFIG_FILE,
            line,
            f"{key}: {what}: {_plain_types(message).rstrip('.')}.",
            f"Correct it; MkDocs' settings are explained at {CONFIGURATION_HELP}",
        )

    def plugin_line(self, plugin: str, option: str | None = None) -> int:
        """The line of `plugin`'s entry under plugins, or of its `option` (0 when unknown)."""
        return self._plugin_line(plugin, option)

    def _plugin_line(self, plugin: str, option: str | None = None) -> int:
        """The line of `plugin`'s entry under plugins, or of its `option`."""
        plugins = self.settings.get("plugins") or []
        for index, entry in enumerate(plugins if isinstance(plugins, list) else []):
            if entry == plugin or (isinstance(entry, dict) and plugin in entry):
                inside = self.lines.get(("plugins", index, plugin, option)) if option else None
                return inside or self.lines.get(("plugins", index), 0)
        return self.lines.get(("plugins", plugin, *((option,) if option else ())), 0)

    def _plugin_problems(self) -> list[Problem]:
        """The `course` plugin must be listed: without it the site builds with no quizzes at all."""
        plugins = self.settings.get("plugins")
        names = [
            next(iter(entry)) if isinstance(entry, dict) and entry else entry
            for entry in (plugins if isinstance(plugins, list) else list(plugins or {}))
        ]
        if "course" in names:
            return []
        line = self.lines.get(("plugins",), 0)
        return [
            Problem(
                CONFIG_FILE,
                line,
                "the `course` plugin is not listed under `plugins:`, so the site would have no quizzes, "
                "scenarios or progress page.",
                "Add it under plugins (after search):\n    plugins:\n      - search\n      - course",
            )
        ]

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
        docs_dir = self.settings.get("docs_dir") or (MKDOCS_DOCS_DIR if self.exists else DEFAULT_DOCS_DIR)
        quizzes_dir = self.plugin_options.get("quizzes_dir") or DEFAULT_QUIZZES_DIR
        return CoursePaths(self.root, self.root / str(docs_dir), self.root / str(quizzes_dir))

    @property
    def has_nav(self) -> bool:
        """Whether the menu is written by hand (`nav:`), so a new page must be added to it."""
        return bool(self.settings.get("nav"))


__all__ = ["ConfigurationError", "Project"]


_TYPE_NAMES = {"bool": "true or false", "int": "a whole number", "str": "text", "list": "a list", "dict": "settings"}
_EXPECTED = re.compile(r"Expected type: <class '(?P<expected>\w+)'> but received: <class '(?P<received>\w+)'>")
_PLUGIN_NAMED = re.compile(r"""[Pp]lugin ['"](?P<name>[^'"]+)['"]|["'](?P<other>[^'"]+)["'] plugin""")


def _plain_types(message: str) -> str:
    """MkDocs' "Expected type: <class 'bool'> but received: <class 'str'>" in a trainer's words."""
    return _EXPECTED.sub(
        lambda match: (
            f"it should be {_TYPE_NAMES.get(match['expected'], match['expected'])}, "
            f"not {_TYPE_NAMES.get(match['received'], match['received'])}"
        ),
        message,
    )


def _set_aside(settings: dict[str, Any], key: str, message: str, stand_in: str) -> bool:
    """Change `settings` so the refused `key` passes next time; False when nothing more can be done."""
    named = _PLUGIN_NAMED.search(message)
    plugins = settings.get("plugins")
    if key == "plugins" and named and isinstance(plugins, list):
        name = named["name"] or named["other"]
        kept = [entry for entry in plugins if entry != name and not (isinstance(entry, dict) and name in entry)]
        if len(kept) < len(plugins):
            settings["plugins"] = kept
            return True
    if key in settings:
        settings.pop(key)  # MkDocs' default
        return True
    if key == "docs_dir":  # its default (`docs`) does not exist either: an empty folder will do
        settings[key] = stand_in
        return True
    return False
