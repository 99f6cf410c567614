"""Loading the content for a command: the catalogue, or the exit code after printing every problem."""
from __future__ import annotations

import sys
from pathlib import Path

from .catalogue import Catalogue
from .loader import load_catalogue
from .problems import ContentError


def load_or_exit_code(content: Path) -> Catalogue | int:
    """The validated catalogue; else 2 for a missing folder, 1 after listing the content's problems."""
    if not content.is_dir():
        print(f"katalog: {content}: no such folder", file=sys.stderr)
        return 2
    try:
        catalogue = load_catalogue(content)
    except ContentError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        errors = sum(not p.warning for p in error.problems)
        print(f"{errors} error(s); nothing was published. Fix each line above and run `katalog validate` again.",
              file=sys.stderr)
        return 1
    for warning in catalogue.warnings:
        print(warning, file=sys.stderr)
    return catalogue
