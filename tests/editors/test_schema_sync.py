"""The committed JSON Schemas match schema.py, and every source file points its editor at them."""
from __future__ import annotations

from pathlib import Path

import pytest

from katalog.jsonschemas import SCHEMAS, write_schemas

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_LINE = "# yaml-language-server: $schema=../../schema/{}.schema.json"


def test_committed_schemas_match_the_models(tmp_path):
    written = write_schemas(tmp_path)
    committed = sorted(p.name for p in (ROOT / "schema").glob("*.schema.json"))
    assert committed == sorted(p.name for p in written)
    stale = [p.name for p in written if p.read_bytes() != (ROOT / "schema" / p.name).read_bytes()]
    assert not stale, f"schema/ is out of date ({', '.join(stale)}): run `katalog schema` and commit schema/"


def _contract_copies() -> set[bytes]:
    """The contract's examples, which the sample content holds byte for byte (tests/foundation/test_contract.py)."""
    return {path.read_bytes() for path in (ROOT / "tests" / "contract").glob("*.yaml")}


def _sources(folder: str) -> list[Path]:
    """The files the line can be added to: the contract's copies must stay as the contract has them."""
    copies = _contract_copies()
    return [p for p in sorted((ROOT / "content" / folder).glob("*.yaml")) if p.read_bytes() not in copies]


@pytest.mark.parametrize("folder, schema_name", [("services", "service"), ("providers", "provider")])
def test_every_source_file_names_its_schema_for_the_editor(folder, schema_name):
    assert schema_name in SCHEMAS
    line = SCHEMA_LINE.format(schema_name)
    missing = [p.name for p in _sources(folder) if line not in p.read_text(encoding="utf-8").splitlines()[:3]]
    assert not missing, f"add `{line}` as the first line of: {', '.join(missing)}"
