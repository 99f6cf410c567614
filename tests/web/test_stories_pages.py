"""Clients' stories on the web: a teaser on the pages of the services and life situations they name, their own pages."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from web_tools import open_page, run_axe

TITLE = "Paní Marie zůstala doma"


@pytest.mark.parametrize("path", ["sluzby/pecovatelska-sluzba-horazdovice/", "sluzby/pujcovna-kompenzacnich-pomucek/",
                                  "situace/stari/", "situace/pece-o-blizke/"])
def test_contract_story_is_teased_on_the_pages_it_names(page, site_url, path):
    page.goto(site_url + path)
    stories = page.get_by_role("region", name="Příběhy klientů")
    expect(stories).to_contain_text("Po pádu a operaci kyčle se paní Marie bála")
    stories.get_by_role("link", name=TITLE).click()
    expect(page).to_have_url(site_url + "pribehy/pani-marie-zustala-doma/")
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(page.locator("article")).to_contain_text("A teď si zase ráno vařím kafe ve své kuchyni.")


def test_story_is_not_on_pages_it_does_not_name(page, site_url):
    page.goto(site_url + "situace/dluhy/")
    expect(page.get_by_role("link", name=TITLE)).to_have_count(0)
    expect(page.get_by_role("link", name="Rodina z Chanovic znovu splácí, co zvládne")).to_have_count(1)


def test_stories_page_lists_every_story_and_passes_axe(browser, site_url):
    with open_page(browser) as page:
        page.goto(site_url + "pribehy/")
        expect(page.locator(".story-teasers > li")).to_have_count(3)
        assert run_axe(page) == []
        page.goto(site_url + "pribehy/pani-marie-zustala-doma/")
        assert run_axe(page) == []
        expect(page.get_by_role("link", name="Pečovatelská služba města Horažďovice")).to_have_count(1)
