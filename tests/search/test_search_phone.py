"""The search page on a 360×740 phone in Debian's Chromium: a typo still finds, Enter brings the results into
view, a closed service comes last and says so; without JavaScript, no dead form; the data loads on first use."""
from __future__ import annotations

import pytest

from test_search_page import SEARCH, open_search, settle, titles, watch

PHONE_HEIGHT = 740


def submit(page, text: str):
    """Types as on a phone and sends the words with the keyboard's search key."""
    page.locator("#q").press_sequentially(text)
    page.press("#q", "Enter")
    settle(page)


def test_a_typo_finds_and_enter_brings_the_first_result_into_view(phone_page, site_url):
    errors = open_search(phone_page, site_url)
    submit(phone_page, "exekuse")
    assert titles(phone_page)[0] == "Dluhová poradna Horažďovice"
    assert phone_page.evaluate("document.activeElement.id") == "hledani-nadpis"
    assert phone_page.inner_text("#hledani-nadpis") == "Výsledky hledání"
    first = phone_page.locator("#hledani-vysledky .service-card-title").first.bounding_box()
    assert 0 <= first["y"] and first["y"] + first["height"] <= PHONE_HEIGHT, first
    assert not errors


def test_how_people_in_distress_type(phone_page, site_url):
    open_search(phone_page, site_url)
    submit(phone_page, "nemam kde spat")
    assert titles(phone_page)[0] == "Noclehárna Horažďovice"
    phone_page.fill("#q", "")
    submit(phone_page, "mne bije manzel")
    assert titles(phone_page)[0] == "Intervenční centrum Plzeňského kraje"


def test_a_closed_service_comes_last_and_says_it_is_closed(phone_page, site_url):
    open_search(phone_page, site_url, "?q=bezdomovec")
    cards = phone_page.locator("#hledani-vysledky .service-card")
    assert cards.count() > 1
    last = cards.nth(cards.count() - 1)
    assert last.locator(".service-card-title").inner_text() == "Nízkoprahové denní centrum Přístav"
    assert last.locator(".badge-closed").inner_text() == "Dočasně uzavřeno"
    assert phone_page.locator("#hledani-vysledky .badge-closed").count() == 1


def test_the_search_data_loads_when_the_box_is_focused_not_before(phone_page, site_url):
    fetched = []
    phone_page.on("request", lambda request: fetched.append(request.url))
    errors = open_search(phone_page, site_url)
    phone_page.wait_for_load_state("networkidle")
    assert not [url for url in fetched if "/search/" in url or "lunr" in url]
    with phone_page.expect_request_finished(lambda request: request.url.split("?")[0].endswith("/search/index.json")):
        phone_page.focus("#q")
    phone_page.wait_for_function("() => window.katalogCzech !== undefined")
    assert any(url.endswith("/vendor/lunr.min.js") for url in fetched)
    # Only focused: nothing was searched, so nothing is announced.
    assert phone_page.inner_text("#hledani-stav") == "" and phone_page.is_hidden("#hledani-nadpis")
    assert not errors


def test_without_javascript_no_dead_form_but_ways_to_browse(no_js_page, site_url):
    watch(no_js_page)
    no_js_page.goto(site_url + SEARCH + "?q=dluhy")
    form = no_js_page.locator("#hledani-formular")
    assert form.is_hidden()
    # Were it sent anyway, it goes to this page with the words in the address, as a search link does.
    assert form.get_attribute("action").endswith("/hledat/") and form.get_attribute("method") == "get"
    message = no_js_page.locator(".search-no-js")
    assert message.is_visible() and "Vyhledávání potřebuje JavaScript" in message.inner_text()
    folders = {link.split("/")[-2] for link in message.locator("a").evaluate_all("links => links.map(a => a.href)")}
    assert {"a-z", "obce", "situace", "druhy"} <= folders
    assert no_js_page.locator("#hledani-situace a[href$='/situace/bez-domova/']").is_visible()
    assert no_js_page.is_hidden("#hledani-nadpis")


@pytest.mark.parametrize("path", ["", "sluzby/dluhova-poradna-horazdovice/", "uk/", "obce/zichovice/"])
def test_without_javascript_no_page_offers_a_form_that_would_lose_the_words(no_js_page, site_url, path):
    no_js_page.goto(site_url + path)
    forms = no_js_page.locator("form.search-form")
    assert all(forms.nth(index).is_hidden() for index in range(forms.count()))
    # The way to search stays: the header's search link to the page that offers the ways to browse.
    link = no_js_page.locator(".header-search-link")
    assert link.is_visible() and link.get_attribute("href").endswith("/hledat/")
