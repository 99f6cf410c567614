"""One site per language: its folder, its UI text, labels, alphabet and formats, built once beside the catalogue."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

from babel import Locale

from . import i18n
from .catalogue import Catalogue
from .collation import Collation, collation
from .facets import Facet, facets
from .formatting import Formatting, babel_locale
from .labels import Labels, labels_for

# One plain line, as the content's warnings: Pelican's own handler would wrap it at the terminal's width.
problem_log = logging.getLogger("katalog.problems")


@dataclass(frozen=True)
class SiteLanguage:
    """What every page of one language's site reads: the templates get it as `lang`."""

    code: str
    is_source: bool
    labels: Labels
    collation: Collation
    formatting: Formatting
    translations: object = field(repr=False)
    facets: dict[str, Facet] = field(default_factory=dict, repr=False)  # the browse pages' entries, in this language
    missing_messages: tuple[str, ...] = ()

    @property
    def prefix(self) -> str:
        """The site's folder below the section: '' for the source language (it stays where it was), 'uk/'."""
        return "" if self.is_source else f"{self.code}/"

    @property
    def name(self) -> str:
        """The language named in itself, as the language switch shows it: Čeština, Українська, English."""
        native = Locale.parse(self.code).get_display_name(Locale.parse(self.code)) or self.code
        return native[:1].upper() + native[1:]

    @property
    def html_lang(self) -> str:
        """The BCP 47 tag for lang and hreflang attributes."""
        return str(babel_locale(self.code)).replace("_", "-")

    def gettext(self, message: str) -> str:
        return self.translations.gettext(message)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return self.translations.ngettext(singular, plural, count)

    def sort_key(self, text: str) -> tuple:
        return self.collation.sort_key(text)


def build_site_languages(languages: list[str], catalogue: Catalogue) -> dict[str, SiteLanguage]:
    """Every configured language, the source first; what a language lacks is shown in Czech, and the build
    says once, per language, what that is."""
    sites = {}
    for index, code in enumerate(languages):
        translations = i18n.translations(code)
        labels = labels_for(code, catalogue.life_situations, catalogue.life_situation_translations)
        site = SiteLanguage(code, index == 0, labels, collation(code), Formatting(code, translations.gettext),
                            translations, facets(catalogue, labels, translations.gettext),
                            tuple(i18n.missing_messages(code)))
        missing = len(site.missing_messages) + len(labels.missing)
        if missing:
            examples = ", ".join(repr(text) for text in (site.missing_messages + labels.missing)[:5])
            problem_log.warning("warning: language '%s' lacks %d text(s) and shows them in Czech (%s%s); translate "
                                "them in %s and plugins/katalog/labels/%s.yaml (katalog report --translations "
                                "lists them all)", code, missing, examples, ", …" if missing > 5 else "",
                                i18n.catalog_path(code).relative_to(i18n.LOCALE_DIR.parents[2]), code)
        sites[code] = site
    return sites
