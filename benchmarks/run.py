"""How much the generator costs: build time, bytes sent to learners, memory.

Every measurement is side by side with the same site built by plain MkDocs +
Material (the `course` plugin entry removed, same docs), so the numbers say
what the generator adds, not what MkDocs costs anyway.

    .venv/bin/python benchmarks/run.py            # the full run (several minutes)
    .venv/bin/python benchmarks/run.py --quick    # fewer repetitions, no 1,000-module course
    .venv/bin/python benchmarks/run.py --quick --sizes 3 --pairs 1   # a smoke test

It prints a table and writes JSON to benchmarks/results/latest.json (git-ignored).
See benchmarks/README.md for what each number means.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import cProfile
import gzip
import io
import itertools
import json
import logging
import os
import platform
import pstats
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from importlib import metadata
from pathlib import Path
from typing import Any

import yaml
from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.utils.yaml import get_yaml_loader, yaml_load

from generator._internal.course.paths import TRANSLATION_FILE
from generator._internal.frontend import assets
from generator._internal.render.i18n import strings_for
from generator._internal.site.commands import build_offline, build_scorm
from generator._internal.site.plugin import generated_pages

REPO = Path(__file__).resolve().parent.parent
CONFIG = REPO / "mkdocs.yml"
RESULTS = REPO / "benchmarks" / "results" / "latest.json"
PLUGIN = "course"
GOAL_RATIO = 1.05  # the generator may make a build at most 5% slower than plain MkDocs + Material
GROWTH_LIMIT = 1.5  # per-module time growing more than this between sizes suggests quadratic work
GZIP_LEVEL = 6  # what web servers (and GitHub Pages) typically use
PACKAGE_BUDGET = 700 * 1024
"""Each learner's package at most 700 KiB (issue 18) for the course in one language: learners pay for data."""
PER_LANGUAGE_BUDGET = 150 * 1024
"""Each translated language (a site of its own, issue 19) may add 150 KiB: its pages, search and assets."""


def package_budget(translated_languages: int) -> int:
    """The most a learner's package may weigh (tests/packages/test_contents.py holds the packages to it)."""
    return PACKAGE_BUDGET + PER_LANGUAGE_BUDGET * translated_languages


SCHEMA = 1
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


# ---------------------------------------------------------------- sites to build


def _plugin_name(entry: Any) -> str:
    return str(next(iter(entry))) if isinstance(entry, dict) else str(entry)


def read_config(config_file: Path) -> dict[str, Any]:
    """The site config as MkDocs reads it (INHERIT and !ENV resolved)."""
    with config_file.open("rb") as stream:
        loaded = yaml_load(stream, get_yaml_loader())
    return dict(loaded or {})


