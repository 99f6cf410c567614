"""A renamed service's old addresses (bookmarks, printed QR codes) lead to its new page."""
from __future__ import annotations

import shutil

import pytest
from playwright.sync_api import expect
from site_tools import CONTENT, run_pelican, serve

from web_tools import parse

OLD_KEY = "dluhova-poradna-horazdovice"
NEW_KEY = "dluhova-poradna"
PUBLIC = "https://www.mesto-horazdovice.example/socialni-sluzby/"


@pytest.fixture(scope="module")
def renamed_content(tmp_path_factory):
    """The sample content with the debt advice service renamed, its old keys listed."""
    content = tmp_path_factory.mktemp("renamed") / "content"
    shutil.copytree(CONTENT, content)
    old = content / "services" / f"{OLD_KEY}.yaml"
    text = old.read_text(encoding="utf-8").replace("\nverified:",
                                                   f"\nprevious_keys: [{OLD_KEY}, poradna-dluhy]\nverified:")
    (content / "services" / f"{NEW_KEY}.yaml").write_text(text, encoding="utf-8")
    old.unlink()
    # Stories name services by key, so a rename changes them too (an unknown key there is an error).
    for story in (content / "stories").glob("*.md"):
        story.write_text(story.read_text(encoding="utf-8").replace(OLD_KEY, NEW_KEY), encoding="utf-8")
    return content


@pytest.fixture(scope="module")
def local_build(renamed_content):
    output = renamed_content.parent / "output"
    result = run_pelican(renamed_content, output, "-e", "KATALOG_PDF=false")
    assert result.returncode == 0, result.stderr
    return output


def test_an_old_address_lands_on_the_new_page(local_build, page):
    server, site_url = serve(local_build)
    try:
        for old_key in (OLD_KEY, "poradna-dluhy"):
            page.goto(site_url + f"sluzby/{old_key}/")
            expect(page).to_have_url(site_url + f"sluzby/{NEW_KEY}/")
            expect(page.get_by_role("heading", level=1)).to_have_text("Dluhová poradna Horažďovice")
    finally:
        server.shutdown()


def test_the_forwarding_page_is_kept_out_of_search_engines_and_the_sitemap(local_build):
    forward = local_build / "sluzby" / OLD_KEY / "index.html"
    html = forward.read_text(encoding="utf-8")
    assert f'<meta http-equiv="refresh" content="0; url=../../sluzby/{NEW_KEY}/">' in html
    assert '<meta name="robots" content="noindex">' in html
    assert f'<link rel="canonical" href="{PUBLIC}sluzby/{NEW_KEY}/">' in html
    assert f"../../sluzby/{NEW_KEY}/" in parse(forward).links
    sitemap = (local_build / "sitemap.xml").read_text(encoding="utf-8")
    assert f"<loc>{PUBLIC}sluzby/{NEW_KEY}/</loc>" in sitemap
    assert OLD_KEY not in sitemap and "poradna-dluhy" not in sitemap


def test_a_published_build_forwards_by_absolute_address(renamed_content):
    siteurl = "https://obec.example/pomoc"
    output = renamed_content.parent / "published"
    result = run_pelican(renamed_content, output, "-e", "KATALOG_PDF=false", settings="publishconf.py",
                         env={"KATALOG_SITEURL": siteurl})
    assert result.returncode == 0, result.stderr
    html = (output / "sluzby" / OLD_KEY / "index.html").read_text(encoding="utf-8")
    assert f'<meta http-equiv="refresh" content="0; url={siteurl}/sluzby/{NEW_KEY}/">' in html
    assert f'<a href="{siteurl}/sluzby/{NEW_KEY}/">' in html
