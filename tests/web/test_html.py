"""The built pages: valid HTML, what a service page says, structured data, sitemap and canonical links."""
from __future__ import annotations

import json
import shutil
import subprocess
from collections import Counter

import pytest
from site_tools import CONTENT, run_pelican

from web_tools import PAGES, ROOT, parse

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
# Pages the web section writes; others (search, news, downloads) belong to their own outputs' tests.
WEB_DIRS = ("sluzby", "situace", "komu", "obce", "druhy", "formy", "poskytovatele", "a-z", "akutni-pomoc",
            "muj-seznam", "prohlaseni-o-pristupnosti", "komunitni-planovani", "o-katalogu")


def _web_pages(output):
    pages = [output / "index.html", output / "404.html"]
    for directory in WEB_DIRS:
        pages += sorted((output / directory).rglob("index.html"))
    return pages


def _text(path) -> str:
    """The page's text with whitespace collapsed, as a reader sees it."""
    return " ".join("".join(parse(path).text).split())


def _page(output, url):
    return output / (url or "index.html") if url.endswith(".html") else output / url / "index.html"


@pytest.mark.skipif(shutil.which("java") is None or not VNU.exists(), reason="needs Java and `npm ci` (vnu-jar)")
def test_nu_html_checker_finds_no_error(web_build):
    result = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--format", "text",
                             *map(str, _web_pages(web_build))], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr


def test_pages_are_well_formed_with_unique_ids(web_build):
    for path in _web_pages(web_build):
        page = parse(path)
        assert page.errors == [] and page.open == [], f"{path}: {page.errors} unclosed {page.open}"
        duplicates = [name for name, count in Counter(page.ids).items() if count > 1]
        assert duplicates == [], f"{path}: duplicate ids {duplicates}"


def test_every_page_marks_sample_data_and_describes_itself(web_build):
    for path in _web_pages(web_build):
        text = path.read_text(encoding="utf-8")
        assert "Ukázková data." in text, path
        assert '<meta name="description" content="' in text and '<meta property="og:title"' in text, path


def test_service_page_says_what_a_visitor_needs(web_build):
    text = _text(_page(web_build, PAGES["service"]))
    html = _page(web_build, PAGES["service"]).read_text(encoding="utf-8")
    for expected in ("Poradna pro občany Horažďovicka, z. s.", "po, st 8:00–12:00, 13:00–17:00", "čt 13:00–16:00",
                     "Údaje ověřeny 15. 10. 2026", "Odborné sociální poradenství (§ 37 zákona č. 108/2006 Sb.)",
                     "Identifikátor v registru poskytovatelů: 7654321", "Hejná, Horažďovice, Velký Bor",
                     "Bezbariérový přístup.", "čeština, ukrajinština", "od 18 let", "Ambulantní, Terénní"):
        assert expected in text
    assert 'href="tel:+420376000111"' in html and 'href="mailto:dluhy@poradna-horazdovice.example"' in html
    assert "https://www.openstreetmap.org/?mlat=49.3208&amp;mlon=13.7011" in html
    assert "https://mapy.cz/fnc/v1/showmap?mapset=basic&amp;center=13.7011,49.3208" in html
    assert 'href="mailto:socialni@mesto-horazdovice.example?subject=Oprava%20v%20katalogu:%20dluhova-poradna-horazdovice"' in html


def test_whole_region_closed_stale_and_inactive_services(web_build):
    whole_region = _text(web_build / "sluzby" / "linka-bezpeci" / "index.html")
    assert "Kde působí celý region" in whole_region
    closed = _text(_page(web_build, PAGES["closed service"]))
    assert "Služba je dočasně uzavřena. Klub je od 1. 10. 2026 do 28. 2. 2027 uzavřen" in closed
    stale = _text(web_build / "sluzby" / "vydejna-potravin" / "index.html")
    assert "Údaje poskytovatel naposledy ověřil 10. 6. 2025. Než službu navštívíte, ověřte si je raději telefonicky." in stale
    assert not (web_build / "sluzby" / "kontaktni-misto-pro-uprchliky").exists()
    assert "kontaktni-misto-pro-uprchliky" not in (web_build / "a-z" / "index.html").read_text(encoding="utf-8")


def test_json_ld_describes_service_provider_place_and_phone(web_build):
    [script] = [s for s in parse(_page(web_build, PAGES["service"])).scripts if s.get("type") == "application/ld+json"]
    data = json.loads(script["text"])
    assert data["@type"] == "Service" and data["provider"]["name"] == "Poradna pro občany Horažďovicka, z. s."
    channels = data["availableChannel"]
    assert {"@type": "ContactPoint", "telephone": "+420 376 000 111", "name": "Objednání"} in [
        c.get("servicePhone") for c in channels]
    [place] = [c["serviceLocation"] for c in channels if "serviceLocation" in c]
    assert place["address"]["streetAddress"] == "Mírové náměstí 15"
    assert place["openingHoursSpecification"][0]["dayOfWeek"] == ["https://schema.org/Monday",
                                                                 "https://schema.org/Wednesday"]


def test_canonical_links_and_sitemap_use_the_public_address(web_build):
    public = "https://www.mesto-horazdovice.example/socialni-sluzby/"
    html = _page(web_build, PAGES["service"]).read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="{public}sluzby/dluhova-poradna-horazdovice/">' in html
    sitemap = (web_build / "sitemap.xml").read_text(encoding="utf-8")
    assert f"<loc>{public}sluzby/dluhova-poradna-horazdovice/</loc>" in sitemap
    assert f"<loc>{public}komunitni-planovani/</loc>" in sitemap
    assert "404" not in sitemap
    assert f"Sitemap: {public}sitemap.xml" in (web_build / "robots.txt").read_text(encoding="utf-8")


def test_published_build_links_by_absolute_address(tmp_path):
    siteurl = "https://obec.example/pomoc"
    result = run_pelican(CONTENT, tmp_path / "out", "-e", "KATALOG_PDF=false", settings="publishconf.py",
                         env={"KATALOG_SITEURL": siteurl})
    assert result.returncode == 0, result.stderr
    for path in (tmp_path / "out" / "index.html", tmp_path / "out" / "404.html",
                 tmp_path / "out" / "sluzby" / "linka-bezpeci" / "index.html"):
        links = [link for link in parse(path).links if not link.startswith(("#", "tel:", "mailto:"))]
        internal = [link for link in links if "://" not in link or link.startswith(siteurl)]
        assert internal and all(link.startswith(siteurl + "/") for link in internal), (path, internal)


def test_news_article_gets_a_page_and_a_place_on_home(scratch_content, tmp_path):
    (scratch_content / "news").mkdir()
    (scratch_content / "news" / "nova-poradna.md").write_text(
        "Title: Otevřela nová poradna\nDate: 2026-11-01\nSlug: nova-poradna\n\nPoradna je otevřena **každou středu**.\n",
        encoding="utf-8")
    result = run_pelican(scratch_content, tmp_path / "out", "-e", "KATALOG_PDF=false")
    assert result.returncode == 0, result.stderr
    article = tmp_path / "out" / "aktuality" / "nova-poradna" / "index.html"
    assert "Otevřela nová poradna 1. 11. 2026 Poradna je otevřena každou středu." in _text(article)
    assert parse(article).errors == []
    assert 'href="./aktuality/nova-poradna/"' in (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
