"""The national registry of social services (MPSV's rpss.json, read as a stream) as provider and service files."""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import ijson
import yaml

import schema

from ..catalogue import Catalogue
from ..editors.answers import slugify
from ..fields import check_ico, normalise_email, normalise_phone, normalise_web_url
from ..taxonomy import KINDS
from .jsonfile import check_json_file
from .writer import ImportReport, SourceWriter

MAPPING = Path(__file__).with_name("registry-mapping.yaml")
REGION_MAPPING = "registry-mapping.yaml"  # in the content folder: the region's additions
CODE_LISTS = {"kinds": "druhy-socialni-sluzby.json", "target_groups": "cilove-skupiny-osoby.json",
              "ages": "vekove-skupiny-osob.json"}
# Links to the ministry's own documents are never a provider's web.
MINISTRY_HOSTS = ("mpsv.cz",)


def read_mapping(content: Path) -> dict:
    """The built-in tables, each extended (or overridden) by the region's file when there is one."""
    mapping = yaml.safe_load(MAPPING.read_text(encoding="utf-8"))
    own = content / REGION_MAPPING
    if own.is_file():
        for table, entries in (yaml.safe_load(own.read_text(encoding="utf-8")) or {}).items():
            mapping.setdefault(table, {}).update(entries or {})
    return mapping


def read_code_lists(folder: Path) -> dict[str, dict[str, str]]:
    """Each code list as id → lowercase Czech name; a list that is not there is empty."""
    lists = {}
    for name, file in CODE_LISTS.items():
        path = folder / file
        if path.is_file():
            check_json_file(path)
        items = json.loads(path.read_text(encoding="utf-8"))["polozky"] if path.is_file() else []
        lists[name] = {item["id"]: item["nazev"]["cs"].strip().lower() for item in items}
    return lists


def registry_items(path: Path) -> Iterator[dict]:
    """One registered service at a time: the file (tens of MB) is never held whole."""
    with path.open("rb") as file:
        yield from ijson.items(file, "polozky.item", use_float=True)


def _ref(value) -> str:
    return (value or {}).get("id") or ""


def _date(text) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(text)[:10]) if text else None
    except ValueError:
        return None


def _text_id(value, width: int) -> str:
    """IČO and registration numbers stay text: a number would lose the leading zeros."""
    return str(value).strip().zfill(width) if value is not None else ""


