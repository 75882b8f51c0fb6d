"""Links in YAML texts: the quick test on the file as written never misses a text that could hold one."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator._internal.course.yaml_lines import YamlDocument, parse_yaml
from generator._internal.render import links

REPO = Path(__file__).resolve().parents[2]

WRITTEN = [
    "prompt: See [the map](assets/map.png)\n",
    'prompt: "an escaped link: [the map]\\x28assets/map.png)"\n',
    'prompt: "a line joined by an escape: [the map]\\\n  (assets/map.png)"\n',
    "prompt: >\n  folded [the map]\n  (assets/map.png) stays apart\n",
    "prompt: |\n  [ref]: assets/map.png\n",
    "options:\n  - text: <img src='a.png'>\n  - text: plain\n",
    "a: &shared 'text with [a link](02-next.md)'\nb: *shared\n",
    "prompt: no link here, only [brackets] and (parentheses)\n",
]


def _walked(doc: YamlDocument) -> bool:
    """The answer from every text of the data: what the quick test must never contradict with a False."""
    joined = "\0".join(links.texts_of(doc.data))
    return any(candidate in joined for candidate in links._CANDIDATE)


def _documents() -> list[tuple[str, YamlDocument]]:
    found = [(text, parse_yaml(text, "x.yml")[0]) for text in WRITTEN]
    for folder in ("quizzes", "tests/fixtures"):
        for path in sorted((REPO / folder).rglob("*.yml")):
            found.append((str(path), parse_yaml(path.read_text(encoding="utf-8"), str(path))[0]))
    return [(name, doc) for name, doc in found if doc is not None]


@pytest.mark.parametrize(("name", "doc"), _documents()[: len(WRITTEN)], ids=range(len(WRITTEN)))
def test_the_odd_ways_of_writing_a_link_are_not_missed(name: str, doc: YamlDocument) -> None:
    assert links._may_link(doc) is _walked(doc), name


def test_no_course_or_fixture_file_with_a_link_is_skipped() -> None:
    documents = _documents()
    assert len(documents) > 40
    assert any(doc.text for _name, doc in documents)  # the quick test ran on files read without lines
    assert sum(_walked(doc) for _name, doc in documents) > 2  # some do hold links
    for name, doc in documents:
        if _walked(doc):
            assert links._may_link(doc), name


def test_a_document_read_with_its_lines_is_walked() -> None:
    doc = YamlDocument({"prompt": "[the map](assets/map.png)"}, {(): 1})
    assert doc.text == "" and links._may_link(doc)
