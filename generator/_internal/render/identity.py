"""Content hashes and the stable shuffle: the contract between the built pages and the browser.

The browser keeps a learner's answers only while a question's hash still matches,
and shows items in the order the shuffle gave at build time; both must come out
the same on every build of the same content, on every machine.
"""

from __future__ import annotations

import hashlib
import json
import random
from json import encoder as json_encoder
from typing import Any

HASHES_KEPT = 20_000
"""About two builds of a 1,000-module course: the memo's memory stays bounded."""


class HashMemo:
    """Hashes of frozen models already hashed in this process (`mkdocs serve` rebuilds the same objects).

    A plain class, not a dataclass: creating one costs Python 3.11 about 2 M instructions at import.
    """

    def __init__(self) -> None:
        self.known: dict[int, tuple[object, str]] = {}
        """id -> (the object, kept alive so its id is not reused meanwhile; its hash)."""

    def recall(self, value: object) -> str | None:
        """The hash kept for this very object, or None."""
        known = self.known.get(id(value))
        return known[1] if known is not None and known[0] is value else None

    def keep(self, value: object, digest: str) -> None:
        """Keep `value`'s hash, starting again once `HASHES_KEPT` are kept."""
        if len(self.known) > HASHES_KEPT:
            self.known.clear()
        self.known[id(value)] = (value, digest)


def content_hash(value: Any, memo: HashMemo | None = None) -> str:
    """A short, stable fingerprint of some content: saved answers are kept only while it matches."""
    is_model = hasattr(value, "model_dump")
    if is_model and memo is not None:  # a frozen model: the same object always gives the same hash
        known = memo.recall(value)
        if known is not None:
            return known
    data = value.model_dump(mode="json") if is_model else value
    digest = _digest(canonical_json(data))
    if is_model and memo is not None:
        memo.keep(value, digest)
    return digest


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def _not_json(value: object) -> None:
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


_make_encoder: Any = getattr(json_encoder, "c_make_encoder", None)  # CPython's C encoder (not in typeshed)
_canonical_chunks = (
    # json.dumps(value, sort_keys=True, ensure_ascii=False) is this C encoder behind a new JSONEncoder, its
    # Python `encode` and a check for circular data (a model's dump has none) on every call: the same text,
    # with the encoder made once. Arguments: markers, default, string encoder, indent, separators, sort_keys,
    # skipkeys, allow_nan, as json.encoder.JSONEncoder.iterencode passes them.
    _make_encoder(None, _not_json, json_encoder.encode_basestring, None, ": ", ", ", True, False, True)
    if _make_encoder is not None
    else None
)


def canonical_json(value: Any) -> str:
    """`json.dumps(value, sort_keys=True, ensure_ascii=False)`: the text every content hash is taken of."""
    if _canonical_chunks is None:  # pragma: no cover - CPython always has the C encoder
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    return "".join(_canonical_chunks(value, 0))


_QUESTIONS = "\x00questions\x00"
"""Stands for a quiz's question list while the rest of the quiz is written as JSON."""
_QUOTED_QUESTIONS = json.dumps(_QUESTIONS, ensure_ascii=False)
"""The stand-in as it stands in that JSON."""


def remember_quiz_hashes(quiz: Any, memo: HashMemo) -> None:
    """Put the hashes of `quiz` and of each of its questions in `memo`, from one dump of the quiz.

    The very values `content_hash` gives each of them (a test holds them equal), for about half the
    work: the quiz's JSON is its own fields with the questions' JSON put in, so each question is
    dumped and written once, where hashing each alone dumps every question twice.
    """
    if not hasattr(quiz, "model_dump"):
        return
    data = quiz.model_dump(mode="json")
    questions = data.get("questions")
    if not isinstance(questions, list) or len(questions) != len(quiz.questions):
        return
    texts = [canonical_json(question) for question in questions]
    data["questions"] = _QUESTIONS
    whole = canonical_json(data)
    if whole.count(_QUOTED_QUESTIONS) != 1:  # a text of the quiz holds the stand-in itself: hash it the usual way
        return
    memo.keep(quiz, _digest(whole.replace(_QUOTED_QUESTIONS, "[" + ", ".join(texts) + "]")))
    for question, text in zip(quiz.questions, texts, strict=True):
        memo.keep(question, _digest(text))


def stable_shuffle(count: int, seed: str) -> list[int]:
    """A stable mixed-up order of `range(count)`, never the original order (so the page does not give it away)."""
    order = list(range(count))
    if count < 2:
        return order
    # Not for security: a stable order per question, so rebuilds do not reshuffle.
    random.Random(hashlib.sha256(seed.encode("utf-8")).digest()).shuffle(order)  # noqa: S311
    if order == sorted(order):
        order = order[1:] + order[:1]
    return order


def display_order(module_slug: str, question_id: str, count: int) -> list[int]:
    """How an order or match question's items are listed on its page (its stable shuffle).

    The SCORM package needs it too, to tell which item each of the page's selects holds.
    """
    return stable_shuffle(count, f"{module_slug}/{question_id}")
