"""Indexes of a site in Ukrainian, English or Polish that also hold the Czech texts, built by lunr.py and
queried by the real lunr.js through katalogSearchLanguages.search."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from katalog.search.languages import build_site_index

CLI = Path(__file__).with_name("search_cli.js")
NODE = shutil.which("node")
pytestmark = pytest.mark.skipif(NODE is None, reason="node is not installed")
FIELDS = [("title", 10), ("description", 1)]

# Each field maps a language to its text: the site's translation where there is one, and the Czech.
SERVICES = {
    "uk": [
        {"id": "ukrajina", "title": {"uk": "Центр допомоги біженцям", "cs": "Centrum pro uprchlíky z Ukrajiny"},
         "description": {"uk": "Звертайтеся по допомогу: консультації з питань житла, роботи та тимчасового захисту.",
                         "cs": "Poradenství v Horažďovicích: bydlení, práce, dočasná ochrana."}},
        {"id": "rodiny", "title": {"uk": "Підтримка сімей з дітьми", "cs": "Sanace rodiny"},
         "description": {"uk": "Соціальна робота для дітей та їхніх сімʼї, допомога з боргами.",
                         "cs": "Podpora rodin s dětmi v Sušici."}},
        {"id": "nocleharna", "title": {"cs": "Noclehárna Klatovy"},
         "description": {"cs": "Přenocování pro lidi bez domova."}},
        {"id": "psycholog", "title": {"uk": "Психологічна підтримка", "cs": "Psychologická poradna"},
         "description": {"uk": "Розмова з психологом українською мовою.", "cs": "Rozhovor s psychologem."}},
    ],
    "en": [
        {"id": "refugees", "title": {"en": "Help for refugees from Ukraine", "cs": "Pomoc uprchlíkům"},
         "description": {"en": "Advice on housing, debts and children’s schooling.", "cs": "Poradna v Horažďovicích."}},
        {"id": "shelter", "title": {"en": "Night shelter", "cs": "Noclehárna Klatovy"},
         "description": {"en": "A bed for the night for homeless people.", "cs": "Přenocování pro lidi bez domova."}},
    ],
    "pl": [
        {"id": "dluhy", "title": {"pl": "Poradnia zadłużenia", "cs": "Dluhová poradna"},
         "description": {"pl": "Pomoc osobom w długach.", "cs": "Pomoc lidem v dluzích v Sušici."}},
    ],
}


@pytest.fixture(scope="module")
def index_paths(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("search-languages")
    paths = {}
    for code, documents in SERVICES.items():
        paths[code] = folder / f"{code}.json"
        paths[code].write_text(json.dumps(build_site_index(documents, FIELDS, code), ensure_ascii=False),
                               encoding="utf-8")
    return paths


def search(index_paths: dict[str, Path], code: str, *queries: str) -> list[list[str]]:
    """Ranked document ids for each query on the site of language `code`, from lunr.js in Node."""
    result = subprocess.run([NODE, str(CLI), str(index_paths[code]), code], input=json.dumps(queries),
                            capture_output=True, text=True, encoding="utf-8", timeout=60, check=False)
    assert result.returncode == 0 and not result.stderr, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("query, found", [
    ("допомога", ["rodiny", "ukrajina"]),  # "по допомогу", "допомога з боргами", "допомоги"
    ("діти", ["rodiny"]),  # "для дітей", "з дітьми"
    ("житло", ["ukrajina"]),  # "з питань житла"
    ("борги", ["rodiny"]),  # "з боргами"
    ("робота", ["rodiny", "ukrajina"]),  # "роботи", "соціальна робота"
    ("психолог", ["psycholog"]),  # "з психологом"
    ("біженці", ["ukrajina"]),  # "біженцям"
    ("сім'я", ["rodiny"]),  # "сімʼї", typed with another apostrophe
    ("тимчасовий захист", ["ukrajina"]),
    ("Мені потрібна допомога з житлом", ["ukrajina"]),  # stop words dropped, every word required
    ("допомога дітям", ["rodiny"]),
])
def test_ukrainian_nominative_finds_other_cases(index_paths, query, found):
    [results] = search(index_paths, "uk", query)
    assert sorted(results) == found, results


@pytest.mark.parametrize("query, found", [
    ("Horazdovice", ["ukrajina"]),  # a Czech place name without diacritics, found in the Czech text
    ("Sušice", ["rodiny"]),
    ("nocleharna", ["nocleharna"]),  # a service with no Ukrainian text is still found by its Czech name
    ("iнформацiя психолог", ["psycholog"]),  # no "інформація" anywhere: any word will do
    ("допом", ["rodiny", "ukrajina"]),  # being typed
])
def test_czech_words_and_typing_on_the_ukrainian_site(index_paths, query, found):
    [results] = search(index_paths, "uk", query)
    assert sorted(results) == found, results


def test_latin_look_alikes_typed_by_mistake(index_paths):
    [mistyped, right] = search(index_paths, "uk", "пiдтримка", "підтримка")
    assert mistyped == right and sorted(right) == ["psycholog", "rodiny"]


@pytest.mark.parametrize("query, found", [
    ("refugee", ["refugees"]),
    ("debt", ["refugees"]),
    ("children's school", ["refugees"]),  # "children’s schooling", with the curly apostrophe
    ("I need a shelter", ["shelter"]),
    ("homelessness", ["shelter"]),
    ("Horazdovice", ["refugees"]),
    ("noclehárna", ["shelter"]),
])
def test_english_site(index_paths, query, found):
    [results] = search(index_paths, "en", query)
    assert sorted(results) == found, results


def test_a_language_without_a_pipeline_is_searched_by_the_generic_one(index_paths):
    polish, czech, unaccented = search(index_paths, "pl", "długach", "dluzich", "Susice")
    assert polish == czech == unaccented == ["dluhy"]


def test_blank_and_stop_words_only_find_nothing(index_paths):
    assert search(index_paths, "uk", "", "  ", "мені де") == [[], [], []]
    assert search(index_paths, "en", "the where") == [[]]
