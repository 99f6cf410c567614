"""The sample build's PDF catalogue read back as the printer and a reader get it."""
from __future__ import annotations

import re
import subprocess
from collections import Counter

import pytest
from pypdf import PdfReader

from pdf_tools import box_size_mm, boxes, fonts, info, leader_entries, mm, render_png

A5 = (148, 210)


def card(service) -> str:
    """How a card's heading reads in the text: the service's name, then its provider's."""
    return f"{service.name} {service.provider.name}"


def test_print_edition_trim_is_a5_with_3_mm_bleed(print_pdf):
    for number, page in enumerate(boxes(print_pdf.path), 1):
        trim, bleed = page["TrimBox"], page["BleedBox"]
        assert box_size_mm(trim) == pytest.approx(A5, abs=0.1), number
        for low, high in ((0, 2), (1, 3)):
            assert mm(trim[low] - bleed[low]) == pytest.approx(3, abs=0.05), number
            assert mm(bleed[high] - trim[high]) == pytest.approx(3, abs=0.05), number


def test_print_edition_is_padded_for_saddle_stitching(print_pdf, screen_pdf):
    count = len(print_pdf.pages)
    assert count % 4 == 0
    assert count - len(screen_pdf.pages) < 4
    assert "Vydává" in print_pdf.pages[-1], "the back cover stays the last page"
    for blank in print_pdf.pages[len(screen_pdf.pages) - 1:-1]:
        assert blank == "", "padding pages carry nothing, not even a page number"


def test_screen_edition_has_no_marks_or_bleed(screen_pdf):
    for page in boxes(screen_pdf.path):
        assert page["MediaBox"] == page["TrimBox"] == page["BleedBox"]
        assert box_size_mm(page["TrimBox"]) == pytest.approx(A5, abs=0.1)


@pytest.mark.parametrize("edition", ["print_pdf", "screen_pdf"])
def test_every_font_is_embedded_and_noto(edition, request):
    used = fonts(request.getfixturevalue(edition).path)
    assert {font["emb"] for font in used} == {"yes"}
    assert all("Katalog-Noto-" in font["name"] for font in used), used


def test_print_edition_is_pdf_x4_with_cmyk_intent_and_no_links(print_pdf):
    reader = PdfReader(print_pdf.path)
    root = reader.trailer["/Root"]
    intent = root["/OutputIntents"][0].get_object()
    assert intent["/S"] == "/GTS_PDFX" and intent["/DestOutputProfile"].get_object()["/N"] == 4
    assert b"PDF/X-4" in root["/Metadata"].get_object().get_data()
    assert all("/Annots" not in page for page in reader.pages), "PDF/X: no annotations on the printed area"
    rgb = re.compile(rb"(^|\s)[\d.]+ [\d.]+ [\d.]+ (rg|RG)\b")
    for number, page in enumerate(reader.pages, 1):
        streams = [page.get_contents().get_data()] if page.get_contents() is not None else []
        for xobject in (page["/Resources"].get("/XObject") or {}).values():
            if xobject.get_object()["/Subtype"] == "/Form":
                streams.append(xobject.get_object().get_data())
        assert not any(rgb.search(stream) for stream in streams), f"RGB colour on page {number}"


def test_screen_edition_is_tagged_titled_and_czech(screen_pdf, catalogue):
    root = PdfReader(screen_pdf.path).trailer["/Root"]
    assert "/StructTreeRoot" in root and root["/MarkInfo"]["/Marked"]
    assert root["/Lang"] == "cs"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]
    assert b'pdfuaid:part="1"' in root["/Metadata"].get_object().get_data()
    assert info(screen_pdf.path)["Title"] == "Katalog sociálních služeb Horažďovicka"


