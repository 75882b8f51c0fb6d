"""The rendered course kept between builds: used only while nothing it depends on has changed."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator._internal.assembly import build as build_module
from generator._internal.assembly import cache as disk_cache
from generator._internal.assembly.build import BuildMemory, CourseBuild, Settings
from generator._internal.assembly.cache import CACHE_FILES, cache_key
from generator._internal.course import loader
from generator._internal.course.memory import LoadMemory
from generator._internal.course.paths import CoursePaths
from generator._internal.render import renderer as render
from generator._internal.render.fragments import CourseParts
from tests.helpers import FIXTURES, copy_course, mkdocs_build

SETTINGS = Settings("demo", "en", "Demo course")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_course(tmp_path / "project", FIXTURES / "course")


@pytest.fixture
def memory() -> BuildMemory:
    """What one process keeps between builds, as the plugin instance holds it: fresh for each test."""
    return BuildMemory()


def _paths(project: Path) -> CoursePaths:
    return CoursePaths.under(project)


def _must_not_load(loading: object) -> None:
    raise AssertionError(f"the course was loaded again from {getattr(loading, 'paths', '?')}")


def _cache_file(project: Path, cache: Path) -> Path:
    file = CourseBuild(_paths(project), SETTINGS, cache, memory).cache_file
    assert file is not None and file.parent == cache
    return file


def _first_yaml(folder: Path) -> Path:
    return next(path for path in sorted(folder.iterdir()) if path.suffix == ".yml")


@pytest.mark.parametrize(
    "edit",
    [
        "a module page",
        "a module's front matter",
        "a quiz",
        "a scenario",
        "a worksheet",
        "a new quiz file",
        "a deleted quiz file",
    ],
)
def test_the_key_changes_with_every_file_the_loader_reads(project: Path, edit: str) -> None:
    before = cache_key(_paths(project), SETTINGS)
    module = next(path for path in sorted((project / "course").glob("*.md")) if path.name[0].isdigit())
    quizzes = project / "quizzes"
    if edit == "a module page":
        module.write_text(module.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    elif edit == "a module's front matter":
        module.write_text(module.read_text(encoding="utf-8").replace("title:", "title: New", 1), encoding="utf-8")
    elif edit in {"a quiz", "a scenario", "a worksheet"}:
        folder = {"a quiz": quizzes, "a scenario": quizzes / "scenarios", "a worksheet": quizzes / "worksheets"}[edit]
        path = _first_yaml(folder)
        path.write_text(path.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    elif edit == "a new quiz file":
        (quizzes / "zz-extra.yml").write_text("module: nothing\n", encoding="utf-8")
    else:
        _first_yaml(quizzes).unlink()
    assert cache_key(_paths(project), SETTINGS) != before


def test_the_key_ignores_pages_the_loader_does_not_read(project: Path) -> None:
    """The glossary or the trainers' guide change nothing that is rendered into fragments."""
    before = cache_key(_paths(project), SETTINGS)
    (project / "course" / "glossary.md").write_text("---\ntitle: Words\n---\nMore words.\n", encoding="utf-8")
    assert cache_key(_paths(project), SETTINGS) == before


@pytest.mark.parametrize("changed", [Settings("other", "en", "Demo course"), Settings("demo", "fr", "Demo course")])
def test_the_key_changes_with_the_settings(project: Path, changed: Settings) -> None:
    assert cache_key(_paths(project), changed) != cache_key(_paths(project), SETTINGS)


