"""Scenario maps for trainers: each scenario's graph as Mermaid source.

Material renders `pre.mermaid` blocks; the plugin ships Mermaid itself (only on
the trainers' page), so no learner page and no trainer page loads anything
from another host.
"""

from __future__ import annotations

import re

from ..course.model import Scenario

MAX_LABEL = 60


def _label(text: str) -> str:
    """Mermaid-safe, one-line, shortened text (Markdown markers dropped)."""
    plain = re.sub(r"[*_`#>\[\]]", "", " ".join(text.split()))
    if len(plain) > MAX_LABEL:
        plain = plain[: MAX_LABEL - 1].rstrip() + "…"
    return plain.replace('"', "#quot;").replace("<", "#lt;").replace(">", "#gt;")


def _node_name(name: str) -> str:
    # Mermaid reserves some words (end, graph...): prefix every node id.
    return "n_" + name.replace("-", "_")


def mermaid(scenario: Scenario) -> str:
    """A top-down flowchart: situations as boxes, endings as rounded boxes naming their kind."""
    lines = ["flowchart TD"]
    for name, node in scenario.nodes.items():
        if node.ending:
            lines.append(f'  {_node_name(name)}(["{node.ending.upper()} ending: {_label(node.text)}"]):::{node.ending}')
        else:
            start = "START: " if name == scenario.start else ""
            lines.append(f'  {_node_name(name)}["{start}{_label(node.text)}"]')
    for name, node in scenario.nodes.items():
        for choice in node.choices or ():
            points = f" (+{choice.points})" if choice.points else ""
            lines.append(f'  {_node_name(name)} -->|"{_label(choice.text)}{points}"| {_node_name(choice.next)}')
    lines += [
        "  classDef good stroke-width:4px",
        "  classDef mixed stroke-dasharray:6 3",
        "  classDef poor stroke-dasharray:2 2",
    ]
    return "\n".join(lines)
