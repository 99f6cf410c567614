"""schema.org JSON-LD for a service page: the service, its provider, places, opening hours and phones."""
from __future__ import annotations

import json

from ..catalogue import Catalogue, ServiceRecord
from ..sitelanguage import SiteLanguage

_DAYS = {"mo": "Monday", "tu": "Tuesday", "we": "Wednesday", "th": "Thursday", "fr": "Friday",
         "sa": "Saturday", "su": "Sunday"}


def _address(place) -> dict:
    return {"@type": "PostalAddress", "streetAddress": place.street, "addressLocality": place.city,
            "postalCode": place.postcode, "addressCountry": "CZ"}


def _opening_hours(location) -> list[dict]:
    specs = []
    for group in location.hours:
        for span in group.open:
            opens, closes = span.split("-")
            specs.append({"@type": "OpeningHoursSpecification",
                          "dayOfWeek": [f"https://schema.org/{_DAYS[day]}" for day in group.days],
                          # schema.org has no 24:00; the last minute of the day stands for midnight.
                          "opens": opens, "closes": "23:59" if closes == "24:00" else closes})
    return specs


def _place(location) -> dict:
    place = {"@type": "Place", "name": location.name or location.street, "address": _address(location)}
    if location.geo:
        place["geo"] = {"@type": "GeoCoordinates", "latitude": location.geo.lat, "longitude": location.geo.lon}
    if location.hours:
        place["openingHoursSpecification"] = _opening_hours(location)
    return place


def _provider(service: ServiceRecord) -> dict:
    provider = service.provider
    organization = {"@type": "Organization", "name": provider.name}
    optional = {"url": provider.website, "email": provider.email, "telephone": provider.phone,
                "taxID": provider.ico}
    organization.update({key: value for key, value in optional.items() if value})
    if provider.address:
        organization["address"] = _address(provider.address)
    return organization


def service_data(service: ServiceRecord, catalogue: Catalogue, page_url: str | None, site: SiteLanguage) -> dict:
    """The schema.org description of a service as the page in `site`'s language shows it; `page_url` is its
    absolute address, when known."""
    labels = site.labels
    data = {
        "@context": "https://schema.org",
        "@type": "Service",
        "inLanguage": site.html_lang,
        "name": service.text("name", site.code),
        "description": service.text("summary", site.code),
        "serviceType": labels.kinds[service.kind].label,
        "provider": _provider(service),
        "areaServed": ({"@type": "AdministrativeArea", "name": catalogue.region.name} if service.whole_region
                       else [{"@type": "City", "name": name} for name in catalogue.area_names(service)]),
        "audience": [{"@type": "Audience", "audienceType": labels.target_groups[key].label}
                     for key in service.target_groups],
        "availableLanguage": list(service.languages),
    }
    if page_url:
        data["url"] = page_url
    channels = [{"@type": "ServiceChannel", "servicePhone": {"@type": "ContactPoint", "telephone": phone.number,
                                                             **({"name": phone.label} if phone.label else {})}}
                for phone in service.contacts.phones]
    channels += [{"@type": "ServiceChannel", "serviceLocation": _place(location)} for location in service.locations]
    if service.contacts.web:
        channels.append({"@type": "ServiceChannel", "serviceUrl": service.contacts.web})
    if channels:
        data["availableChannel"] = channels
    return data


def script_json(data: dict) -> str:
    """JSON safe inside <script>: no '<', '>' or '&' survives, so provider text cannot close the element."""
    text = json.dumps(data, ensure_ascii=False, indent=None, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
