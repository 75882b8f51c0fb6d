"""Start a new module or scenario from a commented skeleton that passes `course check` as it is.

The skeletons teach by example: every key a trainer may change carries a short
comment, and the quiz holds one example of each question type. Nothing is ever
overwritten: a file or id that exists already stops the command with a plain
message (`ScaffoldError`), before any file is written.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..course.paths import CoursePaths, ModuleFile, yaml_files
from ..course.paths import module_files as find_module_files
from ..course.problems import did_you_mean, relative_name
from ..course.schema import SCHEMA_DIR, modeline, schema_for_folder
from ..course.slugs import is_slug, slugify
from ..course.yaml_lines import parse_yaml

DEFAULT_MINUTES = 10


class ScaffoldError(Exception):
    """The files cannot be created; the message says why and what to do."""


def module_files(paths: CoursePaths) -> list[ModuleFile]:
    """Every `NN-slug.md` in the course folder, in number order."""
    return sorted(find_module_files(paths.docs_dir), key=lambda module: (module.number, module.slug))


def known_module(paths: CoursePaths, slug: str) -> ModuleFile:
    """The module page for `slug`; `ScaffoldError` (with "did you mean") when there is none."""
    modules = module_files(paths)
    for module in modules:
        if module.slug == slug:
            return module
    slugs = [module.slug for module in modules]
    listing = f" Modules: {', '.join(slugs)}." if slugs else " The course has no modules yet."
    raise ScaffoldError(
        f'There is no module "{slug}".{did_you_mean(slug, slugs)}{listing}\n'
        "Use the module's file name without the number and .md (course/01-intro.md is `intro`), "
        'or create the module first with: course new-module "Its title"'
    )


def yaml_text(value: str) -> str:
    """`value` as a YAML scalar: plain when YAML reads it back unchanged, else double-quoted."""
    doc, problems = parse_yaml(f"key: {value}\n", "value")
    try:
        plain_11 = yaml.safe_load(f"key: {value}\n")  # MkDocs reads front matter with YAML 1.1 rules
    except yaml.YAMLError:
        plain_11 = None
    if doc is not None and not problems and doc.data == {"key": value} and plain_11 == {"key": value}:
        return value
    return json.dumps(value, ensure_ascii=False)  # JSON strings are valid YAML double-quoted scalars


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _value_in(path: Path, key: str) -> object:
    """The top-level `key` of a YAML file, or None when the file cannot be read."""
    try:
        doc, _problems = parse_yaml(path.read_text(encoding="utf-8-sig"), path.name)
    except (OSError, UnicodeDecodeError):
        return None
    return doc.data.get(key) if doc is not None and isinstance(doc.data, dict) else None


def quiz_file_for(paths: CoursePaths, slug: str) -> Path | None:
    """The quiz file that already names `module: slug`, if any."""
    return next((path for path in yaml_files(paths.quizzes_dir) if _value_in(path, "module") == slug), None)


def _write_new(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8", newline="\n") as file:
        file.write(text)


def _schema_line(paths: CoursePaths, target: Path, folder: str) -> str:
    return modeline(target, paths.root / SCHEMA_DIR / schema_for_folder(folder).name)


# ---------------------------------------------------------------- modules


@dataclass(frozen=True)
class NewModule:
    """The files `new_module` wrote."""

    page: Path
    quiz: Path
    slug: str


def new_module(paths: CoursePaths, title: str, slug: str | None = None, minutes: int | None = None) -> NewModule:
    """Create `course/NN-slug.md` and `quizzes/NN-slug.yml` for a new module, NN the next free number."""
    title = _one_line(title)
    if not title:
        raise ScaffoldError('The module needs a title, e.g.: course new-module "Listening well"')
    slug = slug.strip() if slug is not None else slugify(title)
    if not is_slug(slug):
        suggestion = slugify(slug) or "listening-well"
        raise ScaffoldError(
            f'"{slug}" cannot be a module slug: use lowercase letters, digits and dashes only.\n'
            f"Try: --slug {suggestion}"
        )
    minutes = DEFAULT_MINUTES if minutes is None else minutes
    if minutes <= 0:
        raise ScaffoldError(f"--minutes should be a whole number greater than 0, not {minutes}.")
    if not paths.docs_dir.is_dir():
        raise ScaffoldError(
            f"The course folder {relative_name(paths.docs_dir, paths.root)} does not exist. "
            "Run the command in the folder that holds mkdocs.yml, or pass --project."
        )
    modules = module_files(paths)
    for module in modules:
        if module.slug == slug:
            raise ScaffoldError(
                f'A module named "{slug}" exists already: {relative_name(module.path, paths.root)}.\n'
                "Choose another title, or give another name with --slug."
            )
    number = max((module.number for module in modules), default=0) + 1
    name = f"{number:02d}-{slug}"
    page = paths.docs_dir / f"{name}.md"
    quiz = paths.quizzes_dir / f"{name}.yml"
    for path in (page, quiz):
        if path.exists():
            raise ScaffoldError(
                f"{relative_name(path, paths.root)} exists already; it was left as it is.\n"
                "Rename or move it first, or choose another name with --slug."
            )
    existing_quiz = quiz_file_for(paths, slug)
    if existing_quiz is not None:
        raise ScaffoldError(
            f'{relative_name(existing_quiz, paths.root)} is already the quiz of a module "{slug}" '
            f"(`module: {slug}`); a module has one quiz.\n"
            "Delete or rename that file first, or choose another name with --slug."
        )
    _write_new(page, module_page(title, minutes))
    try:
        _write_new(quiz, module_quiz(_schema_line(paths, quiz, ""), slug, title))
    except FileExistsError:
        page.unlink()
        raise
    return NewModule(page, quiz, slug)


def module_page(title: str, minutes: int) -> str:
    """The Markdown skeleton of a module: front matter, opening, key points, reflection, sources."""
    return f"""---
