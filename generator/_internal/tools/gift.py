"""Moodle GIFT: export a quiz for an LMS's question bank, and import one from it.

GIFT is Moodle's plain-text question format (docs.moodle.org/en/GIFT_format).
The mapping, chosen so that export then import gives back the same quiz:

- question id: the title, `::id::`;
- prompt: the question text, marked `[markdown]` (answers and feedback inherit the format);
- single: `{=right#feedback ~wrong#feedback}`, one `=` answer;
- multiple: `{~%50%right ~%50%right ~%-100%wrong}`, each right answer an equal share
  of 100 and each wrong one -100, so Moodle gives nothing for a wrong tick: the
  closest it gets to this course's all-or-nothing scoring;
- true-false: `{T}` or `{F}`;
- match: `{=left -> right =left -> right}`;
- order: not every Moodle has an order type in GIFT, so it becomes a matching
  question pairing each item with its position, `{=Second step -> 2nd =First step -> 1st}`,
  items listed mixed up: learners choose each item's position from a list, as on
  the course site. On import, a matching question whose right-hand sides are
  exactly 1st, 2nd, 3rd... becomes an order question again. (Moodle 4.4+'s own
  ordering syntax, `{>3 ...` then one item per line, is read on import too.)
- explanation: the general feedback, `####text`; option feedback: `#text`;
- the quiz's title and pass mark: comment lines `// quiz title: ...` and
  `// quiz pass mark: 80`, which Moodle ignores.

Special characters `~ = # { } :` and the backslash are escaped with a
backslash, a line break is written `\\n`, as Moodle does. On import, `//`
comment lines are ignored, a blank line separates questions, `$CATEGORY:` lines
are skipped, and the question types this course does not have (essay,
numerical, short answer, descriptions) are reported as problems with their
line, like every other mistake.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, ClassVar

import yaml

from ..course.model import (
    AnyQuestion,
    MatchQuestion,
    MultipleQuestion,
    OrderQuestion,
    Quiz,
    SingleQuestion,
    TrueFalseQuestion,
)
from ..course.problems import Problem, relative_name
from ..course.slugs import slugify
from ..course.validation import describe, validate
from ..course.yaml_lines import PathKey, YamlDocument, parse_yaml, read_text
from ..render.identity import stable_shuffle

TITLE_COMMENT = "// quiz title:"
THRESHOLD_COMMENT = "// quiz pass mark:"
_RESERVED = "\\~=#{}:"


# ---------------------------------------------------------------- escaping


def escape(text: str) -> str:
    """Text as GIFT writes it: `~ = # { } :` and backslash escaped, line breaks as `\\n`."""
    out = []
    for char in text.replace("\r\n", "\n"):
        if char in _RESERVED:
            out.append("\\" + char)
        elif char == "\n":
            out.append("\\n")
        else:
            out.append(char)
    return "".join(out)


# Escaped characters become private-use placeholders while a question is parsed,
# so they never count as syntax; `_restore` turns them back into text (as Moodle does).
_PLACEHOLDERS = {char: chr(0xE000 + index) for index, char in enumerate("\\~=#{}:n")}
_RESTORE = str.maketrans({mark: ("\n" if char == "n" else char) for char, mark in _PLACEHOLDERS.items()})


def _restore(text: str) -> str:
    return text.translate(_RESTORE)


def unescape(text: str) -> str:
    """The text a GIFT fragment stands for."""
    return _restore(_Source.of([(1, text)]).text)


# ---------------------------------------------------------------- ordinals


def ordinal(position: int) -> str:
    """1 -> '1st', 2 -> '2nd', 11 -> '11th', 23 -> '23rd'."""
    suffix = "th" if 11 <= position % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(position % 10, "th")
    return f"{position}{suffix}"


def _position(text: str) -> int | None:
    match = re.fullmatch(r"(\d+)(st|nd|rd|th)", text)
    if not match or ordinal(int(match[1])) != text:
        return None
    return int(match[1])


def _mixed_order(question: OrderQuestion) -> list[int]:
    """A stable mixed-up order of the item indexes, never the right order."""
    return stable_shuffle(len(question.items), question.id)


# ---------------------------------------------------------------- export


def _share(count: int) -> str:
    """Each right answer's percentage, as Moodle writes it: 50, 33.33333, 25, ..."""
    return f"{100 / count:.5f}".rstrip("0").rstrip(".")


