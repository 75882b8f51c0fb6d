"""Content checks: the course as the issue's reviewers read it.

These tests read the real course (course/ and quizzes/), not fixtures. They check that
every point of City of Sanctuary UK's slides is taught, that each module has its
standard parts, that quizzes and scenarios are rich enough and not guessable, that
scenario endings are ordered by points, that stated times cover an estimate, that the
money guidance is right, that the prose is plain (Flesch reading ease) and that spelling
is British.

The Flesch score and its heuristic syllable counter are the generator's own
(generator/_internal/course/readability.py), which `course check` uses for its quality
notes: one counter, so this test and the trainers' notes cannot disagree.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import Course, CoursePaths, Scenario, load_course
from generator._internal.course.readability import HTML_TAG, WORD, flesch, prose
from tests.helpers import is_translation

ROOT = Path(__file__).resolve().parents[2]
COURSE_DIR = ROOT / "course"
QUIZZES_DIR = ROOT / "quizzes"
MODULE_FILES = sorted(path for path in COURSE_DIR.glob("[0-9][0-9]-*.md") if not is_translation(path))
"""The English modules (a translation, `01-what-is-coproduction.cy.md`, is checked by `course check`)."""

M1 = "course/01-what-is-coproduction.md"
M2 = "course/02-why-coproduction.md"
M3 = "course/03-what-we-can-coproduce.md"
M4 = "course/04-ladder-of-coproduction.md"
M5 = "course/05-values.md"
M6 = "course/06-how-to-coproduce.md"
M7 = "course/07-challenges.md"
INDEX = "course/index.md"
PLANNING = "quizzes/worksheets/planning.yml"

LADDER_RUNGS = ["Coercion", "Educating", "Informing", "Consultation", "Engagement", "Co-design", "Co-production"]

# Every point of the slides (seed/000_c3c908155c99fe8f.txt): the file that must teach it,
# and key phrases that must be there (case-insensitive, whitespace-normalised, Markdown
# emphasis and link targets ignored).
SLIDE_POINTS: list[tuple[str, str, list[str]]] = [
    # Title slide
    ("title-coproduction-training", INDEX, ["city of sanctuary uk's coproduction training"]),
    # Coproduction: the definition
    ("definition-partnership", M1, ["coproduction is a partnership"]),
    ("definition-values-experience-skills", M1, ["values, experience and skills", "job title", "structural power"]),
    ("definition-reciprocal", M1, ["coproduction is also reciprocal"]),
    ("definition-with-not-for-or-to", M1, ["decisions are made with experts by experience", "for them, or to them"]),
    # What is it?
    ("is-power-sharing", M1, ["power is shared"]),
    ("is-shaping-solutions", M1, ["shape solutions, not just share stories", "how a service should work"]),
    ("is-influencing-decisions", M1, ["people influence decisions"]),
    ("is-active-participation", M1, ["take an active part"]),
    ("is-ongoing-role", M1, ["ongoing role"]),
    ("is-participant-benefits", M1, ["people get something from it", "learn new skills"]),
    # What is it not?
    ("not-seeking-views", M1, ["only asking for views"]),
    ("not-decisions-by-professionals", M1, ["decisions made by professionals"]),
    ("not-one-direction-flow", M1, ["information that flows one way"]),
    ("not-limited-unknown-influence", M1, ["limited or unknown influence"]),
    ("not-one-off", M1, ["a one-off"]),
    ("not-examples", M1, ["surveys", "focus groups", "interviews"]),
    # Why coproduction? Seven benefits and two references
    ("benefit-trust", M2, ["increases trust", "communities and organisations"]),
    ("benefit-better-services", M2, ["design better services", "really need", "service innovation"]),
    ("benefit-staff-job-satisfaction", M2, ["staff job satisfaction", "new kind of relationship", "connected"]),
    ("benefit-empowers-people", M2, ["empowers people", "social inequalities", "overlooked"]),
    ("benefit-confidence-wellbeing-skills", M2, ["develop confidence, wellbeing and skills"]),
    (
        "benefit-physical-mental-health",
        M2,
        [
            "physical and mental health",
            "(boyle, clark and burns, 2006)",
            "social capital",
            "support networks",
            "(boyle and harris, 2009)",
            "public and professionals",
        ],
    ),
    ("benefit-funding", M2, ["funding proposals and fundraising", "commissioners and funders increasingly value"]),
    (
        "reference-boyle-clark-burns-2006",
        M2,
        [
            "boyle, d., clark, s. and burns, s. (2006) hidden work: co-production by people outside paid "
            "employment. york: joseph rowntree foundation."
        ],
    ),
    ("reference-boyle-harris-2009", M2, ["boyle, d. and harris, m. (2009) the challenge of co-production.", "nesta"]),
    # What can we co-produce? Ten areas
    ("area-strategy", M3, ["developing a strategy"]),
    ("area-leaflet", M3, ["leaflet for sanctuary seekers"]),
    ("area-new-services", M3, ["designing new services"]),
    ("area-needs-assessment", M3, ["needs assessment", "bridge the gaps"]),
    ("area-existing-services", M3, ["evaluating and improving existing services"]),
    ("area-recruiting-staff", M3, ["recruiting new staff"]),
    ("area-working-groups", M3, ["working groups and task and finish groups"]),
    ("area-research", M3, ["researching topics"]),
    ("area-policies-procedures", M3, ["reviewing policies and procedures"]),
    ("area-policy-advocacy-fundraising", M3, ["supporting decisions in policy, advocacy and fundraising work"]),
    # Coproduction ladder: source, seven rungs, three groups
    ("ladder-source", M4, ["think local act personal", "national co-production advisory group", "2015"]),
    ("rung-1-coercion", M4, ["1. coercion", "not taken into account"]),
    ("rung-2-educating", M4, ["2. educating", "understand how"]),
    ("rung-3-informing", M4, ["3. informing", "what was decided"]),
    ("rung-4-consultation", M4, ["4. consultation", "give views", "tokenism"]),
    ("rung-5-engagement", M4, ["5. engagement", "influence some decisions"]),
    ("rung-6-co-design", M4, ["6. co-design", "do not see it through"]),
    ("rung-7-co-production", M4, ["7. co-production", "from design to delivery"]),
    ("group-doing-to", M4, ["coercion and educating are doing to"]),
    ("group-doing-for", M4, ["informing, consultation and engagement are doing for"]),
    ("group-doing-with", M4, ["co-design and co-production are doing with"]),
    # Values for good coproduction
    ("value-trust", M5, ["trust means"]),
    ("value-inclusion", M5, ["inclusion means"]),
    ("value-reciprocity", M5, ["reciprocity means"]),
    ("value-transparency", M5, ["transparency means"]),
    ("value-equity", M5, ["equity means"]),
    ("value-sharing-of-power", M5, ["sharing of power means"]),
    # How do we coproduce a project? Doctors of the World's journey, six steps
    ("dotw-example", M6, ["doctors of the world", "lived experience"]),
    ("dotw-1-national-health-advisors", M6, ["establish a national health advisors group"]),
    ("dotw-2-training-programme", M6, ["training programme"]),
    ("dotw-3-pilot", M6, ["pilot involvement with teams and stakeholders", "test outcomes"]),
    ("dotw-4-guides-governance", M6, ["develop guides and governance documents"]),
    ("dotw-5-steering-groups", M6, ["structure of steering groups to achieve coproduction within dotw"]),
    ("dotw-6-agenda-setting", M6, ["agenda setting: developing the strategic plan"]),
    # Example: City of Sanctuary UK
    (
        "sanctuary-ambassador-network",
        M6,
        ["city of sanctuary uk's sanctuary ambassadors", "sanctuary ambassador network"],
    ),
    # Questions to consider (the planning worksheet of module 6)
    ("question-decisions", PLANNING, ["what decisions are you making as a group?", "open to influence"]),
    (
        "question-who",
        PLANNING,
        ["who do you want to engage in your group or organisation?", "knowledge, skills or interests"],
    ),
    ("question-suited", PLANNING, ["particularly suited to this opportunity"]),
    ("question-preparation", PLANNING, ["what preparation and support will you provide to experts by experience?"]),
    ("question-influence", PLANNING, ["what can experts by experience expect to influence by taking part?"]),
    (
        "question-benefits",
        PLANNING,
        [
            "what can experts by experience expect to gain from their involvement?",
            "skills they may develop",
            "training opportunities",
            "references",
            "reimbursement",
            "vouchers",
            "being credited in a national report",
        ],
    ),
    (
        "question-feedback",
        PLANNING,
        ["when and how will you give feedback", "show the impact of input from experts by experience"],
    ),
    # Potential challenges to address: all eight, each with its response
    (
        "challenge-no-impact",
        M7,
        ["contribution has not led to any impact", "review your process, guidance, policies and approach"],
    ),
    ("challenge-skills", M7, ["may not have the skills the project needs | training"]),
    ("challenge-staff-authority", M7, ["see staff as people in authority", "staff and volunteer awareness"]),
    ("challenge-conflict", M7, ["conflict or disagreement", "ground rules, a sense of belonging, and respect"]),
    (
        "challenge-upset-retraumatised",
        M7,
        ["upset or re-traumatised", "ongoing wellbeing support from a trusted", "mental health services"],
    ),
    (
        "challenge-takes-time",
        M7,
        ["meaningful coproduction takes time", "staff resource", "be patient and start small"],
    ),
    (
        "challenge-own-circumstances",
        M7,
        ["own individual circumstances", "fictitious characters and journey mapping", "briefing", "practical training"],
    ),
    ("challenge-dominate", M7, ["dominate the conversation", "facilitation and ground rules"]),
    ("tool-fictitious-characters", M7, ["fictitious characters (personas)", "worked example: meet hana"]),
    ("tool-journey-mapping", M7, ["journey mapping", "a journey map shows", "worked example: hana's first visit"]),
    ("what-works-what-doesnt", M7, ["what works? what doesn't?", "| what works | what doesn't |"]),
]

US_SPELLINGS = {
    r"organiz": "organis-",
    r"\bcolor": "colour",
    r"behavior": "behaviour",
    r"\bcenter": "centre",
    r"\bprograms?\b": "programme (computer program is the only exception)",
    r"\bfavorite": "favourite",
    r"analyz": "analys-",
    r"recogniz": "recognis-",
    r"prioritiz": "prioritis-",
    r"realiz": "realis-",
    r"apologiz": "apologis-",
    r"criticiz": "criticis-",
    r"summariz": "summaris-",
    r"\bneighbor": "neighbour",
    r"\bhonor": "honour",
    r"\blabor\b": "labour",
    r"travel(?:ed|ing|er)\b": "travelled, travelling, traveller",
}

URL = re.compile(r"<?https?://\S+?>?(?=[\s)\]]|$)")
LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


# ---------------------------------------------------------------- helpers


@cache
def course() -> Course:
    """The real course, loaded and validated by the generator."""
    return load_course(CoursePaths.under(ROOT))


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """The front matter (as a mapping) and the Markdown body of a module file."""
    match = re.match(r"\A---\n(.*?\n)---\n", text, re.DOTALL)
    if not match:
        return {}, text
    return yaml.safe_load(match.group(1)) or {}, text[match.end() :]


def yaml_strings(value: Any) -> Iterator[str]:
    """Every string in a loaded YAML document, keys excluded."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from yaml_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from yaml_strings(item)


