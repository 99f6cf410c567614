"""The home and search pages stay light and load no search data until a search; no page asks another server for anything."""
from __future__ import annotations

import pytest

from web_tools import PAGES


def _load(page, url) -> list[tuple[str, int]]:
    finished = []
    page.on("requestfinished", lambda request: finished.append(request))
    page.goto(url, wait_until="networkidle")
    return [(request.url, request.sizes()["responseBodySize"] + request.sizes()["responseHeadersSize"])
            for request in finished]


def test_home_page_is_at_most_100_kb_and_loads_no_search_data(page, site_url):
    requests = _load(page, site_url)
    assert sum(size for _, size in requests) <= 100_000, requests
    assert not [url for url, _ in requests if url.endswith(".json") or "search" in url], requests


@pytest.mark.parametrize("kind", ["home", "service", "emergency", "my list", "municipality"])
def test_no_request_leaves_the_site(page, site_url, kind):
    attempted = []
    page.on("request", lambda request: attempted.append(request.url))
    page.goto(site_url + PAGES[kind], wait_until="networkidle")
    assert attempted and all(url.startswith(site_url) for url in attempted), attempted


def test_search_page_is_light_until_the_box_is_used(page, site_url):
    requests = _load(page, site_url + "hledat/")
    assert sum(size for _, size in requests) <= 100_000, requests
    assert not [url for url, _ in requests if url.split("?")[0].endswith(".json") or "lunr" in url], requests
    with page.expect_request_finished(lambda request: request.url.endswith("/lunr.min.js")) as lunr:
        page.focus("#q")
    # The released minified lunr.js, about a third of the full one.
    assert lunr.value.sizes()["responseBodySize"] <= 35_000
