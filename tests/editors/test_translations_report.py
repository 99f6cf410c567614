"""`katalog report --translations`: which services lack which texts in which language, by provider."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from site_tools import ROOT

KATALOG = Path(sys.executable).with_name("katalog")


def test_the_report_lists_each_providers_untranslated_services_and_fields():
    result = subprocess.run([str(KATALOG), "report", "--translations"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    report = result.stdout
    assert report.startswith("# Chybějící překlady\n")
    assert "(jazyky: uk, en)" in report
    section = report[report.index("## Domov Otava"):]
    section = section[:section.index("\n## ")]
    assert ("- Domov pro seniory Otava (`content/services/domov-pro-seniory-otava.yaml`) – chybí uk: name, summary, "
            "description, how_to_apply, cost_note; en: name, summary, description, how_to_apply, cost_note") in section
    # A fully translated service is not listed.
    assert "poradna-pro-cizince.yaml" not in report
