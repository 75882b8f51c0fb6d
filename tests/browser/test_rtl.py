"""Right-to-left interface languages: the page runs right to left and our widgets follow it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from generator._internal.render.i18n import strings_for
from tests.conftest import serve
from tests.helpers import FIXTURES, copy_course, mkdocs_build

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def rtl_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    project = copy_course(tmp_path_factory.mktemp("rtl"), FIXTURES / "course")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("  font: false\n", "  font: false\n  language: ar\n"))
    site = tmp_path_factory.mktemp("rtl-site")
    result = mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr
    yield from serve(site)


def test_quiz_options_and_selects_mirror_right_to_left(page: Any, rtl_site: str) -> None:
    page.set_viewport_size({"width": 800, "height": 900})
    page.goto(rtl_site + "01-intro/#cq-intro")  # the quiz's step
    assert page.evaluate("document.body.dir") == "rtl"
    option = page.locator(".cq-opt").first
    radio = option.locator("input").bounding_box()
    label = option.locator("label").bounding_box()
    assert radio and label and radio["x"] > label["x"], "the radio button should sit to the right of its label"
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.locator(".cq-q").first.locator("input[data-correct]").first.check()
    page.get_by_role("button", name=strings_for("ar")["check_answers"]).click()  # in Arabic now
    summary = page.locator(".cq-errors, [role=alert]").first
    summary.wait_for()
    box = summary.bounding_box()
    assert box and box["x"] + box["width"] <= 800
