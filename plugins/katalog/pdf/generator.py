"""Pelican generator for the PDF catalogue: both editions from one layout in the shared pool, then the downloads page."""
from __future__ import annotations

import logging
import time
from pathlib import Path

from pelican.generators import Generator

from .. import sourcekey, urls
from ..atomicbuild import state_path
from ..i18n import N_
from ..sitewriter import write_page
from ..typesetting import keep_names_whole, typeset_html
from .book import Book, build_book
from .cache import done, recall, render_editions_cached
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
        output = Path(self.output_path)
        self.book = catalogue_book(self.context, self.settings)
        outputs, common = render_jobs(self.book, self.settings, output)
        # Unchanged sources: the PDFs kept from the last build, without rendering the template.
        sources = sourcekey.remember(self.context, self.settings)
        recalled = {edition: recall(out_path, common["cache_folder"], sources) for edition, (out_path, _) in outputs.items()}
        if all(kept is not None for kept in recalled.values()):
            logger.info("PDF catalogue: sources unchanged since the last build, its HTML not made again")
            self.editions = done(recalled)
        else:
            html = catalogue_html(self.get_template("print/catalogue"), self.context, self.book)
            # Both editions from one layout, in one worker, which writes them on two cores (render.py).
            self.editions = shared_pool(self.context).submit(render_editions_cached, html, outputs, sources=sources,
                                                             **common)

    def generate_output(self, writer):
        results = self.editions.result()
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


def prepare_catalogue(template, context: dict, settings: dict, output: Path) -> tuple[Book, str, tuple[dict, dict]]:
    """The book, its HTML and the arguments of render_editions_cached (also used by the benchmark)."""
    book = catalogue_book(context, settings)
    return book, catalogue_html(template, context, book), render_jobs(book, settings, output)


def catalogue_book(context: dict, settings: dict) -> Book:
    """What the catalogue holds, in order; cheap next to its HTML, which only a render needs."""
    theme, content = Path(settings["THEME"]), Path(settings["PATH"])
    static_prefix = settings["THEME_STATIC_DIR"].strip("/") + "/"
    book = build_book(context["katalog"], context["katalog_settings"], context.get("pages", []),
                      settings.get("SITEURL", ""), logo_sources={static_prefix: theme / "static", "": content})
    _log_outline(book)
    return book


def catalogue_html(template, context: dict, book: Book) -> str:
    return keep_names_whole(typeset_html(template.render(context, book=book)))


def render_jobs(book: Book, settings: dict, output: Path) -> tuple[dict[str, tuple[Path, int]], dict]:
    """Each edition's output path and page multiple, and the render's other arguments."""
    theme, content = Path(settings["THEME"]), Path(settings["PATH"])
    sheets = [theme / "print" / ("catalogue-a4.css" if book.page_size == "A4" else "catalogue.css")]
    if book.sample_data:
        sheets.append(theme / "print" / "sample.css")
    common = dict(base_url=theme, stylesheets=sheets, roots=[theme, content], edition_date=book.edition, book=True,
                  cache_folder=state_path(Path(settings["OUTPUT_PATH"]), "-pdf-cache"))
    outputs = {"print": (output / urls.PDF_CATALOGUE_PRINT, SADDLE_STITCH), "screen": (output / urls.PDF_CATALOGUE, 1)}
    return outputs, common


def _log_outline(book: Book):
    logger.info("PDF catalogue: %d chapters, %d town pages, %s edition", len(book.chapters), len(book.pages),
                book.page_size)
    for number, chapter in enumerate(book.chapters, 1):
        logger.info("PDF catalogue: chapter %d/%d %s: %d services in full, %d references", number,
                    len(book.chapters), chapter.term.label, chapter.full_count, len(chapter.entries) - chapter.full_count)

