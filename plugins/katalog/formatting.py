"""Values worded in a language, shared by the web, the PDF and the leaflets: dates, days, hours, numbers."""
from __future__ import annotations

import datetime as dt
import functools

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal

from .taxonomy import DAY_KEYS, SOURCE_LANGUAGE, read_labels


@functools.cache
def babel_locale(language: str) -> Locale:
    """The CLDR locale of a language: `locale` in labels/<code>.yaml (en_GB for English), else the code."""
    return Locale.parse(read_labels(language).get("locale") or language)


class Formatting:
    """Dates, opening hours and numbers as a reader of one language writes them (CLDR data via Babel)."""

    def __init__(self, language: str, gettext=lambda message: message):
        self.locale = babel_locale(language)
        self.gettext = gettext
        abbreviated = self.locale.days["format"]["abbreviated"]  # 0 is Monday, as in DAY_KEYS
        self.days = {key: abbreviated[index] for index, key in enumerate(DAY_KEYS)}

    def date(self, value: dt.date) -> str:
        """15. 10. 2026 in Czech, 15 жовт. 2026 р. in Ukrainian, 15 Oct 2026 in English."""
        return format_date(value, "medium", locale=self.locale)

    def number(self, value) -> str:
        return format_decimal(value, locale=self.locale)

    def time_range(self, text: str) -> str:
        """'08:00-12:00' -> '8:00–12:00'; the whole day reads 'nonstop'."""
        start, end = text.split("-")
        if start == "00:00" and end == "24:00":
            return self.gettext("nonstop")
        return f"{_time(start)}–{_time(end)}"

    def day_list(self, days: list[str]) -> str:
        """['mo','tu','we','fr'] -> 'po–st, pá': runs of three or more days become a range."""
        indexes = sorted(DAY_KEYS.index(day) for day in set(days))
        runs: list[list[int]] = []
        for index in indexes:
            if runs and index == runs[-1][-1] + 1:
                runs[-1].append(index)
            else:
                runs.append([index])
        parts = []
        for run in runs:
            names = [self.days[DAY_KEYS[index]] for index in run]
            parts.append(f"{names[0]}–{names[-1]}" if len(run) >= 3 else ", ".join(names))
        return ", ".join(parts)

    def opening_hours(self, hours) -> list[str]:
        """One line per group of days: 'po, st 8:00–12:00, 13:00–17:00'."""
        return [f"{self.day_list(group.days)} {', '.join(self.time_range(r) for r in group.open)}" for group in hours]


def _time(text: str) -> str:
    hours, minutes = text.split(":")
    return f"{int(hours)}:{minutes}"


CZECH = Formatting(SOURCE_LANGUAGE)


def czech_date(value: dt.date) -> str:
    """The date as the Czech editors' tools write it: 15. 10. 2026."""
    return CZECH.date(value)