def write_twin(
    config_file: Path, target: Path, *, keep_plugin: bool, options: dict[str, Any] | None = None, **overrides: Any
) -> Path:
    """A config that INHERITs `config_file`, with the `course` plugin kept (with extra `options`) or removed.

    Paths the parent gives relative to itself (docs_dir, theme.custom_dir) are
    made absolute, because MkDocs resolves them against the child file. The
    generator's cache goes next to `target`, so each twin keeps its own.
    """
    parent = read_config(config_file)
    here = config_file.parent
    plugins = [
        _with_options(entry, options or {}) if _plugin_name(entry) == PLUGIN else entry
        for entry in parent.get("plugins") or []
        if keep_plugin or _plugin_name(entry) != PLUGIN
    ]
    twin: dict[str, Any] = {"INHERIT": str(config_file), "plugins": plugins}
    twin["docs_dir"] = str((here / str(parent.get("docs_dir", "docs"))).resolve())
    custom_dir = (parent.get("theme") or {}).get("custom_dir") if isinstance(parent.get("theme"), dict) else None
    if custom_dir:
        twin["theme"] = {"custom_dir": str((here / str(custom_dir)).resolve())}
    twin.update(overrides)
    target.write_text(yaml.safe_dump(twin, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return target


TEXT = (
    "people seeking sanctuary share power with volunteers and organisations when decisions about a "
    "project are made together from the start experts by experience bring knowledge that nobody else "
    "has meetings work better with clear ground rules an interpreter bus fares paid on the day food "
    "and time to talk everyone can check what changed because of their ideas trust grows slowly and "
    "is lost quickly so groups keep promises explain what is fixed and what is open and say thank you"
)
WORDS = tuple(TEXT.split())
QUESTION_TYPES = ("single", "multiple", "true-false", "order", "match")


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def _paragraph(rng: random.Random, words: int) -> str:
    sentences: list[str] = []
    while words > 0:
        length = min(words, rng.randint(8, 16))
        sentences.append(_sentence(rng, length))
        words -= length
    return " ".join(sentences)


def module_markdown(number: int, count: int, rng: random.Random) -> str:
    """About 300 words of Markdown using the features trainers use (headings, lists, admonitions, tables, links)."""
    other = (number % count) + 1
    lines = [
        "---",
        f"title: Module {number} on {rng.choice(WORDS)} and {rng.choice(WORDS)}",
        "objectives:",
        f"  - Explain how {rng.choice(WORDS)} helps a group share power",
        f"  - Recognise when {rng.choice(WORDS)} is missing and put it right",
        f"minutes: {rng.randint(5, 20)}",
        "---",
        _paragraph(rng, 70),
        "",
        "## What it means",
        "",
        _paragraph(rng, 60),
        "",
        *(f"- {_sentence(rng, 6)}" for _ in range(4)),
        "",
        '!!! tip "In practice"',
        "",
        f"    {_paragraph(rng, 30)}",
        "",
        "## An example",
        "",
        "| Before | After |",
        "| --- | --- |",
        *(f"| {_sentence(rng, 4)} | {_sentence(rng, 4)} |" for _ in range(3)),
        "",
        _paragraph(rng, 60),
        f"See also [module {other}]({other:04d}-topic-{other:04d}.md).",
        "",
    ]
    return "\n".join(lines)


def question(kind: str, index: int, rng: random.Random) -> dict[str, Any]:
    """One question of `kind`, valid under DESIGN.md's quiz contract."""
    base: dict[str, Any] = {"id": f"q-{index}", "type": kind, "prompt": _sentence(rng, 14)}
    if kind in ("single", "multiple"):
        correct = {0} if kind == "single" else {0, 2}
        base["options"] = [
            {"text": f"{_sentence(rng, 5)} ({letter})", "correct": n in correct, "feedback": _sentence(rng, 12)}
            for n, letter in enumerate("abcd")
        ]
    elif kind == "true-false":
        base["answer"] = index % 2 == 0
    elif kind == "order":
        base["items"] = [f"Step {n}: {_sentence(rng, 4)}" for n in range(1, 5)]
    else:
        base["pairs"] = [{"left": f"{n}. {_sentence(rng, 3)}", "right": f"{n}) {_sentence(rng, 4)}"} for n in range(4)]
    base["explanation"] = _paragraph(rng, 25)
    return base


def generate_course(root: Path, modules: int, questions: int = 10, seed: int = 1) -> Twins:
    """A course of `modules` modules, each with a quiz of `questions` questions, and the configs to compare."""
    rng = random.Random(seed)  # noqa: S311 - reproducible filler text, not secrets
    docs = root / "course"
    quizzes = root / "quizzes"
    docs.mkdir(parents=True)
    quizzes.mkdir()
    (docs / "index.md").write_text("# Benchmark course\n\n" + _paragraph(rng, 80) + "\n", encoding="utf-8")
    for number in range(1, modules + 1):
        slug = f"topic-{number:04d}"
        (docs / f"{number:04d}-{slug}.md").write_text(module_markdown(number, modules, rng), encoding="utf-8")
        quiz = {
            "module": slug,
            "pass_mark": 80,
            "questions": [question(QUESTION_TYPES[n % len(QUESTION_TYPES)], n + 1, rng) for n in range(questions)],
        }
        (quizzes / f"{number:04d}-{slug}.yml").write_text(
            yaml.safe_dump(quiz, sort_keys=False, allow_unicode=True), encoding="utf-8"
        )
    overrides: dict[str, Any] = {"site_name": f"Benchmark course of {modules} modules"}
    if read_config(CONFIG).get("nav"):
        overrides["nav"] = None  # the real course's nav names its own pages
    return make_twins(CONFIG, docs, quizzes, root, options={"course_id": "benchmark"}, **overrides)


def _with_options(entry: Any, options: dict[str, Any]) -> Any:
    """A plugin entry of mkdocs.yml with `options` added to its own."""
    if not options:
        return entry
    current = dict((entry if isinstance(entry, dict) else {PLUGIN: {}})[PLUGIN] or {})
    return {PLUGIN: {**current, **options}}


@dataclass(frozen=True)
class Twins:
    """The configs of one site built side by side.

    `plain` is plain MkDocs + Material building the same pages: the course
    folder with the two pages the generator adds (progress, scenario maps) as
    ordinary pages with the same titles, so a ratio compares the same pages and
    measures what the generator does to them. `fewer` is plain MkDocs without
    those two pages (the site as trainers wrote it), reported for the real course.
    """

    plain: Path
    kept_cache: Path
    """The generator as a trainer rebuilds: the course rendered by an earlier build is kept."""
    no_cache: Path
    """The generator with `cache: false`: every build validates and renders everything (CI's first build)."""
    edited: Path
    """The generator with its cache, each build after an edit to one quiz (`edit()` makes it)."""
    edited_quiz: Path
    fewer: Path | None = None

    def edit(self) -> None:
        """A trainer's edit: one more line in a quiz, so the kept course no longer matches."""
        with self.edited_quiz.open("a", encoding="utf-8") as stream:
            stream.write(f"# edited {time.time_ns()}\n")


def same_pages_docs(docs: Path, target: Path, language: str) -> Path:
    """A copy of `docs` with the generator's own pages added as plain pages (their theme template left out)."""
    shutil.copytree(docs, target)
    strings = strings_for(language)
    for path, content in generated_pages(lambda key: strings[key]).items():
        (target / path).parent.mkdir(parents=True, exist_ok=True)
        plain_content = re.sub(r"^template: .*\n", "", content, flags=re.MULTILINE)  # only the plugin has it
        (target / path).write_text(plain_content, encoding="utf-8")
    return target


def course_languages(config_file: Path) -> list[str]:
    """The course plugin's `languages` in `config_file` (the course's own first), or none."""
    for entry in read_config(config_file).get("plugins") or []:
        if isinstance(entry, dict) and "course" in entry:
            return [str(code) for code in (entry["course"] or {}).get("languages") or []]
    return []


def source_only(folder: Path, target: Path) -> Path:
    """`folder` itself, or a copy of it without translation files (`01-intro.cy.md`) when it has any."""
    if not any(TRANSLATION_FILE.match(path.name) for path in folder.rglob("*")):
        return folder
    shutil.copytree(folder, target, ignore=lambda _dir, names: [n for n in names if TRANSLATION_FILE.match(n)])
    return target


def make_twins(
    config_file: Path,
    docs: Path,
    quizzes: Path,
    work: Path,
    *,
    fewer: bool = False,
    options: dict[str, Any] | None = None,
    **overrides: Any,
) -> Twins:
    """Every config to compare for a site of `config_file`'s settings with these folders, written into `work`."""
    language = str((read_config(config_file).get("theme") or {}).get("language") or "en")
    # A translated course is measured in its own language: each other language is one more site of
    # the same pages (benchmarks/README.md), which plain MkDocs has no way to build alike.
    docs, quizzes = source_only(docs, work / "source-docs"), source_only(quizzes, work / "source-quizzes")
    options = {**(options or {}), "languages": [language]}
    plain_docs = same_pages_docs(docs, work / "plain-docs", language)
    kept = {**options, "quizzes_dir": str(quizzes)}
    overrides["docs_dir"] = str(docs)
    edited_quizzes = shutil.copytree(quizzes, work / "edited-quizzes")
    edited = write_twin(
        config_file,
        work / "mkdocs.edited.yml",
        keep_plugin=True,
        options={**kept, "quizzes_dir": str(edited_quizzes)},
        **overrides,
    )
    return Twins(
        edited=edited,
        edited_quiz=next(path for path in sorted(edited_quizzes.iterdir()) if path.suffix in {".yml", ".yaml"}),
        plain=write_twin(
            config_file, work / "mkdocs.plain.yml", keep_plugin=False, **{**overrides, "docs_dir": str(plain_docs)}
        ),
        kept_cache=write_twin(config_file, work / "mkdocs.course.yml", keep_plugin=True, options=kept, **overrides),
        no_cache=write_twin(
            config_file, work / "mkdocs.nocache.yml", keep_plugin=True, options={**kept, "cache": False}, **overrides
        ),
        fewer=write_twin(config_file, work / "mkdocs.fewer.yml", keep_plugin=False, **overrides) if fewer else None,
    )


# ---------------------------------------------------------------- measuring


@dataclass
class Runs:
    """Timings (seconds) and peak memory (KiB) of repeated builds of one config."""

    seconds: list[float] = field(default_factory=list)
    max_rss_kib: list[int] = field(default_factory=list)

    def summary(self, modules: int | None = None) -> dict[str, Any]:
        result: dict[str, Any] = {
            "runs": [round(value, 4) for value in self.seconds],
            "median": round(statistics.median(self.seconds), 4),
            "min": round(min(self.seconds), 4),
            "max": round(max(self.seconds), 4),
        }
        if self.max_rss_kib:
            result["max_rss_kib"] = max(self.max_rss_kib)
        if modules:
            result["per_module"] = round(statistics.median(self.seconds) / modules, 6)
        return result


# `python -m mkdocs build`, then the process's own peak memory. Not `ru_maxrss` from wait4: Linux
# carries the parent's high-water mark across fork and exec, so every build would report at
# least this benchmark's own size. VmHWM belongs to the new program's memory alone.
_BUILD_AND_MEASURE = """
import runpy, sys
peak_file, sys.argv = sys.argv[1], ["mkdocs", *sys.argv[2:]]
try:
    runpy.run_module("mkdocs", run_name="__main__", alter_sys=True)
except SystemExit as end:
    code = end.code
else:
    code = 0
with open("/proc/self/status", encoding="ascii") as status:
    peak = next((line.split()[1] for line in status if line.startswith("VmHWM:")), "0")
with open(peak_file, "w", encoding="ascii") as out:
    out.write(peak)
sys.exit(code)
"""


def compile_generator() -> None:
    """Write the generator's byte code, as pip does for MkDocs and Material (see the Makefile's set-up).

    An editable install has none, and with PYTHONDONTWRITEBYTECODE set every measured build would
    compile the generator's modules again, a cost no installed generator pays.
    """
    compileall.compile_dir(str(REPO / "generator"), quiet=1)


def build_subprocess(config_file: Path, site_dir: Path) -> tuple[float, int]:
    """One fresh `python -m mkdocs build -q`; returns (wall seconds, peak RSS in KiB of that build)."""
    shutil.rmtree(site_dir, ignore_errors=True)
    with tempfile.TemporaryDirectory() as folder:
        peak_file = Path(folder) / "peak"
        command = [sys.executable, "-c", _BUILD_AND_MEASURE, str(peak_file)]
        command += ["build", "-q", "-f", str(config_file), "-d", str(site_dir)]
        errors = Path(folder) / "errors"
        with errors.open("wb") as stream:
            start = time.perf_counter()
            process = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=stream, env=ENV, cwd=REPO, check=False)
            elapsed = time.perf_counter() - start
        if process.returncode != 0:
            message = errors.read_text(encoding="utf-8", errors="replace")
            raise RuntimeError(f"mkdocs build -f {config_file} failed ({process.returncode}):\n{message}")
        peak = int(peak_file.read_text(encoding="ascii") or 0) if peak_file.is_file() else 0
    return elapsed, peak  # KiB


@contextlib.contextmanager
def _quiet_mkdocs() -> Iterator[None]:
    logger = logging.getLogger("mkdocs")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def build_in_process(config_file: Path, site_dir: Path) -> float:
    """Load the config and build, in this process (modules already imported after the first call)."""
    shutil.rmtree(site_dir, ignore_errors=True)
    os.environ["NO_MKDOCS_2_WARNING"] = "1"
    with _quiet_mkdocs():
        start = time.perf_counter()
        config = load_config(config_file=str(config_file), site_dir=str(site_dir))
        config.plugins.on_startup(command="build", dirty=False)
        try:
            mkdocs_build(config)
        finally:
            config.plugins.on_shutdown()
        return time.perf_counter() - start


def interleaved(
    configs: list[Path],
    rounds: int,
    work: Path,
    runner: Callable[[Path, Path], Any],
    *,
    warm_up: bool = True,
    before: dict[Path, Callable[[], None]] | None = None,
) -> list[Runs]:
    """Each config in turn, round after round, so all see the same machine load; one unmeasured round first.

    The warm-up round also leaves the generator's cache filled, as a trainer's earlier build would.
    `before` names what to do (unmeasured) before each build of a config, such as an edit.
    """
    results = [Runs() for _ in configs]
    for index in range(rounds + (1 if warm_up else 0)):
        for config_file, runs in zip(configs, results, strict=True):
            if before and config_file in before:
                before[config_file]()
            outcome = runner(config_file, work / f"site-{config_file.stem}")
            if warm_up and index == 0:
                continue
            if isinstance(outcome, tuple):
                runs.seconds.append(outcome[0])
                runs.max_rss_kib.append(outcome[1])
            else:
                runs.seconds.append(outcome)
    return results


def compare(plain: Runs, course: Runs, modules: int | None = None) -> dict[str, Any]:
    ratios = [c / p for p, c in zip(plain.seconds, course.seconds, strict=True)]
    added = statistics.median(course.seconds) - statistics.median(plain.seconds)
    result: dict[str, Any] = {
        "plain": plain.summary(modules),
        "course": course.summary(modules),
        "ratio": round(statistics.median(course.seconds) / statistics.median(plain.seconds), 4),
        "pair_ratio_median": round(statistics.median(ratios), 4),
        "added_seconds": round(added, 4),
    }
    if modules:
        result["added_per_module"] = round(added / modules, 6)
    return result


def import_seconds(repeats: int) -> dict[str, float]:
    """Fresh interpreters: start-up with MkDocs + Material loaded, and what importing the plugin adds on top."""
    probe = (
        "import time; t0 = time.perf_counter(); "
        "import mkdocs.commands.build, mkdocs.config, material.plugins.search.plugin; t1 = time.perf_counter(); "
        "import generator.plugin; t2 = time.perf_counter(); print(t1 - t0, t2 - t1)"
    )
    base: list[float] = []
    plugin: list[float] = []
    for _ in range(repeats):
        output = subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, env=ENV, check=True, cwd=REPO
        ).stdout.split()
        base.append(float(output[0]))
        plugin.append(float(output[1]))
    empty: list[float] = []
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], env=ENV, check=True)
        empty.append(time.perf_counter() - start)
    return {
        "python_start": round(statistics.median(empty), 4),
        "import_mkdocs_material": round(statistics.median(base), 4),
        "import_generator_plugin": round(statistics.median(plugin), 4),
    }


