"""Smoke test: the built course opens in Chromium and shows a module with its quiz."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.browser


def test_module_page_shows_objectives_and_quiz(page: Any, site_url: str) -> None:
    page.goto(site_url + "05-values/")
    assert page.locator("h1").first.inner_text().strip() != ""
    assert page.locator(".course-objectives li").count() >= 2
    # The module opens at its first step; the quiz's entry in the page's contents opens the quiz.
    page.locator(".md-sidebar--secondary").get_by_role("link", name="Check your understanding").click()
    assert page.get_by_role("button", name="Check answers").count() == 1
    first_legend = page.locator("fieldset legend").first
    assert "Question 1 of" in first_legend.inner_text()
