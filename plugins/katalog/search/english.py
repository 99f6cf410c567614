"""English text pipeline for lunr: normalisation, lunr's stop words, the Porter stemmer of lunr.js."""
from __future__ import annotations

import functools

from lunr.stemmer import PorterStemmer
from lunr.stop_word_filter import WORDS as LUNR_STOP_WORDS

from .pipeline import LanguagePipeline, fold, join_apostrophes, normalise, tokenise

# theme/static/js/english-search.js repeats every rule and list below; tests/search/test_parity_languages.py
# checks that both give the same tokens.

# lunr's own list, and the words a query is wrapped in that no service text is about
# ("I need somewhere to stay", "don't have money"); apostrophes are gone by then: dont, im.
STOP_WORDS = frozenset(LUNR_STOP_WORDS) | frozenset("""
    need needs want wants looking find please im ive id dont cant wont isnt near nearby someone somewhere
    anyone anybody somebody anywhere really
""".split())


class _LunrJsPorterStemmer(PorterStemmer):
    """lunr.py's Porter stemmer, with step 1c as lunr.js has it."""

    def step1c(self):
        # lunr.py turns a final y into i after any vowel in the stem (lay → lai), lunr.js only right
        # after a consonant and after at least two letters (try → tri, lay stays). Over the 73,604
        # words of Debian's wamerican list this was the only difference (982 words).
        if self.ends("y") and self.k - self.k0 >= 2 and self.b[self.k - 1] not in "aeiou":
            self.b = self.b[: self.k] + "i" + self.b[self.k + 1:]


_PORTER = _LunrJsPorterStemmer()


@functools.lru_cache(maxsize=65536)
def words(text: str) -> tuple[str, ...]:
    """The words of a text: lower case, without diacritics, apostrophes inside a word dropped (don’t → dont)."""
    return tuple(fold(word) for word in tokenise(join_apostrophes(normalise(text))))


def is_stop_word(token: str) -> bool:
    """True for an English function word or a word that only wraps a query."""
    return token in STOP_WORDS


@functools.lru_cache(maxsize=65536)
def stem(token: str) -> str:
    """The Porter stem of a lower-case word, as lunr.js gives it."""
    return _PORTER.stem(token)


PIPELINE = LanguagePipeline("english", words, is_stop_word, stem)
