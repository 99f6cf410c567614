"""What every language's search pipeline shares: text normalisation, word splitting and the lunr plumbing."""
from __future__ import annotations

import re
import unicodedata
from typing import Callable

from lunr.builder import Builder
from lunr.pipeline import Pipeline
from lunr.tokenizer import Tokenizer

# The apostrophes people type inside a word: ʼ (the Ukrainian letter), ' ’ ‘ and the backtick.
# Cyrillic and Cyrillic Supplement: a word with such a letter is in no Czech text.
CYRILLIC = re.compile("[\u0400-\u052f]")
_APOSTROPHE_RUN = re.compile("[\u02bc'\u2019\u2018`]+")


def normalise(text: str) -> str:
    """NFKC, characters outside the BMP replaced by spaces, lower case."""
    # lunr.js sorts terms by UTF-16 code unit and lunr.py by code point; they only disagree
    # outside the BMP (lunr.py issue #144). Such characters are emoji in practice: separators.
    text = unicodedata.normalize("NFKC", text)
    return "".join(" " if ord(char) > 0xFFFF else char for char in text).lower()


def tokenise(text: str) -> list[str]:
    """Split text on every character that is not a Unicode letter or number."""
    words, word = [], []
    for char in text:
        if unicodedata.category(char)[0] in "LN":
            word.append(char)
        elif word:
            words.append("".join(word))
            word = []
    if word:
        words.append("".join(word))
    return words


def fold(token: str) -> str:
    """Strip diacritics: the nonspacing marks of the canonical decomposition."""
    decomposed = unicodedata.normalize("NFD", token)
    return "".join(char for char in decomposed if unicodedata.category(char) != "Mn")


def join_apostrophes(text: str) -> str:
    """Drop every run of apostrophes between two letters, so that сім'я, сімʼя, сім’я and сімя are one word."""
    def keep_unless_inside_a_word(run: re.Match) -> str:
        before, after = run.start() - 1, run.end()
        # A run is maximal, so its neighbours are no apostrophes (ʼ is a letter to Unicode).
        inside = before >= 0 and after < len(text) and all(
            unicodedata.category(text[position])[0] == "L" for position in (before, after))
        return "" if inside else run.group()

    return _APOSTROPHE_RUN.sub(keep_unless_inside_a_word, text)


# Joins the stems of a phrase's words into one index term; no word holds it, so no word meets a phrase.
PHRASE_JOINER = "_"


def remove_ending(word: str, endings: tuple[str, ...], min_stem: int) -> str:
    """The word without the first of the endings it has, if as much as min_stem letters remain."""
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= min_stem:
            return word[: -len(ending)]
    return word


class LanguagePipeline:
    """A language's rules (its words, stop words and stemmer) as lunr pipeline functions and as plain functions."""

    def __init__(self, label: str, words: Callable[[str], tuple[str, ...]],
                 is_stop_word: Callable[[str], bool], stem: Callable[[str], str]):
        self.label, self.words, self.is_stop_word, self.stem = label, words, is_stop_word, stem

        def trimmer(token, i=None, tokens=None):
            """Normalise a token and split it into the language's words."""
            found = words(str(token))
            if len(found) == 1:
                return token.update(lambda string, metadata: found[0])
            return [token.clone(lambda string, metadata, word=word: word) for word in found]

        def stop_word_filter(token, i=None, tokens=None):
            """Drop the language's function words."""
            return None if is_stop_word(str(token)) else token

        def stemmer(token, i=None, tokens=None):
            """Replace a word by its stem."""
            return token.update(lambda string, metadata: stem(string))

        # The labels name the functions in a serialised index; the JavaScript side registers the same.
        Pipeline.register_function(trimmer, f"{label}-trimmer")
        Pipeline.register_function(stop_word_filter, f"{label}-stop-word-filter")
        Pipeline.register_function(stemmer, f"{label}-stemmer")
        self.functions = (trimmer, stop_word_filter, stemmer)
        self._pipeline = Pipeline()
        self._pipeline.add(*self.functions)

    def register(self, builder: Builder) -> None:
        """Make this the builder's only pipeline, for documents and for queries."""
        for pipeline in (builder.pipeline, builder.search_pipeline):
            pipeline.reset()
            pipeline.add(*self.functions)

    def analyse(self, text: str | None) -> list[str]:
        """The index terms of a text, derived by lunr's tokenizer and this pipeline."""
        return [str(token) for token in self._pipeline.run(Tokenizer(text))]

    def phrase_term(self, phrase: str) -> str | None:
        """The one index term of a phrase of several words (its stop words included: "bez domova" is not
        "domov"); None for a single word."""
        words = self.words(phrase.lower())
        return PHRASE_JOINER.join(self.stem(word) for word in words) if len(words) > 1 else None

    def index_terms(self, value) -> list[str]:
        """The terms of a field value (text or a list of phrases), the same as `analyse` gives but without
        lunr's per-token pipeline calls, which made up most of a web build's time. Each phrase of a list
        of several words is also one term (`phrase_term`), which a query typing the phrase asks for."""
        phrases = isinstance(value, (list, tuple))
        pieces = value if phrases else [value]
        terms = []
        for piece in pieces:
            if piece is not None:
                # Lower case first, as lunr's tokenizer does before the trimmer normalises.
                terms.extend(self.stem(word) for word in self.words(str(piece).lower())
                             if not self.is_stop_word(word))
                if phrases and (phrase := self.phrase_term(str(piece))):
                    terms.append(phrase)
        return terms

    def build_index(self, documents: list[dict], fields: list[tuple[str, int]],
                    terms: Callable | None = None) -> dict:
        """A serialised lunr index of documents (dicts with an "id"), ready for lunr.Index.load;
        `terms` turns a field's value into index terms (this pipeline's `index_terms` unless given)."""
        terms = terms or self.index_terms
        builder = Builder()
        self.register(builder)
        # Documents arrive as ready terms; queries still run the registered pipeline, whose labels the
        # serialised index names for lunr.js.
        builder.pipeline.reset()
        builder.ref("id")
        for name, boost in fields:
            # A document without a field is indexed as if it were empty.
            builder.field(name, boost=boost, extractor=lambda document, name=name: terms(document.get(name)))
        for document in documents:
            builder.add(document)
        return builder.build().serialize()
