"""The search pipeline of each language by code, a generic one for any other, and the terms of a site in one language."""
from __future__ import annotations

import functools

from . import czech, english, ukrainian
from .pipeline import CYRILLIC, LanguagePipeline, fold, normalise, tokenise

# theme/static/js/search-languages.js holds the same registry, query terms and search;
# tests/search/test_parity_languages.py checks that both give the same terms.

SOURCE_LANGUAGE = "cs"


@functools.lru_cache(maxsize=65536)
def _generic_words(text: str) -> tuple[str, ...]:
    return tuple(fold(word) for word in tokenise(normalise(text)))


# A language without rules of its own (Polish, until someone writes them) is searched by its words
# in lower case and without diacritics: no stop words, no stemmer. Adding a language needs no code.
GENERIC = LanguagePipeline("generic", _generic_words, lambda word: False, lambda word: word)

PIPELINES: dict[str, LanguagePipeline] = {
    "cs": czech.PIPELINE,
    "uk": ukrainian.PIPELINE,
    "en": english.PIPELINE,
}


def pipeline_for(code: str) -> LanguagePipeline:
    """The pipeline of a language, the generic one for a language that has none."""
    return PIPELINES.get(code, GENERIC)


def query_terms(text: str, code: str) -> list[list[str]]:
    """For each word of a query on the site of language `code`, the terms that may stand for it.

    The site's index holds its own language's texts and the Czech ones (people type Czech names of
    places and services, often without diacritics), so a word stands for its term in the site's
    language or, unless it is Cyrillic and so in no Czech text, its Czech term; a search wants one of
    them for every word. A stop word of the site's language stands for nothing.
    """
    own = pipeline_for(code)
    result = []
    for word in own.words(text):
        if own.is_stop_word(word):
            continue
        terms = [own.stem(word)]
        if code != SOURCE_LANGUAGE and not CYRILLIC.search(word):
            terms += czech.analyse(word)
        result.append(list(dict.fromkeys(terms)))
    return result


def site_index_terms(texts: dict[str, object]) -> list[str]:
    """The index terms of one field of a site in one language: each language's text (a value
    `index_terms` takes) analysed by its own pipeline, all in the one field.

    One field with the terms of both pipelines, not a field per language: the index keeps its
    fields and boosts, a query needs no clause per field, and the terms of Czech (Latin letters)
    and Ukrainian (Cyrillic) never meet; benchmarks/ukrainian_bench.py measures the size.
    """
    terms = []
    for code, value in texts.items():
        terms += pipeline_for(code).index_terms(value)
    return terms


def build_site_index(documents: list[dict], fields: list[tuple[str, int]], code: str) -> dict:
    """A serialised lunr index of documents whose fields map language codes to text (`site_index_terms`),
    registered with the pipeline of the site's language `code`."""
    return pipeline_for(code).build_index(documents, fields, terms=lambda value: site_index_terms(value or {}))
