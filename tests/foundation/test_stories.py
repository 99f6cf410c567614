"""Clients' stories: the contract's story in the sample, validation at the line, the privacy check, the PDF option."""
from __future__ import annotations

import subprocess
import sys

import pytest

from katalog.loader import load_catalogue
from katalog.pdf.book import build_chapters
from site_tools import CONTENT, ROOT

CONTRACT_STORY = ROOT / "tests" / "contract" / "story.md"
HEADER = """Title: Pan Karel
Services: pecovatelska-sluzba-horazdovice
Life_situations: stari
Municipalities: hejna
Date: 2026-09-01
Summary: Pan Karel dostal pomoc.

"""


def _validate(content) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "katalog.cli", "validate", str(content)], cwd=ROOT,
                          capture_output=True, text=True)


def _story(content, text: str):
    path = content / "stories" / "pan-karel.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_sample_has_the_contract_story_unchanged_and_three_stories():
    assert (CONTENT / "stories" / "pani-marie-zustala-doma.md").read_bytes() == CONTRACT_STORY.read_bytes()
    catalogue = load_catalogue(CONTENT)
    assert len(catalogue.stories) == 3
    marie = catalogue.stories["pani-marie-zustala-doma"]
    assert marie.services == ["pecovatelska-sluzba-horazdovice", "pujcovna-kompenzacnich-pomucek"]
    assert marie.life_situations == ["stari", "pece-o-blizke"] and marie.municipalities == ["hejna"]
    assert "<!--" not in marie.html and "content/stories" not in marie.html  # the editors' note is not shown
    assert marie.html.startswith("<p>Paní Marii je 84 let")
    assert [story.key for story in catalogue.stories_naming("life_situations", "stari")] == ["pani-marie-zustala-doma"]


@pytest.mark.parametrize("line, detail", [
    ("Volejte jí na 777 123 456.", "a phone number '777 123 456'"),
    ("Napište na marie.nova@example.cz.", "an e-mail address 'marie.nova@example.cz'"),
    ("Její rodné číslo je 425612/123.", "a birth number '425612/123'"),
    ("Rodné číslo 8551231234 zná jen úřad.", "a birth number '8551231234'"),
    ("Bydlí v ulici Nádražní 215.", "a street address"),
    ("Bydlí na Husova 123/4 u nádraží.", "a street address 'Husova 123/4'"),
])
def test_privacy_check_refuses_a_detail_that_identifies_someone_at_its_line(scratch_content, line, detail):
    path = _story(scratch_content, HEADER + "První odstavec je v pořádku.\n\n" + line + "\n")
    result = _validate(scratch_content)
    assert result.returncode == 1
    column = line.index(detail.split("'")[1]) + 1 if "'" in detail else None
    expected = f"{path}:10:{column}: (text): {detail}" if column else f"{path}:10:"
    assert expected in result.stderr, result.stderr
    assert "a story must not identify anyone" in result.stderr


def test_privacy_check_reads_the_summary_too(scratch_content):
    path = _story(scratch_content, HEADER.replace("dostal pomoc.", "(tel. 376 511 222) dostal pomoc.") + "Text.\n")
    assert f"{path}:6:26: summary: a phone number '376 511 222'" in _validate(scratch_content).stderr


def test_story_metadata_is_validated_at_its_line_with_suggestions(scratch_content):
    path = _story(scratch_content, HEADER.replace("Life_situations: stari", "Life_situation: stari")
                  .replace("Services: pecovatelska-sluzba-horazdovice", "Services: linka-bezpeci, pecovatelska-sluzba")
                  .replace("Municipalities: hejna", "Municipalities: hejnaa") + "[klikni](javascript:alert(1))\n")
    result = _validate(scratch_content)
    assert result.returncode == 1
    for expected in (f"{path}:2:26: services[1]: unknown service 'pecovatelska-sluzba'; did you mean",
                     f"{path}:3:1: life_situation: unknown field 'life_situation'; did you mean 'life_situations'?",
                     f"{path}:4:17: municipalities[0]: unknown municipality 'hejnaa'; did you mean 'hejna'?",
                     f"{path}:8:1: (text): link 'javascript:alert(1)'"):
        assert expected in result.stderr, result.stderr


def test_story_markdown_is_sanitised(scratch_content):
    _story(scratch_content, HEADER + "<script>alert(1)</script> **tučně**\n")
    html = load_catalogue(scratch_content).stories["pan-karel"].html
    assert "<script>" not in html and "&lt;script&gt;" in html and "<strong>tučně</strong>" in html


def test_pdf_chapters_close_with_a_story_naming_one_of_their_services_when_asked():
    catalogue = load_catalogue(CONTENT)
    assert all(chapter.story is None for chapter in build_chapters(catalogue, "target_groups"))
    chapters = build_chapters(catalogue, "target_groups", with_stories=True)
    placed = [chapter.story.key for chapter in chapters if chapter.story]
    assert sorted(placed) == sorted(catalogue.stories)  # each story once
    for chapter in chapters:
        if chapter.story:
            assert {entry.service.key for entry in chapter.entries} & set(chapter.story.services)
