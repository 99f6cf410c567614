"""`katalog import registry`: the region's registrations from a registry file in the real shape, with its traps."""
from __future__ import annotations

import json

import pytest
import yaml

from hsds_tools import run_katalog

HORAZDOVICE, HEJNA, PRAHA = "556394", "556637", "554782"
PERSON = "Jana Nováková"


def _facility(name, obec, code=11867906, street="Nemocniční", ended=None):
    address = {"cisloDomovni": 272, "cisloOrientacni": "5", "psc": "34101", "kraj": {"id": "Kraj/43"},
               "okres": {"id": "Okres/3404"}, "obec": {"id": f"Obec/{obec}"}, "castObce": {"id": "CastObce/1"},
               "ulice": {"nazev": street}}
    if code:
        address["kodAdresnihoMista"] = code
    return {"nazev": name, "poskytujeOd": "2010-01-01", "poskytujeDo": ended, "adresa": address,
            "vedouci": {"jmeno": PERSON}}


def _provider(ico, name):
    return {"ico": ico, "nazev": name, "dic": f"CZ{ico}", "adresa": {"obec": {"id": f"Obec/{HORAZDOVICE}"}},
            "emaily": [{"email": "info@domov-otava.example", "poznamka": None}],
            "telefony": [{"telefon": "376 51 2345", "poznamka": None}],
            "weby": [{"web": "www.domov-otava.example", "poznamka": None}],
            "statutarniOrgany": [{"jmeno": PERSON, "funkce": "ředitelka"}]}


def _service(identifier, kind, facilities, forms, provider, ended=None, groups=(24,), **extra):
    return {"portalId": 1, "id": f"x{identifier}", "identifikator": identifier, "datumPoskytovaniOd": "2010-01-01",
            "datumPoskytovaniDo": ended, "kontaktniAdresy": [], "druhSocialniSluzby": {"id": f"DruhSocialniSluzby/{kind}"},
            "zarizeni": facilities, "poskytovatel": provider, "emaily": [], "telefony": [], "faxy": [], "weby": [],
            "ciloveSkupiny": [{"cilovaSkupina": {"id": f"CilovaSkupinaOsoby/{g}"}} for g in groups],
            "vekoveSkupiny": [], "doplnujiciInformaceVekoveSkupiny": None, "formy": forms,
            "rozsirenePusobnostiVKraji": [],
            "doplnkoveUdaje": {"odkaz": "https://www.mpsv.cz/documents/20142/registrace.pdf"}, **extra}


def _form(form, count=None, unit=None):
    return {"forma": {"id": f"FormaSocialniSluzby/{form}"}, "nepretrzitePoskytovani": form == "pob",
            "casoveRozsahy": None,
            "kapacity": [{"pocet": count, "popis": "…", "typ": {"id": f"TypKapacitySocialniSluzby/{unit}"}}] if count else []}


LEADING_ZERO = _provider("00255661", "Domov Otava, příspěvková organizace")
REGISTRY = {"polozky": [
    # In the region, with its facility twice and one in Prague; contacts only on the provider.
    _service("1000001", 13, [_facility("Domov pro seniory Otava", HORAZDOVICE),
                             _facility("Domov pro seniory Otava", HORAZDOVICE),
                             _facility("Domov Praha", PRAHA, code=22)],
             [_form("pob", 32, "luzka"), _form("amb", 10, "klient")], LEADING_ZERO, groups=(24, 30)),
    # The same provider again, a facility without an address code, its own phone and web.
    _service("1000002", 7, [_facility("Poradna Hejná", HEJNA, code=None, street="Hejná")], [_form("amb")],
             LEADING_ZERO, telefony=[{"telefon": "376000222", "poznamka": None}],
             weby=[{"web": "poradna-hejna.example", "poznamka": None}]),
    _service("1000003", 13, [_facility("Skončený domov", HORAZDOVICE)], [_form("pob", 5, "luzka")],
             LEADING_ZERO, ended="2020-01-31"),
    _service("1000004", 13, [_facility("Domov v Praze", PRAHA)], [_form("pob", 50, "luzka")],
             _provider("00255670", "Pražský domov")),
    # Already in the sample catalogue (dluhova-poradna-horazdovice), with only one of its two forms.
    _service("7654321", 7, [_facility("Dluhová poradna", HORAZDOVICE)], [_form("amb")], LEADING_ZERO),
    # In the catalogue as active, ended in the registry.
    _service("4745328", 15, [_facility("Domov se zvláštním režimem", HORAZDOVICE)], [_form("pob")], LEADING_ZERO,
             ended="2024-06-30"),
]}
CODE_LISTS = {
    "druhy-socialni-sluzby.json": [(7, "odborné sociální poradenství"), (13, "domovy pro seniory"),
                                   (15, "domovy se zvláštním režimem")],
    "cilove-skupiny-osoby.json": [(24, "senioři"), (30, "osoby žijící s demencí")],
}
PREFIX = {"druhy-socialni-sluzby.json": "DruhSocialniSluzby", "cilove-skupiny-osoby.json": "CilovaSkupinaOsoby"}


