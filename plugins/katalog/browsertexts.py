"""The browser code's words and facets, handed to it by the page in the page's language (no UI text in JS).

Plurals go as one text per CLDR plural category of the language ("one", "few", "many", "other"), with {n}
for the number: the browser picks one with Intl.PluralRules, so Czech gets 1 služba, 3 služby, 5 služeb."""
from __future__ import annotations

from babel import Locale

from .facets import FACETS, NEED_FILTERS, SEARCH_FILTERS
from .formatting import babel_locale
from .i18n import N_, NP_
from .sitelanguage import SiteLanguage

TEXTS = {
    "loading": N_("Načítám vyhledávání…"),
    "searchTitle": N_("„%(query)s“ – "),
    "loadFailed": N_("Vyhledávání se nepodařilo načíst. Zkuste to znovu, nebo služby procházejte podle toho, "
                     "co řešíte."),
    "nothingFound": N_("Nenašli jsme žádnou službu."),
    "closed": N_("Dočasně uzavřeno"),
    "servesArea": N_("Kde pomáhá: %(area)s"),
    "removeFilter": N_("Zrušit: %(filter)s"),
    "addToList": N_("Přidat do mého seznamu"),
    "removeFromList": N_("Odebrat z mého seznamu"),
    "listNotSaved": N_("Prohlížeč nedovolil seznam uložit."),
    "added": N_("Přidáno. V seznamu: %(services)s."),
    "removed": N_("Odebráno. V seznamu: %(services)s."),
    "serviceRemoved": N_("Služba odebrána."),
    "listEmpty": N_("Seznam je prázdný."),
    "openNow": N_("Nyní otevřeno"),
    "closedNow": N_("Nyní zavřeno"),
}
PLURALS = {
    "services": NP_("%(num)d služba", "%(num)d služby"),
    "found": NP_("Nalezena %(num)d služba", "Nalezeny %(num)d služby"),
    "more": NP_("Zobrazit další (%(num)d)", "Zobrazit dalších (%(num)d)"),
}


def _examples(locale: Locale) -> dict[str, int]:
    """A number of each plural category of the language, the smallest one."""
    found: dict[str, int] = {}
    for number in range(0, 200):
        found.setdefault(locale.plural_form(number), number)
    return found


def browser_texts(site: SiteLanguage) -> dict:
    """Everything the scripts say on a page of `site`, and the search filters' parameters (by facet, by need)."""
    texts = {key: site.gettext(message).replace("%(", "{").replace(")s", "}") for key, message in TEXTS.items()}
    plurals = {
        key: {category: site.ngettext(singular, plural, number).replace("%(num)d", "{n}")
              for category, number in _examples(babel_locale(site.code)).items()}
        for key, (singular, plural) in PLURALS.items()
    }
    return {"texts": texts, "plurals": plurals, "filters": [FACETS[name].parameter for name in SEARCH_FILTERS],
            "needs": [need.parameter for need in NEED_FILTERS]}
