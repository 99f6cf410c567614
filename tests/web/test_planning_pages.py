"""The planning pages as planners open them: the table in Chromium (axe, headers, a phone), a municipality's view."""
from __future__ import annotations

import re

from playwright.sync_api import expect

from web_tools import open_page, parse, run_axe

PLANNING = "planovani/"


def test_coverage_page_has_no_axe_violation_and_a_table_with_caption_and_headers(browser, site_url):
    with open_page(browser) as page:
        page.goto(site_url + PLANNING)
        assert run_axe(page) == []
        table = page.get_by_role("table", name="Služby podle druhu (řádky) a obce (sloupce)")
        expect(table).to_have_count(1)
        column_headers = table.locator("thead th[scope=col]").all_inner_texts()
        assert column_headers[0] == "Druh služby" and len(column_headers) == 21
        assert "Horažďovice" in column_headers and "Žichovice" in column_headers
        expect(table.locator("tbody th[scope=row]", has_text="Pečovatelská služba")).to_have_count(1)
        row = table.locator("tr", has=page.locator("th", has_text="Pečovatelská služba"))
        # Horažďovice: 1 service serves it and is based there, 1 per 1,000 of 5,200 inhabitants is 0.2; its 116
        # registered clients shared among the 6,750 inhabitants of the 8 municipalities it covers are 17.2 per 1,000.
        horazdovice = row.locator("td").nth(column_headers.index("Horažďovice") - 1)
        assert " ".join(horazdovice.inner_text().split()) == "1 · 1 zde 0,2 / 1 000 kap. 17,2 klientů / 1 000"
        bursice = row.locator("td").nth(column_headers.index("Buršice") - 1)
        assert bursice.inner_text().replace("\xa0", " ") == "✕ chybí"  # a gap in words and shape, not only colour


def test_gaps_are_listed_in_words_and_filters_narrow_the_table(page, site_url):
    page.goto(site_url + PLANNING)
    gaps = page.locator(".coverage-gaps").inner_text()
    assert "Pečovatelská služba chybí v obcích: Buršice, Defurovy Lažany" in gaps
    page.get_by_role("navigation", name="Zúžit tabulku").get_by_role("link", name="Senioři").click()
    expect(page).to_have_url(site_url + PLANNING + "komu/seniori/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Pokrytí obcí sociálními službami: Senioři")
    rows = page.locator(".coverage-table tbody th").all_inner_texts()
    assert "Pečovatelská služba" in rows and "Azylové domy" not in rows
    page.get_by_role("link", name="Pobytová").click()
    rows = page.locator(".coverage-table tbody th").all_inner_texts()
    assert "Domovy pro seniory" in rows and "Pečovatelská služba" not in rows


def test_on_a_phone_the_table_scrolls_within_itself_not_the_page(phone_page, site_url):
    phone_page.goto(site_url + PLANNING)
    assert phone_page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    scroller = phone_page.locator(".table-scroll").first
    assert scroller.evaluate("e => e.scrollWidth > e.clientWidth + 500")
    scroller.evaluate("e => e.scrollLeft = 400")
    assert scroller.evaluate("e => e.scrollLeft") == 400
    # The kind stays in view beside the figures while the row scrolls.
    header = phone_page.locator(".coverage-table tbody th").first.bounding_box()
    assert 0 <= header["x"] < 40


def test_municipality_view_lists_every_service_that_serves_it(browser, site_url):
    with open_page(browser) as page:
        page.goto(site_url + PLANNING + "obce/zichovice/")
        assert run_axe(page) == []
        expect(page.get_by_role("heading", level=1)).to_have_text("Sociální služby pro obec Žichovice")
        table = page.get_by_role("table", name="Služby, které obec Žichovice obsluhují, podle druhu")
        headers = table.locator("thead th").all_inner_texts()
        assert headers == ["Služba", "Poskytovatel", "Druh", "Forma", "Sídlí v obci", "Registrovaná kapacita",
                           "Kontakt na poskytovatele"]
        row = table.locator("tr", has=page.get_by_role("link", name="Pečovatelská služba Žichovice"))
        cells = row.locator("td").all_inner_texts()
        assert cells[0] == "Obec Žichovice" and cells[3] == "ano" and cells[4] == "terénní: 25 klientů"
        assert "@" in cells[5]
        expect(page.locator(".coverage-gaps li", has_text="Denní stacionáře")).to_have_count(1)


def test_municipality_view_prints_on_a4_without_the_site_navigation(page, site_url, tmp_path):
    page.goto(site_url + PLANNING + "obce/horazdovice/")
    page.emulate_media(media="print")
    expect(page.get_by_role("navigation", name="Hlavní nabídka")).to_be_hidden()
    expect(page.locator(".municipality-services")).to_be_visible()
    pdf = tmp_path / "horazdovice.pdf"
    page.pdf(path=str(pdf), prefer_css_page_size=True)
    from pypdf import PdfReader

    first = PdfReader(pdf).pages[0]
    assert (round(float(first.mediabox.width)), round(float(first.mediabox.height))) == (595, 842)  # A4 in points


def test_planning_is_linked_from_the_community_planning_page_only(web_build):
    assert "../planovani/" in parse(web_build / "komunitni-planovani" / "index.html").links
    for page in ("index.html", "sluzby/dluhova-poradna-horazdovice/index.html", "a-z/index.html"):
        assert not any(re.search(r"(^|/)planovani/", link) for link in parse(web_build / page).links), page
