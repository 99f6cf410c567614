"""Every language's label file has exactly the keys of the Czech one, every text filled in, in clean Ukrainian
and English."""
from __future__ import annotations

import re
import unicodedata

import pytest

from katalog.taxonomy import DATA_FIELDS, KINDS, LABELS_DIR, SOURCE_LANGUAGE, read_labels

CZECH = read_labels(SOURCE_LANGUAGE)
TRANSLATED = sorted(path.stem for path in LABELS_DIR.glob("*.yaml") if path.stem != SOURCE_LANGUAGE)
# Czech names kept in a translation, so that a reader finds the office or recognises the word on a letter.
CZECH_NAMES = {"Úřad práce", "obecní úřad"}
# Written in Latin letters in Ukrainian too, as on the office's door and in its letters.
LATIN_IN_UKRAINIAN = {"OSPOD", "OAMP", "SMS", "Viber", "WhatsApp"}
CZECH_ONLY_LETTERS = re.compile("[ěščřžůňťď]", re.IGNORECASE)
# Letters of Russian that Ukrainian has not: a sign of a text typed in the wrong language.
RUSSIAN_ONLY_LETTERS = re.compile("[ыэъё]", re.IGNORECASE)
OTHER_APOSTROPHES = ("'", "\u02bc", "`")


def paths(labels: dict) -> list[tuple[str, ...]]:
    """Where each text of a label file sits: (section, key) or (section, key, field), in the file's order. The
    language's own settings (its alphabet, its CLDR locale) and the data in cs.yaml (DATA_FIELDS) are not labels."""
    return [(section, key, field) if field else (section, key)
            for section, entries in labels.items() if isinstance(entries, dict) for key, entry in entries.items()
            for field in (entry if isinstance(entry, dict) else [None]) if field not in DATA_FIELDS]


def value(labels: dict, path: tuple[str, ...]):
    """The text (or list of synonyms) at a path."""
    found = labels
    for step in path:
        found = found[step]
    return found


def texts(labels: dict) -> list[tuple[str, str]]:
    """(where, text) for every label, description and synonym of a label file."""
    found = []
    for path in paths(labels):
        where, entry = ".".join(path), value(labels, path)
        found += [(where, text) for text in (entry if isinstance(entry, list) else [entry])]
    return found


def without(names: set[str], text: str) -> str:
    """The text with the given names taken out, the longest first."""
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, " ")
    return text


def test_ukrainian_and_english_labels_exist():
    assert {"uk", "en"} <= set(TRANSLATED)


@pytest.mark.parametrize("language", TRANSLATED)
def test_a_label_file_has_exactly_the_keys_of_the_czech_one_in_its_order(language):
    czech = paths(CZECH)
    # Phone labels are keyed by the Czech text providers write, not by the vocabulary's keys: open-ended.
    translated = [path for path in paths(read_labels(language)) if path[0] != "phone_labels"]
    assert [".".join(path) for path in czech if path not in translated] == [], "missing"
    assert [".".join(path) for path in translated if path not in czech] == [], "not in cs.yaml"
    assert translated == czech, "keys in another order than in cs.yaml"


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_text_is_filled_in_and_every_life_situation_has_search_words(language):
    labels = read_labels(language)
    empty = [where for where, text in texts(labels) if not isinstance(text, str) or not text.strip()]
    assert empty == []
    for key, situation in labels["life_situations"].items():
        synonyms = [synonym.casefold() for synonym in situation["synonyms"]]
        assert synonyms and len(set(synonyms)) == len(synonyms), key
    unfinished = [".".join(path) for path in paths(labels)
                  if path[-1] == "description" and not value(labels, path).endswith(".")]
    assert unfinished == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_no_czech_letters_outside_czech_names_and_one_kind_of_apostrophe(language):
    found = texts(read_labels(language))
    czech = [f"{where}: {text}" for where, text in found if CZECH_ONLY_LETTERS.search(without(CZECH_NAMES, text))]
    assert czech == []
    # The typographic apostrophe (U+2019) throughout: search treats the variants alike, readers see one.
    other_apostrophes = [where for where, text in found if any(mark in text for mark in OTHER_APOSTROPHES)]
    assert other_apostrophes == []


def test_ukrainian_is_cyrillic_apart_from_listed_names():
    found = texts(read_labels("uk"))
    latin = [f"{where}: {word}" for where, text in found
             for word in re.findall(r"\w+", without(CZECH_NAMES | LATIN_IN_UKRAINIAN, text))
             if any("LATIN" in unicodedata.name(letter, "") for letter in word)]
    assert latin == []
    russian = [f"{where}: {text}" for where, text in found if RUSSIAN_ONLY_LETTERS.search(text)]
    assert russian == []
    assert any("’" in text for _, text in found)


def test_every_life_situation_names_the_kinds_that_lead_its_page_and_each_is_a_kind():
    for key, situation in CZECH["life_situations"].items():
        lead = situation.get("lead_kinds", [])
        assert lead, key
        assert [kind for kind in lead if kind not in KINDS] == [], key
        assert len(set(lead)) == len(lead), key
