"""Browser pages for the web section's tests beyond the shared ones in tests/conftest.py."""
from __future__ import annotations

import pytest


def _page(browser, width: int, height: int):
    # bypass_csp lets the tests inject axe-core, which the site's Content-Security-Policy would refuse.
    context = browser.new_context(locale="cs-CZ", viewport={"width": width, "height": height}, bypass_csp=True)
    yield context.new_page()
    context.close()


@pytest.fixture
def axe_page(browser):
    """A desktop page that accepts axe-core."""
    yield from _page(browser, 1280, 900)


@pytest.fixture
def narrow_page(browser):
    """The narrowest screen WCAG 1.4.10 asks for: 320 CSS pixels."""
    yield from _page(browser, 320, 640)
