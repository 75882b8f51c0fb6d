"""Quality notes: each kind as a fixture file with the note it must produce, and the measures behind them.

Each file in fixtures/quality/ holds a short description, the files it drops into the
fixture course, and `=== expected`: one line per note, as `file:line: text the note
contains` (`folder: text` for a note on all quizzes). Every case starts from `clean.txt`,
the fixture course made free of notes (its own expected list is empty), so a case shows
exactly the notes its own files cause: no more, no fewer.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from generator._internal.course.loader import read_course_with_sources
from generator._internal.course.model import Scenario
from generator._internal.course.paths import CoursePaths
from generator._internal.course.quality import (
    Note,
    QualitySettings,
    chance_of_at_least,
    format_notes,
    is_english,
    key_words,
    quality_notes,
    refers_to,
    right_is_longest,
)
from generator._internal.course.scenario_graph import ending_scores, longest_path_nodes
from generator.cli import main
from tests.course.test_problems import Case, broken_course, parse_case
from tests.helpers import FIXTURES, mkdocs_build

CASES = sorted((FIXTURES / "quality").glob("*.txt"))
CLEAN = FIXTURES / "quality" / "clean.txt"


def course_for(path: Path, target: Path) -> Path:
    """The fixture course with the clean case's files, then this case's files, dropped in."""
    case = parse_case(path)
    return broken_course(Case({**parse_case(CLEAN).files, **case.files}, case.expected), target)


def run(project: Path, capsys: pytest.CaptureFixture[str], *options: str) -> tuple[int, str, str]:
    """`course check` on a project: its exit code, what it printed, and its errors."""
    code = main(["--project", str(project), "check", *options])
    out, err = capsys.readouterr()
    return code, out, err


def test_there_is_a_fixture_for_each_kind_of_note() -> None:
    assert len(CASES) >= 13
    assert CLEAN in CASES


@pytest.mark.parametrize("path", CASES, ids=[case.stem for case in CASES])
def test_each_note_is_given_with_file_line_and_a_suggestion(
    path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = parse_case(path).expected
    assert expected or path == CLEAN, f"{path.name} has no expected notes"
    code, out, err = run(course_for(path, tmp_path), capsys)
    assert code == 0, f"notes are advice, never a failure:\n{out}{err}"
    assert out.startswith("The course is fine:")
    if not expected:
        assert "No quality notes." in out, out
        return
    report = out.split("quality note", 1)[1].split("\n")[1:]
    note_lines = [line for line in report if line and not line.startswith("    ") and not line.startswith("Quality")]
    tries = [line for line in report if line.startswith("    Try: ")]
    for line in expected:
        place, _, text = line.partition(": ")
        assert any(note.startswith(place + ":") and text in note for note in note_lines), (
            f"expected {line!r} in:\n{out}"
        )
    assert len(note_lines) == len(expected), f"unexpected extra notes:\n{out}"
    assert len(tries) == len(note_lines), f"every note needs a suggestion:\n{out}"


# ---------------------------------------------------------------- the command


def test_check_prints_notes_and_passes_but_strict_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = course_for(FIXTURES / "quality" / "true-false-all-one-way.txt", tmp_path)
    code, out, _ = run(project, capsys)
    assert code == 0
    assert "The course has 1 quality note:\n" in out and "--strict" in out
    code, out, err = run(project, capsys, "--strict")
    assert code == 1
    assert "all 3 true-false statements are true" in out
    assert "--strict" in err


def test_strict_passes_a_course_without_notes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(course_for(CLEAN, tmp_path), capsys, "--strict")
    assert code == 0
    assert "No quality notes." in out


def test_build_strict_stops_on_notes_before_building(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = course_for(FIXTURES / "quality" / "minutes-missing.txt", tmp_path / "project")
    code = main(["--project", str(project), "build", "--strict", "-d", str(tmp_path / "site")])
    assert code == 1
    assert "does not say how long it takes" in capsys.readouterr().out
    assert not (tmp_path / "site").exists()


def test_mkdocs_build_strict_is_not_stopped_by_notes(tmp_path: Path) -> None:
    """The GitHub Pages workflow runs `mkdocs build --strict`: advice must not fail it."""
    project = course_for(FIXTURES / "quality" / "scenario-endings-disagree.txt", tmp_path / "project")
    result = mkdocs_build(project, tmp_path / "site", "--strict")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "quality note" not in result.stdout + result.stderr
    assert (tmp_path / "site" / "index.html").is_file()


def test_a_course_with_problems_shows_problems_and_no_notes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = course_for(FIXTURES / "quality" / "minutes-missing.txt", tmp_path)
    (project / "quizzes" / "01-intro.yml").write_text("module: intro\nquestions: []\n", encoding="utf-8")
    code, out, err = run(project, capsys)
    assert code == 1
    assert "problem" in err
    assert "quality note" not in out + err


def _set_plugin_options(project: Path, options: str, theme: str = "") -> None:
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace("  - course\n", f"  - course:\n{options}")
    config.write_text(text.replace("  name: material\n", f"  name: material\n{theme}"), encoding="utf-8")


def test_the_course_level_of_reading_ease_comes_from_mkdocs_yml(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = course_for(FIXTURES / "quality" / "hard-to-read.txt", tmp_path)
    assert "hard to read" in run(project, capsys)[1]
    _set_plugin_options(project, "      reading_ease: 0\n")
    assert "No quality notes." in run(project, capsys)[1]
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("reading_ease: 0", "reading_ease: 101"))
    code, _, err = run(project, capsys)
    assert code == 1
    assert "mkdocs.yml: the course plugin's `reading_ease` should be a whole number from 0 to 100" in err


def test_reading_ease_is_measured_only_for_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = course_for(FIXTURES / "quality" / "hard-to-read.txt", tmp_path)
    assert "hard to read" in run(project, capsys)[1]
    _set_plugin_options(project, "      cache: true\n", theme="  language: cy\n")
    assert "No quality notes." in run(project, capsys)[1]


def test_mkdocs_accepts_the_reading_ease_option(tmp_path: Path) -> None:
    project = course_for(CLEAN, tmp_path / "project")
    _set_plugin_options(project, "      reading_ease: 50\n")
    result = mkdocs_build(project, tmp_path / "site", "--strict")
    assert result.returncode == 0, result.stdout + result.stderr


# ---------------------------------------------------------------- what the loader hands over


def test_the_loader_hands_over_each_loaded_file_with_its_lines() -> None:
    from generator._internal.course.loader import read_course
    from generator._internal.course.memory import LoadMemory

    paths = CoursePaths.under(FIXTURES / "course")
    memory = LoadMemory()
    for _ in range(2):  # the second load recalls the first's files, as `mkdocs serve` does
        loaded = read_course_with_sources(paths, memory)
        intro = loaded.sources.modules["intro"]
        assert (intro.file, intro.body_line) == ("course/01-intro.md", 8)
        assert intro.body.startswith("Working together means deciding together.")
        assert intro.front_matter.line_of(("minutes",)) == 6
        assert intro.front_matter.line_of(("objectives", 1)) == 5
        assert loaded.sources.quizzes["intro"].file == "quizzes/01-intro.yml"
        assert loaded.sources.quizzes["intro"].doc.line_of(("questions", 1)) == 15
        assert loaded.sources.scenarios["meeting"].doc.line_of(("nodes", "quiet")) == 24
    assert read_course(paths) == (loaded.course, loaded.problems)


def test_files_with_problems_hand_over_nothing(tmp_path: Path) -> None:
    project = course_for(CLEAN, tmp_path)
    (project / "quizzes" / "01-intro.yml").write_text("module: intro\nquestions: []\n", encoding="utf-8")
    (project / "course" / "02-practice.md").write_text("---\nminutes: 5\n---\nText.\n", encoding="utf-8")
    loaded = read_course_with_sources(CoursePaths.under(project))
    assert loaded.problems
    assert set(loaded.sources.modules) == {"intro"}
    assert set(loaded.sources.quizzes) == set()


# ---------------------------------------------------------------- the measures


def notes_for(case: str, target: Path, settings: QualitySettings | None = None) -> list[Note]:
    loaded = read_course_with_sources(CoursePaths.under(course_for(FIXTURES / "quality" / f"{case}.txt", target)))
    assert not loaded.problems
    return quality_notes(loaded.course, loaded.sources, settings)


def test_a_module_may_turn_the_reading_check_off(tmp_path: Path) -> None:
    assert notes_for("hard-to-read", tmp_path / "a")
    page = tmp_path / "b" / "course" / "02-practice.md"
    assert notes_for("hard-to-read", tmp_path / "b")
    page.write_text(page.read_text(encoding="utf-8").replace("minutes: 10\n", "minutes: 10\nreading_ease: 0\n"))
    loaded = read_course_with_sources(CoursePaths.under(tmp_path / "b"))
    assert quality_notes(loaded.course, loaded.sources) == []


def test_a_lower_course_level_accepts_the_plain_page(tmp_path: Path) -> None:
    assert notes_for("hard-to-read-module-level", tmp_path / "a")
    page = tmp_path / "a" / "course" / "02-practice.md"
    page.write_text(page.read_text(encoding="utf-8").replace("reading_ease: 90\n", ""))
    loaded = read_course_with_sources(CoursePaths.under(tmp_path / "a"))
    assert quality_notes(loaded.course, loaded.sources, QualitySettings(reading_ease=80)) == []
    assert quality_notes(loaded.course, loaded.sources, QualitySettings(reading_ease=85))


def test_the_course_note_on_true_false_is_not_repeated_for_a_single_quiz(tmp_path: Path) -> None:
    project = course_for(FIXTURES / "quality" / "true-false-all-one-way.txt", tmp_path)
    quiz = project / "quizzes" / "02-practice.yml"
    extra = "".join(
        f"  - id: extra-{n}\n    type: true-false\n    prompt: Statement {n}.\n    answer: true\n" for n in range(3)
    )
    quiz.write_text(quiz.read_text(encoding="utf-8") + extra, encoding="utf-8")
    (project / "quizzes" / "01-intro.yml").write_text(
        (project / "quizzes" / "01-intro.yml")
        .read_text(encoding="utf-8")
        .replace(
            "    type: true-false\n    prompt: A single focus group is coproduction.\n    answer: false\n",
            "    type: order\n    prompt: A single focus group.\n    items: [One, Two]\n",
        ),
        encoding="utf-8",
    )
    loaded = read_course_with_sources(CoursePaths.under(project))
    assert not loaded.problems
    messages = [note.message for note in quality_notes(loaded.course, loaded.sources)]
    assert [message for message in messages if "true-false" in message] == [
        next(message for message in messages if message.startswith("all 6 true-false statements are true"))
    ]


def test_format_notes_counts_sorts_and_removes_repeats() -> None:
    late = Note("quizzes/b.yml", 9, "second.", "Try this.", 'question 1 "x"')
    early = Note("course/a.md", 3, "first.", "Try that.")
    text = format_notes([late, early, late])
    assert text == (
        "The course has 2 quality notes:\n"
        "course/a.md:3: first.\n    Try: Try that.\n"
        'quizzes/b.yml:9: question 1 "x": second.\n    Try: Try this.'
    )
    assert format_notes([early]).startswith("The course has 1 quality note:\n")
    assert format_notes([]) == ""
    assert Note("quizzes", 0, "all.", "Do.").format() == "quizzes: all.\n    Try: Do."


def test_chance_of_at_least() -> None:
    assert chance_of_at_least(3, 3, 1 / 3) == pytest.approx(1 / 27)
    assert chance_of_at_least(0, 5, 0.25) == pytest.approx(1)
    assert chance_of_at_least(2, 4, 0.25) == pytest.approx(1 - 0.75**4 - 4 * 0.25 * 0.75**3)


def test_right_is_longest_needs_a_strictly_longer_right_option() -> None:
    from generator._internal.course.model import Option

    def options(right: str, *wrong: str) -> list[Option]:
        return [Option(text=right, correct=True), *(Option(text=text) for text in wrong)]

    assert right_is_longest(options("A long right answer", "Short", "Shorter"))
    assert not right_is_longest(options("Same!", "Equal"))
    assert not right_is_longest(options("Short", "A much longer wrong answer"))


def test_key_words_ignore_common_words_plurals_and_endings() -> None:
    assert key_words("Explain the values of sharing").keys() == key_words("valuing shares").keys() == {"valu", "shar"}
    assert key_words("Plan meetings").keys() == key_words("planning a meeting").keys() == {"plan", "meet"}
    assert key_words("co-production") == {"coproduction": "coproduction"}
    assert key_words("People's trust") == {"peopl": "people", "trust": "trust"}
    assert key_words("what which with from their") == {}


def test_an_objective_with_fewer_than_three_key_words_needs_one_shared() -> None:
    long_objective = key_words("Apply the six values in a meeting")
    short_objective = key_words("Describe journey mapping")
    assert len(long_objective) == 3 and len(short_objective) == 2
    assert not refers_to(long_objective, key_words("Which value matters most?"))
    assert refers_to(long_objective, key_words("Which value matters most in this meeting?"))
    assert refers_to(short_objective, key_words("Draw a journey map."))
    assert not refers_to(short_objective, key_words("Draw a persona."))


def test_is_english() -> None:
    assert is_english("en") and is_english("en-GB") and is_english("EN_us")
    assert not is_english("cy") and not is_english("fr")


# ---------------------------------------------------------------- scenario measures, against every simple path


def _scenario(nodes: dict[str, object]) -> Scenario:
    return Scenario.model_validate({"id": "s", "module": "m", "title": "S", "start": "a", "nodes": nodes})


def _simple_paths(scenario: Scenario) -> list[tuple[list[str], int]]:
    paths: list[tuple[list[str], int]] = []

    def walk(path: list[str], score: int) -> None:
        node = scenario.nodes[path[-1]]
        if node.ending:
            paths.append((path, score))
        for choice in node.choices or ():
            if choice.next not in path:
                walk([*path, choice.next], score + choice.points)

    walk([scenario.start], 0)
    return paths


def _choice(target: str, points: int = 0) -> dict[str, object]:
    return {"text": f"to {target}", "next": target, "points": points}


SCENARIOS = {
    "diamond": {
        "a": {"text": "A", "choices": [_choice("b", 2), _choice("c", 1)]},
        "b": {"text": "B", "choices": [_choice("d", 1), _choice("poor")]},
        "c": {"text": "C", "choices": [_choice("d", 3), _choice("good", 5)]},
        "d": {"text": "D", "choices": [_choice("good", 1), _choice("mixed")]},
        "good": {"text": "G", "ending": "good"},
        "mixed": {"text": "M", "ending": "mixed"},
        "poor": {"text": "P", "ending": "poor"},
    },
    "loop without points": {
        "a": {"text": "A", "choices": [_choice("b", 1), _choice("c", 2)]},
        "b": {"text": "B", "choices": [_choice("c"), _choice("good", 4)]},
        "c": {"text": "C", "choices": [_choice("b"), _choice("mixed", 1)]},
        "good": {"text": "G", "ending": "good"},
        "mixed": {"text": "M", "ending": "mixed"},
    },
}


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_ending_scores_and_longest_path_match_every_simple_path(name: str) -> None:
    scenario = _scenario(SCENARIOS[name])
    paths = _simple_paths(scenario)
    for ending, scores in ending_scores(scenario).items():
        totals = [score for path, score in paths if path[-1] == ending]
        assert (scores.least, scores.most) == (min(totals), max(totals)), ending
    assert longest_path_nodes(scenario) == max(len(path) for path, _ in paths)


def test_ending_scores_on_a_known_graph() -> None:
    scores = ending_scores(_scenario(SCENARIOS["diamond"]))
    assert {name: (s.least, s.most) for name, s in scores.items()} == {
        "good": (4, 6),
        "mixed": (3, 4),
        "poor": (2, 2),
    }


def test_ending_scores_stay_quick_on_a_big_graph() -> None:
    """Hundreds of nodes with 2**100 paths: counted over the graph, never path by path."""
    nodes: dict[str, object] = {}
    layers = 100
    for layer, side in itertools.product(range(layers), "xy"):
        following = [f"{layer + 1}{other}" for other in "xy"] if layer < layers - 1 else ["good"]
        nodes[f"{layer}{side}"] = {"text": "T", "choices": [_choice(target, 1) for target in following]}
    nodes["a"] = {"text": "A", "choices": [_choice("0x"), _choice("0y")]}
    nodes["good"] = {"text": "G", "ending": "good"}
    scenario = _scenario(nodes)
    assert ending_scores(scenario)["good"].most == layers
    assert longest_path_nodes(scenario) == layers + 2
