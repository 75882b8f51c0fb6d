"""Read YAML the way trainers write it, keeping the line of every value.

PyYAML's composer gives nodes with positions; we turn them into plain Python
data plus a map from each path (`("questions", 2, "options")`) to its line, so
validation errors can name the line a trainer must edit. We also catch what
PyYAML lets through silently: a key written twice, and YAML 1.1's surprise
booleans (`No`, `on`), which would turn an option text "No" into `False`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .problems import Problem
from .yaml_quick import UnsureError, quick_data

PathKey = tuple[str | int, ...]
_STR = "tag:yaml.org,2002:str"


_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"
_FLATTENED = frozenset({"tag:yaml.org,2002:merge", "tag:yaml.org,2002:value"})
"""The keys PyYAML's `flatten_mapping` rewrites (`<<:` merges, `=:`): a mapping without them is left as it is."""


def _resolve(kind: type[Node], value: Any, implicit: Any) -> str:
    """The tag PyYAML's `resolve` gives a node of the course's loaders (YAML 1.2 booleans, no path resolvers).

    `implicit` is a scalar's (plain, quoted), a list's or mapping's one flag.
    """
    if kind is not ScalarNode:
        return _SEQ if kind is SequenceNode else _MAP
    return _plain_tag(value) if implicit[0] else _STR


def _plain_tag(value: str) -> str:
    """The tag of a plain (unquoted) text: the first implicit resolver matching it, else text."""
    for tag, regexp in _RESOLVERS.get(value[:1], ()):
        if regexp.match(value):
            return str(tag)
    return _STR


class _Resolving:
    """PyYAML's tag resolution for files without path resolvers (the course's loaders add none).

    PyYAML's own `resolve`, `descend_resolver` and `ascend_resolver` run for every node of every file
    (libyaml's composer calls them back in Python), each time checking for path resolvers no course
    loader has and copying the rule lists it walks. The same answers without that, and without a Python
    frame for most nodes: a test holds them to PyYAML's own.
    """

    yaml_implicit_resolvers: dict[str | None, list[tuple[str, re.Pattern[str]]]]

    # Asked for every node: remembered (a C call when known), as keys (`type`, `text`, `feedback`),
    # lists, mappings and many values come back in every file.
    resolve = staticmethod(lru_cache(maxsize=2048)(_resolve))

    # Called around every node (libyaml's composer calls them back from C): C callables that do nothing
    # useful and need no Python frame. A dict's `get` takes the node and its index and gives the index back.
    descend_resolver: Any = {}.get
    ascend_resolver: Any = tuple


class _CourseYamlLoader(_Resolving, yaml.SafeLoader):
    """SafeLoader with YAML 1.2 booleans: only true/false, never yes/no/on/off."""


_RESOLVERS = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_CourseYamlLoader.yaml_implicit_resolvers = _RESOLVERS
_CourseYamlLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)

_CONSTRUCTOR = yaml.constructor.SafeConstructor()
"""Makes a number, a boolean or nothing of a plain text for the quick reader (its constructors keep no state)."""

_RESOLVED_FIRST = frozenset(first for first in _RESOLVERS if first is not None)
"""The first characters of the plain texts that may be other than text (digits, `t`rue, `n`ull, ''...)."""


def _plain_value(value: str) -> Any:
    """A plain text's value, as the course's loaders make it (`_plain_tag`, then the tag's constructor)."""
    tag = _plain_tag(value)
    if tag == _STR:
        return value
    construct = _CONSTRUCTOR.yaml_constructors.get(tag)
    if construct is None:  # `<<` or `=` as a value: the reading with lines reports it
        raise UnsureError
    try:
        return construct(_CONSTRUCTOR, ScalarNode(tag, value))
    except (ValueError, OverflowError):  # `2026-13-01`: reported by the reading with lines
        raise UnsureError from None


