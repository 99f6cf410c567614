"""The coverage table as an A4 landscape PDF for the planning group's meetings, through the shared PDF machinery."""
from __future__ import annotations

import logging
from pathlib import Path

from pelican.generators import Generator

from .. import sourcekey, urls
from ..atomicbuild import state_path
from ..coverage import Coverage
from ..pdf.cache import done, kept_or_submitted, recall
from ..pdf.pool import shared_pool

logger = logging.getLogger(__name__)


class CoveragePdfGenerator(Generator):
    """Writes urls.COVERAGE_PDF: the screen edition (tagged PDF/UA), which an office printer prints as it is."""

    def generate_context(self):
        # Rendered by the build's PDF workers while the web is written; an unchanged one is found by its sources
        # before its HTML is made (which takes seconds at a thousand services).
        catalogue, settings = self.context["katalog"], self.context["katalog_settings"]
        theme = Path(self.settings["THEME"])
        out_path = Path(self.output_path) / urls.COVERAGE_PDF
        cache_folder = state_path(Path(self.settings["OUTPUT_PATH"]), "-pdf-cache")
        sources = sourcekey.remember(self.context, self.settings)
        if (kept := recall(out_path, cache_folder, sources)) is not None:
            self.rendered = done(kept)
            return
        edition = settings.edition_date(catalogue)
        html = self.get_template("print/coverage").render(self.context, coverage=Coverage(catalogue), edition=edition)
        sheets = [theme / "print" / "coverage.css"] + ([theme / "print" / "sample.css"] if settings.sample_data else [])
        self.rendered = kept_or_submitted(
            shared_pool(self.context), html, base_url=theme, out_path=out_path, edition="screen", stylesheets=sheets,
            roots=[theme], edition_date=edition, cache_folder=cache_folder, sources=sources)

    def generate_output(self, writer):
        rendered = self.rendered.result()
        logger.info("katalog: coverage table PDF, %d pages%s", rendered.pages, " (unchanged)" if rendered.reused else "")