def _sizes(data: bytes) -> dict[str, int]:
    return {"raw": len(data), "gzip": len(gzip.compress(data, compresslevel=GZIP_LEVEL))}


def _folder_bytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def byte_costs(plain_site: Path, course_site: Path, modules: list[str]) -> dict[str, Any]:
    """What the generator adds to what a learner downloads."""
    script = _sizes(assets.script().encode())
    style = _sizes(assets.stylesheet().encode())
    pages: list[dict[str, Any]] = []
    for slug in modules:
        plain = _sizes((plain_site / slug / "index.html").read_bytes())
        course = _sizes((course_site / slug / "index.html").read_bytes())
        pages.append({"page": f"{slug}/", "plain": plain, "course": course})
    first = pages[0] if pages else None
    added_html_gzip = statistics.median(p["course"]["gzip"] - p["plain"]["gzip"] for p in pages) if pages else 0
    return {
        "gzip_level": GZIP_LEVEL,
        "script": script,
        "stylesheet": style,
        "module_page": first,
        "module_pages": pages,
        "module_page_added_gzip_median": int(added_html_gzip),
        "first_module_visit_added_gzip": int(added_html_gzip) + script["gzip"] + style["gzip"],
        "search_index": {
            "plain": _sizes(_read_if(plain_site / "search" / "search_index.json")),
            "course": _sizes(_read_if(course_site / "search" / "search_index.json")),
        },
        "site_bytes": {"plain": _folder_bytes(plain_site), "course": _folder_bytes(course_site)},
        "cold_module_page": (
            {"plain": cold_page_bytes(plain_site, modules[0]), "course": cold_page_bytes(course_site, modules[0])}
            if modules
            else None
        ),
    }


