"""The search page in Debian's Chromium: typing as people type, filters, shared links, history, no JavaScript."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
SEARCH = "hledat/"
SETTLED = "el => el.dataset.shown === location.pathname + location.search"


def watch(page) -> list[str]:
    """Collects script errors and failed loads; the favicon, which no page links, is not one of them."""
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: message.type == "error"
            and not message.location.get("url", "").endswith("favicon.ico")
            and errors.append(message.text))
    return errors


def settle(page):
    """Waits until the page shows the search its address holds."""
    page.wait_for_function(f"() => ({SETTLED})(document.getElementById('hledani'))")


def open_search(page, site_url: str, query: str = "") -> list[str]:
    errors = watch(page)
    page.goto(site_url + SEARCH + query)
    if query:
        settle(page)
    return errors


def search(page, text: str):
    page.fill("#q", text)
    settle(page)


def titles(page) -> list[str]:
    return page.locator("#hledani-vysledky .service-card-title").all_inner_texts()


def status(page) -> str:
    return page.inner_text("#hledani-stav")


def test_typed_without_diacritics_on_a_phone(phone_page, site_url):
    fetched = []
    phone_page.on("request", lambda request: fetched.append(request.url))
    errors = open_search(phone_page, site_url)
    assert not any("/search/" in url for url in fetched), "the index loads before anyone searches"
    phone_page.locator("#q").press_sequentially("pecovatelska sluzba")
    settle(phone_page)
    assert titles(phone_page)[0].startswith("Pečovatelská služba")
    assert any(url.split("?")[0].endswith("/search/index.json") for url in fetched)
    assert parse_qs(urlsplit(phone_page.url).query) == {"q": ["pecovatelska sluzba"]}
    assert not errors


def test_on_a_phone_the_filters_fold_away_unless_in_use(phone_page, site_url):
    open_search(phone_page, site_url, "?q=dluhy")
    assert phone_page.locator("#hledani-filtry").get_attribute("open") is None
    assert phone_page.is_visible("#hledani-vysledky .service-card")
    open_search(phone_page, site_url, "?q=dluhy&obec=hejna")
    assert phone_page.is_visible("#filtr-obec")


@pytest.mark.parametrize("text, expected", [
    ("seniorum", "Domov pro seniory Otava"),
    ("obedu", "Pečovatelská služba"),
    ("exekucí", "Dluhová poradna Horažďovice"),
])
def test_other_word_forms(page, site_url, text, expected):
    errors = open_search(page, site_url)
    search(page, text)
    assert any(title.startswith(expected) for title in titles(page)[:3]), titles(page)
    assert not errors


@pytest.mark.parametrize("text", ['sluzba: ~^+-*"', "+", "-", "*", "~1", "^2", ":", '"', "name:dluh", "dluh~2 +-"])
def test_query_syntax_characters_are_harmless(page, site_url, text):
    errors = open_search(page, site_url)
    search(page, text)
    assert status(page).startswith(("Nalezen", "Nenašli"))
    assert not errors


@pytest.mark.parametrize("text, count", [
    ("osobni asistence", "Nalezena 1 služba"),
    ("tlumoceni", "Nalezeny 2 služby"),
    ("exekuce", "Nalezeno 5 služeb"),
])
def test_count_in_czech_plural_forms(page, site_url, text, count):
    open_search(page, site_url)
    search(page, text)
    assert status(page) == count
    assert len(titles(page)) == int(count.split()[1])


def test_a_result_shows_what_to_do_next(page, site_url):
    open_search(page, site_url, "?q=dluhova+poradna")
    card = page.locator("#hledani-vysledky .service-card").first
    assert card.locator("a").first.get_attribute("href").endswith("/sluzby/dluhova-poradna-horazdovice/")
    text = card.inner_text()
    assert "Poradna pro občany" in text
    assert "Kde pomáhá: Hejná, Horažďovice, Velký Bor" in text
    assert card.locator("a.phone").get_attribute("href") == "tel:+420376000111"


def test_filters_show_counts_narrow_and_go_into_the_url(page, site_url):
    errors = open_search(page, site_url, "?q=dluhy")
    before = len(titles(page))
    option = page.locator("#filtr-obec option[value='velke-hydcice']")
    label = option.inner_text()
    assert label.startswith("Velké Hydčice (")
    expected = int(label.rsplit("(", 1)[1].rstrip(")"))
    page.select_option("#filtr-obec", "velke-hydcice")
    settle(page)
    assert 0 < len(titles(page)) == expected < before
    assert parse_qs(urlsplit(page.url).query) == {"q": ["dluhy"], "obec": ["velke-hydcice"]}
    assert page.locator("#filtr-obec option[value='']").inner_text() == f"Všechny obce ({before})"
    free = page.inner_text("label[for='filtr-zdarma']")
    page.check("#filtr-zdarma")
    settle(page)
    assert free == f"Jen služby zdarma ({len(titles(page))})"
    assert parse_qs(urlsplit(page.url).query)["zdarma"] == ["1"]
    assert not errors


def test_filters_alone_list_services(page, site_url):
    open_search(page, site_url, "?situace=bez-domova&forma=pobytova")
    assert titles(page) == ["Azylový dům pro matky s dětmi"]
    assert page.input_value("#filtr-situace") == "bez-domova"


def test_a_shared_link_gives_the_same_results(browser, page, site_url):
    open_search(page, site_url)
    search(page, "dluhy")
    page.select_option("#filtr-obec", "hejna")
    settle(page)
    shared, results = page.url, titles(page)
    context = browser.new_context(locale="cs-CZ")
    try:
        fresh = context.new_page()
        errors = watch(fresh)
        fresh.goto(site_url + SEARCH + "?q=dluhy&obec=hejna")
        settle(fresh)
        assert titles(fresh) == results and results
        assert fresh.input_value("#q") == "dluhy" and fresh.input_value("#filtr-obec") == "hejna"
        assert fresh.title().startswith("„dluhy“ – Hledat")
        assert urlsplit(shared).query == urlsplit(fresh.url).query
        assert not errors
    finally:
        context.close()


def test_back_button_returns_to_the_previous_search(page, site_url):
    errors = open_search(page, site_url, "?q=dluhy")
    first = titles(page)
    page.select_option("#filtr-forma", "terenni")
    settle(page)
    page.locator("#q").fill("")
    page.locator("#q").press_sequentially("exekuce")
    settle(page)
    page.go_back()
    settle(page)
    assert parse_qs(urlsplit(page.url).query) == {"q": ["dluhy"], "forma": ["terenni"]}
    assert page.input_value("#q") == "dluhy"
    page.go_back()
    settle(page)
    assert parse_qs(urlsplit(page.url).query) == {"q": ["dluhy"]}
    assert page.input_value("#filtr-forma") == "" and titles(page) == first
    page.go_forward()
    settle(page)
    assert page.input_value("#filtr-forma") == "terenni"
    assert not errors


def test_nothing_found_offers_help_and_emergency_numbers(page, site_url):
    open_search(page, site_url, "?q=zzxqv")
    assert status(page) == "Nenašli jsme žádnou službu."
    assert page.is_visible("#hledani-nic") and page.is_hidden("#hledani-zrusit")
    assert "is-prominent" in page.get_attribute("#hledani-pomoc", "class")
    assert page.locator("#hledani-pomoc a[href^='tel:']").count() > 3
    assert page.locator("#hledani-situace a[href$='/situace/dluhy/']").is_visible()


def test_a_filter_that_leaves_nothing_can_be_removed(page, site_url):
    open_search(page, site_url, "?q=nocleharna&zdarma=1")
    assert status(page) == "Nenašli jsme žádnou službu."
    button = page.locator("#hledani-zrusit button")
    assert button.inner_text() == "Zrušit: Jen služby zdarma"
    button.click()
    settle(page)
    assert titles(page)[0] == "Noclehárna Horažďovice"
    assert parse_qs(urlsplit(page.url).query) == {"q": ["nocleharna"]}


def test_loading_is_announced(page, site_url):
    held = []
    page.route("**/search/index.json*", lambda route: held.append(route))
    open_search(page, site_url)
    live = page.locator("#hledani-stav")
    assert live.get_attribute("role") == "status" and live.get_attribute("aria-live") == "polite"
    page.fill("#q", "dluhy")
    page.wait_for_function("() => document.getElementById('hledani-stav').textContent === 'Načítám vyhledávání…'")
    # The page announces loading before it asks for the index, and Playwright
    # hands the intercepted request to Python on its own schedule: wait for it.
    for _ in range(500):
        if held:
            break
        page.wait_for_timeout(20)
    held[0].continue_()
    settle(page)
    assert status(page).startswith("Nalezen")


def test_the_home_page_loads_no_index_and_lands_on_search(page, site_url):
    fetched = []
    page.on("request", lambda request: fetched.append(request.url))
    errors = watch(page)
    page.goto(site_url)
    page.fill("#hledat", "dluhy")
    page.press("#hledat", "Enter")
    page.wait_for_url("**/hledat/?q=dluhy")
    home = fetched[:fetched.index(page.url)]
    assert not any("/search/" in url or "lunr" in url for url in home)
    settle(page)
    assert titles(page)[0] == "Dluhová poradna Horažďovice"
    assert not errors


def test_without_javascript_the_page_says_so(no_js_page, site_url):
    no_js_page.goto(site_url + SEARCH + "?q=dluhy")
    message = no_js_page.locator(".search-no-js")
    assert message.is_visible()
    assert "Vyhledávání potřebuje JavaScript" in message.inner_text()
    links = message.locator("a")
    assert [links.nth(i).get_attribute("href").split("/")[-2] for i in range(links.count())][:2] == ["a-z", "obce"]
    # The emergency numbers are in the page itself, not added by the script.
    assert no_js_page.locator("#hledani-pomoc a[href^='tel:']").count() > 3


@pytest.mark.parametrize("query", ["", "?q=dluhy&obec=hejna", "?q=zzxqv"])
def test_axe_finds_no_violations(browser, site_url, query):
    # axe-core is injected as an inline script, which the page's Content-Security-Policy refuses.
    context = browser.new_context(locale="cs-CZ", bypass_csp=True)
    try:
        page = context.new_page()
        open_search(page, site_url, query)
        page.add_script_tag(path=str(AXE))
        violations = page.evaluate("""async () => (await axe.run(document)).violations
            .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))""")
        assert not violations
    finally:
        context.close()
