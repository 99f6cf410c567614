"""Checks and normal forms for single values: phone numbers, e-mail, web addresses, IČO, hours, names."""
from __future__ import annotations

import re
from typing import Annotated
from urllib.parse import urlsplit

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from phonenumbers import shortnumberinfo
from pydantic import AfterValidator

from .texthygiene import has_visible_character

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_TIME_RANGE = re.compile(r"^(\d{2}):(\d{2})-(\d{2}):(\d{2})$")


def normalise_phone(text: str) -> str:
    """One display format: '+420 376 000 111' for numbers, digits in threes for short numbers."""
    try:
        number = phonenumbers.parse(text, "CZ")
    except phonenumbers.NumberParseException:
        number = None
    if number is not None:
        if phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        if shortnumberinfo.is_valid_short_number_for_region(number, "CZ"):
            digits = str(number.national_number)
            return " ".join(digits[i:i + 3] for i in range(0, len(digits), 3))
    raise ValueError(f"'{text}' is not a valid phone number; write it as +420 376 000 111, "
                     "or a short number such as 116 123")


def tel_uri(number: str) -> str:
    """The tel: link for a number in the normal form."""
    return "tel:" + re.sub(r"[^\d+]", "", number)


def is_nationwide_number(number: str) -> bool:
    """True for a number in the normal form that rings the same anywhere in the country: a short number
    (116 123, 112) or a toll-free one (+420 800 …)."""
    if not number.startswith("+"):
        return True
    return phonenumbers.number_type(phonenumbers.parse(number)) == phonenumbers.PhoneNumberType.TOLL_FREE


def normalise_email(text: str) -> str:
    try:
        return validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError as error:
        raise ValueError(f"'{text}' is not a valid e-mail address: {error}") from None


def check_web_url(text: str) -> str:
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in text:
        raise ValueError(f"'{text}' is not a web address; write it in full, starting with https://")
    return text


def normalise_web_url(text: str) -> str:
    """A web address as registries and other systems write it ('www.example.cz'), with https:// added."""
    text = text.strip()
    if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", text):
        text = "https://" + text
    return check_web_url(text)


def check_ico(text: str) -> str:
    """IČO: 8 digits, the last one a check digit (weights 8 … 2, modulo 11)."""
    if not re.fullmatch(r"\d{8}", text):
        raise ValueError(f"IČO '{text}' must be 8 digits in quotes, e.g. \"00255661\"")
    remainder = sum(int(d) * w for d, w in zip(text[:7], range(8, 1, -1))) % 11
    if int(text[7]) != (11 - remainder) % 10:
        raise ValueError(f"IČO '{text}' has a wrong check digit; copy it again from the business register")
    return text


def check_name(text: str) -> str:
    """A name shows on one line, with at least one visible letter or digit."""
    if "\n" in text or "\t" in text:
        raise ValueError("a name is one line; remove the line break or tab")
    if not has_visible_character(text):
        raise ValueError("a name must contain a visible letter or digit; write the name out")
    return text


def minutes(hh: str, mm: str) -> int:
    return int(hh) * 60 + int(mm)


def check_time_range(text: str) -> str:
    """'08:00-12:00': opening before closing; 24:00 only as a closing time."""
    match = _TIME_RANGE.match(text)
    if not match:
        raise ValueError(f"'{text}' is not a time range; write it as \"08:00-12:00\"")
    start, end = minutes(*match.group(1, 2)), minutes(*match.group(3, 4))
    if int(match[2]) > 59 or int(match[4]) > 59 or start >= 24 * 60 or end > 24 * 60:
        raise ValueError(f"'{text}' contains an impossible time; hours go 00–24, minutes 00–59")
    if start >= end:
        raise ValueError(f"'{text}' closes before it opens; write opening first, e.g. \"08:00-12:00\"")
    return text


# The field types for pydantic models: the sources' (schema.py) and the town's settings alike.
PhoneNumber = Annotated[str, AfterValidator(normalise_phone)]
Email = Annotated[str, AfterValidator(normalise_email)]
