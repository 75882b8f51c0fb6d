"""Run `mkdocs build` with callgrind's counters written at each phase's end (used by benchmarks/phases.py).

    python benchmarks/_phase_hooks.py SHIM CONFIG SITE    (under valgrind --tool=callgrind)

SHIM is a tiny shared library whose `cg_dump(name)` is callgrind's CALLGRIND_DUMP_STATS_AT client
request: each dump holds the instructions run since the last one, named for the phase that ends there.
A name starts with the build's depth (1: the learners' site, 2: the trainers' guide built inside it).
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

_shim = ctypes.CDLL(sys.argv[1])


def dump(name: str) -> None:
    _shim.cg_dump(name.encode())


import mkdocs.commands.build as build_module  # noqa: E402 - after the first dump's start
import mkdocs.config as config_module  # noqa: E402
from mkdocs.__main__ import cli  # noqa: E402
from mkdocs.plugins import PluginCollection  # noqa: E402

dump("0:imports")
depth = [0]
seen: dict[int, set[str]] = {}


def _wrap_load_config(real: Any) -> Any:
    def load_config(*args: Any, **kwargs: Any) -> Any:
        dump(f"{depth[0] + 1}:other")
        result = real(*args, **kwargs)
        dump(f"{depth[0] + 1}:config")
        return result

    return load_config


def _wrap_build(real: Any) -> Any:
    def build(*args: Any, **kwargs: Any) -> Any:
        depth[0] += 1
        seen[depth[0]] = set()
        try:
            return real(*args, **kwargs)
        finally:
            dump(f"{depth[0]}:post_build")
            depth[0] -= 1

    return build


def _first(name: str, label: str, real: Any) -> Any:
    """`real`, with a dump before its first call in each build (the phase before it ends there)."""

    def first(*args: Any, **kwargs: Any) -> Any:
        if name not in seen[depth[0]]:
            seen[depth[0]].add(name)
            dump(f"{depth[0]}:{label}")
        return real(*args, **kwargs)

    return first


config_module.load_config = _wrap_load_config(config_module.load_config)
build_module.build = _wrap_build(build_module.build)
build_module._populate_page = _first("populate", "files", build_module._populate_page)
build_module._build_page = _first("page", "static", build_module._build_page)
_run_event = PluginCollection.run_event


def run_event(self: PluginCollection, name: str, item: Any = None, **kwargs: Any) -> Any:
    if name == "files":
        dump(f"{depth[0]}:files")
        _patch_course()
    elif name == "env":
        dump(f"{depth[0]}:markdown")
    elif name == "post_build":
        dump(f"{depth[0]}:templates")
    result = _run_event(self, name, item, **kwargs)
    if name == "files":
        dump(f"{depth[0]}:course")
    elif name == "env":
        dump(f"{depth[0]}:markdown")
    return result


PluginCollection.run_event = run_event  # type: ignore[method-assign]


def _patch_course() -> None:
    """Dumps around the course's reading and rendering, once the plugin has imported the generator."""
    if "generator._internal.assembly.build" not in sys.modules or getattr(_patch_course, "done", False):
        return
    setattr(_patch_course, "done", True)  # noqa: B010
    from generator._internal.course import loader  # noqa: PLC0415 - the course build's own import
    from generator._internal.render import renderer  # noqa: PLC0415

    read_course, render_parts = loader._Loading.run, renderer.Renderer.parts

    def read(self: Any) -> Any:
        dump(f"{depth[0]}:course")
        result = read_course(self)
        dump(f"{depth[0]}:read")
        return result

    def render(self: Any, *args: Any, **kwargs: Any) -> Any:
        dump(f"{depth[0]}:course")
        result = render_parts(self, *args, **kwargs)
        dump(f"{depth[0]}:render")
        return result

    loader._Loading.run = read  # type: ignore[method-assign]
    renderer.Renderer.parts = render  # type: ignore[method-assign]


sys.argv = ["mkdocs", "build", "-q", "-f", sys.argv[2], "-d", sys.argv[3]]
try:
    cli()
finally:
    dump("0:exit")
