"""Pelican glue: loads and validates the sources once, then hands them to every output's generator."""
from __future__ import annotations

import logging
import sys
from pathlib import Path

from pelican import signals
from pelican.generators import Generator

from .atomicbuild import exclusive_build
from .editors.publishguard import record_last_publish
from .loader import load_catalogue
from .contentpages import check_save_as
from .problems import BuildStop, ContentError, Problem
from .sourcetree import check_tree, is_inside
from .settings import build_today, read_settings
from .sitelanguage import build_site_languages
from .templatecache import share_compiled_templates
from . import sourcekey, templating

logger = logging.getLogger(__name__)
# Problems go out one per line, exactly as `katalog validate` prints them, so a provider can copy
# the location; Pelican's own log handler would wrap them at the terminal's width.
problem_log = logging.getLogger("katalog.problems")
# KATALOG_PDF's third value: the leaflets without the PDF catalogue, to check leaflets.yaml in seconds.
LEAFLETS_ONLY = "leaflets"


class KatalogBuildError(BuildStop):
    """The build stops: the sources have errors (each one is logged above this message)."""


def _stop_on(problems: list[Problem]):
    """Log every problem, warnings included, one line each; stop the build when any is an error."""
    for problem in problems:
        (problem_log.warning if problem.warning else problem_log.error)("%s", problem)
    errors = sum(not problem.warning for problem in problems)
    if errors:
        raise KatalogBuildError(f"{errors} problem(s) in the content; "
                                "fix them (see above) or run `katalog validate` for the same list")


class CatalogueGenerator(Generator):
    """Reads content/ into context['katalog']; writes nothing itself.

    It loads when Pelican creates the generators, so invalid sources stop the build before anything is
    written, and the publish guard (created after it) can compare the catalogue with the last publish."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        settings = read_settings(self.settings)
        # Before the content is read: a file saved while this build runs then counts for the next one.
        sourcekey.remember(self.context, self.settings)
        # The theme's files are copied like content/images: no link in it may lead out of it either.
        _stop_on(check_tree(Path(self.settings["THEME"])).problems)
        try:
            catalogue = load_catalogue(Path(self.settings["PATH"]), today=build_today(self.settings),
                                       languages=settings.languages)
        except ContentError as error:
            _stop_on(error.problems)
        for warning in catalogue.warnings:
            problem_log.warning("%s", warning)
        self.context["katalog"] = catalogue
        self.context["katalog_settings"] = settings
        self.context["site_languages"] = build_site_languages(settings.languages, catalogue)
        templating.use_languages(self.context["site_languages"])
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
    from .planning.generator import PlanningGenerator
    from .search.generator import SearchGenerator
    from .web.generator import WebGenerator

    generators = [CatalogueGenerator, WebGenerator, SearchGenerator, FreshnessGenerator, NewsGenerator, PublishGuard,
                  OpenDataGenerator, PlanningGenerator]
    pdf = pelican.settings.get("KATALOG_PDF", True)
    # The catalogue comes before the leaflets: its editions render in the workers while the leaflets are fitted.
    if pdf == LEAFLETS_ONLY:
        logger.info("katalog: PDF catalogue skipped (KATALOG_PDF is %r)", LEAFLETS_ONLY)
    elif pdf:
        # Imported only here: WeasyPrint's import alone is a tenth of a web-only preview build.
        from .pdf.generator import PdfCatalogueGenerator
        from .planning.pdf import CoveragePdfGenerator

        generators += [PdfCatalogueGenerator, CoveragePdfGenerator]
    else:
        logger.info("katalog: PDF catalogue and leaflets skipped (KATALOG_PDF is false)")
    if pdf:
        from .leaflets.generator import LeafletGenerator

        generators.append(LeafletGenerator)
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
    contents = [item for name in ("pages", "hidden_pages", "draft_pages", "articles", "drafts", "translations",
                                  "hidden_translations", "draft_translations")
                for item in getattr(generator, name, [])]
    languages = tuple(generator.context.get("site_languages", {}))
    _stop_on(list(filter(None, (check_save_as(item.source_path, 1, "Save_as", item.save_as, services, static_folders,
                                              languages)
                                for item in contents))))


def build_atomically(pelican):
    """signals.initialized: every run (autoreload makes many) builds into a new folder under the output
    folder's lock, which replaces the output only when the run finished. Pelican sends no signal when a
    run fails, so the run itself is wrapped."""
    run = pelican.run
    output = Path(pelican.settings["OUTPUT_PATH"])

    def run_atomically():
        with exclusive_build(output, Path(pelican.settings["PATH"]),
                             pelican.settings.get("OUTPUT_RETENTION", ())) as building:
            pelican.output_path = str(building)
            try:
                run()
            finally:
                pelican.output_path = str(output)

    pelican.run = run_atomically


class _StopsAsOneLine(logging.Filter):
    """Pelican logs a failed build with its traceback; a BuildStop is for the user to fix, so it becomes
    one plain line instead."""

    def filter(self, record):
        error = record.exc_info[1] if record.exc_info else None
        if isinstance(error, BuildStop):
            problem_log.error("katalog: %s", error)
            return False
        return True


_stops_as_one_line = _StopsAsOneLine()


def _install_template_machinery(generator):
    """signals.generator_init: every generator's Jinja environment gets gettext, the filters and url()."""
    templating.install(generator.env)


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
    logging.getLogger("pelican").addFilter(_stops_as_one_line)
    signals.initialized.connect(share_compiled_templates)
    signals.generator_init.connect(_install_template_machinery)
    signals.page_generator_write_page.connect(templating.follow_page_language)
    signals.article_generator_write_article.connect(templating.follow_page_language)
    signals.page_writer_finalized.connect(templating.stop_following)
    signals.article_writer_finalized.connect(templating.stop_following)
    signals.initialized.connect(build_atomically)
    signals.finalized.connect(record_last_publish)
    signals.get_generators.connect(output_generators)
    signals.page_generator_finalized.connect(refuse_pages_over_generated)
    signals.article_generator_finalized.connect(refuse_pages_over_generated)
    signals.static_generator_finalized.connect(refuse_outside_static_files)
