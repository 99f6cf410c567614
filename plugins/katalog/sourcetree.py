"""The content folder as the build may read it: regular files inside it, no link or special file leading out."""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from .problems import Problem

_COPY_INSTEAD = "put the file itself into the content folder instead of a link"


@dataclass
class TreeCheck:
    """What walking a folder found: problems to report, and the paths no reader may open."""

    problems: list[Problem] = field(default_factory=list)
    refused: set[Path] = field(default_factory=set)

    def refuse(self, path: Path, message: str):
        self.problems.append(Problem(str(path), 1, 1, "(file)", message))
        self.refused.add(path)

    def allows(self, path: Path) -> bool:
        """False for a refused path and for anything below a refused folder."""
        return not any(path == bad or bad in path.parents for bad in self.refused)


def is_inside(path: Path | str, root: Path | str) -> bool:
    """Whether `path`, with every link and '..' resolved, lies inside `root` (resolved likewise)."""
    return Path(os.path.realpath(path)).is_relative_to(os.path.realpath(root))


def check_tree(root: Path) -> TreeCheck:
    """Every entry below `root` that is a link leading out of it, a broken link, or neither a file nor a folder.

    Pelican follows links when it walks the content (os.walk with followlinks=True) and copies what it
    finds, so a link to ~/.ssh/id_ed25519 under images/ would be published. The walk here does not follow
    links: a link to a folder inside `root` is fine, since that folder is walked anyway."""
    check = TreeCheck()
    if not root.is_dir():
        return check
    for folder, subfolders, files in os.walk(root, followlinks=False):
        for name in subfolders + files:
            _check_entry(Path(folder) / name, root, check)
    return check


def _check_entry(path: Path, root: Path, check: TreeCheck):
    if path.is_symlink():
        target = os.readlink(path)
        if not path.exists():
            check.refuse(path, f"broken link to '{target}', which does not exist; remove the link or {_COPY_INSTEAD}")
        elif not is_inside(path, root):
            check.refuse(path, f"link to '{target}', outside the content folder, which would be published; "
                               f"{_COPY_INSTEAD}")
        elif not (path.is_file() or path.is_dir()):
            check.refuse(path, f"link to '{target}', which is not a regular file; {_COPY_INSTEAD}")
        return
    mode = path.lstat().st_mode
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        # A named pipe would hang the build that opens it; a device would read a disk.
        check.refuse(path, "not a regular file (a pipe, socket or device); replace it with an ordinary file")
