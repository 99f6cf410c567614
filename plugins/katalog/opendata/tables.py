"""The compiled HSDS objects flattened into the Tabular Data Package: one CSV per official resource."""
from __future__ import annotations

import copy
import csv
import io
import json
from functools import cache
from pathlib import Path

DESCRIPTOR = Path(__file__).with_name("hsds-3.0") / "datapackage.json"

# Which resource a nested key of a compiled object holds.
NESTED = {
    "organization": "organization", "phones": "phone", "contacts": "contact", "service_areas": "service_area",
    "service_at_locations": "service_at_location", "location": "location", "locations": "location",
    "addresses": "address", "accessibility": "accessibility", "schedules": "schedule", "languages": "language",
    "attributes": "attribute", "taxonomy_term": "taxonomy_term", "taxonomy_detail": "taxonomy",
    "organization_identifiers": "organization_identifier",
}
# The resources katalog fills, always written (a header alone when empty) so the package's shape never varies.
WRITTEN = ("organization", "service", "service_at_location", "location", "address", "phone", "contact",
           "schedule", "service_area", "language", "accessibility", "attribute", "taxonomy_term", "taxonomy",
           "organization_identifier")


@cache
def official() -> dict:
    return json.loads(DESCRIPTOR.read_text(encoding="utf-8"))


def resources() -> dict[str, dict]:
    return {resource["name"]: resource for resource in official()["resources"]}


def rows_by_resource(services: list[dict], organizations: list[dict]) -> dict[str, list[dict]]:
    """Every object once (by id), in the order first met, under the resource it belongs to."""
    tables: dict[str, dict[str, dict]] = {name: {} for name in WRITTEN}

    def visit(resource: str, obj: dict):
        tables[resource].setdefault(obj["id"], obj)
        for key, value in obj.items():
            if key in NESTED:
                for child in value if isinstance(value, list) else [value]:
                    visit(NESTED[key], child)

    for organization in organizations:
        visit("organization", organization)
    for service in services:
        visit("service", service)
    return {name: list(rows.values()) for name, rows in tables.items()}


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def csv_bytes(resource: str, rows: list[dict]) -> bytes:
    """The resource's columns in the official order; nested objects live in their own files."""
    fields = [field["name"] for field in resources()[resource]["schema"]["fields"]]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(fields)
    for row in rows:
        writer.writerow([_cell(row.get(name)) for name in fields])
    return buffer.getvalue().encode("utf-8")


def package_descriptor(licence: dict, title: str) -> dict:
    """The official descriptor cut to the written resources: a foreign key to an absent one is dropped."""
    descriptor = {key: value for key, value in copy.deepcopy(official()).items() if key != "resources"}
    descriptor.update(name="katalog-hsds", title=title, licenses=[licence])
    descriptor.pop("license", None)
    kept = []
    for name, resource in resources().items():
        if name not in WRITTEN:
            continue
        resource = copy.deepcopy(resource)
        schema = resource["schema"]
        schema["foreignKeys"] = [key for key in schema.get("foreignKeys", [])
                                 if key["reference"]["resource"] in WRITTEN]
        if not schema["foreignKeys"]:
            del schema["foreignKeys"]
        resource["encoding"] = "utf-8"
        kept.append(resource)
    return descriptor | {"resources": kept}
