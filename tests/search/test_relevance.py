"""Queries as people type them, against the built indexes of the sample content, run by lunr.js: the right
services come among the first three (tests/search/relevance_queries.txt), and a closed one comes last."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

CLI = Path(__file__).with_name("search_cli.js")
QUERIES = Path(__file__).with_name("relevance_queries.txt")
NODE = shutil.which("node")
pytestmark = pytest.mark.skipif(NODE is None, reason="node is not installed")
TOP = 3


def read_queries(path: Path = QUERIES) -> list[tuple[str, str, list[tuple[str, ...]]]]:
    """(site language, query, the services that must be in the top three: each a tuple of which any will do)."""
    queries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip() and not line.startswith("#"):
            code, query, wanted = (part.strip() for part in line.split("|"))
            assert code and query and wanted, f"{path.name}:{number}: want 'language | query | services'"
            queries.append((code, query, [tuple(choice.split("/")) for choice in wanted.split()]))
    return queries


def site_folder(build: Path, code: str) -> Path:
    return build if code == "cs" else build / code


def run_queries(build: Path, code: str, queries: list[str]) -> list[list[str]]:
    """The ranked service keys of each query on the site of `code`, as its search page orders them."""
    folder = site_folder(build, code) / "search"
    services = json.loads((folder / "services.json").read_text(encoding="utf-8"))
    result = subprocess.run([NODE, str(CLI), str(folder / "index.json"), code, str(folder / "services.json")],
                            input=json.dumps(queries), capture_output=True, text=True, encoding="utf-8",
                            timeout=120, check=False)
    assert result.returncode == 0 and not result.stderr, result.stderr
    return [[services[int(ref)]["url"].split("/")[1] for ref in refs] for refs in json.loads(result.stdout)]


@pytest.fixture(scope="module")
def ranked(web_build):
    return lambda *queries, code="cs": run_queries(web_build, code, list(queries))


def test_there_are_enough_queries_in_each_language():
    codes = [code for code, _, _ in read_queries()]
    assert len(codes) >= 80 and codes.count("uk") >= 5 and codes.count("en") >= 5


@pytest.mark.parametrize("code", ["cs", "uk", "en"])
def test_realistic_queries_find_the_right_services_in_the_top_three(ranked, code):
    queries = [(query, wanted) for language, query, wanted in read_queries() if language == code]
    results = ranked(*(query for query, _ in queries), code=code)
    misses = [f"{query!r}: wanted {' and '.join('/'.join(choice) for choice in wanted)} in the top {TOP}, "
              f"got {found[:5]}"
              for (query, wanted), found in zip(queries, results)
              if not all(set(choice) & set(found[:TOP]) for choice in wanted)]
    assert not misses, "\n".join(misses)


@pytest.mark.parametrize("query, first", [
    ("pecovatelska sluzba", "pecovatelska-sluzba"), ("nocleharna", "nocleharna-horazdovice"),
    ("nemam kde spat", "nocleharna-horazdovice"), ("mne bije manzel", "intervencni-centrum-plzen"),
    ("exekuse", "dluhova-poradna-horazdovice"), ("Zářečí byty", "obecni-byty-horazdovice"),
])
def test_the_clearest_queries_put_the_service_first(ranked, query, first):
    [found] = ranked(query)
    assert found and found[0].startswith(first), found[:5]


def test_a_typo_is_forgiven_only_when_the_word_as_typed_finds_little(ranked):
    typo, exact, short = ranked("exekuse", "senior", "dlh")
    assert "dluhova-poradna-horazdovice" in typo
    # "senior" finds plenty as typed, so nothing one letter away ("senioř…") is added to it;
    # "dlh" is too short to hold a typo one can tell from another word.
    assert exact == ranked("senior")[0] and short == []


def test_a_temporarily_closed_service_comes_last(ranked, web_build):
    services = json.loads((web_build / "search" / "services.json").read_text(encoding="utf-8"))
    closed = {service["url"].split("/")[1] for service in services if service.get("closed")}
    assert {"klub-senioru-velky-bor", "nizkoprahove-denni-centrum"} <= closed
    seniors, homeless = ranked("Velký Bor senioři", "bezdomovec")
    for found, key in ((seniors, "klub-senioru-velky-bor"), (homeless, "nizkoprahove-denni-centrum")):
        assert key in found and len(found) > 1
        assert all(other in closed for other in found[found.index(key):]), found


def _serves(service: dict, municipality: str) -> bool:
    return service["region"] or municipality in service["obec"]


@pytest.fixture(scope="module")
def services(web_build) -> list[dict]:
    return json.loads((web_build / "search" / "services.json").read_text(encoding="utf-8"))


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
