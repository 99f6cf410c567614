"""The order in which every list shows services: open before temporarily closed, then what matters most
for the page: the kinds central to a life situation, or on a municipality's page what is closest."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from .collation import sort_key
from .fields import is_nationwide_number
from .i18n import N_

if TYPE_CHECKING:
    from .catalogue import Catalogue, ServiceRecord

# A municipality's page in groups, nearest help first; (key, message id of the heading, of its one-line lead).
MUNICIPALITY_GROUPS = (
    ("here", N_("Přímo v obci"), N_("Služby, které sídlí v obci nebo v některé z jejích místních částí.")),
    ("visiting", N_("Přijedou za vámi"), N_("Terénní služby: pracovník přijede k vám domů.")),
    ("nearby", N_("V okolí, i pro vaši obec"), N_("Služby v okolních obcích, které obyvatelům obce pomáhají.")),
    ("region", N_("Pro celý region"), N_("Služby pro obyvatele celého regionu.")),
    ("nationwide", N_("Celostátní linky"), N_("Telefonní linky, které pomohou odkudkoli v Česku.")),
)


def closed_last(service: ServiceRecord) -> bool:
    """The first part of every order: a temporarily closed service cannot help today, so it goes last."""
    return service.status != "active"


def open_first(services: Iterable[ServiceRecord]) -> list[ServiceRecord]:
    """Open services before temporarily closed ones, each in the order given (sorted() is stable)."""
    return sorted(services, key=closed_last)


def situation_order(services: Iterable[ServiceRecord], lead_kinds: Sequence[str]) -> list[ServiceRecord]:
    """A life situation's services: open first, then the kinds the situation names as central, in its
    order, then the others, each by name."""
    rank = {kind: index for index, kind in enumerate(lead_kinds)}
    return sorted(services, key=lambda s: (closed_last(s), rank.get(s.kind, len(rank)), sort_key(s.name)))


def is_nationwide_line(service: ServiceRecord) -> bool:
    """A helpline for the whole country: no place to visit, only numbers that ring the same everywhere."""
    phones = service.contacts.phones
    return (service.whole_region and not service.locations and bool(phones)
            and all(is_nationwide_number(phone.number) for phone in phones))


def _places(catalogue: Catalogue, key: str) -> set[str]:
    municipality = catalogue.region.municipalities[key]
    return {name.casefold() for name in (municipality.name, *municipality.parts)}


def municipality_group(service: ServiceRecord, places: set[str]) -> str:
    """Which group of a municipality's page (`places`: its name and its parts' names, case-folded) a service
    serving it belongs to (see MUNICIPALITY_GROUPS)."""
    if any(location.city.strip().casefold() in places for location in service.locations):
        return "here"
    if is_nationwide_line(service):
        return "nationwide"
    if "terenni" in service.forms:
        return "visiting"
    return "region" if service.whole_region else "nearby"


def municipality_groups(catalogue: Catalogue, key: str) -> list[tuple[str, list[ServiceRecord]]]:
    """The services working in municipality `key`, by group, empty groups left out. In each group open
    services first, those that name the municipality before those serving the whole region, then by name."""
    places = _places(catalogue, key)
    groups: dict[str, list[ServiceRecord]] = {group: [] for group, _, _ in MUNICIPALITY_GROUPS}
    for service in catalogue.by_municipality.get(key, []):
        groups[municipality_group(service, places)].append(service)
    order = lambda s: (closed_last(s), s.whole_region, sort_key(s.name))  # noqa: E731
    return [(group, sorted(services, key=order)) for group, services in groups.items() if services]
