"""Moodle GIFT export and import: every quiz survives the round trip; hand-written GIFT reads as Moodle reads it."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator._internal.course.model import (
    MatchQuestion,
    MultipleQuestion,
    OrderQuestion,
    Quiz,
    SingleQuestion,
    TrueFalseQuestion,
)
from generator._internal.course.validation import validate
from generator._internal.course.yaml_lines import parse_yaml
from generator._internal.tools.gift import (
    escape,
    export_problems,
    gift_to_quiz,
    load_quiz_file,
    moodle_accepts,
    ordinal,
    quiz_to_gift,
    quiz_to_yaml,
    unescape,
)
from generator.cli import main
from tests.helpers import FIXTURES, REPO, copy_course, is_translation

QUIZ_FILES = [
    path
    for path in sorted((REPO / "quizzes").glob("*.yml")) + sorted((FIXTURES / "course" / "quizzes").glob("*.yml"))
    if not is_translation(path)
]


def _load(path: Path) -> Quiz:
    quiz, _doc, problems = load_quiz_file(path, REPO)
    assert quiz is not None and not problems, problems
    return quiz


def _read(gift: str, module: str = "m") -> Quiz:
    imported = gift_to_quiz(gift, module, "test.gift")
    quiz, problems = imported.quiz, imported.problems
    assert quiz is not None and not problems, "\n".join(problem.format() for problem in problems)
    return quiz


def _problems(gift: str) -> list[str]:
    imported = gift_to_quiz(gift, "m", "test.gift")
    assert imported.quiz is None and imported.problems
    return [f"{problem.line}: {problem.message}" for problem in imported.problems]


def _notes(gift: str) -> tuple[Quiz, list[str]]:
    """A file that imports, and what it says it left out or changed."""
    imported = gift_to_quiz(gift, "m", "test.gift")
    assert imported.quiz is not None and not imported.problems, [problem.format() for problem in imported.problems]
    return imported.quiz, [f"{note.line}: {note.message}" for note in imported.notes]


# ---------------------------------------------------------------- round trips


@pytest.mark.parametrize("path", QUIZ_FILES, ids=[str(path.relative_to(REPO)) for path in QUIZ_FILES])
def test_export_then_import_gives_the_same_quiz(path: Path) -> None:
    quiz = _load(path)
    assert _read(quiz_to_gift(quiz, path.name), quiz.module) == quiz


@pytest.mark.parametrize("path", QUIZ_FILES, ids=[str(path.relative_to(REPO)) for path in QUIZ_FILES])
def test_imported_yaml_reads_back_as_the_same_quiz(path: Path) -> None:
    quiz = _load(path)
    text = quiz_to_yaml(quiz, "# yaml-language-server: $schema=../schemas/quiz.schema.json", "Imported.")
    doc, problems = parse_yaml(text, "out.yml")
    assert doc is not None and not problems
    again, problems = validate(Quiz, doc, "out.yml")
    assert again == quiz and not problems


def test_the_course_has_every_question_type_to_round_trip() -> None:
    kinds = {question.type for path in QUIZ_FILES for question in _load(path).questions}
    assert kinds == {"single", "multiple", "true-false", "order", "match"}


def _awkward_quiz() -> Quiz:
    return Quiz(
        module="m",
        title="Braces {and} colons: a ~ test = #1",
        pass_mark=65,
        questions=[
            SingleQuestion(
                id="awkward",
                type="single",
                prompt="Which is right?\n\nA second paragraph with a back\\slash and a URL: https://example.org/a#b",
                options=[
                    {"text": "100% sure {yes}", "correct": True, "feedback": "Right = good #1"},
                    {"text": "%50% maybe", "feedback": "~wrong~"},
                ],
                explanation="**Bold** and `code`: a\\nb is not a line break.",
            ),
            MultipleQuestion(
                id="three-right",
                type="multiple",
                prompt="Pick three",
                options=[{"text": t, "correct": t != "d"} for t in ("a", "b", "c", "d")],
            ),
            TrueFalseQuestion(id="tf", type="true-false", prompt="True: or not?", answer=True),
            OrderQuestion(id="steps", type="order", prompt="Order", items=["One", "Two", "Three", "Four"]),
            MatchQuestion(
                id="pairs",
                type="match",
                prompt="Match",
                pairs=[{"left": "a: left", "right": "1 -> x"}, {"left": "b", "right": "2"}],
            ),
        ],
    )


def test_special_characters_line_breaks_and_weights_survive_the_round_trip() -> None:
    quiz = _awkward_quiz()
    assert _read(quiz_to_gift(quiz), "m") == quiz


# ---------------------------------------------------------------- the export, as Moodle reads it


def test_export_writes_each_type_as_moodle_expects() -> None:
    gift = quiz_to_gift(_awkward_quiz())
    assert "// quiz title: Braces \\{and\\} colons\\: a \\~ test \\= \\#1" in gift
    assert "// quiz pass mark: 65" in gift
    assert "::awkward::[markdown]Which is right?\\n\\nA second paragraph" in gift
    assert "\t=100% sure \\{yes\\}#Right \\= good \\#1" in gift
    assert "\t~%0%%50% maybe#\\~wrong\\~" in gift, "a wrong answer starting with % gets an explicit weight"
    assert "\t####**Bold** and `code`\\: a\\\\nb is not a line break." in gift
    assert gift.count("~%33.33333%") == 3 and "~%-100%d" in gift
    assert "::tf::[markdown]True\\: or not? {T}" in gift
    assert "\t=a\\: left -> 1 -> x" in gift


def test_order_is_a_matching_question_on_positions_listed_out_of_order() -> None:
    gift = quiz_to_gift(_awkward_quiz())
    block = gift[gift.index("::steps::") :].split("\n\n")[0]
    lines = [line.strip() for line in block.splitlines()[1:-1]]
    assert sorted(lines) == sorted(["=One -> 1st", "=Two -> 2nd", "=Three -> 3rd", "=Four -> 4th"])
    assert lines != ["=One -> 1st", "=Two -> 2nd", "=Three -> 3rd", "=Four -> 4th"], "the order would be given away"
    assert "matching question" in gift[: gift.index("::steps::")].splitlines()[-1]


def test_every_question_is_separated_by_a_blank_line_and_named_by_its_id() -> None:
    quiz = _awkward_quiz()
    gift = quiz_to_gift(quiz)
    blocks = gift.strip().split("\n\n")
    assert len(blocks) == 1 + len(quiz.questions)
    assert [block.splitlines()[1].split("::")[1] for block in blocks[1:]] == [q.id for q in quiz.questions]
    assert all("\n\n" not in block for block in blocks)


def test_escape_and_unescape_are_inverse() -> None:
    text = "a ~ b = c # d { e } f : g \\ h\ni \\n j"
    assert escape(text) == "a \\~ b \\= c \\# d \\{ e \\} f \\: g \\\\ h\\ni \\\\n j"
    assert unescape(escape(text)) == text
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st", "111th",
    ]  # fmt: skip


def test_export_refuses_an_arrow_in_a_left_hand_text(tmp_path: Path) -> None:
    path = tmp_path / "q.yml"
    path.write_text(
        "module: m\nquestions:\n  - id: p\n    type: match\n    prompt: P\n    pairs:\n"
        "      - {left: a -> b, right: c}\n      - {left: d, right: e}\n",
        encoding="utf-8",
    )
    quiz, doc, problems = load_quiz_file(path, tmp_path)
    assert quiz is not None and doc is not None and not problems
    (problem,) = export_problems(quiz, doc, "q.yml")
    assert problem.line == 7 and "'->'" in problem.message and problem.fix


# ---------------------------------------------------------------- hand-written GIFT

MOODLE_STYLE = """\
// A file as a trainer might write it, or Moodle export it.
$CATEGORY: $course$/top/Coproduction

