"""Alphabetical order per language, from the alphabet in labels/<code>.yaml: Czech 'ch' after 'h' and č ř š ž
as letters of their own, Ukrainian ґ є і ї in their places, accents otherwise a second-level difference."""
from __future__ import annotations

import functools
import unicodedata

from .taxonomy import SOURCE_LANGUAGE, read_labels

# Letters of no alphabet sort after those of the page's alphabet, by code point.
_UNLISTED = 10_000


class Collation:
    """Sort keys for one alphabet, given as its letters in order ('ch' may be one letter)."""

    def __init__(self, letters: list[str], fallback: Collation | None = None):
        self.rank = {letter: index + 1 for index, letter in enumerate(letters)}
        # Longest first, so 'ch' is read as one letter before 'c' is.
        self.digraphs = sorted((letter for letter in letters if len(letter) > 1), key=len, reverse=True)
        # A Ukrainian list holds Czech names too (untranslated ones, places): those sort by the Czech alphabet,
        # after the page's own letters.
        self.fallback = fallback

    def _letters(self, text: str):
        lowered = unicodedata.normalize("NFC", text.lower())
        index = 0
        while index < len(lowered):
            letter = next((d for d in self.digraphs if lowered.startswith(d, index)), lowered[index])
            index += len(letter)
            yield letter

    def _primary(self, letter: str) -> int:
        if letter in self.rank:
            return self.rank[letter]
        base = unicodedata.normalize("NFD", letter)[0]
        if base in self.rank:
            return self.rank[base]
        if self.fallback is not None:
            return _UNLISTED + self.fallback._primary(letter)
        return 2 * _UNLISTED + ord(base)

    def _is_letter_of_its_own(self, letter: str) -> bool:
        return letter in self.rank or (self.fallback is not None and self.fallback._is_letter_of_its_own(letter))

    def initial(self, text: str) -> str:
        """The letter a text is filed under in an A–Z list: 'Ch' and 'Č' in Czech, 'Є' in Ukrainian, but 'A'
        for 'Á', whose accent is not a letter of its own."""
        for letter in self._letters(text):
            if not letter.isalnum():
                continue
            if not self._is_letter_of_its_own(letter):
                letter = unicodedata.normalize("NFD", letter)[0]
            return letter[:1].upper() + letter[1:]
        return "#"

    def sort_key(self, text: str) -> tuple:
        """Primary letters first; a letter the alphabet lacks sorts with its unaccented base, after it."""
        primary, secondary = [], []
        for letter in self._letters(text):
            if letter.isalnum():
                primary.append(self._primary(letter))
                secondary.append(0 if letter in self.rank else ord(letter[0]))
        return tuple(primary), tuple(secondary), text


@functools.cache
def collation(language: str) -> Collation:
    """The collation of a language, with Czech for the letters its alphabet lacks; a language without an
    alphabet in its labels sorts by the Czech one (other scripts by code point after it)."""
    czech = Collation(read_labels(SOURCE_LANGUAGE)["alphabet"].split())
    if language == SOURCE_LANGUAGE:
        return czech
    letters = read_labels(language).get("alphabet")
    return Collation(letters.split(), fallback=czech) if letters else czech


def sort_key(text: str, language: str = SOURCE_LANGUAGE) -> tuple:
    """A key that sorts text as a dictionary of the language does."""
    return collation(language).sort_key(text)
