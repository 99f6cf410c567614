"""No interface text outside the gettext catalogs (issue 10): a Czech word left in a template, a script or a
stylesheet would stay Czech in every language. Text inside `{{ _("…") }}`, `{% trans %}` blocks, comments and
code is fine; the rest of a file must hold no Czech word (a word with a Czech letter) and no text node or
readable attribute of plain letters."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from site_tools import ROOT

TEMPLATES = ROOT / "theme" / "templates"
SCRIPTS = ROOT / "theme" / "static" / "js"
STYLESHEETS = [ROOT / "theme" / "static" / "css", ROOT / "theme" / "print"]

CZECH_WORD = re.compile(r"\w*[áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]\w*")
# Text a reader sees although it is no text node: an image's alternative, a label, a tooltip, a description.
READABLE_ATTRIBUTE = re.compile(r'\b(?:alt|title|aria-label|placeholder|data-bookmark|data-sample-mark)="([^"]*)"'
                                r'|<meta (?:name|property)="(?:author|description|og:title|og:description)" content="([^"]*)"')
TEXT_NODE = re.compile(r">([^<>]*)<")
WORDS = re.compile(r"[^\W\d_]{2,}")

# What must stay as it is, with the reason. Keys are paths below the project; values the exact texts allowed.
ALLOWED = {
    # The supervising authority's postal address, a proper name the page marks lang="cs" in every language.
    "theme/templates/accessibility.html": {"Ministerstvo vnitra, Nad Štolou 936/3, 170 34 Praha 7"},
    # The language switch says "Language" in English too, so that a reader who reads no Czech finds it.
    "theme/templates/macros/web.html": {"/ Language"},
    # The names of the two map services a location links to.
    "theme/templates/service.html": {"OpenStreetMap", "Mapy.cz"},
}
# Whole blocks that are language data, not interface text: Czech stop words of the search's stemmer.
DATA_BLOCKS = {"theme/static/js/czech-search.js": re.compile(r"STOP_WORDS = new Set\(`.*?`", re.S)}


_JINJA_COMMENT = re.compile(r"\{#.*?#\}", re.S)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_TRANS_BLOCK = re.compile(r"\{%-?\s*trans\b.*?\{%-?\s*endtrans\s*-?%\}", re.S)
_GETTEXT_CALL = re.compile(r"""\b(?:_|gettext|ngettext)\(\s*(?:"[^"]*"|'[^']*')(?:\s*,\s*(?:"[^"]*"|'[^']*'))?""")
_JINJA_CODE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
_BLOCK_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_LINE_COMMENT = re.compile(r"(?<![:\"'\\])//.*")


def without_translated(template: str) -> str:
    """The template without what gettext handles or nobody reads: comments, trans blocks, _("…") texts."""
    for pattern in (_JINJA_COMMENT, _HTML_COMMENT, _TRANS_BLOCK):
        template = pattern.sub("", template)
    return _GETTEXT_CALL.sub("_(", template)


def untranslated_texts(template: str) -> list[str]:
    """Czech words anywhere (expressions' string literals included), and any words in text nodes and
    readable attributes once the Jinja code is taken out."""
    rest = without_translated(template)
    found = CZECH_WORD.findall(rest)
    markup = _JINJA_CODE.sub(" ", rest)
    attributes = [value for pair in READABLE_ATTRIBUTE.findall(markup) for value in pair if value]
    for text in TEXT_NODE.findall(markup) + attributes:
        if WORDS.search(text.replace("&nbsp;", " ")):
            found.append(text.strip())
    return found


def code_texts(source: str) -> list[str]:
    """Czech words in a script or stylesheet outside its comments."""
    return CZECH_WORD.findall(_LINE_COMMENT.sub("", _BLOCK_COMMENT.sub("", source)))


def _relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _allowed(path: Path, texts: list[str]) -> list[str]:
    allowed = ALLOWED.get(_relative(path), set())
    return [text for text in texts if not any(text in phrase for phrase in allowed)]


def _without_data(path: Path, source: str) -> str:
    block = DATA_BLOCKS.get(_relative(path))
    return block.sub("", source) if block else source


TEMPLATE_FILES = sorted(TEMPLATES.rglob("*.html"))
CODE_FILES = sorted(SCRIPTS.rglob("*.js")) + sorted(path for folder in STYLESHEETS for path in folder.rglob("*.css"))


@pytest.mark.parametrize("path", TEMPLATE_FILES, ids=_relative)
def test_templates_say_nothing_outside_gettext(path):
    texts = _allowed(path, untranslated_texts(path.read_text(encoding="utf-8")))
    assert texts == [], f"{_relative(path)}: put these through gettext ({{{{ _('…') }}}} or {{% trans %}}): {texts}"


@pytest.mark.parametrize("path", CODE_FILES, ids=_relative)
def test_scripts_and_stylesheets_hold_no_czech_text(path):
    texts = code_texts(_without_data(path, path.read_text(encoding="utf-8")))
    assert texts == [], (f"{_relative(path)}: interface text belongs in the page (browser_texts in "
                         f"katalog/browsertexts.py, or the template): {texts}")


@pytest.mark.parametrize("text", [
    '<p>Vydání {{ book.edition|date }}</p>',
    '<h1>Obsah</h1>',
    '<img src="x.png" alt="Logo">',
    '{{ planning.table(coverage, "Služby podle druhu") }}',
    '<nav aria-label="Contents">',
    '<meta name="description" content="Social services">',
])
def test_the_scan_finds_a_hard_coded_text(text):
    assert untranslated_texts(text)


@pytest.mark.parametrize("text", [
    '<p>{{ _("Vydání") }} {{ book.edition|date }}</p>',
    '<p>{% trans date=d %}Vydání {{ date }}{% endtrans %}</p>',
    '{# Poznámka česky #}<h1>{{ title }}</h1>',
    '<img alt="{{ _("Logo: %(town)s", town=town) }}">',
    '<span aria-hidden="true">✕</span>&nbsp;{{ _("chybí") }}',
])
def test_the_scan_lets_translated_text_pass(text):
    assert untranslated_texts(text) == []
