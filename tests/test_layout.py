"""The generator's tree is its pipeline: each stage in its own folder, importing only the stages before it.

Read from the source (every import, those inside functions included), so a lazy import
cannot hide a cycle or a stage reaching forward. The stages, in the order files flow:

    course -> render -> frontend -> assembly -> packages -> site -> tools

`course` turns trainer files into a checked model (PyYAML, pydantic); `render` turns it into
HTML fragments (Jinja2, markdown-it); `frontend` is the browser's files; `assembly` is one
build of one course (memory and disk cache); `packages` writes SCORM and offline zips; `site`
is the MkDocs adapter, the only folder that imports MkDocs; `tools` are the trainers' commands.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from tests.helpers import REPO

PACKAGE = REPO / "generator"
INTERNAL = PACKAGE / "_internal"
STAGES = ("course", "render", "frontend", "assembly", "packages", "site", "tools")
ONLY_IN = {
    "mkdocs": {"site"},
    "material": {"site"},
    "jinja2": {"render"},
    "markupsafe": {"render"},
    "markdown_it": {"render"},
}
"""Third-party packages and the only stages that may import them."""
MUTATING_METHODS = {"append", "extend", "insert", "update", "setdefault", "pop", "popitem", "clear", "add", "remove"}


@dataclass(frozen=True)
class Import:
    """One import in one module of the generator, with its line."""

    module: str
    target: str
    line: int


def _module_name(path: Path, root: Path) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@dataclass(frozen=True)
class Tree:
    """The modules of a package and every import in them (at the top, inside functions, under TYPE_CHECKING)."""

    modules: dict[str, ast.Module]
    imports: tuple[Import, ...]

    @classmethod
    def read(cls, package: Path, root: Path) -> Tree:
        """Every module below `package`, named from `root` (the folder `import` starts from)."""
        sources = {
            _module_name(path, root): (path, ast.parse(path.read_text(encoding="utf-8")))
            for path in package.rglob("*.py")
        }

        def is_module(name: str) -> bool:
            folder = root.joinpath(*name.split("."))
            return folder.with_suffix(".py").is_file() or (folder / "__init__.py").is_file()

        found = []
        for module, (path, tree) in sources.items():
            package_name = module if path.name == "__init__.py" else module.rpartition(".")[0]
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    found += [Import(module, alias.name, node.lineno) for alias in node.names]
                elif isinstance(node, ast.ImportFrom):
                    base = node.module or ""
                    if node.level:
                        anchor = package_name.split(".")
                        anchor = anchor[: len(anchor) - node.level + 1]
                        base = ".".join([*anchor, *([base] if base else [])])
                    found.append(Import(module, base, node.lineno))
                    for alias in node.names:  # `from . import assets` imports the module `assets`
                        if is_module(f"{base}.{alias.name}"):
                            found.append(Import(module, f"{base}.{alias.name}", node.lineno))
        return cls({name: tree for name, (_path, tree) in sources.items()}, tuple(found))

    def forward_imports(self) -> list[str]:
        """Imports of a later stage (`site` from `render`, say)."""
        return [
            f"{item.module}:{item.line} imports {item.target}"
            for item in self.imports
            if (own := _stage(item.module)) is not None
            and (other := _stage(item.target)) is not None
            and STAGES.index(other) > STAGES.index(own)
        ]

    def cycles(self) -> list[list[str]]:
        """Every cycle of imports between the package's own modules found by a depth-first walk."""
        graph: dict[str, set[str]] = {}
        for item in self.imports:
            if item.target in self.modules and item.target != item.module:
                graph.setdefault(item.module, set()).add(item.target)
        found: list[list[str]] = []
        state: dict[str, int] = {}  # 1: on the current path; 2: done
        path: list[str] = []

        def visit(name: str) -> None:
            state[name] = 1
            path.append(name)
            for target in sorted(graph.get(name, ())):
                if state.get(target) == 1:
                    found.append([*path[path.index(target) :], target])
                elif target not in state:
                    visit(target)
            path.pop()
            state[name] = 2

        for name in sorted(graph):
            if name not in state:
                visit(name)
        return found


@cache
def _generator() -> Tree:
    return Tree.read(PACKAGE, REPO)


def _stage(module: str) -> str | None:
    parts = module.split(".")
    return parts[2] if len(parts) > 2 and parts[:2] == ["generator", "_internal"] else None