class RegistryImport:
    """Picks the region's registrations and writes (or, with check, compares) them."""

    def __init__(self, catalogue: Catalogue, writer: SourceWriter, mapping: dict, code_lists: dict, today: dt.date):
        self.catalogue = catalogue
        self.writer = writer
        self.mapping = mapping
        self.code_lists = code_lists
        self.today = today
        self.report = ImportReport()
        self.by_code = {m.code: key for key, m in catalogue.region.municipalities.items() if m.code}
        self.by_registry_id = {s.registry_id: s for s in catalogue.services.values() if s.registry_id}
        self.provider_by_ico = {p.ico: key for key, p in catalogue.providers.items() if p.ico}

    # Reading one registration -------------------------------------------------------------------------------
    def _facilities(self, item: dict) -> list[tuple[str, dict]]:
        """The registration's current facilities in the region with their municipality key, repeats merged."""
        seen, chosen = set(), []
        for facility in item.get("zarizeni") or []:
            ended = _date(facility.get("poskytujeDo"))
            address = facility.get("adresa") or {}
            key = self.by_code.get(_ref(address.get("obec")).removeprefix("Obec/"))
            identity = address.get("kodAdresnihoMista") or (facility.get("nazev"), json.dumps(address, sort_keys=True))
            if key and not (ended and ended < self.today) and identity not in seen:
                seen.add(identity)
                chosen.append((key, facility))
        return chosen

    def _kind(self, item: dict) -> tuple[str | None, str]:
        name = self.code_lists["kinds"].get(_ref(item.get("druhSocialniSluzby")), "")
        return self.mapping["kinds"].get(name), name or _ref(item.get("druhSocialniSluzby"))

    def _forms(self, item: dict) -> list[str]:
        forms = [self.mapping["forms"].get(_ref(entry.get("forma")).rsplit("/", 1)[-1]) for entry in item.get("formy") or []]
        return list(dict.fromkeys(form for form in forms if form))

    # Import ----------------------------------------------------------------------------------------------------
    def run(self, items) -> ImportReport:
        for item in items:
            facilities = self._facilities(item)
            if not facilities:
                self.report.outside += 1
                continue
            registry_id = _text_id(item.get("identifikator"), 7)
            name = facilities[0][1].get("nazev") or registry_id
            if registry_id in self.by_registry_id:
                self.report.present.append(name)
            elif (_date(item.get("datumPoskytovaniDo")) or dt.date.max) < self.today:
                self.report.ended.append(name)
            else:
                self._write_service(item, registry_id, name.strip(), facilities)
        return self.report

    def _write_service(self, item: dict, registry_id: str, name: str, facilities: list[tuple[str, dict]]):
        kind, kind_name = self._kind(item)
        if kind is None:
            self.report.unmappable(name, f"kind '{kind_name}' is not in the mapping; add it under `kinds` in "
                                         f"content/{REGION_MAPPING} (or pass --codelists), the service was skipped")
            return
        provider = self._provider(item.get("poskytovatel") or {}, name)
        if provider is None:
            return
        defaults = {**self.mapping["defaults"]["*"], **self.mapping["defaults"].get(kind, {})}
        unreviewed = ["summary", "life_situations", "cost", "verified"]
        groups = self._target_groups(item, name)
        if not groups:
            groups = ["osoby-v-krizi"]
            unreviewed.append("target_groups")
        forms = self._forms(item) or ["ambulantni"]
        data = {
            "name": name, "provider": provider, "status": "active", "kind": kind, "registry_id": registry_id,
            "summary": KINDS[kind].description, "life_situations": defaults["life_situations"],
            "target_groups": groups, "age": self._age(item, name), "forms": forms,
            "capacity": self._capacity(item, name),
            "area": list(dict.fromkeys(key for key, _ in facilities)), "cost": defaults["cost"],
            "locations": [place for place in (self._location(key, facility, name) for key, facility in facilities)
                          if place],
            "contacts": self._contacts(item, item.get("poskytovatel") or {}, name),
            "verified": self.today, "unreviewed": sorted(set(unreviewed), key=list(schema.Service.model_fields).index),
        }
        key = self.writer.free_key("services", name)
        self.writer.write("services", key, {k: v for k, v in data.items() if v not in (None, [])})
        self.report.created.append(key)

    def _target_groups(self, item: dict, name: str) -> list[str]:
        keys = []
        for entry in item.get("ciloveSkupiny") or []:
            code = _ref(entry.get("cilovaSkupina"))
            label = self.code_lists["target_groups"].get(code, code)
            if label in self.mapping["target_groups"]:
                keys.append(self.mapping["target_groups"][label])
            else:
                self.report.unmappable(name, f"target group '{label}' has no katalog key; add it under "
                                             f"`target_groups` in content/{REGION_MAPPING} or choose one by hand")
        return list(dict.fromkeys(keys))

    def _age(self, item: dict, name: str) -> dict | None:
        ranges = []
        for entry in item.get("vekoveSkupiny") or []:
            code = _ref(next(iter(entry.values()), None) if isinstance(entry, dict) else None)
            label = self.code_lists["ages"].get(code, code)
            if label not in self.mapping["ages"]:
                self.report.unmappable(name, f"age group '{label}' is not in the mapping; write `age` by hand")
                return None
            ranges.append(self.mapping["ages"][label])
        if not ranges:
            return None
        age = {"min": min(r.get("min", 0) for r in ranges)}
        if all("max" in r for r in ranges):
            age["max"] = max(r["max"] for r in ranges)
        return age

    def _capacity(self, item: dict, name: str) -> list[dict]:
        capacity = []
        for entry in item.get("formy") or []:
            form = self.mapping["forms"].get(_ref(entry.get("forma")).rsplit("/", 1)[-1])
            for limit in entry.get("kapacity") or []:
                unit = self.mapping["capacity_units"].get(_ref(limit.get("typ")).rsplit("/", 1)[-1])
                if form and unit and isinstance(limit.get("pocet"), (int, float)) and limit["pocet"] >= 1:
                    capacity.append({"form": form, "count": int(limit["pocet"]), "unit": unit})
                elif form and limit.get("pocet"):
                    self.report.unmappable(name, f"capacity type '{_ref(limit.get('typ'))}' is not in the mapping; "
                                                 "add it under `capacity_units`")
        return capacity

    def _location(self, key: str, facility: dict, name: str) -> dict | None:
        address = facility.get("adresa") or {}
        city = self.catalogue.region.municipalities[key].name
        psc = str(address.get("psc") or "").replace(" ", "")
        number = "/".join(str(part) for part in (address.get("cisloDomovni"), address.get("cisloOrientacni")) if part)
        street = " ".join(filter(None, [((address.get("ulice") or {}).get("nazev") or city), number]))
        if len(psc) != 5 or not psc.isdigit() or not number:
            self.report.unmappable(name, f"facility '{facility.get('nazev')}' has no full address; "
                                         "add it to `locations` by hand")
            return None
        return {"name": facility.get("nazev"), "street": street, "city": city, "postcode": f"{psc[:3]} {psc[3:]}"}

    def _contacts(self, item: dict, provider: dict, name: str) -> dict:
        """The service's own contacts, else its provider's; only from the contact keys."""
        phones = self._values(item, "telefony", "telefon", normalise_phone, name) or \
            self._values(provider, "telefony", "telefon", normalise_phone, name)
        emails = self._values(item, "emaily", "email", normalise_email, name) or \
            self._values(provider, "emaily", "email", normalise_email, name)
        webs = self._values(item, "weby", "web", _provider_web, name) or \
            self._values(provider, "weby", "web", _provider_web, name)
        contacts = {"phones": [{"number": phone} for phone in phones], "emails": emails,
                    "web": webs[0] if webs else None}
        return {k: v for k, v in contacts.items() if v}

    def _values(self, record: dict, key: str, field: str, normalise, name: str) -> list[str]:
        values = []
        for entry in record.get(key) or []:
            raw = str(entry.get(field) or "").strip()
            try:
                values.append(normalise(raw)) if raw else None
            except ValueError:
                self.report.unmappable(name, f"{field} '{raw}' could not be read; add it by hand")
        return list(dict.fromkeys(value for value in values if value))

    def _provider(self, provider: dict, name: str) -> str | None:
        ico = _text_id(provider.get("ico"), 8)
        if ico in self.provider_by_ico:
            return self.provider_by_ico[ico]
        try:
            check_ico(ico)
        except ValueError as error:
            self.report.unmappable(name, f"{error}; the service was skipped")
            return None
        key = self.writer.free_key("providers", provider.get("nazev") or ico)
        data = {"name": (provider.get("nazev") or ico).strip(), "ico": ico}
        webs = self._values(provider, "weby", "web", _provider_web, name)
        emails = self._values(provider, "emaily", "email", normalise_email, name)
        phones = self._values(provider, "telefony", "telefon", normalise_phone, name)
        data.update({k: v[0] for k, v in (("website", webs), ("email", emails), ("phone", phones)) if v})
        # Personal names (statutarniOrgany, managers) are never read.
        self.writer.write("providers", key, data)
        self.provider_by_ico[ico] = key
        return key

    # Check -----------------------------------------------------------------------------------------------------
    def check(self, items) -> list[str]:
        """How the catalogue differs from the registry, one line each; writes nothing."""
        lines, seen = [], set()
        for item in items:
            if not self._facilities(item):
                continue
            registry_id = _text_id(item.get("identifikator"), 7)
            seen.add(registry_id)
            ours = self.by_registry_id.get(registry_id)
            ended = _date(item.get("datumPoskytovaniDo"))
            name = self._facilities(item)[0][1].get("nazev")
            if ours is None:
                if not (ended and ended < self.today):
                    lines.append(f"missing here: {registry_id} {name} ({self._kind(item)[1]})")
                continue
            if ended and ended < self.today and ours.status != "inactive":
                lines.append(f"{ours.source}: ended in the registry on {ended.isoformat()} but {ours.status} here")
            kind = self._kind(item)[0]
            if kind and kind != ours.kind:
                lines.append(f"{ours.source}: kind is {kind} in the registry, {ours.kind} here")
            forms = self._forms(item)
            if forms and set(forms) != set(ours.forms):
                lines.append(f"{ours.source}: forms are {', '.join(forms)} in the registry, {', '.join(ours.forms)} here")
        return lines


def _provider_web(text: str) -> str:
    url = normalise_web_url(text)
    if any(host in url.split("/")[2] for host in MINISTRY_HOSTS):
        raise ValueError(f"'{text}' is a ministry link, not the provider's web")
    return url

