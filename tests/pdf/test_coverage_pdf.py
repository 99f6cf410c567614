"""The coverage table PDF for the planning group: A4 landscape, read back as a reader would."""
from __future__ import annotations

from pypdf import PdfReader

from pdf_tools import info


def test_coverage_pdf_is_an_a4_landscape_table_of_kinds_and_municipalities(full_build):
    path = full_build / "pdf" / "pokryti-sluzeb.pdf"
    reader = PdfReader(path)
    assert 1 <= len(reader.pages) <= 4
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (842, 595)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert text.startswith("Pokrytí obcí sociálními službami – Horažďovicko")
    for words in ("Druh služby", "Žichovice", "Pečovatelská služba", "chybí", "Domovy pro seniory", "Kde služby chybějí"):
        assert words in text, words
    assert info(path)["Tagged"] == "yes"


def test_planning_page_offers_the_coverage_pdf(full_build):
    page = (full_build / "planovani" / "index.html").read_text(encoding="utf-8")
    assert 'href="../pdf/pokryti-sluzeb.pdf"' in page
