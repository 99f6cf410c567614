"""The shared print machinery: the fetcher refuses what is not ours; both editions come out as promised."""
from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest
from pypdf import PdfReader
from weasyprint.urls import FatalURLFetchingError

from katalog.pdf.fetcher import FetchRefused, ProjectFetcher
from katalog.pdf.render import PdfRenderError, render_pdf
from pdf_tools import box_size_mm, boxes, fonts, info, mm, page_count, page_texts

ROOT = Path(__file__).resolve().parents[2]
THEME = ROOT / "theme"
PAGE = """<html lang="cs"><head><title>Zkušební tisk</title></head><body>
<h1 style="bookmark-level: 1">Příliš žluťoučký kůň</h1><p>Úpěl ďábelské ódy → Привіт, ☎ 116 123, ♿</p>
<p><a href="tel:+420116123">116 123</a> <i>kurzíva</i> <b>tučně</b></p>{extra}</body></html>"""


@pytest.fixture
def project(tmp_path) -> Path:
    """A folder the fetcher may read, with one stylesheet for a tiny A5 output."""
    root = tmp_path / "project"
    root.mkdir()
    (root / "out.css").write_text(f'@import url("{(THEME / "print" / "common.css").as_uri()}");\n'
                                  "@page { size: A5; margin: 15mm; @bottom-right { content: counter(page) } }\n")
    return root


def render(project: Path, edition: str, name: str = "out.pdf", extra: str = "", multiple: int = 1):
    return render_pdf(PAGE.format(extra=extra), base_url=project, out_path=project / name, edition=edition,
                      stylesheets=[project / "out.css"], roots=[THEME, project],
                      edition_date=dt.date(2026, 11, 20), page_multiple=multiple)


@pytest.mark.parametrize("url", [
    "http://example.org/style.css",
    "https://example.org/font.ttf",
    "ftp://example.org/logo.png",
    "data:text/css,body{}",
    "file:///etc/passwd",
    "file://otherhost/theme/print/common.css",
])
def test_fetcher_refuses_anything_but_project_files(project, url, caplog):
    with caplog.at_level(logging.ERROR, "katalog.pdf.fetcher"), pytest.raises(FetchRefused):
        ProjectFetcher([THEME, project]).fetch(url)
    assert "refused" in caplog.text
    assert issubclass(FetchRefused, FatalURLFetchingError), "must stop WeasyPrint, not become a warning"


def test_fetcher_refuses_dot_dot_escape(project):
    escape = (project / ".." / ".." / ".." / "etc" / "passwd").as_posix()
    with pytest.raises(FetchRefused, match="outside"):
        ProjectFetcher([project]).fetch(f"file://{escape}")


def test_fetcher_refuses_symlink_out(project, tmp_path):
    secret = tmp_path / "secret.css"
    secret.write_text("body { color: red }")
    (project / "innocent.css").symlink_to(secret)
    with pytest.raises(FetchRefused, match="outside"):
        ProjectFetcher([project]).fetch((project / "innocent.css").as_uri())


def test_fetcher_refuses_files_a_catalogue_never_loads(project):
    (project / "attachment.pdf").write_bytes(b"%PDF-1.7")
    with pytest.raises(FetchRefused, match="file type"):
        ProjectFetcher([project]).fetch((project / "attachment.pdf").as_uri())


def test_fetcher_serves_project_files(project):
    response = ProjectFetcher([THEME, project]).fetch((THEME / "print" / "common.css").as_uri())
    assert response.content_type == "text/css"
    assert b"@font-face" in response.read()


@pytest.mark.parametrize("extra", ['<img src="http://example.org/tracker.png" alt="">',
                                   '<link rel="attachment" href="file:///etc/passwd">',
                                   '<style>@import url("https://example.org/x.css");</style>'])
def test_a_refused_fetch_stops_the_render(project, extra):
    with pytest.raises(PdfRenderError, match="refused"):
        render(project, "screen", extra=extra)


def test_print_edition_has_bleed_marks_output_intent_and_padding(project):
    result = render(project, "print", multiple=4)
    assert result.warnings == []
    assert page_count(result.path) == result.pages == 4
    for page in boxes(result.path):
        trim, bleed = page["TrimBox"], page["BleedBox"]
        assert box_size_mm(trim) == pytest.approx((148, 210), abs=0.1)
        for side in range(2):
            assert mm(trim[side] - bleed[side]) == pytest.approx(3, abs=0.05)
            assert mm(bleed[side + 2] - trim[side + 2]) == pytest.approx(3, abs=0.05)
    assert "Příliš žluťoučký kůň" in page_texts(result.path)[-1], "padding goes before the last page"
    reader = PdfReader(result.path)
    intent = reader.trailer["/Root"]["/OutputIntents"][0].get_object()
    assert intent["/S"] == "/GTS_PDFX"
    assert intent["/OutputConditionIdentifier"] == "FOGRA39"
    assert intent["/DestOutputProfile"].get_object()["/N"] == 4
    assert info(result.path)["PDF version"] == "1.6"
    assert b"pdfxid:GTS_PDFXVersion>PDF/X-4<" in reader.trailer["/Root"]["/Metadata"].get_object().get_data()


def test_screen_edition_is_tagged_titled_in_czech_without_marks(project):
    result = render(project, "screen")
    assert result.warnings == []
    root = PdfReader(result.path).trailer["/Root"]
    assert "/StructTreeRoot" in root and root["/MarkInfo"]["/Marked"]
    assert root["/Lang"] == "cs"
    assert info(result.path)["Title"] == "Zkušební tisk"
    assert [item.title for item in PdfReader(result.path).outline] == ["Příliš žluťoučký kůň"]
    page = boxes(result.path)[0]
    assert page["MediaBox"] == page["TrimBox"], "no bleed on screen"
    annotations = [a.get_object()["/A"]["/URI"] for a in PdfReader(result.path).pages[0]["/Annots"]]
    assert annotations == ["tel:+420116123"]


