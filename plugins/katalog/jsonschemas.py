"""JSON Schemas of the source files, so providers' editors complete and check fields as they type."""
from __future__ import annotations

import json
from pathlib import Path

import schema

SCHEMAS = {
    "service": schema.Service,
    "provider": schema.Provider,
    "region": schema.Region,
    "leaflets": schema.Leaflets,
    "life-situations": schema.LifeSituations,
}


def schema_text(model) -> str:
    document = {"$schema": "https://json-schema.org/draft/2020-12/schema", **model.model_json_schema()}
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_schemas(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, model in SCHEMAS.items():
        path = folder / f"{name}.schema.json"
        path.write_text(schema_text(model), encoding="utf-8")
        written.append(path)
    return written
