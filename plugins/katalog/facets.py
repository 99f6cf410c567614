"""The facets a visitor browses and filters by, defined once for Python, the templates and the browser code:
key, URL segment of the browse pages, parameter of the search page's filter, and the words of its pages."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .collation import sort_key
from .i18n import N_
from .ranking import MUNICIPALITY_GROUPS, municipality_groups

if TYPE_CHECKING:
    from .catalogue import Catalogue, ServiceRecord
    from .labels import Labels


@dataclass(frozen=True)
class FacetSpec:
    """One facet; `title` and `intro` are message ids, translated where a page shows them."""

    name: str
    segment: str  # Czech path segments: the addresses are read aloud, printed in leaflets and typed by people
    parameter: str | None  # the search page's filter, None where it has none
    title: str
    intro: str


FACETS: dict[str, FacetSpec] = {spec.name: spec for spec in (
    FacetSpec("life_situations", "situace", "situace", N_("Co řešíte?"),
              N_("Vyberte situaci, se kterou potřebujete pomoc.")),
    FacetSpec("target_groups", "komu", "komu", N_("Pro koho"), N_("Služby podle toho, komu jsou určeny.")),
    FacetSpec("municipalities", "obce", "obec", N_("Obce"),
              N_("Služby, které působí ve vaší obci. Místní část najdete u její obce.")),
    FacetSpec("kinds", "druhy", "druh", N_("Druhy služeb"),
              N_("Druhy sociálních služeb podle zákona č. 108/2006 Sb., o sociálních službách, a související "
                 "služby.")),
    FacetSpec("forms", "formy", "forma", N_("Formy služeb"),
              N_("Zda za službou docházíte, služba přijede za vámi, nebo v ní bydlíte.")),
    FacetSpec("providers", "poskytovatele", None, N_("Poskytovatelé"),
              N_("Organizace a úřady, které služby poskytují.")),
)}

def facet_url(name: str, key: str | None = None) -> str:
    """A browse page for one value of a facet, or the facet's overview without a key (relative to a
    language's site)."""
    segment = FACETS[name].segment
    return f"{segment}/{key}/" if key else f"{segment}/"


# The search page's filters, in the order it shows them: where one lives first.
SEARCH_FILTERS = ("municipalities", "life_situations", "target_groups", "forms", "kinds")


@dataclass(frozen=True)
class NeedFilter:
    """A filter of the search page by what the visitor needs of a service rather than by a facet: its URL
    parameter (also its key in the search's display data), its control and its label's message id."""

    parameter: str
    control: str  # "checkbox", "age" (a number of years) or "language" (a list of the services' languages)
    label: str


# Beside the facets, after "free only": what people ask before they set out.
NEED_FILTERS = (
    NeedFilter("otevreno", "checkbox", N_("Jen právě otevřené")),
    NeedFilter("bezbarierove", "checkbox", N_("Místo přístupné na vozíku")),
    NeedFilter("vek", "age", N_("Můj věk")),
    NeedFilter("jazyk", "language", N_("Domluvím se jazykem")),
)


@dataclass(frozen=True)
class ServiceGroup:
    """Part of a browse page's list under a heading of its own, in the page's language."""

    key: str
    heading: str
    lead: str
    services: list[ServiceRecord]


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
    groups: tuple[ServiceGroup, ...] = ()  # a municipality's services, nearest first (katalog.ranking)

    @property
    def url(self) -> str:
        return facet_url(self.facet, self.key)


@dataclass(frozen=True)
class Facet:
    """A way to browse the catalogue, with the words its pages use."""

    name: str
    title: str  # heading of the overview page
    intro: str
    entries: list[Entry]

    @property
    def url(self) -> str:
        return facet_url(self.name)


def _entries(facet: str, vocabulary: dict, groups: dict[str, list[ServiceRecord]]) -> list[Entry]:
    """Entries in the vocabulary's own order, only those with a published service."""
    return [Entry(facet, key, term.label, term.description, groups[key], paragraph=term.paragraph)
            for key, term in vocabulary.items() if key in groups]


def facets(catalogue: Catalogue, labels: Labels, gettext) -> dict[str, Facet]:
    """Every facet in one language, keyed by its name in the facet registry. Places and providers keep their
    Czech names, so they sort by the Czech alphabet on every site."""
    _ = gettext
    municipalities = []
    for key, municipality in catalogue.municipalities_sorted():
        groups = _municipality_groups(catalogue, key, gettext)
        municipalities.append(Entry(
            "municipalities", key, municipality.name,
            _("Místní části: %(parts)s.") % {"parts": ", ".join(municipality.parts)} if municipality.parts else None,
            [service for group in groups for service in group.services], parts=tuple(municipality.parts),
            groups=groups))
    providers = sorted(
        (Entry("providers", key, provider.name, provider.text("description", labels.language), catalogue.by_provider[key])
         for key, provider in catalogue.providers.items() if key in catalogue.by_provider),
        key=lambda entry: sort_key(entry.label),
    )
    entries = {
        "life_situations": _entries("life_situations", labels.life_situations, catalogue.by_life_situation),
        "target_groups": _entries("target_groups", labels.target_groups, catalogue.by_target_group),
        "municipalities": municipalities,
        "kinds": _entries("kinds", labels.kinds, catalogue.by_kind),
        "forms": _entries("forms", labels.forms, catalogue.by_form),
        "providers": providers,
    }
    return {name: Facet(name, _(spec.title), _(spec.intro), entries[name]) for name, spec in FACETS.items()}


def _municipality_groups(catalogue: Catalogue, key: str, gettext) -> tuple[ServiceGroup, ...]:
    words = {group: (heading, lead) for group, heading, lead in MUNICIPALITY_GROUPS}
    return tuple(ServiceGroup(group, gettext(words[group][0]), gettext(words[group][1]), services)
                 for group, services in municipality_groups(catalogue, key))
