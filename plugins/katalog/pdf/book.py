"""What the PDF catalogue contains, in order: chapters, content pages and indexes, built from the catalogue."""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path

import nh3
from markupsafe import Markup

from .. import links, urls
from ..catalogue import Catalogue, ProviderRecord, ServiceRecord
from ..collation import sort_key
from ..leaflets.qr import qr_svg
from ..settings import KatalogSettings
from ..taxonomy import Term

logger = logging.getLogger(__name__)

# Which facet makes the chapters: the vocabulary (in its own order) and the services of each term.
CHAPTER_FACETS = {
    "target_groups": ("target_groups", "by_target_group"),
    "life_situations": ("life_situations", "by_life_situation"),
    "kinds": ("kinds", "by_kind"),
}
PAGE_SIZES = ("A5", "A4")
# Town pages come from Markdown written by the town; only structure survives, never scripts or images.
_PAGE_TAGS = {"p", "br", "strong", "em", "ul", "ol", "li", "a", "h2", "h3", "h4", "blockquote",
              "table", "thead", "tbody", "tr", "th", "td"}


class BookError(Exception):
    """The catalogue settings ask for something the PDF cannot do."""


@dataclass
class Entry:
    """A service in a chapter: in full (its main chapter) or as a reference to the page where it is."""

    service: ServiceRecord
    in_full: bool


@dataclass
class Chapter:
    key: str
    term: Term
    entries: list[Entry]
    story: object | None = None  # a client's story (stories.StoryRecord) closing the chapter, when asked for

    @property
    def anchor(self) -> str:
        return f"kapitola-{self.key}"

    @property
    def full_count(self) -> int:
        return sum(entry.in_full for entry in self.entries)


@dataclass
class IndexGroup:
    """One heading of an index with the services under it; `parts` lists local parts of a municipality."""

    heading: str
    services: list[ServiceRecord]
    parts: str = ""  # the template words it ("Místní části: …") in the catalogue's language


@dataclass
class PrintPage:
    """A town page marked `Print: yes`, its HTML sanitised."""

    slug: str
    title: str
    html: str


@dataclass
class Book:
    """Everything the catalogue template needs besides the catalogue itself."""

    title: str
    region: str
    edition: dt.date
    page_size: str
    sample_data: bool
    chapters: list[Chapter]
    pages: list[PrintPage]
    providers: list[tuple[ProviderRecord, list[ServiceRecord]]]
    region_wide: list[ServiceRecord]
    by_municipality: list[IndexGroup]
    by_life_situation: list[IndexGroup]
    web_address: str | None
    report_href: str
    report_label: str
    logo_url: str | None = None
    partners: list[str] = field(default_factory=list)

    def qr_code(self, title: str) -> Markup | None:
        """The web address as a vector QR code; `title` (from the template) is its alternative text in the
        tagged PDF. None without a web address."""
        return qr_svg(self.web_address, dark="#000", title=title) if self.web_address else None


def service_anchor(service: ServiceRecord) -> str:
    return f"sluzba-{service.key}"


def build_chapters(catalogue: Catalogue, facet: str, with_stories: bool = False) -> list[Chapter]:
    """One chapter per term that has services; a service is in full in the first chapter it belongs to.
    `with_stories`: each chapter closes with the newest story not used yet that names one of its services
    (or its life situation)."""
    if facet not in CHAPTER_FACETS:
        raise BookError(f"KATALOG pdf_chapters is '{facet}'; use one of {', '.join(CHAPTER_FACETS)}")
    vocabulary_name, groups_name = CHAPTER_FACETS[facet]
    vocabulary, groups = getattr(catalogue, vocabulary_name), getattr(catalogue, groups_name)
    chapters, placed = [], set()
    for key, term in vocabulary.items():
        services = groups.get(key, [])
        if not services:
            continue
        entries = [Entry(service, service.key not in placed) for service in services]
        placed.update(service.key for service in services)
        chapters.append(Chapter(key, term, entries))
    if with_stories:
        _add_stories(chapters, catalogue, facet)
    return chapters


def _add_stories(chapters: list[Chapter], catalogue: Catalogue, facet: str):
    unused = list(catalogue.stories.values())
    for chapter in chapters:
        keys = {entry.service.key for entry in chapter.entries}
        chapter.story = next((story for story in unused if keys & set(story.services)
                              or (facet == "life_situations" and chapter.key in story.life_situations)), None)
        if chapter.story is not None:
            unused.remove(chapter.story)


