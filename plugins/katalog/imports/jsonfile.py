"""Open-data files read safely: a size and a nesting depth that no real export reaches, checked by streaming
before anything builds Python objects (a deeply nested array would exhaust the recursion limit or memory)."""
from __future__ import annotations

from pathlib import Path

import ijson

# The national registry is about 60 MB; an HSDS export of a region a few MB.
MAX_BYTES = 500 * 1024 * 1024
# HSDS nests service → service_at_locations → location → addresses → … about 8 levels; the registry fewer.
MAX_DEPTH = 64


class UnsafeJson(ValueError):
    """The file is too big or nested too deep to be an export; the message says which."""


def check_json_file(path: Path) -> None:
    """Raise UnsafeJson unless the file is of a sane size and depth; ijson.JSONError for broken JSON."""
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise UnsafeJson(f"the file has {size / 1024 / 1024:,.0f} MB, more than the {MAX_BYTES // 1024 // 1024} MB "
                         "an export of social services can have")
    depth = 0
    with path.open("rb") as file:
        for event, _ in ijson.basic_parse(file):
            if event in ("start_map", "start_array"):
                depth += 1
                if depth > MAX_DEPTH:
                    raise UnsafeJson(f"values nested more than {MAX_DEPTH} levels deep; this is not an export")
            elif event in ("end_map", "end_array"):
                depth -= 1