def test_the_key_changes_with_the_generator_itself(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = cache_key(_paths(project), SETTINGS)
    monkeypatch.setattr(disk_cache, "generator_fingerprint", lambda: "another version of the templates")
    assert cache_key(_paths(project), SETTINGS) != before


def test_a_second_build_uses_the_kept_course_and_gives_the_same_fragments(
    project: Path, memory: BuildMemory, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = project / ".cache" / "course"
    first, problems = CourseBuild(_paths(project), SETTINGS, cache, memory).parts()
    assert not problems and _cache_file(project, cache).is_file()
    memory = BuildMemory()  # as a new process would
    monkeypatch.setattr(loader._Loading, "run", _must_not_load)
    again, problems = CourseBuild(_paths(project), SETTINGS, cache, memory).parts()
    assert not problems
    assert again == first and again is not first
    assert again.module_for_source(first.modules[0].source) == first.modules[0]


def test_a_kept_course_is_read_without_importing_pydantic_or_markdown_it(project: Path, memory: BuildMemory) -> None:
    """The point of the cache: a rebuild of unchanged files skips validation and rendering altogether."""
    cache = project / ".cache" / "course"
    CourseBuild(_paths(project), SETTINGS, cache, memory).parts()
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from generator._internal.assembly.build import CourseBuild, Settings\n"
        "from generator._internal.course.paths import CoursePaths\n"
        f"parts, problems = CourseBuild(CoursePaths.under(Path({str(project)!r})), "
        f"Settings('demo', 'en', 'Demo course'), Path({str(cache)!r})).parts()\n"
        "assert parts.modules and not problems\n"
        "heavy = ('pydantic', 'markdown_it', 'generator._internal.render.renderer')\n"
        "print(sorted(name for name in heavy if name in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60)
    assert result.stdout.strip() == "[]"


def test_a_course_with_problems_is_never_kept(project: Path, memory: BuildMemory) -> None:
    quiz = _first_yaml(project / "quizzes")
    quiz.write_text(quiz.read_text(encoding="utf-8").replace("questions:", "questionz:", 1), encoding="utf-8")
    cache = project / ".cache" / "course"
    built, problems = CourseBuild(_paths(project), SETTINGS, cache, memory, preview=True).parts()
    assert problems and built.problems  # the preview shows the problems box
    assert not _cache_file(project, cache).exists()
    _nothing, problems = CourseBuild(_paths(project), SETTINGS, cache, memory).parts()
    assert problems, "the problems are found again, not hidden by a cache"


@pytest.mark.parametrize("damage", ["not JSON {", '{"format": 1, "key": "old", "parts": {}}', '{"format": 1}', "[]"])
def test_a_damaged_or_stale_cache_file_is_rendered_afresh(project: Path, memory: BuildMemory, damage: str) -> None:
    cache = project / ".cache" / "course"
    first, _problems = CourseBuild(_paths(project), SETTINGS, cache, memory).parts()
    file = _cache_file(project, cache)
    key = json.loads(file.read_text(encoding="utf-8"))["key"]
    file.write_text(damage.replace('"old"', json.dumps(key)), encoding="utf-8")
    memory = BuildMemory()  # as a new process would
    again, problems = CourseBuild(_paths(project), SETTINGS, cache, memory).parts()
    assert not problems and again == first
    assert json.loads(file.read_text(encoding="utf-8"))["key"] == key, "written anew"


def test_each_setting_keeps_its_own_file_so_two_configs_do_not_undo_each_other(
    project: Path, memory: BuildMemory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """mkdocs.yml and a config that INHERITs it (the offline copy) may build the same course differently."""
    cache = project / ".cache" / "course"
    other = Settings("demo", "fr", "Cours")
    CourseBuild(_paths(project), SETTINGS, cache, memory).parts()
    CourseBuild(_paths(project), other, cache, memory).parts()
    assert len(list(cache.glob(CACHE_FILES))) == 2
    memory = BuildMemory()  # as a new process would
    monkeypatch.setattr(loader._Loading, "run", _must_not_load)
    for settings in (SETTINGS, other):
        assert CourseBuild(_paths(project), settings, cache, memory).parts()[0].modules, (
            "both read back from their files"
        )


def test_a_folder_that_cannot_be_written_just_means_no_cache(project: Path, memory: BuildMemory) -> None:
    blocker = project / ".cache"
    blocker.write_text("a file where the cache folder would go", encoding="utf-8")
    built, problems = CourseBuild(_paths(project), SETTINGS, blocker / "course", memory).parts()
    assert not problems and built.modules


def test_without_a_cache_folder_nothing_is_kept(project: Path, memory: BuildMemory) -> None:
    CourseBuild(_paths(project), SETTINGS, None, memory).parts()
    assert not memory.courses
    assert not (project / ".cache").exists()


@pytest.mark.parametrize("same_build", [True, False], ids=["in the same build", "in a later build"])
def test_the_facilitator_pack_is_added_to_a_kept_course_when_a_page_asks(
    project: Path, memory: BuildMemory, same_build: bool
) -> None:
    cache = project / ".cache" / "course"
    build = CourseBuild(_paths(project), SETTINGS, cache, memory)
    plain, _problems = build.parts()
    assert not plain.has_pack and not plain.pack_contents
    later = build if same_build else CourseBuild(_paths(project), SETTINGS, cache, memory)
    with_pack, _problems = later.parts(pack=True)
    assert with_pack.has_pack and with_pack.pack_contents and with_pack.modules[0].pack_rest
    assert with_pack.modules[0].quiz == plain.modules[0].quiz
    everything, _problems = CourseBuild(_paths(project), SETTINGS, None).parts(pack=True)
    assert with_pack == everything, "the same as rendering it all at once"
    memory = BuildMemory()  # as a new process would
    assert CourseBuild(_paths(project), SETTINGS, cache, memory).parts()[0] == with_pack, (
        "kept with the pack from then on"
    )


def test_without_a_cache_the_pack_does_not_load_the_course_twice(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[object] = []
    real = loader._Loading.run
    monkeypatch.setattr(loader._Loading, "run", lambda loading: calls.append(loading) or real(loading))
    build = CourseBuild(_paths(project), SETTINGS, None)
    build.parts()
    build.parts(pack=True)
    assert len(calls) == 1


def test_cache_json_round_trip_keeps_every_field(project: Path) -> None:
    built, _problems = CourseBuild(_paths(project), SETTINGS, None).parts(pack=True)
    assert CourseParts.from_json(json.loads(json.dumps(built.to_json()))) == built


def test_an_edit_after_a_cached_build_shows_in_the_next_build(tmp_path: Path) -> None:
    """Through `mkdocs build`: the second build is served by the cache, the third sees the edit."""
    project = copy_course(tmp_path / "project", FIXTURES / "course")
    first, second, third = (tmp_path / name for name in ("first", "second", "third"))
    assert mkdocs_build(project, first).returncode == 0
    assert len(list((project / ".cache" / "course").glob(CACHE_FILES))) == 1
    assert mkdocs_build(project, second).returncode == 0
    for page in first.rglob("*.html"):
        if "search" not in page.parts:
            assert page.read_bytes() == (second / page.relative_to(first)).read_bytes(), page
    quiz = _first_yaml(project / "quizzes")
    text = quiz.read_text(encoding="utf-8")
    prompt = next(line for line in text.splitlines() if line.strip().startswith("prompt:")).split("prompt:", 1)[1]
    quiz.write_text(text.replace(prompt, " A question changed after the cached build?", 1), encoding="utf-8")
    assert mkdocs_build(project, third).returncode == 0
    assert any("A question changed after the cached build?" in page.read_text() for page in third.rglob("*.html"))


def test_the_cache_option_turns_it_off(tmp_path: Path) -> None:
    project = copy_course(tmp_path / "project", FIXTURES / "course")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("- course", "- course:\n      cache: false", 1))
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert not (project / ".cache").exists()


# ---------------------------------------------------------------- within one process (mkdocs serve)


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_serve_rebuilds_check_only_the_files_that_changed(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kept = LoadMemory()
    checked: list[str] = []
    real = loader._check_yaml_model
    monkeypatch.setattr(
        loader, "_check_yaml_model", lambda model, file, *rest: checked.append(file) or real(model, file, *rest)
    )
    first, problems = loader.read_course(_paths(project), kept)
    assert not problems and len(checked) == 4  # two quizzes, a scenario, a worksheet
    checked.clear()
    again, _problems = loader.read_course(_paths(project), kept)
    assert checked == [] and again.modules[0].quiz is first.modules[0].quiz
    quiz = _first_yaml(project / "quizzes")
    _edit(quiz, "prompt:", "prompt: Changed,")
    edited, _problems = loader.read_course(_paths(project), kept)
    assert checked == [f"quizzes/{quiz.name}"]
    assert edited.modules[0].quiz is not first.modules[0].quiz and edited.modules[1].quiz is first.modules[1].quiz
    assert edited == loader.read_course(_paths(project))[0], "the same course as reading everything afresh"


def test_serve_rebuilds_read_again_only_the_module_pages_that_changed(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = LoadMemory()
    checked: list[str] = []
    real = loader._check_front_matter
    monkeypatch.setattr(loader, "_check_front_matter", lambda file, *rest: checked.append(file) or real(file, *rest))
    first, _problems = loader.read_course(_paths(project), kept)
    assert sorted(checked) == ["course/01-intro.md", "course/02-practice.md"]
    checked.clear()
    _edit(project / "course" / "02-practice.md", "title: ", "title: Changed ")
    edited, _problems = loader.read_course(_paths(project), kept)
    assert checked == ["course/02-practice.md"]
    assert edited.modules[0].meta is first.modules[0].meta
    assert edited.modules[1].meta.title.startswith("Changed")
    assert edited == loader.read_course(_paths(project))[0]


def test_serve_rebuilds_report_the_same_problems_as_a_fresh_read(project: Path) -> None:
    kept = LoadMemory()
    quiz = _first_yaml(project / "quizzes")
    _edit(quiz, "questions:", "questionz:")
    scenario = _first_yaml(project / "quizzes" / "scenarios")
    _edit(scenario, "next:", "nxt:")
    fresh = loader.read_course(_paths(project))[1]
    assert fresh
    assert loader.read_course(_paths(project), kept)[1] == fresh
    assert loader.read_course(_paths(project), kept)[1] == fresh, "and again, from the memo"


@pytest.mark.parametrize(
    "edit",
    ["a quiz", "a scenario", "a worksheet", "a module's title", "the course id"],
)
def test_fragments_after_an_edit_are_those_of_a_fresh_render(project: Path, memory: BuildMemory, edit: str) -> None:
    """The kept fragments of unchanged files are reused; everything equals rendering from nothing."""
    cache = project / ".cache" / "course"
    settings = SETTINGS
    CourseBuild(_paths(project), settings, cache, memory).parts(pack=True)
    quizzes = project / "quizzes"
    if edit == "a quiz":
        _edit(_first_yaml(quizzes), "prompt:", "prompt: Changed,")
    elif edit == "a scenario":
        _edit(_first_yaml(quizzes / "scenarios"), "text:", "text: Changed,")
    elif edit == "a worksheet":
        _edit(_first_yaml(quizzes / "worksheets"), "prompt:", "prompt: Changed,")
    elif edit == "a module's title":
        _edit(project / "course" / "01-intro.md", "title: ", "title: Changed ")
    else:
        settings = Settings("another-course", "en", "Demo course")
    reused, problems = CourseBuild(_paths(project), settings, cache, memory).parts(pack=True)
    fresh, _problems = CourseBuild(_paths(project), settings, None).parts(pack=True)
    assert not problems and reused == fresh


def test_serve_rebuilds_render_only_what_changed(
    project: Path, memory: BuildMemory, monkeypatch: pytest.MonkeyPatch
) -> None:
    rendered: list[str] = []
    real = render.Renderer.quiz
    monkeypatch.setattr(
        render.Renderer, "quiz", lambda self, module, quiz: rendered.append(module.slug) or real(self, module, quiz)
    )
    cache = project / ".cache" / "course"
    CourseBuild(_paths(project), SETTINGS, cache, memory).parts()
    assert sorted(rendered) == ["intro", "practice"]
    rendered.clear()
    _edit(project / "quizzes" / "02-practice.yml", "prompt:", "prompt: Changed,")
    CourseBuild(_paths(project), SETTINGS, cache, memory).parts()
    assert rendered == ["practice"]
    rendered.clear()
    _edit(project / "quizzes" / "02-practice.yml", "prompt: Changed,", "prompt: Changed again,")
    CourseBuild(_paths(project), SETTINGS, None).parts()
    assert sorted(rendered) == ["intro", "practice"], "`cache: false` renders everything"


def test_serve_rebuilds_render_the_answer_key_and_maps_only_for_what_changed(
    project: Path, memory: BuildMemory, monkeypatch: pytest.MonkeyPatch
) -> None:
    packed: list[str] = []
    mapped: list[str] = []
    real_pack, real_map = render.Renderer.pack_module, render.Renderer._scenario_map
    monkeypatch.setattr(
        render.Renderer,
        "pack_module",
        lambda self, module, url, part: packed.append(module.slug) or real_pack(self, module, url, part),
    )
    monkeypatch.setattr(
        render.Renderer,
        "_scenario_map",
        lambda self, module, scenario, url: mapped.append(scenario.id) or real_map(self, module, scenario, url),
    )
    cache = project / ".cache" / "course"
    CourseBuild(_paths(project), SETTINGS, cache, memory).parts(pack=True)
    assert sorted(packed) == ["intro", "intro", "practice", "practice"] and mapped == ["meeting"]
    packed.clear()
    mapped.clear()
    _edit(project / "quizzes" / "01-intro.yml", "prompt:", "prompt: Changed,")
    CourseBuild(_paths(project), SETTINGS, cache, memory).parts(pack=True)
    assert packed == ["intro", "intro"] and mapped == [], "only the edited module's answers"


def test_an_edit_to_any_file_of_the_generator_changes_its_fingerprint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A template, a stylesheet or a module edited: the cached course must be rendered again."""
    copy = tmp_path / "_internal"
    # Third-party files never render the course: vendored scripts, and the SCORM packages' XML schemas.
    third_party = shutil.ignore_patterns("__pycache__", "vendor", "schemas")
    shutil.copytree(disk_cache.GENERATOR_ROOT, copy, ignore=third_party)
    files = sorted(path for path in copy.rglob("*") if path.is_file())
    kinds = {path.suffix for path in files}
    assert {".py", ".j2", ".js", ".css", ".html"} <= kinds
    assert any(path.parent.name == "questions" for path in files), "one template per question type is covered"
    monkeypatch.setattr(disk_cache, "GENERATOR_ROOT", copy)
    try:
        disk_cache.generator_fingerprint.cache_clear()
        before = disk_cache.generator_fingerprint()
        unseen = []
        for path in files:
            original = path.read_bytes()
            path.write_bytes(original + b"\n")
            disk_cache.generator_fingerprint.cache_clear()
            if disk_cache.generator_fingerprint() == before:
                unseen.append(path.relative_to(copy).as_posix())
            path.write_bytes(original)
        assert unseen == []
    finally:
        disk_cache.generator_fingerprint.cache_clear()


def test_a_broken_home_page_stops_a_build_whose_course_comes_from_the_cache(tmp_path: Path) -> None:
    """The cache keeps modules and quizzes; the other pages are checked on every build all the same."""
    project = copy_course(tmp_path / "project", FIXTURES / "course")
    assert mkdocs_build(project, tmp_path / "first").returncode == 0
    (project / "course" / "index.md").write_text("---\ntitle: Food bank: a course\n---\nHello.\n", encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "second")
    assert result.returncode != 0
    assert "course/index.md:2: a colon (:) is in a place YAML does not expect" in result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr


def test_the_fingerprint_reads_what_it_says_it_reads() -> None:
    """Every code file (none in `vendor/` or `__pycache__/`) and the versions `importlib.metadata` gives."""
    from importlib import metadata

    cache = disk_cache
    expected = sorted(
        path.relative_to(cache.GENERATOR_ROOT).as_posix()
        for path in cache.GENERATOR_ROOT.rglob("*")
        if path.is_file() and path.suffix in cache._CODE_SUFFIXES and not {"vendor", "__pycache__"} & set(path.parts)
    )
    assert cache._code_files(cache.GENERATOR_ROOT) == expected
    assert "render/compiled/quiz_html.py" in expected and "render/plurals.json" in expected
    assert [cache._version(name) for name in cache._RENDERING_PACKAGES] == [
        metadata.version(name) for name in cache._RENDERING_PACKAGES
    ]
    assert cache._version("no-such-package-anywhere") == "?"


def test_a_build_that_writes_later_writes_once_with_the_pack(
    project: Path, memory: BuildMemory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The learners' build keeps its writing until the trainers' build has asked for the facilitator pack."""
    cache = project / ".cache" / "course"
    writes: list[bool] = []
    write = disk_cache.write_parts
    monkeypatch.setattr(
        build_module, "write_parts", lambda path, key, parts: (writes.append(parts.has_pack), write(path, key, parts))
    )
    build = CourseBuild(_paths(project), SETTINGS, cache, memory, write_later=True)
    build.parts()
    build.parts(pack=True)
    assert writes == [] and not _cache_file(project, cache).exists()
    build.flush()
    build.flush()  # nothing kept back any more: no second write
    assert writes == [True]
    monkeypatch.setattr(loader._Loading, "run", _must_not_load)
    kept, _problems = CourseBuild(_paths(project), SETTINGS, cache, BuildMemory()).parts(pack=True)
    assert kept.has_pack
