"""The generated parts of CONTRIBUTING.md: field tables from schema.py and the lists of allowed keys."""
from __future__ import annotations

import re

import schema

from .. import taxonomy

# Where a nested model sits in a file, in the providers' words; the order is the order of the tables.
FIELD_TABLES = (
    (schema.Service, "Služba", None),
    (schema.Location, "Místo", "každá položka seznamu `locations`"),
    (schema.OpeningHours, "Otevírací doba", "každá položka seznamu `hours` u místa"),
    (schema.Contacts, "Kontakty", "pole `contacts`"),
    (schema.Phone, "Telefon", "každá položka seznamu `contacts.phones`"),
    (schema.Provider, "Poskytovatel", None),
    (schema.Story, "Příběh klienta", "řádky metadat na začátku souboru, název pole s velkým písmenem: `Title:`, "
                                     "`Services:`, `Life_situations:` …; seznam klíčů oddělený čárkami"),
)


def _cell(text: str) -> str:
    """Table cells cannot hold a pipe or a line break."""
    return text.replace("|", "\\|").replace("\n", " ")


def _count(number: int) -> str:
    return f"{number:,}".replace(",", "\u00a0")  # Czech groups thousands with a space


def _limit(field_schema: dict) -> str:
    """The field's limits as the JSON Schema states them (the text or list branch of an optional field)."""
    for branch in [field_schema, *field_schema.get("anyOf", []), *field_schema.get("oneOf", [])]:
        if "maxLength" in branch:
            return f"{_count(branch['maxLength'])} znaků"
        items = branch.get("maxItems", branch.get("maxProperties"))
        if items is not None:
            each = branch.get("items", {}).get("maxLength")
            return f"{_count(items)} položek" + (f" po {_count(each)} znacích" if each else "")
    return ""


def field_table(model) -> str:
    properties = model.model_json_schema()["properties"]
    rows = ["| Pole | Povinné | Nejvýše | Popis |", "|---|---|---|---|"]
    for name, info in model.model_fields.items():
        required = "ano" if info.is_required() else "ne"
        rows.append(f"| `{name}` | {required} | {_limit(properties[name])} | {_cell(info.description or '')} |")
    return "\n".join(rows)


def field_tables() -> str:
    sections = []
    for model, title, where in FIELD_TABLES:
        place = f" V souboru: {where}." if where else ""
        sections.append(f"### {title} (`{model.__name__}`)\n\n{model.__doc__}{place}\n\n{field_table(model)}")
    return "\n\n".join(sections)


def _table(columns: list[str], rows) -> str:
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join([f"`{key}`", *map(_cell, cells)]) + " |" for key, *cells in rows]
    return "\n".join(lines)


def _terms(terms) -> list[tuple[str, str]]:
    return [(term.key, term.label) for term in terms.values()]


def key_lists() -> str:
    kinds = [(t.key, t.label, t.paragraph or "související služba") for t in taxonomy.KINDS.values()]
    return "\n\n".join([
        "### Druhy služeb (`kind`)\n\n" + _table(["Klíč", "Druh služby", "§ zákona 108/2006 Sb."], kinds),
        "### Cílové skupiny (`target_groups`)\n\n" + _table(["Klíč", "Cílová skupina"], _terms(taxonomy.TARGET_GROUPS)),
        "### Životní situace (`life_situations`)\n\nRegion může seznam doplnit nebo nahradit v souboru "
        "`content/life-situations.yaml`.\n\n" + _table(["Klíč", "Životní situace"], _terms(taxonomy.LIFE_SITUATIONS)),
        "### Formy (`forms`)\n\n" + _table(["Klíč", "Forma"], _terms(taxonomy.FORMS)),
        "### Úhrada (`cost`)\n\n" + _table(["Klíč", "Úhrada"], taxonomy.COSTS.items()),
        "### Stav (`status`)\n\n" + _table(["Klíč", "Stav"], taxonomy.STATUSES.items()),
        "### Jazyky (`languages`)\n\n" + _table(["Klíč", "Jazyk"], taxonomy.LANGUAGES.items()),
    ])


GENERATED = {"fields": field_tables, "keys": key_lists}


def regenerate(text: str) -> str:
    """The document with every generated part between its markers rewritten."""
    for name, make in GENERATED.items():
        start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
        pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.DOTALL)
        if not pattern.search(text):
            raise ValueError(f"the markers {start} and {end} are missing")
        # A function replacement, so backslashes in the tables are not read as group references.
        text = pattern.sub(lambda _match: f"{start}\n{make()}\n{end}", text, count=1)
    return text

