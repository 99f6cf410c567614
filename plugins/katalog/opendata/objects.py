"""The catalogue as HSDS 3.0 objects: compiled (nested) services and organizations with stable ids."""
from __future__ import annotations

from .. import urls
from ..catalogue import Catalogue, ProviderRecord, ServiceRecord
from ..hsdsterms import (ACT, COUNTRY, END_OF_DAY, ICO_SCHEME, ICO_TYPE, LAST_MINUTE, REGISTRY_LICENCE,
                         RUIAN_MUNICIPALITY, STATUSES, TAXONOMIES, WHEELCHAIR, stable_id)
from ..markdown import markdown_to_text
from ..taxonomy import COSTS, LANGUAGES, Term


def _compact(obj: dict) -> dict:
    """Leaves out what katalog does not know, rather than writing empty values."""
    return {key: value for key, value in obj.items() if value not in (None, "", [])}


class HsdsObjects:
    """Builds the objects of one catalogue; `page_base` is the section's public address, if known."""

    def __init__(self, catalogue: Catalogue, page_base: str | None):
        self.catalogue = catalogue
        self.page_base = page_base
        self.scope = catalogue.region.name

    def id(self, *parts: str) -> str:
        return stable_id(self.scope, *parts)

    def organization(self, provider: ProviderRecord) -> dict:
        org_id = self.id("organization", provider.key)
        address = provider.address
        location = address and _compact({
            "id": self.id("organization", provider.key, "location"), "location_type": "postal",
            "organization_id": org_id,
            "addresses": [self._address(self.id("organization", provider.key, "address"),
                                        self.id("organization", provider.key, "location"), address.street,
                                        address.city, address.postcode, "postal")],
        })
        return _compact({
            "id": org_id, "name": provider.name, "alternate_name": provider.short_name,
            # Required and never empty in the tables: without a description of its own, the name stands in.
            "description": markdown_to_text(provider.description) or provider.name,
            "email": provider.email, "website": provider.website, "legal_status": provider.legal_form,
            "uri": self.page_base and urls.absolute(self.page_base, urls.facet("providers", provider.key)),
            "phones": provider.phone and [{"id": self.id("organization", provider.key, "phone"),
                                           "organization_id": org_id, "number": provider.phone}],
            "locations": location and [location],
            "organization_identifiers": provider.ico and [{
                "id": self.id("organization", provider.key, "ico"), "organization_id": org_id,
                "identifier_scheme": ICO_SCHEME, "identifier_type": ICO_TYPE, "identifier": provider.ico}],
        })

    def service(self, service: ServiceRecord) -> dict:
        sid = self.id("service", service.key)
        text = "\n\n".join(filter(None, [service.summary.strip(), markdown_to_text(service.description)]))
        emails = list(service.contacts.emails)
        return _compact({
            "id": sid, "organization_id": self.id("organization", service.provider.key),
            "name": service.name, "description": text,
            "url": self.page_base and urls.absolute(self.page_base, urls.service(service.key)),
            "email": emails[0] if emails else None,
            "status": STATUSES[service.status], "alert": service.status_note,
            "application_process": service.how_to_apply,
            "fees_description": " ".join(filter(None, [COSTS[service.cost].capitalize() + ".", service.cost_note])),
            "eligibility_description": ", ".join(self.catalogue.target_groups[g].label for g in service.target_groups),
            "minimum_age": service.age and service.age.min, "maximum_age": service.age and service.age.max,
            "assured_date": service.verified.isoformat(),
            "licenses": service.registry_id and REGISTRY_LICENCE + service.registry_id,
            "organization": self.organization(service.provider),
            "phones": [_compact({"id": self.id("service", service.key, "phone", str(n)), "service_id": sid,
                                 "number": phone.number, "description": phone.label})
                       for n, phone in enumerate(service.contacts.phones)],
            "contacts": [{"id": self.id("service", service.key, "contact", str(n)), "service_id": sid, "email": email}
                         for n, email in enumerate(emails)],
            "service_areas": self._areas(service, sid),
            "service_at_locations": [self._at_location(service, sid, n, location)
                                     for n, location in enumerate(service.locations)],
            "languages": [{"id": self.id("service", service.key, "language", code), "service_id": sid,
                           "name": LANGUAGES[code], "code": code} for code in service.languages],
            "attributes": self._attributes(service, sid),
        })

    def _areas(self, service: ServiceRecord, sid: str) -> list[dict]:
        region = self.catalogue.region
        if service.whole_region:
            return [{"id": self.id("service", service.key, "area"), "service_id": sid, "name": region.name,
                     "description": "celý region"}]
        return [_compact({"id": self.id("service", service.key, "area", key), "service_id": sid,
                          "name": region.municipalities[key].name,
                          "uri": region.municipalities[key].code and RUIAN_MUNICIPALITY + region.municipalities[key].code})
                for key in service.municipalities]

    def _at_location(self, service: ServiceRecord, sid: str, n: int, place) -> dict:
        base = ("service", service.key, "location", str(n))
        at_id, location_id = self.id(*base, "at"), self.id(*base)
        schedules = [_compact({"id": self.id(*base, "hours", str(group), str(slot)), "service_id": sid,
                               "service_at_location_id": at_id, "freq": "WEEKLY",
                               "byday": ",".join(day.upper() for day in hours.days),
                               "opens_at": _time_of_day(span.split("-")[0]),
                               "closes_at": _time_of_day(span.split("-")[1]),
                               "notes": place.hours_note})
                     for group, hours in enumerate(place.hours) for slot, span in enumerate(hours.open)]
        if place.hours_note and not schedules:
            schedules = [{"id": self.id(*base, "hours"), "service_id": sid, "service_at_location_id": at_id,
                          "notes": place.hours_note}]
        accessibility = ([_compact({"id": self.id(*base, "access"), "location_id": location_id,
                                    "description": place.access_note, "details": WHEELCHAIR.get(place.wheelchair)})]
                         if place.access_note or place.wheelchair is not None else [])
        location = _compact({
            "id": location_id, "location_type": "physical", "name": place.name,
            "latitude": place.geo and place.geo.lat, "longitude": place.geo and place.geo.lon,
            "addresses": [self._address(self.id(*base, "address"), location_id, place.street, place.city,
                                        place.postcode, "physical")],
            "accessibility": accessibility,
        })
        return _compact({"id": at_id, "service_id": sid, "location_id": location_id, "location": location,
                         "schedules": schedules})

    def _address(self, address_id: str, location_id: str, street: str, city: str, postcode: str, kind: str) -> dict:
        return {"id": address_id, "location_id": location_id, "address_1": street, "city": city,
                "state_province": self.catalogue.region.name, "postal_code": postcode, "country": COUNTRY,
                "address_type": kind}

    def _attributes(self, service: ServiceRecord, sid: str) -> list[dict]:
        catalogue = self.catalogue
        linked = [("kind", catalogue.kinds[service.kind])]
        linked += [("form", catalogue.forms[key]) for key in service.forms]
        linked += [("target_group", catalogue.target_groups[key]) for key in service.target_groups]
        linked += [("life_situation", catalogue.life_situations[key]) for key in service.life_situations]
        linked += [("cost", Term(service.cost, COSTS[service.cost].capitalize(), COSTS[service.cost]))]
        return [self._attribute(sid, service.key, link_type, term) for link_type, term in linked]

    def _attribute(self, sid: str, service_key: str, link_type: str, term: Term) -> dict:
        taxonomy_key, taxonomy_name, taxonomy_description = TAXONOMIES[link_type]
        taxonomy_id = self.id("taxonomy", taxonomy_key)
        term_id = self.id("taxonomy", taxonomy_key, term.key)
        return _compact({
            "id": self.id("service", service_key, "attribute", link_type, term.key), "link_id": sid,
            "link_type": link_type, "link_entity": "service", "taxonomy_term_id": term_id,
            "value": term.paragraph and f"{term.paragraph} {ACT}",
            "taxonomy_term": {"id": term_id, "code": f"{taxonomy_key}/{term.key}", "name": term.label, "description": term.description,
                              "taxonomy": taxonomy_key, "taxonomy_id": taxonomy_id,
                              "taxonomy_detail": {"id": taxonomy_id, "name": taxonomy_name,
                                                  "description": taxonomy_description}},
        })



def _time_of_day(time: str) -> str:
    """'08:00' as HSDS's time of day, '08:00:00'; the end of the day is its last minute."""
    return (LAST_MINUTE if time == END_OF_DAY else time) + ":00"
