"""Every interface string comes from the one table in i18n.py, in every template and in the script."""

from __future__ import annotations

import html as html_module
import json
import re
from importlib import resources

import pytest

from generator._internal.course.model import Course
from generator._internal.frontend import assets
from generator._internal.render.i18n import PROGRESS_STRINGS, STRINGS, is_rtl, strings_for
from generator._internal.render.renderer import Renderer

TEMPLATES = resources.files("generator._internal.render").joinpath("templates")
TEMPLATE_FILES = sorted(item.name for item in TEMPLATES.iterdir() if item.name.endswith(".j2"))


def _known(key: str, prefix: bool) -> bool:
    """A key in the table; or, for `t("ending_" + kind)`, a prefix of some key."""
    return any(name.startswith(key) for name in STRINGS["en"]) if prefix else key in STRINGS["en"]


@pytest.mark.parametrize("name", TEMPLATE_FILES)
def test_every_string_a_template_asks_for_exists_in_english(name: str) -> None:
    text = TEMPLATES.joinpath(name).read_text(encoding="utf-8")
    found = re.findall(r"""\bt\(\s*["']([a-z_]+)["']\s*(\+?)""", text)
    # `t("ending_" + node.ending)`: a prefix; some key must start with it.
    missing = sorted(key for key, joined in found if not _known(key, prefix=bool(joined)))
    assert not missing, f"{name} uses strings missing from the table: {missing}"


def test_every_string_the_script_asks_for_is_shipped_with_it() -> None:
    source = assets.script_source()
    asked = set(re.findall(r"""\btext\(\s*["']([a-z_]+)["']""", source)) | set(
        re.findall(r"\bSTRINGS\.([a-z_]+)", source)
    )
    plurals = set(re.findall(r"""\bplural\(\s*["']([a-z_]+)["']\s*,""", source))
    asked |= {key + form for key in plurals for form in ("_one", "_other")}
    assert {"try_again", "check_answers", "course"} & asked, "the script's way of asking is still recognised"
    shipped = re.search(r"const STRINGS\s*=\s*(\{.*?\});", assets.script("en", "c"))
    assert shipped is not None
    missing = sorted(key for key in asked - PROGRESS_STRINGS if f'"{key}":' not in shipped.group(1))
    assert not missing, f"course.js asks for strings it does not get: {missing}"
    # Strings the progress page carries itself must be asked for by the progress page's own code only.
    elsewhere = "\n".join(assets.script_source(part) for part in assets.SCRIPT_PARTS if part != "progress.js")
    outside = sorted(key for key in PROGRESS_STRINGS if re.search(rf"""["']{key}["']""", elsewhere))
    assert not outside, f"asked for outside the progress page, so they must travel in course.js: {outside}"
    assert not [key for key in PROGRESS_STRINGS if f'"{key}":' in shipped.group(1)], "page strings in course.js"


def test_the_progress_page_carries_its_own_strings() -> None:
    html = str(Renderer(course_id="c").progress(Course(modules=()), "T", {}))
    carried = json.loads(html_module.unescape(re.search(r"data-strings='([^']*)'", html)[1]))
    assert carried == {key: STRINGS["en"][key] for key in PROGRESS_STRINGS}
    assert {"import_quizzes_added_one", "progress_merged", "certificate_heading"} <= set(carried)


def test_plural_forms_come_in_pairs() -> None:
    english = STRINGS["en"]
    ones = {key.removesuffix("_one") for key in english if key.endswith("_one")} - {"quiz_intro"}
    others = {key.removesuffix("_other") for key in english if key.endswith("_other")}
    assert ones == others and ones, ones ^ others
    for key in ones:
        assert "{count}" in english[key + "_other"], key


def test_english_strings_are_complete_and_placeholders_are_named() -> None:
    for key, text in STRINGS["en"].items():
        assert text.strip(), key
        assert not re.search(r"\{\s*\}|\{\d+\}", text), f"{key}: use named placeholders"


def test_strings_fall_back_to_english_and_know_right_to_left() -> None:
    STRINGS["xx"] = {"check_answers": "Vérifier"}
    try:
        table = strings_for("xx_YY")
        assert table["check_answers"] == "Vérifier"
        assert table["try_again"] == STRINGS["en"]["try_again"]
    finally:
        del STRINGS["xx"]
    assert is_rtl("ar") and is_rtl("fa-IR") and not is_rtl("en")
