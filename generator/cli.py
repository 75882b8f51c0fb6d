"""The `course` console script."""

import sys

from generator._internal.tools.cli import main

__all__ = ["main", "run"]

if __name__ == "__main__":
    sys.exit(main())


def run() -> None:
    """Console-script entry: exit with `main`'s code."""
    sys.exit(main())