@pytest.fixture
def registry_file(tmp_path):
    folder = tmp_path / "registry"
    folder.mkdir()
    path = folder / "rpss.json"
    path.write_text(json.dumps(REGISTRY, ensure_ascii=False), encoding="utf-8")
    for file, items in CODE_LISTS.items():
        (folder / file).write_text(json.dumps({"polozky": [{"id": f"{PREFIX[file]}/{n}", "nazev": {"cs": name}}
                                                          for n, name in items]}, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def coded_content(scratch_content):
    region = scratch_content / "region.yaml"
    text = region.read_text(encoding="utf-8")
    # The sample gives Horažďovice its code already (the contract's value); Hejná gets one here.
    assert f'code: "{HORAZDOVICE}"' in text
    text = text.replace("    name: Hejná\n", f'    name: Hejná\n    code: "{HEJNA}"\n')
    region.write_text(text, encoding="utf-8")
    return scratch_content


def _new_files(content, before):
    return {path: path.read_text(encoding="utf-8") for path in content.rglob("*.yaml") if path not in before}


def test_the_regions_registrations_become_files_that_validate(registry_file, coded_content):
    before = {path: path.read_bytes() for path in coded_content.rglob("*.yaml")}
    result = run_katalog("import", "registry", str(registry_file), "--content", str(coded_content))
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "created: 2" in out and "already present: 2" in out and "ended: 1" in out and "outside the region: 1" in out
    assert "Domov pro seniory Otava: target group 'osoby žijící s demencí' has no katalog key" in out
    new = _new_files(coded_content, before)
    assert {path.name for path in new} == {"domov-pro-seniory-otava-2.yaml", "poradna-hejna.yaml",
                                           "domov-otava-prispevkova-organizace.yaml"}
    assert all(path.read_bytes() == data for path, data in before.items()), "an existing file was changed"
    provider = yaml.safe_load(new[coded_content / "providers" / "domov-otava-prispevkova-organizace.yaml"])
    assert provider == {"name": "Domov Otava, příspěvková organizace", "ico": "00255661",
                        "website": "https://www.domov-otava.example", "email": "info@domov-otava.example",
                        "phone": "+420 376 512 345"}
    home = yaml.safe_load(new[coded_content / "services" / "domov-pro-seniory-otava-2.yaml"])
    assert home["kind"] == "domovy-pro-seniory" and home["registry_id"] == "1000001"
    assert home["forms"] == ["pobytova", "ambulantni"] and home["area"] == ["horazdovice"]
    assert home["capacity"] == [{"form": "pobytova", "count": 32, "unit": "luzka"},
                                {"form": "ambulantni", "count": 10, "unit": "klienti"}]
    assert len(home["locations"]) == 1 and home["locations"][0]["postcode"] == "341 01"
    assert home["contacts"]["web"] == "https://www.domov-otava.example"  # the provider's, never the ministry's
    assert home["unreviewed"] == ["summary", "life_situations", "cost", "verified"]
    advice = yaml.safe_load(new[coded_content / "services" / "poradna-hejna.yaml"])
    assert advice["provider"] == "domov-otava-prispevkova-organizace"
    assert advice["contacts"] == {"phones": [{"number": "+420 376 000 222"}], "web": "https://poradna-hejna.example",
                                  "emails": ["info@domov-otava.example"]}
    assert all(PERSON not in text and "mpsv.cz" not in text for text in new.values())
    validate = run_katalog("validate", str(coded_content))
    assert validate.returncode == 0, validate.stderr
    assert "filled with import defaults and not yet reviewed" in validate.stderr


def test_check_reports_the_differences_and_writes_nothing(registry_file, coded_content):
    before = {path: path.read_bytes() for path in coded_content.rglob("*") if path.is_file()}
    result = run_katalog("import", "registry", str(registry_file), "--content", str(coded_content), "--check")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "missing here: 1000001 Domov pro seniory Otava (domovy pro seniory)" in lines
    assert "missing here: 1000002 Poradna Hejná (odborné sociální poradenství)" in lines
    assert any("domov-se-zvlastnim-rezimem-otava.yaml: ended in the registry on 2024-06-30 but active here" in line
               for line in lines)
    assert any("dluhova-poradna-horazdovice.yaml: forms are ambulantni in the registry, ambulantni, terenni here"
               in line for line in lines)
    assert not any("1000003" in line or "1000004" in line for line in lines)
    assert {path: path.read_bytes() for path in coded_content.rglob("*") if path.is_file()} == before


def test_a_region_extends_the_mapping_and_an_unknown_kind_is_reported(registry_file, coded_content):
    (coded_content / "registry-mapping.yaml").write_text('target_groups:\n  "osoby žijící s demencí": seniori\n',
                                                         encoding="utf-8")
    kinds = registry_file.parent / "druhy-socialni-sluzby.json"
    kinds.write_text(kinds.read_text(encoding="utf-8").replace("odborné sociální poradenství", "jiná služba"),
                     encoding="utf-8")
    result = run_katalog("import", "registry", str(registry_file), "--content", str(coded_content))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "osoby žijící s demencí" not in result.stdout
    assert "Poradna Hejná: kind 'jiná služba' is not in the mapping" in result.stdout
    assert "created: 1" in result.stdout


def test_a_region_without_codes_or_a_missing_file_is_wrong_usage(registry_file, scratch_content, tmp_path):
    region = scratch_content / "region.yaml"
    region.write_text("".join(line for line in region.read_text(encoding="utf-8").splitlines(keepends=True)
                              if not line.strip().startswith("code:")), encoding="utf-8")
    no_codes = run_katalog("import", "registry", str(registry_file), "--content", str(scratch_content))
    assert no_codes.returncode == 2 and "code" in no_codes.stderr
    missing = run_katalog("import", "registry", str(tmp_path / "none.json"), "--content", str(scratch_content))
    assert missing.returncode == 2 and "none.json" in missing.stderr
