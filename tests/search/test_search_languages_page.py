"""The Ukrainian and English search pages in Chromium: queries in the site's language, in Czech without
diacritics, and the count and words in the page's language."""
from __future__ import annotations

import re

import pytest

from test_search_page import settle, titles, watch


def search_on(page, site_url: str, language: str, text: str) -> list[str]:
    errors = watch(page)
    page.goto(f"{site_url}{language}/hledat/")
    page.fill("#q", text)
    settle(page)
    assert errors == []
    return titles(page)


@pytest.mark.parametrize("language, text, expected", [
    ("uk", "іноземці", "Консультаційний центр для іноземців"),
    ("uk", "притулок", "Нічний притулок у місті Horažďovice"),
    ("uk", "для дітей", "Притулок для матерів з дітьми"),
    ("uk", "борги", "Безкоштовна юридична консультація"),
    ("uk", "potraviny", "Пункт видачі продуктів у місті Horažďovice"),  # Czech typed without diacritics on the Ukrainian site
    ("en", "refugee", "Advice centre for foreigners"),
    ("en", "food", "Food aid point Horažďovice"),
    ("en", "debts", "Free legal advice"),
    ("en", "noclehárna", "Night shelter Horažďovice"),
])
def test_a_query_in_the_sites_language_finds_the_service(page, site_url, language, text, expected):
    found = search_on(page, site_url, language, text)
    assert any(title.startswith(expected) for title in found[:5]), found


def test_a_common_ukrainian_word_finds_translated_services(page, site_url):
    found = search_on(page, site_url, "uk", "допомога")
    assert len(found) >= 5 and sum(bool(re.search("[а-яіїєґ]", title)) for title in found[:5]) >= 3, found


def test_the_count_is_in_the_pages_language_with_its_plural(page, site_url):
    search_on(page, site_url, "en", "refugee")
    assert re.fullmatch(r"\d+ services? found", page.inner_text("#hledani-stav"))
    search_on(page, site_url, "uk", "допомога")
    assert page.inner_text("#hledani-stav").startswith("Знайдено")
