"""The leaflets of the sample content, read back from the full build as a printer and a reader would."""
from __future__ import annotations

import subprocess

import pytest
from pypdf import PdfReader

from leaflet_tools import EDITION_AND_PUBLISHER, flat, language_of, public_address, sample_leaflets, ui, words
from pdf_tools import box_size_mm, boxes, fonts, info, page_texts, render_png

CATALOGUE, LEAFLETS = sample_leaflets()
TRIM_MM = {"dl-trifold": (297, 210), "a5": (148, 210)}
EDITIONS = ("print", "screen")
# A word of the back panel's heading, of the edition date and of the flap's heading, in each sample language.
TRI_FOLD_WORDS = {"cs": ("tísni", "20.", "Služby"), "uk": ("екстреній", "лист.", "Служби")}


def pdf_of(build, leaflet, edition):
    return build / "pdf" / "leaflets" / f"{leaflet.key}{'-print' if edition == 'print' else ''}.pdf"


@pytest.fixture(params=[(leaflet, names, edition) for leaflet, names in LEAFLETS for edition in EDITIONS],
                ids=lambda p: f"{p[0].key}-{p[2]}")
def edition(request, full_build):
    leaflet, names, which = request.param
    return leaflet, names, which, pdf_of(full_build, leaflet, which)


def test_trim_size_matches_the_format_on_every_page(edition):
    leaflet, _, which, pdf = edition
    for page in boxes(pdf):
        width, height = box_size_mm(page["TrimBox"])
        assert (round(width), round(height)) == (TRIM_MM[leaflet.format] if which == "print" else TRIM_MM["a5"])


def test_print_edition_has_bleed_and_screen_edition_none(edition):
    _, _, which, pdf = edition
    for page in boxes(pdf):
        trim, bleed, media = (box_size_mm(page[name]) for name in ("TrimBox", "BleedBox", "MediaBox"))
        expected = 6 if which == "print" else 0  # 3 mm bleed on each side
        assert round(bleed[0] - trim[0], 1) == expected and round(bleed[1] - trim[1], 1) == expected
        if which == "print":
            assert media[0] - bleed[0] >= 16 and media[1] - bleed[1] >= 16, "a slug for the marks"


def test_print_edition_is_two_sides_and_screen_edition_reading_order_pages(edition):
    leaflet, names, which, pdf = edition
    if which == "print":
        assert info(pdf)["Pages"] == "2"
    else:
        # Pages of the reading format, the services in the order of the selection's priority.
        text = flat(" ".join(page.extract_text() for page in PdfReader(pdf).pages))
        assert (text.index(ui(leaflet, "Služby a kontakty")) < text.index(flat(names[0]))
                < text.index(ui(leaflet, "V tísni volejte")))


def test_every_selected_service_is_on_the_leaflet(edition):
    _, names, _, pdf = edition
    text = flat(" ".join(page_texts(pdf)))
    missing = [name for name in names if flat(name) not in text]
    assert not missing, f"{pdf.name} lacks {missing}"


def test_emergency_numbers_edition_date_and_publisher_are_on_it(edition):
    leaflet, _, _, pdf = edition
    text = flat(" ".join(page_texts(pdf)))
    for service in CATALOGUE.emergency:
        for phone in service.contacts.phones:
            assert phone.number in text, f"{service.name} {phone.number} missing from {pdf.name}"
    edition_date, publisher = EDITION_AND_PUBLISHER[language_of(leaflet)]
    assert edition_date in text and publisher in text


def test_free_services_carry_the_mark(edition):
    leaflet, _, _, pdf = edition
    free = [s for s in CATALOGUE.select(leaflet.select) if s.cost == "free"]
    text = flat(" ".join(page_texts(pdf))).upper()
    assert text.count(ui(leaflet, "zdarma").upper()) >= len(free)


def test_fonts_are_embedded(edition):
    listed = fonts(edition[3])
    assert listed and all(font["emb"] == "yes" for font in listed)


def test_screen_edition_is_tagged_with_links_and_print_edition_has_cmyk_intent(edition):
    leaflet, _, which, pdf = edition
    reader = PdfReader(pdf)
    if which == "screen":
        assert info(pdf)["Tagged"] == "yes"
        targets = {annotation.get_object()["/A"].get("/URI") for page in reader.pages
                   for annotation in page.get("/Annots", [])}
        assert public_address(leaflet) in targets
        assert any(str(target).startswith("tel:") for target in targets)
    else:
        intents = reader.trailer["/Root"]["/OutputIntents"]
        profile = intents[0].get_object()["/DestOutputProfile"].get_object()
        assert profile["/N"] == 4  # a CMYK profile


@pytest.mark.parametrize("leaflet", [leaflet for leaflet, _ in LEAFLETS if leaflet.format == "dl-trifold"],
                         ids=lambda leaflet: leaflet.key)