title: {yaml_text(title)}
objectives:            # what the learner will be able to do; shown at the top, checked by the quiz
  - Replace this with what the learner will be able to do, starting with a verb such as explain or plan
  - Replace this with a second objective, or delete this line
minutes: {minutes}            # about how long the module takes, in minutes
---
Replace this opening with two or three short sentences: what this module is about, and why
it matters to the learner.

## Replace this heading

Replace this with the first part of the module. Use short paragraphs, plain words and
examples your learners will recognise. Add a `##` heading for each new part.

## Key points

- Replace this with the first thing to remember.
- Keep each point to one or two short sentences.
- Three to five points are enough.

## Reflection

!!! question "Think about it"
    Replace this with a question the learner can think about for their own group.

## Sources

- Replace this with where the content comes from: author, year, title and a link.
"""


def module_quiz(schema_line: str, slug: str, title: str) -> str:
    """The quiz skeleton: one commented example of each question type, valid as it is."""
    return f"""{schema_line}
# The quiz at the end of the module "{title}".
# Below is one example of each type of question. Change the texts, delete the questions you
# do not need, and copy one to add more. Then run `course check` to find any mistake.
# Texts may use Markdown, e.g. **bold**. Put a text in "quotes" if it contains ': ' or starts with a symbol.
module: {slug}            # the module's file name without the number and .md; do not change it
title: Check your understanding
pass_mark: 80             # the percentage of questions a learner must get right to pass

