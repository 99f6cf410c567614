"""Czech typesetting rules for every output: no line ends in a one-letter word, a number, § or č.; no acronym splits."""
from __future__ import annotations

import re

NBSP = "\u00a0"
NON_BREAKING_HYPHEN = "\u2011"

# ČSN 01 6910: a one-letter preposition or conjunction (k, s, v, z, o, u, a, i) never ends a line, nor does
# a number before its unit or counted word ("120 Kč", "24 hodin", "1. 10. 2026"), nor § or "č." before theirs.
_ONE_LETTER = re.compile(r"(?<![\w.-])([ksvzouaiKSVZOUAI])[ \t\n]+(?=\S)")
_UNITS = ("Kč", "EUR", "€", "%", "km", "m", "cm", "kg", "l", "min", "minut", "h", "hod", "hodin", "hodiny", "hodinu",
          "den", "dny", "dní", "dnů", "týden", "týdny", "týdnů", "měsíc", "měsíce", "měsíců", "rok", "roky", "let",
          "roků", "osob", "osoby", "lůžek", "lůžka", "míst", "místa", "x", "×")
_NUMBER = re.compile(r"(?<=\d)(\.?)[ \t\n]+(?=\d|(?:" + "|".join(map(re.escape, _UNITS)) + r")(?!\w))")
_LEGAL = re.compile(r"(§|\bč\.|\bodst\.|\bpísm\.)[ \t\n]+(?=\S)")
_COLLECTION = re.compile(r"(?<=\d)[ \t\n]+(?=Sb\.)")
# An acronym with a hyphen ("OS-POD") would break at it like a compound; the non-breaking hyphen looks the same.
_ACRONYM_HYPHEN = re.compile(r"(?<=\b[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]{2})-(?=[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]{2,}\b)"
                             r"|(?<=\b[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]{3})-(?=[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]{2,}\b)")
# Text between tags; the contents of <style> and <script> are code, and tags and attributes are left alone.
_SEPARATOR = "\x00"
_MARKUP = re.compile(r"(<style\b.*?</style>|<script\b.*?</script>|<!--.*?-->|<[^>]*>)", re.S | re.I)


def typeset_text(text: str) -> str:
    """Plain text with the Czech rules applied (non-breaking spaces and hyphens; nothing else changes)."""
    # Twice: in "a v Klatovech" the second word is found only once the first has taken its space.
    for _ in range(2):
        text = _ONE_LETTER.sub(rf"\1{NBSP}", text)
    text = _NUMBER.sub(rf"\1{NBSP}", text)
    text = _LEGAL.sub(rf"\1{NBSP}", text)
    text = _COLLECTION.sub(NBSP, text)
    return _ACRONYM_HYPHEN.sub(NON_BREAKING_HYPHEN, text)


def typeset_html(html: str) -> str:
    """The rules applied to the text of an HTML document or fragment, never to its tags or code."""
    pieces = _MARKUP.split(html)
    # split() keeps the markup at odd places; text (already escaped) is at the even ones. The texts go through
    # the rules as one string (a catalogue has tens of thousands of them); the separator is a character no
    # rule matches across and no text holds (the loader refuses control characters).
    if _SEPARATOR in html:
        pieces[0::2] = [typeset_text(text) for text in pieces[0::2]]
    else:
        pieces[0::2] = typeset_text(_SEPARATOR.join(pieces[0::2])).split(_SEPARATOR)
    return "".join(pieces)


# A word that begins with a capital letter: in Czech (and Ukrainian, English) a proper name or an acronym, or a
# sentence's first word, which loses nothing by staying whole. Hyphenated compounds count as one word.
_WORD = re.compile(r"[^\W\d_][\w\u2011-]*")
# Elements whose text is not laid out as running text, or may not hold markup.
_NOT_RUNNING_TEXT = re.compile(r"<(/?)(head|title|svg|textarea)\b", re.I)
WHOLE_CLASS = "whole"
# WeasyPrint hyphenates no word shorter than this (hyphenate-limit-chars, 5 by default in print CSS): shorter
# names need no span, and every span costs the layout time.
_SHORTEST_HYPHENATED = 5


def _whole(match: re.Match) -> str:
    word = match.group(0)
    if len(word) >= _SHORTEST_HYPHENATED and word[0].isupper():
        return f'<span class="{WHOLE_CLASS}">{word}</span>'
    return word


def keep_names_whole(html: str) -> str:
    """Proper names, acronyms and place names in running text never hyphenate: each capitalised word of the
    body's text goes in a span that print CSS sets with `hyphens: manual` (ČSN 01 6910 advises against dividing
    names; a reader looking for "Horažďovice" should not find "Horaž-" at a line's end)."""
    pieces = _MARKUP.split(html)
    skipped = 0  # how deep inside head, title, svg or textarea
    for index, piece in enumerate(pieces):
        if index % 2:
            if match := _NOT_RUNNING_TEXT.match(piece):
                skipped = max(0, skipped + (-1 if match.group(1) else 1))
        elif not skipped and piece:
            pieces[index] = _WORD.sub(_whole, piece)
    return "".join(pieces)
