"""`make templates`: write what first builds read instead of working it out.

The templates' compiled Python (render/precompiled.py says why) and each table language's plural
categories from Babel (render/i18n.py).
"""

from __future__ import annotations

import json

from ..render.i18n import PLURALS, plural_rows
from ..render.precompiled import PRECOMPILED, compile_all
from ..render.renderer import source_environment


def main() -> None:
    """Write render/precompiled.json from the generator's own templates, render/plurals.json from Babel."""
    shipped = compile_all(source_environment())
    PRECOMPILED.write_text(json.dumps(shipped, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{PRECOMPILED.name}: {len(shipped['templates'])} templates compiled ahead")  # noqa: T201
    rows = plural_rows()
    PLURALS.write_text(json.dumps(rows, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{PLURALS.name}: plural categories of {len(rows)} languages")  # noqa: T201


if __name__ == "__main__":
    main()
