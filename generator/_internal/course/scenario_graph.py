"""The rules of a scenario's graph, and its best possible score.

Checked on the raw YAML data (not the model) so that a graph mistake is
reported even when another node of the same file has a typo: all problems in
one run.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NamedTuple

from .model import Scenario
from .problems import Problem, did_you_mean
from .yaml_lines import YamlDocument


class _Edge(NamedTuple):
    source: str
    choice: int
    """The choice's place among its node's choices, from 0."""
    target: str
    points: int


def _edges(nodes: dict[str, Any]) -> Iterator[_Edge]:
    for name, node in nodes.items():
        choices = node.get("choices") if isinstance(node, dict) else None
        for index, choice in enumerate(choices if isinstance(choices, list) else []):
            if isinstance(choice, dict) and isinstance(choice.get("next"), str):
                points = choice.get("points", 0)
                weight = points if isinstance(points, int) and not isinstance(points, bool) else 0
                yield _Edge(name, index, choice["next"], max(weight, 0))


def _is_ending(node: Any) -> bool:
    # A node with both `ending` and `choices` is reported by the model; count it as an ending here.
    return isinstance(node, dict) and bool(node.get("ending"))


def check_graph(doc: YamlDocument, file: str) -> list[Problem]:
    """Every rule of DESIGN.md's scenario graph, as problems with lines."""
    data = doc.data
    nodes = data.get("nodes") if isinstance(data, dict) else None
    if not isinstance(nodes, dict) or not nodes:
        return []  # the model reports a missing or malformed `nodes`
    names = [str(name) for name in nodes]
    problems: list[Problem] = []
    start = data.get("start")
    if isinstance(start, str) and start not in nodes:
        problems.append(
            Problem(
                file,
                doc.line_of(("start",)),
                f'`start` names the node "{start}", which does not exist.{did_you_mean(start, names)}',
                f"Use the id of the first node; nodes here: {', '.join(names)}.",
                "start",
            )
        )
    edges = list(_edges(nodes))
    for edge in edges:
        if edge.target not in nodes:
            problems.append(
                Problem(
                    file,
                    doc.line_of(("nodes", edge.source, "choices", edge.choice, "next")),
                    f'`next` leads to "{edge.target}", which is not a node.{did_you_mean(edge.target, names)}',
                    f"Use one of the node ids: {', '.join(names)}; or add a node called {edge.target}.",
                    f'node "{edge.source}" > choice {edge.choice + 1}',
                )
            )
    if not isinstance(start, str) or start not in nodes:
        return problems
    live = [edge for edge in edges if edge.target in nodes]
    reachable = _closure({start}, {(e.source, e.target) for e in live})
    for name in names:
        if name not in reachable:
            problems.append(
                Problem(
                    file,
                    doc.line_of(("nodes", name)),
                    f'node "{name}" cannot be reached from the start node "{start}".',
                    f"Point a choice's `next:` at {name}, or remove the node.",
                )
            )
    endings = {name for name, node in nodes.items() if _is_ending(node)}
    can_finish = _closure(endings, {(e.target, e.source) for e in live})
    for name in names:
        if (
            name in reachable
            and name not in can_finish
            and isinstance(nodes[name], dict)
            and nodes[name].get("choices")
        ):
            problems.append(
                Problem(
                    file,
                    doc.line_of(("nodes", name)),
                    f'from node "{name}" no ending can be reached: the learner would go round forever.',
                    "Give one of its choices (or a choice further on) a `next:` that leads to a node with `ending:`.",
                )
            )
    if not problems:
        problems.extend(_unbounded(live, reachable, can_finish, doc, file))
    return problems


def _closure(seeds: set[str], arcs: set[tuple[str, str]]) -> set[str]:
    """Every node reachable from `seeds` along `arcs`."""
    forward: dict[str, list[str]] = {}
    for source, target in arcs:
        forward.setdefault(source, []).append(target)
    seen = set(seeds)
    stack = list(seeds)
    while stack:
        for target in forward.get(stack.pop(), []):
            if target not in seen:
                seen.add(target)
                stack.append(target)
    return seen


