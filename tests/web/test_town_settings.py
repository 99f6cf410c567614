"""A town fits the section into its own site through KATALOG settings alone, without editing templates."""
from __future__ import annotations

import json

from site_tools import SAMPLE_LANGUAGES, run_pelican

from web_tools import parse

TOWN = {
    "town": "Obec Lhota", "title": "Pomoc v Lhotě", "logo": "images/znak.svg", "sample_data": False,
    "colors": {"accent": "#6b1d5c", "header-bg": "#3b3b3b"},
    "header_links": [{"title": "Zpět na web obce", "url": "https://lhota.example/"}],
    "report_error": "https://git.example/lhota/katalog/edit/main/{path}",
    "footer_links": [{"title": "Úřední deska", "url": "/deska/"}, {"title": "O katalogu", "url": "o-katalogu/"}],
    "languages": SAMPLE_LANGUAGES,  # the sample's services are translated
}


def test_town_name_logo_colours_and_links(scratch_content, tmp_path):
    (scratch_content / "images").mkdir()
    (scratch_content / "images" / "znak.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 2"><rect width="2" height="2"/></svg>', encoding="utf-8")
    output = tmp_path / "out"
    result = run_pelican(scratch_content, output, "-e", "KATALOG_PDF=false", f"KATALOG={json.dumps(TOWN)}")
    assert result.returncode == 0, result.stderr
    service = output / "sluzby" / "linka-bezpeci" / "index.html"
    html = service.read_text(encoding="utf-8")
    assert '<link rel="stylesheet" href="../../theme/css/colours.css">' in html
    assert (output / "theme" / "css" / "colours.css").read_text() == ":root {--accent: #6b1d5c; --header-bg: #3b3b3b; }\n"
    assert '<img class="town-logo" src="../../images/znak.svg"' in html and (output / "images" / "znak.svg").exists()
    links = parse(service).links
    assert {"https://lhota.example/", "/deska/", "../../o-katalogu/"} <= set(links)
    assert "Obec Lhota" in html and "<title>Linka bezpečí – Pomoc v Lhotě</title>" in html
    assert "https://git.example/lhota/katalog/edit/main/content/services/linka-bezpeci.yaml" in links
    assert "Ukázková data" not in html
