"""What the browse pages list: one overview per facet, one page per value, the A–Z index."""
from __future__ import annotations

from .. import urls
from ..catalogue import Catalogue, ServiceRecord
from ..collation import sort_key
from ..sitelanguage import SiteLanguage

# Phone lines come first on the emergency page; the other emergency kinds are services people visit.
EMERGENCY_LINE_KINDS = ("tisnove-linky", "telefonicka-krizova-pomoc")


def local_parts(catalogue: Catalogue) -> list[tuple[str, str]]:
    """Every local part with the key of its municipality, in Czech order, for finding a village."""
    return sorted(catalogue.municipality_of_part.items(), key=lambda item: sort_key(item[0]))


def a_to_z(services: list[ServiceRecord], site: SiteLanguage) -> list[tuple[str, list[tuple[str, ServiceRecord]]]]:
    """Services by initial letter of their name in the site's language, in its alphabetical order: each
    with the name the page shows."""
    named = sorted(((service.text("name", site.code), service) for service in services),
                   key=lambda item: site.sort_key(item[0]))
    groups: dict[str, list] = {}
    for name, service in named:
        groups.setdefault(site.collation.initial(name), []).append((name, service))
    return list(groups.items())


def emergency_groups(catalogue: Catalogue, site: SiteLanguage) -> list[tuple[str, list[ServiceRecord]]]:
    """The emergency services split into phone lines and crisis services, empty groups left out."""
    _ = site.gettext
    lines = [s for s in catalogue.emergency if s.kind in EMERGENCY_LINE_KINDS]
    services = [s for s in catalogue.emergency if s.kind not in EMERGENCY_LINE_KINDS]
    groups = [(_("Tísňové volání a linky pomoci"), lines), (_("Krizové služby v regionu"), services)]
    return [(title, group) for title, group in groups if group]
