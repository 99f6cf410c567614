"""Czech alphabetical order: 'ch' after 'h', č ř š ž as letters of their own, other accents secondary."""
from __future__ import annotations

import unicodedata

_ALPHABET = "aábcčdďeéěfghXiíjklmnňoópqrřsštťuúůvwxyýzž"  # X stands for 'ch'
_PRIMARY = {}
_rank = 0
for _letter in _ALPHABET:
    _base = unicodedata.normalize("NFD", _letter)[0]
    # č ř š ž and 'ch' are letters of their own; á, ď, é … sort with their base letter first.
    if _letter in "čřšžX" or _letter == _base:
        _rank += 1
    _PRIMARY[_letter] = _rank


def sort_key(text: str) -> tuple:
    """A key that sorts Czech text as a Czech dictionary does (primary letters, then accents)."""
    lowered = unicodedata.normalize("NFC", text.lower()).replace("ch", "X")
    primary = tuple(_PRIMARY.get(ch, 1000 + ord(ch)) for ch in lowered if ch.isalnum())
    secondary = tuple(_ALPHABET.find(ch) for ch in lowered if ch.isalnum())
    return primary, secondary, text