def _answer(marker: str, text: str, feedback: str | None = None) -> str:
    line = f"\t{marker}{escape(text)}"
    return line + (f"#{escape(feedback)}" if feedback else "")


def _question_lines(question: AnyQuestion) -> list[str]:
    lines: list[str]
    if isinstance(question, SingleQuestion):
        lines = [
            # A `~` answer whose text starts with % would read as a weight: give it an explicit one.
            _answer(
                "=" if option.correct else ("~%0%" if option.text.startswith("%") else "~"),
                option.text,
                option.feedback,
            )
            for option in question.options
        ]
    elif isinstance(question, MultipleQuestion):
        share = _share(sum(option.correct for option in question.options))
        lines = [
            _answer(f"~%{share}%" if option.correct else "~%-100%", option.text, option.feedback)
            for option in question.options
        ]
    elif isinstance(question, TrueFalseQuestion):
        return []
    elif isinstance(question, MatchQuestion):
        lines = [f"\t={escape(pair.left)} -> {escape(pair.right)}" for pair in question.pairs]
    else:
        lines = [f"\t={escape(question.items[index])} -> {ordinal(index + 1)}" for index in _mixed_order(question)]
    if question.explanation:
        lines.append(f"\t####{escape(question.explanation)}")
    return lines


def _question_gift(index: int, question: AnyQuestion) -> str:
    note = {
        "order": ": a matching question in Moodle, each item matched with its position",
        "multiple": ": several right answers",
    }.get(question.type, "")
    head = f"// question {index} ({question.type}){note}\n::{escape(question.id)}::[markdown]{escape(question.prompt)}"
    if isinstance(question, TrueFalseQuestion):
        general = f"####{escape(question.explanation)}" if question.explanation else ""
        return f"{head} {{{'T' if question.answer else 'F'}{general}}}"
    return "\n".join([f"{head} {{", *_question_lines(question), "}"])


def quiz_to_gift(quiz: Quiz, source: str = "") -> str:
    """The quiz as a GIFT file for Moodle's question bank (see the module docstring)."""
    header = [
        f"// {source or 'A quiz'} in Moodle's GIFT format, written by `course gift export`.",
        "// In Moodle: Question bank > Import > GIFT format. Texts are Markdown.",
        "// Order questions are matching questions: each item is matched with its position (1st, 2nd, ...).",
        "// Multiple-answer questions: each right answer is worth an equal share of 100%, each wrong one -100%.",
    ]
    if quiz.title:
        header.append(f"{TITLE_COMMENT} {escape(quiz.title)}")
    header.append(f"{THRESHOLD_COMMENT} {quiz.pass_mark}")
    blocks = ["\n".join(header)]
    blocks += [_question_gift(index, question) for index, question in enumerate(quiz.questions, start=1)]
    return "\n\n".join(blocks) + "\n"


MOODLE_GRADES = (100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5)
MOODLE_GRADES_LOW = (11.11111, 10, 5, 0)
"""The answer grades Moodle's question bank accepts, in percent (and their negatives); it refuses any other."""


def moodle_accepts(share: str) -> bool:
    """Whether a GIFT answer weight such as "33.33333" is one of Moodle's grades."""
    value = abs(float(share))
    return any(abs(value - grade) < 1e-4 for grade in (*MOODLE_GRADES, *MOODLE_GRADES_LOW))


