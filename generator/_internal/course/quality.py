"""Quality notes: what makes a valid course weaker than it looks, with the file, the line and a way to improve.

A problem stops the build; a note is advice and never does (unless the trainer asks for
`course check --strict`). Each note comes from a simple, explainable measure a trainer can
check by hand: quizzes whose answers can be guessed (the longest option, true-false all
one way), scenario endings whose points disagree with how good they are, objectives no
question refers to, stated minutes far below an estimate, and prose that is hard to read.

Everything here is a pure function of the checked course and the files behind it.
"""

from __future__ import annotations

import math
import posixpath
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import ClassVar

from .loader import CourseSources, Located, ModuleSource
from .model import AnyQuestion, Course, Module, Option, Quiz, Scenario
from .problems import DEFAULT_READING_EASE, Remark
from .readability import WORD, reading_ease
from .scenario_graph import ending_scores, longest_path_nodes

MINIMUM_PROSE_WORDS = 100
"""Below this, a page's reading ease says more about a few words than about the page."""
WORDS_PER_MINUTE = 130
"""Reading speed at a second-language, careful pace (fluent readers manage about 200)."""
MINUTES_PER_QUIZ_QUESTION = 1
MINUTES_PER_SCENARIO_STEP = 1
MINUTES_PER_WORKSHEET_QUESTION = 3
MINUTES_SHARE = 0.75
"""Stated minutes below this share of the estimate get a note: learners plan their time with them."""
MIN_SINGLE_QUESTIONS = 3
"""Fewer single-answer questions than this say nothing about how guessable a quiz is."""
CHANCE_LIMIT = 0.1
"""A right answer that is the longest option this often would happen by chance less than 1 time in 10."""
LONGER_BY = 1.2
"""A multiple-answer question's right options give themselves away when all are a fifth longer than the wrong ones."""
MIN_TRUE_FALSE_IN_QUIZ = 3
MIN_TRUE_FALSE_IN_COURSE = 5
TRUE_SHARE = (0.3, 0.7)
"""The course's true-false answers should be true in between 30% and 70% of questions."""
ENDING_RANK = {"poor": 0, "mixed": 1, "good": 2}

# fmt: off
STOP_WORDS = frozenset({
    "able", "about", "above", "after", "again", "also", "among", "apart", "because", "been", "before", "being",
    "below", "between", "both", "could", "define", "describe", "does", "doing", "down", "during", "each",
    "either", "example", "explain", "from", "give", "have", "having", "identify", "into", "just", "know",
    "learn", "least", "like", "list", "make", "many", "more", "most", "much", "must", "name", "need", "other",
    "others", "outline", "over", "recognise", "recognize", "same", "should", "show", "some", "such", "tell",
    "than", "that", "their", "them", "then", "there", "these", "they", "this", "those", "through", "under",
    "understand", "until", "upon", "using", "very", "what", "when", "where", "whether", "which", "while",
    "will", "with", "within", "without", "would", "your", "yours",
})
# fmt: on
"""Words too common (or too much the wording of any objective) to show what an objective is about."""


class Note(Remark):
    """One piece of advice about one course file: where, what is weak, what to try (`Try:`)."""

    ADVICE: ClassVar[str] = "Try"


def format_notes(notes: Iterable[Note]) -> str:
    """The advice a trainer reads: a count, then each note in file order ('' when there are none)."""
    items = sorted(set(notes))
    if not items:
        return ""
    noun = "quality note" if len(items) == 1 else "quality notes"
    return f"The course has {len(items)} {noun}:\n" + "\n".join(note.format() for note in items)


@dataclass(frozen=True)
class QualitySettings:
    """What the course's mkdocs.yml says about the notes."""

    reading_ease: int = DEFAULT_READING_EASE
    """The course's lowest acceptable Flesch reading ease; 0 turns the check off."""
    language: str = "en"
    """The course's language (`theme.language`): reading ease is measured only for English."""


def quality_notes(course: Course, sources: CourseSources, settings: QualitySettings | None = None) -> list[Note]:
    """Every quality note on a checked course, sorted, each once."""
    settings = settings or QualitySettings()
    notes: list[Note] = []
    for module in course.modules:
        quiz_source = sources.quizzes.get(module.slug)
        if module.quiz is not None and quiz_source is not None:
            notes += _quiz_notes(module.quiz, quiz_source)
        for scenario in module.scenarios:
            if scenario.id in sources.scenarios:
                notes += _ending_notes(scenario, sources.scenarios[scenario.id])
        page = sources.modules.get(module.slug)
        if page is not None:
            notes += _objective_notes(module, page)
            notes += _minutes_notes(module, page)
            notes += _reading_notes(module, page, settings)
    notes += _course_longest_option_notes(course, sources)
    notes += _course_true_false_notes(course, sources)
    return sorted(set(notes))


