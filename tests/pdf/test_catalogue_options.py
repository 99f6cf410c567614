"""What goes into the catalogue and the options a town sets: chapters, page size, partners, no PDF at all."""
from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest
from pelican import Pelican
from pelican.settings import read_settings

from katalog.pdf.book import BookError, build_chapters, public_address, report_contact
from katalog.settings import KatalogSettings
from pdf_tools import ReadPdf, box_size_mm, boxes, leader_entries

ROOT = Path(__file__).resolve().parents[2]
KEEP = {"tisnove-volani", "osobni-asistence", "linka-bezpeci", "dluhova-poradna-horazdovice",
        "pecovatelska-sluzba-horazdovice", "klub-senioru-velky-bor"}
HOSTILE = """description: |
  Popis <img src="http://tracker.example/x.png"> a ![obrázek](https://tracker.example/y.png)
  <link rel="attachment" href="file:///etc/passwd"><script>alert(1)</script> **tučně**
"""


def small_content(content: Path) -> Path:
    """The sample cut down to a few services, one with a hostile description; no leaflets."""
    for service in (content / "services").glob("*.yaml"):
        if service.stem not in KEEP:
            service.unlink()
    (content / "leaflets.yaml").unlink(missing_ok=True)
    shutil.rmtree(content / "stories", ignore_errors=True)  # they name services this cut removes
    assistance = content / "services" / "osobni-asistence.yaml"
    text = assistance.read_text(encoding="utf-8")
    start = text.index("description: |")
    end = text.index("life_situations:")
    assistance.write_text(text[:start] + HOSTILE + text[end:], encoding="utf-8")
    return content


def build(content: Path, output: Path, **katalog) -> Path:
    """A build in this process, so that every log record of the render reaches caplog."""
    settings = read_settings(str(ROOT / "pelicanconf.py"))
    overrides = {"PATH": str(content), "OUTPUT_PATH": str(output), "KATALOG": {**settings["KATALOG"], **katalog}}
    if "pdf" in katalog:
        overrides["KATALOG_PDF"] = overrides["KATALOG"].pop("pdf")
    Pelican(read_settings(str(ROOT / "pelicanconf.py"), override=overrides)).run()
    return output


def test_a4_by_life_situation_with_partners_renders_without_warnings(scratch_content, tmp_path, caplog):
    content = small_content(scratch_content)
    with caplog.at_level(logging.WARNING):
        output = build(content, tmp_path / "out", pdf_page_size="A4", pdf_chapters="life_situations",
                       partners=["Nadace Pomoc"])
    complaints = [r for r in caplog.records if r.name.startswith(("weasyprint", "katalog.pdf"))]
    assert complaints == []
    screen, printed = ReadPdf.read(output / "pdf" / "catalogue.pdf"), ReadPdf.read(output / "pdf" / "catalogue-print.pdf")
    for page in boxes(screen.path) + boxes(printed.path):
        assert box_size_mm(page["TrimBox"]) == pytest.approx((210, 297), abs=0.1)
    assert "Nadace Pomoc" in screen.pages[0]
    contents = next(n for n, page in enumerate(screen.pages) if page.startswith("Obsah"))
    titles = [title for title, _ in leader_entries(screen.layout_pages[contents], set())]
    assert "Akutní krize" in titles and "Senioři" not in titles
    everything = " ".join(screen.pages)
    assert "<script>alert(1)</script>" in everything, "raw HTML from a provider is shown as text, never run"
    # The image URLs were never fetched: a refused fetch stops the build (test_pdf_machinery.py).


def test_same_sources_give_byte_identical_pdfs(scratch_content, tmp_path):
    content = small_content(scratch_content)
    first, second = build(content, tmp_path / "first"), build(content, tmp_path / "second")
    for name in ("catalogue.pdf", "catalogue-print.pdf"):
        assert (first / "pdf" / name).read_bytes() == (second / "pdf" / name).read_bytes(), name


