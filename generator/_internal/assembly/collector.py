"""Python's garbage collector during a build: not sweeping, again and again, objects that live as long as it.

Reading and rendering a course makes tens of thousands of objects the build keeps to its end
(the checked course, its fragments) or frees at once by their reference counts (YAML nodes,
strings). The cyclic collector, which only finds cycles, walked them all the same: at 200
modules it ran two full collections while the quizzes were read and every later full collection
(Material's templates compiling) walked the course too; 130 ms of collecting against 42 ms for
plain MkDocs (measured, benchmarks/README.md). So the collector waits while the course is
read and rendered (`paused`), and what is alive then is set aside for the rest of the build
(`gc.freeze`) until the build ends (`release`), when the collector sees it all again.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """No cyclic collection inside; then what is alive is left out of collections until `release`."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
        gc.freeze()


def release() -> None:
    """The build is over: every object set aside by `paused` is the collector's again (a cycle among them
    freed by the next full collection)."""
    gc.unfreeze()
