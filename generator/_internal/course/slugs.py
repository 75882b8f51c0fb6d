"""Slugs: the one pattern for module names and ids, and the one way to make a slug from a title.

Module file names, question, scenario, node and worksheet ids and the course id
are all slugs: learners' progress is kept under them, so they must be plain and stable.
"""

from __future__ import annotations

import re
import unicodedata

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
SLUG = re.compile(SLUG_PATTERN)


def is_slug(text: str) -> bool:
    """Lowercase letters and digits, in groups joined by single dashes."""
    return SLUG.match(text) is not None


def slugify(text: str, fallback: str = "") -> str:
    """A slug from a title: 'Values & trust, in practice' -> 'values-trust-in-practice'; 'Café' -> 'cafe'.

    `fallback` when nothing of the title is left (a title in another script, or only symbols).
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or fallback