# ---------------------------------------------------------------- quizzes: guessable answers


def _quiz_notes(quiz: Quiz, source: Located) -> list[Note]:
    return [
        *_longest_option_notes(quiz, source),
        *_multiple_notes(quiz, source),
        *_quiz_true_false_notes(quiz, source),
    ]


def _name(index: int, question: AnyQuestion) -> str:
    return f'question {index + 1} "{question.id}"'


def right_is_longest(options: Sequence[Option]) -> bool:
    """Whether the one right option's text is strictly longer than every wrong option's."""
    right = [len(option.text) for option in options if option.correct]
    wrong = [len(option.text) for option in options if not option.correct]
    return len(right) == 1 and bool(wrong) and right[0] > max(wrong)


def chance_of_at_least(hits: int, tries: int, chance: float) -> float:
    """How likely `hits` or more of `tries` are by chance alone, each with probability `chance` (binomial)."""
    return sum(math.comb(tries, k) * chance**k * (1 - chance) ** (tries - k) for k in range(hits, tries + 1))


@dataclass(frozen=True)
class _LongestShare:
    """Single-answer questions whose right option is the longest, against what chance would give."""

    singles: int
    longest: Sequence[tuple[int, AnyQuestion]]
    mean_options: float

    @classmethod
    def of(cls, questions: Sequence[tuple[int, AnyQuestion]]) -> _LongestShare:
        singles = [(index, question) for index, question in questions if question.type == "single"]
        longest = [(index, question) for index, question in singles if right_is_longest(question.options)]
        options = sum(len(question.options) for _, question in singles if question.type == "single")
        return cls(len(singles), longest, options / len(singles) if singles else 0)

    @property
    def beyond_chance(self) -> bool:
        """More often than 1 in (mean number of options), and more often than chance would explain."""
        if self.singles < MIN_SINGLE_QUESTIONS:
            return False
        chance = 1 / self.mean_options
        hits = len(self.longest)
        return hits / self.singles > chance and chance_of_at_least(hits, self.singles, chance) < CHANCE_LIMIT


def _longest_option_notes(quiz: Quiz, source: Located) -> list[Note]:
    share = _LongestShare.of(list(enumerate(quiz.questions)))
    if not share.beyond_chance:
        return []
    listed = ", ".join(
        f"{_name(index, question)} (line {source.doc.line_of(('questions', index))})"
        for index, question in share.longest
    )
    return [
        Note(
            source.file,
            source.doc.line_of(("questions",)),
            f"the right answer is the longest option in {len(share.longest)} of {share.singles} single-answer "
            f"questions: {listed}. By chance it would be about 1 in {round(share.mean_options)}, so a learner who "
            "picks the longest option scores well without knowing the answers.",
            _LONGEST_FIX,
        )
    ]


_LONGEST_FIX = (
    "In some of these questions, write a wrong option with as much detail as the right one (a common "
    "misunderstanding makes a good one), or make the right option shorter."
)


def _course_longest_option_notes(course: Course, sources: CourseSources) -> list[Note]:
    """The same measure over the quizzes without a note of their own: a little too guessable each adds up."""
    per_quiz = [
        (sources.quizzes[module.slug], _LongestShare.of(list(enumerate(module.quiz.questions))))
        for module in course.modules
        if module.quiz is not None and module.slug in sources.quizzes
    ]
    per_quiz = [(source, share) for source, share in per_quiz if share.singles]
    others = [(source, share) for source, share in per_quiz if not share.beyond_chance]
    if len(others) < 2:
        return []  # one quiz: its own note says it
    singles = sum(share.singles for _, share in others)
    pooled = _LongestShare(
        singles,
        [question for _, share in others for question in share.longest],
        sum(share.mean_options * share.singles for _, share in others) / singles,
    )
    if not pooled.beyond_chance:
        return []
    counts = "; ".join(
        f"{posixpath.basename(source.file)}: {len(share.longest)} of {share.singles}" for source, share in others
    )
    scope = "across the course" if len(others) == len(per_quiz) else "across the quizzes without a note of their own"
    return [
        Note(
            _folder(others[0][0].file),
            0,
            f"{scope}, the right answer is the longest option in {len(pooled.longest)} of "
            f"{pooled.singles} single-answer questions ({counts}). By chance it would be about 1 in "
            f"{round(pooled.mean_options)}, so a learner who picks the longest option scores well without "
            "knowing the answers.",
            _LONGEST_FIX,
        )
    ]


