"""Writes imported providers and services as source files: fresh keys, never over a file, checked by the loader."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..editors.answers import slugify
from ..editors.newservice import source_text
from ..loader import load_catalogue
from ..problems import ContentError, Problem

HEADER = "# yaml-language-server: $schema=../../schema/{kind}.schema.json\n# Importováno z {source}; zkontrolujte.\n"


@dataclass
class ImportReport:
    """What an import did, printed at its end; `unmapped` lines say which service and what to do."""

    created: list[str] = field(default_factory=list)
    present: list[str] = field(default_factory=list)
    ended: list[str] = field(default_factory=list)
    outside: int = 0
    unmapped: list[str] = field(default_factory=list)

    def unmappable(self, service_name: str, message: str):
        self.unmapped.append(f"{service_name}: {message}")

    def lines(self) -> list[str]:
        lines = [f"created: {len(self.created)}", f"already present: {len(self.present)}",
                 f"ended: {len(self.ended)}", f"outside the region: {self.outside}",
                 f"values not mapped: {len(self.unmapped)}"]
        return lines + [f"  {line}" for line in self.unmapped]


class SourceWriter:
    """Creates files under one content folder; a key already taken gets a number, an existing file is kept."""

    def __init__(self, content: Path, source_name: str):
        self.content = content
        self.source_name = source_name
        self.written: list[Path] = []

    def taken(self, folder: str, key: str) -> bool:
        return (self.content / folder / f"{key}.yaml").exists()

    def free_key(self, folder: str, wanted: str) -> str:
        base = slugify(wanted) or "import"
        key, number = base, 1
        while self.taken(folder, key):
            number += 1
            key = f"{base}-{number}"
        return key

    def write(self, folder: str, key: str, data: dict) -> Path:
        """Create <folder>/<key>.yaml; FileExistsError if it is there (callers choose free keys first)."""
        path = self.content / folder / f"{key}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        kind = "service" if folder == "services" else "provider"
        with path.open("x", encoding="utf-8") as file:
            file.write(HEADER.format(kind=kind, source=self.source_name) + source_text(data))
        self.written.append(path)
        return path

    def check(self) -> list[Problem]:
        """The loader's errors in the folder after the import (none when every file validates)."""
        try:
            load_catalogue(self.content)
        except ContentError as error:
            return [problem for problem in error.problems if not problem.warning]
        return []
