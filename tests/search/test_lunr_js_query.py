"""An index built by lunr.py with the Czech pipeline, queried by the real lunr.js through katalogCzech.search."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from katalog.search.czech import build_index

CLI = Path(__file__).with_name("search_cli.js")
NODE = shutil.which("node")
pytestmark = pytest.mark.skipif(NODE is None, reason="node is not installed")

DOCUMENTS = [
    {"id": "pecovatelska-sluzba", "title": "Pečovatelská služba Horažďovice",
     "description": "Pomáháme seniorům a lidem se zdravotním postižením doma: dovoz obědů, nákupy, "
                    "pomoc s hygienou."},
    {"id": "domov-pro-seniory", "title": "Domov pro seniory Otava",
     "description": "Celoroční pobyt pro seniory, kteří už nezvládnou život doma. Ošetřovatelská péče."},
    {"id": "dluhova-poradna", "title": "Dluhová poradna",
     "description": "Poradenství lidem v dluzích a v exekuci: splátkový kalendář, oddlužení."},
    {"id": "obcanska-poradna", "title": "Občanská poradna",
     "description": "Bezplatné poradenství v obtížných situacích: bydlení, práce, rodina, dluhy."},
    {"id": "azylovy-dum", "title": "Azylový dům pro matky s dětmi",
     "description": "Přechodné ubytování pro rodiny bez domova."},
    {"id": "osobni-asistence", "title": "Osobní asistence",
     "description": "Podpora v běžném životě: hygiena, oblékání, doprovod k lékaři."},
    {"id": "odlehcovaci-sluzba", "title": "Odlehčovací služba",
     "description": "Krátkodobý pobyt, aby si pečující rodina mohla odpočinout."},
    {"id": "socialni-pracovnik-obce", "title": "Sociální pracovník obce Žichovice",
     "description": "Obec pomáhá občanům v nouzi a zprostředkuje jim další služby."},
]
FIELDS = [("title", 10), ("description", 1)]


@pytest.fixture(scope="module")
def index_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("search") / "index.json"
    path.write_text(json.dumps(build_index(DOCUMENTS, FIELDS), ensure_ascii=False), encoding="utf-8")
    return path


def search(index_path: Path, *queries: str) -> list[list[str]]:
    """Ranked document ids for each query, from lunr.js in Node; fails on any error or warning."""
    result = subprocess.run([NODE, str(CLI), str(index_path)], input=json.dumps(queries),
                            capture_output=True, text=True, encoding="utf-8", timeout=60, check=False)
    assert result.returncode == 0 and not result.stderr, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("query, first", [
    ("pecovatelska sluzba", "pecovatelska-sluzba"),
    ("Pečovatelská služba", "pecovatelska-sluzba"),
    ("obedu", "pecovatelska-sluzba"),
    ("exekuce", "dluhova-poradna"),
    ("pecov", "pecovatelska-sluzba"),
    ("pecovatel", "pecovatelska-sluzba"),  # being typed: the stem "pecovatl" is no prefix of it
    ("domov seniory", "domov-pro-seniory"),
    ("obědy žirafa", "pecovatelska-sluzba"),  # no service has both words: any word will do
])
def test_the_expected_service_comes_first(index_path, query, first):
    [results] = search(index_path, query)
    assert results[:1] == [first], results


def test_every_word_is_required_while_some_service_has_them_all(index_path):
    both, lone, typing, lunch = search(index_path, "pecovatelska sluzba", "domov seniory",
                                       "pečovatelská služe", "obedu")
    assert both == typing == lunch == ["pecovatelska-sluzba"]
    assert lone == ["domov-pro-seniory"]


@pytest.mark.parametrize("query", ["seniorum", "seniorům", "senioři", "pro seniory"])
def test_any_form_with_or_without_diacritics_finds_the_same(index_path, query):
    [results] = search(index_path, query)
    assert sorted(results) == ["domov-pro-seniory", "pecovatelska-sluzba"]


def test_hygiene_and_debts_in_other_forms(index_path):
    hygiene, debts = search(index_path, "hygiena", "dluhy")
    assert sorted(hygiene) == ["osobni-asistence", "pecovatelska-sluzba"]
    assert sorted(debts) == ["dluhova-poradna", "obcanska-poradna"]


def test_query_syntax_characters_are_plain_text(index_path):
    odd = ['sluzba: ~^+-*"', "+", "-", "*", "~1", "^2", "title:", ":", '"', "\\", "(", "žena*~^", "😀"]
    results = search(index_path, *odd)
    assert sorted(results[0]) == ["odlehcovaci-sluzba", "pecovatelska-sluzba", "socialni-pracovnik-obce"]
    assert results[1:] == [[]] * (len(odd) - 1)


def test_blank_or_stop_words_only(index_path):
    blank, stop_words = search(index_path, "  ", "a pro")
    assert blank == []
    assert stop_words == []  # "pro" being typed matches words starting with it, and there are none


def test_prefix_of_a_stop_word_while_typing(index_path):
    [results] = search(index_path, "do")
    assert "domov-pro-seniory" in results and "dluhova-poradna" not in results
