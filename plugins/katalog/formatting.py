"""Czech wording of values shared by the web, the PDF and the leaflets: dates, hours, areas."""
from __future__ import annotations

import datetime as dt

from babel import Locale

from .taxonomy import DAY_KEYS, SOURCE_LANGUAGE

_DAY_ORDER = list(DAY_KEYS)
# Day names from the Unicode CLDR (Babel), which counts from Monday as DAY_KEYS do: "po", "út" … in Czech.
DAYS = dict(zip(DAY_KEYS, (Locale.parse(SOURCE_LANGUAGE).days["format"]["abbreviated"][i] for i in range(7))))


def czech_date(value: dt.date) -> str:
    """15. 10. 2026"""
    return f"{value.day}. {value.month}. {value.year}"


def _time(text: str) -> str:
    hours, minutes = text.split(":")
    return f"{int(hours)}:{minutes}"


def time_range(text: str) -> str:
    """'08:00-12:00' -> '8:00–12:00'; the whole day reads 'nonstop'."""
    start, end = text.split("-")
    if start == "00:00" and end == "24:00":
        return "nonstop"
    return f"{_time(start)}–{_time(end)}"


def day_list(days: list[str]) -> str:
    """['mo','tu','we','fr'] -> 'po–st, pá': runs of three or more days become a range."""
    indexes = sorted(_DAY_ORDER.index(d) for d in set(days))
    runs: list[list[int]] = []
    for index in indexes:
        if runs and index == runs[-1][-1] + 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    parts = []
    for run in runs:
        names = [DAYS[_DAY_ORDER[i]] for i in run]
        parts.append(f"{names[0]}–{names[-1]}" if len(run) >= 3 else ", ".join(names))
    return ", ".join(parts)


def opening_hours(hours) -> list[str]:
    """One line per group of days: 'po, st 8:00–12:00, 13:00–17:00'."""
    return [f"{day_list(group.days)} {', '.join(time_range(r) for r in group.open)}" for group in hours]


FILTERS = {
    "czech_date": czech_date,
    "opening_hours": opening_hours,
}
