"""`course init`: a complete course project in a new folder, ready to check, preview, build and publish.

The files are examples to learn from, not empty templates: a home page, one module with
its quiz (one question of each type) and a branching scenario, an mkdocs.yml that loads
nothing from another host, the GitHub Pages workflow, a .gitignore and a short README.
The project passes `course check` and builds as it is (tested). Nothing is written unless
the folder is new or empty, and nothing is ever overwritten.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from ..course.slugs import slugify
from .scaffold import ScaffoldError, scenario_skeleton, yaml_text

PACKAGE = "course-generator"
EXAMPLE_MODULE = "01-getting-started"
EXAMPLE_SCENARIO = "first-meeting"


@dataclass(frozen=True)
class NewProject:
    """What `course init` wrote, and how the generator will be installed when publishing."""

    root: Path
    course_id: str
    files: tuple[Path, ...]
    requirement: str
    requirement_is_portable: bool
    """False when the generator came from a folder on this computer, which GitHub cannot reach."""


def generator_requirement() -> tuple[str, bool]:
    """How the publishing workflow should install this generator: its source when known, else its version.

    From a Git repository: that repository at the same commit. From a package index: the same
    version. From a folder on this computer (an editable or local install): the version, flagged,
    since GitHub cannot install from this computer.
    """
    version = metadata.version(PACKAGE)
    try:
        text = metadata.distribution(PACKAGE).read_text("direct_url.json")
    except metadata.PackageNotFoundError:
        text = None
    if not text:
        return f"{PACKAGE}=={version}", True
    source = json.loads(text)
    vcs = source.get("vcs_info")
    url = str(source.get("url", ""))
    if vcs and url:
        return f"{PACKAGE} @ {vcs.get('vcs', 'git')}+{url}@{vcs.get('commit_id', '')}".rstrip("@"), True
    if url.startswith(("http://", "https://")):
        return f"{PACKAGE} @ {url}", True
    return f"{PACKAGE}=={version}", False


def init_project(root: Path, title: str) -> NewProject:
    """Write a new course project into `root` (new or empty); `ScaffoldError` says why not, before writing."""
    title = " ".join(title.split())
    if not title:
        raise ScaffoldError(
            'The course needs a title, e.g.: course init food-bank --title "Volunteering at the food bank"'
        )
    if root.exists() and not root.is_dir():
        raise ScaffoldError(f"{root} is a file, not a folder. Choose a new folder name for the course.")
    if root.is_dir() and any(root.iterdir()):
        raise ScaffoldError(
            f"{root} is not empty, so nothing was written (a new course never mixes with other files).\n"
            "Choose a new folder name, or empty this folder first."
        )
    course_id = slugify(title, "course")
    requirement, portable = generator_requirement()
    files = {
        "mkdocs.yml": mkdocs_yml(title, course_id),
        "course/index.md": home_page(title),
        f"course/{EXAMPLE_MODULE}.md": example_module(),
        f"quizzes/{EXAMPLE_MODULE}.yml": EXAMPLE_QUIZ,
        f"quizzes/scenarios/{EXAMPLE_SCENARIO}.yml": scenario_skeleton(
            "# yaml-language-server: $schema=../../schemas/scenario.schema.json", EXAMPLE_SCENARIO, "getting-started"
        ),
        "requirements.txt": requirements_txt(requirement, portable),
        ".github/workflows/pages.yml": PAGES_WORKFLOW,
        ".gitignore": GITIGNORE,
        "README.md": trainer_readme(title),
    }
    written = []
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="utf-8", newline="\n") as file:
            file.write(text)
        written.append(path)
    return NewProject(root, course_id, tuple(written), requirement, portable)


def mkdocs_yml(title: str, course_id: str) -> str:
    """The site's settings: Material, light and dark, no fonts or scripts from another host."""
    return f"""# The course's settings. The trainers' guide (For trainers > Start a new course) explains each one.
site_name: {yaml_text(title)}
site_description: {yaml_text(f"A self-paced course: {title}.")}
site_url: !ENV [SITE_URL, "http://127.0.0.1:8000/"]   # the GitHub Pages workflow sets SITE_URL
docs_dir: course
site_dir: site

theme:
  name: material
  language: en
  font: false            # no Google Fonts: the site never loads anything from another host
  features:
    - navigation.instant
    - navigation.instant.progress
    - navigation.tracking
    - navigation.footer
    - navigation.top
    - search.suggest
    - content.tabs.link
  palette:
    - media: "(prefers-color-scheme: light)"
      scheme: default
      primary: indigo
      accent: indigo
      toggle:
        icon: material/weather-night
        name: Switch to dark mode
    - media: "(prefers-color-scheme: dark)"
      scheme: slate
      primary: indigo
      accent: indigo
      toggle:
        icon: material/weather-sunny
        name: Switch to light mode

plugins:
  - search
  - course:
      course_id: {course_id}   # where learners' progress is kept in their browser: never change it once published

markdown_extensions:
  - admonition
  - attr_list
  - md_in_html
  - footnotes
  - tables
  - def_list
  - toc:
      permalink: true
  - pymdownx.details
  - pymdownx.superfences
  - pymdownx.tabbed:
      alternate_style: true
"""


