"""The `katalog` command: validate the sources, write the JSON Schemas, and the editors' tools.

Exit codes: 0 success, 1 the content has errors, 2 wrong usage.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .editors.commands import add_commands as add_editor_commands
from .imports.commands import add_commands as add_import_commands
from .console import load_or_exit_code
from .jsonschemas import write_schemas
from .leaflets.choice import capacity_warnings


def cmd_validate(args) -> int:
    catalogue = load_or_exit_code(Path(args.content), args.settings)
    if isinstance(catalogue, int):
        return catalogue
    # Whether a leaflet holds all it selects is known for sure only once the build lays it out.
    leaflet_warnings = capacity_warnings(catalogue)
    for warning in leaflet_warnings:
        print(warning, file=sys.stderr)
    print(f"OK: {len(catalogue.services)} services ({len(catalogue.published)} published), "
          f"{len(catalogue.providers)} providers, {len(catalogue.region.municipalities)} municipalities, "
          f"{len(catalogue.leaflets)} leaflets, {len(catalogue.warnings) + len(leaflet_warnings)} warning(s)")
    return 0


def cmd_schema(args) -> int:
    for path in write_schemas(Path(args.out)):
        print(path)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="katalog", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    validate = commands.add_parser("validate", help="check every source file and list all problems")
    validate.add_argument("content", nargs="?", default="content", help="content folder (default: content)")
    validate.add_argument("--settings", type=Path, help="the project's settings (default: pelicanconf.py here, if any)")
    validate.set_defaults(run=cmd_validate)
    schemas = commands.add_parser("schema", help="write the JSON Schemas for editors")
    schemas.add_argument("--out", default="schema", help="folder to write to (default: schema)")
    schemas.set_defaults(run=cmd_schema)
    add_editor_commands(commands)
    add_import_commands(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
