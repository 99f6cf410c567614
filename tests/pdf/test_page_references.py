"""The catalogue's parts and literal page numbers (katalog.pdf.pagerefs); the numbers in the real PDF are
checked against the cards in test_catalogue_pdf.py."""
from __future__ import annotations

import pytest

from katalog.pdf.pagerefs import PLACEHOLDER, BookParts, PageReferenceError, with_numbers

HTML = ('<html><head><title>K</title></head><body><p>front <a data-page-of="a">A</a></p>'
        '<!--katalog:part body--><p id="a">body</p><!--katalog:part back--><p>back</p></body></html>')


def test_parts_are_whole_documents_with_the_head():
    parts = BookParts.split(HTML)
    assert parts.body == '<p id="a">body</p>'
    document = parts.document(parts.back, skipped_pages=2)
    assert document.startswith("<html><head><title>K</title></head><body>")
    assert document.endswith("<p>back</p></body></html>")


@pytest.mark.parametrize("skipped, blank, first_number", [(0, 0, 1), (1, 1, 1), (2, 0, 3), (991, 1, 991)])
def test_a_part_starts_on_its_side_with_its_page_number(skipped, blank, first_number):
    """One blank page at most, not one per page before the part: a part after an odd number of pages starts on
    a left-hand page, so its document (which starts on a right-hand one) opens with a blank page."""
    document = BookParts.split(HTML).document("<p>part</p>", skipped_pages=skipped)
    assert document.count('class="padding-page"') == blank
    assert f"counter-reset: page {first_number} " in document


def test_page_of_becomes_a_literal_number_or_the_placeholder():
    assert 'data-page="7"' in with_numbers(HTML, {"a": 7})
    assert f'data-page="{PLACEHOLDER}"' in with_numbers(HTML, {})


def test_a_template_without_its_part_marks_is_refused():
    with pytest.raises(PageReferenceError, match="katalog:part"):
        BookParts.split(HTML.replace("<!--katalog:part back-->", ""))
