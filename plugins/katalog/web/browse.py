"""What the browse pages list: one overview per facet, one page per value, the A–Z index."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from .. import urls
from ..catalogue import Catalogue, ServiceRecord
from ..collation import sort_key

# Phone lines come first on the emergency page; the other emergency kinds are services people visit.
EMERGENCY_LINE_KINDS = ("tisnove-linky", "telefonicka-krizova-pomoc")


@dataclass(frozen=True)
class Entry:
    """One value of a facet (a life situation, a municipality, a provider …) and its services."""

    facet: str
    key: str
    label: str
    description: str | None
    services: list[ServiceRecord]
    paragraph: str | None = None
    parts: tuple[str, ...] = ()  # local parts of a municipality

    @property
    def url(self) -> str:
        return urls.facet(self.facet, self.key)


@dataclass(frozen=True)
class Facet:
    """A way to browse the catalogue, with the words its pages use."""

    name: str
    title: str  # heading of the overview page
    intro: str
    entries: list[Entry]

    @property
    def url(self) -> str:
        return urls.facet(self.name)


def _entries(facet: str, vocabulary: dict, groups: dict[str, list[ServiceRecord]]) -> list[Entry]:
    """Entries in the vocabulary's own order, only those with a published service."""
    return [Entry(facet, key, term.label, term.description, groups[key], paragraph=term.paragraph)
            for key, term in vocabulary.items() if key in groups]


def facets(catalogue: Catalogue) -> dict[str, Facet]:
    """Every facet, keyed by its name in urls.FACET_PATHS."""
    municipalities = [
        Entry("municipalities", key, municipality.name,
              f"Místní části: {', '.join(municipality.parts)}." if municipality.parts else None,
              catalogue.by_municipality.get(key, []), parts=tuple(municipality.parts))
        for key, municipality in catalogue.municipalities_sorted()
    ]
    providers = sorted(
        (Entry("providers", key, provider.name, provider.description, catalogue.by_provider[key])
         for key, provider in catalogue.providers.items() if key in catalogue.by_provider),
        key=lambda entry: sort_key(entry.label),
    )
    found = [
        Facet("life_situations", "Co řešíte?", "Vyberte situaci, se kterou potřebujete pomoc.",
              _entries("life_situations", catalogue.life_situations, catalogue.by_life_situation)),
        Facet("target_groups", "Pro koho", "Služby podle toho, komu jsou určeny.",
              _entries("target_groups", catalogue.target_groups, catalogue.by_target_group)),
        Facet("municipalities", "Obce", "Služby, které působí ve vaší obci. Místní část najdete u její obce.",
              municipalities),
        Facet("kinds", "Druhy služeb",
              "Druhy sociálních služeb podle zákona č. 108/2006 Sb., o sociálních službách, a související služby.",
              _entries("kinds", catalogue.kinds, catalogue.by_kind)),
        Facet("forms", "Formy služeb", "Zda za službou docházíte, služba přijede za vámi, nebo v ní bydlíte.",
              _entries("forms", catalogue.forms, catalogue.by_form)),
        Facet("providers", "Poskytovatelé", "Organizace a úřady, které služby poskytují.", providers),
    ]
    return {facet.name: facet for facet in found}


def local_parts(catalogue: Catalogue) -> list[tuple[str, str]]:
    """Every local part with the key of its municipality, in Czech order, for finding a village."""
    return sorted(catalogue.municipality_of_part.items(), key=lambda item: sort_key(item[0]))


def initial(name: str) -> str:
    """The letter a name is filed under in Czech: 'Ch' is a letter, Č Ř Š Ž too, other accents are not."""
    if name[:2].lower() == "ch":
        return "Ch"
    letter = name[:1].upper()
    if letter in "ČŘŠŽ":
        return letter
    return unicodedata.normalize("NFD", letter)[0]


def by_initial(services: list[ServiceRecord]) -> list[tuple[str, list[ServiceRecord]]]:
    """Services grouped by initial letter, in Czech order (the input is already sorted A–Z)."""
    groups: dict[str, list[ServiceRecord]] = {}
    for service in services:
        groups.setdefault(initial(service.name), []).append(service)
    return list(groups.items())


def emergency_groups(catalogue: Catalogue) -> list[tuple[str, list[ServiceRecord]]]:
    """The emergency services split into phone lines and crisis services, empty groups left out."""
    lines = [s for s in catalogue.emergency if s.kind in EMERGENCY_LINE_KINDS]
    services = [s for s in catalogue.emergency if s.kind not in EMERGENCY_LINE_KINDS]
    groups = [("Tísňové volání a linky pomoci", lines), ("Krizové služby v regionu", services)]
    return [(title, group) for title, group in groups if group]
