"""First builds counted in instructions: the same on every run, where CPU seconds on a shared machine are not.

Runs one `mkdocs build` of plain MkDocs + Material and one of the course with `cache: false`
(a first build: every GitHub Pages build and every fresh clone), each under valgrind's callgrind,
and prints the millions of instructions each executed and their ratio. Needs valgrind
(`apt-get install -y valgrind`); slow (a minute or two per build), so not part of `make bench`.

    .venv/bin/python benchmarks/instructions.py            # this course
    .venv/bin/python benchmarks/instructions.py 200        # a generated course of 200 modules
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
from benchmarks import run as bench


def instructions(config: Path, site: Path) -> int:
    """Millions of instructions one build executes, start-up and imports included."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "callgrind.out"
        command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"]
        command += [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site)]
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONHASHSEED": "0"}
        result = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
        collected = re.search(r"Collected : (\d+)", result.stderr)
        if collected is None:
            raise SystemExit("valgrind printed no instruction count:\n" + result.stderr[-2000:])
        return round(int(collected.group(1)) / 1e6)


def first_build_twins(work: Path, size: int | None) -> bench.Twins:
    """Plain and course configs of this course (`size` None) or of a generated one, each built once already
    (outside valgrind: the generator's byte code written, so no build under it compiles any)."""
    if size is None:
        twins = bench.make_twins(bench.CONFIG, bench.REPO / "course", bench.REPO / "quizzes", work, options={})
    else:
        twins = bench.generate_course(work, size)
    bench.compile_generator()
    for config in (twins.plain, twins.no_cache):
        bench.build_subprocess(config, work / "site")
    return twins


def main() -> None:
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed: apt-get install -y valgrind")
    size = int(sys.argv[1]) if len(sys.argv) > 1 else None
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        twins, site = first_build_twins(work, size), work / "site"
        plain = instructions(twins.plain, site)
        course = instructions(twins.no_cache, site)
    label = "this course" if size is None else f"{size} modules"
    print(f"{label}: plain {plain:,} M, course (first build) {course:,} M instructions: {course / plain:.2f}x")


if __name__ == "__main__":
    main()
