"""A leaflet in another language (`lang: uk`): the sample's leaflet for people from Ukraine, read back as its
readers and the town's editors would meet it. Its QR code is checked with the others (test_leaflet_pdfs)."""
from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from katalog.problems import ContentError
from katalog.loader import load_catalogue
from leaflet_tools import flat, sample_leaflets, ui
from pdf_tools import page_texts
from site_tools import SAMPLE_LANGUAGES

CATALOGUE, LEAFLETS = sample_leaflets()
UKRAINIAN = next(leaflet for leaflet, _ in LEAFLETS if leaflet.lang == "uk")
# The Czech UI texts a Czech leaflet prints; none of them may stay Czech on a Ukrainian one.
CZECH_UI = ("Služby a kontakty", "V tísni volejte", "Kde:", "zdarma", "Vydává", "Další služby", "Všechny služby",
            "Sociální služby a další pomoc", "ukázková data", "Ukázková data", "Údaje platné", "Dočasně uzavřeno")


@pytest.fixture(params=["print", "screen"])
def ukrainian_text(request, full_build) -> str:
    suffix = "-print" if request.param == "print" else ""
    return flat(" ".join(page_texts(full_build / "pdf" / "leaflets" / f"{UKRAINIAN.key}{suffix}.pdf")))


@pytest.fixture
def reading_text(full_build) -> str:
    """The screen edition: pages in reading order, set without the folded sheet's narrow columns."""
    return flat(" ".join(page_texts(full_build / "pdf" / "leaflets" / f"{UKRAINIAN.key}.pdf")))


def test_every_ui_text_of_the_leaflet_is_ukrainian(ukrainian_text):
    assert not [czech for czech in CZECH_UI if czech in ukrainian_text]
    for message in ("Služby a kontakty", "V tísni volejte", "Kde:", "Všechny služby na webu"):
        assert ui(UKRAINIAN, message) in ukrainian_text
    assert UKRAINIAN.title in ukrainian_text and "Демонстраційні дані" in ukrainian_text


def test_services_are_shown_in_their_ukrainian_translation(ukrainian_text):
    for service in CATALOGUE.select(UKRAINIAN.select):
        translated = service.text("summary", "uk")
        assert translated.lang == "uk", f"the sample translates {service.key} into Ukrainian"
        assert flat(service.text("name", "uk")) in ukrainian_text
        # Long summaries are hyphenated at the line's end; their first words show they are the Ukrainian ones.
        assert " ".join(translated.split()[:3]) in ukrainian_text, service.key


def test_phone_labels_and_emergency_lines_are_said_in_ukrainian(ukrainian_text):
    for czech, ukrainian in (("Zdravotnická záchranná služba", "Швидка медична допомога"),
                             ("Policie ČR", "Поліція"), ("Nonstop, zdarma", "Цілодобово, безкоштовно")):
        assert czech not in ukrainian_text and ukrainian in ukrainian_text


def test_services_whose_staff_speak_ukrainian_carry_the_mark(reading_text):
    speaking = [service for service in CATALOGUE.select(UKRAINIAN.select) if "uk" in service.languages]
    assert speaking and reading_text.count("говорять українською") == len(speaking) + 1  # +1: the introduction


def test_named_services_come_in_the_order_the_leaflet_lists_them(reading_text):
    published = [key for key in UKRAINIAN.select.services if CATALOGUE.services[key].published]
    positions = [reading_text.index(flat(CATALOGUE.services[key].text("name", "uk"))) for key in published]
    assert positions == sorted(positions)


def test_the_screen_edition_declares_its_language(full_build):
    root = PdfReader(full_build / "pdf" / "leaflets" / f"{UKRAINIAN.key}.pdf").trailer["/Root"]
    assert str(root.get("/Lang", "")).lower().startswith("uk")


def test_each_leaflets_page_shows_its_own_language_first_and_names_the_others(full_build):
    ukrainian_page = (full_build / "uk" / "letaky" / "index.html").read_text(encoding="utf-8")
    titles = re.findall(r'<h2 id="letak-[^"]+" lang="([^"]+)">', ukrainian_page)
    assert titles[0] == "uk" and titles.count("uk") == 1
    czech_page = (full_build / "letaky" / "index.html").read_text(encoding="utf-8")
    card = czech_page[czech_page.index(f'id="letak-{UKRAINIAN.key}"'):]
    card = card[:card.index("</section>")]
    assert "v jazyce: ukrajinština" in card and 'hreflang="uk"' in card
    assert "v jazyce" not in czech_page[:czech_page.index(f'id="letak-{UKRAINIAN.key}"')]


def test_a_leaflet_in_a_language_the_site_is_not_built_in_is_an_error_at_its_line(scratch_content):
    path = scratch_content / "leaflets.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("    lang: uk\n", "    lang: pl\n"), encoding="utf-8")
    with pytest.raises(ContentError) as raised:
        load_catalogue(scratch_content, languages=SAMPLE_LANGUAGES)
    line = next(number for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                if text == "    lang: pl")
    [problem] = [problem for problem in raised.value.problems if problem.field == "leaflets[3].lang"]
    assert (problem.line, str(path)) == (line, problem.path)
    assert "'pl' is not one of the site's languages (cs, en, uk)" in problem.message
