"""Pelican generator for the PDF catalogue: both editions from one HTML in the shared pool, then the downloads page."""
from __future__ import annotations

import logging
import time
from pathlib import Path

from pelican.generators import Generator

from .. import urls
from ..atomicbuild import state_path
from ..background import usable_cores
from ..i18n import N_
from ..sitewriter import write_page
from ..typesetting import keep_names_whole, typeset_html
from .book import Book, build_book
from .cache import render_cached
from .pool import shared_pool
from .render import RenderedPdf

logger = logging.getLogger(__name__)

# A stitched booklet is folded sheets of four pages.
SADDLE_STITCH = 4


class PdfCatalogueGenerator(Generator):
    """Writes pdf/catalogue-print.pdf and pdf/catalogue.pdf, and the page that offers them (ke-stazeni/)."""

    def generate_context(self):
        # Submitted while the other generators still read their context: the workers render meanwhile.
        self.started = time.perf_counter()
        self.book, html, jobs = prepare_catalogue(self.get_template("print/catalogue"), self.context, self.settings,
                                                  Path(self.output_path))
        pool = shared_pool(self.context)
        self.futures = {edition: pool.submit(render_cached, html, **job) for edition, job in jobs.items()}

    def generate_output(self, writer):
        results = {edition: future.result() for edition, future in self.futures.items()}
        shared_pool(self.context).shutdown()
        for result in results.values():
            if result.reused:
                logger.info("PDF catalogue: %s unchanged since the last build, not rendered again", result.path.name)
            if result.warnings:
                logger.warning("PDF catalogue: %s has %d WeasyPrint warning(s), first: %s", result.path.name,
                               len(result.warnings), result.warnings[0])
        logger.info("PDF catalogue: both editions in %.1f s", time.perf_counter() - self.started)
        self._write_downloads(writer, self.book, results)

    def _write_downloads(self, writer, book: Book, results: dict[str, RenderedPdf]):
        files = [
            dict(title=N_("Katalog ke čtení na obrazovce"), url=urls.PDF_CATALOGUE, result=results["screen"],
                 note=N_("S odkazy, záložkami a přístupný pro čtečky obrazovky.")),
            dict(title=N_("Katalog pro tiskárnu"), url=urls.PDF_CATALOGUE_PRINT, result=results["print"],
                 note=N_("PDF/X-4 s ořezovými značkami a spadávkou 3 mm, barvy CMYK.")),
        ]
        for site in self.context["site_languages"].values():
            write_page(writer, site, urls.DOWNLOADS, self.get_template("downloads"), self.context,
                       self.settings["RELATIVE_URLS"], book=book, files=files)


def prepare_catalogue(template, context: dict, settings: dict, output: Path) -> tuple[Book, str, dict[str, dict]]:
    """The book, its HTML and the arguments of render_pdf for each edition (also used by the benchmark)."""
    catalogue, katalog_settings = context["katalog"], context["katalog_settings"]
    theme, content = Path(settings["THEME"]), Path(settings["PATH"])
    static_prefix = settings["THEME_STATIC_DIR"].strip("/") + "/"
    book = build_book(catalogue, katalog_settings, context.get("pages", []), settings.get("SITEURL", ""),
                      logo_sources={static_prefix: theme / "static", "": content})
    _log_outline(book)
    html = keep_names_whole(typeset_html(template.render(context, book=book)))
    sheets = [theme / "print" / ("catalogue-a4.css" if book.page_size == "A4" else "catalogue.css")]
    if book.sample_data:
        sheets.append(theme / "print" / "sample.css")
    common = dict(base_url=theme, stylesheets=sheets, roots=[theme, content], edition_date=book.edition, book=True,
                  cache_folder=state_path(Path(settings["OUTPUT_PATH"]), "-pdf-cache"))
    jobs = {
        "print": dict(edition="print", out_path=output / urls.PDF_CATALOGUE_PRINT, page_multiple=SADDLE_STITCH, **common),
        "screen": dict(edition="screen", out_path=output / urls.PDF_CATALOGUE, page_multiple=1, **common),
    }
    return book, html, jobs


def _log_outline(book: Book):
    logger.info("PDF catalogue: %d chapters, %d town pages, %s edition", len(book.chapters), len(book.pages),
                book.page_size)
    for number, chapter in enumerate(book.chapters, 1):
        logger.info("PDF catalogue: chapter %d/%d %s: %d services in full, %d references", number,
                    len(book.chapters), chapter.term.label, chapter.full_count, len(chapter.entries) - chapter.full_count)

