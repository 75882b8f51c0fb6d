"""`course translations`: what each language lacks, and its texts as PO for translators' tools, back and forth."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from babel.messages.pofile import read_po, write_po

from generator._internal.course.loader import read_course_with_sources
from generator._internal.course.paths import CoursePaths
from generator._internal.course.translations import source_hash, translate
from generator._internal.tools.cli import main
from tests.site.test_translated_site import translated_project


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return translated_project(tmp_path / "project")


def test_the_list_names_an_untranslated_module_and_question_and_a_changed_source(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--project", str(project), "translations"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Cymraeg (cy):")
    untranslated = out.split("Not translated yet:")[1].split("Missing in")[0]
    assert "course/02-practice.md" in untranslated and "course/01-intro.md" not in untranslated
    assert 'quizzes/01-intro.cy.yml: question "one-off"' in out
    assert 'question "with-not-for"' not in out
    assert "quizzes/01-intro.cy.yml" in out.split("The source changed")[1], "no translated_from yet"


def test_a_translation_recording_its_source_s_hash_is_up_to_date(project: Path) -> None:
    quiz = project / "quizzes" / "01-intro.cy.yml"
    quiz.write_text(
        f"translated_from: {source_hash(project / 'quizzes' / '01-intro.yml')}\n" + quiz.read_text("utf-8"), "utf-8"
    )
    paths = CoursePaths.under(project)
    report = translate(read_course_with_sources(paths), paths, "cy").report
    assert "quizzes/01-intro.cy.yml" not in report.changed and "course/01-intro.cy.md" in report.changed


def test_export_then_import_round_trips_through_po(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--project", str(project), "translations", "export", "--language", "cy"]) == 0
    po_file = project / "translations" / "cy.po"
    with po_file.open("rb") as handle:
        catalog = read_po(handle)
    assert catalog.locale is not None and str(catalog.locale) == "cy"
    messages = {str(message.context): message for message in catalog if message.id}
    prompt = messages["quizzes/01-intro.yml#questions/with-not-for/prompt"]
    assert prompt.string.startswith("Mae grŵp") and ("quizzes/01-intro.yml", 7) in prompt.locations
    one_off = messages["quizzes/01-intro.yml#questions/one-off/prompt"]
    assert one_off.id == "A single focus group is coproduction." and not one_off.string
    one_off.string = "Mae un grŵp ffocws yn gydgynhyrchu."
    messages["quizzes/scenarios/meeting.yml#title"].string = "Y cyfarfod"
    with po_file.open("wb") as handle:
        write_po(handle, catalog)
    assert main(["--project", str(project), "translations", "import", "translations/cy.po", "--language", "cy"]) == 0
    written = yaml.safe_load((project / "quizzes" / "01-intro.cy.yml").read_text(encoding="utf-8"))
    assert written["translated_from"] == source_hash(project / "quizzes" / "01-intro.yml")
    assert {"id": "one-off", "prompt": "Mae un grŵp ffocws yn gydgynhyrchu."} in written["questions"]
    assert "correct" not in str(written) and "answer" not in str(written), "only words are written"
    scenario = yaml.safe_load((project / "quizzes" / "scenarios" / "meeting.cy.yml").read_text(encoding="utf-8"))
    assert scenario["title"] == "Y cyfarfod" and "nodes" not in scenario
    capsys.readouterr()
    assert main(["--project", str(project), "check"]) == 0, capsys.readouterr().err
    paths = CoursePaths.under(project)
    welsh = translate(read_course_with_sources(paths), paths, "cy").course
    quiz = welsh.modules[0].quiz
    assert quiz is not None and quiz.questions[2].prompt == "Mae un grŵp ffocws yn gydgynhyrchu."
    assert quiz.questions[0].prompt.startswith("Mae grŵp"), "what was translated before is kept"
