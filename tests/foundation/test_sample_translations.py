"""The sample's translated services: enough of them, on the themes people in need look for, in clean Ukrainian
and English."""
from __future__ import annotations

import re
import unicodedata

import pytest

from katalog.loader import load_catalogue
from site_tools import CONTENT, SAMPLE_LANGUAGES

TRANSLATIONS = SAMPLE_LANGUAGES[1:]
TEXT_FIELDS = ("name", "summary", "description", "how_to_apply", "cost_note", "status_note")
# Life situations the translations are for: refugees, emergencies and helplines, debts, housing and homelessness,
# food (poverty), work, children and families.
REQUIRED_THEMES = {"cizinci-a-uprchlici", "akutni-krize", "dluhy", "bydleni", "bez-domova", "chudoba",
                   "ztrata-prace", "rodina-a-deti"}
# Kept in Czech inside the translations, so that a reader recognises the place, office or helpline when
# he meets it; each is followed by a translation where the reader needs to know what it is.
PROPER_NAMES = {
    "Horažďovice", "Klatovy", "Plzeň", "Plzeňský kraj", "Pošumaví", "Palackého", "Charita Pootaví", "Pampeliška", "Přístav",
    "Krizové centrum Klatovy", "Intervenční centrum Plzeňského kraje", "Poradna pro občany", "Úřad práce",
    "Linka bezpečí", "Linka první psychické pomoci", "Linka pro rodinu a školu",
    "Linka pomoci obětem kriminality a domácího násilí", "superdávka",
}
# Written in Latin letters in Ukrainian too, as on the office's door or the phone's screen.
LATIN_IN_UKRAINIAN = {"OSPOD", "SMS", "Viber"}
CZECH_ONLY_LETTERS = re.compile("[ěščřžýáíéůúňťď]", re.IGNORECASE)


def without(names: set[str], text: str) -> str:
    """The text with the given names taken out, the longest first (a name may contain a shorter one)."""
    for name in sorted(names, key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", " ", text)
    return text


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue(CONTENT, languages=SAMPLE_LANGUAGES)


@pytest.fixture(scope="module")
def translated(catalogue):
    return [service for service in catalogue.services.values() if service.translations]


@pytest.fixture(scope="module")
def texts(catalogue, translated):
    """(where, language, text) for every translated text of the sample, services and providers."""
    found = [(f"{service.key}: {language}.{field}", language, text)
             for service in translated for language, translation in service.translations.items()
             for field in TEXT_FIELDS if (text := getattr(translation, field))]
    found += [(f"provider {key}: {language}.description", language, translation.description)
              for key, provider in catalogue.providers.items()
              for language, translation in provider.data.translations.items() if translation.description]
    return found


def test_at_least_15_published_services_have_a_ukrainian_and_english_name_and_summary(translated):
    complete = [service.key for service in translated if service.published and all(
        language in service.translations and service.translations[language].name
        and service.translations[language].summary for language in TRANSLATIONS)]
    assert len(complete) >= 15, complete


def test_translated_services_serve_the_required_themes(translated):
    off_theme = [service.key for service in translated if not REQUIRED_THEMES & set(service.life_situations)]
    assert off_theme == []
    covered = {theme for service in translated for theme in service.life_situations}
    assert REQUIRED_THEMES <= covered, REQUIRED_THEMES - covered


def test_every_czech_text_of_a_translated_service_and_its_provider_is_translated(translated):
    missing = [f"{service.key}: {language}.{field}" for service in translated for language in TRANSLATIONS
               for field in TEXT_FIELDS if getattr(service.data, field)
               and not getattr(service.translations.get(language), field, None)]
    missing += [f"provider {service.provider.key}: {language}.description" for service in translated
                for language in TRANSLATIONS if service.provider.data.description
                and not getattr(service.provider.data.translations.get(language), "description", None)]
    assert missing == []


def test_translations_have_no_czech_letters_outside_proper_names(texts):
    czech = [f"{where}: {CZECH_ONLY_LETTERS.findall(rest)}" for where, _, text in texts
             if CZECH_ONLY_LETTERS.search(rest := without(PROPER_NAMES, text))]
    assert czech == []


def test_ukrainian_is_cyrillic_with_one_kind_of_apostrophe(texts):
    ukrainian = [(where, text) for where, language, text in texts if language == "uk"]
    latin = [f"{where}: {word}" for where, text in ukrainian
             for word in re.findall(r"\w+", without(PROPER_NAMES | LATIN_IN_UKRAINIAN, text))
             if any("LATIN" in unicodedata.name(letter, "") for letter in word)]
    assert latin == []
    # The typographic apostrophe (U+2019) throughout: search treats the variants alike, readers see one.
    other_apostrophes = [where for where, text in ukrainian if "'" in text or "\u02bc" in text]
    assert other_apostrophes == []
    assert any("’" in text for _, text in ukrainian)


def markdown_shape(text: str) -> tuple[int, int, int]:
    """Paragraphs and lists, list items, bold spans: what a translation of a description keeps."""
    blocks = [block for block in re.split(r"\n\s*\n", text.strip()) if block.strip()]
    items = re.findall(r"^\s*(?:[-*]|\d+\.)\s", text, re.MULTILINE)
    return len(blocks), len(items), text.count("**") // 2


def test_translated_descriptions_keep_the_structure_of_the_czech(translated):
    different = [f"{service.key}: {language}" for service in translated
                 for language, translation in service.translations.items() if translation.description
                 and markdown_shape(translation.description) != markdown_shape(service.data.description)]
    assert different == []
