"""Czech typesetting (katalog.typesetting), the one function the PDFs, the leaflets and the web share."""
from __future__ import annotations

import pytest
from markupsafe import Markup

from katalog.typesetting import NBSP, NON_BREAKING_HYPHEN, keep_names_whole, typeset_html, typeset_text
from katalog.templating import typeset


@pytest.mark.parametrize("text, kept_together", [
    ("Pomoc v krizi a s dluhy i u soudu", ["v krizi", "a s dluhy", "i u soudu"]),
    ("K dispozici je i Kč", ["K dispozici", "i Kč"]),
    ("Poplatek 120 Kč za 24 hodin, od 55 let, 10 %", ["120 Kč", "24 hodin", "55 let", "10 %"]),
    ("Uzavřeno od 1. 10. 2026", ["1. 10. 2026"]),
    ("Podle § 66 zákona č. 108/2006 Sb.", ["§ 66", "č. 108/2006 Sb."]),
])
def test_words_that_must_not_end_a_line_keep_a_non_breaking_space(text, kept_together):
    result = typeset_text(text)
    for words in kept_together:
        assert words.replace(" ", NBSP) in result, words
    assert result.replace(NBSP, " ") == text, "nothing but the spaces changes"


def test_ordinary_words_and_numbers_before_them_still_break():
    assert typeset_text("12 lidí do konce") == "12 lidí do konce"


def test_an_acronym_keeps_its_hyphen_but_a_compound_word_may_break():
    assert typeset_text("OS-POD Klatovy") == f"OS{NON_BREAKING_HYPHEN}POD Klatovy"
    assert typeset_text("sociálně-právní") == "sociálně-právní"


def test_html_tags_attributes_and_code_are_left_alone():
    html = '<p class="a b" title="v lese">v lese <a href="s x">a k</a></p><style>a b { }</style><!-- v a -->'
    assert typeset_html(html) == (f'<p class="a b" title="v lese">v{NBSP}lese <a href="s x">a{NBSP}k</a></p>'
                                  "<style>a b { }</style><!-- v a -->")


def test_the_template_filter_keeps_html_as_html_and_escapes_text():
    assert typeset(Markup("<em>v lese</em>")) == Markup(f"<em>v{NBSP}lese</em>")
    assert not isinstance(typeset("a <b>"), Markup), "plain text stays plain, Jinja escapes it"


def test_capitalised_words_of_running_text_are_kept_whole_but_not_in_head_or_svg():
    html = ('<html><head><title>Město Horažďovice</title></head><body><p class="Velký">Poradna v Horažďovicích, '
            'OS\u2011POD a <a href="https://x.example/A">Úřadu práce</a>.</p><svg><title>QR Kód</title></svg></body></html>')
    kept = keep_names_whole(html)
    assert '<title>Město Horažďovice</title>' in kept and '<title>QR Kód</title>' in kept
    assert ('<p class="Velký"><span class="whole">Poradna</span> v <span class="whole">Horažďovicích</span>, '
            '<span class="whole">OS\u2011POD</span> a <a href="https://x.example/A"><span class="whole">Úřadu</span> '
            'práce</a>.</p>') in kept
    # Words too short for the layout to hyphenate (under five letters) need no span.
    assert keep_names_whole("<p>Bor a Kdyně</p>") == '<p>Bor a <span class="whole">Kdyně</span></p>'
    # Ukrainian names too; text without capitals is left as it is.
    assert keep_names_whole("<p>у місті Горажďовіце</p>") == '<p>у місті <span class="whole">Горажďовіце</span></p>'
