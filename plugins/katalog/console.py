"""Loading the content for a command: the catalogue, or the exit code after printing every problem."""
from __future__ import annotations

import sys
from pathlib import Path

from .catalogue import Catalogue
from .loader import load_catalogue
from .problems import ContentError
from .settings import SettingsError, project_settings

# The project's settings, where the commands run from (the project folder, as `make validate` does).
SETTINGS_FILE = Path("pelicanconf.py")


def load_or_exit_code(content: Path, settings_file: Path | None = None) -> Catalogue | int:
    """The validated catalogue; else 2 for a missing folder or wrong settings, 1 after listing the content's
    problems. The settings (`languages`, above all) come from `settings_file`, else ./pelicanconf.py if there."""
    if not content.is_dir():
        print(f"katalog: {content}: no such folder", file=sys.stderr)
        return 2
    if settings_file is None and SETTINGS_FILE.is_file():
        settings_file = SETTINGS_FILE
    try:
        settings = project_settings(settings_file)
    except SettingsError as error:
        print(f"katalog: {settings_file}: {error}", file=sys.stderr)
        return 2
    try:
        catalogue = load_catalogue(content, languages=settings.languages)
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
