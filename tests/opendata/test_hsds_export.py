"""The built site's data/hsds/: valid HSDS 3.0 (official schemas, frictionless), stable ids, plain text."""
from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from hsds_tools import HSDS, read_export, schema_errors
from katalog.loader import load_catalogue
from katalog.settings import KatalogSettings
from site_tools import CONTENT, run_pelican

FRICTIONLESS = Path(sys.executable).with_name("frictionless")
OFFICIAL_PATHS = {resource["path"] for resource in json.loads(
    (Path(__file__).resolve().parents[2] / "plugins/katalog/opendata/hsds-3.0/datapackage.json")
    .read_text(encoding="utf-8"))["resources"]}


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue(CONTENT)


def _by_name(services: list[dict], name: str) -> dict:
    return next(service for service in services if service["name"] == name)


def _terms(service: dict, link_type: str) -> list[str]:
    return [a["taxonomy_term"]["code"].split("/", 1)[1] for a in service["attributes"] if a["link_type"] == link_type]


def test_every_published_service_and_organization_validates_against_the_official_schemas(web_build, catalogue):
    services = read_export(web_build)
    organizations = read_export(web_build, "organizations.json")
    assert len(services) == len(catalogue.published) > 40
    assert {s["name"] for s in services} == {s.name for s in catalogue.published}
    assert len(organizations) == len({s.provider.key for s in catalogue.published})
    assert schema_errors("service.json", services) == []
    assert schema_errors("organization.json", organizations) == []
    # The nested organization of each service is the same object as in organizations.json.
    by_id = {org["id"]: org for org in organizations}
    assert all(by_id[s["organization"]["id"]] == s["organization"] for s in services)


def test_the_format_checker_really_rejects_a_bad_uuid_and_uri(web_build):
    service = read_export(web_build)[0]
    broken = {**service, "id": "not-a-uuid", "url": "no scheme here"}
    errors = schema_errors("service.json", [broken])
    assert any("is not a 'uuid'" in error for error in errors)
    assert any("is not a 'uri'" in error for error in errors)


def test_the_tabular_data_package_is_valid_and_describes_exactly_its_files(web_build):
    folder = web_build / HSDS
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    described = {resource["path"] for resource in descriptor["resources"]}
    assert described == {path.name for path in folder.glob("*.csv")}
    assert described <= OFFICIAL_PATHS
    assert descriptor["licenses"] == [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0 International",
                                       "path": "https://creativecommons.org/licenses/by/4.0/"}]
    result = subprocess.run([str(FRICTIONLESS), "validate", "--json", "datapackage.json"], cwd=folder,
                            capture_output=True, text=True, timeout=600)
    report = json.loads(result.stdout)
    assert report["valid"], [task["errors"][:3] for task in report["tasks"] if not task["valid"]]
    assert result.returncode == 0
    with (folder / "services.csv").open(encoding="utf-8", newline="") as rows:
        assert len(list(csv.DictReader(rows))) == len(read_export(web_build))


def test_ids_stay_the_same_from_build_to_build_and_areas_carry_the_municipality_code(web_build, scratch_content,
                                                                                      tmp_path):
    # The sample gives Horažďovice its code (the contract's value), so its area carries it.
    assert 'code: "556394"' in (scratch_content / "region.yaml").read_text(encoding="utf-8")
    again = tmp_path / "again"
    result = run_pelican(scratch_content, again, "-e", "KATALOG_PDF=false")
    assert result.returncode == 0, result.stderr
    first, second = read_export(web_build), read_export(again)
    assert [service["id"] for service in second] == [service["id"] for service in first]
    assert len({service["id"] for service in first}) == len(first)
    for path in sorted((web_build / HSDS).glob("*.csv")):
        if path.name != "service_areas.csv":
            assert (again / HSDS / path.name).read_bytes() == path.read_bytes(), path.name
    areas = {area["name"]: area.get("uri") for area in _by_name(second, "Dluhová poradna Horažďovice")["service_areas"]}
    assert areas["Horažďovice"] == "https://linked.cuzk.cz/resource/ruian/obec/556394"
    assert areas["Hejná"] is None


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def test_texts_are_plain_text_without_html_or_markdown(web_build):
    texts = list(_strings(read_export(web_build)))
    markup = [t for t in texts if re.search(r"<[a-zA-Z/!]|\*\*|\]\(|^#+ |^[-*] |&[a-z]+;", t, re.MULTILINE)]
    assert markup == []
    debts = _by_name(read_export(web_build), "Dluhová poradna Horažďovice")
    assert "S čím pomůžeme" in debts["description"]
    assert "• sestavení rozpočtu domácnosti" in debts["description"]