# Either PyYAML's Python loader or its libyaml twin: the same methods, no shared base class.
_LOADERS: tuple[type[Any], ...] = (_CourseYamlLoader,)
if getattr(yaml, "__with_libyaml__", False):

    class _FastCourseYamlLoader(_Resolving, yaml.CSafeLoader):
        """The same rules, parsed by libyaml (several times faster on large courses)."""

    _FastCourseYamlLoader.yaml_implicit_resolvers = _CourseYamlLoader.yaml_implicit_resolvers
    # libyaml first; on a syntax error the pure-Python parser runs again for its clearer messages.
    _LOADERS = (_FastCourseYamlLoader, _CourseYamlLoader)


class YamlDocument:
    """Plain data from one YAML text, with the line of every path in it.

    Most files have no problem, and then no line is ever asked for: so a document read from a text
    finds its lines only when first asked (`lines`), by reading the text again with them.
    """

    __slots__ = ("_line_offset", "_lines", "_text", "data")

    def __init__(
        self, data: Any, lines: dict[PathKey, int] | None = None, *, text: str = "", line_offset: int = 0
    ) -> None:
        self.data = data
        self._lines = lines if lines is not None or text else {}  # no text to read them from later: none
        self._text, self._line_offset = text, line_offset

    @property
    def text(self) -> str:
        """The YAML as written, for a document read without its lines ("" for one read with them)."""
        return self._text

    @property
    def lines(self) -> dict[PathKey, int]:
        """Each path's line: `("questions", 2, "options")` -> the line of that key."""
        if self._lines is None:
            self._lines = _read(self._text, "", self._line_offset)[0].lines  # type: ignore[union-attr]
        return self._lines

    def line_of(self, path: PathKey) -> int:
        """The line of `path`, or of its nearest recorded parent."""
        lines = self.lines
        for end in range(len(path), -1, -1):
            line = lines.get(path[:end])
            if line is not None:
                return line
        return 1

    def __repr__(self) -> str:
        return f"YamlDocument({self.data!r})"


def _flatten_merges(loader: Any, node: Node) -> None:
    """PyYAML's `<<:` merges (and `=:`) written out in `node`, as its constructor would; most mappings have none."""
    for key_node, _value in node.value:
        if key_node.tag in _FLATTENED:
            loader.flatten_mapping(node)
            return


def _as_key(key: Any) -> Any:
    """A key that is no text, number or boolean (`~`, a date, a list) kept as its text."""
    return key if isinstance(key, str | int | float | bool) and key is not None else str(key)


class _NeedsLinesError(Exception):
    """A text the quick reading cannot give as it is (a key written twice, a date that is none): read it with lines."""


def _plain(loader: Any, node: Node) -> Any:
    """The data of `node` as `_Builder.build` gives it, without the lines (which most files never need)."""
    kind = type(node)
    if kind is ScalarNode:
        if node.tag == _STR:
            return node.value
        try:
            return loader.construct_object(node, deep=True)
        except (ValueError, OverflowError):
            raise _NeedsLinesError from None
    if kind is SequenceNode:
        return [_plain(loader, item) for item in node.value]
    if kind is not MappingNode:
        raise _NeedsLinesError  # pragma: no cover - the composer makes only these
    _flatten_merges(loader, node)
    result: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        key = (
            key_node.value
            if key_node.tag == _STR and type(key_node) is ScalarNode
            else _as_key(_plain(loader, key_node))
        )
        if key in result:
            raise _NeedsLinesError
        result[key] = _plain(loader, value_node)
    return result


