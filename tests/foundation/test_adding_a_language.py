"""Adding Polish needs no code: the README's steps on a copy of the project give a Polish site, in Czech where
nothing is translated yet, and a warning that says what is missing."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from site_tools import ROOT

PYBABEL = Path(sys.executable).with_name("pybabel")
PELICAN = Path(sys.executable).with_name("pelican")
KATALOG = Path(sys.executable).with_name("katalog")


def test_a_new_language_with_an_empty_catalog_builds_with_czech_fallbacks_and_a_warning(tmp_path):
    project = tmp_path / "project"
    for name in ("plugins", "theme", "content"):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pelicanconf.py", "schema.py"):
        shutil.copy(ROOT / name, project / name)
    # The copy's code, not the installed one: the steps must work with what a town has checked out.
    env = {**os.environ, "PYTHONPATH": f"{project / 'plugins'}{os.pathsep}{project}"}

    # 1. An empty Polish catalog from the message template (README, "Adding a language").
    locale = project / "plugins" / "katalog" / "locale"
    subprocess.run([str(PYBABEL), "init", "-i", str(locale / "messages.pot"), "-d", str(locale), "-D", "messages",
                    "-l", "pl"], check=True, capture_output=True, env=env)
    # 2. No labels/pl.yaml yet. 3. The setting.
    settings = project / "pelicanconf.py"
    text = settings.read_text(encoding="utf-8")
    assert '"languages": ["cs", "uk", "en"]' in text
    settings.write_text(text.replace('"languages": ["cs", "uk", "en"]', '"languages": ["cs", "uk", "en", "pl"]'),
                        encoding="utf-8")

    build = subprocess.run([str(PELICAN), "content", "-o", "output", "-s", "pelicanconf.py", "-e", "KATALOG_PDF=false"],
                           cwd=project, capture_output=True, text=True, env=env, timeout=900)

    assert build.returncode == 0, build.stderr[-3000:]
    warning = next(line for line in build.stderr.splitlines() if "language 'pl' lacks" in line)
    assert warning.startswith("warning: language 'pl' lacks ")
    assert "plugins/katalog/locale/pl/LC_MESSAGES/messages.po" in warning and "labels/pl.yaml" in warning
    home = (project / "output" / "pl" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="pl">' in home
    assert "Najděte pomoc" in home and "Polski" in home  # Czech until translated; the switch names Polish
    service = (project / "output" / "pl" / "sluzby" / "poradna-pro-cizince" / "index.html").read_text(encoding="utf-8")
    assert '<h1 lang="cs">Poradna pro cizince</h1>' in service
    assert (project / "output" / "pl" / "search" / "index.json").exists()

    report = subprocess.run([str(KATALOG), "report", "--translations"], cwd=project, capture_output=True, text=True,
                            env=env)
    assert report.returncode == 0, report.stderr
    assert "## Rozhraní v jazyce pl:" in report.stdout and "- `Najděte pomoc`" in report.stdout
