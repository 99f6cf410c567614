"""The coverage table as an A4 landscape PDF for the planning group's meetings, through the shared PDF machinery."""
from __future__ import annotations

import logging
from pathlib import Path

from pelican.generators import Generator

from .. import urls
from ..coverage import Coverage
from ..pdf.render import render_pdf

logger = logging.getLogger(__name__)


class CoveragePdfGenerator(Generator):
    """Writes urls.COVERAGE_PDF: the screen edition (tagged PDF/UA), which an office printer prints as it is."""

    def generate_context(self):
        pass

    def generate_output(self, writer):
        catalogue, settings = self.context["katalog"], self.context["katalog_settings"]
        theme = Path(self.settings["THEME"])
        edition = settings.edition_date(catalogue)
        html = self.get_template("print/coverage").render(self.context, coverage=Coverage(catalogue), edition=edition)
        sheets = [theme / "print" / "coverage.css"] + ([theme / "print" / "sample.css"] if settings.sample_data else [])
        rendered = render_pdf(html, base_url=theme, out_path=Path(self.output_path) / urls.COVERAGE_PDF,
                              edition="screen", stylesheets=sheets, roots=[theme], edition_date=edition)
        logger.info("katalog: coverage table PDF, %d pages", rendered.pages)
