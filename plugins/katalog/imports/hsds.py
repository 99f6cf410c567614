"""An HSDS 3.0 export (an array of compiled service objects, katalog's or another system's) as source files."""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

import schema

from .. import taxonomy
from ..fields import check_ico, normalise_email, normalise_phone, normalise_web_url
from ..hsdsterms import (END_OF_DAY, ICO_SCHEME, LAST_MINUTE, REGISTRY_LICENCE, RUIAN_MUNICIPALITY, STATUSES,
                         TAXONOMIES, WHEELCHAIR)
from .writer import ImportReport, SourceWriter

# Defaults for required fields the data lacks; the service lists them under `unreviewed`.
DEFAULTS = {"kind": "zakladni-socialni-poradenstvi", "life_situations": ["akutni-krize"],
            "target_groups": ["osoby-v-krizi"], "cost": "free"}
STATUS_BACK = {value: key for key, value in STATUSES.items()} | {"inactive": "inactive", "defunct": "inactive"}
WHEELCHAIR_BACK = {text: flag for flag, text in WHEELCHAIR.items()}
OWN_PAGE = re.compile(r"/sluzby/([a-z0-9]+(?:-[a-z0-9]+)*)/$")
OWN_PROVIDER_PAGE = re.compile(r"/poskytovatele/([a-z0-9]+(?:-[a-z0-9]+)*)/$")
DAYS = {day.upper(): day for day in taxonomy.DAY_KEYS}


def _postcode(text: str | None) -> str | None:
    digits = re.sub(r"\s", "", text or "")
    return f"{digits[:3]} {digits[3:]}" if re.fullmatch(r"\d{5}", digits) else None


def _time(text: str | None) -> str | None:
    match = re.match(r"^(\d{1,2}):(\d{2})", text or "")
    if not match:
        return None
    time = f"{int(match[1]):02d}:{match[2]}"
    return END_OF_DAY if time == LAST_MINUTE else time


