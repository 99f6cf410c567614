"""`katalog import hsds`: an export comes back as files that validate, nothing is overwritten, gaps are listed."""
from __future__ import annotations

import json

from hsds_tools import HSDS, empty_content, read_export, run_katalog
from site_tools import run_pelican


def test_export_import_export_gives_the_same_data(web_build, tmp_path):
    content = empty_content(tmp_path / "content")
    result = run_katalog("import", "hsds", str(web_build / HSDS / "services.json"), "--content", str(content))
    assert result.returncode == 0, result.stdout + result.stderr
    exported = read_export(web_build)
    assert f"created: {len(exported)}" in result.stdout and "values not mapped: 0" in result.stdout
    validate = run_katalog("validate", str(content))
    assert validate.returncode == 0 and "unreviewed" not in validate.stderr, validate.stderr
    build = run_pelican(content, tmp_path / "again", "-e", "KATALOG_PDF=false")
    assert build.returncode == 0, build.stderr
    assert read_export(tmp_path / "again") == exported
    assert read_export(tmp_path / "again", "organizations.json") == read_export(web_build, "organizations.json")


def test_an_import_never_overwrites_a_file(web_build, tmp_path):
    content = empty_content(tmp_path / "content")
    export = str(web_build / HSDS / "services.json")
    assert run_katalog("import", "hsds", export, "--content", str(content)).returncode == 0
    edited = content / "services" / "dluhova-poradna-horazdovice.yaml"
    edited.write_text(edited.read_text(encoding="utf-8").replace("Dluhová poradna", "Naše dluhová poradna"),
                      encoding="utf-8")
    before = {path: path.read_bytes() for path in content.rglob("*.yaml")}
    again = run_katalog("import", "hsds", export, "--content", str(content))
    assert again.returncode == 0, again.stderr
    assert "created: 0" in again.stdout and f"already present: {len(read_export(web_build))}" in again.stdout
    assert {path: path.read_bytes() for path in content.rglob("*.yaml")} == before


OTHER_SYSTEM = [{
    "id": "3f1e0c55-9c1a-4d6e-8a43-1b2c3d4e5f60",
    "name": "Food bank <b>Otava</b>",
    "status": "active",
    "description": "Potraviny pro rodiny v nouzi.\n\nVýdej každou středu.",
    "url": "otava-food.example",
    "phones": [{"id": "a1", "number": "376 000 300"}, {"id": "a2", "number": "call us"}],
    "languages": [{"id": "b1", "name": "Klingon", "code": "tlh"}, {"id": "b2", "name": "čeština", "code": "cs"}],
    "service_areas": [{"id": "c1", "name": "Hejná"}, {"id": "c2", "name": "Praha"}],
    "fees_description": "Zdarma.",
    "organization": {"id": "d1", "name": "Potravinová pomoc Otava, z. s.", "description": "Spolek.",
                     "organization_identifiers": [{"id": "e1", "identifier_scheme": "CZ-ICO",
                                                   "identifier_type": "IČO", "identifier": "12345678"}]},
}]


def test_values_another_system_gives_that_cannot_be_mapped_are_listed_with_the_service(tmp_path):
    content = empty_content(tmp_path / "content")
    source = tmp_path / "other.json"
    source.write_text(json.dumps(OTHER_SYSTEM), encoding="utf-8")
    result = run_katalog("import", "hsds", str(source), "--content", str(content))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    expected = ["phone 'call us' is not a phone number", "language 'Klingon' is not in katalog's list",
                "service area 'Praha' is no municipality of region.yaml", "IČO '12345678'",
                "no kind in the data; written as zakladni-socialni-poradenstvi",
                "no life situations in the data", "no target groups in the data", "no assured date"]
    for message in expected:
        assert any(line.startswith("  Food bank <b>Otava</b>: ") and message in line for line in lines), message
    service = (content / "services" / "food-bank-b-otava-b.yaml").read_text(encoding="utf-8")
    assert "area: [hejna]" in service and "+420 376 000 300" in service and "cost: free" in service
    assert "unreviewed: [kind, life_situations, target_groups, forms, verified]" in service
    assert "web: https://otava-food.example" in service
    validate = run_katalog("validate", str(content))
    assert validate.returncode == 0, validate.stderr
    assert "filled with import defaults and not yet reviewed" in validate.stderr


def test_wrong_usage_exits_2(tmp_path):
    missing = run_katalog("import", "hsds", str(tmp_path / "none.json"), "--content", str(empty_content(tmp_path / "c")))
    assert missing.returncode == 2 and "none.json" in missing.stderr
    no_region = run_katalog("import", "hsds", str(tmp_path / "none.json"), "--content", str(tmp_path))
    assert no_region.returncode == 2 and "region.yaml" in no_region.stderr
