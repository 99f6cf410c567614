"""Every internal link of the web section works when the site is served under a sub-path."""
from __future__ import annotations

import urllib.error
import urllib.request
from urllib.parse import urldefrag, urljoin, urlsplit

from web_tools import PageParser, parse


def _fetch(url: str) -> tuple[int, bytes, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read(), response.headers.get_content_type()
    except urllib.error.HTTPError as error:
        return error.code, b"", ""


def _links(url: str, body: bytes) -> list[str]:
    parser = PageParser()
    parser.feed(body.decode("utf-8"))
    # A link to a fragment of the same page is not a request: the skip link works at any address.
    return [urldefrag(urljoin(url, link)).url for link in parser.links if not link.startswith("#")]


def _crawl(start: str, site_url: str) -> tuple[set[str], list[str]]:
    host = urlsplit(site_url).netloc
    seen, broken, queue = {start}, [], [(start, "(start)")]
    while queue:
        url, referrer = queue.pop()
        status, body, content_type = _fetch(url)
        if status != 200:
            broken.append(f"{url} ({status}) linked from {referrer}")
            continue
        if content_type != "text/html":
            continue
        for link in _links(url, body):
            parts = urlsplit(link)
            if parts.scheme not in ("http", "https") or parts.netloc != host:
                continue  # tel:, mailto: and other sites' pages are not ours to check
            if not link.startswith(site_url):
                broken.append(f"{link} leaves the sub-path, linked from {url}")
            elif link not in seen:
                seen.add(link)
                queue.append((link, url))
    return seen, broken


def test_crawl_from_home_finds_no_broken_link(site_url, web_build):
    seen, broken = _crawl(site_url, site_url)
    assert not broken, "\n".join(broken)
    pages = {str(path.relative_to(web_build).parent) for path in web_build.rglob("index.html")}
    # sluzby/ only forwards a shortened address to the A–Z list (test_journeys), in every language.
    pages -= {"sluzby", "uk/sluzby", "en/sluzby"}
    reached = {urlsplit(url).path.removeprefix(urlsplit(site_url).path).rstrip("/") or "." for url in seen}
    assert not pages - reached, f"pages no link leads to: {sorted(pages - reached)}"


def test_404_page_links_work_from_any_address(site_url):
    """A server shows 404.html at the missing address itself, so its links must not be relative."""
    status, body, _ = _fetch(site_url + "404.html")
    assert status == 200
    missing = site_url + "sluzby/zrusena-sluzba/stara/"
    for link in _links(missing, body):
        if urlsplit(link).scheme in ("http", "https") and link.startswith(site_url.split("/socialni")[0]):
            assert _fetch(link)[0] == 200, f"{link} is broken when 404.html is shown at {missing}"


def test_every_link_is_web_mail_phone_or_within_the_site(web_build):
    """Provider text included: no javascript:, file: or data: link, no address whose scheme a browser guesses."""
    wrong = []
    for path in web_build.rglob("*.html"):
        for link in parse(path).links:
            scheme = urlsplit(link).scheme
            if scheme not in ("", "http", "https", "mailto", "tel") or link.startswith("//"):
                wrong.append(f"{path.relative_to(web_build)}: {link}")
    assert wrong == []
    service = (web_build / "sluzby" / "centrum-dusevniho-zdravi" / "index.html").read_text(encoding="utf-8")
    assert 'href="https://duse-pootavi.example/cdz/prvni-navsteva"' in service, "the description's own link"