def home_page(title: str) -> str:
    """The course's first page: what it is, who it is for, how long it takes, and the way in."""
    return f"""---
title: {yaml_text(title)}
---

# {title}

Replace this with two or three short sentences: what this course is about, and who it is for.

- **How long:** about 30 minutes in all. Each module says how long it takes.
- **How it works:** read each module, then answer its quiz. Your progress is kept in this browser
  only; nothing is sent anywhere.

[Start the course](01-getting-started.md){{ .md-button .md-button--primary }}

## Modules

1. [Getting started](01-getting-started.md)

When you have passed every quiz, you can make a certificate on the [progress page](progress.md).
"""


def example_module() -> str:
    """A short module that shows every part of one: objectives, sections, key points, reflection, sources."""
    return """---
title: Getting started
objectives:            # shown at the top of the module; the quiz checks them
  - Explain what this course is for and who takes it
  - Plan how to take the course, one module and its quiz at a time
minutes: 10            # about how long the module takes, quiz included
---

This is the first module of your course. Replace its text with your own. Keep sentences short
and use plain words: many learners read English as a second language, often on a phone.

## What the course is for

Say what learners will be able to do at the end, and why it matters to them. Give one example
from real life that your learners will recognise.

!!! tip "An example"
    Boxes like this one (admonitions) draw the eye to an example or a tip.

## How to take it

Each module ends with a short quiz. Learners can try a quiz as often as they like; the progress
page shows what they have passed. The scenario below lets them practise a decision.

## Key points

- The course is for ...
- Take one module at a time, and answer its quiz.

## Reflection

!!! question "Think about it"
    What do you hope to learn from this course?

## Sources

- Replace this with where the content comes from: author, year, title and a link.
"""


EXAMPLE_QUIZ = """# yaml-language-server: $schema=../schemas/quiz.schema.json
# The quiz at the end of the module "Getting started": one example of each type of question.
# Change the texts, delete the questions you do not need, and copy one to add more; then run
# `course check`. Texts may use Markdown, e.g. **bold**. Put a text in "quotes" if it contains ': '.
# Good questions ask the learner to use what the module taught, in a short situation; every wrong
# option is something a learner might really think, and the right one is not always the longest.
module: getting-started   # the module's file name without the number and .md; do not change it
title: Check your understanding
pass_mark: 80             # the percentage of questions a learner must get right to pass

questions:
  # single: one right answer, chosen with round buttons.
  - id: who-takes-it      # a short name, unique in this quiz; do not change it once learners use the course
    type: single
    prompt: Sam volunteers at a food bank and has never trained before. Who takes this course?
    options:
      - text: Anyone who volunteers
        correct: true     # exactly one option of a `single` question has this line
        feedback: Yes. The course is for everyone who volunteers, new or experienced.
      - text: Only staff who manage volunteers
        feedback: Not only staff. The course is written for volunteers too.
      - text: Only people who have done a course like this before
        feedback: No. No training is needed before this course.
    explanation: Say here who the course is for, in a sentence learners will remember.

  # multiple: several right answers, chosen with tick boxes. A learner must tick every right one.
  - id: what-it-is-for
    type: multiple
    prompt: What is this course for? Choose all that apply.
    options:
      - text: Learning what the work involves
        correct: true     # every right option has this line
        feedback: Yes, the modules explain the work step by step.
      - text: Practising decisions in scenarios
        correct: true
        feedback: Yes, the scenarios let you practise.
      - text: Getting a paid job at the food bank
        feedback: No. The course helps volunteers; it is not a job application.
      - text: Replacing the first meeting with your coordinator
        feedback: No. Meet your coordinator as well.
    explanation: Every right answer must be ticked, and no wrong one.

  # true-false: a statement the learner marks True or False.
  - id: one-module-at-a-time
    type: true-false
    prompt: You can plan to take one module at a time, over several days.
    answer: true          # true if the statement is true, false if it is not
    explanation: Yes. Your progress is kept in your browser, so you can take the course in steps.

  # order: steps the learner puts in order. Write them in the right order; learners see them mixed up.
  - id: plan-the-course
    type: order
    prompt: Plan how you take a module. Put these steps in order.
    items:
      - Read the module
      - Answer its quiz
      - Read the feedback on each answer
    explanation: Read first, then check what you learnt; the feedback says why each answer is right or wrong.

  # match: the learner matches each left-hand text with its right-hand text. Learners see them mixed up.
  - id: where-to-find-it
    type: match
    prompt: Where in the course do you find each of these?
    pairs:
      - left: What you have passed so far
        right: The progress page
      - left: The time a module takes
        right: The top of the module
      - left: A question to check what you learnt
        right: The quiz at the end
    explanation: Use the progress page to plan the course, module by module.
"""


