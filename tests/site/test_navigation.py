"""The menu a learner expects: home, modules by number, then the other pages."""

from __future__ import annotations

from generator._internal.course.model import Course, Module, ModuleMeta
from generator._internal.site.navigation import course_nav, split_nav


def _module(number: int, slug: str) -> Module:
    return Module(
        slug,
        number,
        f"{number:02d}-{slug}.md" if number < 100 else f"{number}-{slug}.md",
        ModuleMeta(title=slug.title()),
    )


def _menu(modules: tuple[Module, ...]) -> list[tuple[str, str]]:
    """What the plugin passes to the menu: (page, numbered title), in the course's order (by number)."""
    return [
        (m.source, f"{m.number}. {m.meta.title}")
        for m in Course(tuple(sorted(modules, key=lambda m: m.number))).modules
    ]


def test_navigation_orders_modules_by_number_not_by_name() -> None:
    modules = (_module(9, "nine"), _module(10, "ten"), _module(2, "two"))
    pages = [
        "index.md",
        "glossary.md",
        "10-ten.md",
        "02-two.md",
        "09-nine.md",
        "trainers/guide.md",
        "trainers/index.md",
    ]
    nav = course_nav(pages, _menu(modules))
    assert nav == [
        "index.md",
        {"2. Two": "02-two.md"},
        {"9. Nine": "09-nine.md"},
        {"10. Ten": "10-ten.md"},
        "glossary.md",
        {"Trainers": ["trainers/index.md", "trainers/guide.md"]},
    ]


def test_navigation_can_leave_module_numbers_out() -> None:
    nav = course_nav(["02-two.md"], _menu((_module(2, "two"),)), number_modules=False)
    assert nav == ["02-two.md"]


def test_navigation_sections_follow_order_front_matter_and_index_titles() -> None:
    pages = ["index.md", "guide/index.md", "guide/b.md", "guide/a.md", "guide/z.md"]
    nav = course_nav(pages, [], order={"guide/z.md": 1, "guide/b.md": 2}, section_titles={"guide": "For trainers"})
    assert nav == ["index.md", {"For trainers": ["guide/index.md", "guide/z.md", "guide/b.md", "guide/a.md"]}]


def test_the_progress_page_ends_the_modules_and_other_pages_follow_their_order() -> None:
    pages = ["index.md", "glossary.md", "next-steps.md", "progress.md", "02-two.md", "experts.md"]
    order = {"next-steps.md": 1, "experts.md": 2}
    nav = course_nav(pages, _menu((_module(2, "two"),)), order=order, finish="progress.md")
    assert nav == ["index.md", {"2. Two": "02-two.md"}, "progress.md", "next-steps.md", "experts.md", "glossary.md"]


def test_a_hand_written_menu_splits_into_the_learners_and_the_trainers_parts() -> None:
    nav = [
        "index.md",
        {"Start": "01-a.md"},
        {"Guide": ["trainers/index.md", {"Quizzes": "trainers/quizzes.md"}]},
        {"Mixed": ["glossary.md", "trainers/pack.md"]},
        "trainers/errors.md",
    ]
    learners, trainers = split_nav(nav, lambda page: page.startswith("trainers/"), "trainers/")
    assert learners == ["index.md", {"Start": "01-a.md"}, {"Mixed": ["glossary.md"]}]
    assert trainers == [{"Guide": ["index.md", {"Quizzes": "quizzes.md"}]}, {"Mixed": ["pack.md"]}, "errors.md"]
