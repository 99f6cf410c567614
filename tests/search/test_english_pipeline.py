"""Unit tests of the Python side of the English search pipeline."""
from __future__ import annotations

import pytest
from lunr.stemmer import porter_stemmer

from katalog.search.english import PIPELINE, stem


@pytest.mark.parametrize("word, lunr_py, ours", [("lay", "lai", "lay"), ("try", "try", "tri"), ("days", "dai", "day")])
def test_final_y_is_stemmed_as_lunr_js_does(word, lunr_py, ours):
    """lunr.py's Porter stemmer differs from lunr.js's in step 1c; the index follows lunr.js."""
    assert porter_stemmer.stem(word) == lunr_py
    assert stem(word) == ours


@pytest.mark.parametrize("group", [
    "refugee refugees", "debt debts", "house housing houses", "children’s children's childrens children",
    "counselling counselled", "café cafe CAFÉ",
])
def test_word_forms_give_one_term(group):
    terms = {tuple(PIPELINE.analyse(word)) for word in group.split()}
    assert len(terms) == 1 and len(next(iter(terms))) == 1, terms


def test_words_around_a_query_are_dropped():
    assert PIPELINE.analyse("I need somewhere to stay, I don’t have money") == ["stay", "money"]
