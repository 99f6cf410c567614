"""The controlled vocabularies: kinds of service, forms, target groups and life situations, with Czech labels.

The keys and the Act's paragraphs are facts of the format and live here; the labels are text and live in
labels/cs.yaml (the source language), with the other languages beside it (see katalog.labels)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

LABELS_DIR = Path(__file__).with_name("labels")
SOURCE_LANGUAGE = "cs"
# Fields of a term in cs.yaml that are data, not text: they hold for every language, so only cs.yaml has them.
DATA_FIELDS = ("lead_kinds",)


@dataclass(frozen=True)
class Term:
    """One entry of a taxonomy: a stable key, a label and a one-line description in one language."""

    key: str
    label: str
    description: str
    paragraph: str | None = None  # § of Act 108/2006 Coll.; None for related services
    synonyms: tuple[str, ...] = field(default=())
    # A life situation's kinds of service that help most, in order: its page lists them first.
    lead_kinds: tuple[str, ...] = field(default=())

    @property
    def registered(self) -> bool:
        """True for a type of social service defined by Act 108/2006 Coll."""
        return self.paragraph is not None


# Types of social service in Act 108/2006 Coll. (§ 37–§ 70) by their paragraph, then related services outside
# the Act (None). The order is the order of every list of kinds.
KIND_PARAGRAPHS: dict[str, str | None] = {
    "zakladni-socialni-poradenstvi": "§ 37",
    "odborne-socialni-poradenstvi": "§ 37",
    "osobni-asistence": "§ 39",
    "pecovatelska-sluzba": "§ 40",
    "tisnova-pece": "§ 41",
    "pruvodcovske-a-predcitatelske-sluzby": "§ 42",
    "podpora-samostatneho-bydleni": "§ 43",
    "odlehcovaci-sluzby": "§ 44",
    "centra-dusevniho-zdravi": "§ 44a",
    "centra-dennich-sluzeb": "§ 45",
    "denni-stacionare": "§ 46",
    "tydenni-stacionare": "§ 47",
    "domovy-pro-osoby-se-zdravotnim-postizenim": "§ 48",
    "domovy-pro-seniory": "§ 49",
    "domovy-se-zvlastnim-rezimem": "§ 50",
    "chranene-bydleni": "§ 51",
    "socialni-sluzby-poskytovane-ve-zdravotnickych-zarizenich-luzkove-pece": "§ 52",
    "rana-pece": "§ 54",
    "telefonicka-krizova-pomoc": "§ 55",
    "tlumocnicke-sluzby": "§ 56",
    "azylove-domy": "§ 57",
    "domy-na-pul-cesty": "§ 58",
    "kontaktni-centra": "§ 59",
    "krizova-pomoc": "§ 60",
    "intervencni-centra": "§ 60a",
    "nizkoprahova-denni-centra": "§ 61",
    "nizkoprahova-zarizeni-pro-deti-a-mladez": "§ 62",
    "nocleharny": "§ 63",
    "sluzby-nasledne-pece": "§ 64",
    "socialne-aktivizacni-sluzby-pro-rodiny-s-detmi": "§ 65",
    "socialne-aktivizacni-sluzby-pro-seniory-a-osoby-se-zdravotnim-postizenim": "§ 66",
    "socialne-terapeuticke-dilny": "§ 67",
    "terapeuticke-komunity": "§ 68",
    "terenni-programy": "§ 69",
    "socialni-rehabilitace": "§ 70",
    "socialni-prace-obce": None,
    "socialne-pravni-ochrana-deti": None,
    "urad-prace": None,
    "zdravotni-pece": None,
    "bydleni": None,
    "pravni-a-dluhove-poradenstvi": None,
    "potravinova-pomoc": None,
    "skolni-a-rodinne-poradenstvi": None,
    "svepomocne-skupiny": None,
    "dobrovolnictvi": None,
    "pujcovny-pomucek": None,
    "tisnove-linky": None,
    "verejne-urady": None,
}
FORM_KEYS = ("ambulantni", "terenni", "pobytova")
DAY_KEYS = ("mo", "tu", "we", "th", "fr", "sa", "su")


def read_labels(language: str) -> dict:
    """The label file of a language as plain data; empty when the language has none."""
    path = LABELS_DIR / f"{language}.yaml"
    if not path.exists():
        return {}
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def terms(entries: dict, paragraphs: dict[str, str | None] | None = None) -> dict[str, Term]:
    """Terms from a label file's section, keyed and ordered as the section is."""
    return {key: Term(key, entry["label"], entry["description"], (paragraphs or {}).get(key),
                      tuple(entry.get("synonyms", ())), tuple(entry.get("lead_kinds", ())))
            for key, entry in entries.items()}


_CZECH = read_labels(SOURCE_LANGUAGE)
KINDS: dict[str, Term] = terms({key: _CZECH["kinds"][key] for key in KIND_PARAGRAPHS}, KIND_PARAGRAPHS)
FORMS: dict[str, Term] = terms({key: _CZECH["forms"][key] for key in FORM_KEYS})
# Target groups as the national registry of social services names them.
TARGET_GROUPS: dict[str, Term] = terms(_CZECH["target_groups"])
# Life situations from community-planning practice; a region may extend or replace them
# (content/life-situations.yaml). Synonyms are the words people type when they search.
LIFE_SITUATIONS: dict[str, Term] = terms(_CZECH["life_situations"])
STATUSES: dict[str, str] = _CZECH["statuses"]
COSTS: dict[str, str] = _CZECH["costs"]
# Languages a service may work in, by ISO 639 code (639-1 where one exists).
LANGUAGES: dict[str, str] = _CZECH["languages"]