def normalise(text: str) -> str:
    """Lower case, one space between words, Markdown emphasis and link targets dropped."""
    text = LINK.sub(r"\1", text)
    text = text.replace("\u2019", "'").replace("*", "").replace("`", "")
    return " ".join(text.lower().split())


@cache
def searchable(relative: str) -> str:
    """The normalised text of a course or quiz file, as a reviewer would search it."""
    path = ROOT / relative
    if path.suffix in {".yml", ".yaml"}:
        return normalise(" ".join(yaml_strings(yaml.safe_load(path.read_text(encoding="utf-8")))))
    return normalise(path.read_text(encoding="utf-8"))


def best_paths(scenario: Scenario) -> tuple[int, list[list[str]]]:
    """The best score from the start to an ending, and every path (node ids) that reaches it."""
    best = -1
    paths: list[list[str]] = []

    def walk(node_id: str, path: list[str], score: int) -> None:
        nonlocal best, paths
        node = scenario.nodes[node_id]
        if node.ending:
            if score > best:
                best, paths = score, [path]
            elif score == best:
                paths.append(path)
            return
        for choice in node.choices or ():
            if choice.next not in path:  # a simple path: loops never add points in a valid graph
                walk(choice.next, [*path, choice.next], score + choice.points)

    walk(scenario.start, [scenario.start], 0)
    return best, paths


