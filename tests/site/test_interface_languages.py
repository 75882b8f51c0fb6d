"""Every interface language has theme chrome: Material's own table, or ours (English chrome, our direction)."""

from __future__ import annotations

import re
from pathlib import Path

import material
import pytest

from generator._internal.render.i18n import is_rtl, languages
from generator._internal.site.plugin import THEME_DIR

MATERIAL_LANGUAGES = Path(material.__file__).parent / "templates" / "partials" / "languages"
MATERIAL_NAMES = {"ckb": "ku-IQ"}
"""Our table's code -> Material's name for the language."""


@pytest.mark.parametrize("code", languages())
def test_every_interface_language_has_a_theme_partial_with_its_direction(code: str) -> None:
    name = MATERIAL_NAMES.get(code, code)
    ours, theirs = THEME_DIR / "partials" / "languages" / f"{name}.html", MATERIAL_LANGUAGES / f"{name}.html"
    assert ours.is_file() or theirs.is_file(), f"neither Material nor we have partials/languages/{name}.html"
    text = (ours if ours.is_file() else theirs).read_text(encoding="utf-8")
    direction = re.search(r'"direction":\s*"(\w+)"', text)
    # A table without a direction takes English's, left to right (Material's language.html falls back).
    assert (direction[1] if direction else "ltr") == ("rtl" if is_rtl(code) else "ltr"), code
