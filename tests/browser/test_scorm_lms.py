"""Both SCORM packages hosted as an LMS would host them, with scorm-again (Scorm12API, Scorm2004API) as the LMS.

The harness page plays the LMS: it holds the API (wrapped, so a test can see every call and make
one fail) and opens the package's launch page in a frame. Every case of issue 20 is here: a stale
browser copy, a shared browser, a course four times this size, storage blocked, an LMS that fails,
a clock moved back, hostile bookmarks, a slow typist, SCORM 2004's reporting, and resuming from
suspend_data alone.
"""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from benchmarks.run import generate_course
from generator._internal.site.commands import build_scorm
from tests.browser.drive import answer_all, check, quiz_modules
from tests.browser.test_accessibility import assert_axe_clean
from tests.conftest import serve
from tests.helpers import REPO, is_translation

pytestmark = pytest.mark.browser
VENDOR = REPO / "tests" / "vendor" / "scorm-again"
FILL = (REPO / "benchmarks" / "scorm_fill.js").read_text(encoding="utf-8")
LIMIT_12 = 4096
CALLS = {
    "1.2": ["LMSInitialize", "LMSFinish", "LMSGetValue", "LMSSetValue", "LMSCommit", "LMSGetLastError",
            "LMSGetErrorString", "LMSGetDiagnostic"],
    "2004": ["Initialize", "Terminate", "GetValue", "SetValue", "Commit", "GetLastError", "GetErrorString",
             "GetDiagnostic"],
}  # fmt: skip

HARNESS = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<script src="scorm12.min.js"></script><script src="scorm2004.min.js"></script><script src="lms.js"></script>
</head><body><main><h1>Test LMS</h1>
<iframe id="sco" title="Course" style="width:100%;height:80vh"></iframe>
<script>document.getElementById("sco").src = SETUP.package + "/scorm-launch.html";</script>
</main></body></html>
"""
# The LMS: scorm-again's API behind a wrapper that records each call and answers "false" (with the
# error code given) for the calls a test names in window.faults; or, with `dead`, an LMS that cannot
# open a session at all.
LMS_JS = """
const SETUP = Object.assign({version: "1.2", package: "package12"}, window.__lms || {});
const NAMES = CALLS_BY_VERSION[SETUP.version];
const lms = SETUP.version == "2004" ? new Scorm2004API({autocommit: false, logLevel: 5})
  : new Scorm12API({autocommit: false, logLevel: 5});
