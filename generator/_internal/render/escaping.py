"""The templates' escaping of what they write: markupsafe's own, without a Markup made for each value.

With autoescape on, Jinja's code runs `escape(value)` for every `{{ value }}`: markupsafe's
`escape` makes a `Markup` of the escaped text each time (about 480 ns here, most of it the
`Markup` made), only for the piece to be joined into the template's output at once. A quiz
question writes about forty values, so that was a quarter of rendering a quiz (measured: rendering
200 quizzes of 10 questions took 1,241 M instructions with it, 942 M without). `escape_text` gives the same characters
as a plain `str`: the code Jinja writes only ever joins what it outputs into a string (the
template's result, or a `{% set %}` block or macro, which Jinja makes a `Markup` itself).

`CourseCodeGenerator` is Jinja's code generator writing `escape_text(...)` where it would write
`escape(...)` for an output, and `x.name` as Python's own `getattr` (Jinja's `environment.getattr`,
a Python call, only when the object has no such attribute, such as a dict with that key; an undefined
value raises as it did); nothing else of the code changes. The renderer's environment uses
it whether a template runs from its shipped Python or is compiled from its source.
"""

from __future__ import annotations

from typing import Any, cast

import markupsafe
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame, optimizeconst

_escape_inner = getattr(markupsafe, "_escape_inner", None)
"""markupsafe 3's escaping of a `str` to a `str` (in C); markupsafe 2 has none, and its `escape` is C."""


def escape_text(value: Any) -> str:
    """`value` as HTML text, character for character what `markupsafe.escape` gives, as a `str`.

    The common cases (text, HTML already safe, numbers) skip making a `Markup`; anything else,
    an `__html__` object or an undefined value included, goes through markupsafe's own `escape`.
    """
    kind = type(value)
    if kind is str and _escape_inner is not None:
        escaped: str = _escape_inner(value)
        return escaped
    if kind is markupsafe.Markup:
        return cast(str, value)  # already HTML: markupsafe gives the same characters
    if kind is int:
        return str(value)
    return markupsafe.escape(value)


class CourseCodeGenerator(CodeGenerator):
    """Jinja's code generator, its outputs escaped by `escape_text` (imported at the top of the code)."""

    REVISION = 2
    """Part of the shipped templates' stamp: a change to the code written here changes it."""

    def visit_Template(self, node: nodes.Template, frame: Frame | None = None) -> None:  # noqa: N802 - Jinja's name
        """The template's code, with the import of `escape_text` first."""
        self.writeline(f"from {__name__} import escape_text")
        super().visit_Template(node, frame)

    def _output_child_pre(self, node: nodes.Expr, frame: Frame, finalize: Any) -> None:
        if frame.eval_ctx.autoescape and not frame.eval_ctx.volatile:
            self.write("escape_text(")
            if finalize.src is not None:
                self.write(finalize.src)
            return
        super()._output_child_pre(node, frame, finalize)

    @optimizeconst
    def visit_Getattr(self, node: nodes.Getattr, frame: Frame) -> None:  # noqa: N802 - Jinja's name
        """`x.name` as `getattr(x, "name", missing)`, and Jinja's own look-up only when that finds nothing.

        What Jinja's `environment.getattr` does first, without its Python frame (about 66,000 look-ups
        for 200 quizzes): when the attribute is missing, its look-up runs as before (an item, or undefined).
        """
        if self.environment.is_async:  # pragma: no cover - the course's environment is not async
            super().visit_Getattr(node, frame)
            return
        found, owner = self.temporary_identifier(), self.temporary_identifier()
        self.write(f"({found} if ({found} := getattr(({owner} := ")
        self.visit(node.node, frame)
        self.write(f"), {node.attr!r}, missing)) is not missing else environment.getattr({owner}, {node.attr!r}))")
