"""Two costs of writing a PDF with WeasyPrint 70 and pydyf 0.13, taken away without changing a byte written.

- pydyf builds the tuple of all page references anew each time `pdf.page_references` is read, and WeasyPrint
  reads it for every tagged element and every internal link: the time grows with the square of the book's
  length (13 of the 35 s of writing both editions of a 250-page catalogue). The tuple is kept while the page
  list keeps its length; it only grows.
- With a file identifier (PDF/X and PDF/UA need one) pydyf compresses every stream twice at level 9: once to
  hash the file for the identifier and once to write it. `compress_once` compresses each stream beforehand,
  exactly as pydyf would, and leaves it marked as compressed, so both passes only join bytes.

tests/pdf/test_pdf_machinery.py checks that a PDF written with these is the one written without them.
"""
from __future__ import annotations

import zlib

import pydyf

_KEPT = "_katalog_page_references"


def _page_references(pdf: pydyf.PDF) -> tuple[bytes, ...]:
    kids = pdf.pages["Kids"]
    kept = pdf.__dict__.get(_KEPT)
    if kept is None or kept[0] != len(kids):
        kept = (len(kids), tuple(f"{number} 0 R".encode("ascii") for number in kids[::3]))
        pdf.__dict__[_KEPT] = kept
    return kept[1]


def install():
    """Replaces pydyf's property once; the original stays as `original_page_references` (for the test)."""
    if not hasattr(pydyf.PDF, "original_page_references"):
        pydyf.PDF.original_page_references = pydyf.PDF.page_references
        pydyf.PDF.page_references = property(_page_references)


def compress_once(pdf: pydyf.PDF, but=()):
    """Every stream pydyf would compress, compressed now as pydyf does it (Flate, level 9), except those in
    `but` (one the finisher still changes)."""
    for pdf_object in pdf.objects[1:]:
        if isinstance(pdf_object, pydyf.Stream) and pdf_object.compress and pdf_object not in but:
            data = b"\n".join(pydyf._to_bytes(item) for item in pdf_object.stream)
            compressor = zlib.compressobj(level=9)
            pdf_object.stream = [compressor.compress(data) + compressor.flush()]
            pdf_object.extra["Filter"] = "/FlateDecode"
            pdf_object.compress = False
