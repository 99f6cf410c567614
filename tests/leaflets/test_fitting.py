"""Fitting without WeasyPrint: packing measured entries into panels, and where a leaflet points."""
from __future__ import annotations

import math
from types import SimpleNamespace

import pytest

import schema
from katalog.leaflets import layout
from katalog.leaflets.choice import emergency_on_leaflet, leaflet_priority
from katalog.leaflets.qr import browse_path, qr_svg


def services(count):
    return [SimpleNamespace(key=f"s{i}") for i in range(count)]


def test_pack_keeps_order_and_spreads_entries_evenly():
    entries = services(8)
    panels, placed = layout._pack(("a", "b", "c", "d"), [100.0] * 4, entries, [20.0] * 8)
    assert placed == 8
    assert [len(p) for p in panels.values()] == [2, 2, 2, 2]
    assert [s for p in panels.values() for s in p] == entries


def test_pack_never_splits_or_drops_and_counts_what_fits():
    panels, placed = layout._pack(("a", "b"), [50.0, 50.0], services(6), [30.0] * 6)
    assert placed == 2 and [len(p) for p in panels.values()] == [1, 1]


def test_an_entry_taller_than_every_panel_fits_nowhere():
    assert layout._pack(("a",), [50.0], services(1), [math.inf])[1] == 0


class FakeDocument:
    """Stands in for a WeasyPrint document: pages with anchors (x1, y1, x2, y2)."""

    def __init__(self, pages):
        self.pages = [SimpleNamespace(anchors={k: (0, y, 10, y) for k, y in page.items()}) for page in pages]


def fake_a5(entry_height, tried):
    """Renders an A5 leaflet whose panels are 100 high, 80 in the last one with the 'more' note; an entry's
    height depends on the step. Records (step, measuring, more) of every render."""

    def render(step, panels, measuring, more):
        tried.append((step.number, measuring, more))
        height = entry_height[step.number]
        pages = [{}, {}]
        for name, side in layout.FORMATS["a5"].sides.items():
            y = 0
            for service in panels.get(name, []):
                pages[side][f"entry-{service.key}"] = y
                y += height
            bottom = 80 if more and name == "continued" else 100
            pages[side].update({f"{name}-start": 0, f"{name}-end": y, f"{name}-bottom": bottom})
        return FakeDocument(pages)

    return render


def test_fit_takes_the_roomiest_step_at_which_all_fit():
    tried = []
    fitted = layout.fit(services(4), "a5", fake_a5({1: 60, 2: 50, 3: 40, 4: 35, 5: 30}, tried))
    assert fitted.step.number == 2 and fitted.left_out == [] and len(fitted.kept) == 4
    assert tried == [(1, True, False), (2, True, False), (2, False, False)]


def test_fit_keeps_the_first_services_and_leaves_out_the_rest_with_the_note():
    tried = []
    entries = services(7)
    fitted = layout.fit(entries, "a5", fake_a5({1: 60, 2: 50, 3: 40, 4: 35, 5: 30}, tried))
    # Without the note 3 + 3 would fit at the last step; the note leaves room for 3 + 2.
    assert fitted.step.number == 5 and fitted.kept == entries[:5] and fitted.left_out == entries[5:]
    assert [t for t in tried if t[1]] == [(n, True, False) for n in (1, 2, 3, 4, 5)] + [(5, True, True)]
    assert tried[-1] == (5, False, True)


def test_a_selection_larger_than_the_format_holds_goes_straight_to_leaving_out():
    tried = []
    fitted = layout.fit(services(500), "a5", fake_a5({5: 30}, tried))
    assert len(fitted.kept) == 5 and len(fitted.left_out) == 495
    assert tried[0] == (5, True, True)


def test_fit_gives_up_only_when_not_one_service_can_be_set():
    with pytest.raises(layout.DoesNotFit):
        layout.fit(services(3), "a5", fake_a5({n: 120 for n in range(1, 6)}, []))


def service(name, *, status="active", target_groups=(), life_situations=(), whole_region=True, key=None,
            translated=None):
    names = {"cs": name, **(translated or {})}
    return SimpleNamespace(key=key or name.lower().replace(" ", "-"), name=name, status=status,
                           target_groups=list(target_groups), life_situations=list(life_situations), kind="k",
                           forms=[], whole_region=whole_region,
                           text=lambda field_name, language: names.get(language, name))


def test_priority_open_named_closest_local_then_by_name():
    selection = schema.Selection(target_groups=["seniori"], life_situations=["stari"], municipalities=["hejna"],
                                 services=["jmenovana"])
    closed = service("A zavřená", status="temporarily-closed", target_groups=["seniori"], life_situations=["stari"])
    named = service("Z jmenovaná", key="jmenovana")
    both = service("Y obojí", target_groups=["seniori"], life_situations=["stari"])
    local = service("X místní", target_groups=["seniori"], whole_region=False)
    region_b, region_a = service("Č celý region", target_groups=["seniori"]), service("C celý region", target_groups=["seniori"])
    ordered = leaflet_priority([closed, region_b, local, both, region_a, named], selection)
    assert ordered == [named, both, local, region_a, region_b, closed]


def test_named_services_come_in_the_order_the_leaflet_names_them():
    selection = schema.Selection(target_groups=["cizinci"], services=["urad-prace", "kontaktni-misto"])
    office, point = service("Úřad práce", key="urad-prace"), service("Kontaktní místo", key="kontaktni-misto")
    other = service("Azylový dům", target_groups=["cizinci"])
    assert leaflet_priority([other, office, point], selection) == [office, point, other]


def test_a_leaflet_in_another_language_sorts_by_the_names_it_shows_in_its_alphabet():
    # Czech A–Z would give Azylový, Úřad; in Ukrainian the shown names are Притулок (П) and Біржа (Б).
    shelter = service("Azylový dům", translated={"uk": "Притулок"})
    office = service("Úřad práce", translated={"uk": "Біржа праці"})
    untranslated = service("Centrum", translated={})
    ordered = leaflet_priority([shelter, untranslated, office], schema.Selection(target_groups=["cizinci"]), "uk")
    assert ordered[:2] == [office, shelter]


def test_whole_region_comes_first_by_name_when_no_municipality_is_selected():
    local, whole = service("B místní", whole_region=False), service("A celý region")
    assert leaflet_priority([local, whole], schema.Selection(target_groups=["seniori"])) == [whole, local]


def test_the_emergency_block_takes_whole_services_up_to_its_lines():
    emergency = [SimpleNamespace(contacts=SimpleNamespace(phones=[None] * count)) for count in (4, 5, 3, 1)]
    assert emergency_on_leaflet(emergency) == emergency[:3]  # 4 + 5 + 3 = 12; the fourth would be the 13th


def test_browse_page_is_the_first_facet_of_the_selection_or_home():
    assert browse_path(schema.Selection(target_groups=["seniori"], life_situations=["dluhy"])) == "komu/seniori/"
    assert browse_path(schema.Selection(forms=["terenni"], municipalities=["hejna"])) == "obce/hejna/"
    assert browse_path(schema.Selection(services=["linka-bezpeci"])) == ""


def test_qr_code_is_vector_with_a_title_and_the_given_black():
    svg = qr_svg("https://mesto.example/komu/seniori/", dark="device-cmyk(0 0 0 1)", title="QR kód")
    assert svg.startswith("<svg") and "<title>QR kód</title>" in svg and 'stroke="device-cmyk(0 0 0 1)"' in svg
