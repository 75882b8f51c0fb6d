"""The facilitator pack: each module's Markdown, moved into one printable page.

A module's text is reused as written, with its headings one level down (they sit
under the module's own heading) and its relative links and images re-aimed from
the pack page's folder. Markdown is edited line by line, never inside fenced code.
"""

from __future__ import annotations

import re

from .loader import MARKER, split_front_matter

_HEADING = re.compile(r"^(#{1,5})(?=\s)")
_INLINE_TARGET = re.compile(r"(\]\(\s*<?)(?![a-zA-Z][a-zA-Z0-9+.-]*:|/|#)([^)\s>]+)")
_REFERENCE_TARGET = re.compile(r"^(\s{0,3}\[[^\]]+\]:\s*<?)(?![a-zA-Z][a-zA-Z0-9+.-]*:|/|#)(\S+?)(>?)(\s|$)")
_HTML_TARGET = re.compile(r"""((?:href|src)=["'])(?![a-zA-Z][a-zA-Z0-9+.-]*:|/|#)([^"']+)""")
_FENCE = re.compile(r"^\s*(```|~~~)")


def pack_markdown(module_text: str, prefix: str) -> str:
    """A module file's body for the pack: no front matter or markers, headings down a level, links re-aimed.

    `prefix` leads from the pack page's folder to the docs folder, e.g. "../".
    """
    _yaml, body, _line = split_front_matter(module_text)
    lines: list[str] = []
    in_fence = False
    for source_line in MARKER.sub("", body).splitlines():
        if _FENCE.match(source_line):
            in_fence = not in_fence
        lines.append(source_line if in_fence else _moved(source_line, prefix))
    return "\n".join(lines).strip() + "\n"


def _moved(line: str, prefix: str) -> str:
    """One line outside code: its heading a level down, its relative targets behind `prefix`."""
    line = _HEADING.sub(lambda match: match[1] + "#", line)
    line = _INLINE_TARGET.sub(lambda match: match[1] + prefix + match[2], line)
    line = _REFERENCE_TARGET.sub(lambda match: match[1] + prefix + match[2] + match[3] + match[4], line)
    return _HTML_TARGET.sub(lambda match: match[1] + prefix + match[2], line)
