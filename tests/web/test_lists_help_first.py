"""Lists put help first: open services before temporarily closed ones (which say so), a village's own services
at the top of its page, and the kinds central to a life situation at the top of its page."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import expect

CONTENT = Path(__file__).resolve().parents[2] / "content"
CARD_LINK = re.compile(r'<li class="service-card">\s*<h\d class="service-card-title"><a href="[^"]*sluzby/([^/"]+)/"')
CLOSED = {path.stem for path in (CONTENT / "services").glob("*.yaml")
          if yaml.safe_load(path.read_text(encoding="utf-8"))["status"] == "temporarily-closed"}
VILLAGE_GROUPS = ["Přímo v obci", "Přijedou za vámi", "Pro celý region", "Celostátní linky"]


def cards(page) -> list[str]:
    """The keys of the services a browse page lists, in its order."""
    return [href.rstrip("/").rsplit("/", 1)[-1]
            for href in page.locator(".service-card-title a").evaluate_all("links => links.map(a => a.href)")]


def group_headings(page) -> list[str]:
    return [re.sub(r"\s*\(\d+\)$", "", text) for text in page.locator(".service-group > h2").all_inner_texts()]


def test_the_sample_has_temporarily_closed_services():
    assert {"klub-senioru-velky-bor", "nizkoprahove-denni-centrum"} <= CLOSED


def test_a_village_page_leads_with_its_own_care_service_then_groups_the_rest(page, site_url):
    page.goto(site_url + "obce/zichovice/")
    assert cards(page)[0] == "pecovatelska-sluzba-zichovice"
    assert group_headings(page) == VILLAGE_GROUPS
    here = page.locator(".service-group-here")
    expect(here.locator(".service-card")).to_have_count(1)
    nationwide = cards(page.locator(".service-group-nationwide"))
    assert {"tisnove-volani", "linka-prvni-psychicke-pomoci", "senior-telefon"} <= set(nationwide)
    visiting = cards(page.locator(".service-group-visiting"))
    assert "osobni-asistence" in visiting and "tisnove-volani" not in visiting


def test_a_town_page_lists_its_local_services_first_and_a_neighbours_service_nearby(page, site_url):
    page.goto(site_url + "obce/horazdovice/")
    assert group_headings(page) == ["Přímo v obci", "Přijedou za vámi", "V okolí, i pro vaši obec",
                                    "Pro celý region", "Celostátní linky"]
    assert "dluhova-poradna-horazdovice" in cards(page.locator(".service-group-here"))
    assert cards(page.locator(".service-group-nearby")) == ["klub-senioru-velky-bor"]


@pytest.mark.parametrize("language, headings", [
    ("uk/", ["Безпосередньо в населеному пункті", "Приїдуть до вас", "Для всього регіону", "Загальнодержавні лінії"]),
    ("en/", ["In the municipality itself", "They come to you", "For the whole region", "Nationwide helplines"]),
])
def test_a_village_page_names_its_groups_in_the_page_language(page, site_url, language, headings):
    page.goto(site_url + language + "obce/zichovice/")
    assert group_headings(page) == headings
    assert cards(page)[0] == "pecovatelska-sluzba-zichovice"


@pytest.mark.parametrize("path, first", [("situace/stari/", "pecovatelska-sluzba"),
                                         ("situace/ztrata-prace/", "urad-prace-horazdovice")])
def test_a_life_situation_page_leads_with_the_kinds_central_to_it(page, site_url, path, first):
    page.goto(site_url + path)
    listed = cards(page)
    assert listed[0].startswith(first)
    assert listed[0] not in CLOSED


def test_under_old_age_the_closed_club_comes_last_and_says_it_is_closed(page, site_url):
    page.goto(site_url + "situace/stari/")
    assert cards(page)[-1] == "klub-senioru-velky-bor"
    last = page.locator(".service-card").last
    expect(last.locator(".badge-closed")).to_have_text("Dočasně uzavřeno")
    expect(page.locator(".service-card .badge-closed")).to_have_count(1)


def test_every_browse_list_puts_closed_services_last_and_marks_them(web_build):
    """Kinds, target groups, life situations, forms, providers and each group of a municipality's page."""
    checked = 0
    for folder in ("druhy", "komu", "situace", "formy", "poskytovatele", "obce"):
        for path in (web_build / folder).glob("*/index.html"):
            html = path.read_text(encoding="utf-8")
            parts = html.split('<section class="service-group') if folder == "obce" else [html]
            for part in parts:
                keys = CARD_LINK.findall(part)
                closed_at = [index for index, key in enumerate(keys) if key in CLOSED]
                assert closed_at == list(range(len(keys) - len(closed_at), len(keys))), path
                checked += bool(closed_at)
            for key in CLOSED & set(CARD_LINK.findall(html)):
                card = html[html.index(f"sluzby/{key}/"):].split("</li>", 1)[0]
                assert "badge-closed" in card, (path, key)
    assert checked > 10


def test_the_a_to_z_list_stays_alphabetical_and_marks_closed_services(page, site_url):
    page.goto(site_url + "a-z/")
    item = page.locator(".a-to-z-list li", has=page.locator('a[href$="sluzby/klub-senioru-velky-bor/"]'))
    expect(item.locator(".badge-closed")).to_have_text("dočasně uzavřeno")