def test_screen_bookmarks_have_chapters_with_their_services(screen_pdf, catalogue):
    reader = PdfReader(screen_pdf.path)
    outline = reader.outline
    # Czech typesetting puts non-breaking spaces into titles ("Rodiny s dětmi"); a reader sees spaces.
    titles = [" ".join(item.title.split()) for item in outline if not isinstance(item, list)]
    for section in ("Jak katalog používat", "Akutní pomoc", "Obsah", "Senioři", "Služby od A do Z"):
        assert section in titles
    chapter_index = outline.index(next(item for item in outline if getattr(item, "title", "") == "Senioři"))
    children = outline[chapter_index + 1]
    assert isinstance(children, list)
    in_full = [s.name for s in catalogue.by_target_group["seniori"]]
    assert [" ".join(child.title.split()) for child in children] == in_full  # the first chapter has every one of its services in full
    seniors_page = reader.get_destination_page_number(outline[chapter_index]) + 1
    assert screen_pdf.pages[seniors_page - 1].startswith("Senioři")


def test_screen_links_work(screen_pdf):
    uris, internal = [], 0
    for page in PdfReader(screen_pdf.path).pages:
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            if "/A" in annotation:
                uris.append(annotation["/A"]["/URI"])
            elif "/Dest" in annotation:
                internal += 1
    schemes = Counter(uri.split(":")[0] for uri in uris)
    assert schemes["tel"] > 20 and schemes["mailto"] > 20 and schemes["https"] > 20
    assert "tel:112" in uris
    assert internal > 100, "contents, indexes and references link to the page they name"


def test_every_link_of_every_pdf_is_web_mail_or_phone(full_build):
    """The catalogue and the leaflets, both editions: a town page's link to another page leads to its public
    address, never to a file: of the build machine."""
    uris = set()
    for pdf in full_build.rglob("*.pdf"):
        for page in PdfReader(pdf).pages:
            for annotation in page.get("/Annots") or []:
                action = annotation.get_object().get("/A") or {}
                if "/URI" in action:
                    uris.add(str(action["/URI"]))
    assert {uri.split(":")[0] for uri in uris} == {"https", "mailto", "tel"}
    assert not [uri for uri in uris if uri.startswith("https") and not uri.startswith("https://")]
    assert "https://www.mesto-horazdovice.example/socialni-sluzby/komunitni-planovani/" in uris
    assert "https://duse-pootavi.example/cdz/prvni-navsteva" in uris, "a provider's link in a description"


@pytest.mark.parametrize("edition", ["print_pdf", "screen_pdf"])
def test_each_service_is_in_full_exactly_once(edition, request, catalogue):
    pdf = request.getfixturevalue(edition)
    everything = " ".join(pdf.pages)
    for service in catalogue.published:
        assert everything.count(card(service)) == 1, service.name
    for service in catalogue.services.values():
        if not service.published:
            assert service.name not in everything


def test_contents_page_numbers_point_at_the_sections(screen_pdf, catalogue):
    contents = next(n for n, page in enumerate(screen_pdf.pages) if page.startswith("Obsah"))
    entries = leader_entries(screen_pdf.layout_pages[contents], set())
    assert len(entries) >= 2 + len(catalogue.by_target_group) + 4
    for title, page in entries:
        # Chapters run on: an opening may stand below the end of the chapter before it.
        assert title in screen_pdf.pages[page - 1], f"{title}: page {page}"


def test_index_page_numbers_point_at_the_cards(print_pdf, catalogue):
    cards = {service.name: service for service in catalogue.published}
    first = next(n for n, page in enumerate(print_pdf.pages) if page.startswith("Služby od A do Z"))
    entries = [entry for page in print_pdf.layout_pages[first:] for entry in leader_entries(page, set(cards))]
    named = [(name, page) for name, page in entries if name in cards]
    assert len(named) >= 3 * len(cards), "A–Z, providers and life situations list every service"
    assert {name for name, _ in named} == set(cards)
    for name, page in named:
        assert card(cards[name]) in print_pdf.pages[page - 1], f"{name}: page {page}"
    region = [page for name, page in entries if name == "a služby pro celý region"]
    assert region and all("Celý region" in print_pdf.pages[page - 1] for page in region)


