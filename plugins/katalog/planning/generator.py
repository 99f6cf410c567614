"""Writes the planning section: the coverage table and its filtered versions, each municipality's view, the CSV."""
from __future__ import annotations

import logging
from pathlib import Path

from pelican.generators import Generator

from .. import urls
from .table import coverage_csv, selections

logger = logging.getLogger(__name__)


class PlanningGenerator(Generator):
    """planovani/ for the planning group and the councils, and data/coverage.csv; linked from the town's
    community-planning pages, never from the citizen's path."""

    def generate_context(self):
        self.context["planning_selections"] = selections(self.context["katalog"])

    def generate_output(self, writer):
        catalogue = self.context["katalog"]
        chosen = self.context["planning_selections"]
        whole = chosen[0].coverage
        for selection in chosen:
            self._write(writer, selection.url, "planning/coverage", selection=selection)
        for key, municipality in catalogue.municipalities_sorted():
            self._write(writer, urls.planning(key), "planning/municipality", coverage=whole, key=key,
                        municipality=municipality)
        path = Path(self.output_path) / urls.COVERAGE_CSV
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(coverage_csv(whole))
        logger.info("katalog: planning tables: %d versions, %d municipalities, %s", len(chosen),
                    len(catalogue.region.municipalities), urls.COVERAGE_CSV)

    def _write(self, writer, url: str, template: str, **values):
        writer.write_file(urls.save_as(url), self.get_template(template), self.context,
                          relative_urls=self.settings["RELATIVE_URLS"], page_url=url, single_language=True,
                          **values)
