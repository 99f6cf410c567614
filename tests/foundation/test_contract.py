"""The source format is fixed by the contract examples: they validate unchanged, and the sample contains them."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from katalog.loader import load_catalogue

ROOT = Path(__file__).resolve().parents[2]
CONTRACT = ROOT / "tests" / "contract"
CONTENT = ROOT / "content"

# Where each contract example stands in a content folder.
PLACES = {
    "region.yaml": "region.yaml",
    "leaflets.yaml": "leaflets.yaml",
    "provider.yaml": "providers/poradna-pro-obcany.yaml",
    "service.yaml": "services/dluhova-poradna-horazdovice.yaml",
    "related-service.yaml": "services/socialni-pracovnice-mesta.yaml",
    "helpline.yaml": "services/linka-prvni-psychicke-pomoci.yaml",
    "translated-service.yaml": "services/poradna-pro-cizince.yaml",
}
# The contract's translated service speaks the languages of the sample site.
LANGUAGES = ("cs", "uk", "en")


# The contract's optional municipality fields (region-planning.yaml): the sample region may add them.
PLANNING_FIELDS = ("code", "population")


def test_contract_copy_matches_shared_when_present():
    shared = ROOT.parent / "shared" / "contract"
    if not shared.is_dir():
        pytest.skip("../shared is not beside this checkout")
    for name in (*PLACES, "region-planning.yaml", "story.md"):
        assert (CONTRACT / name).read_bytes() == (shared / name).read_bytes(), name


def test_contract_files_validate_unchanged(tmp_path):
    content = tmp_path / "content"
    for name, place in PLACES.items():
        (content / place).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(CONTRACT / name, content / place)
    for provider in ("mesto-horazdovice", "narodni-linky"):
        shutil.copy(CONTENT / "providers" / f"{provider}.yaml", content / "providers")
    catalogue = load_catalogue(content, languages=LANGUAGES)
    assert sorted(catalogue.services) == [
        "dluhova-poradna-horazdovice", "linka-prvni-psychicke-pomoci", "poradna-pro-cizince",
        "socialni-pracovnice-mesta"]
    translations = catalogue.services["poradna-pro-cizince"].translations
    assert translations["uk"].name == "Консультаційний центр для іноземців і біженців"
    assert translations["en"].description is None  # shown in Czech, marked as Czech
    debt = catalogue.services["dluhova-poradna-horazdovice"]
    assert debt.contacts.phones[0].number == "+420 376 000 111"
    assert debt.locations[0].hours[0].open == ["08:00-12:00", "13:00-17:00"]
    assert catalogue.services["linka-prvni-psychicke-pomoci"].contacts.phones[0].number == "116 123"
    assert [leaflet.key for leaflet in catalogue.leaflets] == ["seniori", "dluhy"]


@pytest.mark.parametrize("name", ["provider.yaml", "service.yaml", "related-service.yaml", "helpline.yaml"])
def test_sample_content_contains_contract_files_unchanged(name):
    assert (CONTENT / PLACES[name]).read_bytes() == (CONTRACT / name).read_bytes()


def test_sample_region_and_leaflets_contain_the_contract():
    import yaml

    region = yaml.safe_load((CONTENT / "region.yaml").read_text())
    for key, municipality in yaml.safe_load((CONTRACT / "region.yaml").read_text())["municipalities"].items():
        sample = {name: value for name, value in region["municipalities"][key].items() if name not in PLANNING_FIELDS}
        assert sample == municipality
    # The contract's leaflets stand first, to the letter; the sample may add more after them.
    assert (CONTENT / "leaflets.yaml").read_text().startswith((CONTRACT / "leaflets.yaml").read_text())


def test_contract_planning_region_validates_with_its_optional_fields(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    shutil.copy(CONTRACT / "region-planning.yaml", content / "region.yaml")
    horazdovice = load_catalogue(content).region.municipalities["horazdovice"]
    assert (horazdovice.code, horazdovice.population) == ("556394", 5200)
