"""What the renderer remembers from one build to the next in the same process (`mkdocs serve`).

Kept light (no Jinja, no markdown-it): the build that owns it may find the whole
course in the cache and never render at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .identity import HashMemo

FragmentKey = tuple[Any, ...]


@dataclass
class FragmentMemo:
    """The fragments one kind of rendering made last time, by what they were made from."""

    last: dict[FragmentKey, tuple[tuple[object, ...], str]] = field(default_factory=dict)
    """key -> (the frozen objects it was rendered from, kept alive so their ids stay theirs; the HTML)."""


@dataclass
class RenderMemory:
    """Every memo of the renderer: module fragments, the facilitator pack's, and content hashes."""

    fragments: FragmentMemo = field(default_factory=FragmentMemo)
    pack: FragmentMemo = field(default_factory=FragmentMemo)
    hashes: HashMemo = field(default_factory=HashMemo)