class _Loads(HTMLParser):
    """What a page loads as it opens: its stylesheets, its scripts and (from Material's config) the search worker."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []
        self._config = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "link" and found.get("rel") == "stylesheet" and found.get("href"):
            self.urls.append(str(found["href"]))
        elif tag == "script" and found.get("src"):
            self.urls.append(str(found["src"]))
        self._config = tag == "script" and found.get("id") == "__config"

    def handle_data(self, data: str) -> None:
        if self._config:
            search = json.loads(data).get("search")
            if search:
                self.urls.append(str(search))
            self._config = False


def cold_page_bytes(site: Path, page: str) -> dict[str, Any]:
    """A first visit to `page`: its HTML, every stylesheet and script it loads, the search worker and the
    search index (Material fetches it as the page opens), each gzipped as a server sends it."""
    html_file = site / page / "index.html"
    parser = _Loads()
    parser.feed(html_file.read_text(encoding="utf-8"))
    files = [html_file]
    for url in dict.fromkeys(parser.urls):
        if re.match(r"^[a-z]+:|^//", url):
            continue  # another host: the course never has one (tests/browser/test_privacy.py)
        path = (html_file.parent / url.split("?")[0]).resolve()
        if path.is_file():
            files.append(path)
    index = site / "search" / "search_index.json"
    if index.is_file():
        files.append(index)
    parts = {
        path.relative_to(site.resolve() if path.is_absolute() else site).as_posix(): _sizes(path.read_bytes())
        for path in (file.resolve() for file in files)
    }
    return {
        "files": parts,
        "gzip": sum(size["gzip"] for size in parts.values()),
        "raw": sum(size["raw"] for size in parts.values()),
    }


def package_sizes(project: Path, dist: Path) -> dict[str, int]:
    """The packages of a course (learners' offline copy, SCORM, the trainers' download), in bytes."""
    written, error = build_offline(project, dist)
    if error:
        raise RuntimeError(error)
    scorms = []
    for version in ("1.2", "2004"):
        scorm, error = build_scorm(project, dist, version)  # type: ignore[arg-type]
        if scorm is None:
            raise RuntimeError(error)
        scorms.append(scorm)
    return {path.name: path.stat().st_size for path in [*written, *scorms]}


SCORM_FILL = Path(__file__).with_name("scorm_fill.js")
"""A learner who has done everything, put into a SCORM package's launch page (shared with the browser tests)."""
SUSPEND_SECTIONS = ("format", "seed", "quizzes", "scenarios", "answers", "transcripts", "places", "worksheets")
"""suspend_data's sections, in order (frontend/scorm/lms.js, `encode`)."""
# A SCORM API on the launch page itself (the adapter looks there first) that keeps every value set.
_RECORDING_API = """
window.kept = {};
const answer = {LMSInitialize: "true", LMSFinish: "true", LMSCommit: "true", LMSGetLastError: "0"};
window.API = new Proxy({}, {get: (_, name) => (...args) => {
  if (name == "LMSSetValue") { window.kept[args[0]] = String(args[1]); return "true"; }
  if (name == "LMSGetValue") return args[0] in window.kept ? window.kept[args[0]] : "";
  return name in answer ? answer[name] : "";
}});
window.API_1484_11 = new Proxy({}, {get: (_, name) => (...args) => {
  if (name == "SetValue") { window.kept[args[0]] = String(args[1]); return "true"; }
  if (name == "GetLastError") return "0";
  return name == "GetValue" || name == "GetErrorString" || name == "GetDiagnostic" ? "" : "true";
}});
"""


