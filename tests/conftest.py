"""Fixtures shared by every test: a built copy of the real course, served on localhost, and Chromium.

Browser tests use the system Chromium (never a downloaded browser). Without it
they skip with a loud reason, except under CI=true, where a missing browser is
a failure.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import REPO, mkdocs_build

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
IN_CI = os.environ.get("CI", "").lower() == "true"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """Keep test output clean."""


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real course, built once per test run."""
    site = tmp_path_factory.mktemp("site")
    result = mkdocs_build(REPO, site)
    assert result.returncode == 0, result.stderr
    return site


def serve(folder: Path) -> Iterator[str]:
    """Serve `folder` on a free localhost port; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """Base URL of the built course, served on localhost."""
    yield from serve(built_site)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """System Chromium through Playwright; skipped loudly without it (failed under CI)."""
    reason = ""
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        reason = f"no Chromium at {CHROMIUM}: install it with `apt-get install -y chromium`"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - the test extra brings it
        reason = reason or "Playwright for Python is not installed (pip install -e '.[test]')"
    if reason:
        if IN_CI:
            pytest.fail(f"BROWSER TESTS CANNOT RUN UNDER CI: {reason}")
        pytest.skip(f"BROWSER TESTS SKIPPED: {reason}")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh page (empty storage) that fails the test on any JavaScript error or console error."""
    context = browser.new_context()
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(f"page error: {error}"))
    tab.on(
        "console",
        lambda message: errors.append(f"console {message.type}: {message.text}") if message.type == "error" else None,
    )
    yield tab
    context.close()
    assert not errors, "JavaScript errors:\n" + "\n".join(errors)