def test_every_module_of_the_generator_sits_in_a_stage() -> None:
    flat = [path.name for path in INTERNAL.glob("*.py") if path.name != "__init__.py"]
    assert flat == [], "modules left flat in generator/_internal: move each into its stage's folder"
    folders = sorted(path.name for path in INTERNAL.iterdir() if path.is_dir() and path.name != "__pycache__")
    assert folders == sorted(STAGES)
    assert sorted(path.name for path in PACKAGE.glob("*.py")) == ["__init__.py", "cli.py", "plugin.py"]


def test_stages_import_only_the_stages_before_them() -> None:
    assert _generator().forward_imports() == []


@pytest.mark.parametrize("library", sorted(ONLY_IN))
def test_a_library_is_imported_only_by_its_stage(library: str) -> None:
    outside = [
        f"{item.module}:{item.line}"
        for item in _generator().imports
        if item.target.split(".")[0] == library and _stage(item.module) not in ONLY_IN[library]
    ]
    assert outside == [], f"{library} is imported outside {sorted(ONLY_IN[library])}"


def test_the_course_stage_imports_neither_templates_nor_markdown_nor_mkdocs() -> None:
    """Said once more on its own: the loading stage must stay portable and light."""
    heavy = {"jinja2", "markupsafe", "markdown_it", "mkdocs", "material"}
    used = {item.target.split(".")[0] for item in _generator().imports if _stage(item.module) == "course"}
    assert used & heavy == set()


def test_there_is_no_import_cycle_not_even_a_lazy_one() -> None:
    assert _generator().cycles() == []


def test_the_checks_see_a_lazy_cycle_and_a_lazy_forward_import(tmp_path: Path) -> None:
    """The tests above can fail: a fake generator whose renderer imports the site inside a function."""
    internal = tmp_path / "generator" / "_internal"
    for folder in ("render", "site"):
        (internal / folder).mkdir(parents=True)
        (internal / folder / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "generator" / "__init__.py").write_text("", encoding="utf-8")
    (internal / "__init__.py").write_text("", encoding="utf-8")
    (internal / "render" / "renderer.py").write_text(
        "def render():\n    from ..site.plugin import Plugin\n    return Plugin\n", encoding="utf-8"
    )
    (internal / "site" / "plugin.py").write_text("from ..render.renderer import render\n", encoding="utf-8")
    fake = Tree.read(tmp_path / "generator", tmp_path)
    assert fake.forward_imports() == ["generator._internal.render.renderer:2 imports generator._internal.site.plugin"]
    assert fake.cycles() == [
        [
            "generator._internal.render.renderer",
            "generator._internal.site.plugin",
            "generator._internal.render.renderer",
        ]
    ]


def _module_state(tree: ast.Module) -> set[str]:
    """Names bound at module level to a mutable container (a dict, list or set)."""
    names = set()
    for node in tree.body:
        value = node.value if isinstance(node, ast.Assign | ast.AnnAssign) else None
        targets = (
            node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        )
        mutable = isinstance(value, ast.Dict | ast.List | ast.Set | ast.DictComp | ast.ListComp | ast.SetComp) or (
            isinstance(value, ast.Call)
            and isinstance(value.func, ast.Name)
            and value.func.id in {"dict", "list", "set"}
        )
        if mutable:
            names |= {target.id for target in targets if isinstance(target, ast.Name)}
    return names


def test_no_function_changes_module_level_state() -> None:
    """State that outlives a build lives on the plugin instance (`BuildMemory`), never in module globals."""
    changed = []
    for module, tree in _generator().modules.items():
        state = _module_state(tree)
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(function):
                if isinstance(node, ast.Global):
                    changed.append(f"{module}:{node.lineno}: global {', '.join(node.names)}")
                elif isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Store | ast.Del):
                    if isinstance(node.value, ast.Name) and node.value.id in state:
                        changed.append(f"{module}:{node.lineno}: {node.value.id}[...] changed")
                elif (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name)
                    and node.func.value.id in state
                    and node.func.attr in MUTATING_METHODS
                ):
                    changed.append(f"{module}:{node.lineno}: {node.func.value.id}.{node.func.attr}()")
    assert changed == []


def test_the_state_checker_sees_a_memo_global() -> None:
    tree = ast.parse("_MEMORY = {}\n\ndef keep(key, value):\n    _MEMORY[key] = value\n    _MEMORY.clear()\n")
    assert _module_state(tree) == {"_MEMORY"}