def _components(names: list[str], edges: list[_Edge]) -> dict[str, int]:
    """Strongly connected components (Kosaraju, iterative): node -> component number."""
    forward: dict[str, list[str]] = {name: [] for name in names}
    backward: dict[str, list[str]] = {name: [] for name in names}
    for edge in edges:
        forward[edge.source].append(edge.target)
        backward[edge.target].append(edge.source)
    order: list[str] = []
    visited: set[str] = set()
    for root in names:
        if root in visited:
            continue
        visited.add(root)
        stack = [(root, iter(forward[root]))]
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                order.append(node)
            elif child not in visited:
                visited.add(child)
                stack.append((child, iter(forward[child])))
    component: dict[str, int] = {}
    for count, root in enumerate(reversed(order)):
        if root in component:
            continue
        component[root] = count
        pending = [root]
        while pending:
            for parent in backward[pending.pop()]:
                if parent not in component:
                    component[parent] = count
                    pending.append(parent)
    return component


def _unbounded(
    edges: list[_Edge], reachable: set[str], can_finish: set[str], doc: YamlDocument, file: str
) -> list[Problem]:
    """A loop that gives points could be repeated for ever: refuse it."""
    names = sorted(reachable & can_finish)
    inside = [e for e in edges if e.source in reachable and e.target in reachable]
    component = _components(names, [e for e in inside if e.source in can_finish and e.target in can_finish])
    return [
        Problem(
            file,
            doc.line_of(("nodes", e.source, "choices", e.choice, "points")),
            "this choice gives points but lies on a loop, so a learner could collect points for ever.",
            "Set `points: 0` on choices that lead back to an earlier situation.",
            f'node "{e.source}" > choice {e.choice + 1}',
        )
        for e in inside
        if e.points > 0 and e.source in component and component.get(e.source) == component.get(e.target)
    ]


def best_score(scenario: Scenario) -> int:
    """The most points a learner can collect from `start` to an ending (0 when no ending can be reached)."""
    return max((scores.most for scores in ending_scores(scenario).values()), default=0)


class PathScores(NamedTuple):
    """The fewest and most points with which a learner can reach one ending from `start`."""

    least: int
    most: int


def _condensed(scenario: Scenario) -> tuple[dict[str, int], dict[int, list[_Edge]], list[int]]:
    """Each node's loop component, the choices between components, and the components in path order.

    Inside a component every choice lies on a loop, so (in a valid graph) gives no points: any
    walk's score is that of a simple path, and the component graph has no loops left.
    """
    names = list(scenario.nodes)
    edges = [
        _Edge(name, index, choice.next, choice.points)
        for name, node in scenario.nodes.items()
        for index, choice in enumerate(node.choices or ())
    ]
    component = _components(names, edges)
    outgoing: dict[int, list[_Edge]] = {}
    waiting = dict.fromkeys(component.values(), 0)
    for edge in edges:
        if component[edge.source] != component[edge.target]:
            outgoing.setdefault(component[edge.source], []).append(edge)
            waiting[component[edge.target]] += 1
    order = [group for group, count in waiting.items() if count == 0]
    for group in order:  # Kahn's algorithm: `order` grows while it is walked
        for edge in outgoing.get(group, []):
            waiting[component[edge.target]] -= 1
            if waiting[component[edge.target]] == 0:
                order.append(component[edge.target])
    return component, outgoing, order


def ending_scores(scenario: Scenario) -> dict[str, PathScores]:
    """Ending node -> the fewest and most points of the paths from `start` that reach it.

    Computed over the graph in path order, not by listing paths, so it stays quick for big graphs.
    """
    component, outgoing, order = _condensed(scenario)
    least = {component[scenario.start]: 0}
    most = {component[scenario.start]: 0}
    for group in order:
        if group not in least:
            continue  # not reachable from the start
        for edge in outgoing.get(group, []):
            target = component[edge.target]
            least[target] = min(least.get(target, least[group] + edge.points), least[group] + edge.points)
            most[target] = max(most.get(target, most[group] + edge.points), most[group] + edge.points)
    return {
        name: PathScores(least[component[name]], most[component[name]])
        for name, node in scenario.nodes.items()
        if node.ending and component[name] in least
    }


def longest_path_nodes(scenario: Scenario) -> int:
    """How many situations (the ending included) the longest way from `start` to an ending shows.

    A loop counts all its nodes once, as a learner who goes round it sees each of them.
    """
    component, outgoing, order = _condensed(scenario)
    size: dict[int, int] = {}
    for group in component.values():
        size[group] = size.get(group, 0) + 1
    longest = {component[scenario.start]: size[component[scenario.start]]}
    for group in order:
        if group not in longest:
            continue
        for edge in outgoing.get(group, []):
            target = component[edge.target]
            longest[target] = max(longest.get(target, 0), longest[group] + size[target])
    return max(
        (
            longest[component[name]]
            for name, node in scenario.nodes.items()
            if node.ending and component[name] in longest
        ),
        default=0,
    )
