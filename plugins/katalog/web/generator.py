"""Writes the web section's pages from context['katalog']."""
from __future__ import annotations

import logging

from pelican.generators import Generator

logger = logging.getLogger(__name__)


class WebGenerator(Generator):
    """Home page and one page per published service."""

    def generate_context(self):
        pass

    def generate_output(self, writer):
        catalogue = self.context["katalog"]
        relative = self.settings["RELATIVE_URLS"]
        writer.write_file("index.html", self.get_template("home"), self.context, relative_urls=relative,
                          page_name="index")
        service_template = self.get_template("service")
        for service in catalogue.published:
            writer.write_file(f"sluzby/{service.key}/index.html", service_template, self.context,
                              relative_urls=relative, service=service, page_name=f"sluzby/{service.key}/index")
        logger.info("katalog: wrote %d service pages", len(catalogue.published))