def export_problems(quiz: Quiz, doc: YamlDocument, file: str) -> list[Problem]:
    """What GIFT cannot say about a valid quiz: a left-hand text with '->' (GIFT's own separator),
    and a multiple question whose right answers cannot share 100% in grades Moodle accepts."""
    problems = []
    for index, question in enumerate(quiz.questions):
        if isinstance(question, MultipleQuestion):
            right = sum(option.correct for option in question.options)
            if not moodle_accepts(_share(right)):
                problems.append(
                    Problem(
                        file,
                        doc.line_of(("questions", index, "options")),
                        f"this question has {right} right answers; Moodle cannot give each an equal share of 100% "
                        f"({_share(right)}% is not one of its grades), so it would refuse the question.",
                        "Moodle takes 1 to 10 (or 20) right answers: split the question in two, "
                        "or make some right answers wrong ones.",
                        describe(("questions", index), doc.data),
                    )
                )
        texts: list[tuple[PathKey, str]] = []
        if isinstance(question, MatchQuestion):
            texts = [(("questions", index, "pairs", n, "left"), pair.left) for n, pair in enumerate(question.pairs)]
        elif isinstance(question, OrderQuestion):
            texts = [(("questions", index, "items", n), item) for n, item in enumerate(question.items)]
        for path, text in texts:
            if "->" in text:
                problems.append(
                    Problem(
                        file,
                        doc.line_of(path),
                        "this text contains '->', which GIFT uses between the two sides of a match, "
                        "so Moodle would cut it in two.",
                        "Write it another way, e.g. 'to' or '→' instead of '->'.",
                        describe(path[:-1] if isinstance(path[-1], str) else path, doc.data),
                    )
                )
    return problems


def load_quiz_file(path: Path, root: Path) -> tuple[Quiz | None, YamlDocument | None, list[Problem]]:
    """Read and validate one quiz file on its own (not the whole course)."""
    file = relative_name(path, root)
    text, problems = read_text(path, file)
    if text is None:
        return None, None, problems
    doc, problems = parse_yaml(text, file)
    if doc is None:
        return None, None, problems
    if not isinstance(doc.data, dict):
        problems.append(Problem(file, 1, "this is not a quiz file.", "Export a quizzes/NN-slug.yml file."))
        return None, doc, problems
    quiz, model_problems = validate(Quiz, doc, file)
    return quiz, doc, problems + model_problems


# ---------------------------------------------------------------- import: reading the text


@dataclass(frozen=True)
class _Source:
    """A question's text with escapes turned into placeholders, and the line of every character."""

    text: str
    lines: tuple[int, ...]

    @classmethod
    def of(cls, numbered: list[tuple[int, str]]) -> _Source:
        chars: list[str] = []
        lines: list[int] = []
        for number, line in numbered:
            if chars:
                chars.append("\n")
                lines.append(number)
            index = 0
            while index < len(line):
                char = line[index]
                if char == "\\" and index + 1 < len(line) and line[index + 1] in _PLACEHOLDERS:
                    chars.append(_PLACEHOLDERS[line[index + 1]])
                    index += 2
                else:
                    chars.append(char)
                    index += 1
                lines.append(number)
        return cls("".join(chars), tuple(lines))

    def line_at(self, offset: int) -> int:
        if not self.lines:
            return 0
        return self.lines[min(max(offset, 0), len(self.lines) - 1)]


@dataclass(frozen=True)
class _Piece:
    """A part of a question's text and where it starts in the `_Source`."""

    text: str
    start: int

    def strip(self) -> _Piece:
        lead = len(self.text) - len(self.text.lstrip())
        return _Piece(self.text.strip(), self.start + lead)

    def split_at(self, index: int, width: int = 0) -> tuple[_Piece, _Piece]:
        return _Piece(self.text[:index], self.start), _Piece(self.text[index + width :], self.start + index + width)


_FORMATS = ("markdown", "moodle", "plain", "html")


def _text(piece: str, default: str = "moodle") -> tuple[str, str]:
    """(format, text): a leading `[markdown]`/`[html]`/... marker read and removed, escapes restored."""
    text, text_format = piece.strip(), default
    if text.startswith("["):
        end = text.find("]")
        if end > 0 and text[1:end] in _FORMATS:
            text_format, text = text[1:end], text[end + 1 :]
    text = _restore(text).strip()
    if text_format == "html":
        text = html_to_markdown(text)
    return text_format, text