def suspend_data_bytes(project: Path, dist: Path, scenarios: int = 0) -> dict[str, Any]:
    """suspend_data of a learner who has done everything, in each SCORM package of `project`, in Chromium.

    SCORM 2004's 64,000 characters hold it all (what it costs per quiz and scenario); SCORM 1.2's
    4,096 show what is kept there. `scenarios`: stand-ins for a larger course's scenarios.
    """
    try:
        from playwright.sync_api import sync_playwright  # noqa: PLC0415 - the test extra brings it
    except ImportError:
        return {"skipped": "Playwright is not installed (pip install -e '.[test]')"}
    chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    if not Path(chromium).exists():
        return {"skipped": f"no Chromium at {chromium}"}
    folders: dict[str, Path] = {}
    for version in ("2004", "1.2"):
        zip_path, error = build_scorm(project, dist, version)  # type: ignore[arg-type]
        if zip_path is None:
            raise RuntimeError(error)
        folders[version] = dist / f"unzipped-{version}"
        shutil.rmtree(folders[version], ignore_errors=True)
        with zipfile.ZipFile(zip_path) as archive:
            archive.extractall(folders[version])
    fill = SCORM_FILL.read_text(encoding="utf-8")
    kept: dict[str, str] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"], headless=True)
        for version, folder in folders.items():
            page = browser.new_page()
            page.add_init_script(_RECORDING_API)
            page.goto(folder.joinpath("scorm-launch.html").as_uri())
            page.wait_for_function("() => window.courseStore")
            state = page.evaluate(fill, {"boxes": 0, "text": 0, "scenarios": scenarios})
            page.evaluate("state => courseStore.setItem('course:' + JSON.parse(state).course, state)", state)
            page.evaluate("() => window.dispatchEvent(new Event('pagehide'))")
            kept[version] = str(page.evaluate("() => window.kept['cmi.suspend_data'] || ''"))
            layout = json.loads(page.evaluate("() => document.getElementById('course-package').textContent"))
            page.close()
        browser.close()
    full = kept["2004"]
    sections = dict(zip(SUSPEND_SECTIONS, [len(part.encode("utf-8")) for part in full.split("|", 7)], strict=False))
    quizzes, scenario_count = len(layout["quizzes"]), max(len(layout["scenarios"]), scenarios)
    return {
        "quizzes": quizzes,
        "questions": sum(len(quiz["questions"]) for quiz in layout["quizzes"]),
        "scenarios": scenario_count,
        "everything_bytes": len(full.encode("utf-8")),
        "per_module": round(len(full.encode("utf-8")) / max(quizzes, 1), 1),
        "sections": sections,
        "per_quiz_result": round(sections.get("quizzes", 0) / max(quizzes, 1), 1),
        "per_quiz_answers": round(sections.get("answers", 0) / max(quizzes, 1), 1),
        "per_scenario": round(
            (sections.get("scenarios", 0) + sections.get("transcripts", 0)) / max(scenario_count, 1), 1
        ),
        "scorm12_bytes": len(kept["1.2"].encode("utf-8")),
        "scorm12_limit": 4096,
        "scorm12_keeps": [
            name
            for name, part in zip(SUSPEND_SECTIONS, kept["1.2"].split("|", 7), strict=False)
            if part not in {"", "{}"}
        ],
    }


def suspend_data_report(work: Path, modules: int) -> dict[str, Any]:
    """suspend_data of the real course, and of a generated one four times its size (8 questions a quiz)."""
    log("suspend_data of the real course and of one four times its size (Chromium) ...")
    real = suspend_data_bytes(REPO, work / "dist-scorm")
    large = generate_course(work / "large-scorm", 4 * modules, 8)
    shutil.copy(large.no_cache, work / "large-scorm" / "mkdocs.yml")
    four_times = suspend_data_bytes(work / "large-scorm", work / "dist-large", 4 * real.get("scenarios", 0))
    return {"real_course": real, "four_times": four_times}


def _read_if(path: Path) -> bytes:
    return path.read_bytes() if path.is_file() else b""


