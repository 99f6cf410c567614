"""The print templates take their words from the gettext catalogs (issue 10): the catalogue PDF is Czech by
design, but a town could make it in another language by activating that language around the render."""
from __future__ import annotations

from pathlib import Path

import pytest
from babel import Locale
from jinja2 import Environment, FileSystemLoader

from katalog import templating, urls
from katalog.pdf.book import build_book
from katalog.settings import KatalogSettings
from katalog.sitelanguage import build_site_languages
from site_tools import SAMPLE_LANGUAGES

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def render(catalogue):
    """The catalogue's HTML as the PDF generator makes it, in the language asked for."""
    env = templating.install(Environment(loader=FileSystemLoader(ROOT / "theme" / "templates")))
    sites = build_site_languages(list(SAMPLE_LANGUAGES), catalogue)
    templating.use_languages(sites)
    settings = KatalogSettings(public_url="https://mesto.example/sluzby", sample_data=True)
    book = build_book(catalogue, settings, [], "", logo_sources={})
    context = {"katalog": catalogue, "katalog_settings": settings, "SITEURL": "", "urls": urls}

    def in_language(code: str) -> str:
        with templating.activate(sites[code]):
            return env.get_template("print/catalogue.html").render(context, book=book)
    return in_language


@pytest.mark.parametrize("code, lang, words", [
    ("cs", "cs", ["Jak katalog používat", "Služby od A do Z", "Ukázková data", "→ viz str."]),
    ("uk", "uk", ["Як користуватися каталогом", "Служби від А до Я", "Демонстраційні дані", "→ див. с."]),
    ("en", "en-GB", ["How to use the catalogue", "Services from A to Z", "Sample data", "→ see p."]),
])
def test_the_catalogue_speaks_the_active_language(render, code, lang, words):
    html = render(code)
    assert f'<html lang="{lang}"' in html
    for word in words:
        assert word in html


@pytest.mark.parametrize("code", ["uk", "en"])
def test_no_czech_interface_text_in_another_language(render, code):
    html = render(code)
    for czech in ["Jak katalog používat", "Akutní pomoc", "Obsah", "Služby podle obcí", "Vydání", "Partneři",
                  "Tísňová čísla", "Další služby v kapitole", "Celý region", "Katalog představuje"]:
        assert czech not in html, czech


UKRAINIAN = {"one": "соціальну чи суміжну службу", "few": "соціальні та суміжні служби",
             "many": "соціальних та суміжних служб"}


def test_the_count_of_services_takes_the_languages_plural_form(render, catalogue):
    count = len(catalogue.published)
    assert count > 4, "the sample is meant to have many services"
    assert f"Katalog představuje {count} sociálních a souvisejících služeb" in render("cs")
    assert f"Каталог представляє {count} {UKRAINIAN[Locale('uk').plural_form(count)]}" in render("uk")
    assert f"The catalogue presents {count} social and related services" in render("en")
