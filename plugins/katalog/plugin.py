"""Pelican glue: loads and validates the sources once, then hands them to every output's generator."""
from __future__ import annotations

import logging
import sys
from pathlib import Path

from pelican import signals
from pelican.generators import Generator

from .loader import load_catalogue
from .contentpages import check_save_as
from .problems import BuildStopped, ContentError, Problem
from .sourcetree import check_tree, is_inside
from .settings import build_today, read_settings
from .templatecache import share_compiled_templates

logger = logging.getLogger(__name__)
# Problems go out one per line, exactly as `katalog validate` prints them, so a provider can copy
# the location; Pelican's own log handler would wrap them at the terminal's width.
problem_log = logging.getLogger("katalog.problems")


class KatalogBuildError(BuildStopped):
    """The build stops: the sources have errors (each one is logged above this message)."""


def _stop_on(problems: list[Problem]):
    if problems:
        for problem in problems:
            problem_log.error("%s", problem)
        raise KatalogBuildError(f"{len(problems)} problem(s) in the content; "
                                "fix them (see above) or run `katalog validate` for the same list")


class CatalogueGenerator(Generator):
    """Reads content/ into context['katalog']; writes nothing itself.

    It loads when Pelican creates the generators, which is before Pelican empties the output folder:
    invalid sources then stop the build with the site of the last build still in place, and the
    publish guard (created after it) compares the catalogue with that site's manifest."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        settings = read_settings(self.settings)
        # The theme's files are copied like content/images: no link in it may lead out of it either.
        _stop_on(check_tree(Path(self.settings["THEME"])).problems)
        try:
            catalogue = load_catalogue(Path(self.settings["PATH"]), today=build_today(self.settings))
        except ContentError as error:
            _stop_on(error.problems)
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
    from .opendata.generator import OpenDataGenerator
    from .search.generator import SearchGenerator
    from .web.generator import WebGenerator

    generators = [CatalogueGenerator, WebGenerator, SearchGenerator, FreshnessGenerator, NewsGenerator, PublishGuard]
    generators.append(OpenDataGenerator)
    if pelican.settings.get("KATALOG_PDF", True):
        # Imported only here: WeasyPrint's import alone is a tenth of a web-only preview build.
        from .leaflets.generator import LeafletGenerator
        from .pdf.generator import PdfCatalogueGenerator

        generators += [LeafletGenerator, PdfCatalogueGenerator]
    else:
        logger.info("katalog: PDF catalogue and leaflets skipped (KATALOG_PDF is false)")
    return generators


def refuse_outside_static_files(generator):
    """Last defence behind the loader's check: Pelican copies every file it found under STATIC_PATHS or that a
    page linked with {static}; each must come from inside the content folder (signals.static_generator_finalized)."""
    _stop_on([Problem(static.source_path, 1, 1, "(file)", "lies outside the content folder and would be published; "
                                                          "put the file itself into the content folder")
              for static in generator.staticfiles
              if not is_inside(Path(generator.path) / static.source_path, generator.path)])


def refuse_pages_over_generated(generator):
    """Last defence behind the loader's check, with the paths Pelican really computed: no page or article may be
    saved over a generated file (signals.page_generator_finalized, article_generator_finalized)."""
    services = set(generator.context["katalog"].services)
    static_folders = (generator.settings["THEME_STATIC_DIR"], *generator.settings["STATIC_PATHS"])
    contents = [item for name in ("pages", "hidden_pages", "draft_pages", "articles", "drafts")
                for item in getattr(generator, name, [])]
    _stop_on(list(filter(None, (check_save_as(item.source_path, 1, "Save_as", item.save_as, services, static_folders)
                                for item in contents))))


class _NoTracebackForStops(logging.Filter):
    """Pelican logs any exception that ends a build with its traceback; a BuildStopped says all in its message."""

    def filter(self, record):
        if record.exc_info and isinstance(record.exc_info[1], BuildStopped):
            record.exc_info = None
        return True


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
    signals.page_generator_finalized.connect(refuse_pages_over_generated)
    signals.article_generator_finalized.connect(refuse_pages_over_generated)
    signals.static_generator_finalized.connect(refuse_outside_static_files)
    logging.getLogger("pelican").addFilter(_NoTracebackForStops())
