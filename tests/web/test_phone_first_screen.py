"""On a phone (360 × 740 CSS px) help comes first: a short header whose navigation folds into a menu, a one-line
sample-data notice, the search box and a call button on the home page's first screen, a service's phone as a
large call button, and a home page no taller than four screens."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

SCREEN_HEIGHT = 740
HEADER_MOST = 120
TOUCH_TARGET = 44  # CSS px, WCAG 2.5.5
HOME_SCREENS_MOST = 4
LANGUAGES = ["", "uk/", "en/"]


def box(locator) -> dict:
    found = locator.bounding_box()
    assert found is not None, locator
    return found


def in_first_screen(locator) -> bool:
    found = box(locator)
    return found["y"] >= 0 and found["y"] + found["height"] <= SCREEN_HEIGHT


@pytest.mark.parametrize("path", ["", "sluzby/pecovatelska-sluzba-zichovice/", "obce/zichovice/", "uk/", "en/"])
def test_the_header_is_short_and_its_navigation_folds_into_a_menu(phone_page, site_url, path):
    phone_page.goto(site_url + path)
    assert box(phone_page.locator(".site-header"))["height"] <= HEADER_MOST
    navigation = phone_page.locator(".main-nav")
    expect(navigation).to_be_hidden()
    expect(phone_page.locator(".language-switch")).to_be_visible()
    search = phone_page.locator(".header-search-link")
    expect(search).to_be_visible()
    assert box(search)["height"] >= TOUCH_TARGET and box(search)["width"] >= TOUCH_TARGET
    menu = phone_page.locator(".site-menu > summary")
    assert box(menu)["height"] >= TOUCH_TARGET
    menu.click()
    expect(navigation).to_be_visible()
    expect(navigation.locator(".emergency-link")).to_be_visible()


def test_escape_closes_the_menu_and_returns_to_its_button(phone_page, site_url):
    phone_page.goto(site_url + "sluzby/vydejna-potravin/")
    phone_page.locator(".site-menu > summary").focus()
    phone_page.keyboard.press("Enter")
    expect(phone_page.locator(".main-nav")).to_be_visible()
    phone_page.keyboard.press("Tab")
    phone_page.keyboard.press("Escape")
    expect(phone_page.locator(".main-nav")).to_be_hidden()
    assert phone_page.evaluate("document.activeElement.matches('.site-menu > summary')")


def test_the_menu_works_without_javascript(browser, site_url):
    context = browser.new_context(locale="cs-CZ", viewport={"width": 360, "height": SCREEN_HEIGHT},
                                  java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(site_url + "sluzby/vydejna-potravin/")
        page.locator(".site-menu > summary").click()
        page.get_by_role("navigation", name="Hlavní nabídka").get_by_role("link", name="Služby A–Z").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Služby A–Z")
    finally:
        context.close()


def test_the_header_search_link_leads_to_the_search_page(phone_page, site_url):
    phone_page.goto(site_url + "sluzby/vydejna-potravin/")
    phone_page.locator(".header-search-link").click()
    expect(phone_page).to_have_url(site_url + "hledat/")


def test_on_a_wide_screen_the_navigation_shows_without_the_menu_button(page, site_url):
    page.goto(site_url)
    expect(page.locator(".main-nav")).to_be_visible()
    expect(page.locator(".site-menu > summary")).to_be_hidden()
    expect(page.locator(".header-search-link")).to_be_hidden()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_sample_data_notice_is_one_line(phone_page, site_url, language):
    phone_page.goto(site_url + language)
    notice = phone_page.locator(".sample-notice")
    line = phone_page.evaluate("parseFloat(getComputedStyle(document.querySelector('.sample-notice')).lineHeight)")
    padding = phone_page.evaluate("(() => { const s = getComputedStyle(document.querySelector('.sample-notice'));"
                                  " return parseFloat(s.paddingTop) + parseFloat(s.paddingBottom); })()")
    assert box(notice)["height"] <= line * 1.5 + padding
    explanation = notice.locator("p")
    expect(explanation).to_be_hidden()
    notice.locator("summary").click()
    expect(explanation).to_be_visible()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_home_page_shows_search_and_a_call_for_emergency_help_first(phone_page, site_url, language):
    phone_page.goto(site_url + language)
    assert in_first_screen(phone_page.locator("main input[type=search]"))
    call = phone_page.locator('main a[href="tel:112"]').first
    assert in_first_screen(call)
    assert box(call)["height"] >= TOUCH_TARGET and box(call)["width"] >= TOUCH_TARGET
    emergency_page = phone_page.locator(".help-now a:not([href^='tel:'])")
    assert in_first_screen(emergency_page)
    emergency_page.click()
    expect(phone_page).to_have_url(site_url + language + "akutni-pomoc/")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_home_page_is_at_most_four_screens_tall_with_long_lists_folded(phone_page, site_url, language):
    phone_page.goto(site_url + language)
    assert phone_page.evaluate("document.documentElement.scrollHeight") <= HOME_SCREENS_MOST * SCREEN_HEIGHT
    kinds = phone_page.locator("#prochazet-kinds").locator("xpath=..")
    expect(kinds.locator(".chip-list")).to_be_hidden()
    kinds.locator("summary").click()
    expect(kinds.locator(".chip-list")).to_be_visible()
    expect(kinds.locator(".chip-list li")).not_to_have_count(0)


@pytest.mark.parametrize("path", ["sluzby/dluhova-poradna-horazdovice/", "sluzby/pecovatelska-sluzba-zichovice/",
                                  "uk/sluzby/poradna-pro-cizince/", "sluzby/linka-prvni-psychicke-pomoci/"])
def test_a_service_page_shows_its_phone_as_a_call_button_in_the_first_screen(phone_page, site_url, path):
    phone_page.goto(site_url + path)
    call = phone_page.locator('main a[href^="tel:"]').first
    assert in_first_screen(call)
    found = box(call)
    assert found["height"] >= TOUCH_TARGET and found["width"] >= TOUCH_TARGET


def test_no_page_asks_for_a_favicon_at_the_root_of_the_host(phone_page, site_url):
    asked = []
    phone_page.on("request", lambda request: asked.append(request.url))
    for path in ("", "sluzby/vydejna-potravin/", "hledat/"):
        phone_page.goto(site_url + path, wait_until="networkidle")
    assert not [url for url in asked if url.endswith("/favicon.ico")]
    icon = phone_page.locator('link[rel="icon"]')
    assert icon.get_attribute("href").endswith("theme/images/icon.svg")
    assert phone_page.request.get(icon.evaluate("link => link.href")).ok
