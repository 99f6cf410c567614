"""Services whose details were last verified too long ago: the editors' report and the build's warnings."""
from __future__ import annotations

import calendar
import datetime as dt
import logging
from itertools import groupby

from pelican.generators import Generator

from ..catalogue import Catalogue, ServiceRecord
from ..collation import sort_key
from ..formatting import czech_date
from ..problems import Problem
from ..settings import build_today

# The same plain one-line log as validation problems, so an editor can jump to the `verified` line.
problem_log = logging.getLogger("katalog.problems")


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day `months` earlier, or the month's last day when it is shorter."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last_day))


def stale_services(catalogue: Catalogue, months: int, today: dt.date) -> list[ServiceRecord]:
    """Published services verified before the cut-off, grouped by provider, oldest first within one."""
    cutoff = months_before(today, months)
    stale = [service for service in catalogue.published if service.verified < cutoff]
    return sorted(stale, key=lambda s: (sort_key(s.provider.name), s.provider.key, s.verified, sort_key(s.name)))


def freshness_report(catalogue: Catalogue, months: int, today: dt.date) -> str:
    """Markdown for the editor: which providers to ask to check which services."""
    cutoff = months_before(today, months)
    stale = stale_services(catalogue, months, today)
    lines = ["# Služby k ověření", ""]
    if not stale:
        lines += [f"Všechny zveřejněné služby byly ověřeny po {czech_date(cutoff)} (v posledních {months} měsících).",
                  ""]
        return "\n".join(lines)
    lines += [f"Údaje {len(stale)} z {len(catalogue.published)} zveřejněných služeb poskytovatel naposledy ověřil "
              f"před {czech_date(cutoff)} (před více než {months} měsíci). Požádejte poskytovatele, ať údaje "
              "zkontroluje a zapíše nové datum do pole `verified`.", ""]
    for _, group in groupby(stale, key=lambda s: s.provider.key):
        services = list(group)
        provider = services[0].provider
        lines += [f"## {provider.name}", ""]
        contacts = [value for value in (provider.email, provider.phone) if value]
        if contacts:
            lines += [f"Kontakt: {', '.join(contacts)}", ""]
        lines += [f"- {s.name} (`{s.source}`): ověřeno {czech_date(s.verified)}" for s in services]
        lines.append("")
    return "\n".join(lines)


class FreshnessGenerator(Generator):
    """Warns during the build about every published service that is due for verification."""

    def generate_context(self):
        catalogue = self.context["katalog"]
        months = self.context["katalog_settings"].stale_after_months
        for service in stale_services(catalogue, months, build_today(self.settings)):
            line, column = service.verified_at
            problem_log.warning("%s", Problem(
                service.source, line, column, "verified",
                f"last verified on {service.verified.isoformat()}, more than {months} months ago; "
                f"ask {service.provider.display_name} to check the details and update the date", warning=True))

    def generate_output(self, writer):
        pass