class _Builder:
    """The data of one document with every path's line, and the problems found on the way.

    A plain class, not a dataclass: creating one costs Python 3.11 about 2 M instructions at import.
    """

    def __init__(self, loader: Any, file: str, line_offset: int) -> None:
        self.loader = loader  # a loader from _LOADERS
        self.file = file
        self.line_offset = line_offset
        self.lines: dict[PathKey, int] = {}
        self.problems: list[Problem] = []

    def build(self, node: Node, path: PathKey) -> Any:
        if type(node) is ScalarNode:
            if node.tag == _STR:  # most values: the text as written, which is all the constructor would do
                return node.value
            return self._scalar(node)
        if isinstance(node, MappingNode):
            return self._mapping(node, path)
        if isinstance(node, SequenceNode):
            items = []
            lines, first = self.lines, 1 + self.line_offset
            for index, item in enumerate(node.value):
                here = (*path, index)
                lines[here] = item.start_mark.line + first
                items.append(self.build(item, here))
            return items
        raise TypeError(f"unexpected YAML node {node!r}")  # pragma: no cover - the composer makes only these

    def _scalar(self, node: Node) -> Any:
        try:
            return self.loader.construct_object(node, deep=True)
        except (ValueError, OverflowError) as error:  # `2026-13-01`: YAML reads it as a date, and there is none
            self.problems.append(
                Problem(
                    self.file,
                    self._line(node),
                    f'"{node.value}" reads as a date, but it is not one ({error}).',
                    "Write a date as year-month-day (2026-12-01), or put the text in quotes.",
                )
            )
            return node.value

    def _mapping(self, node: MappingNode, path: PathKey) -> dict[Any, Any]:
        _flatten_merges(self.loader, node)
        result: dict[Any, Any] = {}
        lines, first = self.lines, 1 + self.line_offset
        for key_node, value_node in node.value:
            key = (
                key_node.value
                if key_node.tag == _STR and type(key_node) is ScalarNode
                else _as_key(self.build(key_node, path))
            )
            line = key_node.start_mark.line + first
            here = (*path, key)
            if key in result:
                self.problems.append(
                    Problem(
                        self.file,
                        line,
                        f'the key "{key}" is written twice (first at line {lines.get(here, line)}).',
                        "Keep one of them: the second would silently replace the first.",
                    )
                )
                continue
            lines[here] = line
            result[key] = self.build(value_node, here)
        return result

    def _line(self, node: Node) -> int:
        return int(node.start_mark.line) + 1 + self.line_offset


def parse_yaml(text: str, file: str, line_offset: int = 0) -> tuple[YamlDocument | None, list[Problem]]:
    """Parse `text`; return the document (None when unreadable) and the problems.

    `line_offset` shifts reported lines, for YAML embedded in a larger file
    (front matter starts one line below the opening `---`).
    """
    layout_problems = _tab_problems(text, file, line_offset) + pasted_space_problems(text, file, line_offset)
    if layout_problems:
        return None, layout_problems
    try:  # most course files: plain block YAML, read without a node or mark made for each value
        return YamlDocument(quick_data(text, _plain_value, _RESOLVED_FIRST), text=text, line_offset=line_offset), []
    except UnsureError:
        pass
    if _LOADERS[0] is not _CourseYamlLoader:  # the quick reading: libyaml, no lines until one is asked for
        loader = _LOADERS[0](text)
        try:
            node = loader.get_single_node()
            if node is None:
                return YamlDocument(None, {(): 1 + line_offset}), []
            return YamlDocument(_plain(loader, node), text=text, line_offset=line_offset), []
        except (yaml.YAMLError, _NeedsLinesError):
            pass  # read again with lines, for the problem's place and the clearer messages
        finally:
            loader.dispose()
    return _read(text, file, line_offset)


def _read(text: str, file: str, line_offset: int) -> tuple[YamlDocument | None, list[Problem]]:
    """`parse_yaml`'s reading with every path's line, and the problems a quick reading does not place."""
    for loader_class in _LOADERS:
        loader = loader_class(text)
        try:
            node = loader.get_single_node()
            if node is None:
                return YamlDocument(None, {(): 1 + line_offset}), []
            builder = _Builder(loader, file, line_offset)
            builder.lines[()] = 1 + line_offset
            data = builder.build(node, ())
        except yaml.MarkedYAMLError as error:
            if loader_class is not _CourseYamlLoader:
                continue
            return None, [_syntax_problem(error, file, line_offset)]
        except yaml.YAMLError as error:  # errors without a position
            if loader_class is not _CourseYamlLoader:
                continue
            return None, [Problem(file, 1 + line_offset, f"this is not valid YAML: {error}.", _GENERIC_FIX)]
        finally:
            loader.dispose()
        break
    return YamlDocument(data, builder.lines), builder.problems


