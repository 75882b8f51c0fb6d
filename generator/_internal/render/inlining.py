"""Templates written into the template that uses them when it is compiled: one file per question type, no include.

Each question type has its own template in `questions/` (adding a type adds a file), but an
`{% include %}` per question made a Jinja context per question, looking the template up and
copying the quiz's variables each time: at 200 modules of 10 questions that was an eighth of
rendering the quizzes (measured: 1,071 M instructions with them, 929 M without). These two
tags put the templates' own code in place instead, once, when the quiz template is compiled (ahead,
`make templates`, or from the sources):

- `{% inline "questions/choices.html.j2" %}`: that template's content, here, as if written here;
- `{% question_inputs q.type %}`: for each type of `course.model.QUESTION_TYPES`, its template
  `questions/<type>.html.j2` inlined, chosen by the value (`{% if %}` ... `{% elif %}` ...).

An inlined template sees the variables where it stands, as an include does; it cannot extend another.
The compiled quiz depends on every template it inlines: the templates' stamp and the cache's
fingerprint cover every template's source, so an edit to any of them compiles the quiz again.
"""

from __future__ import annotations

from jinja2 import nodes
from jinja2.exceptions import TemplateSyntaxError
from jinja2.ext import Extension
from jinja2.parser import Parser

from ..course.model import QUESTION_TYPES

QUESTIONS_FOLDER = "questions"


class Inlining(Extension):
    """The `inline` and `question_inputs` tags (see the module's docstring)."""

    tags = {"inline", "question_inputs"}  # noqa: RUF012 - Jinja's own declaration of an extension's tags

    def parse(self, parser: Parser) -> list[nodes.Node] | nodes.Node:
        """The inlined template's nodes, or the choice of a question type's, in place of the tag."""
        tag = next(parser.stream)
        if tag.value == "inline":
            name = parser.parse_expression()
            if not isinstance(name, nodes.Const) or not isinstance(name.value, str):
                parser.fail("inline needs the template's name as a quoted string", tag.lineno)
            return self._body(name.value, parser, tag.lineno)
        kind = parser.parse_expression()
        branches = [
            nodes.If(
                nodes.Compare(kind, [nodes.Operand("eq", nodes.Const(type_name))]),
                self._body(f"{QUESTIONS_FOLDER}/{type_name}.html.j2", parser, tag.lineno),
                [],
                [],
                lineno=tag.lineno,
            )
            for type_name in QUESTION_TYPES
        ]
        first, *others = branches
        first.elif_ = others
        return first

    def _body(self, name: str, parser: Parser, lineno: int) -> list[nodes.Node]:
        environment = self.environment
        if environment.loader is None:
            parser.fail("inline needs the environment's loader", lineno)
        source, filename, _uptodate = environment.loader.get_source(environment, name)
        body = environment.parse(source, name, filename).body
        if any(isinstance(node, nodes.Extends) for node in body):
            raise TemplateSyntaxError(f"{name} extends another template: it cannot be inlined", lineno, parser.name)
        return body
