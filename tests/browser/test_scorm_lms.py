"""The SCORM package hosted as an LMS would host it: scorm-again's Scorm12API as window.API.

The harness page plays the LMS: it holds the API and opens the package's launch page in a
frame. A learner passes every quiz inside it; then a new attempt on a browser with empty
storage, given only the suspend_data the LMS kept, shows the results again.
"""

from __future__ import annotations

import re
import shutil
import zipfile
from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import expect

from generator._internal.site.commands import build_scorm
from tests.browser.drive import answer_all, check, quiz_modules
from tests.conftest import serve
from tests.helpers import REPO, is_translation

pytestmark = pytest.mark.browser
VENDOR = REPO / "tests" / "vendor" / "scorm-again"

HARNESS = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<script src="scorm12.min.js"></script>
<script>
window.API = new Scorm12API({autocommit: false, logLevel: 5});
if (window.__resume) window.API.loadFromFlattenedJSON(window.__resume);
</script></head>
<body><main><h1>Test LMS</h1>
<iframe id="sco" title="Course" src="package/scorm-launch.html" style="width:100%;height:80vh"></iframe>
</main></body></html>
"""


@pytest.fixture(scope="module")
def lms_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An LMS-like server: the harness, scorm-again, and the unzipped package."""
    root = tmp_path_factory.mktemp("lms")
    zip_path, error = build_scorm(REPO, root / "dist")
    assert zip_path is not None, error
    with zipfile.ZipFile(zip_path) as archive:
        archive.extractall(root / "package")
    shutil.copy(VENDOR / "scorm12.min.js", root / "scorm12.min.js")
    (root / "harness.html").write_text(HARNESS, encoding="utf-8")
    yield from serve(root)


def course_frame(page: Any) -> Any:
    """The frame showing course pages (inside the launch page's frame)."""
    page.wait_for_function(
        "() => { const f = document.querySelector('#sco').contentDocument;"
        " const c = f && f.querySelector('#course-frame'); return c && c.contentDocument"
        " && c.contentDocument.querySelector('.md-content'); }"
    )
    return next(frame for frame in page.frames if frame.name == "course-frame")


def cmi(page: Any, path: str) -> Any:
    """A value of the LMS's CMI data model, read straight from scorm-again."""
    return page.evaluate("path => path.split('.').reduce((o, k) => o[k], window.API.cmi)", path)


def module_pages() -> dict[str, str]:
    return {
        re.sub(r"^\d+-", "", path.stem): f"{path.stem}.html"
        for path in sorted((REPO / "course").glob("[0-9]*-*.md"))
        if not is_translation(path)
    }


def test_a_learner_passes_every_quiz_inside_the_lms_and_resumes_elsewhere(browser: Any, lms_url: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(lms_url + "harness.html")
    frame = course_frame(page)
    assert page.evaluate("window.API.isInitialized()")
    assert cmi(page, "core.lesson_status") == "incomplete"
    pages = module_pages()
    for slug in quiz_modules():
        frame.goto(lms_url + "package/" + pages[slug] + f"#cq-{slug}")  # the quiz's step
        answer_all(frame)
        check(frame)
        expect(frame.locator(".cq__result")).to_contain_text("Passed")
    page.wait_for_function("() => window.API.cmi.core.lesson_status === 'passed'")
    assert cmi(page, "core.score.raw") == "100"
    assert cmi(page, "core.score.min") == "0" and cmi(page, "core.score.max") == "100"
    location = cmi(page, "core.lesson_location")
    assert location == pages[quiz_modules()[-1]] + f"#cq-{quiz_modules()[-1]}"
    suspend = cmi(page, "suspend_data")
    assert 0 < len(suspend) <= 4096
    page.evaluate("document.querySelector('#sco').remove()")
    page.wait_for_function("() => window.API.isTerminated()")
    committed = page.evaluate("JSON.stringify(window.API.renderCommitCMI(true))")
    assert '"exit":"suspend"' in committed, committed
    assert re.search(r'"session_time":"\d{2,4}:\d{2}:\d{2}', committed), committed
    context.close()
    assert not errors

    fresh = browser.new_context()
    resumed = fresh.new_page()
    resumed.add_init_script(
        f"window.__resume = {{'cmi.suspend_data': {suspend!r}, 'cmi.core.lesson_location': {location!r},"
        " 'cmi.core.lesson_status': 'passed', 'cmi.core.entry': 'resume'};"
    )
    resumed.goto(lms_url + "harness.html")
    frame = course_frame(resumed)
    assert frame.url.endswith(location), "the bookmark was not reopened"
    expect(frame.locator(".cq__result")).to_contain_text("Passed")
    frame.goto(lms_url + "package/progress.html")
    quiz_cells = frame.locator(".cp-row__quiz")
    quiz_cells.first.wait_for()
    statuses = [quiz_cells.nth(index).inner_text().strip() for index in range(quiz_cells.count())]
    assert statuses and all(status.startswith("passed") for status in statuses), statuses
    fresh.close()


def test_without_an_lms_the_launch_page_shows_the_course(page: Any, lms_url: str) -> None:
    page.goto(lms_url + "package/scorm-launch.html")
    frame = page.frame_locator("#course-frame")
    frame.locator("h1").first.wait_for()
    assert frame.locator("h1").first.inner_text().strip() != ""
