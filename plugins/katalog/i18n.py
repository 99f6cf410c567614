"""The user-interface text of each language: gettext catalogs read from locale/<code>/LC_MESSAGES/messages.po.

The message ids are the Czech texts of the templates, since Czech is the source language: a language
without a catalog, or a message its catalog leaves empty, shows the Czech text. The Czech catalog
itself only gives the plural forms (Czech has three: 1 služba, 2 služby, 5 služeb). The .po files are
compiled in memory at build time, so the repository holds only what a translator edits."""
from __future__ import annotations

import functools
import io
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

from .taxonomy import SOURCE_LANGUAGE

LOCALE_DIR = Path(__file__).with_name("locale")
DOMAIN = "messages"


def N_(message: str) -> str:
    """Marks a message id for extraction where it is defined; it is translated where a page shows it."""
    return message


def NP_(singular: str, plural: str) -> tuple[str, str]:
    """Marks a plural message (ngettext's two ids) for extraction."""
    return singular, plural


def catalog_path(language: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


@functools.cache
def _catalog(language: str):
    path = catalog_path(language)
    if not path.exists():
        return None
    with path.open("rb") as file:
        return read_po(file, locale=language, domain=DOMAIN)


@functools.cache
def translations(language: str) -> NullTranslations:
    """gettext and ngettext for a language, falling back to Czech message by message."""
    catalog = _catalog(language)
    if catalog is None:
        found: NullTranslations = NullTranslations()
    else:
        compiled = io.BytesIO()
        write_mo(compiled, catalog, use_fuzzy=False)
        compiled.seek(0)
        found = Translations(compiled, domain=DOMAIN)
    if language != SOURCE_LANGUAGE:
        found.add_fallback(translations(SOURCE_LANGUAGE))
    return found


def missing_messages(language: str) -> list[str]:
    """The messages of the template (locale/messages.pot) that a language shows in Czech: absent from its
    catalog, left empty or marked fuzzy. Empty for Czech, whose message ids are the texts."""
    if language == SOURCE_LANGUAGE:
        return []
    catalog = _catalog(language)
    with (LOCALE_DIR / f"{DOMAIN}.pot").open("rb") as file:
        template = read_po(file, domain=DOMAIN)
    missing = []
    for message in template:
        if not message.id:
            continue
        found = catalog.get(message.id) if catalog is not None else None
        if found is None or found.fuzzy or not _translated(found.string):
            missing.append(message.id[0] if isinstance(message.id, tuple) else message.id)
    return missing


def _translated(string) -> bool:
    return all(string) if isinstance(string, (tuple, list)) else bool(string)
