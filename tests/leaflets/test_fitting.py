"""Fitting without WeasyPrint: packing measured entries into panels, and where a leaflet points."""
from __future__ import annotations

import math
from types import SimpleNamespace

import pytest

import schema
from katalog.leaflets import layout
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


def test_fit_condenses_step_by_step_and_reports_the_best_count():
    entry_height = {1: 60, 2: 50, 3: 40, 4: 30}  # by step number
    tried = []

    def render(step, panels, measuring):
        tried.append((step.number, measuring))
        height = entry_height[step.number]
        anchors = {"front-start": 0, "front-bottom": 100, "continued-start": 0, "continued-bottom": 100,
                   "continued-end": 0, "back-end": 150, "back-bottom": 190}
        y = 0
        for service in panels["front"]:
            anchors[f"entry-{service.key}"] = y
            y += height
        anchors["front-end"] = y
        return FakeDocument([anchors, {}]) if measuring else FakeDocument([{}, {}])

    with pytest.raises(layout.DoesNotFit) as failure:
        layout.fit(services(7), "a5", render)
    assert failure.value.selected == 7 and failure.value.fitting == 6  # 3 per panel at 30
    assert [number for number, measuring in tried if measuring] == [1, 2, 3, 4]


def test_browse_page_is_the_first_facet_of_the_selection_or_home():
    assert browse_path(schema.Selection(target_groups=["seniori"], life_situations=["dluhy"])) == "komu/seniori/"
    assert browse_path(schema.Selection(forms=["terenni"], municipalities=["hejna"])) == "obce/hejna/"
    assert browse_path(schema.Selection(services=["linka-bezpeci"])) == ""


def test_qr_code_is_vector_with_a_title_and_the_given_black():
    svg = qr_svg("https://mesto.example/komu/seniori/", dark="device-cmyk(0 0 0 1)", title="QR kód")
    assert svg.startswith("<svg") and "<title>QR kód</title>" in svg and 'stroke="device-cmyk(0 0 0 1)"' in svg
