"""Browser pages for the web section's tests beyond the shared ones in tests/conftest.py."""
from __future__ import annotations

import pytest


@pytest.fixture
def axe_page(browser):
    """A desktop page that lets the tests inject axe-core past the site's Content-Security-Policy."""
    context = browser.new_context(locale="cs-CZ", viewport={"width": 1280, "height": 900}, bypass_csp=True)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def narrow_page(browser):
    """The narrowest screen WCAG 1.4.10 asks for: 320 CSS pixels."""
    context = browser.new_context(locale="cs-CZ", viewport={"width": 320, "height": 640}, bypass_csp=True)
    page = context.new_page()
    yield page
    context.close()
