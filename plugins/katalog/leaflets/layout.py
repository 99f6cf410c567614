"""Fits a leaflet's services into its fixed panels, condensing step by step, or says how many fit."""
from __future__ import annotations

import logging
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

logger = logging.getLogger(__name__)

# How fit is detected, and why this way:
#
# Every panel is a fixed-size, absolutely placed box (theme/print/leaflet.css). Each carries empty
# marker elements with ids: `<panel>-start` where its entries begin, `<panel>-end` after its last
# entry and `<panel>-bottom` pinned to the bottom of its content box. WeasyPrint's public
# `Page.anchors` gives the page and position of every id, so we read how tall each entry is and
# how much room each panel has from the real layout, without WeasyPrint's private box tree.
#
# 1. Measure: render once with the entries (up to Format.most_entries) in the first service
#    panel, on pages made very tall (`measuring`), so the entries run on past the panel instead of
#    breaking to a new page. All service panels have the same content width, so an entry is equally
#    tall in any of them; its height is the distance from its top to the next entry's top (spacing
#    is padding, never margins that could collapse). The tall page holds more than all panels
#    together, so an entry that falls beyond it could not fit anyway.
# 2. Pack: place entries in reading order, moving to the next panel when the next entry would pass
#    the panel's bottom. An entry is never split.
# 3. Check: render the packed leaflet and require exactly two pages and, in every panel (cover and
#    back included), `<panel>-end` on the panel's own side and at or above `<panel>-bottom`.
#    WeasyPrint carries an overflowing absolute box over to the next page, so an overflow shows
#    either as a marker on the wrong page or as a marker below the bottom; both are caught.
#
# If packing or checking fails, the next condensing step is tried. When even the most compact step
# cannot hold every entry, the leaflet keeps the first ones (they come in priority order, see
# choice.py), says that more are on the web, and the rest are left out: valid content never stops
# a build. Only a leaflet that cannot hold a single entry raises DoesNotFit.

# A hundredth of a CSS pixel: rounding in the layout, never a visible overflow.
TOLERANCE = 0.01
# Halvings of the share of room when spreading entries evenly: 2^-20 is far below a line of text.
BALANCING_ROUNDS = 20
# How many times a packing that the check refuses is retried with one entry fewer.
RETRIES = 3


@dataclass(frozen=True)
class Step:
    """One way of setting the entries, from the roomiest to the most compact."""

    number: int
    description: str
    type_class: str  # a class on <body> that leaflet.css sets the type size by
    summary_limit: int | None  # characters of the summary shown: None for all of it, 0 for none


# Large type first: many readers of a leaflet from the GP's waiting room read without glasses.
STEPS = (
    Step(1, "large type", "type-large", summary_limit=None),
    Step(2, "normal type", "type-normal", summary_limit=None),
    Step(3, "smaller type", "type-small", summary_limit=None),
    Step(4, "smaller type with shortened summaries", "type-small", summary_limit=120),
    Step(5, "smaller type without summaries", "type-small", summary_limit=0),
)


@dataclass(frozen=True)
class Format:
    """Where a format's panels are: which side each is on and which ones hold services, in order."""

    sides: dict[str, int]  # panel name -> page index (0 = outside or front)
    service_panels: tuple[str, ...]  # in reading order
    # More entries never fit: the panels' room at the most compact step over the smallest entry (a
    # one-line name, one line of contact), measured with leaflet.css under the sample's titles and
    # rounded up (A5: 17 of 13.5 mm, DL: 40 of 17.4 mm). `katalog validate` warns by it without
    # laying anything out; the build knows the exact count.
    most_entries: int
    # Entries spread evenly over the panels, or each panel filled before the next: a reader sees the front
    # of an A5 first, so it must not stand a third empty while services go to the back.
    balanced: bool = True
    # Where the sheet folds, per side, in mm from the trim's left edge (leaflet.css: --dl-narrow, --dl-wide).
    folds_mm: tuple[tuple[float, ...], ...] = ()


FORMATS = {
    # A4 landscape folded in three (roll fold). Outside, left to right: the flap that folds in,
    # the back, the cover; inside: left, middle, right. Opening the cover reveals the flap first,
    # so the services start there and continue on the inside.
    "dl-trifold": Format(
        sides={"cover": 0, "back": 0, "flap": 0, "inside-left": 1, "inside-middle": 1, "inside-right": 1},
        service_panels=("flap", "inside-left", "inside-middle", "inside-right"),
        most_entries=45,
        folds_mm=((97, 197), (100, 200)),
    ),
    # A5 portrait, two sides: the cover heads the front and the services follow; on the back they
    # go on down to the emergency block at the foot of the page.
    "a5": Format(
        sides={"front": 0, "continued": 1, "back": 1},
        service_panels=("front", "continued"),
        most_entries=20,
        balanced=False,
    ),
}

Panels = dict[str, list]
# Renders a leaflet at a step with the given services in each service panel, on very tall pages
# when measuring, and with the "more on the web" note when `more`; returns the laid-out WeasyPrint
# document (`.pages`, each with `.anchors`).
Render = Callable[[Step, Panels, bool, bool], object]


class DoesNotFit(Exception):
    """Not even one service fits on the leaflet, or its layout does not hold at any count."""

    def __init__(self, selected: int, problems: list[str]):
        super().__init__(f"{selected} services selected, none could be set" + "".join(f"; {p}" for p in problems))
        self.selected = selected
        self.problems = problems


@dataclass(frozen=True)
class Fitted:
    """A leaflet that fits: the step it needed, the services of each service panel, and the services
    left out (in priority order; empty when all fit)."""

    step: Step
    panels: Panels
    left_out: list

    @property
    def kept(self) -> list:
        return [service for entries in self.panels.values() for service in entries]


