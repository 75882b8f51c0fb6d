"""The facilitator pack: each module's page, moved into one printable page.

A module's text is taken as MkDocs already made it (its HTML, before the course's
fragments went in), so the pack costs no second Markdown conversion. Moved into
the pack, its headings go one level down (they sit under the module's own
heading), its ids get the module's prefix (every module has a "Summary"; ids
must stay unique on one page) and its relative links and images are re-aimed
from the pack page's address.
"""

from __future__ import annotations

import posixpath
import re

_HEADING_TAG = re.compile(r"<(/?)h([1-5])(?=[\s>])")
_ID_ATTRIBUTE = re.compile(r'(\s(?:id|name|for|aria-labelledby|aria-describedby|aria-controls)=")([^"]*)(")')
_URL_ATTRIBUTE = re.compile(r'(\s(?:href|src)=")([^"]*)(")')
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def pack_html(module_html: str, module_url: str, pack_url: str, prefix: str) -> str:
    """A module page's HTML for the pack page at `pack_url` (URLs relative to the site's root).

    `prefix` makes the module's ids its own, e.g. "m3-".
    """
    html = _HEADING_TAG.sub(lambda match: f"<{match[1]}h{int(match[2]) + 1}", module_html)
    html = _ID_ATTRIBUTE.sub(
        lambda match: match[1] + " ".join(prefix + ident for ident in match[2].split()) + match[3], html
    )
    return _URL_ATTRIBUTE.sub(lambda match: match[1] + _moved(match[2], module_url, pack_url, prefix) + match[3], html)


def _moved(url: str, module_url: str, pack_url: str, prefix: str) -> str:
    """A link of the module page as seen from the pack page (same-page anchors follow the ids' prefix)."""
    if url.startswith("#"):
        return "#" + prefix + url[1:]
    if not url or _SCHEME.match(url) or url.startswith(("/", "?")):
        return url
    path, mark, rest = _split_path(url)
    target = posixpath.normpath(posixpath.join(_folder(module_url), path))
    moved = posixpath.relpath(target, _folder(pack_url))
    if path.endswith("/") or (path in {".", ""}):
        moved += "/"
    return moved + mark + rest


def _split_path(url: str) -> tuple[str, str, str]:
    """`url` as (path, "?" or "#" or "", what follows it)."""
    cut = min((index for index in (url.find("?"), url.find("#")) if index >= 0), default=len(url))
    return url[:cut], url[cut : cut + 1], url[cut + 1 :]


def _folder(page_url: str) -> str:
    """The folder a page's relative links start from ("a/b/" for "a/b/" and for "a/b.html")."""
    root = "/" + page_url
    return root if root.endswith("/") else posixpath.dirname(root) + "/"
