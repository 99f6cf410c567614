"""The sample catalogue as an older reader and a prepress operator see it: full pages, legible type, Czech
typesetting, marks in the slug (issue 14); both editions of the shared full build, read back."""
from __future__ import annotations

import re

import pytest
from PIL import Image
from pypdf import PdfReader

from pdf_tools import POINTS_PER_MM, boxes, mm, page_fill, render_png, text_sizes

CONTINUED = "(pokračování)"
ONE_LETTER_AT_LINE_END = re.compile(r"(?i)(?:^|\s)[ksvzouai]$")


def opening_page(pdf, term) -> int:
    """The page of a chapter's opening: its title followed by the first word of its description."""
    return next(n for n, page in enumerate(pdf.pages, 1) if f"{term.label} {term.description.split()[0]}" in page)


def chapter_pages(pdf, catalogue) -> range:
    """1-based numbers of the pages from the first chapter's opening to the page before the town pages."""
    first = opening_page(pdf, next(catalogue.target_groups[key] for key in catalogue.target_groups
                                   if key in catalogue.by_target_group))
    last = next(n for n, page in enumerate(pdf.pages, 1) if n > first and page.startswith("Komunitní plánování"))
    return range(first, last)


def test_chapter_pages_are_at_least_80_percent_full_and_chapters_run_on(screen_pdf, catalogue):
    pages = chapter_pages(screen_pdf, catalogue)
    fills = page_fill(screen_pdf.path, 16, 16)
    body = [fills[number - 1] for number in pages]
    assert sum(body) / len(body) >= 0.8
    assert sum(fill < 0.5 for fill in body) <= 1, "chapters run on: no page left half empty before an opening"


def test_a_chapter_opening_keeps_its_first_card(screen_pdf, catalogue):
    for key, services in catalogue.by_target_group.items():
        first_card = next((s for s in services if _first_chapter(catalogue, s) == key), None)
        if first_card is None:
            continue
        term = catalogue.target_groups[key]
        assert first_card.name in screen_pdf.pages[opening_page(screen_pdf, term) - 1], term.label


def _first_chapter(catalogue, service) -> str:
    return next(key for key in catalogue.target_groups if key in service.target_groups)


def test_a_page_that_goes_on_with_a_card_is_headed_by_its_name(screen_pdf, catalogue):
    split = 0
    for service in catalogue.published:
        start = next(n for n, page in enumerate(screen_pdf.pages, 1) if f"{service.name} {service.provider.name}" in page)
        verified = f"Údaje ověřeny {service.verified.day}. {service.verified.month}. {service.verified.year}"
        page = screen_pdf.pages[start - 1]
        if verified in page[page.index(service.name):]:
            continue
        split += 1
        following = screen_pdf.pages[start]
        assert f"{service.name} {CONTINUED}" in following[:300], f"{service.name} goes on without its name"
    assert split, "the sample has cards that go over a page"
    heads = sum(CONTINUED in page[:300] for page in screen_pdf.pages)
    assert heads >= split


def test_references_are_gathered_in_one_box_per_chapter(screen_pdf, catalogue):
    with_references = sum(any(_first_chapter(catalogue, s) != key for s in services)
                          for key, services in catalogue.by_target_group.items())
    boxes_found = sum(page.count("Další služby v kapitole") for page in screen_pdf.pages)
    # The "how to use" page names the box once.
    assert boxes_found - 1 == with_references


def test_type_is_legible_and_emergency_numbers_are_big(screen_pdf, catalogue):
    sizes = [size for number in chapter_pages(screen_pdf, catalogue) for size, _ in text_sizes(screen_pdf.path, number)]
    assert min(sizes) >= 8
    assert max(set(sizes), key=sizes.count) >= 10, "body text"
    numbers = {phone.number for service in catalogue.emergency for phone in service.contacts.phones}
    emergency = range(screen_pdf.find("Akutní pomoc Když jde o")[0], screen_pdf.find("Obsah Jak katalog")[0])
    assert len(emergency) == 1, "the emergency numbers are on one page, for a reader who must not turn over"
    for pages in (emergency, [len(screen_pdf.pages)]):
        shown = {" ".join(text.split()): size for page in pages for size, text in text_sizes(screen_pdf.path, page)}
        for number in numbers:
            assert shown.get(number, 0) >= 16, f"{number} on pages {pages}"