def all_scenarios() -> list[Scenario]:
    return [scenario for module in course().modules for scenario in module.scenarios]


# ---------------------------------------------------------------- the slides


@pytest.mark.parametrize(
    ("relative", "phrases"), [pytest.param(file, phrases, id=point) for point, file, phrases in SLIDE_POINTS]
)
def test_slide_point_is_taught(relative: str, phrases: list[str]) -> None:
    text = searchable(relative)
    missing = [phrase for phrase in phrases if normalise(phrase) not in text]
    assert not missing, f"{relative} does not contain: {missing}"


def test_slide_points_have_unique_ids() -> None:
    ids = [point for point, _, _ in SLIDE_POINTS]
    assert len(ids) == len(set(ids))


def test_ladder_rungs_are_taught_bottom_to_top() -> None:
    text = searchable(M4)
    positions = [text.find(f"### {number}. {rung.lower()}") for number, rung in enumerate(LADDER_RUNGS, 1)]
    assert -1 not in positions, positions
    assert positions == sorted(positions)


def test_doctors_of_the_world_steps_are_in_order() -> None:
    text = searchable(M6)
    steps = [
        "1. establish a national health advisors group",
        "2. training programme",
        "3. pilot involvement",
        "4. develop guides and governance documents",
        "5. set up a structure of steering groups",
        "6. agenda setting",
    ]
    positions = [text.find(step) for step in steps]
    assert -1 not in positions, dict(zip(steps, positions, strict=True))
    assert positions == sorted(positions)


def test_planning_worksheet_has_the_six_questions_in_module_six() -> None:
    module = course().module("how-to-coproduce")
    assert module
    assert [worksheet.id for worksheet in module.worksheets] == ["planning"]
    assert len(module.worksheets[0].questions) == 6
    assert "<!-- worksheet: planning -->" in (ROOT / M6).read_text(encoding="utf-8")


# ---------------------------------------------------------------- modules


@pytest.mark.parametrize("path", MODULE_FILES, ids=lambda path: path.stem)
def test_module_has_front_matter_and_sections(path: Path) -> None:
    meta, body = split_front_matter(path.read_text(encoding="utf-8"))
    assert isinstance(meta.get("title"), str) and meta["title"].strip(), "front matter needs a title"
    objectives = meta.get("objectives")
    assert isinstance(objectives, list) and 2 <= len(objectives) <= 4, f"2 to 4 objectives, got {objectives!r}"
    assert isinstance(meta.get("minutes"), int) and meta["minutes"] > 0, "front matter needs minutes"
    headings = re.findall(r"^## (.+?)\s*$", body, flags=re.MULTILINE)
    for section in ("Key points", "Reflection", "Sources"):
        assert section in headings, f"{path.name} has no '## {section}' section"
    assert headings[-1] == "Sources", "Sources should be the last section"


