"""`make templates`: write what first builds read instead of working it out.

The templates' compiled Python (render/precompiled.py says why), each table language's plural
categories from Babel (render/i18n.py) and the models' validators (course/shipped.py).
"""

from __future__ import annotations

import json

from ..course import model, shipped
from ..render.i18n import PLURALS, plural_rows
from ..render.precompiled import COMPILED, compile_all
from ..render.renderer import source_environment


def main() -> None:
    """Write render/compiled/ from the generator's own templates, render/plurals.json from Babel and
    course/models.pickle from the models."""
    files = compile_all(source_environment())
    COMPILED.mkdir(exist_ok=True)
    for stale in COMPILED.glob("*.py"):
        if stale.name not in files:
            stale.unlink()
    for name, text in files.items():
        path = COMPILED / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:  # unchanged files keep their byte code
            path.write_text(text, encoding="utf-8")
    print(f"{COMPILED.name}/: {len(files) - 1} templates compiled ahead")  # noqa: T201
    rows = plural_rows()
    PLURALS.write_text(json.dumps(rows, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{PLURALS.name}: plural categories of {len(rows)} languages")  # noqa: T201
    if shipped.read() is None:  # written only when stale: pydantic's schema references differ in each process
        shipped.SHIPPED.write_bytes(shipped.shipped_bytes(model.MODELS))
    print(f"{shipped.SHIPPED.name}: the validators of {len(model.MODELS)} models")  # noqa: T201


if __name__ == "__main__":
    main()
