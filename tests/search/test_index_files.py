"""The files the search generator writes: the index, the display data and the page, in every build."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from katalog.loader import load_catalogue
from katalog.sitelanguage import build_site_languages
from site_tools import SAMPLE_LANGUAGES
from katalog.search import documents
from katalog.search.generator import DISPLAY_DATA, INDEX, serialise

ROOT = Path(__file__).resolve().parents[2]
CLI = Path(__file__).with_name("search_cli.js")
NODE = shutil.which("node")


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue(ROOT / "content", languages=SAMPLE_LANGUAGES)


def czech_site(catalogue):
    return build_site_languages(list(SAMPLE_LANGUAGES), catalogue)["cs"]


def _records(web_build: Path) -> dict[str, dict]:
    records = json.loads((web_build / DISPLAY_DATA).read_text(encoding="utf-8"))
    return {record["url"].split("/")[1]: record for record in records}


def test_a_web_only_build_writes_the_index_data_and_page(web_build, catalogue):
    index = json.loads((web_build / INDEX).read_text(encoding="utf-8"))
    assert index["fields"] == [name for name, _ in documents.FIELDS]
    records = _records(web_build)
    assert list(records) == [service.key for service in catalogue.published]
    assert "kontaktni-misto-pro-uprchliky" not in records  # inactive
    page = (web_build / "hledat" / "index.html").read_text(encoding="utf-8")
    assert 'id="hledani"' in page and "search-page.js" in page


def test_display_data_holds_what_a_result_shows(web_build):
    records = _records(web_build)
    assert records["dluhova-poradna-horazdovice"] == {
        "name": "Dluhová poradna Horažďovice", "url": "sluzby/dluhova-poradna-horazdovice/",
        "provider": "Poradna pro občany",
        "summary": records["dluhova-poradna-horazdovice"]["summary"],
        "area": "Hejná, Horažďovice, Velký Bor",
        "phone": {"number": "+420 376 000 111", "tel": "tel:+420376000111"},
        "region": False, "obec": ["horazdovice", "hejna", "velky-bor"], "situace": ["dluhy", "chudoba"],
        "komu": ["osoby-v-krizi", "rodiny-s-detmi", "seniori"], "forma": ["ambulantni", "terenni"],
        "druh": "odborne-socialni-poradenstvi", "zdarma": True,
        "otevreno": [{"days": ["mo", "we"], "open": ["08:00-12:00", "13:00-17:00"]},
                     {"days": ["th"], "open": ["13:00-16:00"]}],
        "bezbarierove": True, "vek": [18, None], "jazyk": ["cs", "uk"],
    }
    shelter = records["azylovy-dum-pro-matky-s-detmi"]
    assert shelter["area"] == "celý region" and shelter["region"] and shelter["obec"] == []
    assert not shelter["zdarma"]
    assert records["klub-senioru-velky-bor"]["closed"] is True


def test_a_local_part_is_indexed_with_its_municipality(catalogue):
    service = next(s for s in catalogue.published if s.key == "obecni-byty-horazdovice")
    places = documents.index_document("0", service, catalogue)["places"]
    assert places.startswith("Horažďovice, Babín") and "Zářečí" in places


def test_the_files_are_the_same_in_every_build(web_build, catalogue):
    index, display = documents.build(catalogue, czech_site(catalogue))
    again_catalogue = load_catalogue(ROOT / "content", languages=SAMPLE_LANGUAGES)
    again = documents.build(again_catalogue, czech_site(again_catalogue))
    assert serialise(index) == serialise(again[0]) == (web_build / INDEX).read_bytes()
    assert serialise(display) == serialise(again[1]) == (web_build / DISPLAY_DATA).read_bytes()


@pytest.mark.skipif(NODE is None, reason="node is not installed")
def test_no_published_service_gives_an_empty_index_lunr_js_loads(tmp_path):
    catalogue = load_catalogue(ROOT / "content", languages=SAMPLE_LANGUAGES)
    catalogue.published = []
    index, display = documents.build(catalogue, czech_site(catalogue))
    assert display == []
    path = tmp_path / "index.json"
    path.write_bytes(serialise(index))
    result = subprocess.run([NODE, str(CLI), str(path)], input=json.dumps(["dluhy", "pecov", ""]),
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0 and not result.stderr, result.stderr
    assert json.loads(result.stdout) == [[], [], []]
