"""The order of lists (katalog.ranking) on the sample catalogue and on services changed for one case."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from katalog.fields import is_nationwide_number
from katalog.loader import load_catalogue
from katalog.ranking import municipality_group, municipality_groups, open_first, situation_order
from site_tools import SAMPLE_LANGUAGES

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue(ROOT / "content", languages=SAMPLE_LANGUAGES)


def changed(service, **fields):
    """The service with some fields of its source changed."""
    return dataclasses.replace(service, data=service.data.model_copy(update=fields))


@pytest.mark.parametrize("number, nationwide", [("116 123", True), ("112", True), ("+420 800 350 000", True),
                                                ("+420 376 000 111", False), ("+420 731 000 490", False)])
def test_a_number_rings_the_same_everywhere_when_short_or_free(number, nationwide):
    assert is_nationwide_number(number) is nationwide


def test_open_first_keeps_the_order_within_open_and_within_closed(catalogue):
    ranked = open_first(catalogue.published)
    statuses = [service.status for service in ranked]
    assert statuses == sorted(statuses, key=lambda status: status != "active")
    assert [s for s in ranked if s.status == "active"] == [s for s in catalogue.published if s.status == "active"]


def test_every_group_of_the_catalogue_lists_open_services_first(catalogue):
    for groups in (catalogue.by_kind, catalogue.by_target_group, catalogue.by_life_situation,
                   catalogue.by_form, catalogue.by_provider, catalogue.by_municipality):
        for services in groups.values():
            flags = [service.status != "active" for service in services]
            assert flags == sorted(flags)


def test_a_situation_lists_its_lead_kinds_in_their_order_then_the_rest(catalogue):
    services = catalogue.by_life_situation["stari"]
    lead = catalogue.life_situations["stari"].lead_kinds
    assert lead[0] == "pecovatelska-sluzba"
    ranks = [lead.index(s.kind) if s.kind in lead else len(lead) for s in services if s.status == "active"]
    assert ranks == sorted(ranks)
    assert situation_order(services, ()) != services, "without lead kinds the order is by name"


def test_a_place_in_a_local_part_is_based_in_its_municipality(catalogue):
    service = catalogue.services["dluhova-poradna-horazdovice"]
    moved = changed(service, locations=[service.locations[0].model_copy(update={"city": "Zářečí"})])
    places = {"horažďovice", "zářečí"}
    assert municipality_group(moved, places) == "here"
    assert municipality_group(moved, {"hejná"}) == "visiting", "a field service elsewhere comes to you"


def test_groups_for_services_without_a_place_or_elsewhere(catalogue):
    line = catalogue.services["linka-prvni-psychicke-pomoci"]
    assert municipality_group(line, {"hejná"}) == "nationwide"
    assistance = catalogue.services["osobni-asistence"]
    assert municipality_group(assistance, {"hejná"}) == "visiting"
    day_centre = catalogue.services["denni-stacionar-slunce"]
    assert municipality_group(day_centre, {"hejná"}) == "nearby"
    food_bank = catalogue.services["vydejna-potravin"]
    assert municipality_group(food_bank, {"hejná"}) == "region"


def test_every_service_working_in_a_municipality_is_in_exactly_one_group(catalogue):
    for key in catalogue.region.municipalities:
        grouped = [s.key for _, services in municipality_groups(catalogue, key) for s in services]
        assert sorted(grouped) == sorted(s.key for s in catalogue.by_municipality.get(key, []))
