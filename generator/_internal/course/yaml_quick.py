"""A quick reader for the plain block YAML most course files are, giving what libyaml's reading gives.

libyaml parses in C, but hands every event, node and mark to Python as an object: for a quiz of
ten questions that is about 4 M instructions, most of a course's reading. Course files are almost
all one shape: block mappings and lists, keys that are words, texts plain (over one or more lines)
or quoted on one line, short lists and pairs written in brackets on one line, block texts (`>-`)
at one indentation. This reads exactly that shape, line by line from one regular expression's split,
and **refuses** anything else (`UnsureError`), so the caller reads the file with libyaml as before:
an anchor, a tag, an escape, a comment after a value, a bracket spanning lines, a block text keeping
its last breaks (`>+`) or with a deeper line, a line that could be read two ways. What it gives back
for a file it accepts is the data libyaml's reading gives (a test compares the two on the course's
files and on thousands of generated ones); lines are found later, from the text, only when a problem
needs one (`YamlDocument.lines`).

The rules followed are PyYAML's scanner's (`scan_plain`, `scan_plain_spaces`): a plain text runs
on while its next line is indented more than its key (or its list's dash), lines joined by a space
or, across empty lines, by one line break per empty line; each line's edge spaces dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

_LINE = re.compile(r"^( *+)(-(?: ++|$))?+(?:([A-Za-z_][A-Za-z0-9_-]*+):(?: ++|$))?+(.*+)$", re.M)
"""Each line as (indentation, a list's dash, a key that is a plain word, the rest): the only keys read here."""

_PRINTABLE_ASCII = bytes(range(0x20, 0x7F)) + b"\n"
"""The characters of an all-ASCII text that libyaml reads as they are."""

_REFUSED_CHARACTERS = re.compile(
    "[\\x00-\\x09\\x0b-\\x1f\\x7f-\\x9f\\u2028\\u2029\\ud800-\\udfff\\ufeff\\ufffe\\uffff]"
)
"""What libyaml reads otherwise or refuses in a text that is not all ASCII: a tab, a carriage return, YAML's
other line breaks, a control character, a byte-order mark inside a text."""

_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
"""The first characters that make a plain text something else (a list, a flow, an anchor, a tag, a block...)."""

_FLOW_ITEM = re.compile(
    r" *(?:\"([^\"\\]*)\"|'((?:[^']|'')*)'|([^\s,\[\]{}#:?'\"!&*|>%@`-](?:[^,\[\]{}#:?]*[^\s,\[\]{}#:?])?)) *([,\]}])"
)
"""One item of a list or pair in brackets: a quoted text, or a plain one without the characters that end one."""

_FLOW_KEY = re.compile(r" *([A-Za-z_][A-Za-z0-9_-]*): +")

Resolve = Callable[[str], Any]
"""A plain text's value: the text, or the number, boolean or nothing its tag makes of it (`UnsureError` when
the text is a problem, such as a date that is none)."""


class UnsureError(Exception):
    """The text is not the plain shape this reader reads exactly: read it with libyaml."""


def quick_data(text: str, resolve: Resolve, resolved_first: frozenset[str]) -> Any:
    """The data of `text` as libyaml's reading gives it, or `UnsureError`.

    `resolve` makes a plain text's value; only texts starting with one of `resolved_first` can be other
    than text (a digit, `t` of `true`, `n` of `null`...), so the others skip it.
    """
    if text.startswith(("---", "...", "%")) or "\n---" in text or "\n..." in text or "\n%" in text:
        raise UnsureError  # a document marker or a directive
    if text.isascii():
        if text.encode("ascii").translate(None, _PRINTABLE_ASCII):
            raise UnsureError  # a tab, a carriage return or a control character
    elif _REFUSED_CHARACTERS.search(text):
        raise UnsureError
    lines = _LINE.findall(text)
    reader = _Reader(text, lines, resolve, resolved_first)
    first = reader.next_content(0)
    if first >= len(reader.lines):
        raise UnsureError  # no document: libyaml's reading says what that gives
    indent, dash, key, _rest = reader.lines[first]
    value: Any
    if dash:
        value, end = reader.sequence(first, len(indent))
    elif key:
        value, end = reader.mapping(first, len(indent))
    else:
        raise UnsureError
    if reader.next_content(end) < len(reader.lines):
        raise UnsureError  # something after the document, at a lower indentation: a problem to report
    return value


class _Reader:
    """One text's lines (as `_LINE` splits them), read from a line index to the index after what was read."""

    __slots__ = ("_raw", "lines", "resolve", "resolved_first", "text")

    def __init__(
        self, text: str, lines: list[tuple[str, str, str, str]], resolve: Resolve, resolved_first: frozenset[str]
    ) -> None:
        self.text = text
        self.lines = lines
        self.resolve = resolve
        self.resolved_first = resolved_first
        self._raw: list[str] | None = None

    def raw(self) -> list[str]:
        """The lines as written (a block text keeps what `_LINE` splits apart), split once, when first asked."""
        if self._raw is None:
            self._raw = self.text.split("\n")
        return self._raw

    def next_content(self, index: int) -> int:
        """The first line from `index` that is neither empty nor a comment."""
        lines, count = self.lines, len(self.lines)
        while index < count:
            _indent, dash, key, rest = lines[index]
            if dash or key or (rest and rest[0] != "#"):
                return index
            index += 1
        return index

    def mapping(self, index: int, column: int, inline: tuple[str, str] | None = None) -> tuple[dict[Any, Any], int]:
        """A block mapping whose keys are at `column`, from line `index` (its first key `inline`, after a dash)."""
        result: dict[Any, Any] = {}
        lines, count, first_letters = self.lines, len(self.lines), self.resolved_first
        while True:
            if inline is not None:
                key, rest = inline
                inline = None
            else:
                indent, dash, key, rest = lines[index]
                if dash or not key or len(indent) != column:
                    raise UnsureError
            name: Any = key
            if key[0] in first_letters:
                name = self.resolve(key)
                if name is None:
                    name = "None"  # a key `null`: kept as its text, as the libyaml reading keeps it
            if name in result:
                raise UnsureError  # a key written twice: reported with its lines
            if rest and rest[0] not in _INDICATORS:  # most values: a plain text (a frame saved a key)
                result[name], index = self.plain(rest, index + 1, column)
            else:
                result[name], index = self.value(rest, index + 1, column, True)
            while index < count:  # `next_content`, written out: a frame saved for every key of every file
                indent, dash, key, rest = lines[index]
                if dash or key or (rest and rest[0] != "#"):
                    break
                index += 1
            else:
                return result, index
            at = len(indent)
            if at < column or (at == column and dash):
                return result, index  # the parent's next entry (or a list at its key's indentation ending)
            if at > column or not key:
                raise UnsureError

    def sequence(self, index: int, column: int) -> tuple[list[Any], int]:
        """A block list whose dashes are at `column`, starting on line `index`."""
        items: list[Any] = []
        lines, count = self.lines, len(self.lines)
        while True:
            _indent, dash, key, rest = lines[index]
            if key:
                item, index = self.mapping(index, column + len(dash), (key, rest))
            else:
                item, index = self.value(rest, index + 1, column, False)
            items.append(item)
            index = self.next_content(index)
            if index >= count:
                return items, index
            indent, dash, key, rest = lines[index]
            at = len(indent)
            if at < column or (at == column and not dash and key):
                return items, index  # the parent's next entry (a list at its key's indentation ends at a key)
            if at > column or not dash:
                raise UnsureError

    def value(self, rest: str, index: int, owner: int, in_mapping: bool) -> tuple[Any, int]:
        """The value after a key or a dash (`rest`, on the line before `index`).

        `owner` is the key's or the dash's column: a text goes on while its lines are indented more.
        """
        if rest:
            first = rest[0]
            if first in _INDICATORS:
                if first in {'"', "'"}:
                    return self.quoted(rest), index
                if first in {"[", "{"}:
                    return self.flow(rest), index
                if first in {">", "|"}:
                    return self.block_text(rest, index, owner)
                raise UnsureError
            return self.plain(rest, index, owner)
        lines = self.lines
        following = self.next_content(index)
        if following >= len(lines):
            return self.scalar(""), index
        indent, dash, key, rest = lines[following]
        at = len(indent)
        if at > owner:
            if dash:
                return self.sequence(following, at)
            if key:
                return self.mapping(following, at)
            if following != index or rest[0] in _INDICATORS:
                raise UnsureError  # a text after empty or comment lines, or one that is more than a text
            return self.plain(rest, following + 1, owner)
        if in_mapping and at == owner and dash:
            return self.sequence(following, at)  # a list at its key's indentation
        return self.scalar(""), index

    def plain(self, first: str, index: int, owner: int) -> tuple[Any, int]:
        """A plain text starting with `first`, continued on the lines from `index` indented more than `owner`."""
        first = first.rstrip(" ")
        if ": " in first or first[-1] == ":" or " #" in first:
            raise UnsureError
        lines, count = self.lines, len(self.lines)
        parts: list[str] | None = None
        breaks = 0
        end = index
        while index < count:
            indent, dash, key, rest = lines[index]
            if not (dash or key or rest):
                breaks += 1  # an empty line (or only spaces)
                index += 1
                continue
            if len(indent) <= owner:
                break
            rest = rest.rstrip(" ")
            if dash or key or rest[0] in _INDICATORS or ": " in rest or rest[-1] == ":" or " #" in rest:
                raise UnsureError
            if parts is None:
                parts = [first]
            parts.append("\n" * breaks if breaks else " ")
            parts.append(rest)
            breaks = 0
            index += 1
            end = index
        text = "".join(parts) if parts else first
        return (self.resolve(text) if text[:1] in self.resolved_first else text), end

    def block_text(self, header: str, index: int, owner: int) -> tuple[str, int]:
        """A block text (`>-`, `>`, `|-` or `|`) on the lines from `index`, all at its first line's indentation.

        Folded (`>`) lines are joined by a space, or by one line break per empty line between them;
        literal (`|`) ones keep their breaks; `-` drops the last line's break. A line indented more than
        the first (whose folding YAML treats apart), a whitespace-only line reaching into the text, or
        any other header is refused.
        """
        header = header.rstrip(" ")
        if header not in (">", ">-", "|", "|-"):
            raise UnsureError
        raw = self.raw()
        if index >= len(raw):
            raise UnsureError
        first = raw[index]
        indent = len(first) - len(first.lstrip(" "))
        if indent <= owner or not first.strip(" "):
            raise UnsureError  # an empty block text, or one starting with empty lines
        folded = header[0] == ">"
        parts = [first[indent:]]
        breaks = 0
        index += 1
        while index < len(raw):
            line = raw[index]
            if not line.strip(" "):
                if len(line) > indent:
                    raise UnsureError
                breaks += 1
                index += 1
                continue
            at = len(line) - len(line.lstrip(" "))
            if at < indent:
                break
            if at > indent:
                raise UnsureError
            if folded:
                parts.append("\n" * breaks if breaks else " ")
            else:
                parts.append("\n" * (breaks + 1))
            parts.append(line[indent:])
            breaks = 0
            index += 1
        last = index - breaks - 1  # the last line of the text
        if not header.endswith("-") and last + 1 < len(raw):
            parts.append("\n")  # the last line's break is kept
        return "".join(parts), last + 1

    def quoted(self, rest: str) -> str:
        """A text in quotes, all on its line: double quotes without escapes, or single quotes."""
        text = rest.rstrip(" ")
        quote = text[0]
        if len(text) < 2 or text[-1] != quote:
            raise UnsureError
        inner = text[1:-1]
        if quote == '"':
            if '"' in inner or "\\" in inner:
                raise UnsureError
            return inner
        return _single_quoted(inner)

    def flow(self, rest: str) -> list[Any] | dict[Any, Any]:
        """A list (`[a, b]`) or pairs (`{left: a, right: b}`) in brackets on one line, of texts only."""
        text = rest.rstrip(" ")
        closing = "]" if text[0] == "[" else "}"
        if text[-1] != closing:
            raise UnsureError
        pairs: dict[Any, Any] | None = {} if closing == "}" else None
        items: list[Any] = []
        position, end = 1, len(text)
        if not text[1:-1].strip(" "):
            return pairs if pairs is not None else items
        while True:
            key = None
            if pairs is not None:
                named = _FLOW_KEY.match(text, position)
                if named is None:
                    raise UnsureError
                key, position = named.group(1), named.end()
            item = _FLOW_ITEM.match(text, position)
            if item is None:
                raise UnsureError
            double, single, plain, after = item.groups()
            if double is not None:
                value: Any = double
            elif single is not None:
                value = _single_quoted(single)
            else:
                value = self.scalar(plain)
            if pairs is not None:
                name: Any = self.scalar(key) if key is not None else key
                if name is None or name in pairs:
                    raise UnsureError
                pairs[name] = value
            else:
                items.append(value)
            position = item.end()
            if after == closing:
                if position != end:
                    raise UnsureError
                return pairs if pairs is not None else items
            if after != ",":
                raise UnsureError

    def scalar(self, value: str) -> Any:
        """A plain text's value: the text itself, or what its tag makes of it (a number, a boolean, nothing)."""
        if value[:1] in self.resolved_first:
            return self.resolve(value)
        return value


def _single_quoted(inner: str) -> str:
    """The text between single quotes, each `''` one quote; a lone quote inside is refused."""
    if "'" in inner.replace("''", ""):
        raise UnsureError
    return inner.replace("''", "'")
