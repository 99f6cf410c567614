"""Writes one PDF edition from HTML: PDF/X-4 for the printer or PDF/UA-1 for readers, reproducibly."""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import pydyf
from weasyprint import CSS, HTML

from .. import links
from ..background import Background, BackgroundError
from ..sourcekey import PRINT_DIR
from .fetcher import FetchRefused, ProjectFetcher
from .fonts import ProjectFonts
from .inks import InkConverter, InkTableError, ink_table
from .pagerefs import lay_out_book
from .prepress import add_marks
from .screenlinks import describe_links, one_link_per_entry
from .writespeed import compress_once, install

logger = logging.getLogger(__name__)
install()  # pydyf's page references, remembered (writespeed.py)

# The print edition's own rules (CMYK colours, output profile, bleed, crop marks), applied after
# the output's sheets so that any output sent to a printer gets them without asking.
PRINT_EDITION_SHEET = PRINT_DIR / "print.css"
# The ink of each colour variable, for the print edition's writer (inks.py); never applied as a sheet.
INKS_SHEET = PRINT_DIR / "inks.css"

Edition = Literal["print", "screen"]
VARIANTS = {"print": "pdf/x-4", "screen": "pdf/ua-1"}


class PdfRenderError(Exception):
    """A PDF could not be made as asked; the message says which file and why."""


@dataclass
class RenderedPdf:
    """What a render produced: where, how many pages, how big, and what WeasyPrint complained about."""

    path: Path
    edition: Edition
    pages: int
    size: int
    warnings: list[str] = field(default_factory=list)
    reused: bool = False  # copied from an earlier render of the same inputs (see cache.py)


