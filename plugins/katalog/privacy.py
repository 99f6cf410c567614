"""Details that identify a person, found in a client's story: phone numbers, e-mails, birth numbers, street addresses."""
from __future__ import annotations

import datetime as dt
import re

import phonenumbers

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Rodné číslo: YYMMDD, then three or four digits, with or without the slash. Women add 50 to the month and,
# since 2004, either may add 20 more; the date part must be a real day, so years and amounts rarely match.
_BIRTH_NUMBER = re.compile(r"(?<![\d/])(\d{2})(\d{2})(\d{2})\s?/?\s?(\d{3,4})(?![\d/])")
_CAPITAL = "A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ"
_LETTER = r"a-zA-ZáčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ"
# Quantities people write after a number in a story; "Nádražní 12 let" is an age, not an address.
_NOT_A_HOUSE = r"(?!\s*(?:let|roků|rok|km|kg|%|Kč|korun|minut|hodin|dní|dnů|týdnů|měsíců|lidí|krát)\b)"
_STREET = re.compile(
    rf"\b(?:ulic[ie]|ul\.|náměstí|nám\.|třída|tř\.|nábřeží|sídliště)\s+[{_LETTER} ]*\d{{1,4}}"  # Mírové náměstí 15
    rf"|\bč\.\s?p\.\s?\d+"  # číslo popisné
    rf"|\b[{_CAPITAL}][{_LETTER}]+\s\d{{1,4}}/\d{{1,4}}[a-z]?\b"  # Husova 123/4
    rf"|\b[{_CAPITAL}][{_LETTER}]*(?:ova|ská|cká|ní|ého)\s\d{{1,4}}[a-z]?\b{_NOT_A_HOUSE}"  # Nádražní 215
    rf"|\b\d{{3}}\s\d{{2}}\s+[{_CAPITAL}][{_LETTER}]+"  # 341 01 Horažďovice
)


def _is_birth_number(match: re.Match) -> bool:
    year, month, day, tail = int(match[1]), int(match[2]), int(match[3]), match[4]
    month = month % 50 % 20 if month > 12 else month
    full_year = (1900 if year >= 54 or len(tail) == 3 else 2000) + year
    try:
        dt.date(full_year, month, day)
    except ValueError:
        return False
    return True


def identifying_details(text: str) -> list[tuple[int, int, str]]:
    """(line, column, what) of each detail that could identify someone; lines 0-based, columns 1-based."""
    found = []
    for number, line in enumerate(text.splitlines()):
        taken: list[range] = []

        def report(start: int, end: int, what: str):
            if not any(start in span or end - 1 in span for span in taken):
                taken.append(range(start, end))
                found.append((number, start + 1, f"{what} '{line[start:end]}'"))

        for match in _BIRTH_NUMBER.finditer(line):
            if _is_birth_number(match):
                report(match.start(), match.end(), "a birth number")
        for match in _EMAIL.finditer(line):
            report(match.start(), match.end(), "an e-mail address")
        for match in phonenumbers.PhoneNumberMatcher(line, "CZ", leniency=phonenumbers.Leniency.POSSIBLE):
            report(match.start, match.end, "a phone number")
        for match in _STREET.finditer(line):
            report(match.start(), match.end(), "a street address")
    return sorted(found)
