"""A hash of everything the build's outputs are made from: the content folder, the theme, katalog's code (with
its labels and message catalogs), schema.py, the settings, the build's date and the installed packages.

Worked out once per build, before the content is read (plugin.py), so a file saved while the build runs makes
the next build's key differ from this one's. The PDF cache (pdf/cache.py) finds an unchanged catalogue by it
without rendering its template."""
from __future__ import annotations

import hashlib
import json
import os
import stat
import sys
from collections.abc import Iterable
from importlib.metadata import distributions
from pathlib import Path

import schema

from .settings import build_today

CODE = Path(__file__).parent
# The print sheets, fonts and colour profile every PDF uses, whatever THEME is (pdf/render.py reads them here).
PRINT_DIR = CODE.resolve().parents[1] / "theme" / "print"
_CONTEXT_KEY = "katalog_sources_key"
# Settings that differ from build to build without changing what is built.
_PER_BUILD_SETTINGS = {"OUTPUT_PATH"}


def sources_key(paths: Iterable[Path], settings: dict) -> str:
    """A hash of every regular file under `paths` (its path and bytes), of `settings`, of the date the build
    checks against and of the Python and package versions."""
    digest = hashlib.sha256()
    for path in paths:
        for file in sorted(_files_under(Path(path))):
            digest.update(str(file).encode() + b"\0" + _contents(file))
    facts = {name: value for name, value in settings.items() if name not in _PER_BUILD_SETTINGS}
    digest.update(json.dumps(facts, sort_keys=True, default=_stable_repr).encode())
    packages = sorted((dist.metadata["Name"] or "", dist.version) for dist in distributions())
    digest.update(json.dumps([build_today(settings).isoformat(), sys.version, packages]).encode())
    return digest.hexdigest()


def remember(context: dict, settings: dict) -> str:
    """This build's key, worked out on the first call and kept in the context."""
    if _CONTEXT_KEY not in context:
        paths = [Path(settings["PATH"]), Path(settings["THEME"]), PRINT_DIR, CODE, Path(schema.__file__)]
        context[_CONTEXT_KEY] = sources_key(paths, settings)
    return context[_CONTEXT_KEY]


def _files_under(path: Path) -> Iterable[Path]:
    if not path.is_dir():
        yield path
        return
    for top, dirs, files in os.walk(path):
        dirs[:] = [name for name in dirs if name != "__pycache__"]
        yield from (Path(top) / name for name in files if not name.endswith(".pyc"))


def _contents(file: Path) -> bytes:
    """A regular file's bytes; for anything else (a dangling link, an editor's lock file, a FIFO, a file
    removed meanwhile) what it is, so hashing never stops or hangs the build."""
    try:
        if stat.S_ISREG(file.stat().st_mode):
            return file.read_bytes()
        return b"not a regular file"
    except OSError as error:
        return f"unreadable: {error.strerror}".encode()


def _stable_repr(value):
    """A setting JSON cannot hold: a set in order, else its repr, unless that names a memory address, which
    changes every run."""
    if isinstance(value, (set, frozenset)):
        return sorted(map(repr, value))
    text = repr(value)
    return type(value).__qualname__ if " at 0x" in text else text
