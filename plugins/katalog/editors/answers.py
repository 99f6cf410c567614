"""Checks one answer for a new service file against the taxonomies and the content folder."""
from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from .. import fields, taxonomy
from ..catalogue import Catalogue


class AnswerError(ValueError):
    """An answer cannot be used; the message says why in Czech and suggests the likely key."""


@dataclass(frozen=True)
class Vocabulary:
    """The keys an answer may use: the taxonomies plus what the content folder defines."""

    services_dir: Path
    providers: dict[str, str]
    municipalities: dict[str, str]
    life_situations: dict[str, str]
    today: dt.date

    @classmethod
    def of(cls, catalogue: Catalogue, today: dt.date) -> Vocabulary:
        return cls(
            services_dir=Path(catalogue.content_dir) / "services",
            providers={key: p.display_name for key, p in catalogue.providers.items()},
            municipalities={key: m.name for key, m in catalogue.region.municipalities.items()},
            life_situations={key: term.label for key, term in catalogue.life_situations.items()},
            today=today,
        )


def _labels(terms: dict) -> dict[str, str]:
    return {key: term.label for key, term in terms.items()}


def slugify(text: str) -> str:
    """'Dluhová poradna Horažďovice' -> 'dluhova-poradna-horazdovice'."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def choose(value: str, known: dict[str, str], what: str) -> str:
    """One key from `known`, or an error with the closest key as a suggestion."""
    value = value.strip()
    if value in known:
        return value
    close = difflib.get_close_matches(value, list(known), n=1, cutoff=0.5)
    hint = f" Myslíte '{close[0]}'?" if close else " Napište ? pro seznam."
    raise AnswerError(f"Neznámý klíč {what}: '{value}'.{hint}")


def split_keys(answer: str | list[str]) -> list[str]:
    """Keys written as 'a, b c' or given as repeated options."""
    parts = answer if isinstance(answer, list) else [answer]
    return [key for part in parts for key in re.split(r"[,\s]+", part) if key]


def choose_many(answer: str | list[str], known: dict[str, str], what: str) -> list[str]:
    keys = split_keys(answer)
    if not keys:
        raise AnswerError(f"Napište aspoň jeden klíč {what}.")
    chosen = [choose(key, known, what) for key in keys]
    return list(dict.fromkeys(chosen))


def check_key(answer: str, vocabulary: Vocabulary) -> str:
    key = answer.strip()
    if not fields.SLUG.match(key):
        raise AnswerError(f"'{key}' nejde použít jako klíč: jen malá písmena bez diakritiky, číslice a pomlčky, "
                          f"např. '{slugify(key) or 'dluhova-poradna'}'.")
    if (vocabulary.services_dir / f"{key}.yaml").exists():
        raise AnswerError(f"Soubor services/{key}.yaml už existuje; zvolte jiný klíč, nebo upravte ten soubor.")
    return key


def check_text(answer: str, limit: int | None = None) -> str:
    text = " ".join(answer.split())
    if not text:
        raise AnswerError("Odpověď nesmí být prázdná.")
    if limit and len(text) > limit:
        raise AnswerError(f"Text má {len(text)} znaků; zkraťte ho nejvýš na {limit}.")
    return text


def check_area(answer: str | list[str], vocabulary: Vocabulary) -> str | list[str]:
    keys = split_keys(answer)
    if keys == ["all"]:
        return "all"
    return choose_many(keys, vocabulary.municipalities, "obce")


def check_phone(answer: str) -> str | None:
    if not answer.strip():
        return None
    try:
        return fields.normalise_phone(answer.strip())
    except ValueError:
        raise AnswerError(f"'{answer.strip()}' není telefonní číslo; pište např. +420 376 000 111 "
                          "nebo krátké číslo 116 123.") from None


def check_date(answer: str, vocabulary: Vocabulary) -> dt.date:
    if not answer.strip():
        return vocabulary.today
    try:
        date = dt.date.fromisoformat(answer.strip())
    except ValueError:
        raise AnswerError(f"'{answer.strip()}' není datum; pište RRRR-MM-DD, např. 2026-10-15.") from None
    if date > vocabulary.today:
        raise AnswerError("Datum ověření nesmí být v budoucnosti.")
    return date


@dataclass(frozen=True)
class Question:
    """One field of the new file: what to ask, how to check the answer, which keys to list on '?'."""

    field: str
    prompt: str
    check: Callable[[Any, Vocabulary], Any]
    choices: Callable[[Vocabulary], dict[str, str]] | None = None  # listed when the provider types '?'
    default: Callable[[Vocabulary, dict], str] | None = None  # suggested from the answers so far


QUESTIONS = (
    Question("name", "Název služby, jak ho zná veřejnost", lambda a, v: check_text(a)),
    Question("key", "Klíč služby (název souboru a webové adresy)", check_key,
             default=lambda v, answers: slugify(answers.get("name", ""))),
    Question("provider", "Klíč poskytovatele", lambda a, v: choose(a, v.providers, "poskytovatele"),
             choices=lambda v: v.providers),
    Question("kind", "Druh služby", lambda a, v: choose(a, _labels(taxonomy.KINDS), "druhu služby"),
             choices=lambda v: _labels(taxonomy.KINDS)),
    Question("summary", "Shrnutí: jedna až dvě věty, komu a s čím služba pomáhá",
             lambda a, v: check_text(a, limit=400)),
    Question("life_situations", "Životní situace (klíče oddělené čárkou)",
             lambda a, v: choose_many(a, v.life_situations, "životní situace"), choices=lambda v: v.life_situations),
    Question("target_groups", "Cílové skupiny (klíče oddělené čárkou)",
             lambda a, v: choose_many(a, _labels(taxonomy.TARGET_GROUPS), "cílové skupiny"),
             choices=lambda v: _labels(taxonomy.TARGET_GROUPS)),
    Question("forms", "Formy: ambulantni, terenni, pobytova (oddělené čárkou)",
             lambda a, v: choose_many(a, _labels(taxonomy.FORMS), "formy"), choices=lambda v: _labels(taxonomy.FORMS)),
    Question("area", "Obce, kde služba působí (klíče oddělené čárkou), nebo all pro celý region", check_area,
             choices=lambda v: v.municipalities),
    Question("cost", "Úhrada: free, partly-paid, paid", lambda a, v: choose(a, taxonomy.COSTS, "úhrady"),
             choices=lambda v: taxonomy.COSTS),
    Question("phone", "Telefon (nepovinné, Enter = přeskočit)", lambda a, v: check_phone(a),
             default=lambda v, answers: ""),
    Question("verified", "Datum ověření údajů RRRR-MM-DD", check_date,
             default=lambda v, answers: v.today.isoformat()),
)