def requirements_txt(requirement: str, portable: bool) -> str:
    """What the publishing workflow installs: this generator (which brings MkDocs and Material)."""
    note = (
        ""
        if portable
        else "# This generator was installed from a folder on one computer, which GitHub cannot reach.\n"
        "# Change the line below to where your organisation gets it, for example:\n"
        f"#   {PACKAGE} @ git+https://github.com/YOUR-ORGANISATION/YOUR-GENERATOR-REPOSITORY@v0.1.0\n"
    )
    return f"# What the GitHub Pages workflow installs to build the course.\n{note}{requirement}\n"


PAGES_WORKFLOW = """# Check the course, build it with --strict and publish it to GitHub Pages with the official actions.
# Turn it on once: Settings > Pages > Source: GitHub Actions. Then every push to main publishes;
# a course with a mistake fails here and the last good version stays online.
name: Publish the course

on:
  push:
    branches: [main]
  workflow_dispatch:

permissions:
  contents: read
  pages: write
  id-token: write

concurrency:
  group: pages
  cancel-in-progress: false

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
          cache: pip
      - uses: actions/configure-pages@v5
        id: pages
      - name: Keep the course's build cache between runs
        uses: actions/cache@v4
        with:
          path: .cache
          key: course-${{ hashFiles('requirements.txt') }}-${{ hashFiles('course/**', 'quizzes/**', 'mkdocs.yml') }}
          restore-keys: course-${{ hashFiles('requirements.txt') }}-
      - name: Check and build the course (stops on any problem or warning; quality notes are advice)
        env:
          NO_MKDOCS_2_WARNING: "1"
          SITE_URL: ${{ steps.pages.outputs.base_url }}/
        run: |
          python -m pip install -r requirements.txt
          course check
          mkdocs build --strict --site-dir site
      - uses: actions/upload-pages-artifact@v3
        with:
          path: site

  deploy:
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: ${{ steps.deployment.outputs.page_url }}
    steps:
      - uses: actions/deploy-pages@v4
        id: deployment
"""

GITIGNORE = """# Made by the course tools; never edit or commit them.
/site/
/dist/
/.cache/
/.venv/
__pycache__/
"""


def trainer_readme(title: str) -> str:
    """A short README for the trainer who owns the folder."""
    return f"""# {title}

A self-paced course, made with the course generator. Learners take it on the website; quizzes,
scenarios and their progress work in their browser, and nothing is sent anywhere.

## Where things are

| What | Where |
| --- | --- |
| The home page and the modules (Markdown) | `course/` (`course/index.md`, one `NN-slug.md` per module) |
| Pictures | `course/assets/` |
| One quiz per module (YAML) | `quizzes/` |
| Branching scenarios | `quizzes/scenarios/` |
| The site's name and settings | `mkdocs.yml` |

## Commands

Run them in this folder:

```sh
course check     # find every mistake in the files, with the file, the line and the fix
course serve     # preview on http://127.0.0.1:8000/; the page reloads when you save a file
course build     # check, then build the website into site/
course offline   # a zip learners can open without internet (dist/)
course scorm     # a SCORM 1.2 package for an LMS such as Moodle (dist/)
course new-module "Listening well"    # start the next module and its quiz
```

## Publish on GitHub Pages

Put this folder in a GitHub repository. In the repository's **Settings > Pages**, set **Source** to
**GitHub Actions**. Every push to `main` then checks and publishes the course
(`.github/workflows/pages.yml`); `requirements.txt` says which course generator it installs.
"""
