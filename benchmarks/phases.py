"""Where a first build's instructions go, phase by phase, for plain MkDocs + Material and the course.

`benchmarks/instructions.py` gives each build's total; this splits both builds at the same points of
MkDocs' build (and, for the course, around its reading and rendering), so the generator's own cost
shows where it is: its imports, reading, rendering, its page hooks, the trainers' guide. Needs valgrind
and a C compiler (callgrind's client request is a C macro: a three-line library is compiled for it).
Slow, like instructions.py: a few minutes at 200 modules.

    .venv/bin/python benchmarks/phases.py            # this course
    .venv/bin/python benchmarks/phases.py 200        # a generated course of 200 modules
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.instructions import first_build_twins

HOOKS = Path(__file__).resolve().parent / "_phase_hooks.py"
SHIM = """#include <valgrind/callgrind.h>
void cg_dump(const char *name) { CALLGRIND_DUMP_STATS_AT(name); }
"""
PHASES = {
    "0:imports": "start-up, MkDocs' imports",
    "1:other": "start-up, MkDocs' imports",
    "1:config": "config (plugins imported, on_config)",
    "1:files": "files listed, theme files added",
    "1:course": "on_files: the rest (imports, links, menu)",
    "1:read": "on_files: reading the course",
    "1:render": "on_files: rendering fragments",
    "1:markdown": "pages: Markdown, page hooks",
    "1:static": "static files copied, theme templates loaded",
    "1:templates": "pages: templates, search, writing",
    "1:post_build": "after the pages (search index, trainers' guide)",
    "0:exit": "exit",
    "Program termination": "exit",
}
"""The phase each dump's name ends (benchmarks/_phase_hooks.py); depth 2 is the trainers' guide's build."""


def shim(folder: Path) -> Path:
    """The library whose `cg_dump` asks callgrind to write its counters."""
    source, library = folder / "shim.c", folder / "libshim.so"
    source.write_text(SHIM, encoding="utf-8")
    subprocess.run(["cc", "-O2", "-shared", "-fPIC", "-o", str(library), str(source)], check=True)
    return library


def phases(config: Path, site: Path, library: Path, folder: Path) -> dict[str, int]:
    """Millions of instructions per phase of one build (the trainers' guide as one phase)."""
    out = folder / f"{config.stem}.callgrind"
    command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"]
    command += [sys.executable, str(HOOKS), str(library), str(config), str(site)]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONHASHSEED": "0"}
    subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    totals: dict[str, int] = {}
    for part in sorted(folder.glob(f"{out.name}*")):
        text = part.read_text(encoding="utf-8", errors="replace")
        trigger = re.search(r"^desc: Trigger: (?:Client Request: )?(.*)$", text, re.MULTILINE)
        count = re.search(r"^(?:summary|totals): (\d+)", text, re.MULTILINE)
        if trigger is None or count is None:
            continue
        name = trigger[1].strip()
        phase = "the trainers' guide (its own build)" if name.startswith("2:") else PHASES.get(name, name)
        totals[phase] = totals.get(phase, 0) + int(count[1])
        part.unlink()
    return {phase: round(count / 1e6) for phase, count in totals.items()}


def main() -> None:
    if shutil.which("valgrind") is None or shutil.which("cc") is None:
        raise SystemExit("needs valgrind and a C compiler: apt-get install -y valgrind gcc")
    size = int(sys.argv[1]) if len(sys.argv) > 1 else None
    with tempfile.TemporaryDirectory() as name:
        work = Path(name)
        twins, site, library = first_build_twins(work, size), work / "site", shim(work)
        plain = phases(twins.plain, site, library, work)
        course = phases(twins.no_cache, site, library, work)
    label = "this course" if size is None else f"{size} modules"
    print(f"| {label}, first build: phase | plain | course | course - plain |")
    print("| --- | ---: | ---: | ---: |")
    for phase in dict.fromkeys([*PHASES.values(), *plain, *course]):
        if phase in plain or phase in course:
            mine, theirs = course.get(phase, 0), plain.get(phase, 0)
            print(f"| {phase} | {theirs:,} M | {mine:,} M | {mine - theirs:+,} M |")
    total_plain, total_course = sum(plain.values()), sum(course.values())
    print(
        f"| **total** | {total_plain:,} M | {total_course:,} M | {total_course - total_plain:+,} M "
        f"({total_course / total_plain:.3f}x) |"
    )
    print(
        "\nPlain MkDocs builds the trainers' pages with the rest; the course builds them as a site of its own"
        " in its post-build step: compare that row with plain's rows for the pages."
    )


if __name__ == "__main__":
    main()
