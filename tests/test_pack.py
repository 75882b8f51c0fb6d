"""The facilitator pack: module text moved into one printable page, with every answer."""

from __future__ import annotations

from pathlib import Path

from generator._internal.pack import pack_markdown
from tests.helpers import FIXTURES, copy_course, mkdocs_build


def test_module_text_moves_down_a_level_and_keeps_its_links() -> None:
    text = (
        "---\ntitle: T\n---\nSee [g](glossary.md#a), [w](https://x.org), [here](#top).\n\n"
        "## Key points\n\n<!-- quiz -->\n![i](assets/a.png)\n[r]: 05-values.md\n"
        "```\n## code, not a heading [x](y.md)\n```\n"
    )
    assert pack_markdown(text, "../") == (
        "See [g](../glossary.md#a), [w](https://x.org), [here](#top).\n\n"
        "### Key points\n\n\n![i](../assets/a.png)\n[r]: ../05-values.md\n"
        "```\n## code, not a heading [x](y.md)\n```\n"
    )


def test_the_pack_page_holds_every_module_with_its_answers(tmp_path: Path) -> None:
    project = copy_course(tmp_path / "project", FIXTURES / "course")
    (project / "course" / "trainers").mkdir()
    (project / "course" / "trainers" / "pack.md").write_text(
        "---\ntitle: Pack\n---\nFor groups.\n\n<!-- answer-key -->\n", encoding="utf-8"
    )
    site = tmp_path / "site"
    result = mkdocs_build(project, site, "--strict")
    assert result.returncode == 0, result.stderr
    html = (site / "trainers" / "pack" / "index.html").read_text(encoding="utf-8")
    intro, practice = html.index('id="key-intro"'), html.index('id="key-practice"')
    assert intro < html.index("Working together means deciding together.") < practice
    assert "✓ Right:</strong> People seeking sanctuary write it with staff" in html
    assert "Comments on a finished draft are consultation." in html
    assert html.index("Start small and be patient.") > practice
    assert "The first meeting" in html and "(+2)" in html
    assert "course-slot" not in html and "answer-key" not in html.split("</article>")[0].split("<article")[-1]
