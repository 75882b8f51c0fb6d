"""What a learner's package holds: the learner pages and what they load, nothing a learner does not need.

Learners pay for data by the megabyte. A built site also carries files no learner ever loads:
Material's source maps (`*.map`), the search's word splitters and stemmers for languages the
course is not in, and, in the site, the trainers' guide with every answer. The packages (SCORM,
offline copy) leave them out; the trainers' guide has a download of its own.
"""

from __future__ import annotations

import json
from pathlib import Path

LUNR = "assets/javascripts/lunr/"
"""Material's search languages: stemmers (`min/lunr.<code>.min.js`) and word splitters."""
_SPLITTERS = {"ja": "tinyseg.js", "hi": "wordcut.js", "th": "wordcut.js"}
TRAINERS = "trainers/"


def search_languages(site_dir: Path) -> list[str]:
    """The languages the site's search index was built for (Material's search plugin writes them in it)."""
    index = site_dir / "search" / "search_index.json"
    try:
        config = json.loads(index.read_text(encoding="utf-8")).get("config", {})
    except (OSError, ValueError):
        return ["en"]
    languages = config.get("lang") if isinstance(config, dict) else None
    return [str(code) for code in languages] if isinstance(languages, list) and languages else ["en"]


def search_files_needed(languages: list[str]) -> set[str]:
    """The files of `LUNR` that Material's search worker loads for `languages` (as its worker decides)."""
    needed = {f"{LUNR}{_SPLITTERS[code]}" for code in languages if code in _SPLITTERS}
    needed |= {f"{LUNR}min/lunr.{code}.min.js" for code in languages if code != "en"}
    if len(languages) > 1:
        needed.add(f"{LUNR}min/lunr.multi.min.js")
    if needed:
        needed.add(f"{LUNR}min/lunr.stemmer.support.min.js")
    return needed


def package_files(site_dir: Path, *, trainers: bool = True) -> list[str]:
    """Every file of a built site a package should hold, by path from the site's root, sorted.

    Never the source maps, nor the search files of languages the site's search does not use;
    the trainers' guide (`trainers/`) only when `trainers`. A translated course holds a site per
    language (`cy/`), each with its own search: each keeps the search files its languages need.
    """
    needed = {
        prefix + name
        for index in site_dir.rglob("search/search_index.json")
        for prefix in [_site_prefix(index.parent.parent, site_dir)]
        for name in search_files_needed(search_languages(index.parent.parent))
    }
    kept = []
    for path in sorted(site_dir.rglob("*")):
        if not path.is_file():
            continue
        name = path.relative_to(site_dir).as_posix()
        if name.endswith(".map") or (not trainers and name.startswith(TRAINERS)):
            continue
        if LUNR in name and name not in needed:
            continue
        kept.append(name)
    return kept


def _site_prefix(root: Path, site_dir: Path) -> str:
    """`cy/` for the Welsh site inside `site_dir`, `` for the site itself."""
    relative = root.relative_to(site_dir).as_posix()
    return "" if relative == "." else relative + "/"


def learner_files(site_dir: Path) -> list[str]:
    """What a learner's package holds: the site's files without the trainers' guide (see `package_files`)."""
    return package_files(site_dir, trainers=False)


def share_theme_assets(site_dir: Path) -> list[str]:
    """Let each translated site of a package (`cy/`) use the main site's copy of each identical asset.

    A package is downloaded whole (the offline copy) or uploaded whole (SCORM): each language's
    copy of Material's bundle, search worker and stylesheets is the same file, about 70 KiB
    zipped. Each such file is removed from the language's `assets/` and its pages' links point
    one folder up. Files the search worker finds by its site's address (`assets/javascripts/lunr/`)
    and files that differ (the course script carries each language's words) stay. Returns the
    files removed, by path from `site_dir`.
    """
    removed: list[str] = []
    for index in sorted(site_dir.glob("*/search/search_index.json")):
        language = index.parent.parent
        prefix = language.name + "/"
        shared: list[str] = []
        for path in sorted((language / "assets").rglob("*")):
            name = path.relative_to(language).as_posix()
            main = site_dir / name
            if path.is_file() and LUNR not in name and main.is_file() and main.read_bytes() == path.read_bytes():
                shared.append(name)
        if not shared:
            continue
        for page in language.rglob("*.html"):
            up = "../" * (len(page.relative_to(language).parts) - 1)
            html = page.read_text(encoding="utf-8")
            changed = html
            for name in shared:
                changed = changed.replace(f'"{up}{name}"', f'"{up}../{name}"')
            if changed != html:
                page.write_text(changed, encoding="utf-8")
        for name in shared:
            (language / name).unlink()
            removed.append(prefix + name)
    return removed
