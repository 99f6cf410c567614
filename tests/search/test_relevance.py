"""Realistic queries against the built index of the sample content, run by lunr.js: the right service comes first."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

CLI = Path(__file__).with_name("search_cli.js")
NODE = shutil.which("node")
pytestmark = pytest.mark.skipif(NODE is None, reason="node is not installed")

PECOVATELSKE = ("pecovatelska-sluzba-horazdovice", "pecovatelska-sluzba-zichovice")
CRISIS_LINES = ("linka-prvni-psychicke-pomoci", "linka-bezpeci", "linka-pro-rodinu-a-skolu",
                "linka-pomoci-obetem-kriminality", "senior-telefon")

# (what people type, the services any of which will do, the rank at which one must appear at the latest)
QUERIES = [
    ("pecovatelska sluzba", PECOVATELSKE, 1),
    ("Pečovatelská služba Žichovice", ("pecovatelska-sluzba-zichovice",), 1),
    ("pecov", PECOVATELSKE, 1),
    ("pecovatelka", ("pecovatelska-sluzba-horazdovice",), 3),
    ("obedy pro seniory", PECOVATELSKE, 2),
    ("obedu", PECOVATELSKE, 2),
    ("seniorum", ("domov-pro-seniory-otava",), 3),
    ("exekuce", ("dluhova-poradna-horazdovice",), 3),
    ("Hejná dluhy", ("dluhova-poradna-horazdovice",), 1),
    ("dluhy obec Hejná", ("dluhova-poradna-horazdovice",), 1),
    ("linka duvery", CRISIS_LINES, 1),
    ("sebevrazda", ("linka-prvni-psychicke-pomoci", "krizova-pomoc-klatovy"), 3),
    ("domaci nasili", ("intervencni-centrum-plzen",), 3),
    ("bezdomovec", ("nocleharna-horazdovice",), 3),
    ("nocleharna", ("nocleharna-horazdovice",), 1),
    ("drogy", ("kontaktni-centrum-klatovy",), 3),
    ("alkohol", ("doleceni-po-lecbe-zavislosti",), 3),
    ("ukrajinsky", ("poradna-pro-cizince",), 3),
    ("osobni asistence", ("osobni-asistence",), 1),
    ("hospic", ("domaci-hospicova-pece",), 1),
    ("azylovy dum", ("azylovy-dum-pro-matky-s-detmi",), 1),
    ("invalidni vozik", ("pujcovna-kompenzacnich-pomucek",), 3),
    ("demence", ("domov-se-zvlastnim-rezimem-otava",), 3),
    ("urad prace", ("urad-prace-horazdovice",), 1),
    ("jidlo", ("vydejna-potravin",), 3),
    ("rozvod", ("rodinna-poradna-pampeliska",), 3),
    ("neslysici", ("tlumocnicke-sluzby",), 3),
    ("Velký Bor senioři", ("klub-senioru-velky-bor",), 2),
    ("Zářečí byty", ("obecni-byty-horazdovice",), 1),
]


@pytest.fixture(scope="module")
def services(web_build) -> list[dict]:
    return json.loads((web_build / "search" / "services.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def ranked(web_build, services):
    """Runs queries through katalogCzech.search in Node; returns the ranked service keys of each."""
    def run(*queries: str) -> list[list[str]]:
        result = subprocess.run([NODE, str(CLI), str(web_build / "search" / "index.json")],
                                input=json.dumps(queries), capture_output=True, text=True, encoding="utf-8",
                                timeout=60, check=False)
        assert result.returncode == 0 and not result.stderr, result.stderr
        return [[services[int(ref)]["url"].split("/")[1] for ref in refs] for refs in json.loads(result.stdout)]
    return run


def test_realistic_queries_find_the_right_service(ranked):
    results = ranked(*(query for query, _, _ in QUERIES))
    misses = []
    for (query, wanted, within), found in zip(QUERIES, results):
        ranks = [found.index(key) + 1 for key in wanted if key in found]
        if not ranks or min(ranks) > within:
            misses.append(f"{query!r}: wanted one of {wanted} within {within}, got {found[:5]}")
    assert not misses, "\n".join(misses)


def _serves(service: dict, municipality: str) -> bool:
    return service["region"] or municipality in service["obec"]


def test_a_local_part_finds_the_services_of_its_municipality(ranked, services):
    [found] = ranked("Zářečí")
    by_key = {service["url"].split("/")[1]: service for service in services}
    assert found and all(_serves(by_key[key], "horazdovice") for key in found)
    assert len(found) == sum(_serves(service, "horazdovice") for service in services)
    # The services that name Horažďovice come before those that serve the whole region.
    assert not by_key[found[0]]["region"]


def test_every_word_is_required_while_some_service_has_them_all(ranked, services):
    [found] = ranked("Hejná dluhy")
    by_key = {service["url"].split("/")[1]: service for service in services}
    assert found and all(_serves(by_key[key], "hejna") for key in found)
    assert "dluhova-poradna-horazdovice" in found
