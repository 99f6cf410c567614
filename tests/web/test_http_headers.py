"""The HTTP headers the README gives the town's web server: the site works under them in Chromium."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from site_tools import ROOT, serve
from web_tools import PAGES

README = (ROOT / "README.md").read_text(encoding="utf-8")
SECTION = README.split("## HTTP headers for the town's web server", 1)[1].split("\n## ", 1)[0]
# Collects what the Content-Security-Policy blocks, from before any script of the page runs.
RECORD_VIOLATIONS = """window.violations = [];
document.addEventListener('securitypolicyviolation',
    e => window.violations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline')));"""


def snippet(language: str) -> str:
    return re.search(rf"```{language}\n(.*?)```", SECTION, re.DOTALL)[1]


def headers(language: str, line: str) -> dict[str, str]:
    return dict(re.findall(line, snippet(language)))


NGINX = headers("nginx", r'add_header ([\w-]+) "([^"]+)" always;')
APACHE = headers("apache", r'Header always set ([\w-]+) "([^"]+)"')


def test_nginx_and_apache_send_the_same_headers():
    assert NGINX == APACHE
    assert {"Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy"} == set(NGINX)
    assert "frame-ancestors" in NGINX["Content-Security-Policy"] and NGINX["X-Content-Type-Options"] == "nosniff"
    assert "'unsafe-inline'" not in NGINX["Content-Security-Policy"]


@pytest.fixture(scope="module")
def strict_site(web_build):
    server, url = serve(web_build, NGINX)
    yield url
    server.shutdown()


@pytest.fixture
def watched(page):
    page.add_init_script(RECORD_VIOLATIONS)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: message.type == "error"
            and not message.location.get("url", "").endswith("favicon.ico") and errors.append(message.text))
    return page, errors


@pytest.mark.parametrize("kind", sorted(PAGES))
def test_every_kind_of_page_loads_without_a_violation(watched, strict_site, kind):
    page, errors = watched
    response = page.goto(strict_site + PAGES[kind], wait_until="networkidle")
    assert response.headers["content-security-policy"] == NGINX["Content-Security-Policy"]
    assert page.evaluate("window.violations") == [] and errors == []
    # The town's colours arrive from their stylesheet: the header is the accent colour, not the default.
    assert page.evaluate("getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()") \
        == "#0b5c8a"


def test_search_and_my_list_work_under_the_policy(watched, strict_site):
    page, errors = watched
    page.goto(strict_site + "hledat/?q=dluhy")
    expect(page.locator("#hledani-vysledky .service-card-title").first).to_be_visible()
    page.goto(strict_site + "sluzby/dluhova-poradna-horazdovice/")
    page.get_by_role("button", name="Přidat do mého seznamu").click()
    expect(page.get_by_role("status")).to_contain_text("Přidáno")
    page.goto(strict_site + "muj-seznam/", wait_until="networkidle")
    expect(page.locator(".my-list-item:visible")).to_have_count(1)
    assert page.evaluate("window.violations") == [] and errors == []


def test_the_policy_does_block_what_the_site_does_not_use(watched, strict_site):
    """The watch above sees violations: an inline style and a script from elsewhere are refused."""
    page, _ = watched
    page.goto(strict_site, wait_until="networkidle")
    page.evaluate("""() => {
        const style = document.createElement('style'); style.textContent = 'body { color: red }';
        document.head.appendChild(style);
        const script = document.createElement('script'); script.src = 'https://evil.example/x.js';
        document.head.appendChild(script);
    }""")
    page.wait_for_function("window.violations.length >= 2")
    assert page.evaluate("getComputedStyle(document.body).color") != "rgb(255, 0, 0)"