def test_a_service_carries_what_its_page_says(web_build):
    services = read_export(web_build)
    debts = _by_name(services, "Dluhová poradna Horažďovice")
    assert debts["status"] == "active"
    assert debts["url"] == "https://www.mesto-horazdovice.example/socialni-sluzby/sluzby/dluhova-poradna-horazdovice/"
    assert debts["minimum_age"] == 18 and "maximum_age" not in debts
    assert debts["licenses"].endswith("7654321")
    kind = next(a for a in debts["attributes"] if a["link_type"] == "kind")
    assert kind["value"] == "§ 37 zákona č. 108/2006 Sb."
    assert kind["taxonomy_term"]["name"] == "Odborné sociální poradenství"
    assert _terms(debts, "life_situation") == ["dluhy", "chudoba"]
    assert _terms(debts, "target_group") == ["osoby-v-krizi", "rodiny-s-detmi", "seniori"]
    assert _terms(debts, "cost") == ["free"]
    assert [p["number"] for p in debts["phones"]] == ["+420 376 000 111"]
    assert {area["name"] for area in debts["service_areas"]} == {"Horažďovice", "Hejná", "Velký Bor"}
    place = debts["service_at_locations"][0]
    assert place["location"]["addresses"][0]["postal_code"] == "341 01"
    assert place["location"]["accessibility"][0]["details"] == "Bezbariérový přístup."
    assert [(s["byday"], s["opens_at"], s["closes_at"]) for s in place["schedules"]][:2] == [
        ("MO,WE", "08:00:00", "12:00:00"), ("MO,WE", "13:00:00", "17:00:00")]
    assert {language["code"] for language in debts["languages"]} == {"cs", "uk"}


def test_statuses_are_mapped_and_inactive_services_are_left_out(web_build, catalogue):
    exported = {s["name"]: s["status"] for s in read_export(web_build)}
    for service in catalogue.services.values():
        expected = {"active": "active", "temporarily-closed": "temporarily closed", "inactive": None}[service.status]
        assert exported.get(service.name) == expected, service.key


def test_the_footer_links_the_open_data(web_build):
    home = (web_build / "index.html").read_text(encoding="utf-8")
    assert 'href="./data/hsds/datapackage.json">Otevřená data</a>' in home
    about = (web_build / "o-katalogu" / "index.html").read_text(encoding="utf-8")
    assert "data/hsds/datapackage.json" in about and "CC BY 4.0" in about


def test_the_data_licence_is_a_setting_with_known_values():
    assert KatalogSettings(data_licence="CC0-1.0").data_licence_entry()["name"] == "CC0-1.0"
    with pytest.raises(ValidationError, match="data_licence"):
        KatalogSettings(data_licence="všechna práva vyhrazena")


def test_the_contract_region_with_codes_and_population_validates(scratch_content):
    contract = Path(__file__).resolve().parents[1] / "contract" / "region-planning.yaml"
    (scratch_content / "region.yaml").write_text(contract.read_text(encoding="utf-8"), encoding="utf-8")
    shutil.rmtree(scratch_content / "stories")  # they name services and villages this test removes
    for service in (scratch_content / "services").glob("*.yaml"):  # the contract's region has 3 municipalities
        service.unlink()
    (scratch_content / "leaflets.yaml").unlink()
    region = load_catalogue(scratch_content).region
    assert region.municipalities["horazdovice"].code == "556394"
    assert region.municipalities["horazdovice"].population == 5200
