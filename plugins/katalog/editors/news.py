"""'Co je nového': a web page and an Atom feed of the services whose details changed or were confirmed last."""
from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from pelican.generators import Generator

from .. import urls
from ..sitewriter import write_page
from ..catalogue import Catalogue, ServiceRecord
from ..collation import sort_key
from ..formatting import czech_date
from ..i18n import N_

logger = logging.getLogger(__name__)

NEWS_LIMIT = 20
ATOM = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# The feed's words, in the language of its entries (the services' names and summaries are in Czech).
FEED_TITLE = N_("Co je nového")
FEED_SUBTITLE = N_("Služby, jejichž údaje poskytovatelé naposledy doplnili nebo ověřili.")


@dataclass(frozen=True)
class NewsItem:
    service: ServiceRecord
    url: str  # relative to SITEURL

    @property
    def date_text(self) -> str:
        return czech_date(self.service.verified)


def recent_services(catalogue: Catalogue, limit: int = NEWS_LIMIT) -> list[NewsItem]:
    """Newest `verified` first; the sources' dates, never the clock, so every build lists the same."""
    newest = sorted(catalogue.published, key=lambda s: (-s.verified.toordinal(), sort_key(s.name)))
    return [NewsItem(service, urls.service(service.key)) for service in newest[:limit]]


def _timestamp(item: NewsItem) -> str:
    return f"{item.service.verified.isoformat()}T00:00:00Z"


def _add(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attributes)
    element.text = text
    return element


def atom_feed(items: list[NewsItem], base: str, site, title: str, author: str) -> bytes:
    """An Atom 1.0 document in `site`'s language (a SiteLanguage); entry ids change with the date, so a
    re-verified service shows as new."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed", {XML_LANG: site.html_lang})
    _add(feed, "title", f"{site.gettext(FEED_TITLE)} – {title}")
    _add(feed, "subtitle", site.gettext(FEED_SUBTITLE))
    _add(feed, "link", rel="alternate", type="text/html", href=urls.absolute(base, urls.NEWS))
    _add(feed, "link", rel="self", type="application/atom+xml", href=urls.absolute(base, urls.FEED))
    _add(feed, "id", urls.absolute(base, urls.FEED))
    # An empty feed still needs <updated>; the epoch keeps it deterministic.
    _add(feed, "updated", _timestamp(items[0]) if items else "1970-01-01T00:00:00Z")
    _add(_add(feed, "author"), "name", author)
    for item in items:
        entry = _add(feed, "entry")
        link = urls.absolute(base, item.url)
        _add(entry, "title", item.service.name)
        _add(entry, "link", rel="alternate", type="text/html", href=link)
        _add(entry, "id", f"{link}#{item.service.verified.isoformat()}")
        _add(entry, "updated", _timestamp(item))
        _add(_add(entry, "author"), "name", item.service.provider.display_name)
        _add(entry, "summary", item.service.summary)
    ET.indent(feed)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"


class NewsGenerator(Generator):
    """Writes co-je-noveho/index.html and, when the public address is known, co-je-noveho/atom.xml."""

    def generate_context(self):
        self.items = recent_services(self.context["katalog"])

    def generate_output(self, writer):
        katalog_settings = self.context["katalog_settings"]
        base = urls.public_base(self.settings["SITEURL"], katalog_settings.public_url)
        if base is None:
            # Only local previews lack an absolute address (publishconf.py sets SITEURL), so no warning.
            logger.info("katalog: no feed %s: it needs an absolute SITEURL or KATALOG public_url", urls.FEED)
        else:
            path = Path(self.output_path) / urls.FEED
            path.parent.mkdir(parents=True, exist_ok=True)
            site = next(iter(self.context["site_languages"].values()))  # the source language comes first
            path.write_bytes(atom_feed(self.items, base, site, katalog_settings.title_in(site.code),
                                       katalog_settings.town_in(site.code)))
        for site in self.context["site_languages"].values():
            write_page(writer, site, urls.NEWS, self.get_template("news"), self.context, self.settings["RELATIVE_URLS"],
                       news=self.items, news_feed=urls.FEED if base else None)
        logger.info("katalog: 'Co je nového' lists %d services", len(self.items))