def profile_build(config_file: Path, site_dir: Path, top: int = 15) -> dict[str, Any]:
    """cProfile one in-process build; the generator's own functions by cumulative time."""
    build_in_process(config_file, site_dir)  # warm: imports and caches as in the timed runs
    profiler = cProfile.Profile()
    start = time.perf_counter()
    profiler.enable()
    build_in_process(config_file, site_dir)
    profiler.disable()
    total = time.perf_counter() - start
    stats = pstats.Stats(profiler, stream=io.StringIO())
    package = str(REPO / "generator")
    rows = []
    hooks = 0.0
    for (filename, line, name), (_calls, calls, own, cumulative, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        if not filename.startswith(package):
            continue
        where = f"{Path(filename).relative_to(REPO)}:{line}({name})"
        rows.append({"function": where, "calls": calls, "own": round(own, 4), "cumulative": round(cumulative, 4)})
        if filename.endswith("plugin.py") and name.startswith("on_"):
            hooks += cumulative
    rows.sort(key=lambda row: row["cumulative"], reverse=True)
    return {
        "build_seconds_profiled": round(total, 3),
        "plugin_hooks_cumulative": round(hooks, 3),
        "plugin_hooks_share": round(hooks / total, 4) if total else 0.0,
        "top": rows[:top],
    }


# ---------------------------------------------------------------- the run


def environment() -> dict[str, Any]:
    def version(name: str) -> str:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return "not installed"

    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "mkdocs": version("mkdocs"),
        "mkdocs-material": version("mkdocs-material"),
        "course-generator": version("course-generator"),
        "load_average": [round(value, 2) for value in os.getloadavg()],
    }


def _module_slugs(site: Path) -> list[str]:
    docs = REPO / str(read_config(CONFIG).get("docs_dir", "docs"))
    slugs = sorted(path.stem for path in docs.glob("[0-9]*-*.md"))
    return [slug for slug in slugs if (site / slug / "index.html").is_file()]


def run(args: argparse.Namespace) -> dict[str, Any]:
    pairs = args.pairs
    large_pairs = min(args.large_pairs, pairs)
    report: dict[str, Any] = {
        "schema": SCHEMA,
        "environment": environment(),
        "settings": {
            "quick": args.quick,
            "pairs": pairs,
            "large_pairs": large_pairs,
            "sizes": args.sizes,
            "questions_per_module": args.questions,
            "goal_ratio": GOAL_RATIO,
            "growth_limit": GROWTH_LIMIT,
        },
    }
    with tempfile.TemporaryDirectory(prefix="course-bench-") as temp:
        work = Path(temp)
        parent = read_config(CONFIG)
        docs = (CONFIG.parent / str(parent.get("docs_dir", "docs"))).resolve()
        twins = make_twins(CONFIG, docs, (REPO / "quizzes").resolve(), work / "real", fewer=True)
        assert twins.fewer is not None
        sites = [twins.plain, twins.kept_cache, twins.no_cache, twins.edited, twins.fewer]
        log(f"real course: {pairs} interleaved rounds of subprocess builds ({len(sites)} sites) ...")
        edits = {twins.edited: twins.edit}
        plain, kept, cold, edited, fewer = interleaved(sites, pairs, work / "real", build_subprocess, before=edits)
        course_site = work / "real" / f"site-{twins.kept_cache.stem}"
        slugs = _module_slugs(course_site)
        real: dict[str, Any] = {
            "modules": len(slugs),
            "pages": {
                "plain": _page_count(work / "real" / f"site-{twins.fewer.stem}"),
                "course": _page_count(course_site),
            },
            "subprocess": {
                "kept_cache": compare(plain, kept),
                "no_cache": compare(plain, cold),
                "after_an_edit": compare(plain, edited),
                "without_added_pages": compare(fewer, kept),
            },
        }
        log(f"real course: {pairs} interleaved rounds of in-process builds ...")
        plain_in, kept_in, cold_in, edited_in = interleaved(
            sites[:4], pairs, work / "real", build_in_process, before=edits
        )
        real["in_process"] = {
            "kept_cache": compare(plain_in, kept_in),
            "after_an_edit": compare(plain_in, edited_in),
            "no_cache": compare(plain_in, cold_in),
        }
        real["startup"] = import_seconds(max(3, pairs))
        report["real_course"] = real
        report["bytes"] = byte_costs(work / "real" / f"site-{twins.plain.stem}", course_site, slugs)
        log("the real course's packages ...")
        report["bytes"]["packages"] = package_sizes(REPO, work / "dist")
        report["bytes"].update(
            package_budget=package_budget(len(course_languages(CONFIG)) - 1),
            suspend_data=suspend_data_report(work, len(slugs)),
        )
        report["memory"] = {"real_course": _memory(plain, kept, cold)}

        generated: dict[str, Any] = {}
        configs: dict[int, Path] = {}
        for size in args.sizes:
            root = work / f"generated-{size}"
            sized = generate_course(root, size, args.questions)
            configs[size] = sized.no_cache
            count = large_pairs if size >= 1000 else pairs
            log(f"{size} modules: {count} interleaved rounds of subprocess builds ...")
            # A 1,000-module build takes about a minute: no unmeasured round there, only a filled cache.
            if size >= 1000:
                build_subprocess(sized.kept_cache, root / "site-warm-up")
            plain, kept, cold, edited = interleaved(
                [sized.plain, sized.kept_cache, sized.no_cache, sized.edited],
                count,
                root,
                build_subprocess,
                warm_up=size < 1000,
                before={sized.edited: sized.edit},
            )
            generated[str(size)] = {
                "modules": size,
                "kept_cache": compare(plain, kept, size),
                "no_cache": compare(plain, cold, size),
                "after_an_edit": compare(plain, edited, size),
            }
            report["memory"][str(size)] = _memory(plain, kept, cold)
            if size < 1000:  # `mkdocs serve` after an edit: modules imported, the last build's work at hand
                log(f"{size} modules: {count} interleaved rounds of in-process builds after an edit ...")
                plain_in, edited_in = interleaved(
                    [sized.plain, sized.edited], count, root, build_in_process, before={sized.edited: sized.edit}
                )
                generated[str(size)]["in_process_after_an_edit"] = compare(plain_in, edited_in, size)
            for site in root.glob("site-*"):
                shutil.rmtree(site, ignore_errors=True)
        report["generated"] = generated
        report["growth"] = growth(generated, args.sizes)
        report["goal"] = goal(report)

        profile_size = 200 if 200 in configs else max(configs, default=0)
        if profile_size:
            log(f"profiling one in-process build of the {profile_size}-module course (no cache) ...")
            report["profile"] = {"modules": profile_size, **profile_build(configs[profile_size], work / "site-profile")}
    return report