def print_pages(pages, address: str | None) -> list[PrintPage]:
    """Pelican pages whose metadata says `Print: yes`, in title order. A relative link (to another page of
    the web section) leads to its public `address`, or is dropped when there is none: in a PDF it would
    become a file: link to the build machine."""
    chosen = [page for page in pages if str(page.metadata.get("print", "")).strip().lower() in ("yes", "ano", "true")]
    chosen.sort(key=lambda page: sort_key(page.title))
    # Pelican's own links between pages ({filename}) are made absolute from the address itself: page.content
    # would make them relative to whatever page Pelican's writer wrote last.
    return [PrintPage(page.slug, page.title, nh3.clean(
                page.get_content(address.rstrip("/") if address else ""), tags=_PAGE_TAGS,
                attributes={"a": {"href"}}, url_schemes=set(links.SCHEMES),
                url_relative=("rewrite_with_base", address + page.url) if address else "deny"))
            for page in chosen]


def public_address(settings: KatalogSettings, siteurl: str) -> str | None:
    """The address printed on the back cover, with its trailing slash (see urls.public_base)."""
    base = urls.public_base(siteurl, settings.public_url)
    return f"{base}/" if base else None


def report_contact(report_error: str) -> tuple[str, str]:
    """(href, label) for the back cover from KATALOG report_error, without its per-service placeholders."""
    if report_error.startswith("mailto:"):
        address = report_error.removeprefix("mailto:").split("?")[0]
        return f"mailto:{address}", address
    # An edit address for one file ('…/{path}') means nothing on paper; its fixed part is the form's home.
    base = report_error.split("{")[0]
    return base, base.split("://", 1)[-1].rstrip("/")


def _logo_file(logo: str | None, sources: dict[str, Path]) -> str | None:
    """The file behind KATALOG logo, an output path: the first source whose output prefix it starts with."""
    if not logo:
        return None
    for prefix, folder in sources.items():
        if logo.startswith(prefix) and (candidate := (folder / logo.removeprefix(prefix)).resolve()).is_file():
            return candidate.as_uri()
    raise BookError(f"KATALOG logo '{logo}' is in none of {', '.join(str(folder) for folder in sources.values())}")


def build_book(catalogue: Catalogue, settings: KatalogSettings, pages, siteurl: str,
               logo_sources: dict[str, Path]) -> Book:
    """The catalogue's parts; `logo_sources` maps an output path prefix to the folder it is copied from."""
    if settings.pdf_page_size not in PAGE_SIZES:
        raise BookError(f"KATALOG pdf_page_size is '{settings.pdf_page_size}'; use A5 or A4")
    edition = settings.edition_date(catalogue)
    address = public_address(settings, siteurl)
    report_href, report_label = report_contact(settings.report_error)
    if address is None:
        logger.warning("PDF catalogue: SITEURL is relative and KATALOG has no public_url; "
                       "the back cover will have no web address or QR code")
    by_provider = sorted(catalogue.by_provider.items(), key=lambda item: sort_key(catalogue.providers[item[0]].name))
    # Services for the whole region are listed once, not under each of (maybe dozens of) municipalities:
    # a municipality's entry points to that list, which keeps the index a few pages long at any size.
    region_wide = [service for service in catalogue.published if service.whole_region]
    municipalities = []
    for key, municipality in catalogue.municipalities_sorted():
        parts = ", ".join(sorted(municipality.parts, key=sort_key))
        local = [service for service in catalogue.by_municipality.get(key, []) if not service.whole_region]
        municipalities.append(IndexGroup(municipality.name, local, parts))
    situations = [IndexGroup(term.label, catalogue.by_life_situation[key])
                  for key, term in catalogue.life_situations.items() if key in catalogue.by_life_situation]
    return Book(
        title=settings.title, region=catalogue.region.name, edition=edition, page_size=settings.pdf_page_size,
        sample_data=settings.sample_data, chapters=build_chapters(catalogue, settings.pdf_chapters, settings.pdf_stories),
        pages=print_pages(pages, address), providers=[(catalogue.providers[key], services) for key, services in by_provider],
        region_wide=region_wide, by_municipality=municipalities, by_life_situation=situations, web_address=address,
        report_href=report_href, report_label=report_label,
        logo_url=_logo_file(settings.logo, logo_sources), partners=list(settings.partners),
    )
