"""Reading an HSDS export back and checking it against the vendored official JSON Schemas."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from site_tools import CONTENT

SCHEMAS = Path(__file__).resolve().parents[1] / "hsds-3.0"
HSDS = "data/hsds"


def _registry() -> Registry:
    """Every vendored schema under its own file name, so a $ref resolves here and never over the network."""
    resources = [(path.name, Resource.from_contents(json.loads(path.read_text(encoding="utf-8")),
                                                    default_specification=DRAFT202012))
                 for path in SCHEMAS.glob("*.json")]
    return Registry().with_resources(resources)


def validator(name: str) -> Draft202012Validator:
    """A validator for service.json or organization.json with format checking on (uuid, uri, email …)."""
    schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    return Draft202012Validator(schema, registry=_registry(), format_checker=FormatChecker())


def schema_errors(name: str, objects: list[dict]) -> list[str]:
    check = validator(name)
    return [f"{obj.get('name')}: {'/'.join(map(str, error.absolute_path))}: {error.message}"
            for obj in objects for error in check.iter_errors(obj)]


def read_export(output: Path, file: str = "services.json") -> list[dict]:
    return json.loads((output / HSDS / file).read_text(encoding="utf-8"))


def run_katalog(*args: str) -> subprocess.CompletedProcess:
    """The `katalog` command as a user runs it."""
    return subprocess.run([str(Path(sys.executable).with_name("katalog")), *args], capture_output=True, text=True,
                          timeout=600)


def empty_content(folder: Path) -> Path:
    """A content folder with only the sample's region.yaml."""
    folder.mkdir(parents=True)
    shutil.copy(CONTENT / "region.yaml", folder / "region.yaml")
    return folder