def entry_id(service) -> str:
    return f"entry-{service.key}"


def fit(services: Sequence, leaflet_format: str, render: Render) -> Fitted:
    """The roomiest step at which every service fits; else, at the most compact step, as many of the
    first services as fit, with the rest left out. Raises DoesNotFit when not even one can be set."""
    layout = FORMATS[leaflet_format]
    # A selection larger than the format could ever hold skips straight to leaving services out.
    for step in STEPS if len(services) <= layout.most_entries else ():
        room, heights = _measure(layout, step, services, render, more=False)
        panels, placed = _pack(layout.service_panels, room, services, heights, layout.balanced)
        if placed < len(services):
            logger.debug("leaflet: %s: %d of %d services fit", step.description, placed, len(services))
            continue
        problems = _check(layout, render(step, panels, False, False))
        if not problems:
            return Fitted(step, panels, [])
        logger.debug("leaflet: %s: packed, but %s", step.description, "; ".join(problems))
    # The note that more services are on the web takes room of its own: measure again with it.
    step = STEPS[-1]
    room, heights = _measure(layout, step, services, render, more=True)
    placed = min(_pack(layout.service_panels, room, services, heights, layout.balanced)[1], len(services) - 1)
    problems = []
    for _ in range(RETRIES):
        if placed < 1:
            break
        panels = _pack(layout.service_panels, room, services[:placed], heights)[0]
        problems = _check(layout, render(step, panels, False, True))
        if not problems:
            return Fitted(step, panels, list(services[placed:]))
        logger.debug("leaflet: %d services packed, but %s", placed, "; ".join(problems))
        placed -= 1
    raise DoesNotFit(len(services), problems)


def _measure(layout: Format, step: Step, services: Sequence, render: Render, more: bool):
    """The room of each service panel and the height of each entry (infinite beyond the measured ones)."""
    # More than the format can ever hold need no measuring, and would run off even the measuring page.
    measured_services = services[:layout.most_entries]
    anchors = _anchors(render(step, _all_in_first(layout, measured_services), True, more))
    heights = _entry_heights(anchors, layout.service_panels[0], measured_services)
    heights += [math.inf] * (len(services) - len(measured_services))
    room = [_y(anchors, f"{name}-bottom") - _y(anchors, f"{name}-start") for name in layout.service_panels]
    return room, heights


def _all_in_first(layout: Format, services: Sequence) -> Panels:
    return {name: (list(services) if index == 0 else []) for index, name in enumerate(layout.service_panels)}


def _anchors(document) -> dict[str, tuple[int, float]]:
    """Every id of the document -> (page index, top of its border box in CSS pixels)."""
    # Page.anchors maps an id to the rectangle (x1, y1, x2, y2) of the element's border box.
    return {name: (index, rectangle[1]) for index, page in enumerate(document.pages)
            for name, rectangle in page.anchors.items()}


def _y(anchors, name: str) -> float:
    return anchors[name][1]


def _entry_heights(anchors, panel: str, services: Sequence) -> list[float]:
    """Each entry's height; infinite for one that ran past the measuring page (it cannot fit)."""
    page = anchors[f"{panel}-start"][0]
    tops = [anchors.get(entry_id(service)) for service in services] + [anchors.get(f"{panel}-end")]
    return [below[1] - above[1] if above and below and above[0] == below[0] == page else math.inf
            for above, below in zip(tops, tops[1:])]


def _pack(panel_names, room, services, heights, balanced: bool = True) -> tuple[Panels, int]:
    """Entries in order into panels, spread evenly when `balanced`; returns the panels and how many found a place."""
    panels, placed = _fill(panel_names, room, services, heights)
    if placed < len(services) or not balanced:
        return panels, placed
    # Filling greedily would leave the last panels empty: find the smallest share of every panel's
    # room that still holds all entries, so each panel is about as full as the others.
    low, high = 0.0, 1.0
    for _ in range(BALANCING_ROUNDS):
        share = (low + high) / 2
        if _fill(panel_names, [r * share for r in room], services, heights)[1] == len(services):
            high = share
        else:
            low = share
    return _fill(panel_names, [r * high for r in room], services, heights)[0], len(services)


def _fill(panel_names, room, services, heights) -> tuple[Panels, int]:
    panels: Panels = {name: [] for name in panel_names}
    index, used = 0, 0.0
    for service, height in zip(services, heights):
        while index < len(panel_names) and used + height > room[index] + TOLERANCE:
            index, used = index + 1, 0.0
        if index == len(panel_names):
            return panels, sum(len(entries) for entries in panels.values())
        panels[panel_names[index]].append(service)
        used += height
    return panels, len(services)


def _check(layout: Format, document) -> list[str]:
    problems = []
    if len(document.pages) != 2:
        problems.append(f"{len(document.pages)} pages instead of 2")
    anchors = _anchors(document)
    for name, side in layout.sides.items():
        missing = [marker for marker in ("end", "bottom") if f"{name}-{marker}" not in anchors]
        if missing:
            problems.append(f"panel {name} has no {' or '.join(missing)} marker")
            continue
        (end_page, end), (bottom_page, bottom) = anchors[f"{name}-end"], anchors[f"{name}-bottom"]
        if end_page != side or bottom_page != side:
            problems.append(f"panel {name} is on page {end_page + 1} instead of {side + 1}")
        elif end > bottom + TOLERANCE:
            problems.append(f"panel {name} overflows by {(end - bottom) * 0.2646:.1f} mm")
    return problems
