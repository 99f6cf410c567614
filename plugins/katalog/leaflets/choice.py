"""Which services a leaflet holds: their priority, and the warning that names those left out."""
from __future__ import annotations

from collections.abc import Sequence

import schema

from ..collation import sort_key
from ..taxonomy import SOURCE_LANGUAGE
from ..problems import Problem
from .layout import FORMATS
from .qr import browse_path

# The facets that say what a service is about, with how to read each one's keys from a service.
# Municipalities are not among them: where a service works is a criterion of its own (see below).
TOPIC_FACETS = (
    ("target_groups", lambda service: service.target_groups),
    ("life_situations", lambda service: service.life_situations),
    ("kinds", lambda service: [service.kind]),
    ("forms", lambda service: service.forms),
)
# Phone lines in a leaflet's emergency block: the sample region's 11 and one to spare.
EMERGENCY_LINES = 12


def leaflet_priority(services: Sequence, selection: schema.Selection, language: str = SOURCE_LANGUAGE) -> list:
    """The services in the order a leaflet lists them and, when not all of them fit, keeps them:

    1. open (active) services before temporarily closed ones;
    2. services named in `select.services`, in the order named there (the editor's order says what matters
       most to the leaflet's readers), before those that the facets bring in;
    3. the closest match to the topic first: the more of the selection's target groups, life
       situations, kinds and forms a service has, the sooner it comes;
    4. when the selection names municipalities, services working in some municipalities only
       before those serving the whole region (nationwide lines included);
    5. then by name as the leaflet shows it, in the alphabetical order of its language.
    """
    named = {key: position for position, key in enumerate(selection.services)}
    wanted = [(set(getattr(selection, facet)), keys_of) for facet, keys_of in TOPIC_FACETS]
    local_first = bool(selection.municipalities)

    def priority(service):
        matched = sum(len(keys & set(keys_of(service))) for keys, keys_of in wanted)
        return (service.status != "active", named.get(service.key, len(named)), -matched,
                local_first and service.whole_region, sort_key(service.text("name", language), language))

    return sorted(services, key=priority)


def left_out_message(leaflet: schema.Leaflet, kept: int, left_out: Sequence, web_page: str,
                     certain: bool = False) -> str:
    """The warning for a leaflet that cannot hold all its services, naming each one left out."""
    selected = kept + len(left_out)
    listed = ", ".join(f"{service.key} ({service.name})" for service in left_out)
    if certain:
        holds = (f"({leaflet.format}) selects {selected} services and a {leaflet.format} leaflet holds at most "
                 f"{kept}, so the build leaves out at least {len(left_out)}")
    else:
        holds = f"({leaflet.format}) holds {kept} of its {selected} services and leaves out {len(left_out)}"
    return (f"{holds}: {listed}; the leaflet sends readers to {web_page} for them; narrow the selection or "
            "split it into two leaflets to print them all")


def capacity_warnings(catalogue) -> list[Problem]:
    """Leaflets that select more services than their format holds even at its most compact, found without
    laying anything out (so `katalog validate` needs no WeasyPrint); the build names the exact cut."""
    warnings = []
    for index, leaflet in enumerate(catalogue.leaflets):
        services = leaflet_priority(catalogue.select(leaflet.select), leaflet.select,
                                    leaflet.lang or SOURCE_LANGUAGE)
        most = FORMATS[leaflet.format].most_entries
        if len(services) > most:
            web_page = browse_path(leaflet.select) or "the home page"
            message = left_out_message(leaflet, most, services[most:], web_page, certain=True)
            warnings.append(catalogue.leaflet_problem(index, "select", message, warning=True))
    return warnings


def emergency_on_leaflet(emergency: Sequence) -> list:
    """The crisis services of the leaflet's emergency block, in the catalogue's order (nationwide numbers
    first), as many as have room: the block has a fixed place on the back, the web lists them all."""
    kept, lines = [], 0
    for service in emergency:
        lines += len(service.contacts.phones)
        if lines > EMERGENCY_LINES:
            break
        kept.append(service)
    return kept
