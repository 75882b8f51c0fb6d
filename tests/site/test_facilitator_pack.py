"""The facilitator pack: module text moved into one printable page, with every answer."""

from __future__ import annotations

import re
from pathlib import Path

from generator._internal.site.facilitator_pack import pack_html
from tests.helpers import FIXTURES, copy_course, mkdocs_build

MODULE_HTML = (
    '<h1 id="t">T</h1>\n<p>See <a href="../glossary/#a">g</a>, <a href="https://x.org">w</a>, '
    '<a href="#top">here</a>, <a href="./">this page</a>, <a href="../05-values/?q=1">v</a>.</p>\n'
    '<h2 id="key-points">Key points<a class="headerlink" href="#key-points">&para;</a></h2>\n'
    '<img alt="i" src="../assets/a.png" />\n'
    '<input id="__tabbed_1_1" name="__tabbed_1" type="radio"><label for="__tabbed_1_1">Tab</label>\n'
    "<pre><code>&lt;h2&gt;code, not a heading&lt;/h2&gt; [x](y.md)</code></pre>\n"
    '<p><a href="mailto:a@b.org">mail</a> <a href="/root/">root</a> <img src="data:image/png;base64,AA" /></p>'
)


def test_module_html_moves_down_a_level_with_its_own_ids_and_links_seen_from_the_pack() -> None:
    moved = pack_html(MODULE_HTML, "03-module/", "trainers/pack/", "m3-")
    assert moved == (
        '<h2 id="m3-t">T</h2>\n<p>See <a href="../../glossary/#a">g</a>, <a href="https://x.org">w</a>, '
        '<a href="#m3-top">here</a>, <a href="../../03-module/">this page</a>, '
        '<a href="../../05-values/?q=1">v</a>.</p>\n'
        '<h3 id="m3-key-points">Key points<a class="headerlink" href="#m3-key-points">&para;</a></h3>\n'
        '<img alt="i" src="../../assets/a.png" />\n'
        '<input id="m3-__tabbed_1_1" name="m3-__tabbed_1" type="radio"><label for="m3-__tabbed_1_1">Tab</label>\n'
        "<pre><code>&lt;h2&gt;code, not a heading&lt;/h2&gt; [x](y.md)</code></pre>\n"
        '<p><a href="mailto:a@b.org">mail</a> <a href="/root/">root</a> <img src="data:image/png;base64,AA" /></p>'
    )


def test_links_are_re_aimed_for_pages_without_folders_too() -> None:
    """With `use_directory_urls: false` pages are files: links start from the file's folder."""
    moved = pack_html('<a href="02-b.html#x">b</a><a href="img/a.png">i</a>', "01-a.html", "trainers/pack.html", "m1-")
    assert moved == '<a href="../02-b.html#x">b</a><a href="../img/a.png">i</a>'


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
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert len(ids) == len(set(ids)), "every module has its own ids on the one page"
    for target in re.findall(r'\shref="(\.\./[^"#?]+)', html):  # links moved from the module pages still lead somewhere
        assert (site / "trainers" / "pack" / target).resolve().exists(), target
