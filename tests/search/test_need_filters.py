"""The search page's filters by need, in Debian's Chromium: open now (in Prague time, whatever the device's),
my age, a place reachable in a wheelchair, a language; each in the URL as the facets are."""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from katalog.loader import load_catalogue
from site_tools import SAMPLE_LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
SEARCH = "hledat/"
SETTLED = "el => el.dataset.shown === location.pathname + location.search"
# A Wednesday at 9:30 in Prague (CET, UTC+1), and a Sunday at 3:00 when only the nonstop places are open.
WEDNESDAY_MORNING = dt.datetime(2026, 12, 2, 8, 30, tzinfo=dt.timezone.utc)
SUNDAY_NIGHT = dt.datetime(2026, 12, 6, 2, 0, tzinfo=dt.timezone.utc)


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue(ROOT / "content", languages=SAMPLE_LANGUAGES)


def settle(page):
    page.wait_for_function(f"() => ({SETTLED})(document.getElementById('hledani'))")


def found(page) -> int:
    """The number of results the status line announces (0 for "nothing found")."""
    number = re.search(r"\d+", page.inner_text("#hledani-stav"))
    return int(number.group()) if number else 0


def titles(page) -> list[str]:
    return page.locator("#hledani-vysledky .service-card-title").all_inner_texts()


def open_at(service, moment: dt.datetime) -> bool:
    """Whether one of the service's places is open at `moment`, read from the sources in Prague time."""
    local = moment.astimezone(dt.timezone(dt.timedelta(hours=1)))  # December: CET
    day = ("mo", "tu", "we", "th", "fr", "sa", "su")[local.weekday()]
    minute = local.hour * 60 + local.minute
    for location in service.locations:
        for group in location.hours:
            for span in group.open:
                start, end = ((int(t[:2]) * 60 + int(t[3:])) for t in span.split("-"))
                if day in group.days and start <= minute < end:
                    return True
    return False


def test_the_display_data_carries_what_the_filters_read(web_build):
    services = json.loads((web_build / "search" / "services.json").read_text(encoding="utf-8"))
    for record in services:
        assert {"otevreno", "bezbarierove", "vek", "jazyk"} <= set(record)
    club = next(record for record in services if record["url"].endswith("klub-senioru-velky-bor/"))
    assert club["otevreno"] == [], "a temporarily closed service is never open"


@pytest.mark.parametrize("moment", [WEDNESDAY_MORNING, SUNDAY_NIGHT])
def test_open_now_follows_the_hours_in_prague_time(browser, site_url, catalogue, moment):
    # A visitor abroad: the device's zone must not matter.
    context = browser.new_context(locale="cs-CZ", timezone_id="America/New_York")
    page = context.new_page()
    try:
        page.clock.set_fixed_time(moment)
        page.goto(site_url + SEARCH + "?otevreno=1")
        settle(page)
        expected = {s.name for s in catalogue.published if s.status == "active" and open_at(s, moment)}
        assert found(page) == len(expected)
        assert set(titles(page)) == expected
        assert page.is_checked("#filtr-otevreno")
    finally:
        context.close()


def test_the_sample_has_more_open_on_a_wednesday_morning_than_on_a_sunday_night(catalogue):
    wednesday = {s.key for s in catalogue.published if open_at(s, WEDNESDAY_MORNING)}
    sunday = {s.key for s in catalogue.published if open_at(s, SUNDAY_NIGHT)}
    assert "nocleharna-horazdovice" in sunday and "dluhova-poradna-horazdovice" in wednesday - sunday
    assert len(wednesday) > len(sunday) > 0


def test_nothing_open_now_offers_to_remove_that_filter(page, site_url):
    page.clock.set_fixed_time(SUNDAY_NIGHT)
    page.goto(site_url + SEARCH + "?q=dluhy&otevreno=1")
    settle(page)
    assert found(page) == 0
    button = page.locator("#hledani-zrusit button")
    assert button.inner_text() == "Zrušit: Jen právě otevřené"
    button.click()
    settle(page)
    assert found(page) > 0
    assert "otevreno" not in parse_qs(urlsplit(page.url).query)


@pytest.mark.parametrize("age", [8, 70])
def test_my_age_keeps_the_services_for_it_and_those_for_any_age(page, site_url, catalogue, age):
    page.goto(site_url + SEARCH + f"?vek={age}")
    settle(page)
    expected = [s for s in catalogue.published
                if s.age is None or ((s.age.min is None or s.age.min <= age) and (s.age.max is None or age <= s.age.max))]
    assert found(page) == len(expected) < len(catalogue.published)
    assert page.input_value("#filtr-vek") == str(age)


def test_an_age_that_is_not_a_number_is_ignored(page, site_url):
    page.goto(site_url + SEARCH + "?q=dluhy&vek=abc")
    page.wait_for_function("() => document.getElementById('hledani').dataset.shown !== undefined")
    assert page.input_value("#filtr-vek") == ""
    assert found(page) > 0


def test_a_wheelchair_place_keeps_services_with_a_place_marked_accessible(page, site_url, catalogue):
    page.goto(site_url + SEARCH + "?bezbarierove=1")
    settle(page)
    expected = {s.name for s in catalogue.published if any(location.wheelchair for location in s.locations)}
    assert found(page) == len(expected)
    assert "Pečovatelská služba Žichovice" not in titles(page), "its office is up the stairs"


def test_a_language_keeps_the_services_that_speak_it(page, site_url):
    page.goto(site_url + SEARCH + "?jazyk=vi")
    settle(page)
    assert titles(page) == ["Poradna pro cizince"]
    assert page.eval_on_selector("#filtr-jazyk", "s => s.options[s.selectedIndex].textContent") == "Vietnamština"


def test_needs_combine_with_words_and_go_into_the_url(page, site_url):
    page.goto(site_url + SEARCH + "?q=poradna")
    settle(page)
    everything = found(page)
    page.select_option("#filtr-jazyk", "uk")
    settle(page)
    page.fill("#filtr-vek", "30")
    page.press("#filtr-vek", "Enter")
    settle(page)
    page.check("#filtr-bezbarierove")
    settle(page)
    assert parse_qs(urlsplit(page.url).query) == {"q": ["poradna"], "jazyk": ["uk"], "vek": ["30"],
                                                  "bezbarierove": ["1"]}
    assert 0 < found(page) < everything
    page.go_back()
    settle(page)
    assert not page.is_checked("#filtr-bezbarierove")


def test_the_ukrainian_page_offers_the_needs_in_ukrainian(page, site_url):
    page.goto(site_url + "uk/" + SEARCH)
    assert page.inner_text("label[for='filtr-otevreno']") == "Лише ті, що відкриті зараз"
    assert page.inner_text("label[for='filtr-vek']") == "Мій вік"
