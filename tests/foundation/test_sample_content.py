"""The sample region is big and varied enough to exercise every output."""
from __future__ import annotations

from pathlib import Path

import pytest

from katalog import taxonomy
from katalog.loader import load_catalogue
from site_tools import SAMPLE_LANGUAGES

CONTENT = Path(__file__).resolve().parents[2] / "content"


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue(CONTENT, languages=SAMPLE_LANGUAGES)


def test_sample_is_large_enough(catalogue):
    assert len(catalogue.region.municipalities) >= 16
    assert len(catalogue.services) >= 40
    assert len(catalogue.providers) >= 10
    assert len({s.kind for s in catalogue.services.values()}) >= 15
    registered = [s for s in catalogue.services.values() if taxonomy.KINDS[s.kind].registered]
    related = [s for s in catalogue.services.values() if not taxonomy.KINDS[s.kind].registered]
    assert registered and related


def test_sample_has_closed_and_inactive_services(catalogue):
    statuses = [s.status for s in catalogue.services.values()]
    assert statuses.count("temporarily-closed") >= 2
    assert statuses.count("inactive") == 1
    assert all(s.status != "inactive" for s in catalogue.published)


@pytest.mark.parametrize("facet, terms", [
    ("forms", taxonomy.FORMS), ("target_groups", taxonomy.TARGET_GROUPS),
    ("life_situations", taxonomy.LIFE_SITUATIONS)])
def test_every_taxonomy_value_is_used_by_a_published_service(catalogue, facet, terms):
    used = {key for s in catalogue.published for key in getattr(s, facet)}
    assert set(terms) - used == set()


def test_horazdovice_has_local_parts(catalogue):
    assert catalogue.municipality_of_part["Zářečí"] == "horazdovice"


def test_sample_data_is_marked_in_the_region_file():
    assert "UKÁZKOVÁ DATA" in (CONTENT / "region.yaml").read_text()


def test_sample_has_no_personal_contacts(catalogue):
    """Only .example addresses; phone numbers are fictitious +420 376 0… / 7xx 000 … or real nationwide lines."""
    for service in catalogue.services.values():
        for email in service.contacts.emails:
            assert email.endswith(".example"), (service.key, email)
        if service.contacts.web:
            assert ".example" in service.contacts.web, service.key
