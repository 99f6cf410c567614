"""Stale services: `katalog report` lists them by provider, and the build warns about each one."""
from __future__ import annotations

import datetime as dt
import re

from site_tools import SAMPLE_LANGUAGES, run_pelican
from editor_tools import run_katalog

from katalog.editors.freshness import months_before
from katalog.loader import load_catalogue

TODAY = dt.date(2026, 11, 22)


def _set_verified(content, key: str, date: str):
    path = content / "services" / f"{key}.yaml"
    text = re.sub(r"^verified: .*$", f"verified: {date}", path.read_text(encoding="utf-8"), flags=re.MULTILINE)
    path.write_text(text, encoding="utf-8")
    return path


def test_months_before_keeps_the_day_or_takes_the_months_last():
    assert months_before(TODAY, 12) == dt.date(2025, 11, 22)
    assert months_before(dt.date(2026, 3, 31), 1) == dt.date(2026, 2, 28)
    assert months_before(dt.date(2026, 1, 15), 2) == dt.date(2025, 11, 15)


def test_report_lists_exactly_the_stale_services_under_their_providers(scratch_content):
    _set_verified(scratch_content, "dluhova-poradna-horazdovice", "2024-02-29")
    catalogue = load_catalogue(scratch_content, today=TODAY, languages=SAMPLE_LANGUAGES)
    cutoff = months_before(TODAY, 6)

    result = run_katalog("report", "--content", str(scratch_content), "--months", "6", "--today", TODAY.isoformat())

    assert result.returncode == 0, result.stderr
    report = result.stdout
    assert report.startswith("# Služby k ověření")
    assert "před více než 6 měsíci" in report
    for service in catalogue.published:
        listed = f"- {service.name} (`{service.source}`)" in report
        assert listed == (service.verified < cutoff), service.key
        if listed:
            provider_heading = report.index(f"## {service.provider.name}\n")
            assert provider_heading < report.index(f"- {service.name} (")
    assert "ověřeno 29. 2. 2024" in report


def test_report_says_so_when_nothing_is_stale(scratch_content):
    result = run_katalog("report", "--content", str(scratch_content), "--months", "1200")
    assert result.returncode == 0
    assert "Všechny zveřejněné služby byly ověřeny" in result.stdout


def test_the_build_warns_at_the_verified_line(scratch_content, tmp_path):
    path = _set_verified(scratch_content, "dluhova-poradna-horazdovice", "2020-01-10")
    line = next(n for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                if text.startswith("verified:"))

    result = run_pelican(scratch_content, tmp_path / "out", "-e", "KATALOG_PDF=false")

    assert result.returncode == 0, result.stderr
    assert (f"{path}:{line}:11: verified: warning: last verified on 2020-01-10, more than 12 months ago"
            in result.stderr)


def test_the_build_checks_against_katalog_today_given_on_the_command_line(scratch_content, tmp_path):
    path = _set_verified(scratch_content, "dluhova-poradna-horazdovice", "2026-03-01")

    # pelican -e reads JSON, so the date arrives as a string.
    result = run_pelican(scratch_content, tmp_path / "out", "-e", "KATALOG_PDF=false", 'KATALOG_TODAY="2026-01-01"')

    assert result.returncode != 0
    assert re.search(rf"{re.escape(str(path))}:\d+:11: verified: date 2026-03-01 is in the future", result.stderr), \
        result.stderr[-2000:]
