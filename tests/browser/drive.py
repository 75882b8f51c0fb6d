"""Driving the course like a learner: shared by the browser tests.

The course content is read from the authoring files (quizzes/*.yml, course/NN-slug.md), so
every test runs over every quiz and scenario the course has, whatever a trainer adds.
The right answers come from the page itself (`data-correct`, `data-answer`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from playwright.sync_api import expect

from tests.helpers import REPO, is_translation

COURSE = REPO / "course"
QUIZZES = REPO / "quizzes"
STORAGE_PREFIX = "course:"


def module_urls() -> dict[str, str]:
    """Module slug -> its URL path from the site root (`course/04-ladder.md` -> `04-ladder/`)."""
    urls = {}
    for path in sorted(COURSE.glob("[0-9]*-*.md")):
        if is_translation(path):
            continue  # `01-intro.cy.md` is module 1 in Welsh, at `cy/01-intro/`
        match = re.match(r"(\d+)-(.+)", path.stem)
        if match:
            urls[match[2]] = f"{path.stem}/"
    return urls


def module_titles() -> dict[str, str]:
    """Module slug -> its title, from each module's front matter."""
    titles = {}
    for slug, url in module_urls().items():
        text = (COURSE / (url.rstrip("/") + ".md")).read_text(encoding="utf-8")
        titles[slug] = str(yaml.safe_load(text.split("---", 2)[1])["title"])
    return titles


def quiz_url(slug: str) -> str:
    """The URL of a module's quiz (`04-ladder/#cq-ladder`): a module is shown in steps, and a link opens the quiz's."""
    return f"{module_urls()[slug]}#cq-{slug}"


def part_url(module: str, anchor: str) -> str:
    """The URL of a part of a module's page (a scenario `cs-<id>`, a worksheet `cw-<id>`), which opens its step."""
    return f"{module_urls()[module]}#{anchor}"


def show_step(page: Any, selector: str = ".cq") -> None:
    """Open the step of this module page that holds `selector`, as a link in the page's contents does."""
    target = page.locator(selector).first
    if not target.is_visible():
        page.evaluate("id => { location.hash = id; }", target.get_attribute("id"))
    expect(target).to_be_visible()


def quiz_modules() -> list[str]:
    """The module slug of every quiz, in course order."""
    slugs = {
        yaml.safe_load(path.read_text(encoding="utf-8"))["module"]
        for path in QUIZZES.glob("*.yml")
        if not is_translation(path)
    }
    return [slug for slug in module_urls() if slug in slugs]


@dataclass(frozen=True)
class ScenarioPath:
    """A scenario from its YAML file, with its best path worked out independently of the generator."""

    id: str
    module: str
    title: str
    start: str
    nodes: dict[str, Any]

    @classmethod
    def read(cls, path: Path) -> ScenarioPath:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return cls(data["id"], data["module"], data["title"], data["start"], data["nodes"])

    def best(self) -> tuple[int, list[dict[str, Any]]]:
        """The highest total of points from start to an ending, and the choices on that path."""
        return self._search(self.start, frozenset(), max)

    def worst(self) -> tuple[int, list[dict[str, Any]]]:
        """The lowest total of points from start to an ending, and the choices on that path."""
        return self._search(self.start, frozenset(), min)

    def _search(self, name: str, seen: frozenset[str], pick: Any) -> tuple[int, list[dict[str, Any]]]:
        node = self.nodes[name]
        if node.get("ending"):
            return 0, []
        options = []
        for choice in node["choices"]:
            if choice["next"] in seen:
                continue
            points, path = self._search(choice["next"], seen | {name}, pick)
            if points >= 0:
                options.append((points + choice.get("points", 0), [choice, *path]))
        return pick(options, key=lambda option: option[0]) if options else (-1, [])

    def ending(self, path: list[dict[str, Any]]) -> str:
        """good, mixed or poor: the ending that `path` leads to."""
        return str(self.nodes[path[-1]["next"]]["ending"])


def scenarios() -> list[ScenarioPath]:
    """Every scenario of the course."""
    return [
        ScenarioPath.read(path) for path in sorted((QUIZZES / "scenarios").glob("*.yml")) if not is_translation(path)
    ]


OUTCOME = {"good": "Good outcome", "mixed": "Mixed outcome", "poor": "Poor outcome"}


# ------------------------------------------------------------------ quizzes


