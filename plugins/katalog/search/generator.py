"""Writes the search index, the results' display data and the search page."""
from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

from pelican.generators import Generator

from .. import urls
from ..background import Background
from . import documents

logger = logging.getLogger(__name__)

INDEX = urls.SEARCH_DATA + "index.json"
DISPLAY_DATA = urls.SEARCH_DATA + "services.json"


def serialise(data) -> bytes:
    """Compact JSON with sorted keys: the same sources always give the same bytes."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


class SearchGenerator(Generator):
    """Builds the lunr index of the published services; writes it, their display data and hledat/."""

    def generate_context(self):
        catalogue = self.context["katalog"]
        # The index takes as long as a third of the web pages and needs nothing from them, so it is
        # built in a child process while the web generator writes the pages.
        self.index = Background(lambda: serialise(documents.build_index(catalogue)))
        self.display_data = serialise(documents.display_data(catalogue))
        facets = self.context["facets"]  # the web generator's, which runs first (plugin.output_generators)
        self.filters = [(parameter, facets[facet]) for parameter, facet in documents.FILTERS.items()]

    def generate_output(self, writer):
        self.files = {INDEX: self.index.result(), DISPLAY_DATA: self.display_data}
        output = Path(self.output_path)
        for path, data in self.files.items():
            target = output / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        # The page asks for the files with a digest of their content, so a browser never mixes
        # an index cached from an older build with newer display data.
        version = hashlib.sha256(b"".join(self.files.values())).hexdigest()[:12]
        writer.write_file(urls.save_as(urls.SEARCH), self.get_template("search"), self.context,
                          relative_urls=self.settings["RELATIVE_URLS"], page_url=urls.SEARCH,
                          search_filters=self.filters, search_data_version=version,
                          search_index=INDEX, search_display_data=DISPLAY_DATA)
        logger.info("katalog: search index of %d services, %d + %d bytes",
                    len(self.context["katalog"].published), len(self.files[INDEX]), len(self.files[DISPLAY_DATA]))
