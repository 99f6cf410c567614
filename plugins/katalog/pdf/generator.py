"""Pelican generator for the PDF catalogue: both editions from one HTML, then the downloads page."""
from __future__ import annotations

import logging
import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from pelican.generators import Generator

from .. import urls
from ..i18n import N_
from ..sitewriter import write_page
from ..background import usable_cores
from .book import Book, build_book
from .render import RenderedPdf, render_pdf

logger = logging.getLogger(__name__)

# A stitched booklet is folded sheets of four pages.
SADDLE_STITCH = 4


class PdfCatalogueGenerator(Generator):
    """Writes pdf/catalogue-print.pdf and pdf/catalogue.pdf, and the page that offers them (ke-stazeni/)."""

    def generate_context(self):
        pass

    def generate_output(self, writer):
        started = time.perf_counter()
        book, html, jobs = prepare_catalogue(self.get_template("print/catalogue"), self.context, self.settings,
                                             Path(self.output_path))
        results = render_editions(html, jobs)
        for result in results.values():
            if result.warnings:
                logger.warning("PDF catalogue: %s has %d WeasyPrint warning(s), first: %s", result.path.name,
                               len(result.warnings), result.warnings[0])
        logger.info("PDF catalogue: both editions in %.1f s", time.perf_counter() - started)
        self._write_downloads(writer, book, results)

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
    html = template.render(context, book=book)
    sheets = [theme / "print" / ("catalogue-a4.css" if book.page_size == "A4" else "catalogue.css")]
    if book.sample_data:
        sheets.append(theme / "print" / "sample.css")
    common = dict(base_url=theme, stylesheets=sheets, roots=[theme, content], edition_date=book.edition)
    jobs = {
        "print": dict(out_path=output / urls.PDF_CATALOGUE_PRINT, page_multiple=SADDLE_STITCH, **common),
        "screen": dict(out_path=output / urls.PDF_CATALOGUE, page_multiple=1, **common),
    }
    return book, html, jobs


def _log_outline(book: Book):
    logger.info("PDF catalogue: %d chapters, %d town pages, %s edition", len(book.chapters), len(book.pages),
                book.page_size)
    for number, chapter in enumerate(book.chapters, 1):
        logger.info("PDF catalogue: chapter %d/%d %s: %d services in full, %d references", number,
                    len(book.chapters), chapter.term.label, chapter.full_count, len(chapter.entries) - chapter.full_count)


def _render_one(html: str, edition: str, job: dict) -> RenderedPdf:
    return render_pdf(html, edition=edition, **job)


def render_editions(html: str, jobs: dict[str, dict]) -> dict[str, RenderedPdf]:
    """Each edition in its own process when there are two cores: they share nothing but the HTML."""
    if usable_cores() < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return {edition: _render_one(html, edition, job) for edition, job in jobs.items()}
    # fork: the children inherit the imported WeasyPrint and the logging set up by Pelican.
    with ProcessPoolExecutor(max_workers=len(jobs), mp_context=multiprocessing.get_context("fork")) as pool:
        futures = {edition: pool.submit(_render_one, html, edition, job) for edition, job in jobs.items()}
        return {edition: future.result() for edition, future in futures.items()}
