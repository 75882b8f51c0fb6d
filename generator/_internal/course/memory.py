"""What the loader remembers from one load to the next in the same process (`mkdocs serve`).

A trainer saves one file; the next load should not parse and validate the other
forty again. Results are kept by file name and text, so any edit is seen, and
only the last load's are kept, so memory stays bounded by the course's size.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

ResultT = TypeVar("ResultT")


class LoadMemory:
    """The checked files of the last load: (kind, file name, text, ...) -> what checking gave.

    A plain class, not a dataclass: creating one costs Python 3.11 about 2 M instructions at import.
    """

    def __init__(self) -> None:
        self.last: dict[tuple[Any, ...], Any] = {}


class Recall:
    """One load's use of a `LoadMemory`: results of the last load reused, this load's kept for the next."""

    def __init__(self, memory: LoadMemory | None) -> None:
        self.memory = memory
        self._previous = memory.last if memory is not None else {}
        self._current: dict[tuple[Any, ...], Any] = {}

    def __call__(self, key: tuple[Any, ...], compute: Callable[[], ResultT]) -> ResultT:
        """`compute()`, or what it gave for the same `key` in the last load."""
        if self.memory is None:
            return compute()
        known = self._previous.get(key)
        result: ResultT = compute() if known is None else known
        self._current[key] = result
        return result

    def finish(self) -> None:
        """This load's results become what the next load may reuse."""
        if self.memory is not None:
            self.memory.last = self._current
