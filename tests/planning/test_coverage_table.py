"""The coverage figures: data/coverage.csv against counts worked out here from the source files themselves."""
from __future__ import annotations

import csv
import subprocess
import sys

import pytest
import yaml

from katalog.coverage import Coverage
from katalog.loader import load_catalogue
from katalog.taxonomy import KINDS
from site_tools import CONTENT, ROOT


def _sources(content):
    region = yaml.safe_load((content / "region.yaml").read_text(encoding="utf-8"))["municipalities"]
    services = [yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted((content / "services").glob("*.yaml"))]
    return region, [service for service in services if service["status"] != "inactive"]


def expected_rows(content) -> dict[tuple[str, str], tuple[int, int, float | None]]:
    """(municipality, kind) -> (services serving it, services based there, services per 1,000 inhabitants)."""
    region, services = _sources(content)
    rows = {}
    for key, municipality in region.items():
        places = {municipality["name"], *municipality.get("parts", [])}
        for kind in KINDS:
            of_kind = [service for service in services if service["kind"] == kind]
            serving = [service for service in of_kind if service["area"] == "all" or key in service["area"]]
            based = [service for service in of_kind
                     if any(location["city"] in places for location in service.get("locations", []))]
            population = municipality.get("population")
            rows[key, kind] = (len(serving), len(based), len(serving) * 1000 / population if population else None)
    return rows


def test_coverage_csv_has_every_municipality_and_kind_with_the_counts_of_the_sources(web_build):
    with open(web_build / "data" / "coverage.csv", encoding="utf-8", newline="") as file:
        reader = csv.DictReader(file)
        assert reader.fieldnames == ["municipality", "kind", "services", "based_here", "per_1000"]
        written = {(row["municipality"], row["kind"]): row for row in reader}
    expected = expected_rows(CONTENT)
    assert set(written) == set(expected)
    assert len(written) == 20 * len(KINDS)
    for place, (services, based, per_1000) in expected.items():
        row = written[place]
        assert (int(row["services"]), int(row["based_here"])) == (services, based), place
        if per_1000 is None:
            assert row["per_1000"] == "", place
        else:
            assert float(row["per_1000"]) == pytest.approx(per_1000, abs=0.001), place
    # The sample has gaps and services based in a village, or the comparison would prove little.
    assert any(services == 0 for services, _, _ in expected.values())
    assert expected["velky-bor", "socialne-aktivizacni-sluzby-pro-seniory-a-osoby-se-zdravotnim-postizenim"][1] == 1


def _set_city(path, old, new):
    path.write_text(path.read_text(encoding="utf-8").replace(f"city: {old}", f"city: {new}"), encoding="utf-8")


def test_based_there_includes_local_parts_closed_services_count_and_inactive_ones_do_not(scratch_content):
    services = scratch_content / "services"
    _set_city(services / "pecovatelska-sluzba-zichovice.yaml", "Žichovice", "Zářečí")  # a part of Horažďovice
    text = (services / "pecovatelska-sluzba-horazdovice.yaml").read_text(encoding="utf-8")
    (services / "pecovatelska-sluzba-horazdovice.yaml").write_text(
        text.replace("status: active", "status: inactive"), encoding="utf-8")
    region = scratch_content / "region.yaml"
    region.write_text(region.read_text(encoding="utf-8").replace("    population: 170\n", ""), encoding="utf-8")
    coverage = Coverage(load_catalogue(scratch_content))
    care = coverage.cell("horazdovice", "pecovatelska-sluzba")
    assert [service.key for service in care.based_here] == ["pecovatelska-sluzba-zichovice"]
    assert "pecovatelska-sluzba-horazdovice" not in [service.key for service in care.services]
    closed = coverage.cell("velky-bor", "socialne-aktivizacni-sluzby-pro-seniory-a-osoby-se-zdravotnim-postizenim")
    assert [service.status for service in closed.services] == ["temporarily-closed"]
    assert coverage.cell("hejna", "pecovatelska-sluzba").per_1000 is None  # Hejná has no population now
    for place, (services_count, based, _) in expected_rows(scratch_content).items():
        cell = coverage.cell(*place)
        assert (len(cell.services), len(cell.based_here)) == (services_count, based), place


def test_capacity_per_1000_shares_a_service_among_the_population_it_covers():
    catalogue = load_catalogue(CONTENT)
    coverage = Coverage(catalogue)
    home = catalogue.services["domov-pro-seniory-otava"]
    area_population = sum(catalogue.region.municipalities[key].population for key in home.municipalities)
    beds = sum(item.count for item in home.capacity if item.unit == "luzka")
    cell = coverage.cell("hejna", home.kind)
    assert cell.capacity_per_1000["luzka"] == pytest.approx(beds * 1000 / area_population)


def test_report_coverage_prints_the_gaps_as_markdown():
    result = subprocess.run([sys.executable, "-m", "katalog.cli", "report", "--coverage", "--content", str(CONTENT)],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("# ")
    assert "- **Nízkoprahová zařízení pro děti a mládež** chybí v obcích: Břežany, Buršice" in result.stdout
    assert "## Druhy služeb, které v regionu chybí úplně" in result.stdout
