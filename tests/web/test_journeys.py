"""A visitor finds a service and its phone number, with and without JavaScript, and keeps a list."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect


def _find_debt_advice_phone(page, site_url):
    page.goto(site_url)
    page.get_by_role("link", name="Dluhy a exekuce").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Dluhy a exekuce")
    page.get_by_role("link", name="Dluhová poradna Horažďovice", exact=True).click()
    expect(page).to_have_url(site_url + "sluzby/dluhova-poradna-horazdovice/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Dluhová poradna Horažďovice")
    phone = page.get_by_role("region", name="Kontakt").get_by_role("link", name="+420 376 000 111")
    expect(phone).to_have_attribute("href", "tel:+420376000111")


def test_from_home_via_life_situation_to_phone_number(page, site_url):
    _find_debt_advice_phone(page, site_url)


def test_the_same_without_javascript(no_js_page, site_url):
    _find_debt_advice_phone(no_js_page, site_url)


def test_the_same_on_a_phone(phone_page, site_url):
    _find_debt_advice_phone(phone_page, site_url)


@pytest.mark.parametrize("start", ["", "sluzby/dluhova-poradna-horazdovice/", "komunitni-planovani/"])
def test_emergency_help_is_one_tap_from_every_page(no_js_page, site_url, start):
    no_js_page.goto(site_url + start)
    no_js_page.get_by_role("navigation", name="Hlavní nabídka").get_by_role("link", name="Akutní pomoc").click()
    expect(no_js_page.get_by_role("heading", level=1)).to_have_text("Akutní pomoc")
    expect(no_js_page.get_by_role("link", name="112", exact=True)).to_have_attribute("href", "tel:112")
    expect(no_js_page.get_by_role("link", name="116 123", exact=True)).to_have_attribute("href", "tel:116123")


def test_search_form_sends_the_query_to_the_search_page(page, site_url):
    page.goto(site_url)
    page.get_by_label(re.compile("Co hledáte")).fill("dluhy")
    page.get_by_role("button", name="Hledat", exact=True).click()
    expect(page).to_have_url(site_url + "hledat/?q=dluhy")


def test_without_javascript_the_home_page_leads_to_search_by_a_link_not_a_form(no_js_page, site_url):
    """A form would open the search page, which cannot read the words without JavaScript, and lose them."""
    no_js_page.goto(site_url)
    expect(no_js_page.get_by_label(re.compile("Co hledáte"))).to_be_hidden()
    no_js_page.locator(".header-search-link").click()
    expect(no_js_page).to_have_url(site_url + "hledat/")
    expect(no_js_page.locator(".search-no-js")).to_contain_text("Vyhledávání potřebuje JavaScript")


def test_local_part_leads_to_its_municipality(no_js_page, site_url):
    no_js_page.goto(site_url + "obce/")
    no_js_page.get_by_role("link", name="Zářečí").click()
    expect(no_js_page.get_by_role("heading", level=1)).to_have_text("Služby v obci Horažďovice")
    expect(no_js_page.get_by_role("link", name="Dluhová poradna Horažďovice")).to_be_visible()


MY_LIST = {"dluhova-poradna-horazdovice": "Dluhová poradna Horažďovice",
           "pecovatelska-sluzba-horazdovice": "Pečovatelská služba města Horažďovice"}


def test_a_shortened_service_address_leads_to_the_a_to_z_list(no_js_page, site_url):
    no_js_page.goto(site_url + "sluzby/dluhova-poradna-horazdovice/")
    no_js_page.goto(site_url + "sluzby/")
    expect(no_js_page).to_have_url(site_url + "a-z/")
    expect(no_js_page.get_by_role("heading", level=1)).to_have_text("Služby A–Z")


def test_my_list_keeps_two_services_and_prints_them(page, site_url):
    for key in MY_LIST:
        page.goto(site_url + f"sluzby/{key}/")
        page.get_by_role("button", name="Přidat do mého seznamu").click()
        expect(page.get_by_role("status")).to_contain_text("Přidáno")
    expect(page.get_by_role("button", name="Odebrat z mého seznamu")).to_be_visible()
    page.get_by_role("link", name=re.compile("Můj seznam")).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Můj seznam")
    page.emulate_media(media="print")
    items = page.locator(".my-list-item:visible")
    expect(items).to_have_count(2)
    for name in MY_LIST.values():
        expect(page.get_by_role("heading", level=2, name=name)).to_be_visible()
    expect(items.first.get_by_role("link", name=re.compile(r"^\+420"))).not_to_have_count(0)
    expect(page.get_by_role("navigation", name="Hlavní nabídka")).to_be_hidden()
    expect(page.get_by_role("button", name="Vytisknout seznam")).to_be_hidden()


def test_my_list_removes_a_service(page, site_url):
    page.goto(site_url + "sluzby/dluhova-poradna-horazdovice/")
    page.get_by_role("button", name="Přidat do mého seznamu").click()
    page.goto(site_url + "muj-seznam/")
    page.get_by_role("button", name=re.compile("Odebrat ze seznamu")).locator("visible=true").click()
    expect(page.locator(".my-list-item:visible")).to_have_count(0)
    expect(page.get_by_text("Seznam je zatím prázdný")).to_be_visible()


def test_my_list_without_javascript_explains_itself(no_js_page, site_url):
    no_js_page.goto(site_url + "muj-seznam/")
    expect(no_js_page.get_by_text("Můj seznam potřebuje zapnutý JavaScript")).to_be_visible()
    no_js_page.goto(site_url + "sluzby/dluhova-poradna-horazdovice/")
    expect(no_js_page.get_by_role("button", name="Přidat do mého seznamu")).to_be_hidden()


def test_open_now_badge_appears_only_with_javascript(page, no_js_page, site_url):
    page.goto(site_url + "sluzby/dluhova-poradna-horazdovice/")
    expect(page.locator(".open-now")).to_have_text(re.compile("^Nyní (otevřeno|zavřeno)$"))
    no_js_page.goto(site_url + "sluzby/dluhova-poradna-horazdovice/")
    expect(no_js_page.locator(".open-now")).to_be_hidden()


def test_every_page_prints_without_site_chrome(page, site_url):
    page.goto(site_url + "sluzby/dluhova-poradna-horazdovice/")
    page.emulate_media(media="print")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.get_by_role("link", name="+420 376 000 111", exact=True)).to_be_visible()
    for hidden in ("Hlavní nabídka", "Odkazy v zápatí", "Kde jste"):
        expect(page.get_by_role("navigation", name=hidden)).to_be_hidden()
