"""Writes the search index, the results' display data and the search page."""
from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

from pelican.generators import Generator

from .. import urls
from ..background import Background
from ..facets import NEED_FILTERS
from ..sitewriter import write_page
from . import documents

logger = logging.getLogger(__name__)

INDEX = urls.SEARCH_DATA + "index.json"  # below each language's folder
DISPLAY_DATA = urls.SEARCH_DATA + "services.json"
# The scripts the search page loads when a search starts, in this order (each registers with the previous).
SCRIPTS = ("theme/js/vendor/lunr.min.js", "theme/js/czech-search.js")
LANGUAGE_SCRIPTS = ("theme/js/search-languages.js", "theme/js/english-search.js", "theme/js/ukrainian-search.js")


def serialise(data) -> bytes:
    """Compact JSON with sorted keys: the same sources always give the same bytes."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


class SearchGenerator(Generator):
    """For each language's site: the lunr index of the published services, their display data and hledat/."""

    def generate_context(self):
        catalogue = self.context["katalog"]
        self.sites = self.context["site_languages"]
        # The indexes take as long as a third of the web pages and need nothing from them, so they are
        # built in a child process while the web generator writes the pages.
        self.indexes = Background(lambda: {code: serialise(documents.build_index(catalogue, site))
                                           for code, site in self.sites.items()})
        self.display_data = {code: serialise(documents.display_data(catalogue, site))
                             for code, site in self.sites.items()}

    def generate_output(self, writer):
        indexes = self.indexes.result()
        output = Path(self.output_path)
        for code, site in self.sites.items():
            files = {site.prefix + INDEX: indexes[code], site.prefix + DISPLAY_DATA: self.display_data[code]}
            for path, data in files.items():
                target = output / path
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
            # The page asks for the files with a digest of their content, so a browser never mixes
            # an index cached from an older build with newer display data.
            version = hashlib.sha256(b"".join(files.values())).hexdigest()[:12]
            filters = [(parameter, site.facets[facet]) for parameter, facet in documents.FILTERS.items()]
            write_page(writer, site, urls.SEARCH, self.get_template("search"), self.context,
                       self.settings["RELATIVE_URLS"], search_filters=filters, search_data_version=version,
                       need_filters=NEED_FILTERS, search_languages=documents.languages_spoken(self.context["katalog"], site),
                       search_index=INDEX, search_display_data=DISPLAY_DATA,
                       search_scripts=SCRIPTS if site.is_source else SCRIPTS + LANGUAGE_SCRIPTS)
            logger.info("katalog: search index of %d services in '%s', %d + %d bytes",
                        len(self.context["katalog"].published), code, *map(len, files.values()))
