"""'Co je nového': the page and the Atom feed list the most recently verified services, newest first."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from site_tools import CONTENT, SAMPLE_LANGUAGES, run_pelican

from katalog import urls
from katalog.editors.news import NEWS_LIMIT
from katalog.loader import load_catalogue

ATOM = "{http://www.w3.org/2005/Atom}"
SITEURL = "https://www.mesto-horazdovice.example/socialni-sluzby"


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """A web-only publish build of the sample content, and the catalogue it was made from."""
    output = tmp_path_factory.mktemp("news") / "out"
    result = run_pelican(CONTENT, output, "-e", "KATALOG_PDF=false", settings="publishconf.py",
                         env={"KATALOG_SITEURL": SITEURL})
    assert result.returncode == 0, result.stderr
    return output, load_catalogue(CONTENT, languages=SAMPLE_LANGUAGES)


def _expected(catalogue):
    newest = sorted(catalogue.published, key=lambda s: s.verified, reverse=True)
    cutoff = newest[NEWS_LIMIT - 1].verified
    return newest, cutoff


def test_the_feed_lists_the_newest_services_with_absolute_links(published):
    output, catalogue = published
    feed = ET.parse(output / urls.FEED).getroot()

    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == min(NEWS_LIMIT, len(catalogue.published))
    dates = [entry.findtext(f"{ATOM}updated") for entry in entries]
    assert dates == sorted(dates, reverse=True)
    newest, cutoff = _expected(catalogue)
    assert feed.findtext(f"{ATOM}updated") == f"{newest[0].verified.isoformat()}T00:00:00Z"
    assert all(d[:10] >= cutoff.isoformat() for d in dates)
    first = entries[0]
    link = first.find(f"{ATOM}link").get("href")
    assert link.startswith(SITEURL + "/sluzby/")
    service = catalogue.services[link.rstrip("/").rsplit("/", 1)[1]]
    assert first.findtext(f"{ATOM}title") == service.name
    assert first.findtext(f"{ATOM}summary") == service.summary
    assert first.findtext(f"{ATOM}id") == f"{link}#{service.verified.isoformat()}"
    assert feed.find(f"{ATOM}link[@rel='self']").get("href") == f"{SITEURL}/{urls.FEED}"


def test_the_page_lists_the_same_services_and_links_the_feed(published):
    output, catalogue = published
    page = (output / urls.save_as(urls.NEWS)).read_text(encoding="utf-8")
    feed = ET.parse(output / urls.FEED).getroot()

    assert re.search(r'<link rel="alternate" type="application/atom\+xml"[^>]*href="'
                     + re.escape(f"{SITEURL}/{urls.FEED}") + '"', page.split("</head>")[0])
    assert "<h1>Co je nového</h1>" in page
    page_links = re.findall(r'<h2><a href="([^"]+)">', page)
    feed_links = [entry.find(f"{ATOM}link").get("href") for entry in feed.findall(f"{ATOM}entry")]
    assert page_links == feed_links
    first = catalogue.services[feed_links[0].rstrip("/").rsplit("/", 1)[1]]
    assert f'<time datetime="{first.verified.isoformat()}">{first.verified.day}. {first.verified.month}. ' in page