def test_tri_fold_panels_fold_in_order(full_build, leaflet):
    """Outside: cover in the right third, back (emergency, edition) in the middle third."""
    pdf = pdf_of(full_build, leaflet, "print")
    _, page_words = words(pdf, 1)
    media, trim = boxes(pdf)[0]["MediaBox"], boxes(pdf)[0]["TrimBox"]
    left, third = trim[0] - media[0], (trim[2] - trim[0]) / 3

    def columns(text):
        found = [w for w in page_words if w.text == text]
        assert found, f"'{text}' not on page 1"
        return {int((w.x_min - left) // third) for w in found} | {int((w.x_max - left) // third) for w in found}

    # The title is the only text set larger than 20 pt.
    title = [w for w in page_words if w.y_max - w.y_min > 20]
    assert " ".join(w.text for w in title) == leaflet.title
    assert all(w.x_min - left >= 2 * third for w in title), "the cover title is not in the right third"
    emergency_word, date_word, services_word = TRI_FOLD_WORDS[language_of(leaflet)]
    assert columns(emergency_word) == {1}  # "V tísni volejte", the back panel's heading
    assert columns(date_word) == {1}  # the edition date, on the back panel
    assert columns(services_word) == {0}  # the flap, where the services begin


@pytest.mark.parametrize("leaflet", [leaflet for leaflet, _ in LEAFLETS], ids=lambda leaflet: leaflet.key)
@pytest.mark.parametrize("which", EDITIONS)
def test_qr_code_opens_the_matching_browse_page(full_build, tmp_path, leaflet, which):
    pdf = pdf_of(full_build, leaflet, which)
    back_side = 1 if leaflet.format == "dl-trifold" and which == "print" else int(info(pdf)["Pages"])
    png = render_png(pdf, back_side, tmp_path, dpi=200)
    decoded = subprocess.run(["zbarimg", "--quiet", "--raw", str(png)], capture_output=True, text=True)
    assert decoded.stdout.split() == [public_address(leaflet)]


def test_a_temporarily_closed_service_comes_last_and_is_marked_with_its_note(full_build):
    """The sample's seniors' club is temporarily closed: it follows every open service, marked."""
    leaflet = next(leaflet for leaflet, _ in LEAFLETS if leaflet.key == "seniori")
    services = CATALOGUE.select(leaflet.select)
    closed = [service for service in services if service.status == "temporarily-closed"]
    assert [service.key for service in closed] == ["klub-senioru-velky-bor"]
    # pypdf reads in the order WeasyPrint draws, which is the reading order; pdftotext guesses columns.
    text = flat(" ".join(page.extract_text() for page in PdfReader(pdf_of(full_build, leaflet, "screen")).pages))
    text = text[:text.index("V tísni volejte")]  # the services; the emergency numbers follow them
    closed_at = text.index(closed[0].name)
    assert all(text.rfind(service.name) < closed_at for service in services if service not in closed)
    # The note is short enough to be shown; only its start, as it may be hyphenated further on.
    assert text[closed_at:].startswith(f"{closed[0].name} ZDARMA Dočasně uzavřeno. {closed[0].status_note[:30]}")


def test_dl_print_edition_has_fold_marks_in_the_slug(full_build, tmp_path):
    from PIL import Image

    from pdf_tools import POINTS_PER_MM

    leaflet = next(leaflet for leaflet, _ in LEAFLETS if leaflet.format == "dl-trifold")
    pdf = pdf_of(full_build, leaflet, "print")
    page = boxes(pdf)[0]
    media, trim = page["MediaBox"], page["TrimBox"]
    image = Image.open(render_png(pdf, 1, tmp_path, dpi=150)).convert("L")
    scale = 150 / 72
    y = ((media[3] - trim[3]) - 7 * POINTS_PER_MM) * scale  # in the slug above the trim

    def darkest_near(x_mm: float) -> int:
        x = ((trim[0] - media[0]) + x_mm * POINTS_PER_MM) * scale
        return min(image.getpixel((round(x) + dx, round(y) + dy)) for dx in (-1, 0, 1) for dy in range(-6, 7))

    assert darkest_near(97) < 150 and darkest_near(197) < 150, "the outside folds after the flap and the back"
    assert darkest_near(150) > 240, "no mark where the sheet does not fold"


def test_free_mark_is_legible_and_stays_out_of_the_bookmarks(full_build):
    from pdf_tools import text_sizes

    for leaflet, _ in LEAFLETS:
        pdf = pdf_of(full_build, leaflet, "screen")
        titles = [item.title for item in PdfReader(pdf).outline if not isinstance(item, list)]
        free = ui(leaflet, "zdarma")
        assert not [title for title in titles if free in title.lower()], leaflet.key
        pages = range(1, int(info(pdf)["Pages"]) + 1)
        marks = [size for page in pages for size, text in text_sizes(pdf, page) if text.upper() == free.upper()]
        assert marks and min(marks) >= 8, leaflet.key


def test_a5_front_is_filled_before_the_back(full_build):
    from pdf_tools import page_fill

    leaflet = next(leaflet for leaflet, _ in LEAFLETS if leaflet.format == "a5")
    pdf = pdf_of(full_build, leaflet, "print")
    front = page_fill(pdf, 12 + 10, 12 + 9)[0]  # the slug, then the panel's padding
    # Before the front was filled first it was 71 % full, with two services on the back.
    assert front >= 0.8, f"the front is only {front:.0%} full"