def test_screen_edition_drops_links_a_reader_cannot_follow(project, caplog):
    """WeasyPrint turns a relative href into a file: link to the build machine; none reaches the PDF."""
    extra = ('<p><a href="../../admin/">a</a> <a href="//evil.example/x">b</a> <a href="#nowhere">c</a> '
             '<a href="https://ok.example/">d</a></p>')
    with caplog.at_level(logging.WARNING, "katalog.pdf.render"):
        result = render(project, "screen", extra=extra)
    annotations = [a.get_object().get("/A", {}).get("/URI") for a in PdfReader(result.path).pages[0]["/Annots"]]
    assert [uri for uri in annotations if uri] == ["tel:+420116123", "https://ok.example/"]
    assert "dropped the external link to file:" in caplog.text


@pytest.mark.parametrize("edition", ["print", "screen"])
def test_every_font_is_embedded_noto(project, edition):
    used = fonts(render(project, edition).path)
    assert used, "the page has text"
    for font in used:
        assert font["emb"] == "yes", font
        assert "Katalog-Noto-" in font["name"], f"only our Noto files, never a system font: {font}"


@pytest.mark.parametrize("edition", ["print", "screen"])
def test_two_renders_are_byte_identical(project, edition):
    first = render(project, edition, "first.pdf", multiple=4).path.read_bytes()
    second = render(project, edition, "second.pdf", multiple=4).path.read_bytes()
    assert first == second
    assert b"/ID [" in first or b"/ID[" in first


def test_a_character_no_font_has_is_reported(project):
    result = render(project, "screen", extra="<p>😀</p>")
    assert any("U+1F600" in warning for warning in result.warnings)


def test_print_edition_turns_rgb_into_ink(project):
    """SVG colours and WeasyPrint's own crop marks arrive as RGB; the printer gets CMYK only."""
    svg = '<svg width="20" height="20"><rect width="20" height="10" fill="#0b5c8a"/><rect y="10" width="20" height="10" fill="#000"/></svg>'
    reader = PdfReader(render(project, "print", extra=svg).path)
    streams = [xobject.get_object().get_data() for page in reader.pages
               for xobject in (page["/Resources"].get("/XObject") or {}).values()]
    streams += [page.get_contents().get_data() for page in reader.pages]
    operators = b" ".join(streams)
    assert b" rg" not in operators and b" RG" not in operators
    assert b"0 0 0 1 k" in operators, "black stays black ink only"
    assert any(op.endswith(b" k") and not op.startswith(b"0 0 0 ") for op in operators.split(b"\n")), "blue → CMYK"


def test_one_screen_colour_with_two_inks_is_refused(tmp_path):
    from katalog.pdf.inks import InkTableError, ink_table
    (tmp_path / "screen.css").write_text(":root { --a: #123456; --b: #123456 }")
    (tmp_path / "inks.css").write_text(":root { --a: device-cmyk(1 0 0 0); --b: device-cmyk(0 1 0 0) }")
    with pytest.raises(InkTableError, match="#123456"):
        ink_table([tmp_path / "screen.css"], tmp_path / "inks.css")
    (tmp_path / "inks.css").write_text(":root { --a: device-cmyk(1 0 0 0) }")
    assert ink_table([tmp_path / "screen.css"], tmp_path / "inks.css") == {(0x12, 0x34, 0x56): (1, 0, 0, 0)}


def test_remembered_page_references_write_the_same_pdf(project, monkeypatch):
    """writespeed keeps pydyf's page references between reads; a tagged PDF with internal links is the same."""
    import pydyf
    links = '<p id="a">A</p><p style="break-before: page"><a href="#a">zpět</a></p>'
    remembered = render(project, "screen", "remembered.pdf", extra=links).path.read_bytes()
    monkeypatch.setattr(pydyf.PDF, "page_references", pydyf.PDF.original_page_references)
    rebuilt = render(project, "screen", "rebuilt.pdf", extra=links).path.read_bytes()
    assert remembered == rebuilt


def test_streams_compressed_once_are_written_as_pydyf_writes_them():
    import io

    import pydyf

    from katalog.pdf.writespeed import compress_once

    def written(precompress: bool) -> bytes:
        pdf = pydyf.PDF()
        content = pydyf.Stream([b"BT", b"/F1 12 Tf", b"(katalog) Tj", b"ET"] * 50, compress=True)
        pdf.add_object(content)
        pdf.add_page(pydyf.Dictionary({"Type": "/Page", "Parent": pdf.pages.reference,
                                       "MediaBox": pydyf.Array([0, 0, 200, 200]), "Contents": content.reference}))
        if precompress:
            compress_once(pdf)
            assert not content.compress
        output = io.BytesIO()
        pdf.write(output, identifier=True, compress=True)
        return output.getvalue()

    assert written(True) == written(False)


def test_each_edition_reports_what_weasyprint_said_while_writing_it(project):
    """The second edition is written in a forked copy of the process: its complaints still reach its result."""
    from katalog.pdf.render import render_editions
    html = PAGE.format(extra='<p><a href="#nowhere">odkaz</a></p>')
    results = render_editions(html, {"print": (project / "p.pdf", 1), "screen": (project / "s.pdf", 1)},
                              base_url=project, stylesheets=[project / "out.css"], roots=[THEME, project],
                              edition_date=dt.date(2026, 11, 20))
    assert any("nowhere" in warning for warning in results["screen"].warnings), results["screen"].warnings
    assert not any("nowhere" in warning for warning in results["print"].warnings), "the print edition has no links"