def test_references_and_emergency_numbers_point_at_the_cards(print_pdf, catalogue):
    cards = {service.name: service for service in catalogue.published}
    references = re.findall(r"(?m)^\s*(\S.*?) → (?:viz )?str\. (\d+)", "\n".join(print_pdf.layout_pages))
    assert len(references) > len(catalogue.emergency)
    for name, page in references:
        # A name wrapped over two lines (the emergency page's name column) shows here by its last line.
        services = [service for full_name, service in cards.items() if full_name.endswith(name)]
        assert any(card(service) in print_pdf.pages[int(page) - 1] for service in services), f"{name}: page {page}"


def test_town_pages_marked_for_print_are_in_the_catalogue(screen_pdf):
    titles = {page.startswith(title) for page in screen_pdf.pages for title in ("Komunitní plánování", "O katalogu")}
    assert titles == {True, False}
    assert not any(page.startswith("Pracovní skupiny") for page in screen_pdf.pages), "not marked Print: yes"


def test_sample_data_is_marked_on_the_cover_and_every_page(print_pdf, screen_pdf):
    assert "Ukázková data" in screen_pdf.pages[0]
    for number, page in enumerate(screen_pdf.pages[1:], 2):
        assert "Ukázková data" in page, number


def test_back_cover_qr_code_opens_the_web_section(screen_pdf, tmp_path):
    picture = render_png(screen_pdf.path, len(screen_pdf.pages), tmp_path, dpi=300)
    decoded = subprocess.run(["zbarimg", "--quiet", "--raw", str(picture)], capture_output=True, text=True)
    assert decoded.stdout.strip() == "https://www.mesto-horazdovice.example/socialni-sluzby/"
    assert "www.mesto-horazdovice.example/socialni-sluzby" in screen_pdf.pages[-1]


def test_downloads_page_offers_both_files_with_pages_and_size(full_build, screen_pdf, print_pdf):
    page = (full_build / "ke-stazeni" / "index.html").read_text(encoding="utf-8")
    for pdf, href in ((screen_pdf, "pdf/catalogue.pdf"), (print_pdf, "pdf/catalogue-print.pdf")):
        assert href in page
        assert f"{len(pdf.pages)} stran" in page
        size = f"{pdf.path.stat().st_size / 1e6:.1f}".replace(".", ",")
        assert f"{size} MB" in page


def test_running_head_names_the_chapter_and_numbers_sit_on_the_outer_edge(screen_pdf, catalogue):
    """The chapter's name heads the pages after its opening, not the opening's own page."""
    contents = next(n for n, page in enumerate(screen_pdf.pages) if page.startswith("Obsah"))
    sections = leader_entries(screen_pdf.layout_pages[contents], set())
    chapters = {catalogue.target_groups[key].label for key in catalogue.by_target_group}
    for (title, first), (_, following) in zip(sections, sections[1:]):
        if title in chapters:
            assert not screen_pdf.layout_pages[first - 1].lstrip().startswith(title + "  "), f"{title} repeated"
            for number in range(first + 1, following):
                head = screen_pdf.layout_pages[number - 1].split("\n", 1)[0]
                assert title in " ".join(head.split()), f"page {number} should be headed {title}"
    for number, layout in enumerate(screen_pdf.layout_pages[1:-1], 2):
        foot = [line for line in layout.splitlines() if line.strip()][-1]
        outer = foot.rstrip().endswith(str(number)) if number % 2 else foot.lstrip().startswith(str(number))
        assert outer, f"page {number}: number not on the outer edge: {foot!r}"


def test_print_edition_prints_the_designed_inks(print_pdf):
    """Both editions come from one layout in screen colours; the print edition writes each colour variable as
    the ink theme/print/inks.css gives it: text black ink only, chapter tabs two process colours."""
    reader = PdfReader(print_pdf.path)
    streams = [page.get_contents().get_data() for page in reader.pages if page.get_contents() is not None]
    streams += [xobject.get_object().get_data() for page in reader.pages
                for xobject in (page["/Resources"].get("/XObject") or {}).values()
                if xobject.get_object()["/Subtype"] == "/Form"]
    operators = b"\n".join(streams)
    assert b"0 0 0 1 k" in operators, "text (--ink) in black ink only"
    assert b"0 0.4 1 0 k" in operators, "the first chapter's tab (--chapter-0)"
    assert b"0.9 0.4 0 0.35 k" in operators, "the accent colour"