_GENERIC_FIX = (
    "Compare the line with a working example in the trainers' guide: "
    "keys end with a colon and a space, list items start with '- ', nesting uses spaces."
)


def _tab_problems(text: str, file: str, line_offset: int) -> list[Problem]:
    if "\t" not in text:
        return []  # the usual case, without looking at every line
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            problems.append(
                Problem(
                    file,
                    number + line_offset,
                    "this line is indented with a tab character; YAML only allows spaces.",
                    "Replace the tab with spaces (2 spaces per level), and set your editor to insert spaces.",
                )
            )
    return problems


PASTED_SPACES = {
    "\u00a0": "a non-breaking space",
    "\u202f": "a narrow non-breaking space",
    "\u2007": "a figure space",
    "\u2009": "a thin space",
    "\u200b": "a zero-width space",
    "\u200c": "a zero-width non-joiner",
    "\u200d": "a zero-width joiner",
    "\u2060": "a word joiner",
    "\ufeff": "a zero-width no-break space",
    "\u00ad": "a soft hyphen",
}
"""Characters word processors put in pasted text; most are invisible, and YAML does not read them as spaces."""
_KEY_LINE = re.compile(
    r"^(?P<indent>[^\S\n]*(?:-[^\S\n]+)*)(?P<key>[^\s:#\-\[{'\"][^:#\n]*?)(?P<colon>:)(?=[\s\u00a0\u202f]|$)"
)


def visible(text: str) -> str:
    """`text` without the invisible pasted characters (to quote it in a message), non-breaking spaces as spaces."""
    return "".join(
        " " if char in "\u00a0\u202f\u2007\u2009" else char
        for char in text
        if char not in PASTED_SPACES or char in "\u00a0\u202f\u2007\u2009"
    )


def describe_pasted(text: str) -> str:
    """'a non-breaking space (pasted from Word?)' for the first such character in `text`, or ''."""
    for char in text:
        if char in PASTED_SPACES:
            return f"{PASTED_SPACES[char]} (U+{ord(char):04X}, often pasted from Word or a web page)"
    return ""


def pasted_space_problems(text: str, file: str, line_offset: int = 0) -> list[Problem]:
    """Pasted spaces where YAML needs real ones: in the indentation, in a key, or right after a key's colon.

    Inside a text they are harmless (a non-breaking space shows as a space) and are left alone.
    """
    if not any(char in text for char in PASTED_SPACES):
        return []  # the usual case, without looking at every line
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        indent = line[: len(line) - len(line.lstrip(" -" + "".join(PASTED_SPACES)))]
        match = _KEY_LINE.match(line)
        places = []
        if describe_pasted(indent):
            places.append(("at the start of the line", indent))
        if match:
            after = line[match.end() : match.end() + 1]
            if describe_pasted(match["key"]):
                places.append((f'in the key "{visible(match["key"]).strip()}"', match["key"]))
            if describe_pasted(after):
                places.append((f'right after "{match["key"].strip()}:"', after))
        for where, part in places[:1]:
            problems.append(
                Problem(
                    file,
                    number + line_offset,
                    f"there is {describe_pasted(part)} {where}; YAML only understands ordinary spaces there.",
                    "Delete the space and type an ordinary one (the space bar). To find such characters, "
                    "turn on 'show whitespace' in your editor, or retype the line.",
                )
            )
    return problems


CURLY_QUOTES = "\u201c\u201d\u2018\u2019"
"""A word processor's curly quotes (double and single), which YAML does not read as quotes."""


