"""Writes the web section's pages from context['katalog']."""
from __future__ import annotations

import datetime as dt
import functools
import logging
from pathlib import Path

from markupsafe import Markup
from pelican.generators import Generator

from .. import urls
from ..editors.freshness import stale_services
from ..settings import build_today
from ..sitewriter import write_page
from . import browse, sitemap, structured_data
from .cards import ServiceCards

logger = logging.getLogger(__name__)


class WebGenerator(Generator):
    """Home, emergency help, service, browse, A–Z, provider, my-list, accessibility and 404 pages."""

    def generate_context(self):
        catalogue = self.context["katalog"]
        self.sites = self.context["site_languages"]
        # Templates (Pelican's pages and articles too) build every address from urls, never by hand.
        self.context["urls"] = urls
        self.context["service_cards"] = ServiceCards(self.get_template("partials/service_card"))
        # Every page's footer links the content pages in its own language where they are translated (Pelican's
        # translations), else the Czech ones. Worked out once: Pelican computes a page's url on each access.
        self.context["footer_pages"] = {code: footer_pages(self.context.get("pages", []), code) for code in self.sites}
        months = self.context["katalog_settings"].stale_after_months
        # Visitors are told to check old details by phone before they set out.
        self.context["stale_keys"] = {s.key for s in stale_services(catalogue, months, build_today(self.settings))}
        self.context["site_absolute_url"] = urls.public_base(self.settings["SITEURL"],
                                                             self.context["katalog_settings"].public_url)
        self._written: list[tuple[str, dt.date | None]] = []

    def _write(self, url: str, template: str, changed: dt.date | None = None, **values):
        name = write_page(self.writer, self.site, url, self.get_template(template), self.context,
                          self.settings["RELATIVE_URLS"], **values)
        self._written.append((name.removesuffix("index.html"), changed))

    def generate_output(self, writer):
        self.writer = writer
        for self.site in self.sites.values():
            self._write_site()
        self._write_not_found()
        self._write_sitemap()
        self._write_colours()
        logger.info("katalog: wrote %d web pages (%d services) in %d language(s)", len(self._written),
                    len(self.context["katalog"].published), len(self.sites))

    def _write_site(self):
        """Every page of one language's site."""
        catalogue = self.context["katalog"]
        newest = max((s.verified for s in catalogue.published), default=None)
        self._write("", "home", newest)
        self._write(urls.EMERGENCY, "emergency", newest, groups=browse.emergency_groups(catalogue, self.site))
        for service in catalogue.published:
            self._write_service(service)
        for facet in self.site.facets.values():
            if facet.name == "municipalities":
                self._write(facet.url, "municipalities", newest, facet=facet, local_parts=browse.local_parts(catalogue))
            else:
                self._write(facet.url, "facet_index", newest, facet=facet)
            for entry in facet.entries:
                template = "provider" if facet.name == "providers" else "facet"
                self._write(entry.url, template, max(s.verified for s in entry.services), facet=facet, entry=entry,
                            provider=catalogue.providers.get(entry.key) if facet.name == "providers" else None)
        self._write(urls.A_TO_Z, "a_to_z", newest, letters=browse.a_to_z(catalogue.published, self.site))
        self._write(urls.MY_LIST, "my_list")
        self._write(urls.ACCESSIBILITY, "accessibility")
        if catalogue.stories:
            self._write(urls.story(), "stories", max(story.date for story in catalogue.stories.values()))
        for story in catalogue.stories.values():
            self._write(urls.story(story.key), "story", story.date, story=story)
        self._write_services_folder()
        self._write_previous_addresses()

    def _write_service(self, service):
        catalogue = self.context["katalog"]
        siteurl = self.context["site_absolute_url"]
        page_url = urls.absolute(siteurl, self.site.prefix + urls.service(service.key)) if siteurl else None
        json_ld = structured_data.script_json(structured_data.service_data(service, catalogue, page_url, self.site))
        self._write(urls.service(service.key), "service", service.verified, service=service,
                    json_ld=Markup(json_ld), report_error_url=self._report_error_url(service))

    def _report_error_url(self, service) -> str:
        """The configured e-mail or edit page, with the service's key and source file filled in."""
        source = Path(service.source).resolve()
        project = self._project_dir
        path = source.relative_to(project).as_posix() if source.is_relative_to(project) else service.source
        template = self.context["katalog_settings"].report_error
        return template.replace("{key}", service.key).replace("{path}", path)

    @functools.cached_property
    def _project_dir(self) -> Path:
        return Path(self.settings["PATH"]).resolve().parent

    def _write_services_folder(self):
        """A visitor who shortens a service's address to sluzby/ lands on the A–Z list, not on an error
        or the web server's file listing. Not in the sitemap: the page only forwards."""
        write_page(self.writer, self.site, urls.SERVICES, self.get_template("services_folder"), self.context,
                   self.settings["RELATIVE_URLS"], target_url=urls.A_TO_Z)

    def _write_previous_addresses(self):
        """Each previous key of a service forwards to its page, so bookmarks and printed QR codes keep
        working after a rename. Not in the sitemap: the pages only forward."""
        for service in self.context["katalog"].published:
            for old_key in service.previous_keys:
                write_page(self.writer, self.site, urls.service(old_key), self.get_template("moved_service"),
                           self.context, self.settings["RELATIVE_URLS"], target_url=urls.service(service.key),
                           service=service)

    def _write_not_found(self):
        """The 404 page is served at any missing address, so its links start from the site's root."""
        settings = self.context["katalog_settings"]
        siteurl = self.settings["SITEURL"]
        root = siteurl if siteurl.startswith(("https://", "http://")) else settings.path.rstrip("/")
        self.writer.write_file(urls.NOT_FOUND, self.get_template("404"), self.context, relative_urls=False,
                               page_url=None, SITEURL=root)

    def _write_colours(self):
        """The town's colours as a stylesheet of their own, not a <style> in each page: the web server's
        Content-Security-Policy can then forbid inline styles (README: HTTP headers)."""
        colours = self.context["katalog_settings"].colors
        if colours:
            path = Path(self.output_path) / urls.COLOURS
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(":root {" + "".join(f"--{name}: {value}; " for name, value in colours.items()) + "}\n",
                            encoding="utf-8")

    def _write_sitemap(self):
        pages = list(self._written)
        contents = self.context.get("pages", []) + self.context.get("articles", [])
        for content in contents + [t for content in contents for t in getattr(content, "translations", [])]:
            changed = getattr(content, "modified", None) or getattr(content, "date", None)
            pages.append((content.url, changed.date() if changed else None))
        sitemap.write(Path(self.output_path), self.context["site_absolute_url"], pages)


def footer_pages(pages, language: str) -> list[tuple[str, str, str]]:
    """(url, title, language of the title) of each content page: its translation into `language` where Pelican
    found one (same slug, `Lang:`), else the page itself."""
    found = []
    for page in pages:
        shown = next((t for t in getattr(page, "translations", []) if t.lang == language), page)
        found.append((shown.url, Markup(shown.title).striptags(), shown.lang))
    return found
