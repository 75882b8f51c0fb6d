"""What the renderer remembers from one build to the next in the same process (`mkdocs serve`).

Kept light (no Jinja, no markdown-it): the build that owns it may find the whole
course in the cache and never render at all.
"""

from __future__ import annotations

from typing import Any

from .identity import HashMemo

FragmentKey = tuple[Any, ...]


class FragmentMemo:
    """The fragments one kind of rendering made last time, by what they were made from.

    A plain class, not a dataclass: creating one costs Python 3.11 about 2 M instructions at import.
    """

    def __init__(self) -> None:
        self.last: dict[FragmentKey, tuple[tuple[object, ...], str]] = {}
        """key -> (the frozen objects it was rendered from, kept alive so their ids stay theirs; the HTML)."""


class RenderMemory:
    """Every memo of the renderer: module fragments, the facilitator pack's, and content hashes."""

    def __init__(self) -> None:
        self.fragments = FragmentMemo()
        self.pack = FragmentMemo()
        self.hashes = HashMemo()