class HsdsImport:
    """Maps each service object to a provider and a service file; everything it cannot map goes to the report."""

    def __init__(self, region: schema.Region, writer: SourceWriter, today: dt.date):
        self.region = region
        self.writer = writer
        self.today = today
        self.report = ImportReport()
        self.providers: dict[str, str] = {}  # organization id -> provider key
        self.by_code = {m.code: key for key, m in region.municipalities.items() if m.code}
        self.by_name = {m.name.casefold(): key for key, m in region.municipalities.items()}

    def run(self, services: list[dict]) -> ImportReport:
        for service in services:
            self.service(service)
        return self.report

    def _note(self, service: dict, message: str):
        self.report.unmappable(service.get("name", "(no name)"), message)

    def _terms(self, service: dict, link_type: str, known) -> list[str]:
        """Keys of katalog's own taxonomy terms; other systems' terms by their name."""
        taxonomy_key = TAXONOMIES[link_type][0]
        labels = {term.label.casefold(): key for key, term in known.items()} if isinstance(known, dict) else {}
        keys = []
        for attribute in service.get("attributes", []):
            term = attribute.get("taxonomy_term") or {}
            code = term.get("code") or ""
            if attribute.get("link_type") == link_type and code.startswith(taxonomy_key + "/"):
                key = code.split("/", 1)[1]
                if key in known:
                    keys.append(key)
                else:
                    self._note(service, f"{link_type} '{key}' is not known here; add it or choose another")
            elif attribute.get("link_type") == link_type and term.get("name", "").casefold() in labels:
                keys.append(labels[term["name"].casefold()])
        return list(dict.fromkeys(keys))

    def service(self, obj: dict):
        name = (obj.get("name") or "").strip()
        if not name:
            self._note(obj, "a service without a name was skipped; give it a name in the source system")
            return
        own = OWN_PAGE.search(obj.get("url") or "") if any(
            (a.get("taxonomy_term") or {}).get("taxonomy", "").startswith("katalog-") for a in obj.get("attributes", [])
        ) else None
        key = own[1] if own else None
        if key and self.writer.taken("services", key):
            self.report.present.append(name)
            return
        key = key or self.writer.free_key("services", name)
        provider = self.provider(obj)
        if provider is None:
            return
        unreviewed: list[str] = []
        data = {"name": name, "provider": provider}
        data["status"] = STATUS_BACK.get(obj.get("status"), "active")
        if obj.get("status") not in STATUS_BACK:
            self._note(obj, f"status '{obj.get('status')}' is not an HSDS status; written as active, check `status`")
        data["status_note"] = obj.get("alert")
        data.update(self._kind(obj))
        data.update(self._texts(obj, name, unreviewed))
        data["life_situations"] = self._terms(obj, "life_situation", taxonomy.LIFE_SITUATIONS)
        data["target_groups"] = self._terms(obj, "target_group", taxonomy.TARGET_GROUPS) or self._groups(obj)
        ages = {bound: int(obj[f"{bound}imum_age"]) for bound in ("min", "max")
                if isinstance(obj.get(f"{bound}imum_age"), (int, float))}
        data["age"] = ages or None
        data["forms"] = self._terms(obj, "form", taxonomy.FORMS)
        if not data["forms"]:
            data["forms"] = ["ambulantni"] if obj.get("service_at_locations") else ["terenni"]
            unreviewed.append("forms")
        data["area"] = self._area(obj, unreviewed)
        data.update(self._cost(obj, unreviewed))
        data["languages"] = self._languages(obj)
        data["how_to_apply"] = obj.get("application_process")
        data["locations"] = [place for place in map(lambda at: self._location(obj, at), obj.get("service_at_locations", []))
                             if place]
        data["contacts"] = self._contacts(obj, bool(own))
        data["verified"] = self._verified(obj, unreviewed)
        for field_name, default in DEFAULTS.items():
            if not data.get(field_name):
                data[field_name] = default
                unreviewed.append(field_name)
                self._note(obj, f"no {field_name.replace('_', ' ')} in the data; written as {default}, "
                                f"check `{field_name}` (the keys are in CONTRIBUTING.md)")
        data["unreviewed"] = sorted(set(unreviewed), key=list(schema.Service.model_fields).index)
        self.writer.write("services", key, _with_contacts(_clean(_ordered(data))))
        self.report.created.append(key)

    def _kind(self, obj: dict) -> dict:
        kinds = self._terms(obj, "kind", taxonomy.KINDS)
        registry = re.search(r"\b(\d{7})\b", obj.get("licenses") or "")
        data = {"kind": kinds[0] if kinds else None}
        if registry and (obj.get("licenses") or "").startswith(REGISTRY_LICENCE):
            data["registry_id"] = registry[1]
        if data["kind"] and not taxonomy.KINDS[data["kind"]].registered:
            data.pop("registry_id", None)
        return data

    def _texts(self, obj: dict, name: str, unreviewed: list[str]) -> dict:
        paragraphs = [p.strip() for p in (obj.get("description") or "").split("\n\n") if p.strip()]
        if not paragraphs:
            unreviewed.append("summary")
            self._note(obj, "no description; the summary is the name, write one in `summary`")
            return {"summary": name}
        summary, rest = paragraphs[0], paragraphs[1:]
        if len(summary) > 400:
            cut = summary[:400].rsplit(". ", 1)[0] + "."
            rest, summary = [summary] + rest, cut if len(cut) > 20 else summary[:399] + "…"
            unreviewed.append("summary")
        return {"summary": summary, "description": "\n\n".join(rest) or None}

    def _groups(self, obj: dict) -> list[str]:
        labels = {term.label.casefold(): key for key, term in taxonomy.TARGET_GROUPS.items()}
        items = [item.strip() for item in (obj.get("eligibility_description") or "").split(",") if item.strip()]
        return [labels[item.casefold()] for item in items if item.casefold() in labels]

    def _area(self, obj: dict, unreviewed: list[str]):
        areas = obj.get("service_areas") or []
        if not areas or any(area.get("name") == self.region.name for area in areas):
            if not areas:
                unreviewed.append("area")
                self._note(obj, "no service area; written as the whole region, check `area`")
            return "all"
        keys = []
        for area in areas:
            uri = area.get("uri") or ""
            key = (self.by_code.get(uri[len(RUIAN_MUNICIPALITY):]) if uri.startswith(RUIAN_MUNICIPALITY) else None) \
                or self.by_name.get((area.get("name") or "").casefold())
            if key:
                keys.append(key)
            else:
                self._note(obj, f"service area '{area.get('name')}' is no municipality of region.yaml; "
                                "add it there or leave it out")
        if not keys:
            unreviewed.append("area")
            return "all"
        return list(dict.fromkeys(keys))

    def _cost(self, obj: dict, unreviewed: list[str]) -> dict:
        text = (obj.get("fees_description") or "").strip()
        costs = self._terms(obj, "cost", {key: taxonomy.Term(key, label.capitalize(), label)
                                          for key, label in taxonomy.COSTS.items()})
        for key, label in taxonomy.COSTS.items():
            prefix = label.capitalize() + "."
            if text.startswith(prefix):
                costs = costs or [key]
                text = text[len(prefix):].strip()
        if not costs and text:
            unreviewed.append("cost")
        return {"cost": costs[0] if costs else None, "cost_note": text or None}

    def _languages(self, obj: dict) -> list[str] | None:
        codes = []
        for language in obj.get("languages", []):
            code = (language.get("code") or "").lower()
            if code in taxonomy.LANGUAGES:
                codes.append(code)
            else:
                self._note(obj, f"language '{language.get('name') or code}' is not in katalog's list; "
                                "add its code to `languages` if it is")
        return list(dict.fromkeys(codes)) or None

    def _location(self, obj: dict, at: dict) -> dict | None:
        location = at.get("location") or {}
        addresses = location.get("addresses") or []
        address = next((a for a in addresses if a.get("address_type") == "physical"), addresses[0] if addresses else None)
        postcode = _postcode(address and address.get("postal_code"))
        if not address or not address.get("address_1") or not address.get("city") or not postcode:
            self._note(obj, f"location '{location.get('name') or ''}' has no full Czech address; add it to `locations`")
            return None
        access = (location.get("accessibility") or [{}])[0]
        hours: dict[str, list[str]] = defaultdict(list)
        notes = None
        for schedule in at.get("schedules") or []:
            notes = notes or schedule.get("notes")
            days = [DAYS.get(day.strip()) for day in (schedule.get("byday") or "").split(",") if day.strip()]
            opens, closes = _time(schedule.get("opens_at")), _time(schedule.get("closes_at"))
            if days and all(days) and opens and closes:
                hours[",".join(days)].append(f"{opens}-{closes}")
            elif schedule.get("byday") or schedule.get("opens_at"):
                self._note(obj, f"opening hours '{schedule.get('byday')} {schedule.get('opens_at')}' could not be "
                                "read; write them in `hours`")
        geo = ({"lat": location["latitude"], "lon": location["longitude"]}
               if isinstance(location.get("latitude"), (int, float)) and isinstance(location.get("longitude"), (int, float))
               else None)
        return {"name": location.get("name"), "street": address["address_1"], "city": address["city"],
                "postcode": postcode, "geo": geo, "wheelchair": WHEELCHAIR_BACK.get(access.get("details")),
                "access_note": access.get("description"),
                "hours": [{"days": days.split(","), "open": spans} for days, spans in hours.items()],
                "hours_note": notes}

    def _contacts(self, obj: dict, own: bool) -> dict:
        phones = []
        for phone in obj.get("phones", []):
            try:
                phones.append({"number": normalise_phone(phone.get("number") or ""), "label": phone.get("description")})
            except ValueError:
                self._note(obj, f"phone '{phone.get('number')}' is not a phone number; add it by hand")
        emails = []
        for text in [obj.get("email")] + [contact.get("email") for contact in obj.get("contacts", [])]:
            try:
                emails.append(normalise_email(text)) if text else None
            except ValueError:
                self._note(obj, f"e-mail '{text}' is not an address; add it by hand")
        web = None if own else _web(obj.get("url"))
        if not own and obj.get("url") and not web:
            self._note(obj, f"web address '{obj['url']}' is not one; add it to `contacts.web` by hand")
        return {"phones": phones, "emails": list(dict.fromkeys(emails)), "web": web}

    def _verified(self, obj: dict, unreviewed: list[str]) -> dt.date:
        try:
            verified = dt.date.fromisoformat((obj.get("assured_date") or "")[:10])
            if verified <= self.today:
                return verified
        except ValueError:
            pass
        unreviewed.append("verified")
        self._note(obj, "no assured date in the past; `verified` is today, ask the provider to confirm the details")
        return self.today

    def provider(self, obj: dict) -> str | None:
        organization = obj.get("organization") or {}
        if not organization.get("name"):
            self._note(obj, "no organization; the service was skipped, add its provider first")
            return None
        if organization.get("id") in self.providers:
            return self.providers[organization["id"]]
        own = OWN_PROVIDER_PAGE.search(organization.get("uri") or "")
        key = own[1] if own else self.writer.free_key("providers", organization["name"])
        if not self.writer.taken("providers", key):
            self.writer.write("providers", key, _clean(self._provider_data(obj, organization)))
        self.providers[organization.get("id")] = key
        return key

    def _provider_data(self, obj: dict, organization: dict) -> dict:
        ico = next((i.get("identifier") for i in organization.get("organization_identifiers", [])
                    if i.get("identifier_scheme") == ICO_SCHEME), None)
        try:
            ico = ico and check_ico(ico)
        except ValueError:
            self._note(obj, f"IČO '{ico}' of {organization['name']} is not valid; add the right one to the provider")
            ico = None
        phone = None
        for number in (p.get("number") for p in organization.get("phones", [])):
            try:
                phone = phone or normalise_phone(number or "")
            except ValueError:
                self._note(obj, f"phone '{number}' of {organization['name']} is not a phone number")
        address = None
        for location in organization.get("locations", []):
            for candidate in location.get("addresses", []):
                postcode = _postcode(candidate.get("postal_code"))
                if postcode and candidate.get("address_1") and candidate.get("city") and not address:
                    address = {"street": candidate["address_1"], "city": candidate["city"], "postcode": postcode}
        description = organization.get("description")
        return {"name": organization["name"], "short_name": organization.get("alternate_name"),
                "legal_form": organization.get("legal_status"), "ico": ico,
                "website": _web(organization.get("website")), "email": _email(organization.get("email")),
                "phone": phone, "address": address,
                "description": description if description and description != organization["name"] else None}


def _with_contacts(data: dict) -> dict:
    """`contacts` is required even when the data has none."""
    return data if "contacts" in data else {**data, "contacts": {}}


def _web(url: str | None) -> str | None:
    try:
        return normalise_web_url(url) if url else None
    except ValueError:
        return None


def _email(text: str | None) -> str | None:
    try:
        return normalise_email(text) if text else None
    except ValueError:
        return None


def _ordered(data: dict) -> dict:
    """The fields in the order of schema.py, so the file reads like the documentation."""
    order = list(schema.Service.model_fields)
    return {name: data[name] for name in sorted(data, key=order.index)}


def _clean(data):
    """Without empty values: the file then holds what the data says, and the schema's defaults do the rest."""
    if isinstance(data, dict):
        cleaned = {key: _clean(value) for key, value in data.items()}
        return {key: value for key, value in cleaned.items() if value not in (None, [], {}, "")}
    if isinstance(data, list):
        return [_clean(item) for item in data]
    return data
