"""Pelican glue: loads and validates the sources once, then hands them to every output's generator."""
from __future__ import annotations

import logging
import sys
from pathlib import Path

from pelican import signals
from pelican.generators import Generator

from .loader import load_catalogue
from .problems import ContentError
from .settings import build_today, read_settings
from .templatecache import share_compiled_templates

logger = logging.getLogger(__name__)
# Problems go out one per line, exactly as `katalog validate` prints them, so a provider can copy
# the location; Pelican's own log handler would wrap them at the terminal's width.
problem_log = logging.getLogger("katalog.problems")
# KATALOG_PDF's third value: the leaflets without the PDF catalogue, to check leaflets.yaml in seconds.
LEAFLETS_ONLY = "leaflets"


class KatalogBuildError(Exception):
    """The build stops: the sources have errors (each one is logged above this message)."""


class CatalogueGenerator(Generator):
    """Reads content/ into context['katalog']; writes nothing itself.

    It loads when Pelican creates the generators, which is before Pelican empties the output folder:
    invalid sources then stop the build with the site of the last build still in place, and the
    publish guard (created after it) compares the catalogue with that site's manifest."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        settings = read_settings(self.settings)
        try:
            catalogue = load_catalogue(Path(self.settings["PATH"]), today=build_today(self.settings))
        except ContentError as error:
            for problem in error.problems:
                problem_log.error("%s", problem)
            raise KatalogBuildError(f"{len(error.problems)} problem(s) in the content; "
                                    "fix them (see above) or run `katalog validate` for the same list") from None
        for warning in catalogue.warnings:
            problem_log.warning("%s", warning)
        self.context["katalog"] = catalogue
        self.context["katalog_settings"] = settings
        logger.info("katalog: %d services (%d published), %d providers",
                    len(catalogue.services), len(catalogue.published), len(catalogue.providers))

    def generate_context(self):
        pass

    def generate_output(self, writer):
        pass


def output_generators(pelican):
    """The outputs, in order; the catalogue comes first because every other one reads it."""
    from .editors.freshness import FreshnessGenerator
    from .editors.news import NewsGenerator
    from .editors.publishguard import PublishGuard
    from .search.generator import SearchGenerator
    from .web.generator import WebGenerator

    generators = [CatalogueGenerator, WebGenerator, SearchGenerator, FreshnessGenerator, NewsGenerator, PublishGuard]
    pdf = pelican.settings.get("KATALOG_PDF", True)
    if pdf:
        # Imported only here: WeasyPrint's import alone is a tenth of a web-only preview build.
        from .leaflets.generator import LeafletGenerator

        generators.append(LeafletGenerator)
    if pdf == LEAFLETS_ONLY:
        logger.info("katalog: PDF catalogue skipped (KATALOG_PDF is %r)", LEAFLETS_ONLY)
    elif pdf:
        from .pdf.generator import PdfCatalogueGenerator

        generators.append(PdfCatalogueGenerator)
    else:
        logger.info("katalog: PDF catalogue and leaflets skipped (KATALOG_PDF is false)")
    return generators


def _plain_problem_log():
    if not problem_log.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(message)s"))
        problem_log.addHandler(handler)
        problem_log.propagate = False


def _show_pdf_progress():
    """Rendering the PDFs takes minutes, so their progress shows at Pelican's default level (warnings);
    `pelican -q` still silences it, and `-v` shows it anyway."""
    if logging.getLogger().getEffectiveLevel() == logging.WARNING:
        for name in ("katalog.pdf", "katalog.leaflets"):
            logging.getLogger(name).setLevel(logging.INFO)


def register():
    _plain_problem_log()
    _show_pdf_progress()
    signals.initialized.connect(share_compiled_templates)
    signals.get_generators.connect(output_generators)
