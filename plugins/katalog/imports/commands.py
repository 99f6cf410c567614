"""`katalog import hsds|registry`: open data into a content folder (exit codes as in katalog.cli)."""
from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import ijson
import yaml

import schema

from ..console import load_or_exit_code
from ..problems import ContentError
from ..loader import load_region
from .hsds import HsdsImport
from .jsonfile import UnsafeJson, check_json_file
from .registry import RegistryImport, read_code_lists, read_mapping, registry_items
from .writer import ImportReport, SourceWriter


def _finish(report: ImportReport, writer: SourceWriter) -> int:
    for line in report.lines():
        print(line)
    problems = writer.check()
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} error(s) in the content after the import; fix the lines above", file=sys.stderr)
        return 1
    print(f"OK: the content in {writer.content} validates; imported defaults are listed under `unreviewed`.")
    return 0


def region_or_exit(content: Path, command: str) -> schema.Region | int:
    """The region of the content folder, or the exit code after saying why not."""
    try:
        return load_region(content)
    except ContentError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        print(f"katalog import {command}: the content folder needs a valid region.yaml first", file=sys.stderr)
        return 2


def cmd_import_hsds(args) -> int:
    content, path = Path(args.content), Path(args.path)
    region = region_or_exit(content, "hsds")
    if isinstance(region, int):
        return region
    try:
        check_json_file(path)
        services = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, ijson.JSONError) as error:
        print(f"katalog import hsds: {path}: {error}", file=sys.stderr)
        return 2
    if not isinstance(services, list) or not all(isinstance(item, dict) for item in services):
        print(f"katalog import hsds: {path}: expected an array of HSDS service objects", file=sys.stderr)
        return 2
    writer = SourceWriter(content, path.name)
    return _finish(HsdsImport(region, writer, dt.date.today()).run(services), writer)


def cmd_import_registry(args) -> int:
    content, path = Path(args.content), Path(args.rpss)
    if not path.is_file():
        print(f"katalog import registry: {path}: no such file", file=sys.stderr)
        return 2
    catalogue = load_or_exit_code(content)
    if isinstance(catalogue, int):
        return catalogue
    if not any(m.code for m in catalogue.region.municipalities.values()):
        print("katalog import registry: no municipality in region.yaml has a `code`; add the ČSÚ codes first",
              file=sys.stderr)
        return 2
    try:
        code_lists = read_code_lists(Path(args.codelists) if args.codelists else path.parent)
        mapping = read_mapping(content)
    except (OSError, ValueError, KeyError, yaml.YAMLError) as error:
        print(f"katalog import registry: the code lists or the mapping cannot be read: {error}", file=sys.stderr)
        return 2
    writer = SourceWriter(content, path.name)
    registry = RegistryImport(catalogue, writer, mapping, code_lists, dt.date.today())
    try:
        check_json_file(path)
        if args.check:
            lines = registry.check(registry_items(path))
            print("\n".join(lines) if lines else "The catalogue agrees with the registry.")
            return 0
        report = registry.run(registry_items(path))
    except (ijson.JSONError, OSError, UnsafeJson) as error:
        print(f"katalog import registry: {path}: not a registry file in the expected shape: {error}", file=sys.stderr)
        return 2
    return _finish(report, writer)


def add_commands(commands) -> None:
    """Add `katalog import` and its kinds of source to the `katalog` parser."""
    imports = commands.add_parser("import", help="create provider and service files from open data")
    kinds = imports.add_subparsers(dest="source", required=True)
    hsds = kinds.add_parser("hsds", help="from an HSDS 3.0 JSON export (an array of service objects)")
    hsds.add_argument("path", help="the HSDS JSON file")
    hsds.add_argument("--content", default="content", help="content folder with region.yaml (default: content)")
    hsds.set_defaults(run=cmd_import_hsds)
    registry = kinds.add_parser("registry", help="from the national registry of social services (rpss.json)")
    registry.add_argument("rpss", metavar="RPSS_JSON", help="the registry's rpss.json")
    registry.add_argument("--codelists", help="folder of the code lists (default: the folder of RPSS_JSON)")
    registry.add_argument("--content", default="content", help="content folder (default: content)")
    registry.add_argument("--check", action="store_true", help="write nothing; list how the catalogue differs")
    registry.set_defaults(run=cmd_import_registry)