def test_course_has_seven_modules() -> None:
    assert [module.slug for module in course().modules] == [
        "what-is-coproduction",
        "why-coproduction",
        "what-we-can-coproduce",
        "ladder-of-coproduction",
        "values",
        "how-to-coproduce",
        "challenges",
    ]


KEY_TERMS = {
    "coproduction": "coproduction",
    "experts by experience": "experts-by-experience",
    "people seeking sanctuary": "people-seeking-sanctuary",
}


@pytest.mark.parametrize("path", MODULE_FILES, ids=lambda path: path.stem)
@pytest.mark.parametrize("term", list(KEY_TERMS))
def test_key_term_explained_near_first_use(path: Path, term: str) -> None:
    """A learner may start at any module: each key term is defined, or linked to the glossary, near first use."""
    _, body = split_front_matter(path.read_text(encoding="utf-8"))
    text = re.split(r"^## Sources\s*$", body, flags=re.MULTILINE)[0].lower()
    first = text.find(term)
    if first == -1:
        pytest.skip(f"{path.name} does not use '{term}'")
    definition = re.compile(rf"\*\*{re.escape(term)}\*\*(?: (?:are|is|means)\b|:)|glossary\.md#{KEY_TERMS[term]}\b")
    near = [match.start() for match in definition.finditer(text) if match.start() - first <= 1000]
    assert near, f"{path.name}: '{term}' is neither defined nor linked to the glossary near its first use"


@pytest.mark.parametrize("path", MODULE_FILES, ids=lambda path: path.stem)
def test_module_links_to_the_glossary(path: Path) -> None:
    assert "glossary.md" in path.read_text(encoding="utf-8"), f"{path.name} does not link to the glossary"


def test_glossary_links_point_at_real_entries() -> None:
    glossary = (COURSE_DIR / "glossary.md").read_text(encoding="utf-8")
    headings = re.findall(r"^### (.+)$", glossary, re.MULTILINE)
    anchors = {re.sub(r"[^a-z0-9 -]", "", heading.lower()).replace(" ", "-") for heading in headings}
    broken = [
        f"{path.name} -> #{anchor}"
        for path in sorted(COURSE_DIR.glob("*.md"))
        for anchor in re.findall(r"glossary\.md#([a-z0-9-]+)", path.read_text(encoding="utf-8"))
        if anchor not in anchors
    ]
    broken += [
        f"glossary.md -> #{anchor}" for anchor in re.findall(r"\]\(#([a-z0-9-]+)\)", glossary) if anchor not in anchors
    ]
    assert not broken, f"links to glossary entries that do not exist: {broken}"


def test_glossary_is_alphabetical_without_duplicates() -> None:
    glossary = (COURSE_DIR / "glossary.md").read_text(encoding="utf-8")
    terms = re.findall(r"^### (.+)$", glossary, re.MULTILINE)
    keys = [re.sub(r"[^a-z]", "", term.lower()) for term in terms]
    assert keys == sorted(keys), "glossary terms are not in alphabetical order"
    assert len(keys) == len(set(keys)), "a glossary term appears twice"


NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven")


def test_home_page_matches_the_modules() -> None:
    """The module cards are generated (`<!-- modules -->`); the first screen says how many, how long in all."""
    index = (ROOT / INDEX).read_text(encoding="utf-8")
    _front, body = index.split("---", 2)[1:]
    modules = course().modules
    minutes = [module.meta.minutes or 0 for module in modules]
    first_screen = body[: body.index("\n## ")]
    assert "<!-- modules -->" in first_screen, "the module cards (and Start) must come before the first ## section"
    assert not re.search(r"\]\(\d+-[\w-]+\.md\)", body), "the home page lists modules by hand: the cards do that"
    total = f"about **{sum(minutes)} minutes**"
    assert total in first_screen, f"the first screen should say {total}"
    spread = f"{NUMBER_WORDS[len(modules)]} modules of {min(minutes)} to {max(minutes)} minutes"
    assert spread in " ".join(first_screen.split()), f"the first screen should say '{spread}'"
    assert "(progress.md)" in index
    assert "certificate" in index


# ---------------------------------------------------------------- readability


FLESCH_MINIMUM = 65


@pytest.mark.parametrize("path", MODULE_FILES, ids=lambda path: path.stem)
def test_module_prose_is_plain(path: Path) -> None:
    scores = {p.stem: flesch(prose(split_front_matter(p.read_text(encoding="utf-8"))[1])) for p in MODULE_FILES}
    table = "\n".join(
        f"  {stem}: {score:.1f} ({words} words, {sentences} sentences, {syllables} syllables)"
        for stem, (score, words, sentences, syllables) in scores.items()
    )
    assert scores[path.stem][0] >= FLESCH_MINIMUM, (
        f"Flesch reading ease below {FLESCH_MINIMUM} for {path.name}:\n{table}"
    )


# ---------------------------------------------------------------- quizzes


def test_every_module_has_a_quiz_with_five_questions() -> None:
    for module in course().modules:
        assert module.quiz, f"{module.slug} has no quiz"
        assert len(module.quiz.questions) >= 5, f"{module.slug}: {len(module.quiz.questions)} questions"