def test_no_line_ends_in_a_one_letter_word_and_no_acronym_or_name_splits(print_pdf, catalogue):
    for number in chapter_pages(print_pdf, catalogue):
        for line in print_pdf.layout_pages[number - 1].splitlines():
            for column in re.split(r"\s{3,}", line.strip()):
                assert not ONE_LETTER_AT_LINE_END.search(column), f"page {number}: {line!r}"
                assert not re.search(r"\b[A-ZČŘŠŽ]{2,}-$", column), f"page {number}: {line!r}"
                # The layout's own hyphen (U+2010) after a capitalised word: a name divided.
                assert not re.search(r"(?<!\w)[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]\w*\u2010$", column), f"page {number}: {line!r}"


def test_crop_marks_lie_in_a_slug_outside_the_bleed(print_pdf, tmp_path):
    page = boxes(print_pdf.path)[0]
    media, bleed, trim = page["MediaBox"], page["BleedBox"], page["TrimBox"]
    assert mm(trim[0] - bleed[0]) == pytest.approx(3, abs=0.05)
    assert mm(bleed[0] - media[0]) >= 8, "a slug around the BleedBox"
    image = Image.open(render_png(print_pdf.path, 1, tmp_path, dpi=150)).convert("L")
    scale = 150 / 72

    def pixel(x_mm_from_trim_left: float, y_mm_from_trim_top: float) -> int:
        x = (trim[0] - media[0]) + x_mm_from_trim_left * POINTS_PER_MM
        y = (media[3] - trim[3]) + y_mm_from_trim_top * POINTS_PER_MM
        return image.getpixel((round(x * scale), round(y * scale)))

    assert pixel(-2, 50) < 200, "the cover's colour runs into the bleed"
    assert pixel(-4.5, 50) > 240, "and stops there, so no colour reaches the marks"
    assert pixel(0, -7) < 120 and pixel(-7, 0) < 120, "crop marks at the top left corner, in the slug"
    assert pixel(0, -3.5) > 200, "nothing between the bleed and the marks"


def test_screen_links_are_described_by_their_text_one_per_index_entry(screen_pdf):
    reader = PdfReader(screen_pdf.path)
    index_pages = [n for n, page in enumerate(screen_pdf.pages, 1) if page.startswith("Služby od A do Z")]
    assert index_pages
    for number, page in enumerate(reader.pages, 1):
        annotations = [annotation.get_object() for annotation in page.get("/Annots") or []]
        for annotation in annotations:
            description = str(annotation.get("/Contents", ""))
            assert description and not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)+", description), f"page {number}: {description!r}"
        if number in index_pages:
            entries = [line for line in screen_pdf.layout_pages[number - 1].splitlines() if re.search(r"\. \d+$", line)]
            assert len(annotations) == len(entries), f"page {number}: one link per entry"


def test_every_qr_code_has_alternative_text(screen_pdf):
    reader = PdfReader(screen_pdf.path)
    alternatives, seen = [], set()

    def walk(node):
        node = node.get_object() if hasattr(node, "get_object") else node
        if id(node) in seen:
            return
        seen.add(id(node))
        if isinstance(node, dict):
            if "/Alt" in node:
                alternatives.append(str(node["/Alt"]))
            for key, value in node.items():
                if key not in ("/P", "/Pg", "/Parent"):
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(reader.trailer["/Root"]["/StructTreeRoot"])
    assert any(" ".join(alternative.split()).startswith("QR kód s adresou") for alternative in alternatives), alternatives


def test_each_chapter_has_its_own_edge_tab_in_the_bleed(screen_pdf, print_pdf, catalogue, tmp_path):
    """The first two chapters' pages show a coloured tab at the outer edge, each at its own height and in its
    own colour; the tab runs into the bleed of the print edition."""
    page = boxes(print_pdf.path)[0]
    media, trim = page["MediaBox"], page["TrimBox"]
    scale = 100 / 72
    tabs = []
    # The first two chapters, in the vocabulary's order as the catalogue prints them.
    for key in [key for key in catalogue.target_groups if key in catalogue.by_target_group][:2]:
        number = opening_page(screen_pdf, catalogue.target_groups[key]) + 1  # a page after the opening
        image = Image.open(render_png(print_pdf.path, number, tmp_path, dpi=100)).convert("RGB")
        outer_mm = (trim[2] - trim[0]) / POINTS_PER_MM + 1.5 if number % 2 else -1.5  # 1.5 mm into the bleed
        x = round(((trim[0] - media[0]) + outer_mm * POINTS_PER_MM) * scale)
        column = [image.getpixel((x, y)) for y in range(image.height)]
        coloured = [y for y, pixel in enumerate(column) if max(pixel) - min(pixel) > 60]
        assert coloured, f"no tab on page {number}"
        tabs.append((coloured[0], column[coloured[len(coloured) // 2]]))
    (first_top, first_colour), (second_top, second_colour) = tabs
    assert second_top > first_top, "each chapter's tab a step lower"
    assert first_colour != second_colour