class _Collector(logging.Handler):
    """Keeps WeasyPrint's warnings of one render, so a caller can fail on them."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record):
        self.messages.append(record.getMessage())


class Layout:
    """WeasyPrint's inputs for one output: only project files, only the project's fonts. Measuring a
    layout (the leaflets' fitting) and writing the PDF go through the same one, so what was measured
    is what gets printed."""

    def __init__(self, *, base_url: Path, stylesheets: list[Path], roots: list[Path]):
        self.fetcher = ProjectFetcher([*roots, PRINT_DIR])
        # Shared by the stylesheets and the render: @font-face and @color-profile land in them.
        self.fonts, self.profiles = ProjectFonts(), {}
        self.css = [CSS(url=Path(sheet).resolve().as_uri(), url_fetcher=self.fetcher, font_config=self.fonts,
                        color_profiles=self.profiles) for sheet in stylesheets]
        self.base = Path(base_url).resolve().as_uri() + "/"

    def render(self, html: str):
        return HTML(string=html, base_url=self.base, url_fetcher=self.fetcher).render(
            font_config=self.fonts, color_profiles=self.profiles, stylesheets=self.css)


def render_pdf(html: str, *, out_path: Path, edition: Edition, page_multiple: int = 1, **common) -> RenderedPdf:
    """One edition of `html`: render_editions with one output."""
    return render_editions(html, {edition: (out_path, page_multiple)}, **common)[edition]


def render_editions(html: str, outputs: dict[Edition, tuple[Path, int]], *, base_url: Path, stylesheets: list[Path],
                    roots: list[Path], edition_date: dt.date, book: bool = False,
                    folds_mm: tuple[tuple[float, ...], ...] = ()) -> dict[Edition, RenderedPdf]:
    """Lay `html` out once and write each edition from that layout to its path, padded with blank pages before
    the last to a multiple of its page count; fetches only files under `roots`. A `book` is cut into parts and
    gets literal page numbers (see pagerefs); the print edition gets fold marks at `folds_mm` (per page, from
    the trim's left edge). The layout is the same for both editions: the print edition only adds the bleed
    around each page (print.css) and writes the screen colours as inks (inks.py)."""
    named = ", ".join(str(path) for path, _ in outputs.values())
    if unknown := set(outputs) - set(VARIANTS):
        raise PdfRenderError(f"{named}: unknown edition {sorted(unknown)!r}; use 'print' or 'screen'")
    sheets = list(stylesheets) + ([PRINT_EDITION_SHEET] if "print" in outputs else [])
    try:
        inks = ink_table(stylesheets, INKS_SHEET) if "print" in outputs else {}
    except InkTableError as error:
        raise PdfRenderError(f"{named}: {error}") from None
    collector = _Collector()
    weasy_logger = logging.getLogger("weasyprint")
    weasy_logger.addHandler(collector)
    try:
        layout = Layout(base_url=base_url, stylesheets=sheets, roots=roots)
        document = lay_out_book(layout.render, html) if book else layout.render(html)
        if "print" in outputs and "device-cmyk" not in document.color_profiles:
            raise PdfRenderError(f"{outputs['print'][0]}: the print edition needs '@color-profile device-cmyk' "
                                 f"(from {PRINT_EDITION_SHEET}) for its output intent")
        stamp = dt.datetime.combine(edition_date, dt.time(), tzinfo=dt.timezone.utc).isoformat()
        document.metadata.created = document.metadata.modified = stamp
        # Each edition sets its links and bleed on the shared pages; what the layout made is kept here.
        laid_out = {id(page): (page.links, page.bleed) for page in document.pages}
        padded = {edition: _padded(document.pages, multiple, layout) for edition, (_, multiple) in outputs.items()}
        laid_out_warnings = list(collector.messages)

        def write(edition: Edition) -> bytes:
            """Writes one edition; returns what WeasyPrint complained of while writing it (a link to a missing
            anchor, say), as JSON: it may run in a forked copy of this process."""
            out_path, (pages, _) = outputs[edition][0], padded[edition]
            before = len(collector.messages)
            for page in pages:
                links, bleed = laid_out.get(id(page), ([], page.bleed))
                if edition == "print":
                    # PDF/X allows no link annotations on the printed area; the print edition has no reader to click.
                    page.links, page.bleed = [], bleed
                else:
                    # The layout has the print edition's bleed when there is one; a screen shows the trimmed page.
                    page.links, page.bleed = one_link_per_entry(_public_links(links, out_path)), dict.fromkeys(bleed, 0)
            edition_document = document.copy(pages)
            if edition == "print":
                finisher = functools.partial(_finish_print, folds_mm=folds_mm, inks=inks)
            else:
                finisher = _finish_screen
                edition_document.color_profiles = {}  # no output intent: the screen edition is sRGB
            out_path.parent.mkdir(parents=True, exist_ok=True)
            edition_document.write_pdf(out_path, pdf_variant=VARIANTS[edition], pdf_identifier=True, finisher=finisher)
            return json.dumps(collector.messages[before:]).encode()

        # Writing costs a third of the render: with a second core, the other editions are written in forked
        # copies of this process (the layout is shared) while this one writes the first.
        first, *others = outputs
        elsewhere = {edition: Background(functools.partial(write, edition)) for edition in others}
        warnings = {first: laid_out_warnings + json.loads(write(first))}
        for edition, background in elsewhere.items():
            try:
                warnings[edition] = laid_out_warnings + json.loads(background.result())
            except BackgroundError as error:
                last_line = str(error).strip().splitlines()[-1]  # the exception, without the child's traceback
                raise PdfRenderError(f"{outputs[edition][0]}: the {edition} edition could not be written: "
                                     f"{last_line}") from None
    except FetchRefused as error:
        raise PdfRenderError(f"{named}: {error}") from None
    finally:
        weasy_logger.removeHandler(collector)
    results = {}
    for edition, (out_path, _) in outputs.items():
        pages, blanks = padded[edition]
        for message in warnings[edition]:
            logger.warning("PDF %s: WeasyPrint: %s", out_path.name, message)
        logger.info("PDF: wrote %s (%s edition, %d pages%s)", out_path, edition, len(pages),
                    f", {blanks} blank added" if blanks else "")
        results[edition] = RenderedPdf(out_path, edition, len(pages), out_path.stat().st_size, warnings[edition])
    return results


def _padded(pages: list, page_multiple: int, layout: Layout) -> tuple[list, int]:
    """The pages with blank ones before the last, to a multiple of `page_multiple`: the back cover must stay
    the last page of a stitched booklet."""
    missing = -len(pages) % page_multiple
    if not missing:
        return list(pages), 0
    blank = layout.render('<div class="padding-page"></div>' * missing).pages
    return [*pages[:-1], *blank, pages[-1]], missing


def _public_links(page_links: list, out_path: Path) -> list:
    """The links a reader may follow: within the document, or to a full web, e-mail or phone address. The
    last defence: WeasyPrint turns any relative href into a file: link to the build machine."""
    kept = []
    for link in page_links:
        link_type, target = link[0], link[1]
        if link_type == "internal" or (link_type == "external" and links.refusal(target) is None):
            kept.append(link)
        else:
            logger.warning("PDF %s: dropped the %s link to %s: %s", out_path.name, link_type, target,
                           links.refusal(target) or "not a link a reader may follow")
    return kept


_UUID = re.compile(rb"xmp\.did:[0-9a-f-]{36}")


def _finish_print(document, pdf, folds_mm=(), inks=None):
    """Every RGB colour becomes ink (the designed one for a colour variable, else through the output profile);
    the printer's marks go into the slug."""
    to_ink = InkConverter(document.color_profiles["device-cmyk"].content, inks or {})
    for pdf_object in pdf.objects[1:]:
        if isinstance(pdf_object, pydyf.Stream):
            pdf_object.stream = [to_ink(operation) for operation in pdf_object.stream]
    add_marks(pdf, folds_mm)
    _stable_document_id(document, pdf)


def _finish_screen(document, pdf):
    describe_links(document)
    _stable_document_id(document, pdf)


def _stable_document_id(document, pdf):
    """WeasyPrint puts a random UUID into PDF/X metadata; a hash of the other objects keeps builds identical.
    Every other stream is compressed first, once (writespeed.compress_once), so hashing it costs no more."""
    reference = pdf.catalog.get("Metadata")
    metadata = pdf.objects[int(reference.split()[0])] if reference is not None else None
    compress_once(pdf, but=[metadata] if metadata is not None else [])
    if metadata is None:
        return
    digest = hashlib.md5()
    for pdf_object in pdf.objects[1:]:
        if pdf_object is not metadata and pdf_object.free != "f":
            digest.update(pdf_object.data)
    hex_digest = digest.hexdigest()
    uuid = "-".join((hex_digest[:8], hex_digest[8:12], hex_digest[12:16], hex_digest[16:20], hex_digest[20:]))
    content = b"".join(metadata.stream)
    metadata.stream = [_UUID.sub(f"xmp.did:{uuid}".encode(), content)]