class _HtmlToMarkdown(HTMLParser):
    """The little HTML Moodle's editor writes (paragraphs, bold, italics, links, lists) as Markdown."""

    _INLINE: ClassVar[dict[str, str]] = {"strong": "**", "b": "**", "em": "*", "i": "*"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._INLINE:
            self.out.append(self._INLINE[tag])
        elif tag in {"p", "div", "ul", "ol"}:
            self.out.append("\n\n")
        elif tag == "br":
            self.out.append("\n")
        elif tag == "li":
            self.out.append("\n- ")
        elif tag == "a":
            self.links.append(dict(attrs).get("href") or "")
            self.out.append("[")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._INLINE:
            self.out.append(self._INLINE[tag])
        elif tag in {"p", "div", "ul", "ol"}:
            self.out.append("\n\n")
        elif tag == "a" and self.links:
            self.out.append(f"]({self.links.pop()})")

    def handle_data(self, data: str) -> None:
        self.out.append(" ".join(data.split("\n")))


_MARKDOWN_PICTURE = re.compile(r"!\[[^\]]*\]\((?P<src>[^)\s]+)")


class _Pictures(HTMLParser):
    """The `src` of every `<img>` in Moodle's HTML text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.sources: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            self.sources.append(dict(attrs).get("src") or "")


def _pictures(text: str) -> list[str]:
    """File names of the pictures Moodle keeps itself (`@@PLUGINFILE@@/...`) in a question's raw text."""
    parser = _Pictures()
    parser.feed(text)
    parser.close()
    sources = [*parser.sources, *(match["src"] for match in _MARKDOWN_PICTURE.finditer(text))]
    return [source.rsplit("/", 1)[-1] for source in sources if "@@PLUGINFILE@@" in source]


def html_to_markdown(html: str) -> str:
    """Moodle's `[html]` text as Markdown; tags it does not know are dropped, their text kept."""
    parser = _HtmlToMarkdown()
    parser.feed(html)
    parser.close()
    text = "".join(parser.out)
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


# ---------------------------------------------------------------- import: questions


@dataclass
class _Reader:
    """Turns GIFT blocks into question data, gathering problems with their lines."""

    file: str
    problems: list[Problem] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)
    """What was imported differently, or left out, because the course cannot hold it: said, never silent."""
    lines: dict[PathKey, int] = field(default_factory=dict)
    ids: set[str] = field(default_factory=set)

    def problem(self, line: int, message: str, fix: str, where: str = "") -> None:
        self.problems.append(Problem(self.file, line, message, fix, where))

    def note(self, line: int, message: str, fix: str, where: str = "") -> None:
        self.notes.append(Problem(self.file, line, message, fix, where))

    def question(self, source: _Source, number: int, index: int) -> dict[str, Any] | None:
        """Block `number` (from 1) as question `index` of the quiz, or None: left out (noted) or broken (a problem)."""
        body = _Piece(source.text, 0).strip()
        first_line = source.line_at(body.start)
        where = f"question {number}"
        name = ""
        if body.text.startswith("::"):
            end = body.text.find("::", 2)
            if end < 0:
                self.problem(
                    first_line,
                    "the question title starts with '::' but is not closed with '::'.",
                    "Write the title between two pairs of colons, e.g. ::ground-rules:: What helps?",
                    where,
                )
                return None
            name = _restore(body.text[2:end]).strip()
            body = body.split_at(end + 2)[1].strip()
        where = f'question {number} "{name}"' if name else where
        start, finish = body.text.find("{"), body.text.find("}")
        if start < 0 and finish < 0:
            self.note(
                first_line,
                "left out: this text has no answers in { }, so it is a description, not a question.",
                "If its text matters, put it in the module's page instead.",
                where,
            )
            return None
        if start < 0 or finish < start or body.text.count("{") > 1 or body.text.count("}") > 1:
            line = source.line_at(body.start + (start if start >= 0 else finish))
            self.problem(
                line,
                "the braces { } of this question do not pair up.",
                "Open the answers with one { and close them with one }; "
                "write \\{ or \\} for a brace that is part of a text.",
                where,
            )
            return None
        before, rest = body.split_at(start, 1)
        answers, after = rest.split_at(finish - start - 1, 1)
        prompt_source = before.text if not after.text.strip() else f"{before.text}_____{after.text}"
        text_format, prompt = _text(prompt_source)
        self._note_pictures(prompt_source, first_line, where)
        answers = answers.strip()
        explanation, explanation_line = "", 0
        general = answers.text.rfind("####")
        if general >= 0:
            answers, feedback = answers.split_at(general, 4)
            explanation, explanation_line = _text(feedback.text, text_format)[1], source.line_at(feedback.start)
            answers = answers.strip()
        ident = self._ident(name, prompt, index)
        data: dict[str, Any] = {"id": ident, "prompt": prompt}
        path: PathKey = ("questions", index)
        self.lines[path] = self.lines[(*path, "id")] = self.lines[(*path, "prompt")] = first_line
        kind = self._kind(answers, source, where)
        readers = {
            "choice": self._choice,
            "matching": self._matching,
            "ordering": self._ordering,
            "true-false": self._true_false,
        }
        if explanation:
            data["explanation"] = explanation
            self.lines[(*path, "explanation")] = explanation_line
        if kind is None or not readers[kind](data, _Answers(answers, source, text_format, path, where)):
            return None
        return data

    def _ident(self, name: str, prompt: str, index: int) -> str:
        base = slugify(name) or slugify(" ".join(prompt.split()[:6]))[:48].strip("-") or f"question-{index + 1}"
        ident, count = base, 1
        while ident in self.ids:
            count += 1
            ident = f"{base}-{count}"
        self.ids.add(ident)
        return ident

    def _kind(self, answers: _Piece, source: _Source, where: str) -> str | None:
        """The GIFT question type, decided as Moodle decides it; None (reported) for types we lack."""
        text = answers.text
        line = source.line_at(answers.start)
        if text.startswith(">"):
            return "ordering"
        if text == "":
            self.note(
                line,
                "left out: this is an essay question (empty braces {}); quizzes in this course have no essay "
                "questions.",
                "Rewrite it as a single, multiple, true-false, order or match question if it should be in the quiz "
                "(a worksheet can hold questions answered in the learner's own words).",
                where,
            )
            return None
        if text.startswith("#"):
            self.note(
                line,
                "left out: this is a numerical question ({#...}); quizzes in this course have no numerical questions.",
                "Rewrite it as a single-choice question, e.g. {=1951 ~1967 ~2001}, if it should be in the quiz.",
                where,
            )
            return None
        if "~" in text:
            return "choice"
        if "=" in text and "->" in text:
            return "matching"
        if text.split("#", 1)[0].strip() in {"T", "TRUE", "F", "FALSE"}:
            return "true-false"
        self.note(
            line,
            "left out: this is a short-answer question (only = answers, no ~ wrong answers); "
            "quizzes in this course have no short-answer questions.",
            "Add wrong answers with ~ to make it a single-choice question, e.g. {=right ~wrong ~wrong}, "
            "and import again.",
            where,
        )
        return None

    def _choice(self, data: dict[str, Any], block: _Answers) -> bool:
        """Moodle's multiple choice: with an = answer one is right, else every positive weight is."""
        single = "=" in block.piece.text
        options: list[dict[str, Any]] = []
        shares: list[float] = []
        for marker, piece in _marked(block.piece, "~="):
            line = block.line(piece.start)
            content = piece.text.lstrip()
            if not marker:
                if content.strip():
                    self.problem(
                        line,
                        "this text stands before the first answer; answers start with = (right) or ~ (wrong).",
                        "Start each answer with = or ~.",
                        block.where,
                    )
                    return False
                continue
            weight = 100.0 if marker == "=" else 0.0
            match = re.match(r"%(-?\d+(?:\.\d*)?)%", content) if marker == "~" else None
            if match:
                weight, content = float(match[1]), content[match.end() :]
            if single and 0 < weight < 100:
                self.note(
                    line,
                    f"this answer gave part of the marks ({weight:g}%) in Moodle; it is imported as a wrong answer "
                    "(in this course an answer is right or wrong).",
                    "Check the answer's feedback says why it is not the best answer.",
                    block.where,
                )
            elif not single and weight > 0:
                shares.append(weight)
            text, _hash, feedback = content.partition("#")
            self._note_pictures(text + feedback, line, block.where)
            option: dict[str, Any] = {"text": block.text(text)}
            if (weight >= 100) if single else (weight > 0):
                option["correct"] = True
            if feedback.strip():
                option["feedback"] = block.text(feedback)
            self.lines[(*block.path, "options", len(options))] = line
            options.append(option)
        data["type"] = "single" if single else "multiple"
        data["options"] = options
        self.lines[(*block.path, "options")] = block.line(block.piece.start)
        right = sum(1 for option in options if option.get("correct"))
        if single and right != 1:
            self.problem(
                block.line(block.piece.start),
                f"this question has {right} answers marked = (right); a question with = answers has exactly one.",
                "Keep one = answer and mark the others ~; if several are right, give each right one "
                "a share such as ~%50% and each wrong one ~%-100%, without any =.",
                block.where,
            )
            return False
        if len(set(shares)) > 1:
            self.note(
                block.line(block.piece.start),
                "Moodle gave the right answers different shares ("
                + ", ".join(f"{share:g}%" for share in shares)
                + "); in this course the question counts as right only when every right answer is chosen.",
                "Check that every answer with a share should be chosen; mark the others wrong.",
                block.where,
            )
        if not single and right == 0:
            self.problem(
                block.line(block.piece.start),
                "no answer of this question is right: it has no = answer and no positive weight such as ~%50%.",
                "Mark the right answer with =, or give each right answer a share of 100 (~%50%) "
                "and each wrong one ~%-100%.",
                block.where,
            )
            return False
        return True

    def _matching(self, data: dict[str, Any], block: _Answers) -> bool:
        """Moodle's matching; right-hand sides 1st, 2nd, ... make it an order question (our export)."""
        lefts: list[str] = []
        rights: list[str] = []
        lines: list[int] = []
        for marker, piece in _marked(block.piece, "="):
            if not marker and not piece.text.strip():
                continue
            left, arrow, right = piece.text.partition("->")
            if not marker or not arrow:
                self.problem(
                    block.line(piece.start),
                    "each answer of a matching question is written =left -> right.",
                    "Start each pair with = and put -> between its two sides.",
                    block.where,
                )
                return False
            lefts.append(block.text(left))
            rights.append(_restore(right).strip())
            lines.append(block.line(piece.start))
        positions = [_position(right) or 0 for right in rights]
        kind, key = ("order", "items") if sorted(positions) == list(range(1, len(rights) + 1)) else ("match", "pairs")
        data["type"] = kind
        self.lines[(*block.path, key)] = block.line(block.piece.start)
        if kind == "order":
            ranked = sorted(range(len(lefts)), key=lambda index: positions[index])
            data["items"] = [lefts[index] for index in ranked]
            for number, index in enumerate(ranked):
                self.lines[(*block.path, "items", number)] = lines[index]
        else:
            data["pairs"] = [{"left": left, "right": right} for left, right in zip(lefts, rights, strict=True)]
            for number, line in enumerate(lines):
                self.lines[(*block.path, "pairs", number)] = line
        return True

    def _ordering(self, data: dict[str, Any], block: _Answers) -> bool:
        """Moodle 4.4+'s ordering type: `{>N settings` on the first line, then one item per line."""
        settings, _newline, rest = block.piece.text.partition("\n")
        offset = block.piece.start + len(settings) + 1
        items: list[str] = []
        for raw in rest.split("\n"):
            if raw.strip():
                self.lines[(*block.path, "items", len(items))] = block.line(offset)
                items.append(block.text(raw))
            offset += len(raw) + 1
        data["type"] = "order"
        data["items"] = items
        self.lines[(*block.path, "items")] = block.line(block.piece.start)
        return True

    def _true_false(self, data: dict[str, Any], block: _Answers) -> bool:
        """`{T}` / `{F}`, and Moodle's own export `{TRUE#feedback if wrong#feedback if right}`.

        The course shows one explanation for both answers: the general feedback (`####`) when there
        is one, else the feedback for the right answer; a different one for a wrong answer is noted.
        """
        answer, *feedback = block.piece.text.split("#", 2)
        data["type"] = "true-false"
        data["answer"] = answer.strip() in {"T", "TRUE"}
        self.lines[(*block.path, "answer")] = block.line(block.piece.start)
        wrong, right = ([*feedback, "", ""])[:2]
        wrong, right = block.text(wrong), block.text(right)
        if right and "explanation" not in data:
            data["explanation"] = right
            self.lines[(*block.path, "explanation")] = block.line(block.piece.start)
        if wrong and wrong != data.get("explanation"):
            self.note(
                block.line(block.piece.start),
                f'the feedback for a wrong answer ("{wrong}") is not kept: this course shows one explanation '
                "for both answers" + (" (the feedback for the right answer is the explanation)." if right else "."),
                "If the learner needs it, add it to the question's `explanation:` in the quiz file.",
                block.where,
            )
        return True

    def _note_pictures(self, text: str, line: int, where: str) -> None:
        """A picture in a question stays in Moodle's own files: say which, and how to add it to the course."""
        for name in _pictures(_restore(text)):
            self.note(
                line,
                f'the picture "{name}" is left out: Moodle keeps it in its own files.',
                f"Copy it into course/assets/ and write ![what it shows](assets/{name}) in the question's text.",
                where,
            )


