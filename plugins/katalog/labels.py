"""The vocabularies' labels in one language: labels/<code>.yaml over the Czech ones, and the region's own."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from . import taxonomy
from .taxonomy import Term

_TERM_SECTIONS = ("kinds", "forms", "target_groups", "life_situations")
_WORD_SECTIONS = ("statuses", "costs", "languages")


@dataclass(frozen=True)
class Labels:
    """Every label a page needs, in one language; `missing` names what is shown in Czech instead."""

    language: str
    kinds: dict[str, Term]
    forms: dict[str, Term]
    target_groups: dict[str, Term]
    life_situations: dict[str, Term]
    statuses: dict[str, str]
    costs: dict[str, str]
    languages: dict[str, str]
    # Phone labels as providers write them (Czech) -> this language's words; open-ended, so never "missing".
    phone_labels: dict[str, str] = dataclasses.field(default_factory=dict)
    missing: tuple[str, ...] = ()


def labels_for(language: str, life_situations: dict[str, Term],
               region_translations: dict[str, dict[str, dict]] | None = None) -> Labels:
    """The labels of `language`. `life_situations` are the catalogue's (Czech, possibly the region's own);
    `region_translations` maps a situation key to its translations by language, from life-situations.yaml."""
    czech = {"kinds": taxonomy.KINDS, "forms": taxonomy.FORMS, "target_groups": taxonomy.TARGET_GROUPS,
             "life_situations": life_situations, "statuses": taxonomy.STATUSES, "costs": taxonomy.COSTS,
             "languages": taxonomy.LANGUAGES}
    if language == taxonomy.SOURCE_LANGUAGE:
        return Labels(language, **czech)
    own = taxonomy.read_labels(language)
    for key, by_language in (region_translations or {}).items():
        if language in by_language:
            own.setdefault("life_situations", {})[key] = by_language[language]
    missing: list[str] = []
    sections = {}
    for section in _TERM_SECTIONS:
        sections[section] = {key: _term(term, own.get(section, {}).get(key), f"{section}.{key}", missing)
                             for key, term in czech[section].items()}
    for section in _WORD_SECTIONS:
        given = own.get(section, {})
        missing += [f"{section}.{key}" for key in czech[section] if not given.get(key)]
        sections[section] = {key: given.get(key) or word for key, word in czech[section].items()}
    return Labels(language, missing=tuple(missing), phone_labels=dict(own.get("phone_labels") or {}), **sections)


def _term(czech: Term, entry: dict | None, where: str, missing: list[str]) -> Term:
    """The Czech term with what the language gives; the search words are the language's only (the Czech
    ones stay in the Czech part of every index)."""
    entry = entry or {}
    for field in ("label", "description"):
        if not entry.get(field):
            missing.append(f"{where}.{field}")
    return dataclasses.replace(czech, label=entry.get("label") or czech.label,
                               description=entry.get("description") or czech.description,
                               synonyms=tuple(entry.get("synonyms", ())))