def questions(page: Any) -> Any:
    """The question fieldsets of the quiz on this page."""
    return page.locator(".cq .cq-q")


def answer(question: Any, right: bool = True) -> str | None:
    """Answer one question, rightly or wrongly; returns the id of a wrong option chosen, if any."""
    kind = question.get_attribute("data-type")
    if kind in ("single", "true-false", "multiple"):
        correct = question.locator("input[data-correct]")
        wrong = question.locator("input:not([data-correct])")
        if right:
            for index in range(correct.count()):
                correct.nth(index).check()
            return None
        wrong.first.check()
        return str(wrong.first.get_attribute("id"))
    selects = question.locator("select")
    answers = [selects.nth(index).get_attribute("data-answer") for index in range(selects.count())]
    if not right:
        answers[0], answers[1] = answers[1], answers[0]
    for index, value in enumerate(answers):
        selects.nth(index).select_option(value)
    return None


def answer_all(page: Any, wrong: set[int] | frozenset[int] = frozenset()) -> dict[int, str | None]:
    """Answer every question, rightly except those numbered (from 0) in `wrong`."""
    fieldsets = questions(page)
    return {index: answer(fieldsets.nth(index), right=index not in wrong) for index in range(fieldsets.count())}


def check(page: Any) -> None:
    page.locator(".cq").get_by_role("button", name="Check answers", exact=True).click()


def pass_quiz(page: Any, base: str, slug: str) -> None:
    """Open the quiz of `slug`, answer everything right and check."""
    page.goto(base + quiz_url(slug))
    answer_all(page)
    check(page)
    expect(page.locator(".cq__result .cq__verdict")).to_contain_text("Passed")


def pass_mark(page: Any) -> int:
    return int(page.locator(".cq").get_attribute("data-pass"))


def percent(correct: int, total: int) -> int:
    """The score as the page rounds it."""
    return int(100 * correct / total + 0.5)


# ------------------------------------------------------------------ storage


def everything_passed(root: Any) -> dict[str, Any]:
    """A progress file built from the page's own data: every quiz passed, every scenario at its best."""
    last = {"correct": 1, "total": 1, "percent": 100}
    quizzes = {
        row.get_attribute("data-slug"): {
            "hash": row.get_attribute("data-quiz-hash"),
            "answers": {},
            "checked": False,
            "attempts": 1,
            "last": last,
            "best": 100,
            "passed": True,
        }
        for row in root.locator(".cp-row[data-quiz-hash]").all()
    }
    played = {
        item.get_attribute("data-scenario"): {
            "hash": item.get_attribute("data-hash"),
            "plays": 1,
            "best": {"points": int(item.get_attribute("data-best")), "ending": "good"},
        }
        for item in root.locator("[data-scenario]").all()
    }
    return {"v": 1, "quizzes": quizzes, "scenarios": played, "worksheets": {}}


def course_id(page: Any) -> str:
    return str(page.locator("[data-course]").first.get_attribute("data-course"))


def stored(page: Any, course: str) -> Any:
    """The learner's saved progress, as the page keeps it."""
    text = page.evaluate("key => localStorage.getItem(key)", STORAGE_PREFIX + course)
    return json.loads(text) if text else None


def store(page: Any, course: str, data: Any) -> None:
    text = data if isinstance(data, str) else json.dumps(data)
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [STORAGE_PREFIX + course, text])


def stub_print(page: Any) -> None:
    """Replace window.print with a recorder of what would print."""
    page.evaluate(
        """() => { window.__printed = [];
        window.print = () => window.__printed.push({html: document.documentElement.className,
        target: Array.from(document.querySelectorAll('.course-print'), e => e.className)}); }"""
    )


def serve_sitemap_here(page: Any, base: str) -> None:
    """Let Material's instant navigation work on this test server.

    Material only swaps pages whose URLs are in sitemap.xml, which holds the URLs of
    `site_url` (the published site); a test server has another address, so the sitemap is
    rewritten on the way in, as if the course were published here.
    """

    def rewrite(route: Any) -> None:
        response = route.fetch()
        text = response.text()
        locs = re.findall(r"<loc>([^<]*)</loc>", text)
        root = min(locs, key=len) if locs else ""
        route.fulfill(response=response, body=text.replace(f"<loc>{root}", f"<loc>{base}") if root else text)

    page.route("**/sitemap.xml", rewrite)