// question: 1  name: Partnership
::Partnership::What is coproduction?{
\t=A partnership#Yes.
\t~A survey#No\\: a survey only seeks views.
\t####Decisions are made together.
}


::Signs::[markdown]Which are signs of coproduction?{
  ~%50%Shared power
  ~%50%An ongoing role
  ~%-100%A one-off event#One-off is not enough.
}

// a comment between questions, then a question without a title
A focus group is coproduction.{FALSE}

::Q: 4::Match them {=Trust -> Keep promises =Equity -> Fair shares}
"""


def test_a_moodle_style_file_is_read_with_comments_categories_and_weights() -> None:
    quiz = _read(MOODLE_STYLE, "values")
    assert quiz.module == "values" and quiz.title is None and quiz.pass_mark == 80
    single, multiple, true_false, match = quiz.questions
    assert isinstance(single, SingleQuestion) and single.id == "partnership"
    assert [(o.text, o.correct, o.feedback) for o in single.options] == [
        ("A partnership", True, "Yes."),
        ("A survey", False, "No: a survey only seeks views."),
    ]
    assert single.explanation == "Decisions are made together."
    assert isinstance(multiple, MultipleQuestion)
    assert [o.correct for o in multiple.options] == [True, True, False]
    assert isinstance(true_false, TrueFalseQuestion) and true_false.answer is False
    assert true_false.id == "a-focus-group-is-coproduction", "without a title the id comes from the prompt"
    assert isinstance(match, MatchQuestion) and match.id == "q-4"
    assert [(p.left, p.right) for p in match.pairs] == [("Trust", "Keep promises"), ("Equity", "Fair shares")]


def test_a_category_line_is_skipped_even_without_a_blank_line_after_it() -> None:
    quiz = _read("$CATEGORY: $course$/top/Values\n::a::One?{T}\n\n$CATEGORY: other\n\n::b::Two?{F}")
    assert [q.id for q in quiz.questions] == ["a", "b"]


def test_windows_line_ends_and_many_blank_lines_are_fine() -> None:
    quiz = _read("::a::One?{T}\r\n\r\n\r\n\r\n::b::Two?{F}\r\n")
    assert [q.id for q in quiz.questions] == ["a", "b"]


def test_weights_decide_right_and_wrong_in_a_multiple_answer_question() -> None:
    quiz = _read("::w::Pick{~%33.33333%a ~%33.33333%b ~%33.33334%c ~%0%d ~e}")
    (question,) = quiz.questions
    assert isinstance(question, MultipleQuestion)
    assert [o.correct for o in question.options] == [True, True, True, False, False]


def test_a_single_full_weight_without_equals_is_a_multiple_question_with_one_right_answer() -> None:
    (question,) = _read("::w::Pick{~%100%a ~%-100%b}").questions
    assert isinstance(question, MultipleQuestion) and [o.correct for o in question.options] == [True, False]


def test_the_missing_word_format_keeps_a_blank_in_the_prompt() -> None:
    (question,) = _read("Grant is {~buried =entombed ~living} in Grant's tomb.").questions
    assert question.prompt == "Grant is _____ in Grant's tomb."


def test_html_text_from_moodle_becomes_markdown() -> None:
    (question,) = _read(
        '::h::[html]<p>Is <strong>this</strong> &amp; <em>that</em> a <a href\\="https\\://x.org">link</a>?</p>{T}'
    ).questions
    assert question.prompt == "Is **this** & *that* a [link](https://x.org)?"


def test_duplicate_titles_get_distinct_ids() -> None:
    quiz = _read("::Same::One?{T}\n\n::Same::Two?{F}\n\n::same::Three?{T}")
    assert [q.id for q in quiz.questions] == ["same", "same-2", "same-3"]


def test_title_and_pass_mark_comments_are_read() -> None:
    quiz = _read("// quiz title: Check \\{it\\}\n// quiz pass mark: 70\n\n::a::One?{T}")
    assert quiz.title == "Check {it}" and quiz.pass_mark == 70


def test_moodle_ordering_syntax_is_read_as_an_order_question() -> None:
    (question,) = _read("::o::Put in order.{>3 ALL VERTICAL ABSOLUTE_POSITION SHOW\nFirst\nSecond\nThird\n}").questions
    assert isinstance(question, OrderQuestion) and question.items == ["First", "Second", "Third"]


def test_a_matching_question_on_positions_becomes_an_order_question() -> None:
    (question,) = _read("::o::Order{=b -> 2nd =c -> 3rd =a -> 1st}").questions
    assert isinstance(question, OrderQuestion) and question.items == ["a", "b", "c"]
    (other,) = _read("::o::Order{=b -> 2nd =c -> 4th =a -> 1st}").questions
    assert isinstance(other, MatchQuestion), "positions with a gap are an ordinary match"


# ---------------------------------------------------------------- what cannot be imported


@pytest.mark.parametrize(
    ("gift", "expected"),
    [
        ("::b::Broken {=a ~b", "1: the braces { } of this question do not pair up"),
        ("::t::Two blocks {=a ~b} and {=c ~d}", "1: the braces { } of this question do not pair up"),
        ("::unclosed Title{T}", "1: the question title starts with '::' but is not closed"),
        ("::two::Two right{=a =b ~c}", "1: this question has 2 answers marked = (right)"),
        ("::none::None right{~a ~b}", "1: no answer of this question is right"),
        ("::m::Match{=a -> b =c}", "1: each answer of a matching question is written =left -> right"),
        ("// only a comment\n", "1: this file holds no GIFT questions"),
        ("::e::Write an essay.{}", "1: this file holds no question the course can use"),
        ("::x::Empty option{=a ~}", '1: "text" is empty'),
    ],
)
def test_what_cannot_be_read_is_reported_with_its_line(gift: str, expected: str) -> None:
    assert expected in "\n".join(_problems(gift))


@pytest.mark.parametrize(
    ("gift", "expected"),
    [
        ("::e::Write an essay.{}", "3: left out: this is an essay question"),
        ("::n::When?{#1822:5}", "3: left out: this is a numerical question"),
        ("::s::Who?{=no one =nobody}", "3: left out: this is a short-answer question"),
        ("::d::Just some words", "3: left out: this text has no answers in { }, so it is a description"),
    ],
)
def test_question_types_the_course_lacks_are_left_out_by_name_and_the_rest_imported(gift: str, expected: str) -> None:
    quiz, notes = _notes(f"::ok::Fine{{T}}\n\n{gift}\n\n::later::Later{{F}}")
    assert [question.id for question in quiz.questions] == ["ok", "later"]
    assert notes == [next(note for note in notes if note.startswith(expected))], notes


def test_partial_marks_become_wrong_answers_and_are_noted() -> None:
    quiz, notes = _notes("::p::Part\n{\n=a\n~%50%b\n~c\n}")
    (question,) = quiz.questions
    assert isinstance(question, SingleQuestion) and [option.correct for option in question.options] == [
        True,
        False,
        False,
    ]
    assert notes == [
        "4: this answer gave part of the marks (50%) in Moodle; it is imported as a wrong answer "
        "(in this course an answer is right or wrong)."
    ]


def test_unequal_shares_of_a_multiple_question_are_noted() -> None:
    quiz, notes = _notes("::m::Which?{~%60%a ~%40%b ~%-100%c}")
    assert [option.correct for option in quiz.questions[0].options] == [True, True, False]  # type: ignore[union-attr]
    assert notes and "different shares (60%, 40%)" in notes[0]


def test_moodles_own_true_false_export_with_feedback_is_read() -> None:
    """Moodle writes {TRUE#feedback if wrong#feedback if right}: the right one becomes the explanation."""
    quiz, notes = _notes("::tf::Ground rules help a group.{TRUE#Think again: they do.#Yes: they share the room.}")
    (question,) = quiz.questions
    assert isinstance(question, TrueFalseQuestion) and question.answer is True
    assert question.explanation == "Yes: they share the room."
    assert len(notes) == 1 and 'the feedback for a wrong answer ("Think again: they do.") is not kept' in notes[0]
    general, general_notes = _notes("::tf::Agreed?{F#No.#Yes.####Because everyone agreed.}")
    assert general.questions[0].explanation == "Because everyone agreed." and len(general_notes) == 1


def test_pictures_kept_in_moodle_are_named() -> None:
    gift = '::pic::[html]<p>Look at the map <img src="@@PLUGINFILE@@/map.png" alt="map"></p>{=North ~South}'
    quiz, notes = _notes(gift)
    assert quiz.questions[0].prompt == "Look at the map"
    assert notes == ['1: the picture "map.png" is left out: Moodle keeps it in its own files.']


def test_every_problem_is_reported_at_once() -> None:
    problems = _problems("::b::Broken {=a ~b\n\n::ok::Fine{T}\n\n::two::Two{=a =b ~c}")
    assert [line.split(":")[0] for line in problems] == ["1", "5"]


# ---------------------------------------------------------------- the commands


def test_gift_export_command_writes_a_file_or_prints(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    project = copy_course(tmp_path / "project", FIXTURES / "course")
    quiz_file = project / "quizzes" / "01-intro.yml"
    out = tmp_path / "intro.gift"
    assert main(["--project", str(project), "gift", "export", str(quiz_file), "-o", str(out)]) == 0
    assert "::with-not-for::" in out.read_text(encoding="utf-8")
    assert "5 questions" in capsys.readouterr().out
    assert main(["--project", str(project), "gift", "export", str(quiz_file), "-o", "-"]) == 0
    assert capsys.readouterr().out == out.read_text(encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["--project", str(project), "gift", "export", str(quiz_file)]) == 0
    assert (tmp_path / "01-intro.gift").read_text(encoding="utf-8") == out.read_text(encoding="utf-8")


def test_gift_export_of_a_broken_quiz_lists_its_problems(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text("module: m\nquestions:\n  - id: a\n    type: essay\n    prompt: P\n", encoding="utf-8")
    assert main(["--project", str(tmp_path), "gift", "export", str(broken), "-o", str(tmp_path / "x.gift")]) == 1
    err = capsys.readouterr().err
    assert "broken.yml:3" in err and 'unknown question type "essay"' in err and "Traceback" not in err
    assert not (tmp_path / "x.gift").exists()


def test_gift_import_command_writes_a_quiz_that_passes_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = copy_course(tmp_path / "project", FIXTURES / "course")
    original = _load(project / "quizzes" / "02-practice.yml")
    gift = tmp_path / "practice.gift"
    assert main(["--project", str(project), "gift", "export", str(project / "quizzes" / "02-practice.yml"),
                 "-o", str(gift)]) == 0  # fmt: skip
    (project / "quizzes" / "02-practice.yml").unlink()
    assert main(["--project", str(project), "gift", "import", str(gift), "--module", "practice"]) == 0
    written = project / "quizzes" / "02-practice.yml"
    assert "quizzes/02-practice.yml: 1 questions" in capsys.readouterr().out
    lines = written.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "# yaml-language-server: $schema=../schemas/quiz.schema.json"
    assert _load(written) == original
    assert main(["--project", str(project), "check"]) == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--module", "practise"], 'There is no module "practise". Did you mean "practice"?'),
        (["--module", "practice"], "quizzes/02-practice.yml exists already"),
    ],
)
def test_gift_import_refuses_plainly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    project = copy_course(tmp_path / "project", FIXTURES / "course")
    gift = tmp_path / "q.gift"
    gift.write_text("::a::One?{T}\n", encoding="utf-8")
    assert main(["--project", str(project), "gift", "import", str(gift), *args]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_gift_import_refuses_a_second_quiz_for_a_module(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = copy_course(tmp_path / "project", FIXTURES / "course")
    gift = tmp_path / "q.gift"
    gift.write_text("::a::One?{T}\n", encoding="utf-8")
    target = project / "quizzes" / "practice-again.yml"
    assert (
        main(["--project", str(project), "gift", "import", str(gift), "--module", "practice", "-o", str(target)]) == 1
    )
    assert "already has a quiz: quizzes/02-practice.yml" in capsys.readouterr().err
    assert not target.exists()


def test_gift_import_of_a_bad_file_names_its_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = copy_course(tmp_path / "project", FIXTURES / "course")
    (project / "quizzes" / "02-practice.yml").unlink()
    gift = project / "moodle.gift"
    gift.write_text("::ok::Fine{T}\n\n::b::Broken {=a ~b\n", encoding="utf-8")
    assert main(["--project", str(project), "gift", "import", str(gift), "--module", "practice"]) == 1
    err = capsys.readouterr().err
    assert "moodle.gift:3: " in err and "braces" in err and "Fix: " in err and "Traceback" not in err
    assert not (project / "quizzes" / "02-practice.yml").exists()


def test_gift_import_writes_what_it_can_and_says_what_it_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = copy_course(tmp_path / "project", FIXTURES / "course")
    (project / "quizzes" / "02-practice.yml").unlink()
    gift = project / "moodle.gift"
    gift.write_text("::ok::Fine{T}\n\n::e::Tell us more.{}\n", encoding="utf-8")
    assert main(["--project", str(project), "gift", "import", str(gift), "--module", "practice"]) == 0
    out = capsys.readouterr().out
    assert "1 questions" in out or "1 question" in out
    assert "moodle.gift:3: " in out and "left out: this is an essay question" in out and "Try: " in out
    assert (project / "quizzes" / "02-practice.yml").is_file()
    assert main(["--project", str(project), "check"]) == 0


def test_export_writes_only_grades_moodle_accepts() -> None:
    """Each right answer's share must be one of Moodle's grades, or its question bank refuses the question."""
    for right in [*range(1, 11), 20]:
        options = [{"text": f"right {n}", "correct": True} for n in range(right)] + [{"text": "wrong"}]
        quiz = Quiz.model_validate(
            {"module": "m", "questions": [{"id": "q", "type": "multiple", "prompt": "P", "options": options}]}
        )
        gift = quiz_to_gift(quiz)
        shares = {line.split("%")[1] for line in gift.splitlines() if line.strip().startswith("~%")}
        assert shares and all(moodle_accepts(share) for share in shares), (right, shares)


def test_export_refuses_a_multiple_question_moodle_could_not_grade(tmp_path: Path) -> None:
    options = "".join(f"      - text: right {n}\n        correct: true\n" for n in range(11))
    quiz_file = tmp_path / "quizzes" / "01-many.yml"
    quiz_file.parent.mkdir(parents=True)
    quiz_file.write_text(
        f"module: m\nquestions:\n  - id: many\n    type: multiple\n    prompt: Which?\n    options:\n{options}"
        "      - text: wrong\n",
        encoding="utf-8",
    )
    quiz, doc, problems = load_quiz_file(quiz_file, tmp_path)
    assert quiz is not None and doc is not None and not problems
    (problem,) = export_problems(quiz, doc, "quizzes/01-many.yml")
    assert problem.line == 6 and "11 right answers" in problem.message and "9.09091%" in problem.message