def test_all_five_question_types_are_used() -> None:
    used = {question.type for module in course().modules if module.quiz for question in module.quiz.questions}
    assert used == {"single", "multiple", "true-false", "order", "match"}


def test_ladder_quiz_orders_the_seven_rungs() -> None:
    module = course().module("ladder-of-coproduction")
    assert module and module.quiz
    orders = [list(question.items) for question in module.quiz.questions if question.type == "order"]
    assert LADDER_RUNGS in orders, f"no order question lists the seven rungs bottom to top: {orders}"


def test_challenges_quiz_has_a_match_question() -> None:
    module = course().module("challenges")
    assert module and module.quiz
    assert any(question.type == "match" for question in module.quiz.questions)


def test_every_option_has_feedback_and_every_other_question_an_explanation() -> None:
    problems = []
    for module in course().modules:
        for question in module.quiz.questions if module.quiz else ():
            if question.type in {"single", "multiple"}:
                problems += [
                    f"{module.slug}/{question.id}: option '{option.text}' has no feedback"
                    for option in question.options
                    if not option.feedback
                ]
            elif not question.explanation:
                problems.append(f"{module.slug}/{question.id}: no explanation")
    assert not problems, "\n".join(problems)


# ---------------------------------------------------------------- scenarios


def test_at_least_five_scenarios() -> None:
    assert len(all_scenarios()) >= 5


@pytest.mark.parametrize(
    "scenario_id", [path.stem for path in sorted((QUIZZES_DIR / "scenarios").glob("*.yml")) if not is_translation(path)]
)
def test_scenario_is_rich_enough(scenario_id: str) -> None:
    scenario = next(s for s in all_scenarios() if s.id == scenario_id)
    _, paths = best_paths(scenario)
    decisions = min(sum(1 for node in path if scenario.nodes[node].choices) for path in paths)
    assert decisions >= 3, f"the best path has only {decisions} decision points"
    assert all(scenario.nodes[path[-1]].ending == "good" for path in paths), "the best path should end well"
    endings = {node.ending for node in scenario.nodes.values() if node.ending}
    assert len(endings) >= 2, f"only one kind of ending: {endings}"
    no_feedback = [
        f"{node_id}: {choice.text}"
        for node_id, node in scenario.nodes.items()
        for choice in node.choices or ()
        if not choice.feedback
    ]
    assert not no_feedback, f"choices without feedback: {no_feedback}"


# ---------------------------------------------------------------- language and markup


def content_files() -> list[Path]:
    """The course's English files (UK spelling applies to them, not to their translations)."""
    files = [*COURSE_DIR.rglob("*.md"), *QUIZZES_DIR.rglob("*.yml"), *QUIZZES_DIR.rglob("*.yaml")]
    return sorted(path for path in files if not is_translation(path))


@pytest.mark.parametrize("path", content_files(), ids=lambda path: str(path.relative_to(ROOT)))
def test_uk_spelling(path: Path) -> None:
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        text = URL.sub(" ", line)
        found += [
            f"line {number}: '{match.group(0)}' (use {uk})"
            for pattern, uk in US_SPELLINGS.items()
            for match in re.finditer(pattern, text, re.IGNORECASE)
        ]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("path", sorted(QUIZZES_DIR.rglob("*.yml")), ids=lambda path: str(path.relative_to(ROOT)))
