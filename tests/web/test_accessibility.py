"""WCAG 2.1 AA: axe-core on every kind of page, reflow at 320 px, 200 % text, keyboard and focus."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from web_tools import PAGES, open_page, run_axe


@pytest.mark.parametrize("kind", PAGES)
def test_axe_finds_no_violation(browser, site_url, kind):
    with open_page(browser) as page:
        page.goto(site_url + PAGES[kind])
        violations = run_axe(page)
    assert violations == [], "\n".join(f"{v['id']}: {v['help']} {v['nodes'][:3]}" for v in violations)


def test_axe_finds_no_violation_in_a_filled_my_list(browser, site_url):
    with open_page(browser) as page:
        page.goto(site_url + "sluzby/dluhova-poradna-horazdovice/")
        page.get_by_role("button", name="Přidat do mého seznamu").click()
        page.goto(site_url + "muj-seznam/")
        assert run_axe(page) == []


def _horizontal_overflow(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


@pytest.mark.parametrize("kind", PAGES)
def test_no_horizontal_scroll_at_320_px(browser, site_url, kind):
    with open_page(browser, width=320, height=640) as page:
        page.goto(site_url + PAGES[kind])
        assert _horizontal_overflow(page) <= 0


@pytest.mark.parametrize("kind", ["home", "service", "life situation", "a-z"])
def test_text_at_200_percent_still_fits(page, site_url, kind):
    page.set_viewport_size({"width": 640, "height": 900})
    page.goto(site_url + PAGES[kind])
    page.evaluate("document.documentElement.style.fontSize = '200%'")
    assert _horizontal_overflow(page) <= 0


def test_skip_link_is_first_and_moves_focus_to_the_content(page, site_url):
    page.goto(site_url + PAGES["service"])
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Přeskočit na obsah")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()


def test_focus_is_visible_on_links_and_buttons(page, site_url):
    page.goto(site_url + PAGES["service"])
    for locator in (page.get_by_role("link", name="+420 376 000 111", exact=True),
                    page.get_by_role("button", name="Přidat do mého seznamu")):
        locator.focus()
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Tab")  # focus by keyboard, so :focus-visible applies
        style = locator.evaluate("e => { const s = getComputedStyle(e); return [s.outlineStyle, s.outlineWidth, s.boxShadow]; }")
        assert style[0] == "solid" and style[1] == "3px" and style[2] != "none"


def test_every_page_is_czech_with_one_main_landmark(page, site_url):
    for path in PAGES.values():
        page.goto(site_url + path)
        assert page.get_attribute("html", "lang") == "cs"
        expect(page.get_by_role("main")).to_have_count(1)
        expect(page.get_by_role("heading", level=1)).to_have_count(1)
