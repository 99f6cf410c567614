"""Unit tests of the Python side of the Ukrainian search pipeline, and its query list."""
from __future__ import annotations

from pathlib import Path

import pytest

from katalog.search.languages import query_terms
from katalog.search.ukrainian import PIPELINE, STOP_WORDS, stem

QUERIES = Path(__file__).with_name("ukrainian_queries.txt")


def _query_list() -> list[tuple[str, list[str]]]:
    lines = [line for line in QUERIES.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return [(query, [phrase.strip() for phrase in rest.partition(" ≠ ")[0].split(";")])
            for query, _, rest in (line.partition(" = ") for line in lines)]


def test_the_query_list_is_long_enough():
    assert len(_query_list()) >= 60


@pytest.mark.parametrize("query, phrases", _query_list(), ids=[query for query, _ in _query_list()])
def test_a_nominative_query_finds_its_other_cases(query, phrases):
    """Every word of the query has a term of the phrase among its terms (benchmarks/ukrainian_bench.py
    measures the same, with the false matches, for every strategy)."""
    for phrase in phrases:
        terms = set(PIPELINE.index_terms(phrase))
        missing = [word for word in query_terms(query, "uk") if not terms.intersection(word)]
        assert not missing, f"{query!r} does not find {phrase!r}: {missing} not in {terms}"


@pytest.mark.parametrize("spellings", [
    "сімʼя сім'я сім’я сім‘я сім`я сімя СІМ'Я",  # every apostrophe, or none
    "ґанок Ґанок ганок",  # ґ typed as г
    "інформація iнформацiя IНФОРМАЦIЯ інформацiя",  # Latin i from the wrong keyboard layout
    "харків xарків Харкiв",  # a capital Latin X and i
])
def test_spellings_give_one_term(spellings):
    terms = {tuple(PIPELINE.analyse(word)) for word in spellings.split()}
    assert len(terms) == 1 and len(next(iter(terms))) == 1, terms


def test_latin_words_keep_their_letters_without_diacritics():
    assert PIPELINE.analyse("Horažďovice, Caritas 108/2006") == ["horazdovice", "caritas", "108", "2006"]


def test_everyday_words_around_a_query_are_dropped():
    assert PIPELINE.analyse("Мені потрібна допомога, де можна знайти житло?") == ["допомог", "житл"]
    assert {"мені", "я", "потрібно", "де"} <= STOP_WORDS


def test_different_words_stay_apart():
    words = ["діти", "дім", "житло", "життя", "лікар", "ліки", "робота", "борги", "мова", "мама", "школа"]
    assert len({stem(word) for word in words}) == len(words)