def _folder(file: str) -> str:
    """The folder of the quiz files, where a note on all quizzes goes."""
    return posixpath.dirname(file) or file


def _multiple_notes(quiz: Quiz, source: Located) -> Iterator[Note]:
    for index, question in enumerate(quiz.questions):
        if question.type != "multiple":
            continue
        right = [len(option.text) for option in question.options if option.correct]
        wrong = [len(option.text) for option in question.options if not option.correct]
        if len(wrong) < 2:
            yield Note(
                source.file,
                source.doc.line_of(("questions", index)),
                "every option is right, so ticking them all always scores."
                if not wrong
                else "only 1 option is wrong, so spotting the odd one out is enough to score.",
                "Add wrong options until there are at least 2. Real misunderstandings make the best wrong options.",
                _name(index, question),
            )
        elif min(right) >= LONGER_BY * max(wrong):
            yield Note(
                source.file,
                source.doc.line_of(("questions", index)),
                "every right option is clearly longer than every wrong one (by a fifth or more), so a learner "
                "can tick the long ones without knowing the answer.",
                "Write at least one wrong option with as much detail as the right ones, or shorten a right one.",
                _name(index, question),
            )


def _true_false(quiz: Quiz) -> list[tuple[int, AnyQuestion, bool]]:
    return [
        (index, question, question.answer)
        for index, question in enumerate(quiz.questions)
        if question.type == "true-false"
    ]


def _all_one_way(answers: Sequence[bool]) -> bool:
    """At least 3 true-false answers, all true or all false."""
    return len(answers) >= MIN_TRUE_FALSE_IN_QUIZ and len(set(answers)) == 1


def _quiz_true_false_notes(quiz: Quiz, source: Located) -> list[Note]:
    statements = _true_false(quiz)
    if not _all_one_way([answer for _, _, answer in statements]):
        return []
    answer = statements[0][2]
    word, other = ("true", "false") if answer else ("false", "true")
    return [
        Note(
            source.file,
            source.doc.line_of(("questions",)),
            f"all {len(statements)} true-false statements are {word} "
            f"({', '.join(_name(index, question) for index, question, _ in statements)}), so a learner who "
            f"always answers {word.capitalize()} gets every one right.",
            f"Turn about half of them round so that they are {other}: state a common misunderstanding, or change "
            "one detail. Keep them just as believable, and avoid giveaway words such as always, never or only.",
        )
    ]


def _course_true_false_notes(course: Course, sources: CourseSources) -> list[Note]:
    """Across the course, true-false answers should be neither mostly true nor mostly false."""
    per_quiz = [
        (sources.quizzes[module.slug], [answer for _, _, answer in _true_false(module.quiz)])
        for module in course.modules
        if module.quiz is not None and module.slug in sources.quizzes
    ]
    per_quiz = [(source, answers) for source, answers in per_quiz if answers]
    answers = [answer for _, quiz_answers in per_quiz for answer in quiz_answers]
    if len(answers) < MIN_TRUE_FALSE_IN_COURSE:
        return []
    true = sum(answers)
    low, high = TRUE_SHARE
    if low <= true / len(answers) <= high:
        return []
    if len(per_quiz) == 1:
        only, only_answers = per_quiz[0]
        if _all_one_way(only_answers):
            return []  # the quiz's own note says it already
        file, line = only.file, only.doc.line_of(("questions",))
    else:
        file, line = _folder(per_quiz[0][0].file), 0
    word, other = ("true", "false") if true * 2 > len(answers) else ("false", "true")
    counts = "; ".join(
        f"{posixpath.basename(source.file)}: {sum(quiz_answers)} true of {len(quiz_answers)}"
        for source, quiz_answers in per_quiz
    )
    return [
        Note(
            file,
            line,
            f"across the course, {true} of {len(answers)} true-false answers are true "
            f"({round(100 * true / len(answers))}%), so a learner who always answers {word.capitalize()} "
            f"scores well on them ({counts}).",
            f"Aim for between {round(100 * low)}% and {round(100 * high)}% true: turn some {word} statements round "
            f"so that they are {other}.",
        )
    ]


