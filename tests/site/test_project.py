"""mkdocs.yml as the trainers' commands read it: the way MkDocs reads it, tags and INHERIT included."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator._internal.site.project import Project


def _project(tmp_path: Path, text: str, name: str = "mkdocs.yml") -> Path:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_env_tags_give_their_value_or_default_never_a_folder_named_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("COURSE_DOCS", raising=False)
    monkeypatch.setenv("COURSE_QUIZZES", "questions")
    root = _project(
        tmp_path,
        "site_name: X\nsite_url: !ENV [SITE_URL, 'http://127.0.0.1/']\ndocs_dir: !ENV [COURSE_DOCS, lessons]\n"
        "plugins:\n  - search\n  - course:\n      quizzes_dir: !ENV COURSE_QUIZZES\n",
    )
    paths = Project.read(root).paths
    assert paths.docs_dir == root / "lessons"
    assert paths.quizzes_dir == root / "questions"


def test_an_inherited_config_gives_its_parents_folders(tmp_path: Path) -> None:
    _project(tmp_path, "site_name: X\ndocs_dir: pages\nplugins:\n  - course:\n      quizzes_dir: qs\n", "base.yml")
    root = _project(tmp_path, "INHERIT: base.yml\nsite_dir: elsewhere\n")
    paths = Project.read(root).paths
    assert (paths.docs_dir, paths.quizzes_dir) == (root / "pages", root / "qs")


def test_materials_python_tags_are_read_as_mkdocs_reads_them(tmp_path: Path) -> None:
    root = _project(
        tmp_path,
        "site_name: X\nmarkdown_extensions:\n  - pymdownx.emoji:\n"
        "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
        "nav:\n  - index.md\n",
    )
    project = Project.read(root)
    assert project.has_nav and project.paths.docs_dir == root / "docs", "no docs_dir: MkDocs' own default"


@pytest.mark.parametrize(
    "plugins",
    ["plugins: [search, course]", "plugins:\n  search: {}\n  course: {quizzes_dir: qs}", "plugins:\n  - course"],
)
def test_the_course_plugin_is_found_in_every_form_mkdocs_accepts(tmp_path: Path, plugins: str) -> None:
    project = Project.read(_project(tmp_path, f"site_name: X\n{plugins}\n"))
    expected = "qs" if "qs" in plugins else "quizzes"
    assert project.paths.quizzes_dir == tmp_path / expected


def test_no_mkdocs_yml_means_the_standard_layout(tmp_path: Path) -> None:
    paths = Project.read(tmp_path).paths
    assert (paths.docs_dir, paths.quizzes_dir) == (tmp_path / "course", tmp_path / "quizzes")