def _page_count(site: Path) -> int:
    return sum(1 for _ in site.rglob("index.html")) if site.is_dir() else 0


def _memory(plain: Runs, kept: Runs, cold: Runs) -> dict[str, int]:
    return {
        "plain_max_rss_kib": max(plain.max_rss_kib),
        "kept_cache_max_rss_kib": max(kept.max_rss_kib),
        "no_cache_max_rss_kib": max(cold.max_rss_kib),
    }


def goal(report: dict[str, Any]) -> dict[str, Any]:
    """Which measured builds stay within GOAL_RATIO of plain MkDocs + Material (same pages)."""
    ways = ("kept_cache", "after_an_edit", "no_cache")
    rows = {f"real course, {way}": report["real_course"]["subprocess"][way] for way in ways}
    rows["real course, serve_after_an_edit"] = report["real_course"]["in_process"]["after_an_edit"]
    for size, row in report["generated"].items():
        rows.update({f"{size} modules, {way}": row[way] for way in ways})
        if "in_process_after_an_edit" in row:
            rows[f"{size} modules, serve_after_an_edit"] = row["in_process_after_an_edit"]
    return {name: {"ratio": row["ratio"], "meets": row["ratio"] <= GOAL_RATIO} for name, row in rows.items()}


def growth(generated: dict[str, Any], sizes: list[int]) -> list[dict[str, Any]]:
    """Per-module time from one size to the next, with no cache (all of the generator's work).

    A step above GROWTH_LIMIT is flagged.
    """
    steps = []
    ordered = sorted(sizes)
    for small, large in itertools.pairwise(ordered):
        step: dict[str, Any] = {"from": small, "to": large}
        before_row, after_row = generated[str(small)]["no_cache"], generated[str(large)]["no_cache"]
        for side in ("plain", "course"):
            before, after = before_row[side]["per_module"], after_row[side]["per_module"]
            step[side] = round(after / before, 3) if before else None
        before, after = before_row["added_per_module"], after_row["added_per_module"]
        step["added"] = round(after / before, 3) if before > 0 else None
        kept_before = generated[str(small)]["kept_cache"]["course"]["per_module"]
        kept_after = generated[str(large)]["kept_cache"]["course"]["per_module"]
        step["kept_cache"] = round(kept_after / kept_before, 3) if kept_before else None
        # Flagged: the course build, or the generator's own added time, growing faster than linear.
        # Plain MkDocs + Material can grow too (every page carries the whole navigation): reported apart.
        step["flag"] = any(value is not None and value > GROWTH_LIMIT for value in (step["course"], step["added"]))
        step["flag_plain"] = step["plain"] is not None and step["plain"] > GROWTH_LIMIT
        steps.append(step)
    return steps


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------- the table


def _kib(value: int) -> str:
    return f"{value / 1024:.1f} KiB"


def _mib(kib: int) -> str:
    return f"{kib / 1024:.0f} MiB"


def _row(label: str, row: dict[str, Any], modules: int | None = None) -> str:
    per_module = (
        f"{row['plain']['per_module']:>13.5f}{row['course']['per_module']:>13.5f}" if modules else f"{'':>13}{'':>13}"
    )
    mark = "" if row["ratio"] <= GOAL_RATIO else "  (over the goal)"
    times = f"{row['plain']['median']:>9.3f}{row['course']['median']:>10.3f}{row['ratio']:>8.3f}"
    return f"{label:<44}{times}{per_module}{mark}"


def _suspend_lines(suspend: dict[str, Any]) -> list[str]:
    """The table's lines on suspend_data: a learner who has done everything, per module and in SCORM 1.2's limit."""
    lines = []
    for label, row in (("real course", suspend.get("real_course")), ("four times", suspend.get("four_times"))):
        if not row or "skipped" in row:
            lines.append(f"  suspend_data, {label}: skipped ({(row or {}).get('skipped', 'not measured')})")
            continue
        lines.append(
            f"  suspend_data, {label} ({row['quizzes']} quizzes, {row['questions']} questions, {row['scenarios']} "
            f"scenarios): {row['everything_bytes']} bytes, {row['per_module']} a module (a quiz's result "
            f"{row['per_quiz_result']}, its answers {row['per_quiz_answers']}, a scenario {row['per_scenario']}); "
            f"SCORM 1.2 {row['scorm12_bytes']} of {row['scorm12_limit']}"
        )
    return lines


