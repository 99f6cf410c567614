"""Each language's JavaScript pipeline (queries, in the browser) gives the same tokens as its Python one (the index)."""
from __future__ import annotations

import itertools
import json
import random
import shutil
import subprocess
from pathlib import Path

import pytest

from katalog.search import english, ukrainian
from katalog.search.languages import pipeline_for, query_terms
from katalog.taxonomy import read_labels

from test_parity import HARD_CASES, _content_words

CLI = Path(__file__).with_name("languages_cli.js")
QUERIES = Path(__file__).with_name("ukrainian_queries.txt")
NODE = shutil.which("node")
pytestmark = pytest.mark.skipif(NODE is None, reason="node is not installed")

UKRAINIAN_HARD_CASES = [
    "сімʼя", "сім'я", "сім’я", "сім‘я", "сім`я", "сімя", "'сім'я'", "ʼсім", "сім''я", "м'ясо-молочні",
    "Ґанок", "ґудзик", "ҐАНОК", "iнформацiя", "IНФОРМАЦІЯ", "Xарків", "Kиїв", "Україна", "Україна's",
    "допомога", "ДОПОМОГА", "по допомогу", "допомозі", "для дітей", "дітьми", "біженець", "притулок",
    "з питань", "Мені потрібна допомога", "нема де спати", "Горажďовіце", "Horažďovice", "108/2006",
    "щ", "ї", "й", "ьо", "ів", "оок", "ець", "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя", "ёыэъ", "Ѐ", "ӂ",
    "ікс", "окок", "ецець", "сіно", "сінні", "зз", "цц", "тт", "і1", "к2д", "ʼ", "`", "’’",
]
ENGLISH_HARD_CASES = [
    "don’t", "don't", "children’s", "it‘s", "o'clock", "rock`n`roll", "’quoted’", "I need help",
    "lay", "try", "boy", "say", "fly", "happy", "daily", "yes", "y", "by", "sky", "days", "trying",
    "Refugees", "HOUSING", "debts", "counselling", "counseling", "naïve café", "Ångström",
    "generalizations", "oscillators", "hopeful", "relational", "conditional", "rational", "valenci",
]
# Porter's suffixes on a few stems: every rule of the stemmer, and stems with y in every place.
_ENGLISH_STEMS = ["relat", "condit", "hope", "gener", "play", "cry", "boy", "happ", "sky", "y", "ay", "agree",
                  "feed", "plaster", "hop", "fil", "tann", "fall", "fizz", "sing", "rate", "cease", "controll"]
_ENGLISH_SUFFIXES = ["", "s", "es", "ies", "sses", "ss", "eed", "ed", "ing", "y", "ational", "tional", "enci",
                     "anci", "izer", "bli", "alli", "entli", "eli", "ousli", "ization", "ation", "ator", "alism",
                     "iveness", "fulness", "ousness", "aliti", "iviti", "biliti", "logi", "icate", "ative",
                     "alize", "iciti", "ical", "ful", "ness", "al", "ance", "ence", "er", "ic", "able", "ible",
                     "ant", "ement", "ment", "ent", "ion", "sion", "tion", "ou", "ism", "ate", "iti", "ous",
                     "ive", "ize", "e", "ll", "ly"]
ALPHABETS = {
    "en": "abcdefghijklmnopqrstuvwxyzAEIOUY'’‘`- .,éï0123456789",
    "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАҐЄІЇЬaeioxpcyiï'’ʼ‘`- .,0123456789\u0301",
    "pl": "aąbcćdeęfghijklłmnńoóprsśtuwyzźżĄĆĘŁŃÓŚŹŻ'’- .,0123456789",
}


def _query_list_words() -> list[str]:
    return sorted(set(QUERIES.read_text(encoding="utf-8").replace(";", " ").split()))


def _random_texts(alphabet: str, seed: int, count: int = 2000) -> list[str]:
    """Fixed pseudo-random strings of the language's letters and what a user may type or paste."""
    generator = random.Random(seed)
    return ["".join(generator.choices(alphabet, k=generator.randint(1, 14))) for _ in range(count)]


WORD_LISTS = {
    "en": ENGLISH_HARD_CASES + ["".join(pair) for pair in itertools.product(_ENGLISH_STEMS, _ENGLISH_SUFFIXES)],
    "uk": UKRAINIAN_HARD_CASES + _query_list_words(),
    "pl": ["Pomoc społeczna", "zadłużenie", "ŻÓŁĆ", "mieszkanie’s", "dzieci"],
}
STOP_WORDS = {"en": english.STOP_WORDS, "uk": ukrainian.STOP_WORDS, "pl": frozenset()}


def _phrases(code: str) -> list[str]:
    """Every label and synonym of the language's label file: the phrases an index holds as one term each."""
    sections = read_labels(code)
    return [phrase for section in ("kinds", "life_situations") for entry in sections.get(section, {}).values()
            for phrase in (entry["label"], *entry.get("synonyms", ()))]


def _python(text: str, code: str) -> dict:
    pipeline = pipeline_for(code)
    words = list(pipeline.words(text))
    return {"words": words, "stems": [pipeline.stem(word) for word in words], "analyse": pipeline.analyse(text),
            "query": query_terms(text, code), "phrase": pipeline.phrase_term(text)}


def _javascript(code: str, texts: list[str], stop_words: list[str]) -> dict:
    result = subprocess.run([NODE, str(CLI)], input=json.dumps({"code": code, "texts": texts, "stopWords": stop_words}),
                            capture_output=True, text=True, encoding="utf-8", timeout=120, check=False)
    assert result.returncode == 0 and not result.stderr, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("code, label", [("cs", "czech"), ("en", "english"), ("uk", "ukrainian"),
                                         ("pl", "generic"), ("xx", "generic")])
def test_the_same_pipeline_is_registered_under_each_code(code, label):
    assert pipeline_for(code).label == label
    assert _javascript(code, [], [])["label"] == label


@pytest.mark.parametrize("code", ["en", "uk", "pl"])
def test_stop_words_are_the_same(code):
    candidates = sorted(STOP_WORDS[code] | set(WORD_LISTS[code]) | set(_query_list_words()))
    expected = [word for word in candidates if pipeline_for(code).is_stop_word(word)]
    assert _javascript(code, [], candidates)["stopWords"] == expected


@pytest.mark.parametrize("code, seed", [("en", 1), ("uk", 2), ("pl", 3)])
def test_javascript_gives_the_same_tokens_as_python(code, seed):
    texts = list(dict.fromkeys(HARD_CASES + WORD_LISTS[code] + sorted(STOP_WORDS[code]) + _content_words()
                               + _phrases(code) + _random_texts(ALPHABETS[code], seed)))
    results = _javascript(code, texts, [])["results"]
    mismatches = [(text, expected, got) for text, got in zip(texts, results)
                  if (expected := _python(text, code)) != got]
    assert len(results) == len(texts)
    assert not mismatches, "\n".join(f"{text!r}: python {py} != js {js}" for text, py, js in mismatches[:20])
