"""The gettext catalogs hold every interface text of the templates and the code, and the sample's languages
translate all of it."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from site_tools import ROOT

PYBABEL = Path(sys.executable).with_name("pybabel")
LOCALE = ROOT / "plugins" / "katalog" / "locale"


def _ids(path: Path, locale: str | None = None) -> set:
    with path.open("rb") as file:
        return {message.id for message in read_po(file, locale=locale) if message.id}


def test_the_message_template_is_up_to_date(tmp_path):
    """`make messages` extracts this; a text added to a template without it would stay Czech everywhere."""
    fresh = tmp_path / "messages.pot"
    subprocess.run([str(PYBABEL), "extract", "-F", "babel.cfg", "-k", "N_", "-k", "NP_:1,2", "--no-location",
                    "--sort-output", "--omit-header", "-o", str(fresh), "."], cwd=ROOT, check=True, capture_output=True)
    assert _ids(fresh) == _ids(LOCALE / "messages.pot"), "run `make messages` and translate the new texts"


@pytest.mark.parametrize("language", ["uk", "en"])
def test_every_interface_text_is_translated(language):
    path = LOCALE / language / "LC_MESSAGES" / "messages.po"
    with path.open("rb") as file:
        catalog = read_po(file, locale=language)
    untranslated = [message.id for message in catalog if message.id and (
        message.fuzzy or not (all(message.string) if isinstance(message.string, tuple) else message.string))]
    assert untranslated == []
    assert {message.id for message in catalog if message.id} == _ids(LOCALE / "messages.pot")
