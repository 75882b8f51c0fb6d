"""How easy a module's prose is to read: the Flesch reading ease, and its longest sentence.

Learners include people with English as a second language, so plain prose matters as much
as right answers. Flesch's formula needs syllables; they are counted here by a small
heuristic (vowel groups, less a silent final e and silent -ed and -es endings) rather than
a pronouncing dictionary, so nothing is downloaded and any course can use it. It miscounts
some words ("area", "experience"), but on a whole page the errors mostly cancel out.

The prose is what a learner reads as sentences: the Markdown body without code, HTML tags,
link targets, heading marks and the closing list of sources. Headings, list items, table
cells and box titles count as sentences of their own, as a reader meets them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

WORD = re.compile(r"[A-Za-z]+(?:['\u2019-][A-Za-z]+)*")
"""A word: letters, with inner apostrophes and hyphens ("people's", "co-design")."""
HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?/?>")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_URL = re.compile(r"<?https?://\S+?>?(?=[\s)\]]|$)")
_LINK = re.compile(r"!?\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])")
"""An inline or reference link (or image): its text stays, its target goes."""
_FOOTNOTE_MARK = re.compile(r"\[\^[^\]]+\](?!:)")
_INLINE_CODE = re.compile(r"`+[^`]*`+")
_FENCE = re.compile(r"^(?:```|~~~)")
_LINK_DEFINITION = re.compile(r"^\[[^\]^]+\]:\s")
_BOX = re.compile(r'^(?:!!!|\?\?\?\+?|===)\s*[\w-]*\s*(?:"([^"]*)")?')
"""An admonition, collapsible box or tab line: only its title (in quotes) is prose."""
_LIST_ITEM = re.compile(r"^(?:[-*+]|\d+[.)])\s+")
_HEADING = re.compile(r"^#+\s*(?:\d+\.\s+)?")
_SOURCES = re.compile(r"^##\s+(?:Sources|References)\s*$", re.MULTILINE)
"""The closing list of sources: titles and names, not prose a learner reads through."""
_SENTENCE_END = re.compile(r"[.!?]+(?=[\s\"'\u201d\u2019)]|$)")
_ENDS_SENTENCE = re.compile(r"[.!?][\"'\u201d\u2019)]*$")


_NOT_LETTER = re.compile(r"[^a-z]")
_VOWELS = re.compile(r"[aeiouy]+")
_SILENT_E = re.compile(r"[^aeiouy]e$")
_CONSONANT_LE = re.compile(r"[^aeiouy]le$")
_SILENT_ED = re.compile(r"[^aeiouytd]ed$")
_SILENT_ES = re.compile(r"[^aeiouysxzhgcl]es$")


def count_syllables(word: str) -> int:
    """An approximate syllable count: vowel groups, less silent endings; at least 1."""
    word = _NOT_LETTER.sub("", word.lower())
    if len(word) <= 3:
        return 1
    word = word.removeprefix("y")  # a leading y is a consonant: "you", "years"
    count = len(_VOWELS.findall(word))
    if _SILENT_E.search(word) and not _CONSONANT_LE.search(word):
        count -= 1  # silent final e ("make"), but not -le after a consonant ("table") or -ee ("refugee")
    elif _SILENT_ED.search(word) or _SILENT_ES.search(word):
        count -= 1  # silent -ed ("asked") and -es ("makes"); not "decided", "places", "tables"
    return max(count, 1)


def word_syllables(token: str) -> int:
    """Syllables of a token; a hyphenated word counts as one word, its parts' syllables summed."""
    return sum(count_syllables(part) for part in token.split("-") if part)


@dataclass(frozen=True)
class Sentence:
    """One sentence of prose and the line of the file where it starts."""

    line: int
    text: str

    @property
    def words(self) -> int:
        """How many words it has."""
        return len(WORD.findall(self.text))


@dataclass(frozen=True)
class Readability:
    """A text's Flesch reading ease and what it is made of."""

    score: float
    """206.835 - 1.015 x words per sentence - 84.6 x syllables per word: 60 to 70 is plain English."""
    words: int
    sentences: int
    syllables: int
    longest: Sentence
    """The sentence with the most words: the first one to shorten."""


