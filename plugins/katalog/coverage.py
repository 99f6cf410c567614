"""Which published services serve and are based in each municipality, by kind: the planners' coverage figures."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import schema

from .catalogue import Catalogue, ServiceRecord

PER = 1000  # figures are given per 1,000 inhabitants


@dataclass(frozen=True)
class Cell:
    """One municipality × kind: the services that serve it and those of them based there."""

    municipality: str
    kind: str
    services: tuple[ServiceRecord, ...]
    based_here: tuple[ServiceRecord, ...]
    population: int | None
    # Registered capacity per 1,000 inhabitants of the area each service covers, summed by unit
    # ("klienti", "luzka" …); a service counts only when the population of its whole area is known.
    capacity_per_1000: dict[str, float]

    @property
    def per_1000(self) -> float | None:
        """Services serving the municipality per 1,000 of its inhabitants; None without a population."""
        if not self.population:
            return None
        return len(self.services) * PER / self.population

    @property
    def gap(self) -> bool:
        return not self.services


def located_in(service: ServiceRecord, municipality: schema.Municipality) -> bool:
    """True when one of the service's locations lies in the municipality or one of its local parts."""
    names = {_normal(name) for name in (municipality.name, *municipality.parts)}
    return any(_normal(location.city) in names for location in service.locations)


def _normal(name: str) -> str:
    return " ".join(name.split()).casefold()


class Coverage:
    """Every municipality × every kind of the taxonomy, zeros included, for one selection of services."""

    def __init__(self, catalogue: Catalogue, services: list[ServiceRecord] | None = None):
        self.catalogue = catalogue
        self.services = catalogue.published if services is None else services
        serving: dict[tuple[str, str], list[ServiceRecord]] = defaultdict(list)
        for service in self.services:
            for key in service.municipalities:
                serving[key, service.kind].append(service)
        shares = {service.key: self._capacity_share(service) for service in self.services}
        self.cells: dict[tuple[str, str], Cell] = {}
        for key, municipality in catalogue.municipalities_sorted():
            for kind in catalogue.kinds:
                here = serving.get((key, kind), [])
                capacity: dict[str, float] = defaultdict(float)
                for service in here:
                    for unit, value in shares[service.key].items():
                        capacity[unit] += value
                based = [s for s in self.services if s.kind == kind and located_in(s, municipality)]
                self.cells[key, kind] = Cell(key, kind, tuple(here), tuple(based), municipality.population,
                                             dict(capacity))
        self.municipality_keys = [key for key, _ in catalogue.municipalities_sorted()]

    def _capacity_share(self, service: ServiceRecord) -> dict[str, float]:
        """The service's registered capacity per 1,000 inhabitants of its area; empty when a population is missing."""
        populations = [self.catalogue.region.municipalities[key].population for key in service.municipalities]
        if not service.capacity or not populations or not all(populations):
            return {}
        total = sum(populations)
        shares: dict[str, float] = defaultdict(float)
        for item in service.capacity:
            shares[item.unit] += item.count * PER / total
        return dict(shares)

    def cell(self, municipality: str, kind: str) -> Cell:
        return self.cells[municipality, kind]

    def present_kinds(self) -> list[str]:
        """Kinds with at least one service in the selection, in the taxonomy's order."""
        present = {service.kind for service in self.services}
        return [kind for kind in self.catalogue.kinds if kind in present]

    def absent_kinds(self) -> list[str]:
        """Kinds of the taxonomy that no service in the selection provides anywhere in the region."""
        present = set(self.present_kinds())
        return [kind for kind in self.catalogue.kinds if kind not in present]

    def gaps(self) -> list[tuple[str, list[str]]]:
        """(kind, municipality keys without it) for every present kind that leaves some municipality out."""
        gaps = []
        for kind in self.present_kinds():
            missing = [key for key in self.municipality_keys if self.cells[key, kind].gap]
            if missing:
                gaps.append((kind, missing))
        return gaps

    def missing_in(self, municipality: str) -> list[str]:
        """Present kinds that do not serve the municipality."""
        return [kind for kind in self.present_kinds() if self.cells[municipality, kind].gap]

    def serving(self, municipality: str) -> list[ServiceRecord]:
        """Every service in the selection that serves the municipality, by kind in the taxonomy's order."""
        order = list(self.catalogue.kinds)
        return sorted((service for service in self.services if municipality in service.municipalities),
                      key=lambda service: order.index(service.kind))