# ---------------------------------------------------------------- scenarios: endings and points


def _ending_notes(scenario: Scenario, source: Located) -> Iterator[Note]:
    """A path to a worse ending that scores as much as a path to a better one: the points mislead."""
    scores = ending_scores(scenario)
    kind = {name: scenario.nodes[name].ending or "" for name in scores}
    for worse, worse_scores in scores.items():
        rivals = [
            name
            for name, better_scores in scores.items()
            if ENDING_RANK[kind[name]] > ENDING_RANK[kind[worse]] and better_scores.least <= worse_scores.most
        ]
        if not rivals:
            continue
        better = min(rivals, key=lambda name: (-ENDING_RANK[kind[name]], scores[name].least, name))
        least = scores[better].least
        yield Note(
            source.file,
            source.doc.line_of(("nodes", worse)),
            f"a path to this {kind[worse]} ending can score {_points(worse_scores.most)}, and a path to the "
            f'{kind[better]} ending "{better}" as few as {least}: the worse ending can score '
            f"{'as much' if worse_scores.most == least else 'more'}.",
            f'Give fewer points on the choices that lead here, or more on the way to "{better}", so that every '
            f"path to a better ending scores more than any path to a worse one.",
            f'node "{worse}"',
        )


def _points(number: int) -> str:
    return f"{number} point" if number == 1 else f"{number} points"


# ---------------------------------------------------------------- objectives no question refers to


def _stem(word: str) -> str:
    """A word without its plural or -ing ending, and without a final e: "values", "valuing" -> "valu"."""
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if word.endswith("ing") and len(word) >= 6:
        word = word[:-3]
        if word[-1] == word[-2] and word[-1] not in "lsz":
            word = word[:-1]  # "planning" -> "plan"
    return word.removesuffix("e") if len(word) > 3 else word


def key_words(text: str) -> dict[str, str]:
    """The words that say what a text is about: stem -> the word as first written (lowercase).

    Words of 4 letters or more, less common words; hyphens and apostrophes are dropped, so
    "co-production" and "coproduction" are one word.
    """
    found: dict[str, str] = {}
    for token in set(WORD.findall(text.lower().replace("\u2019", "'"))):
        word = token.removesuffix("'s").replace("'", "").replace("-", "")
        if len(word) < 4 or word in STOP_WORDS:
            continue
        stem = _stem(word)
        if stem not in STOP_WORDS and (stem not in found or word < found[stem]):
            found[stem] = word  # the same word for a stem, whatever the order of the text
    return found


def question_text(question: AnyQuestion) -> str:
    """Everything a question says: prompt, options with their feedback, items or pairs, explanation."""
    parts = [question.prompt, question.explanation or ""]
    if question.type in {"single", "multiple"}:
        parts += [f"{option.text} {option.feedback or ''}" for option in question.options]
    elif question.type == "order":
        parts += question.items
    elif question.type == "match":
        parts += [f"{pair.left} {pair.right}" for pair in question.pairs]
    return " ".join(parts)


def refers_to(objective: dict[str, str], question: dict[str, str]) -> bool:
    """A question refers to an objective when they share 2 key words (1, if the objective has fewer than 3)."""
    return len(objective.keys() & question.keys()) >= (2 if len(objective) >= 3 else 1)


def _objective_notes(module: Module, page: ModuleSource) -> list[Note]:
    objectives = module.meta.objectives
    if not objectives:
        return []
    if module.quiz is None:
        return [
            Note(
                page.file,
                page.front_matter.line_of(("objectives",)),
                "this module has objectives but no quiz, so nothing checks them.",
                f"Add a quiz file with `module: {module.slug}` and a question for each objective.",
            )
        ]
    questions = [key_words(question_text(question)) for question in module.quiz.questions]
    notes = []
    for index, objective in enumerate(objectives):
        wanted = key_words(objective)
        if not wanted or any(refers_to(wanted, question) for question in questions):
            continue
        need = 2 if len(wanted) >= 3 else 1
        notes.append(
            Note(
                page.file,
                page.front_matter.line_of(("objectives", index)),
                f"no question of the quiz refers to this objective: none uses {need} of its key words "
                f"({', '.join(sorted(wanted.values()))}).",
                "Add a question in which the learner uses it, for example a short situation to judge, or reword "
                "the objective to say what the quiz does check.",
                f"objective {index + 1}",
            )
        )
    return notes


