"""The files of a folder at a git revision, read through NUL-separated git output so any file name survives."""
from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

SYMLINK_MODE = "120000"


class DiffError(Exception):
    """git cannot answer: not a repository, or an unknown revision."""


@dataclass(frozen=True)
class TreeFile:
    """One file as git stores it: path relative to the content folder, mode, blob id and size in bytes."""

    path: str
    mode: str
    blob: str
    size: int

    @property
    def is_symlink(self) -> bool:
        return self.mode == SYMLINK_MODE


def git_bytes(cwd: Path, *args: str) -> bytes:
    # --literal-pathspecs: a content folder named with *, ? or [ is a folder, not a pattern.
    result = subprocess.run(["git", "--literal-pathspecs", *args], cwd=cwd, capture_output=True)
    if result.returncode != 0:
        raise DiffError(f"git {' '.join(args)}: {result.stderr.decode('utf-8', 'replace').strip()}")
    return result.stdout


def decode_path(raw: bytes) -> str:
    """A path as text; bytes that are not UTF-8 are kept visible as \\xNN, never dropped."""
    return raw.decode("utf-8", "backslashreplace")


def files_at(top: Path, revision: str, prefix: str) -> dict[str, TreeFile]:
    """Every file under `prefix` (a folder relative to `top`, '' for all) at a revision, by relative path."""
    listing = git_bytes(top, "ls-tree", "-r", "-l", "-z", "--full-tree", revision, *([f"{prefix}/"] if prefix else []))
    files = {}
    for record in listing.split(b"\0"):
        if not record:
            continue
        meta, _, raw_path = record.partition(b"\t")
        mode, kind, blob, size = meta.decode("ascii").split()
        if kind != "blob":
            continue  # a submodule: nothing of it is in this repository to publish
        path = decode_path(raw_path)
        relative = path[len(prefix) + 1:] if prefix else path
        files[relative] = TreeFile(relative, mode, blob, int(size))
    return files


def blob_bytes(top: Path, blob: str) -> bytes:
    return git_bytes(top, "cat-file", "blob", blob)