def table(report: dict[str, Any]) -> str:
    real = report["real_course"]
    sub, inproc, start = real["subprocess"], real["in_process"], real["startup"]
    lines = [
        f"Build time (median of {report['settings']['pairs']} interleaved rounds; goal: ratio <= {GOAL_RATIO})",
        "plain = plain MkDocs + Material building the same pages; kept cache = a rebuild of unchanged files",
        "(the rendered course kept from the build before); after an edit = one quiz changed since, so all is",
        "validated and rendered again (templates compiled before); no cache = all of it from nothing (first build).",
        f"{'site':<44}{'plain s':>9}{'course s':>10}{'ratio':>8}{'plain s/mod':>13}{'course s/mod':>13}",
        _row("real course, kept cache", sub["kept_cache"]),
        _row("real course, after an edit", sub["after_an_edit"]),
        _row("real course, no cache", sub["no_cache"]),
        _row(
            f"real course, kept cache, vs {real['pages']['plain']} pages (not {real['pages']['course']})",
            sub["without_added_pages"],
        ),
        _row("real course in-process, kept cache", inproc["kept_cache"]),
        _row("real course in-process, after an edit (serve)", inproc["after_an_edit"]),
        _row("real course in-process, no cache", inproc["no_cache"]),
    ]
    questions = report["settings"]["questions_per_module"]
    for size, row in report["generated"].items():
        for way, label in (("kept_cache", "kept cache"), ("after_an_edit", "after an edit"), ("no_cache", "no cache")):
            lines.append(_row(f"{size} modules x {questions} questions, {label}", row[way], row["modules"]))
        if "in_process_after_an_edit" in row:
            label = f"{size} modules, in-process, after an edit (serve)"
            lines.append(_row(label, row["in_process_after_an_edit"], row["modules"]))
    missed = [name for name, verdict in report["goal"].items() if not verdict["meets"]]
    lines += [
        "Goal met by every build." if not missed else "Goal MISSED by: " + "; ".join(missed) + ".",
        f"Start-up: python {start['python_start']:.3f} s; importing MkDocs + Material "
        f"{start['import_mkdocs_material']:.3f} s; importing the generator's plugin on top "
        f"{start['import_generator_plugin']:.3f} s.",
    ]
    for step in report["growth"]:
        notes = []
        if step["flag"]:
            notes.append(f"FLAG: the course build grows faster than linear (> x{GROWTH_LIMIT})")
        if step["flag_plain"]:
            notes.append(f"plain MkDocs + Material itself grows faster than linear (> x{GROWTH_LIMIT})")
        lines.append(
            f"Per-module time {step['from']} -> {step['to']} modules (no cache): plain x{step['plain']}, "
            f"course x{step['course']}, generator's added time x{step['added']}; kept cache x{step['kept_cache']}"
            + ("  <-- " + "; ".join(notes) if notes else "")
        )
    data = report["bytes"]
    lines += [
        "",
        f"Bytes the generator adds (gzip level {data['gzip_level']})",
        f"  course.js   {_kib(data['script']['raw']):>12} raw {_kib(data['script']['gzip']):>12} gzip",
        f"  course.css  {_kib(data['stylesheet']['raw']):>12} raw {_kib(data['stylesheet']['gzip']):>12} gzip",
    ]
    page = data["module_page"]
    if page:
        lines.append(
            f"  {page['page']} HTML: plain {_kib(page['plain']['raw'])} ({_kib(page['plain']['gzip'])} gzip), "
            f"with the generator {_kib(page['course']['raw'])} ({_kib(page['course']['gzip'])} gzip)"
        )
    lines += [
        f"  a module page's HTML grows by {_kib(data['module_page_added_gzip_median'])} gzip (median over modules); "
        f"first module visit adds {_kib(data['first_module_visit_added_gzip'])} gzip in all",
        f"  search index: plain {_kib(data['search_index']['plain']['gzip'])} gzip, "
        f"course {_kib(data['search_index']['course']['gzip'])} gzip (Material fetches it as a page opens)",
        f"  whole site on disk: plain {_kib(data['site_bytes']['plain'])}, course {_kib(data['site_bytes']['course'])}",
        *(
            [
                f"  a first visit to {page['page'] if page else 'a module'} (HTML, CSS, JS, search worker and index, "
                f"gzip): plain {_kib(data['cold_module_page']['plain']['gzip'])}, "
                f"course {_kib(data['cold_module_page']['course']['gzip'])}"
            ]
            if data.get("cold_module_page")
            else []
        ),
        *(
            f"  package {name}: {_kib(size)}"
            + ("" if "trainers" in name else f" (budget {_kib(data['package_budget'])})")
            for name, size in data.get("packages", {}).items()
        ),
        *_suspend_lines(data.get("suspend_data", {})),
        "",
        "Peak memory (max RSS of the build process)",
    ]
    for name, row in report["memory"].items():
        label = "real course" if name == "real_course" else f"{name} modules"
        lines.append(
            f"  {label:<16} plain {_mib(row['plain_max_rss_kib']):>8}   kept cache "
            f"{_mib(row['kept_cache_max_rss_kib']):>8}   no cache {_mib(row['no_cache_max_rss_kib']):>8}"
        )
    profile = report.get("profile")
    if profile:
        lines += [
            "",
            f"Profile: one in-process build of the {profile['modules']}-module course with no cache, "
            f"{profile['build_seconds_profiled']:.2f} s under cProfile; the plugin's hooks take "
            f"{profile['plugin_hooks_cumulative']:.2f} s ({profile['plugin_hooks_share']:.1%})",
            f"  {'cumulative s':>12} {'own s':>8} {'calls':>8}  function",
        ]
        lines += [
            f"  {row['cumulative']:>12.3f} {row['own']:>8.3f} {row['calls']:>8}  {row['function']}"
            for row in profile["top"]
        ]
    return "\n".join(lines)


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions; no 1,000-module course")
    parser.add_argument("--pairs", type=int, help="interleaved plain/course pairs per site (default 7; quick 2)")
    parser.add_argument(
        "--large-pairs", type=int, help="pairs for courses of 1,000 modules or more (default 3; quick 1)"
    )
    parser.add_argument(
        "--sizes",
        type=lambda text: [int(part) for part in text.split(",") if part],
        help="generated course sizes, comma-separated (default 10,200,1000; quick 10,200)",
    )
    parser.add_argument("--questions", type=int, default=10, help="questions per generated module (default 10)")
    parser.add_argument("--output", type=Path, default=RESULTS, help=f"JSON file (default {RESULTS.relative_to(REPO)})")
    args = parser.parse_args(argv)
    args.pairs = args.pairs or (2 if args.quick else 7)
    args.large_pairs = args.large_pairs or (1 if args.quick else 3)
    args.sizes = args.sizes or ([10, 200] if args.quick else [10, 200, 1000])
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    compile_generator()
    report = run(args)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(table(report))
    print(f"\nJSON: {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
