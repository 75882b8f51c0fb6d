"""The readability measure behind the "hard to read" note: syllables, sentences, prose and lines.

The content tests use the same functions on the real course, so these tests pin the
measure itself on small texts whose counts are known.
"""

from __future__ import annotations

import pytest

from generator._internal.course.readability import count_syllables, flesch, prose, prose_sentences, reading_ease


@pytest.mark.parametrize(
    ("word", "syllables"),
    [
        ("cat", 1),
        ("the", 1),
        ("make", 1),
        ("asked", 1),
        ("years", 1),
        ("makes", 1),
        ("people", 2),
        ("table", 2),
        ("little", 2),
        ("places", 2),
        ("meeting", 2),
        ("trusted", 2),
        ("decided", 3),
        ("together", 3),
        ("everyone", 3),
        ("beautiful", 3),
        ("refugee", 3),
        ("coproduction", 4),
        ("organisation", 5),
    ],
)
def test_syllable_counter_on_known_words(word: str, syllables: int) -> None:
    assert count_syllables(word) == syllables


def test_flesch_formula_on_a_known_text() -> None:
    # 2 sentences, 7 words, 9 syllables ("people" and "tables" have 2 each)
    score, words, sentences, syllables = flesch("The cat sat down. People make tables.")
    assert (words, sentences, syllables) == (7, 2, 9)
    assert round(score, 2) == round(206.835 - 1.015 * 7 / 2 - 84.6 * 9 / 7, 2)


def test_prose_drops_code_html_link_targets_heading_marks_and_sources() -> None:
    body = (
        "# The title\n"
        "\n"
        "Read [the guide](https://example.org/guide) and <b>smile</b>.\n"
        "\n"
        "```yaml\n"
        "module: intro\n"
        "```\n"
        "\n"
        "Run `course check` now.[^1]\n"
        "\n"
        "<!-- quiz -->\n"
        "\n"
        "## Sources\n"
        "\n"
        "Boyle, D. (2006) Hidden work.\n"
    )
    assert prose(body) == "The title. Read the guide and smile. Run now."


def test_headings_list_items_cells_and_box_titles_are_sentences() -> None:
    body = (
        "## Key points\n\n- First point\n- Second point\n\n"
        "| Works | Fails |\n|---|---|\n| Ask early | Ask late |\n\n"
        '!!! tip "A tip"\n    Start small.\n'
    )
    texts = [sentence.text for sentence in prose_sentences(body)]
    assert texts == [
        "Key points.",
        "First point.",
        "Second point.",
        "Works.",
        "Fails.",
        "Ask early.",
        "Ask late.",
        "A tip.",
        "Start small.",
    ]


def test_each_sentence_knows_its_line_in_the_file() -> None:
    body = "One short line.\n\nA paragraph that starts here. Its second sentence\nstarts on this line and ends\nhere.\n"
    sentences = prose_sentences(body, first_line=5)
    assert [(sentence.line, sentence.words) for sentence in sentences] == [(5, 3), (7, 5), (7, 10)]


def test_a_multi_line_comment_does_not_shift_the_lines() -> None:
    sentences = prose_sentences("<!--\na note\nfor trainers\n-->\nHello there.\n")
    assert [(sentence.line, sentence.text) for sentence in sentences] == [(5, "Hello there.")]


def test_reading_ease_names_the_longest_sentence() -> None:
    body = "Short one.\n\nThis sentence is the longest one of all the sentences here.\n\nAnother short one.\n"
    found = reading_ease(body, first_line=10)
    assert found is not None
    assert (found.longest.line, found.longest.words) == (12, 11)
    assert (found.words, found.sentences) == (16, 3)
    assert found.score == pytest.approx(flesch(prose(body))[0])


def test_reading_ease_of_a_page_without_words_is_none() -> None:
    assert reading_ease("```\ncode only\n```\n") is None
    with pytest.raises(ValueError, match="no words"):
        flesch("...")


def test_long_words_and_sentences_score_lower() -> None:
    plain = flesch("We meet on Monday. We talk. We plan the day together.")[0]
    dense = flesch(
        "Organisational considerations regarding participatory methodologies necessitate "
        "comprehensive institutional commitment, notwithstanding budgetary constraints."
    )[0]
    assert plain > 80
    assert dense < 20
