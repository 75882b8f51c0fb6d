"""`make templates`: write the templates' compiled Python that first builds run (render/precompiled.py says why)."""

from __future__ import annotations

import json

from ..render.precompiled import PRECOMPILED, compile_all
from ..render.renderer import source_environment


def main() -> None:
    """Write render/precompiled.json from the generator's own templates and environment."""
    shipped = compile_all(source_environment())
    PRECOMPILED.write_text(json.dumps(shipped, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{PRECOMPILED.name}: {len(shipped['templates'])} templates compiled ahead")  # noqa: T201


if __name__ == "__main__":
    main()