def test_an_unchanged_rebuild_copies_the_pdfs_and_a_changed_source_renders_again(scratch_content, tmp_path, caplog):
    content = small_content(scratch_content)
    output = build(content, tmp_path / "out")
    first = {name: (output / "pdf" / name).read_bytes() for name in ("catalogue.pdf", "catalogue-print.pdf")}
    with caplog.at_level(logging.INFO, "katalog.pdf"):
        build(content, output)
    messages = [record.getMessage() for record in caplog.records]
    assert sum("not rendered again" in message for message in messages) == 2
    assert any("sources unchanged" in message for message in messages), "found without making the HTML"
    for name, data in first.items():
        assert (output / "pdf" / name).read_bytes() == data, name
    caplog.clear()
    with caplog.at_level(logging.INFO, "katalog.pdf"):
        build(content, output, partners=["Nadace Pomoc"])  # a setting is a source too
    assert not any("not rendered again" in record.getMessage() for record in caplog.records)
    assert "Nadace Pomoc" in ReadPdf.read(output / "pdf" / "catalogue.pdf").pages[0]
    caplog.clear()
    care = content / "services" / "pecovatelska-sluzba-horazdovice.yaml"
    care.write_text(care.read_text(encoding="utf-8").replace("name: ", "name: Nová ", 1), encoding="utf-8")
    with caplog.at_level(logging.INFO, "katalog.pdf"):
        build(content, output)
    assert not any("not rendered again" in record.getMessage() for record in caplog.records)
    assert ReadPdf.read(output / "pdf" / "catalogue.pdf").find("Nová ")


def test_no_pdf_when_katalog_pdf_is_false(scratch_content, tmp_path):
    output = build(small_content(scratch_content), tmp_path / "out", pdf=False)
    assert (output / "index.html").exists()
    assert not (output / "pdf" / "catalogue.pdf").exists()
    assert not (output / "ke-stazeni").exists()


def test_a_service_is_in_full_in_its_first_chapter_only(catalogue):
    chapters = build_chapters(catalogue, "target_groups")
    order = [chapter.key for chapter in chapters]
    seen = {}
    for chapter in chapters:
        for entry in chapter.entries:
            if entry.in_full:
                assert entry.service.key not in seen
                seen[entry.service.key] = chapter.key
    assert set(seen) == {service.key for service in catalogue.published}
    for service in catalogue.published:
        assert seen[service.key] == min(service.target_groups, key=order.index)


def test_kinds_make_chapters_without_references(catalogue):
    chapters = build_chapters(catalogue, "kinds")
    assert all(entry.in_full for chapter in chapters for entry in chapter.entries)
    with pytest.raises(BookError, match="pdf_chapters"):
        build_chapters(catalogue, "colours")


def test_back_cover_addresses():
    settings = KatalogSettings(public_url="https://mesto.example/sluzby")
    assert public_address(settings, "") == "https://mesto.example/sluzby/"
    assert public_address(settings, "https://www.mesto.example/socialni") == "https://www.mesto.example/socialni/"
    assert public_address(KatalogSettings(), "") is None
    assert report_contact("mailto:oprava@mesto.example?subject=Oprava%20{key}") == (
        "mailto:oprava@mesto.example", "oprava@mesto.example")
    assert report_contact("https://git.example/katalog/edit/main/{path}") == (
        "https://git.example/katalog/edit/main/", "git.example/katalog/edit/main")



def test_client_stories_close_their_chapters_when_the_town_wants_them(scratch_content, tmp_path, caplog):
    """KATALOG pdf_stories: each story once, at the end of a chapter whose services it names."""
    with caplog.at_level(logging.WARNING):
        output = build(scratch_content, tmp_path / "out", pdf_stories=True)
    assert [r for r in caplog.records if r.name.startswith(("weasyprint", "katalog.pdf"))] == []
    text = " ".join(ReadPdf.read(output / "pdf" / "catalogue.pdf").pages)
    for title in ("Paní Marie zůstala doma", "Rodina z Chanovic znovu", "Pan Jiří jezdí znovu"):
        assert text.count(title) == 1, title
    assert "Paní Marii je 84" in " ".join(text.split())  # the story itself, not only its title
