"""Every page in every language: lang, reciprocal hreflang, a switch on the phone, translated texts or Czech
marked as Czech, A–Z in the language's alphabet, and no Czech interface words on the Ukrainian and English sites."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from babel.messages.pofile import read_po

from web_tools import PAGES, ROOT, open_page, run_axe

LANGUAGES = {"cs": ("", "cs"), "uk": ("uk/", "uk"), "en": ("en/", "en-GB")}
PUBLIC = "https://www.mesto-horazdovice.example/socialni-sluzby/"
# Pages that exist in every language (content pages exist in the languages they are translated into).
SHARED = {kind: path for kind, path in PAGES.items() if kind not in ("content page", "404")}
SHARED["search"] = "hledat/"
SHARED["news"] = "co-je-noveho/"


class _Alternates(HTMLParser):
    def __init__(self):
        super().__init__()
        self.lang = None
        self.alternates: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        if tag == "link" and attrs.get("rel") == "alternate" and "hreflang" in attrs:
            self.alternates[attrs["hreflang"]] = attrs["href"]


def alternates(output: Path, path: str) -> _Alternates:
    parser = _Alternates()
    parser.feed((output / path / "index.html").read_text(encoding="utf-8"))
    return parser


@pytest.mark.parametrize("kind", SHARED)
def test_each_page_has_its_language_and_names_every_other_both_ways(web_build, kind):
    expected = {tag: PUBLIC + prefix + SHARED[kind] for prefix, tag in LANGUAGES.values()}
    expected["x-default"] = expected["cs"]
    for prefix, tag in LANGUAGES.values():
        page = alternates(web_build, prefix + SHARED[kind])
        assert page.lang == tag
        assert page.alternates == expected, prefix
        for href in page.alternates.values():  # every target exists and points back
            target = urlsplit(href).path.removeprefix("/socialni-sluzby/")
            assert (web_build / target / "index.html").exists(), href


def _visible_text_outside_czech(html: str) -> str:
    """The page's visible words, leaving out what is marked lang="cs" and what is not shown."""
    html = re.sub(r"<(script|style|noscript)\b.*?</\1>", " ", html, flags=re.S)
    words, skipping = [], []
    for token in re.finditer(r"<(/?)(\w+)([^>]*)>|([^<]+)", html):
        closing, tag, attrs, text = token.groups()
        if text is not None:
            if not skipping:
                words.append(text)
        elif closing and skipping and skipping[-1] == tag:
            skipping.pop()
        elif not closing and (skipping or re.search(r'\blang="cs"', attrs or "")) and tag not in VOID:
            skipping.append(tag)
    return " ".join(words)


VOID = {"br", "img", "input", "meta", "link", "hr", "source", "wbr"}


def _czech_interface_words() -> set[str]:
    """Words of the Czech interface (the message ids) that neither the translations nor the sources use: finding
    one outside lang="cs" means an interface text was left in Czech."""
    words: set[str] = set()
    translated = ""
    for language in ("uk", "en"):
        with (ROOT / f"plugins/katalog/locale/{language}/LC_MESSAGES/messages.po").open("rb") as file:
            catalog = read_po(file, locale=language)
        for message in catalog:
            ids = message.id if isinstance(message.id, tuple) else (message.id,)
            for text in ids:
                words.update(w.lower() for w in re.findall(r"[^\W\d_]{5,}", re.sub(r"<[^>]+>|%\(\w+\)\w", " ", text)))
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            translated += " " + " ".join(strings).lower()
    # Words the sources use (names of places, providers and services, which stay Czech inside translations)
    # are content, not interface.
    content = " ".join(path.read_text(encoding="utf-8").lower() for path in (ROOT / "content").rglob("*")
                       if path.suffix in (".yaml", ".md"))
    return {word for word in words if word not in translated and word not in content}


@pytest.mark.parametrize("language", ["uk", "en"])
def test_no_czech_interface_words_outside_lang_cs_on_any_page(web_build, language):
    czech = _czech_interface_words()
    found = {}
    for path in sorted((web_build / language).rglob("*.html")):
        text = _visible_text_outside_czech(path.read_text(encoding="utf-8")).lower()
        left = sorted(word for word in set(re.findall(r"[^\W\d_]{5,}", text)) if word in czech)
        if left:
            found[str(path.relative_to(web_build))] = left
    assert found == {}


def test_a_translated_service_shows_its_translation_and_says_its_language(web_build):
    page = (web_build / "uk/sluzby/poradna-pro-cizince/index.html").read_text(encoding="utf-8")
    assert "<h1>Консультаційний центр для іноземців</h1>" in page
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1))
    assert data["inLanguage"] == "uk" and data["name"] == "Консультаційний центр для іноземців"


def test_an_untranslated_text_is_shown_in_czech_marked_as_czech(web_build):
    page = (web_build / "en/sluzby/domov-pro-seniory-otava/index.html").read_text(encoding="utf-8")
    assert '<h1 lang="cs">Domov pro seniory Otava</h1>' in page
    assert re.search(r'<p class="note-language">[^<]+</p>\s*<div lang="cs">', page)


def test_a_to_z_in_ukrainian_follows_the_ukrainian_alphabet(web_build):
    page = (web_build / "uk/a-z/index.html").read_text(encoding="utf-8")
    nav = re.search(r'<nav class="letters".*?</nav>', page, re.S).group(0)
    letters = re.findall(r'<a href="#pismeno-\d+">([^<]+)</a>', nav)
    cyrillic = [letter for letter in letters if re.match(r"[\u0400-\u04ff]", letter)]
    alphabet = "А Б В Г Ґ Д Е Є Ж З И І Ї Й К Л М Н О П Р С Т У Ф Х Ц Ч Ш Щ Ь Ю Я".split()
    assert cyrillic == sorted(cyrillic, key=alphabet.index) and len(cyrillic) > 5
    assert letters[:len(cyrillic)] == cyrillic  # Czech names after the Ukrainian ones


def test_the_language_switch_is_in_the_first_screen_of_a_phone_and_keeps_the_page(phone_page, site_url):
    phone_page.goto(site_url + "uk/sluzby/vydejna-potravin/")
    switch = phone_page.locator(".language-switch")
    english = switch.get_by_role("link", name="English")
    czech = switch.get_by_role("link", name="Čeština")
    for link in (english, czech):
        box = link.bounding_box()
        assert box and box["y"] + box["height"] <= 740
    assert switch.locator('[aria-current="true"]').inner_text() == "Українська"
    english.click()
    assert phone_page.url == site_url + "en/sluzby/vydejna-potravin/"
    assert phone_page.locator("html").get_attribute("lang") == "en-GB"


@pytest.mark.parametrize("path", ["uk/", "uk/sluzby/poradna-pro-cizince/", "en/sluzby/domov-pro-seniory-otava/",
                                  "uk/hledat/", "en/a-z/"])
def test_axe_finds_no_violation_in_other_languages(browser, site_url, path):
    with open_page(browser) as page:
        page.goto(site_url + path)
        violations = run_axe(page)
    assert violations == [], "\n".join(f"{v['id']}: {v['help']} {v['nodes'][:3]}" for v in violations)
