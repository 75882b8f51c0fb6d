"""A translated course's package keeps each language's site and the search files each one needs."""

from __future__ import annotations

import json
from pathlib import Path

from generator._internal.packages.contents import LUNR, learner_files


def _site(root: Path, languages: dict[str, list[str]], files: list[str]) -> None:
    for prefix, search in languages.items():
        index = root / prefix / "search" / "search_index.json"
        index.parent.mkdir(parents=True, exist_ok=True)
        index.write_text(json.dumps({"config": {"lang": search}, "docs": []}), encoding="utf-8")
    for name in files:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("x", encoding="utf-8")


def test_each_language_keeps_its_own_search_files(tmp_path: Path) -> None:
    files = [
        "index.html",
        "ar/index.html",
        "cy/01-intro.html",
        f"{LUNR}min/lunr.ar.min.js",
        f"ar/{LUNR}min/lunr.ar.min.js",
        f"ar/{LUNR}min/lunr.stemmer.support.min.js",
        f"ar/{LUNR}min/lunr.fr.min.js",
        f"cy/{LUNR}min/lunr.ar.min.js",
        "trainers/index.html",
    ]
    _site(tmp_path, {"": ["en"], "ar/": ["ar"], "cy/": ["en"], "trainers/": ["en"]}, files)
    kept = set(learner_files(tmp_path))
    assert {"index.html", "ar/index.html", "cy/01-intro.html"} <= kept
    assert {f"ar/{LUNR}min/lunr.ar.min.js", f"ar/{LUNR}min/lunr.stemmer.support.min.js"} <= kept
    assert not {f"{LUNR}min/lunr.ar.min.js", f"ar/{LUNR}min/lunr.fr.min.js", f"cy/{LUNR}min/lunr.ar.min.js"} & kept
    assert not any(name.startswith("trainers/") for name in kept)
