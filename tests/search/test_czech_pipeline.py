"""Unit tests of the Python side of the Czech search pipeline."""
from __future__ import annotations

import unicodedata

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from lunr.pipeline import Pipeline

from katalog.search.czech import (
    STOP_WORDS, analyse, build_index, fold, is_stop_word, normalise, stem, tokenise, trimmer,
)

# Every form in a group must give one and the same term, and no two groups the same.
EQUIVALENT = [
    "seniorum seniorům senioři seniory seniorů seniorech seniorové",
    "hygiena hygienou hygieny hygieně",
    "obedu obědů obědy oběd",
    "dluhy dluhů dluh dluzích dluhem",
    "pečovatelská pecovatelska pečovatelské pečovatelskou pečovatelských",
    "exekuce exekucí exekucemi exekucích",
    "rodina rodiny rodinám rodinami rodině rodinou",
    "domov domově domovy domovem domovů",
    "služba služby služeb službou službám sluzbach",
    "obec obce obcí obcemi",
    "děti dětí dětem dětmi",
    "sociální socialni sociálních sociálním sociálního",
    "Novák Nováková Novákova Novákův Novákovi",
    "kniha knize knihy",
    "matka matky matek matce",
]
CZECH_LETTERS = "aábcčdďeéěfghiíjklmnňoópqrřsštťuúůvwxyýzž"


@pytest.mark.parametrize("group", EQUIVALENT)
def test_word_forms_give_one_term(group):
    terms = {tuple(analyse(word)) for word in group.split()}
    assert len(terms) == 1 and len(next(iter(terms))) == 1, terms


def test_groups_stay_apart():
    terms = [analyse(group.split()[0])[0] for group in EQUIVALENT]
    assert len(set(terms)) == len(terms)


def test_trimmer_keeps_czech_letters():
    pipeline = Pipeline()
    pipeline.add(trimmer)
    assert pipeline.run_string("žena") == ["žena"]
    assert pipeline.run_string("(Žluťoučký),") == ["žluťoučký"]
    assert pipeline.run_string("a/nebo") == ["a", "nebo"]
    assert pipeline.run_string("–…") == []


def test_stop_words_are_dropped_accented_or_not():
    assert analyse("Služba pro seniory a jejich rodiny, při nemoci i pri nemoci") == [
        "sluzb", "senior", "rodin", "nemok", "nemok"]


def test_unaccented_stop_words_spare_content_words():
    assert analyse("být byt může muže") == ["byt", "muh"]


def test_stop_words_are_function_words_only():
    assert {"služba", "senior", "pomoc", "domov", "dům", "byt", "péče"}.isdisjoint(STOP_WORDS)
    assert all(word == normalise(word) for word in STOP_WORDS)


def test_characters_outside_the_bmp_are_dropped():
    assert normalise("Pomoc😀seniorům🙂") == "pomoc seniorům "
    assert analyse("pomoc😀seniorům") == ["pomok", "senior"]


def test_nfkc_is_applied_before_anything_else():
    assert normalise("ﬁnance") == "finance"
    assert normalise("Ｐomoc") == "pomoc"
    # Mathematical letters lie outside the BMP, yet NFKC turns them into ordinary ones first.
    assert analyse("𝐩𝐨𝐦𝐨𝐜") == analyse("pomoc")
    assert analyse("ﬁnanční") == analyse("finanční")
    # A decomposed ě (e + combining caron) is the same word as the composed one.
    assert analyse("obe\u030cdy") == analyse("obědy")


def test_tokenise_splits_on_everything_but_letters_and_numbers():
    assert tokenise("108/2006 sb., e-mail: info@example.cz; „citace“") == [
        "108", "2006", "sb", "e", "mail", "info", "example", "cz", "citace"]


def test_fold_strips_diacritics():
    assert fold("příliš žluťoučký kůň úpěl ďábelské ódy") == "prilis zlutoucky kun upel dabelske ody"


def test_numbers_are_not_stemmed():
    assert analyse("Tel. 376 512 345, 341 01, 2a") == ["tel", "376", "512", "345", "341", "01", "2a"]


def test_short_words_keep_their_letters():
    assert stem("den") == "den"
    assert stem("x") == "x"


czech_words = st.text(alphabet=CZECH_LETTERS, min_size=1, max_size=14)


@given(czech_words)
def test_diacritics_and_case_do_not_matter(word):
    # Stop words are the exception: "á" is not the conjunction "a", "muže" (men) is not "může".
    assume(not is_stop_word(word) and not is_stop_word(fold(word)))
    assert analyse(word) == analyse(fold(word)) == analyse(word.upper())


@given(st.text())
def test_any_text_gives_folded_bmp_terms(text):
    for term in analyse(text):
        assert term
        assert all(ord(char) <= 0xFFFF for char in term)
        assert not any(unicodedata.category(char) == "Mn" for char in unicodedata.normalize("NFD", term))


def test_build_index_serialises_for_lunr_js():
    index = build_index(
        [{"id": "a", "title": "Pečovatelská služba", "body": "Obědy pro seniory"}, {"id": 2, "title": "Dluhy"}],
        [("title", 10), ("body", 1)],
    )
    labels = ["czech-trimmer", "czech-stop-word-filter", "czech-stemmer"]
    assert index["pipeline"] == labels
    assert index["fields"] == ["title", "body"]
    terms = [term for term, _ in index["invertedIndex"]]
    assert terms == sorted(terms) == ["dluh", "obd", "pecovatelsk", "senior", "sluzb"]
    assert {ref for ref, _ in index["fieldVectors"]} == {"title/a", "body/a", "title/2", "body/2"}


def test_index_terms_equal_the_pipeline_on_every_sample_text():
    """build_index skips lunr's per-token pipeline for speed; it must give the very same terms."""
    from pathlib import Path

    from katalog.search.czech import analyse, index_terms

    content = Path(__file__).resolve().parents[2] / "content"
    texts = [path.read_text(encoding="utf-8") for path in sorted(content.rglob("*")) if path.suffix in (".yaml", ".md")]
    texts += ["Žena-a-muž", "ﬁ ŘEKA\u00a0Zářečí", "pomoc😀seniorům", "a/nebo", "İstanbul", ""]
    for text in texts:
        assert index_terms(text) == analyse(text)
    # A list holds phrases: one of several words is also one term, its stop words kept.
    assert index_terms(["Péče o blízké", None, "Senioři"]) == analyse("Péče o blízké") + ["pek_o_blizk"] + analyse("Senioři")