def prose_sentences(body: str, first_line: int = 1) -> list[Sentence]:
    """The sentences of a Markdown body whose first line is line `first_line` of its file."""
    body = _SOURCES.split(body, maxsplit=1)[0]
    body = _HTML_COMMENT.sub(lambda match: "\n" * match[0].count("\n"), body)  # lines keep their numbers
    return [sentence for line, block in _blocks(body.splitlines(), first_line) for sentence in _sentences(block, line)]


def prose(body: str) -> str:
    """A Markdown body's prose as plain text, one sentence after another."""
    return " ".join(sentence.text for sentence in prose_sentences(body))


def reading_ease(body: str, first_line: int = 1) -> Readability | None:
    """The Flesch reading ease of a Markdown body's prose (None when it has no words)."""
    return _readability(prose_sentences(body, first_line))


def flesch(text: str) -> tuple[float, int, int, int]:
    """Flesch reading ease of plain text, with the word, sentence and syllable counts behind it."""
    found = _readability(_split(text, 1))
    if found is None:
        raise ValueError("the text has no words")
    return found.score, found.words, found.sentences, found.syllables


def _readability(sentences: list[Sentence]) -> Readability | None:
    words = [word for sentence in sentences for word in WORD.findall(sentence.text)]
    if not words:
        return None
    # Pages repeat their words: each different word is counted once.
    syllables = sum(times * word_syllables(word) for word, times in Counter(words).items())
    score = 206.835 - 1.015 * len(words) / len(sentences) - 84.6 * syllables / len(words)
    longest = max(sentences, key=lambda sentence: sentence.words)
    return Readability(score, len(words), len(sentences), syllables, longest)


def _blocks(lines: list[str], first_line: int) -> list[tuple[int, str]]:
    """Paragraphs, list items, headings, table cells and box titles: (first line, text with line breaks)."""
    blocks: list[tuple[int, str]] = []
    current: list[str] = []
    start = first_line
    in_code = False

    def flush() -> None:
        if current:
            blocks.append((start, "\n".join(current)))
            current.clear()

    for number, line in enumerate(lines, start=first_line):
        stripped = line.strip()
        if _FENCE.match(stripped):
            flush()
            in_code = not in_code
            continue
        if in_code or _LINK_DEFINITION.match(stripped):
            continue
        box = _BOX.match(stripped)
        if not stripped:
            flush()
        elif stripped.startswith("|"):
            flush()
            if not set(stripped) <= set("|-: "):
                blocks.extend((number, cell) for cell in stripped.strip("|").split("|") if cell.strip())
        elif stripped.startswith("#"):
            flush()
            blocks.append((number, _HEADING.sub("", stripped)))
        elif box:
            flush()
            if box[1]:
                blocks.append((number, box[1]))
        elif stripped.startswith("<"):
            flush()
            blocks.append((number, HTML_TAG.sub(" ", stripped)))
        else:
            if _LIST_ITEM.match(stripped):
                flush()
                stripped = _LIST_ITEM.sub("", stripped)
            if not current:
                start = number
            current.append(stripped)
    flush()
    return blocks


def _sentences(block: str, line: int) -> list[Sentence]:
    """A block's sentences; a block that does not end like a sentence (a heading, a cell) ends one anyway."""
    text = _INLINE_CODE.sub(" ", block)
    text = _URL.sub(" ", _LINK.sub(r"\1", _FOOTNOTE_MARK.sub("", HTML_TAG.sub(" ", text))))
    # Line breaks stay (only trailing space goes), so each sentence still knows its line.
    text = re.sub(r"[*_`]", "", text).rstrip()
    text = re.sub(r":$", ".", text)
    if not WORD.search(text):
        return []
    return _split(text if _ENDS_SENTENCE.search(text) else text + ".", line)


def _split(text: str, line: int) -> list[Sentence]:
    """Sentences of `text` (each with its closing punctuation), whose first line is `line`."""
    sentences = []
    start = 0
    for end in [*(match.end() for match in _SENTENCE_END.finditer(text)), len(text)]:
        piece = text[start:end]
        first_word = WORD.search(piece)
        if first_word is not None:
            at = line + text.count("\n", 0, start + first_word.start())
            words = " ".join(piece[first_word.start() :].split())
            sentences.append(Sentence(at, re.sub(r" (?=[.,;:!?])", "", words)))  # a removed tag left a space
        start = end
    return sentences
