"""The course's other pages (home, glossary, the trainers' guide): readable, with sound front matter.

The loader checks module pages in full; every other Markdown page in the course folder is
checked here for what would otherwise stop or quietly spoil a build: a file that is not
UTF-8 (MkDocs stops with a traceback, and the preview hangs), front matter that is not valid
YAML (MkDocs silently shows it as text and loses the title), and a missing or empty home page.
Light on purpose (PyYAML only): it runs on every build, also when the course comes from the cache.
"""

from __future__ import annotations

from pathlib import Path

from .paths import MODULE_FILE, CoursePaths, split_front_matter
from .problems import Problem, relative_name
from .yaml_lines import parse_yaml, read_text

HOME_PAGE = "index.md"


def content_pages(docs_dir: Path) -> list[Path]:
    """Every Markdown page MkDocs would build, by path (hidden files and folders left out, as MkDocs does)."""
    if not docs_dir.is_dir():
        return []
    return sorted(
        path
        for path in docs_dir.rglob("*.md")
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(docs_dir).parts)
    )


def is_module_page(path: Path, docs_dir: Path) -> bool:
    """A module page (`NN-slug.md` directly in the course folder): the loader checks those."""
    return path.parent == docs_dir and MODULE_FILE.match(path.name) is not None


def check_pages(paths: CoursePaths) -> list[Problem]:
    """Problems of the pages that are not modules, and of the home page's absence."""
    if not paths.docs_dir.is_dir():
        return []  # the loader reports the missing course folder
    problems: list[Problem] = []
    home = paths.docs_dir / HOME_PAGE
    if not home.is_file():
        problems.append(
            Problem(
                relative_name(home, paths.root),
                0,
                "the course has no home page.",
                f"Create {relative_name(home, paths.root)} with a title and a few lines about the course: "
                "what it is, who it is for and how long it takes (`course init` writes an example).",
            )
        )
    for path in content_pages(paths.docs_dir):
        if not is_module_page(path, paths.docs_dir):
            problems.extend(check_page(path, relative_name(path, paths.root), is_home=path == home))
    return problems


def check_page(path: Path, file: str, *, is_home: bool = False) -> list[Problem]:
    """One page: UTF-8, front matter that is valid YAML `key: value` lines, and (the home page) not empty."""
    text, problems = read_text(path, file)
    if text is None:
        return problems
    if is_home and not text.strip():
        return [
            Problem(
                file,
                0,
                "the home page is empty.",
                "Write the course's title and a few lines about it: what it is, who it is for, how long it "
                "takes. Learners see this page first.",
            )
        ]
    yaml_text, _body, _first = split_front_matter(text)
    if yaml_text is None:
        if text.startswith("---\n") or text.rstrip() == "---":
            problems.append(
                Problem(
                    file,
                    1,
                    "the front matter starts with '---' but is never closed.",
                    "Add a line with only '---' after the last front matter line (such as `title:`).",
                )
            )
        return problems
    doc, yaml_problems = parse_yaml(yaml_text, file, line_offset=1)
    problems.extend(yaml_problems)
    if doc is not None and doc.data is not None and not isinstance(doc.data, dict):
        problems.append(
            Problem(
                file,
                2,
                "the front matter should be `key: value` lines.",
                "Write for example `title: The page's title` between the two '---' lines.",
            )
        )
    return problems