if (SETUP.resume) lms.loadFromFlattenedJSON(SETUP.resume);
window.lms = lms; window.calls = []; window.faults = SETUP.faults || {};
let fault = "";
const wrapper = {};
NAMES.forEach((name, index) => (wrapper[name] = (...args) => {
  let result;
  if (SETUP.dead) result = index == 5 ? "101" : index >= 6 ? "General exception" : "false";
  else if (window.faults[name]) { fault = window.faults[name]; result = "false"; }
  else if (index == 5 && fault) result = fault;
  else { result = lms[name](...args); if (index < 5) fault = ""; }
  window.calls.push({name, args, result: String(result), at: performance.now()});
  return result;
}));
window[SETUP.version == "2004" ? "API_1484_11" : "API"] = wrapper;
"""


@dataclass(frozen=True)
class Lms:
    """The served LMS: its address, and the folder each package is unzipped into."""

    url: str
    root: Path


def unzip(zip_path: Path, folder: Path) -> None:
    with zipfile.ZipFile(zip_path) as archive:
        archive.extractall(folder)


@pytest.fixture(scope="module")
def lms(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lms]:
    """An LMS-like server: the harness, scorm-again, and both packages of the real course, unzipped."""
    root = tmp_path_factory.mktemp("lms")
    for version, folder in (("1.2", "package12"), ("2004", "package2004")):
        zip_path, error = build_scorm(REPO, root / "dist", version)  # type: ignore[arg-type]
        assert zip_path is not None, error
        unzip(zip_path, root / folder)
    for name in ("scorm12.min.js", "scorm2004.min.js"):
        shutil.copy(VENDOR / name, root / name)
    (root / "harness.html").write_text(HARNESS, encoding="utf-8")
    (root / "lms.js").write_text(f"const CALLS_BY_VERSION = {json.dumps(CALLS)};\n{LMS_JS}", encoding="utf-8")
    for url in serve(root):
        yield Lms(url, root)


def launch(context: Any, lms: Lms, learner: str = "alice-1", **setup: Any) -> Any:
    """Open the harness in `context` as `learner`; `setup`: version, package, resume (flattened CMI), faults, dead."""
    version = setup.get("version", "1.2")
    learner_id = "cmi.core.student_id" if version == "1.2" else "cmi.learner_id"
    setup["resume"] = {learner_id: learner, **setup.get("resume", {})}
    setup.setdefault("package", "package12" if version == "1.2" else "package2004")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.errors = errors
    page.add_init_script(f"window.__lms = {json.dumps(setup)};")
    page.goto(lms.url + "harness.html")
    return page


def course_frame(page: Any) -> Any:
    """The frame showing course pages (inside the launch page's frame), once it shows one."""
    page.wait_for_function(
        "() => { const f = document.querySelector('#sco').contentDocument;"
        " const c = f && f.querySelector('#course-frame'); return c && c.contentDocument"
        " && c.contentDocument.querySelector('.md-content'); }"
    )
    return next(frame for frame in page.frames if frame.name == "course-frame")


def launch_frame(page: Any) -> Any:
    """The launch page's frame (scorm-launch.html), where the adapter runs."""
    return next(frame for frame in page.frames if frame.url.endswith("scorm-launch.html"))


def cmi(page: Any, path: str) -> Any:
    """A value of the LMS's CMI data model, read straight from scorm-again (`core.lesson_status`)."""
    return page.evaluate("path => String(path.split('.').reduce((o, k) => o[k], window.lms.cmi))", path)


def calls(page: Any, name: str, element: str | None = None) -> list[dict[str, Any]]:
    """The calls of `name` the course made (for LMSSetValue/SetValue, of `element` only)."""
    made: list[dict[str, Any]] = page.evaluate("window.calls")
    return [call for call in made if call["name"] == name and (element is None or call["args"][0] == element)]


def leave(page: Any) -> None:
    """The learner closes the course: the LMS removes the frame; the adapter's last report and Terminate."""
    page.evaluate("document.querySelector('#sco').remove()")
    page.wait_for_function("() => window.lms.isTerminated()")


def module_pages() -> dict[str, str]:
    return {
        re.sub(r"^\d+-", "", path.stem): f"{path.stem}.html"
        for path in sorted((REPO / "course").glob("[0-9]*-*.md"))
        if not is_translation(path)
    }


def pass_quizzes(page: Any, lms: Lms, slugs: list[str]) -> Any:
    """Answer every question right in each quiz of `slugs`, in the course frame; returns that frame."""
    frame = course_frame(page)
    base = frame.url.rsplit("/", 1)[0] + "/"
    for slug in slugs:
        frame.goto(base + module_pages()[slug] + f"#cq-{slug}")
        answer_all(frame)
        check(frame)
        expect(frame.locator(".cq__result")).to_contain_text("Passed")
    return frame


def passed_rows(frame: Any, base: str) -> list[str]:
    """The progress page's quiz column, one text per module with a quiz."""
    frame.goto(base + "progress.html")
    cells = frame.locator(".cp-row__quiz")
    cells.first.wait_for()
    return [cells.nth(index).inner_text().strip() for index in range(cells.count())]


def fill(page: Any, boxes: int = 0, text: int = 0, scenarios: int = 0) -> None:
    """Put a learner who has done everything (benchmarks/scorm_fill.js) into the adapter's store, then leave."""
    launcher = launch_frame(page)
    state = launcher.evaluate(FILL, {"boxes": boxes, "text": text, "scenarios": scenarios})
    launcher.evaluate("state => window.courseStore.setItem('course:' + JSON.parse(state).course, state)", state)
    leave(page)


@dataclass(frozen=True)
class Session:
    """What the LMS kept from one learner's session that passed every quiz."""

    suspend: str
    location: str
    committed: str
    calls: list[dict[str, Any]]


PRIVATE = "Alice's private plan for the group"


@pytest.fixture(scope="module")
def alice(browser: Any, lms: Lms) -> Iterator[tuple[Any, Session]]:
    """Alice passes every quiz in the SCORM 1.2 package and writes in the worksheet; her browser is kept."""
    context = browser.new_context()
    page = launch(context, lms)
    frame = pass_quizzes(page, lms, quiz_modules())
    frame.goto(lms.url + "package12/" + module_pages()["how-to-coproduce"] + "#cw-planning")
    frame.locator("textarea[name=decisions]").fill(PRIVATE)
    kept = f"() => Object.keys(localStorage).some(key => localStorage[key].includes({json.dumps(PRIVATE)}))"
    page.wait_for_function(kept, timeout=15000)  # kept in this browser, for this learner
    last = quiz_modules()[-1]
    frame.goto(lms.url + "package12/" + module_pages()[last] + f"#cq-{last}")
    course_frame(page)
    page.wait_for_timeout(500)  # the frame's page is loaded: the next report has its bookmark
    page.wait_for_function("() => window.lms.cmi.core.lesson_status === 'passed'")
    assert cmi(page, "core.score.raw") == "100"
    leave(page)
    session = Session(
        cmi(page, "suspend_data"),
        cmi(page, "core.lesson_location"),
        page.evaluate("JSON.stringify(window.lms.renderCommitCMI(true))"),
        page.evaluate("window.calls"),
    )
    assert not page.errors
    page.close()
    yield context, session
    context.close()


def test_a_learner_passes_every_quiz_and_resumes_elsewhere_from_suspend_data_alone(
    browser: Any, lms: Lms, alice: tuple[Any, Session]
) -> None:
    _, session = alice
    last = quiz_modules()[-1]
    assert session.location.startswith(module_pages()[last] + f"#cq-{last}")
    assert 0 < len(session.suspend) <= LIMIT_12
    assert '"exit":"suspend"' in session.committed, session.committed
    fresh = browser.new_context()  # another computer: nothing in its storage
    page = launch(fresh, lms, resume={"cmi.suspend_data": session.suspend, "cmi.core.lesson_location": session.location,
                                      "cmi.core.lesson_status": "passed", "cmi.core.entry": "resume"})  # fmt: skip
    frame = course_frame(page)
    assert frame.url.endswith(session.location), "the bookmark was not reopened"
    expect(frame.locator(".cq__result")).to_contain_text("Passed")
    statuses = passed_rows(frame, lms.url + "package12/")
    assert len(statuses) == len(quiz_modules()) and all(s.startswith("passed") for s in statuses), statuses
    assert not page.errors
    fresh.close()


def test_exit_is_suspend_and_session_time_go_with_every_commit(alice: tuple[Any, Session]) -> None:
    """Not only while the page is being dismissed (a synchronous-XHR LMS loses what is sent then)."""
    made = alice[1].calls
    commits = [index for index, call in enumerate(made) if call["name"] == "LMSCommit"]
    assert len(commits) >= 2
    first = commits[0]
    exits = [call for call in made[:first] if call["name"] == "LMSSetValue" and call["args"][0] == "cmi.core.exit"]
    assert exits and exits[0]["args"][1] == "suspend"
    times = [c["args"][1] for c in made if c["name"] == "LMSSetValue" and c["args"][0] == "cmi.core.session_time"]
    assert len(times) >= len(commits) - 1 and all(re.fullmatch(r"\d{2,4}:\d{2}:\d{2}\.\d{2}", t) for t in times)
    assert all(call["result"] == "true" for call in made if call["name"] in {"LMSSetValue", "LMSCommit"}), [
        call for call in made if call["result"] == "false"
    ]
    assert made[-1]["name"] == "LMSFinish" and sum(call["name"] == "LMSFinish" for call in made) == 1


def test_interactions_show_each_answered_question_in_scorm_12(alice: tuple[Any, Session]) -> None:
    made = alice[1].calls
    values = {c["args"][0]: c["args"][1] for c in made if c["name"] == "LMSSetValue"}
    ids = [value for element, value in values.items() if re.fullmatch(r"cmi\.interactions\.\d+\.id", element)]
    assert len(ids) == len(set(ids)) >= 50
    results = {value for element, value in values.items() if element.endswith(".result")}
    assert results == {"correct"}
    types = {value for element, value in values.items() if element.endswith(".type")}
    assert {"choice", "true-false"} <= types
    assert all(values[f"cmi.interactions.{n}.student_response"] for n in range(len(ids)))


def test_a_stale_browser_copy_never_lowers_the_lms_record(browser: Any, lms: Lms, alice: tuple[Any, Session]) -> None:
    """Last week, on this computer, Alice passed one quiz; since then she passed them all elsewhere."""
    _, session = alice
    context = browser.new_context()
    page = launch(context, lms)
    pass_quizzes(page, lms, quiz_modules()[:1])
    leave(page)
    assert cmi(page, "core.score.raw") != "100"
    page.close()
    newer = {"cmi.suspend_data": session.suspend, "cmi.core.lesson_status": "passed", "cmi.core.score.raw": "100"}
    page = launch(context, lms, resume=newer)
    frame = course_frame(page)
    statuses = passed_rows(frame, lms.url + "package12/")
    assert all(status.startswith("passed") for status in statuses), statuses
    leave(page)
    assert cmi(page, "core.lesson_status") == "passed"
    assert cmi(page, "core.score.raw") == "100"
    assert not [c for c in calls(page, "LMSSetValue", "cmi.core.score.raw") if c["args"][1] != "100"]
    assert not [c for c in calls(page, "LMSSetValue", "cmi.core.lesson_status") if c["args"][1] != "passed"]
    context.close()


def test_the_next_learner_on_a_shared_browser_starts_from_their_own_record(
    lms: Lms, alice: tuple[Any, Session]
) -> None:
    context, _ = alice  # Alice's library computer, her copy still in its storage
    page = launch(context, lms, learner="bob-2")
    frame = course_frame(page)
    statuses = passed_rows(frame, lms.url + "package12/")
    assert statuses and not [status for status in statuses if status.startswith("passed")], statuses
    frame.goto(lms.url + "package12/" + module_pages()["how-to-coproduce"] + "#cw-planning")
    expect(frame.locator("textarea[name=decisions]")).to_have_value("")
    leave(page)
    assert cmi(page, "core.lesson_status") == "incomplete"
    assert cmi(page, "core.score.raw") in {"", "0"}
    assert PRIVATE not in cmi(page, "suspend_data")
    assert not [c for c in page.evaluate("window.calls") if PRIVATE in json.dumps(c)]
    page.close()


def test_a_course_four_times_this_size_fits_and_resumes(
    browser: Any, lms: Lms, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """28 modules of 8 questions, 32 scenarios, every place and transcript: suspend_data stays within 4,096."""
    project = tmp_path_factory.mktemp("large")
    shutil.copy(generate_course(project, 28, 8).no_cache, project / "mkdocs.yml")
    zip_path, error = build_scorm(project, project / "dist")
    assert zip_path is not None, error
    unzip(zip_path, lms.root / "large12")
    context = browser.new_context()
    page = launch(context, lms, package="large12")
    course_frame(page)
    fill(page, boxes=6, text=2000, scenarios=32)
    suspend = cmi(page, "suspend_data")
    assert 0 < len(suspend) <= LIMIT_12
    assert cmi(page, "core.lesson_status") == "passed" and cmi(page, "core.score.raw") == "100"
    context.close()
    fresh = browser.new_context()
    page = launch(fresh, lms, package="large12", resume={"cmi.suspend_data": suspend})
    statuses = passed_rows(course_frame(page), lms.url + "large12/")
    assert len(statuses) == 28 and all(status.startswith("passed") for status in statuses), statuses
    leave(page)
    assert cmi(page, "core.lesson_status") == "passed" and cmi(page, "core.score.raw") == "100"
    fresh.close()


def test_worksheet_texts_never_go_to_the_lms(browser: Any, lms: Lms, alice: tuple[Any, Session]) -> None:
    """The worksheet says "nothing is sent anywhere", and an LMS shows suspend_data to its teachers."""
    _, session = alice
    assert PRIVATE not in session.suspend and PRIVATE not in session.committed
    assert not [call for call in session.calls if PRIVATE in json.dumps(call)]
    context = browser.new_context()
    page = launch(context, lms)
    course_frame(page)
    fill(page, boxes=3, text=5000)
    suspend = cmi(page, "suspend_data")
    assert 0 < len(suspend) <= LIMIT_12 and "Learner's own words" not in suspend
    assert suspend.endswith("|{}")
    assert all(f"{slug}." in suspend for slug in quiz_modules())
    context.close()


def test_worksheet_texts_come_back_on_the_same_computer(alice: tuple[Any, Session], lms: Lms) -> None:
    context, session = alice
    page = launch(context, lms, resume={"cmi.suspend_data": session.suspend, "cmi.core.entry": "resume"})
    frame = course_frame(page)
    frame.goto(lms.url + "package12/" + module_pages()["how-to-coproduce"] + "#cw-planning")
    expect(frame.locator("textarea[name=decisions]")).to_have_value(PRIVATE)
    leave(page)
    assert PRIVATE not in cmi(page, "suspend_data")
    page.close()


def test_with_storage_blocked_the_lms_still_gets_every_result(browser: Any, lms: Lms) -> None:
    context = browser.new_context()
    context.add_init_script(
        "Object.defineProperty(window, 'localStorage',"
        " {get() { throw new DOMException('blocked', 'SecurityError'); }});"
    )
    page = launch(context, lms)
    first = quiz_modules()[0]
    pass_quizzes(page, lms, [first])
    leave(page)
    assert f"{first}." in cmi(page, "suspend_data")
    assert cmi(page, "core.score.raw") not in {"", "0"}
    assert not page.errors
    context.close()


def test_an_lms_that_cannot_open_a_session_gets_no_more_calls_and_the_learner_is_told(browser: Any, lms: Lms) -> None:
    context = browser.new_context()
    page = launch(context, lms, dead=True)
    frame = pass_quizzes(page, lms, quiz_modules()[:1])
    expect(frame.locator(".cq__result")).to_contain_text("Passed")
    notice = page.frame_locator("#sco").locator("#course-lms-notice")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text("could not be reached")
    page.evaluate("document.querySelector('#sco').remove()")
    names = {call["name"] for call in page.evaluate("window.calls")}
    assert names <= {"LMSInitialize", "LMSGetLastError", "LMSGetErrorString", "LMSGetDiagnostic"}, names
    assert len(page.evaluate("window.calls")) <= 4
    context.close()


def test_a_failing_commit_is_read_told_and_sent_again(browser: Any, lms: Lms) -> None:
    context = browser.new_context()
    page = launch(context, lms, faults={"LMSCommit": "101"})
    first = quiz_modules()[0]
    frame = pass_quizzes(page, lms, [first])
    notice = page.frame_locator("#sco").locator("#course-lms-notice")
    expect(notice).to_contain_text("not saving")
    expect(frame.locator(".cq__result")).to_contain_text("Passed")
    made = page.evaluate("window.calls")
    failed = next(index for index, call in enumerate(made) if call["name"] == "LMSCommit")
    assert made[failed + 1]["name"] == "LMSGetLastError" and made[failed + 1]["result"] == "101"
    page.evaluate("window.faults = {}")
    expect(notice).to_be_hidden(timeout=25000)
    assert calls(page, "LMSCommit")[-1]["result"] == "true"
    assert f"{first}." in cmi(page, "suspend_data")
    leave(page)
    context.close()


def test_when_the_lms_finishes_first_the_last_calls_stop_quietly(browser: Any, lms: Lms) -> None:
    context = browser.new_context()
    page = launch(context, lms)
    course_frame(page)
    page.evaluate("window.lms.LMSFinish('')")  # the LMS ends the session itself
    before = len(page.evaluate("window.calls"))
    page.evaluate("document.querySelector('#sco').remove()")
    after = page.evaluate("window.calls")[before:]
    assert len(after) <= 5, after
    assert not page.errors
    context.close()


def test_a_clock_moved_back_still_gives_valid_times(browser: Any, lms: Lms) -> None:
    context = browser.new_context()
    context.add_init_script(
        "(() => { const Real = Date, start = Real.now(), back = () => 2 * start - Real.now() - 3600e3;"
        " window.Date = class extends Real { constructor(...a) { a.length ? super(...a) : super(back()); }"
        " static now() { return back(); } }; })();"
    )
    page = launch(context, lms)
    pass_quizzes(page, lms, quiz_modules()[:1])
    leave(page)
    times = [call["args"][1] for call in calls(page, "LMSSetValue", "cmi.core.session_time")]
    assert times and all(re.fullmatch(r"\d{2,4}:\d{2}:\d{2}\.\d{2}", time) for time in times), times
    assert not [call for call in page.evaluate("window.calls") if call["result"] == "false"]
    assert '"session_time":"' + times[-1] in page.evaluate("JSON.stringify(window.lms.renderCommitCMI(true))")
    context.close()


@pytest.mark.parametrize(
    "bookmark",
    ["//evil.example/x.html", "/lms/page.html", "https://evil.example/05-values.html", "javascript:alert(1)",
     "../harness.html", "scorm-launch.html", "05-values.html?next=//evil.example", "assets/../../harness.html"],
)  # fmt: skip
def test_a_hostile_bookmark_never_leaves_the_package(browser: Any, lms: Lms, bookmark: str) -> None:
    context = browser.new_context()
    page = launch(context, lms, resume={"cmi.core.lesson_location": bookmark, "cmi.core.entry": "resume"})
    frame = course_frame(page)
    assert frame.url == lms.url + "package12/index.html", frame.url
    context.close()


def test_a_slow_typist_in_a_worksheet_makes_no_commit(browser: Any, lms: Lms) -> None:
    """The text stays in the browser, so nothing the LMS keeps changes while the learner types."""
    context = browser.new_context()
    page = launch(context, lms)
    frame = course_frame(page)
    frame.goto(lms.url + "package12/" + module_pages()["how-to-coproduce"] + "#cw-planning")
    course_frame(page)
    page.wait_for_timeout(6000)  # the page's own report (its bookmark) is committed
    before = len(calls(page, "LMSCommit"))
    frame.locator("textarea[name=decisions]").press_sequentially("We share every decision", delay=250)
    page.wait_for_timeout(6000)
    assert len(calls(page, "LMSCommit")) == before
    context.close()


def test_changes_in_quick_succession_are_committed_at_most_every_few_seconds(browser: Any, lms: Lms) -> None:
    """39 changes the LMS keeps (the learner's place in a module), one every third of a second."""
    context = browser.new_context()
    page = launch(context, lms)
    course_frame(page)
    before = len(calls(page, "LMSCommit"))
    slug = quiz_modules()[0]
    launch_frame(page).evaluate(
        """async slug => {
            const key = "course:coproduction";
            for (let step = 1; step <= 39; step++) {
                const state = JSON.parse(window.courseStore.getItem(key));
                state.places[slug] = {step: step % 3};
                window.courseStore.setItem(key, JSON.stringify(state));
                await new Promise(done => setTimeout(done, 330));
            }
        }""",
        slug,
    )
    during = len(calls(page, "LMSCommit")) - before
    assert 1 <= during <= 4, during  # one at most every five seconds, not one per change (39)
    places = f"() => window.lms.cmi.suspend_data.split('|')[6].split(',').includes('{slug}.0')"
    page.wait_for_function(places, timeout=12000)  # the last change is committed too
    context.close()


def test_scorm_2004_reports_completed_passed_scaled_and_interactions_and_resumes(browser: Any, lms: Lms) -> None:
    context = browser.new_context()
    page = launch(context, lms, version="2004")
    pass_quizzes(page, lms, quiz_modules())
    page.wait_for_function("() => window.lms.cmi.success_status === 'passed'")
    count = int(page.evaluate("window.lms.GetValue('cmi.interactions._count')"))
    interactions = page.evaluate(
        "n => Array.from({length: n}, (_, i) => ['id', 'type', 'learner_response', 'result', 'latency',"
        " 'correct_responses.0.pattern', 'description'].reduce((o, k) =>"
        " (o[k] = window.lms.GetValue(`cmi.interactions.${i}.${k}`), o), {}))",
        count,
    )
    made = page.evaluate("window.calls")
    first_commit = next(index for index, call in enumerate(made) if call["name"] == "Commit")
    assert ["cmi.exit", "suspend"] in [call["args"] for call in made[:first_commit] if call["name"] == "SetValue"]
    leave(page)
    assert cmi(page, "completion_status") == "completed"
    assert cmi(page, "success_status") == "passed"
    assert float(cmi(page, "score.scaled")) == 1 and cmi(page, "score.raw") == "100"
    assert float(cmi(page, "progress_measure")) == 1
    times = [call["args"][1] for call in calls(page, "SetValue", "cmi.session_time")]
    assert len(times) >= 2 and all(re.fullmatch(r"PT\d+H\d+M\d+(\.\d{1,2})?S", time) for time in times), times
    assert [call["args"][1] for call in calls(page, "SetValue", "cmi.exit")] == ["suspend"]
    questions = sum(len(quiz["questions"]) for quiz in package_layout(lms.root / "package2004")["quizzes"])
    assert count == questions == len({item["id"] for item in interactions})
    assert {item["result"] for item in interactions} == {"correct"}
    assert all(item["learner_response"] and item["correct_responses.0.pattern"] for item in interactions)
    assert {"choice", "true-false", "sequencing", "matching"} & {item["type"] for item in interactions}
    suspend = cmi(page, "suspend_data")
    assert not page.errors
    context.close()

    fresh = browser.new_context()
    page = launch(fresh, lms, version="2004", resume={"cmi.suspend_data": suspend})
    statuses = passed_rows(course_frame(page), lms.url + "package2004/")
    assert len(statuses) == len(quiz_modules()) and all(status.startswith("passed") for status in statuses), statuses
    leave(page)
    assert cmi(page, "success_status") == "passed" and cmi(page, "completion_status") == "completed"
    fresh.close()


def package_layout(folder: Path) -> dict[str, Any]:
    """What the launch page tells the adapter about the course (its JSON data block)."""
    launch_html = (folder / "scorm-launch.html").read_text(encoding="utf-8")
    match = re.search(r'<script type="application/json" id="course-package">(.*?)</script>', launch_html, re.S)
    assert match is not None
    layout: dict[str, Any] = json.loads(match[1])
    return layout


def test_without_an_lms_the_launch_page_shows_the_course(page: Any, lms: Lms) -> None:
    page.goto(lms.url + "package12/scorm-launch.html")
    frame = page.frame_locator("#course-frame")
    frame.locator("h1").first.wait_for()
    assert frame.locator("h1").first.inner_text().strip() != ""
    expect(page.locator("#course-lms-notice")).to_contain_text("not connected")


def test_the_launch_page_lays_out_under_a_strict_content_security_policy(browser: Any, lms: Lms) -> None:
    """The LMS serves the launch page with `default-src 'self'` (no inline style or script): its frame still fills it.

    Its style inline, the frame would be 150 pixels high.
    """
    context = browser.new_context()

    def strict(route: Any) -> None:
        response = route.fetch()
        route.fulfill(response=response, headers={**response.headers, "content-security-policy": "default-src 'self'"})

    context.route("**/package12/scorm-launch.html", strict)
    page = launch(context, lms)
    launcher = page.frame_locator("#sco")
    frame = course_frame(page)
    launch_frame(page).evaluate(
        "() => { window.violations = []; document.addEventListener('securitypolicyviolation',"
        " event => window.violations.push(event.violatedDirective)); }"
    )
    box = launcher.locator("#course-frame").bounding_box()
    assert box is not None and box["height"] > 300, box
    assert launch_frame(page).evaluate("getComputedStyle(document.body).display") == "flex"
    frame.goto(lms.url + "package12/progress.html")  # the LMS is the record: no loading of a progress file
    frame.locator(".cp-row__quiz").first.wait_for()
    assert frame.locator("input[type=file]").count() == 0
    assert "Load progress from a file" not in frame.content()
    assert launch_frame(page).evaluate("window.violations") == []
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_launch_page_and_its_notice_are_accessible_on_a_phone(browser: Any, lms: Lms, scheme: str) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 740}, color_scheme=scheme)
    page = context.new_page()
    page.goto(lms.url + "package12/scorm-launch.html")
    notice = page.locator("#course-lms-notice")
    expect(notice).to_be_visible()
    page.frame_locator("#course-frame").locator("h1").first.wait_for()
    assert_axe_clean(page, f"the launch page with its notice ({scheme})")
    box = page.locator("#course-frame").bounding_box()
    assert box is not None and box["width"] == 360 and box["height"] > 400, box
    context.close()
