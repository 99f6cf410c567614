"""The HSDS 3.0 vocabulary katalog uses in both directions (export and import): ids, taxonomies, codes."""
from __future__ import annotations

import uuid

# Fixed for ever: every id katalog exports derives from it, so consumers can follow an object across builds.
_NAMESPACE = uuid.UUID("6f7d3c2e-8a41-5b0e-9c1d-4a2b7e9f0c35")

# Attribute link types and the taxonomy each one's terms come from: (key, name, description).
TAXONOMIES = {
    "kind": ("katalog-druhy-sluzeb", "Druhy služeb",
             "Druhy sociálních služeb podle zákona č. 108/2006 Sb. a druhy souvisejících služeb."),
    "form": ("katalog-formy", "Formy služeb", "Ambulantní, terénní a pobytová forma."),
    "target_group": ("katalog-cilove-skupiny", "Cílové skupiny", "Cílové skupiny, jak je pojmenovává registr."),
    "life_situation": ("katalog-zivotni-situace", "Životní situace", "Životní situace, se kterými služba pomáhá."),
    "cost": ("katalog-uhrada", "Úhrada", "Zda je služba zdarma, částečně hrazená, nebo hrazená."),
}
ACT = "zákona č. 108/2006 Sb."
ICO_SCHEME = "CZ-ICO"  # org-id.guide's list for the Czech business register
ICO_TYPE = "IČO"
# The RÚIAN linked-data address of a municipality, by its ČSÚ code.
RUIAN_MUNICIPALITY = "https://linked.cuzk.cz/resource/ruian/obec/"
REGISTRY_LICENCE = "Registr poskytovatelů sociálních služeb, identifikátor "
WHEELCHAIR = {True: "Bezbariérový přístup.", False: "Bez bezbariérového přístupu."}
STATUSES = {"active": "active", "temporarily-closed": "temporarily closed"}
COUNTRY = "CZ"
# HSDS times are times of day, which end at 23:59; katalog's '24:00' closes the day.
END_OF_DAY, LAST_MINUTE = "24:00", "23:59"


def stable_id(scope: str, *parts: str) -> str:
    """A UUID that only the scope (the region's name) and the object's keys decide."""
    return str(uuid.uuid5(uuid.uuid5(_NAMESPACE, scope), "/".join(parts)))
