"""A translated course's package keeps each language's site and the search files each one needs."""

from __future__ import annotations

import json
from pathlib import Path

from generator._internal.packages.contents import LUNR, learner_files, share_theme_assets


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


def test_identical_theme_files_are_kept_once_and_the_pages_link_to_them(tmp_path: Path) -> None:
    _site(tmp_path, {"": ["en"], "cy/": ["en"]}, [])
    same, own = "assets/javascripts/bundle.min.js", "assets/course/course.js"
    lunr = f"{LUNR}min/lunr.stemmer.support.min.js"
    for name, main, welsh in ((same, "b", "b"), (own, "english", "cymraeg"), (lunr, "l", "l")):
        for prefix, text in (("", main), ("cy/", welsh)):
            (tmp_path / prefix / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / prefix / name).write_text(text, encoding="utf-8")
    page = tmp_path / "cy" / "index.html"
    page.write_text(f'<script src="{same}"></script><script src="{own}"></script>', encoding="utf-8")
    (tmp_path / "cy" / "sub").mkdir()
    (tmp_path / "cy" / "sub" / "page.html").write_text(f'"search": "../{same}"', encoding="utf-8")
    removed = share_theme_assets(tmp_path)
    assert removed == [f"cy/{same}"]
    assert page.read_text(encoding="utf-8") == f'<script src="../{same}"></script><script src="{own}"></script>'
    assert (tmp_path / "cy" / "sub" / "page.html").read_text(encoding="utf-8") == f'"search": "../../{same}"'
    assert (tmp_path / "cy" / lunr).is_file(), "the search worker finds these by its own site's address"
    assert (tmp_path / "cy" / own).read_text(encoding="utf-8") == "cymraeg"