questions:
  # single: one right answer, chosen with round buttons.
  - id: example-single    # a short name, unique in this quiz; do not change it once learners use the course
    type: single
    prompt: Replace this with your question. Which answer is right?
    options:
      - text: The right answer
        correct: true     # exactly one option of a `single` question has this line
        feedback: Say why this answer is right.
      - text: A wrong answer that sounds possible
        feedback: Say why this answer is wrong.
      - text: Another wrong answer
        feedback: Say why this answer is wrong.
    explanation: Optional. Shown once the question is answered. Delete this line if you do not need it.

  # multiple: several right answers, chosen with tick boxes. A learner must tick every right one.
  - id: example-multiple
    type: multiple
    prompt: Which of these are right? Choose all that apply.
    options:
      - text: A right answer
        correct: true     # every right option has this line
        feedback: Say why this answer is right.
      - text: Another right answer
        correct: true
        feedback: Say why this answer is right.
      - text: A wrong answer that sounds possible
        feedback: Say why this answer is wrong.
      - text: Another wrong answer  # two wrong options or more, or ticking all but one is a safe guess
        feedback: Say why this answer is wrong.
    explanation: Say what the right answers have in common.

  # true-false: a statement the learner marks True or False.
  - id: example-true-false
    type: true-false
    prompt: Write a statement here that is clearly true or clearly false.
    answer: true          # true if the statement is true, false if it is not
    explanation: Say why the statement is true.

  # order: steps the learner puts in order. Write them in the right order; learners see them mixed up.
  - id: example-order
    type: order
    prompt: Put these steps in order.
    items:
      - The first step
      - The second step
      - The third step
    explanation: Say why this order matters.

  # match: the learner matches each left-hand text with its right-hand text. Learners see the right-hand texts mixed up.
  - id: example-match
    type: match
    prompt: Match each situation with what helps.
    pairs:
      - left: A first situation
        right: What helps in the first situation
      - left: A second situation
        right: What helps in the second situation
      - left: A third situation
        right: What helps in the third situation
    explanation: Say what the pairs have in common.
"""


# ---------------------------------------------------------------- scenarios


def new_scenario(paths: CoursePaths, ident: str, module: str) -> Path:
    """Create `quizzes/scenarios/<ident>.yml` for `module`: a small valid story to rewrite."""
    ident = ident.strip()
    if not is_slug(ident):
        suggestion = slugify(ident) or "first-meeting"
        raise ScaffoldError(
            f'"{ident}" cannot be a scenario id: use lowercase letters, digits and dashes only.\nTry: {suggestion}'
        )
    known_module(paths, module.strip())
    folder = paths.quizzes_dir / "scenarios"
    target = folder / f"{ident}.yml"
    if target.exists():
        raise ScaffoldError(
            f"{relative_name(target, paths.root)} exists already; it was left as it is.\nChoose another id."
        )
    for path in yaml_files(folder):
        if _value_in(path, "id") == ident:
            raise ScaffoldError(
                f'The scenario id "{ident}" is already used by {relative_name(path, paths.root)}.\nChoose another id.'
            )
    _write_new(target, scenario_skeleton(_schema_line(paths, target, "scenarios"), ident, module.strip()))
    return target


def scenario_skeleton(schema_line: str, ident: str, module: str) -> str:
    """A commented scenario: a start node with two choices, one more decision, three endings."""
    return f"""{schema_line}
# A branching scenario: a story in which the learner makes decisions.
# Each node is a moment in the story. It offers choices, or it is an ending (good, mixed or poor).
# Each choice leads (`next:`) to another node. Rename the nodes, add more, and run
# `course check` to find any mistake: every node must be reachable from `start`, and every
# path must reach an ending.
id: {ident}               # keep it the same as the file name
module: {module}          # the module whose page shows this scenario
title: Replace this with the scenario's title
start: opening            # the node the story starts at

nodes:
  opening:
    text: Describe the situation. Who is there, and what has just happened?
    choices:
      - text: Something helpful the learner could do
        next: next-step
        points: 2         # points for this choice (optional; 0 if you leave it out)
        feedback: Say what happens because of this choice.
      - text: Something unhelpful the learner could do
        next: poor-ending
        feedback: Say what happens because of this choice.

  next-step:
    text: Describe what happens next, and the next decision to make.
    choices:
      - text: The best thing to do now
        next: good-ending
        points: 2
        feedback: Say what happens because of this choice.
      - text: Something that only partly helps
        next: mixed-ending
        points: 1
        feedback: Say what happens because of this choice.

  good-ending:
    text: Describe how things turn out well, and why.
    ending: good

  mixed-ending:
    text: Describe how things turn out partly well, and what could have gone better.
    ending: mixed

  poor-ending:
    text: Describe how things turn out badly, and what the learner could try instead.
    ending: poor
"""
