"""Helpers for the editors' tests: the `katalog` command run as a user runs it, and git."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KATALOG = Path(sys.executable).with_name("katalog")
GIT_IDENTITY = {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
                "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid"}


def run_katalog(*args: str, cwd: Path = ROOT, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(KATALOG), *args], cwd=cwd, input=stdin, capture_output=True, text=True,
                          timeout=120)


def git(repo: Path, *args: str) -> str:
    result = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True,
                            env={**os.environ, **GIT_IDENTITY}, check=True)
    return result.stdout


def content_repo(folder: Path) -> Path:
    """A git repository whose first commit holds a copy of the sample content."""
    repo = folder / "repo"
    shutil.copytree(ROOT / "content", repo / "content")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "content")
    git(repo, "commit", "-q", "-m", "sample content")
    return repo