def test_no_html_in_yaml_text(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    texts = list(yaml_strings(data))
    tags = [match.group(0) for text in texts for match in HTML_TAG.finditer(text)]
    tags += ["<!-- (an HTML comment)" for text in texts if "<!--" in text]
    assert not tags, f"raw HTML is shown as text in quizzes and scenarios: {tags}"


# ---------------------------------------------------------------- issue 17: measurable quality targets
#
# Each target below has a helper that measures it, a test of the helper on a small bad
# input (so the check is known to fail when it should), and a test on the real course.

EXPERTS_PAGE = "course/for-experts-by-experience.md"

# Scenarios in which the learner plays an expert by experience (a person seeking sanctuary),
# and those in which a volunteer, not an expert by experience, causes the problem.
EXPERT_LEARNER_SCENARIOS = ["your-story"]
VOLUNTEER_PROBLEM_SCENARIOS = ["volunteer-knows-best"]

WORDS_PER_MINUTE = 130
MINUTES_PER_QUIZ_QUESTION = 1
MINUTES_PER_SCENARIO_NODE = 1
MINUTES_PER_WORKSHEET_QUESTION = 3


def correct_is_longest(options: list[tuple[str, bool]]) -> bool:
    """True when the one right option's text is strictly longer than every wrong option's."""
    right = [len(text) for text, correct in options if correct]
    wrong = [len(text) for text, correct in options if not correct]
    return len(right) == 1 and bool(wrong) and right[0] > max(wrong)


def longest_option_share(questions: list[list[tuple[str, bool]]]) -> tuple[float, float]:
    """The share of single questions whose right option is the longest, and the chance share."""
    longest = sum(correct_is_longest(options) for options in questions)
    average_options = sum(len(options) for options in questions) / len(questions)
    return longest / len(questions), 1 / average_options


def single_questions() -> list[tuple[str, list[tuple[str, bool]]]]:
    return [
        (f"{module.slug}/{question.id}", [(option.text, option.correct) for option in question.options])
        for module in course().modules
        if module.quiz
        for question in module.quiz.questions
        if question.type == "single"
    ]


def test_longest_option_share_flags_a_guessable_quiz() -> None:
    guessable = [[("A long and careful right answer", True), ("No", False), ("Maybe", False)]] * 3
    share, chance = longest_option_share(guessable)
    assert share == 1 and chance == pytest.approx(1 / 3)
    assert share > chance


def test_right_option_is_the_longest_no_more_often_than_chance() -> None:
    questions = single_questions()
    share, chance = longest_option_share([options for _, options in questions])
    longest = [name for name, options in questions if correct_is_longest(options)]
    assert share <= chance, (
        f"the right option is the longest in {share:.0%} of single questions (chance: {chance:.0%}): {longest}"
    )


def test_right_option_is_sometimes_the_shortest() -> None:
    shortest = [
        name
        for name, options in single_questions()
        if min(len(text) for text, correct in options if correct)
        < min(len(text) for text, correct in options if not correct)
    ]
    assert len(shortest) >= 3, f"the right option is the shortest in only {shortest}"


def true_share(answers: list[bool]) -> float:
    return sum(answers) / len(answers)


def test_true_share_flags_an_unbalanced_quiz() -> None:
    assert not 0.3 <= true_share([False] * 6 + [True]) <= 0.7


def true_false_questions() -> list[tuple[str, str, bool]]:
    return [
        (f"{module.slug}/{question.id}", question.prompt, question.answer)
        for module in course().modules
        if module.quiz
        for question in module.quiz.questions
        if question.type == "true-false"
    ]


def test_true_false_answers_are_balanced() -> None:
    questions = true_false_questions()
    share = true_share([answer for _, _, answer in questions])
    assert 0.3 <= share <= 0.7, f"{share:.0%} of true-false answers are true: {[(n, a) for n, _, a in questions]}"


# Words that give a true-false answer away: a hedge ("can") hints true, an absolute hints false.
TELL_WORDS = re.compile(r"\b(?:can|always|never|only)\b", re.IGNORECASE)


def test_tell_words_are_found() -> None:
    assert TELL_WORDS.search("Coproduction can benefit volunteers.")
    assert TELL_WORDS.search("Surveys are ONLY for funders.")
    assert not TELL_WORDS.search("A survey of everyone is coproduction, as long as many people answer it.")


def test_true_false_prompts_have_no_tell_words() -> None:
    tells = [f"{name}: {prompt}" for name, prompt, _ in true_false_questions() if TELL_WORDS.search(prompt)]
    assert not tells, "true-false statements with a giveaway word (can, always, never, only):\n" + "\n".join(tells)


def test_every_multiple_question_has_at_least_two_wrong_options() -> None:
    few = [
        f"{module.slug}/{question.id}: {sum(not option.correct for option in question.options)} wrong"
        for module in course().modules
        if module.quiz
        for question in module.quiz.questions
        if question.type == "multiple" and sum(not option.correct for option in question.options) < 2
    ]
    assert not few, f"multiple questions with fewer than two wrong options: {few}"


def test_no_all_or_none_of_the_above() -> None:
    found = [
        f"{module.slug}/{question.id}: {option.text}"
        for module in course().modules
        if module.quiz
        for question in module.quiz.questions
        if question.type in {"single", "multiple"}
        for option in question.options
        if re.search(r"\b(?:all|none|both) of (?:the )?(?:above|these)\b", option.text, re.IGNORECASE)
    ]
    assert not found, f"options are shuffled, so 'all/none of the above' makes no sense: {found}"


# ---------------------------------------------------------------- objectives are tested by applying them

OBJECTIVE_STOP_WORDS = {
    "about",
    "also",
    "apart",
    "between",
    "chosen",
    "choose",
    "coproduction",
    "co-production",
    "coproduce",
    "co-produce",
    "describe",
    "explain",
    "experience",
    "experts",
    "from",
    "give",
    "identify",
    "into",
    "ladder",
    "match",
    "name",
    "other",
    "people",
    "recognise",
    "right",
    "should",
    "such",
    "tell",
    "their",
    "them",
    "they",
    "this",
    "through",
    "what",
    "when",
    "where",
    "which",
    "with",
    "your",
    "using",
    "group",
    "groups",
    "ways",
}


def key_words(text: str) -> set[str]:
    words = {word.lower() for word in WORD.findall(text)}
    return {word for word in words if len(word) >= 4 and word not in OBJECTIVE_STOP_WORDS}


def shares_key_words(objective: str, text: str) -> bool:
    """At least two of the objective's key words (or all, if it has fewer) appear in the text.

    Words match on their first five letters, so "values" matches "value" and "planning" "plan".
    """
    wanted = key_words(objective)
    found = {word.lower() for word in WORD.findall(text)}
    hits = {word for word in wanted if any(other.startswith(word[:5]) for other in found)}
    return len(hits) >= min(2, len(wanted))


def sentences_in(text: str) -> int:
    return len([part for part in re.split(r"(?<=[.!?])['\u2019\"]?\s+", text.strip()) if WORD.search(part)])


def is_applied(question: Any) -> bool:
    """A question that sets a situation: a prompt of two or more sentences, or cases to sort."""
    if sentences_in(question.prompt) >= 2:
        return True
    if question.type == "match":
        return all(pair.left.rstrip().endswith((".", "?", "'")) for pair in question.pairs)
    return False


def question_text(question: Any) -> str:
    parts = [question.prompt, question.explanation or ""]
    if question.type == "match":
        parts += [f"{pair.left} {pair.right}" for pair in question.pairs]
    if question.type == "order":
        parts += list(question.items)
    return " ".join(parts)


def test_shares_key_words_needs_the_objectives_words() -> None:
    assert shares_key_words("Name the six values for good coproduction", "Which value is missing for good teamwork?")
    assert not shares_key_words("Name the six values for good coproduction", "Which rung is this?")


@pytest.mark.parametrize("module_slug", [path.stem[3:] for path in MODULE_FILES])
def test_every_objective_is_applied_in_a_question(module_slug: str) -> None:
    module = course().module(module_slug)
    assert module and module.quiz
    untested = [
        objective
        for objective in module.meta.objectives
        if not any(
            is_applied(question) and shares_key_words(objective, question_text(question))
            for question in module.quiz.questions
        )
    ]
    assert not untested, f"{module_slug}: no question sets a situation that applies: {untested}"


# ---------------------------------------------------------------- scenario endings are ordered

ENDING_RANK = {"poor": 0, "mixed": 1, "good": 2}


def path_totals(scenario: Scenario) -> dict[str, list[int]]:
    """Every simple path's total from the start, by the kind of ending it reaches."""
    totals: dict[str, list[int]] = {}

    def walk(node_id: str, seen: frozenset[str], score: int) -> None:
        node = scenario.nodes[node_id]
        if node.ending:
            totals.setdefault(node.ending, []).append(score)
            return
        for choice in node.choices or ():
            if choice.next not in seen:
                walk(choice.next, seen | {choice.next}, score + choice.points)

    walk(scenario.start, frozenset({scenario.start}), 0)
    return totals


def ending_order_problems(totals: dict[str, list[int]]) -> list[str]:
    problems = []
    kinds = sorted(totals, key=ENDING_RANK.__getitem__, reverse=True)
    for better in kinds:
        for worse in kinds:
            if ENDING_RANK[better] > ENDING_RANK[worse] and min(totals[better]) <= max(totals[worse]):
                problems.append(
                    f"a {better} ending can score {min(totals[better])}, a {worse} ending {max(totals[worse])}"
                )
    return problems


def longest_path_nodes(scenario: Scenario) -> int:
    """The number of nodes (ending included) on the longest simple path from the start to an ending."""
    longest = 0

    def walk(node_id: str, seen: frozenset[str]) -> None:
        nonlocal longest
        node = scenario.nodes[node_id]
        if node.ending:
            longest = max(longest, len(seen))
            return
        for choice in node.choices or ():
            if choice.next not in seen:
                walk(choice.next, seen | {choice.next})

    walk(scenario.start, frozenset({scenario.start}))
    return longest


def test_ending_order_flags_a_mixed_path_that_beats_a_good_one() -> None:
    scenario = Scenario.model_validate(
        {
            "id": "s",
            "module": "m",
            "title": "S",
            "start": "a",
            "nodes": {
                "a": {
                    "text": "A",
                    "choices": [
                        {"text": "x", "next": "good", "points": 2},
                        {"text": "y", "next": "b", "points": 1},
                    ],
                },
                "b": {"text": "B", "choices": [{"text": "z", "next": "mixed", "points": 2}]},
                "good": {"text": "G", "ending": "good"},
                "mixed": {"text": "M", "ending": "mixed"},
            },
        }
    )
    assert path_totals(scenario) == {"good": [2], "mixed": [3]}
    assert ending_order_problems(path_totals(scenario))
    assert longest_path_nodes(scenario) == 3


@pytest.mark.parametrize(
    "scenario_id", [path.stem for path in sorted((QUIZZES_DIR / "scenarios").glob("*.yml")) if not is_translation(path)]
)
def test_scenario_endings_are_ordered_by_points(scenario_id: str) -> None:
    """Every path to a good ending scores more than every path to a mixed one, and mixed more than poor."""
    scenario = next(s for s in all_scenarios() if s.id == scenario_id)
    totals = path_totals(scenario)
    assert not ending_order_problems(totals), f"{scenario_id}: {ending_order_problems(totals)}; totals {totals}"


def test_there_is_a_scenario_in_which_the_learner_is_an_expert_by_experience() -> None:
    scenarios = {scenario.id: scenario for scenario in all_scenarios()}
    for scenario_id in EXPERT_LEARNER_SCENARIOS:
        assert (QUIZZES_DIR / "scenarios" / f"{scenario_id}.yml").is_file(), f"{scenario_id}.yml is missing"
        opening = scenarios[scenario_id].nodes[scenarios[scenario_id].start].text
        assert re.search(r"\bYou are\b", opening) and re.search(r"seeking (?:asylum|sanctuary)", opening), (
            f"{scenario_id}: the opening should say who you are: 'You are ... seeking asylum'"
        )


def test_there_is_a_scenario_in_which_a_volunteer_causes_the_problem() -> None:
    ids = {scenario.id for scenario in all_scenarios()}
    for scenario_id in VOLUNTEER_PROBLEM_SCENARIOS:
        assert scenario_id in ids and (QUIZZES_DIR / "scenarios" / f"{scenario_id}.yml").is_file()


# ---------------------------------------------------------------- stated minutes


def estimated_minutes(body: str, quiz_questions: int, scenario_nodes: list[int], worksheet_questions: int) -> float:
    """Reading at a second-language pace, plus a minute per quiz question and per scenario step."""
    return (
        len(body.split()) / WORDS_PER_MINUTE
        + MINUTES_PER_QUIZ_QUESTION * quiz_questions
        + MINUTES_PER_SCENARIO_NODE * sum(scenario_nodes)
        + MINUTES_PER_WORKSHEET_QUESTION * worksheet_questions
    )


def test_estimated_minutes_formula() -> None:
    assert estimated_minutes("word " * 1300, 6, [5, 6], 6) == 10 + 6 + 11 + 18


@pytest.mark.parametrize("module_slug", [path.stem[3:] for path in MODULE_FILES])
def test_stated_minutes_cover_the_estimate(module_slug: str) -> None:
    module = course().module(module_slug)
    assert module
    _, body = split_front_matter((COURSE_DIR / module.source).read_text(encoding="utf-8"))
    estimate = estimated_minutes(
        body,
        len(module.quiz.questions) if module.quiz else 0,
        [longest_path_nodes(scenario) for scenario in module.scenarios],
        sum(len(worksheet.questions) for worksheet in module.worksheets),
    )
    stated = module.meta.minutes or 0
    assert stated >= estimate, f"{module.source}: minutes: {stated}, but it takes about {estimate:.1f}"
    assert stated % 5 == 0, f"{module.source}: round minutes up to a multiple of 5, not {stated}"


def test_total_time_is_the_same_everywhere() -> None:
    total = sum(module.meta.minutes or 0 for module in course().modules)
    for relative in (INDEX, "course/trainers/facilitator-pack.md"):
        assert f"{total} minutes" in (ROOT / relative).read_text(encoding="utf-8"), (
            f"{relative} does not say {total} minutes"
        )


# ---------------------------------------------------------------- money, vouchers and volunteering

WORK_POINT_PHRASES = ["count as work", "vouchers", "paid back", "bus fares", "permission to work"]


def missing_work_point(text: str) -> list[str]:
    text = normalise(text)
    return [phrase for phrase in WORK_POINT_PHRASES if phrase not in text]


def test_missing_work_point_flags_the_old_warning() -> None:
    old = "Many groups thank people with money for their time, or with vouchers. This is a good thing."
    assert missing_work_point(old)


@pytest.mark.parametrize("relative", [M2, EXPERTS_PAGE])
def test_payment_for_time_can_count_as_work(relative: str) -> None:
    """Payment for time or vouchers can count as work; real travel costs can be paid back."""
    assert (ROOT / relative).is_file(), f"{relative} is missing"
    missing = missing_work_point((ROOT / relative).read_text(encoding="utf-8"))
    assert not missing, f"{relative} does not say: {missing}"


MONEY = re.compile(r"voucher|payment|paying|\bpaid\b|\bpay\b|money|gift|cash", re.IGNORECASE)


def praises_money(text: str) -> list[str]:
    """Sentences that call money or vouchers 'a good thing' (in the sentence itself or the one before)."""
    sentences = re.split(r"(?<=[.!?])\s+", normalise(text))
    return [
        f"{before} {sentence}".strip()
        for before, sentence in zip(["", *sentences], sentences, strict=False)
        if "good thing" in sentence and (MONEY.search(sentence) or MONEY.search(before))
    ]


def test_praises_money_flags_the_old_warning() -> None:
    assert praises_money("Many groups thank people with money for their time, or with vouchers. This is a good thing.")
    assert not praises_money("Training is a good thing. Check before you pay anyone.")


@pytest.mark.parametrize("path", content_files(), ids=lambda path: str(path.relative_to(ROOT)))
def test_no_text_calls_vouchers_a_good_thing(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    if path.suffix in {".yml", ".yaml"}:
        text = " ".join(yaml_strings(yaml.safe_load(text)))
    assert not praises_money(text), f"{path.name}: {praises_money(text)}"


def test_experts_page_is_linked_from_the_home_page_and_a_money_module() -> None:
    assert "for-experts-by-experience.md" in (ROOT / INDEX).read_text(encoding="utf-8")
    assert any("for-experts-by-experience.md" in (ROOT / m).read_text(encoding="utf-8") for m in (M2, M6))


# ---------------------------------------------------------------- the generator's own quality notes


def test_the_course_has_no_quality_notes(capsys: pytest.CaptureFixture[str]) -> None:
    """`course check --strict` passes: the generator's notes agree with the checks above."""
    from generator.cli import main

    code = main(["--project", str(ROOT), "check", "--strict"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "No quality notes." in out