_SYNTAX_HINTS: tuple[tuple[str, str, str], ...] = (
    (
        "mapping values are not allowed",
        "a colon (:) is in a place YAML does not expect.",
        "Check that this line is indented like its neighbours. If the text itself contains ': ', "
        'put the whole text in quotes, e.g. prompt: "Ground rules: why?"',
    ),
    (
        "did not find expected key",
        "the indentation does not line up with the lines above.",
        "Start keys at the same level in the same column, using spaces; list items start with '- '.",
    ),
    (
        "expected <block end>",
        "the indentation does not line up with the lines above.",
        "Start keys at the same level in the same column, using spaces; list items start with '- '.",
    ),
    (
        "could not find expected ':'",
        "a key is missing its colon, or a text runs over several lines without quotes.",
        'Add the colon after the key, or put the text in quotes: text: "..."',
    ),
    (
        "found unexpected end of stream",
        "a quotation mark is opened but never closed.",
        "Close the quotes on the same text, or use the other kind of quotes if the text contains one.",
    ),
    (
        "did not find expected '-' indicator",
        "a list item does not line up with the items above it.",
        "Start every '- ' of the same list in the same column.",
    ),
    (
        "expected a single document",
        "the file holds more than one YAML document (a line with only '---' in the middle).",
        "Remove the extra '---' line: one file holds one quiz or scenario.",
    ),
)


def _syntax_problem(error: yaml.MarkedYAMLError, file: str, line_offset: int) -> Problem:
    mark = error.problem_mark or error.context_mark
    if error.context_mark and "end of stream" in str(error.problem):
        mark = error.context_mark  # an unclosed quote: name the line where it opens, not the end of the file
    line = (mark.line + 1 if mark else 1) + line_offset
    raw = " ".join(part for part in (error.context, error.problem) if part)
    source_line = error.problem_mark.buffer if error.problem_mark and error.problem_mark.buffer else ""
    quoted = bool(mark) and any(char in _line_at(source_line, mark.line if mark else 0) for char in CURLY_QUOTES)
    curly = (
        " The quotes on this line are curly (\u201c \u201d or \u2018 \u2019), as a word processor writes them: "
        "YAML does not "
        'read those as quotes. Type straight quotes instead: "..."'
        if quoted
        else ""
    )
    for needle, message, fix in _SYNTAX_HINTS:
        if needle in raw:
            return Problem(file, line, message, fix + curly)
    return Problem(file, line, f"this is not valid YAML ({raw}).", _GENERIC_FIX + curly)


def _line_at(buffer: str, index: int) -> str:
    lines = buffer.split("\n")
    return lines[index] if 0 <= index < len(lines) else ""


def node_lines(text: str, file: str) -> tuple[dict[PathKey, int] | None, list[Problem]]:
    """The line of every key and item of a YAML text, without building its values (tags stay unread).

    For files whose tags mean something to another program (mkdocs.yml's `!ENV`): the syntax is
    checked with this module's messages, and later problems can name their line.
    """
    layout = _tab_problems(text, file, 0) + pasted_space_problems(text, file)
    if layout:
        return None, layout
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        return None, [_syntax_problem(error, file, 0)]
    except yaml.YAMLError as error:
        return None, [Problem(file, 1, f"this is not valid YAML: {error}.", _GENERIC_FIX)]
    lines: dict[PathKey, int] = {(): 1}

    def walk(current: Node | None, path: PathKey) -> None:
        if isinstance(current, MappingNode):
            for key_node, value_node in current.value:
                key = (*path, str(key_node.value))
                lines[key] = int(key_node.start_mark.line) + 1
                walk(value_node, key)
        elif isinstance(current, SequenceNode):
            for index, item in enumerate(current.value):
                lines[(*path, index)] = int(item.start_mark.line) + 1
                walk(item, (*path, index))

    walk(node, ())
    return lines, []


def read_text(path: Path, file: str) -> tuple[str | None, list[Problem]]:
    """Read a course file as UTF-8; a file in another encoding is a problem."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        return None, [
            Problem(file, 0, f"the file cannot be read ({error.strerror}).", "Check it exists and is readable.")
        ]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return None, [
            Problem(
                file,
                line,
                "this file is not saved as UTF-8 text (a character here cannot be read).",
                "Save the file as UTF-8 in your editor (Save as > Encoding: UTF-8); "
                "characters such as curly quotes or accents are then kept.",
            )
        ]
    return text.replace("\r\n", "\n"), []
