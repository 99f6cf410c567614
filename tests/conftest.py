"""Shared fixtures: one build of the sample content per session, served under a sub-path, and Chromium."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from site_tools import CHROMIUM, CONTENT, run_pelican, serve


def _build(output: Path, *extra: str) -> Path:
    result = run_pelican(CONTENT, output, *extra)
    if result.returncode != 0:
        pytest.fail(f"build failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return output


@pytest.fixture(scope="session")
def web_build(tmp_path_factory) -> Path:
    """The web section built from the sample content, without PDFs."""
    return _build(tmp_path_factory.mktemp("web") / "output", "-e", "KATALOG_PDF=false")


@pytest.fixture(scope="session")
def full_build(tmp_path_factory) -> Path:
    """Everything, PDF catalogue and leaflets included: built once for all the tests that read them."""
    return _build(tmp_path_factory.mktemp("full") / "output")


@pytest.fixture
def scratch_content(tmp_path) -> Path:
    """A writable copy of the sample content for tests that break or change it."""
    target = tmp_path / "content"
    shutil.copytree(CONTENT, target)
    return target


@pytest.fixture(scope="session")
def site_url(web_build):
    """Base URL of the built web section, served over HTTP under a sub-path."""
    server, url = serve(web_build)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright (never a downloaded browser)."""
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="cs-CZ", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def phone_page(browser):
    context = browser.new_context(locale="cs-CZ", viewport={"width": 360, "height": 740}, is_mobile=True,
                                  has_touch=True)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def no_js_page(browser):
    context = browser.new_context(locale="cs-CZ", java_script_enabled=False)
    page = context.new_page()
    yield page
    context.close()
