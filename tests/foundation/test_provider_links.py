"""Links in provider Markdown: only full web, e-mail and phone addresses, refused at their line otherwise."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from katalog import links
from katalog.markdown import check_links
from katalog.problems import TextErrors
from site_tools import run_pelican

KATALOG = Path(sys.executable).with_name("katalog")
SERVICE = "services/dluhova-poradna-horazdovice.yaml"
# Line 12 of the sample file is the first line of its `description: |` block (the `|` is at line 11, column 14).
FIRST_LINE = "  Poradna pomáhá jednotlivcům i rodinám, kteří mají potíže se splácením půjček,\n"
HOSTILE_LINES = (
    "  Viz [správa](../../admin/) a\n"
    "  [jinde](//evil.example/x), <javascript:alert(1)>.\n"
    "\n"
    "  - [soubor](file:///etc/passwd) a [kotva](#nahoru) a [seznam][s]\n"
    "\n"
    "  [s]: sluzby/x/\n"
)


def katalog_validate(content: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(KATALOG), "validate", str(content)], capture_output=True, text=True)


def write_description_lines(content: Path, lines: str) -> Path:
    path = content / SERVICE
    text = path.read_text()
    assert FIRST_LINE in text
    path.write_text(text.replace(FIRST_LINE, lines + FIRST_LINE))
    return path


@pytest.mark.parametrize("href", ["../../admin/", "sluzby/x/", "/socialni-sluzby/", "//evil.example/x", "#nahoru",
                                  "javascript:alert(1)", "JaVaScRiPt:alert(1)", "file:///etc/passwd",
                                  "file://evil.example/share", "data:text/html,hi", "https:evil.example", "mailto:",
                                  "ftp://example.org/"])
def test_anything_but_a_full_address_is_refused_with_how_to_fix_it(href):
    reason = links.refusal(href)
    assert reason is not None and ("https://" in reason or "mailto:" in reason)


@pytest.mark.parametrize("href", ["https://poradna.example/dluhy?a=1#b", "http://old.example/", "mailto:a@b.cz",
                                  "tel:+420376000111"])
def test_full_addresses_are_allowed(href):
    assert links.refusal(href) is None


def test_links_are_found_in_every_markdown_form():
    """Inline links, autolinks and reference definitions, each at its line; a reference once, where defined."""
    with pytest.raises(TextErrors) as refused:
        check_links(HOSTILE_LINES.replace("\n  ", "\n").removeprefix("  "))
    found = [(line, message.split("'")[1]) for line, message in refused.value.errors]
    assert sorted(found) == [(0, "../../admin/"), (1, "//evil.example/x"), (1, "javascript:alert(1)"),
                             (3, "#nahoru"), (3, "file:///etc/passwd"), (5, "sluzby/x/")]
    assert check_links("[web](https://a.example/) <mailto:a@b.cz> [tel](tel:+420116123)").startswith("[web]")


def test_validate_names_file_line_and_field_of_each_refused_link(scratch_content, tmp_path):
    path = write_description_lines(scratch_content, HOSTILE_LINES)
    result = katalog_validate(scratch_content)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if ": description: link " in line]
    expected = {12: "../../admin/", 13: "//evil.example/x", 15: "file:///etc/passwd", 17: "sluzby/x/"}
    for line, href in expected.items():
        assert any(error.startswith(f"{path}:{line}:14: description: link '{href}'") for error in errors), errors
    assert any("javascript:" in error and f"{path}:13:" in error for error in errors)
    assert any("'#nahoru'" in error and f"{path}:15:" in error for error in errors)
    assert all("write the full address starting with https://" in error or "link only to web pages" in error
               for error in errors)
    assert len(errors) == 6 and "Traceback" not in result.stderr

    build = run_pelican(scratch_content, tmp_path / "out", "-e", "KATALOG_PDF=false")
    assert build.returncode != 0
    assert set(errors) <= set(build.stderr.splitlines() + build.stdout.splitlines())
    assert not (tmp_path / "out" / "index.html").exists()


def test_a_link_in_a_quoted_description_points_at_the_field(scratch_content):
    path = scratch_content / SERVICE
    text = path.read_text()
    start, end = text.index("description: |"), text.index("life_situations:")
    line = text[:start].count("\n") + 1
    path.write_text(text[:start] + 'description: "Viz [x](//evil.example/x)."\n' + text[end:])
    result = katalog_validate(scratch_content)
    assert result.returncode == 1
    assert f"{path}:{line}:14: description: link '//evil.example/x' has no scheme" in result.stderr