@dataclass(frozen=True)
class _Answers:
    """The answers of one question, between its braces, with what is needed to read them."""

    piece: _Piece
    source: _Source
    text_format: str
    path: PathKey
    where: str

    def line(self, offset: int) -> int:
        return self.source.line_at(offset)

    def text(self, raw: str) -> str:
        return _text(raw, self.text_format)[1]


def _marked(answers: _Piece, markers: str) -> list[tuple[str, _Piece]]:
    """Split answers at each marker character: [(marker or '' for text before the first, piece)]."""
    parts: list[tuple[str, _Piece]] = []
    marker, begin = "", 0
    for index, char in enumerate(answers.text):
        if char in markers:
            parts.append((marker, _Piece(answers.text[begin:index], answers.start + begin)))
            marker, begin = char, index + 1
    parts.append((marker, _Piece(answers.text[begin:], answers.start + begin)))
    return parts


def _blocks(text: str) -> tuple[list[list[tuple[int, str]]], list[tuple[int, str]]]:
    """Questions as lists of (line number, line), without their `//` comment lines; and those lines."""
    blocks: list[list[tuple[int, str]]] = []
    comments: list[tuple[int, str]] = []
    current: list[tuple[int, str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped:
            if current:
                blocks.append(current)
            current = []
        elif stripped.startswith("//"):
            comments.append((number, stripped))
        else:
            current.append((number, line))
    if current:
        blocks.append(current)
    return blocks, comments


@dataclass(frozen=True)
class GiftImport:
    """What reading a GIFT file gave: the quiz (None when it cannot be made), its problems, and notes.

    Notes say what was imported differently or left out because the course cannot hold it
    (essay, numerical and short-answer questions, descriptions, partial marks, pictures kept in
    Moodle, a wrong answer's own feedback): the quiz is still written, and the trainer is told.
    """

    quiz: Quiz | None
    problems: list[Problem]
    notes: list[Problem]


def gift_to_quiz(text: str, module: str, file: str) -> GiftImport:
    """Read a GIFT file into a quiz for `module`; what it cannot hold is left out and noted."""
    reader = _Reader(file)
    data: dict[str, Any] = {"module": module}
    blocks, comments = _blocks(text.lstrip("\ufeff").replace("\r\n", "\n"))
    reader.lines[()] = reader.lines[("module",)] = 1
    for number, comment in comments:
        if comment.startswith(TITLE_COMMENT):
            data["title"] = unescape(comment.removeprefix(TITLE_COMMENT).strip())
            reader.lines[("title",)] = number
        elif comment.startswith(THRESHOLD_COMMENT):
            value = comment.removeprefix(THRESHOLD_COMMENT).strip().rstrip("%").strip()
            reader.lines[("pass_mark",)] = number
            data["pass_mark"] = int(value) if value.isdigit() else value
    questions: list[dict[str, Any]] = []
    number = 0
    for block in blocks:
        # Moodle's question bank category: the trainer chooses one when importing into Moodle.
        lines = block[1:] if block[0][1].lstrip().startswith("$CATEGORY:") else block
        if not lines:
            continue
        number += 1
        problems_before = len(reader.problems)
        question = reader.question(_Source.of(lines), number, len(questions))
        if question is not None:
            questions.append(question)
        elif len(reader.problems) > problems_before:
            questions.append({})  # keeps the numbering of later questions; the problem is reported
    notes = sorted(reader.notes)
    if not any(questions):
        if not reader.problems:
            reader.problem(
                1,
                "this file holds no question the course can use." if number else "this file holds no GIFT questions.",
                "Export the questions from Moodle's question bank in GIFT format, "
                "or write them like ::id:: Question text {=right ~wrong}.",
            )
        return GiftImport(None, sorted(reader.problems), notes)
    data["questions"] = questions
    reader.lines[("questions",)] = reader.lines.get(("questions", 0), 1)
    if reader.problems:
        return GiftImport(None, sorted(reader.problems), notes)
    quiz, problems = validate(Quiz, YamlDocument(data, reader.lines), file)
    return GiftImport(quiz, sorted(problems), notes)


# ---------------------------------------------------------------- import: writing YAML


class _QuizDumper(yaml.SafeDumper):
    """YAML the way the course's quizzes are written: lists indented, multi-line text as blocks."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _represent_text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if "\n" in value else None)


_QuizDumper.add_representer(str, _represent_text)


def _question_data(question: AnyQuestion) -> dict[str, Any]:
    data: dict[str, Any] = {"id": question.id, "type": question.type, "prompt": question.prompt}
    if isinstance(question, SingleQuestion | MultipleQuestion):
        data["options"] = [
            {
                "text": option.text,
                **({"correct": True} if option.correct else {}),
                **({"feedback": option.feedback} if option.feedback else {}),
            }
            for option in question.options
        ]
    elif isinstance(question, TrueFalseQuestion):
        data["answer"] = question.answer
    elif isinstance(question, OrderQuestion):
        data["items"] = list(question.items)
    else:
        data["pairs"] = [{"left": pair.left, "right": pair.right} for pair in question.pairs]
    if question.explanation:
        data["explanation"] = question.explanation
    return data


def quiz_to_yaml(quiz: Quiz, schema_line: str, note: str = "") -> str:
    """The quiz as a course YAML file, first line `schema_line`, then `note` as a comment."""
    data: dict[str, Any] = {"module": quiz.module}
    if quiz.title:
        data["title"] = quiz.title
    data["pass_mark"] = quiz.pass_mark
    data["questions"] = [_question_data(question) for question in quiz.questions]
    body = yaml.dump(data, Dumper=_QuizDumper, sort_keys=False, allow_unicode=True, width=1_000_000)
    lines = body.splitlines()
    spaced: list[str] = []
    for line in lines:
        if line.startswith("  - id: ") and spaced and spaced[-1] != "questions:":
            spaced.append("")  # a blank line between questions, as in the course's own files
        spaced.append(line)
    head = [schema_line] + [f"# {line}" for line in note.splitlines()]
    return "\n".join(head + spaced) + "\n"