# ---------------------------------------------------------------- minutes


def estimated_minutes(module: Module, body: str) -> float:
    """Reading at a second-language pace, plus time for each question, scenario step and worksheet answer."""
    return (
        len(body.split()) / WORDS_PER_MINUTE
        + MINUTES_PER_QUIZ_QUESTION * (len(module.quiz.questions) if module.quiz else 0)
        + MINUTES_PER_SCENARIO_STEP * sum(longest_path_nodes(scenario) for scenario in module.scenarios)
        + MINUTES_PER_WORKSHEET_QUESTION * sum(len(worksheet.questions) for worksheet in module.worksheets)
    )


def _estimate_parts(module: Module, body: str) -> str:
    """The estimate in words: each part's minutes and what they are for."""
    words = len(body.split())
    parts = [f"{_minutes(words / WORDS_PER_MINUTE)} to read its {words} words (at {WORDS_PER_MINUTE} words a minute)"]
    if module.quiz:
        questions = len(module.quiz.questions)
        parts.append(f"{_minutes(questions * MINUTES_PER_QUIZ_QUESTION)} for {_count(questions, 'quiz question')}")
    for scenario in module.scenarios:
        steps = longest_path_nodes(scenario)
        minutes = _minutes(steps * MINUTES_PER_SCENARIO_STEP)
        parts.append(f'{minutes} for the scenario "{scenario.id}" ({steps} steps on its longest way)')
    answers = sum(len(worksheet.questions) for worksheet in module.worksheets)
    if answers:
        minutes = _minutes(answers * MINUTES_PER_WORKSHEET_QUESTION)
        parts.append(f"{minutes} for {_count(answers, 'worksheet question')}")
    return ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0]


def _minutes(value: float) -> str:
    return "less than 1" if value < 0.5 else f"{value:.0f}"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _minutes_notes(module: Module, page: ModuleSource) -> list[Note]:
    estimate = estimated_minutes(module, page.body)
    suggested = max(5, math.ceil(estimate / 5) * 5)
    stated = module.meta.minutes
    if stated is None:
        return [
            Note(
                page.file,
                1,
                "the module does not say how long it takes (`minutes:`); learners plan their time with it.",
                f"Add `minutes: {suggested}` to the front matter. The estimate is about {estimate:.0f} minutes: "
                f"{_estimate_parts(module, page.body)}.",
            )
        ]
    if stated >= MINUTES_SHARE * estimate:
        return []
    return [
        Note(
            page.file,
            page.front_matter.line_of(("minutes",)),
            f"`minutes: {stated}` is far below the estimate of about {estimate:.0f} minutes: "
            f"{_estimate_parts(module, page.body)}.",
            f"Set `minutes: {suggested}` (learners plan their time with it), or make the module shorter.",
        )
    ]


# ---------------------------------------------------------------- reading ease


def is_english(language: str) -> bool:
    """Whether a language code (`en`, `en-GB`, `en_US`) is English: Flesch's formula is for English."""
    return re.split(r"[-_]", language.strip().lower())[0] == "en"


def _reading_notes(module: Module, page: ModuleSource, settings: QualitySettings) -> list[Note]:
    level = module.meta.reading_ease if module.meta.reading_ease is not None else settings.reading_ease
    if level <= 0 or not is_english(settings.language):
        return []
    found = reading_ease(page.body, page.body_line)
    if found is None or found.words < MINIMUM_PROSE_WORDS or found.score >= level:
        return []
    longest = found.longest
    opening = " ".join(longest.text.split()[:8])
    return [
        Note(
            page.file,
            longest.line,
            f"the text is hard to read: its reading ease is {max(found.score, 0):.0f}, below {level} "
            "(Flesch reading ease: 100 is very easy, 0 very hard, and 60 or more is plain English). "
            f"On average its sentences have {found.words / found.sentences:.0f} words, and its words "
            f"{found.syllables / found.words:.1f} syllables.",
            f"Use shorter sentences and everyday words. Start with the longest sentence, here on line {longest.line} "
            f'({longest.words} words): "{opening} ...". If this page cannot be plainer, accept a lower level for '
            "it with `reading_ease: N` in its front matter.",
        )
    ]
