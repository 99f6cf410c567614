"""Ukrainian word forms: recall and false matches of each stemming strategy on a query list, and index size with two languages.

Run: .venv/bin/python -m benchmarks.ukrainian_bench

The queries are tests/search/ukrainian_queries.txt: each nominative query with the phrases in other
cases it must find and words of other meaning it must not. Every strategy splits words and drops stop
words alike (katalog.search.ukrainian); only the term of a word differs. A query finds a phrase when
every term of the query is among the phrase's terms: "exact" asks that of every word, "as typed" lets
the last word match as a prefix, as the search page does (search-languages.js). False matches are the
words after ≠ that a query finds, and the phrases of the other queries that it finds.
"""
from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

from katalog.loader import load_catalogue
from katalog.search import documents, languages, ukrainian
from katalog.search.pipeline import CYRILLIC, join_apostrophes, normalise, tokenise

from .measure import table
from .synthetic import ROOT, SAMPLE

QUERIES = ROOT / "tests" / "search" / "ukrainian_queries.txt"


def _without(*names: str):
    steps = tuple(step for step in ukrainian.STEPS if step.__name__.lstrip("_") not in names)
    return lambda word: ukrainian.stem_with(word, steps)


STRATEGIES = {
    "no stemming": lambda word: word,
    "prefix of 4 letters": lambda word: word[:4],
    "prefix of 5 letters": lambda word: word[:5],
    "prefix of 6 letters": lambda word: word[:6],
    "case endings only": lambda word: ukrainian.stem_with(word, (ukrainian.STEPS[1],)),
    "chosen: every step (katalog.search.ukrainian)": ukrainian.stem,
    "chosen without the fleeting vowel": _without("drop_fleeting_vowel"),
    "chosen without -ов-": _without("remove_adjective_suffix"),
    "chosen without the double consonant": _without("undouble"),
    "chosen without і→о": _without("o_for_i"),
    "chosen without з→г, ц→к": _without("harden"),
}


def read_queries(path: Path = QUERIES) -> list[tuple[str, list[str], list[str]]]:
    """(query, phrases it must find, words it must not find) of each line of the query list."""
    queries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            query, _, rest = line.partition(" = ")
            found, _, not_found = rest.partition(" ≠ ")
            split = lambda text: [part.strip() for part in text.split(";") if part.strip()]  # noqa: E731
            queries.append((query.strip(), split(found), split(not_found)))
    return queries


def terms(text: str, stem, words=ukrainian.words) -> list[str]:
    return [stem(word) for word in words(text) if not ukrainian.is_stop_word(word)]


def finds(query: list[str], phrase: set[str], last_as_prefix: bool) -> bool:
    """Every query term is a term of the phrase; the last one, as typed, may be a prefix of one."""
    if not query:
        return False
    *first, last = query
    return (all(term in phrase for term in first)
            and (last in phrase or last_as_prefix and any(term.startswith(last) for term in phrase)))


def score(queries, stem, last_as_prefix: bool, words=ukrainian.words) -> dict:
    found = missed = false = 0
    misses, false_matches = [], []
    phrases = [(number, set(terms(phrase, stem, words))) for number, (_, positives, _) in enumerate(queries)
               for phrase in positives]
    for number, (query, positives, negatives) in enumerate(queries):
        asked = terms(query, stem, words)
        for phrase in positives:
            if finds(asked, set(terms(phrase, stem, words)), last_as_prefix):
                found += 1
            else:
                missed += 1
                misses.append(f"{query} → {phrase}")
        others = [terms_ for other, terms_ in phrases if other != number]
        wrong = [negative for negative in negatives if finds(asked, set(terms(negative, stem, words)), last_as_prefix)]
        false += len(wrong) + sum(finds(asked, phrase, last_as_prefix) for phrase in others)
        false_matches += [f"{query} → {negative}" for negative in wrong]
    return {"recall": found / (found + missed), "misses": misses, "false": false, "false_matches": false_matches}


def strategies_table(queries) -> tuple[str, dict]:
    rows, chosen = [], {}
    for name, stem in STRATEGIES.items():
        exact, typed = score(queries, stem, False), score(queries, stem, True)
        rows.append([name, f"{exact['recall']:.1%}", exact["false"], f"{typed['recall']:.1%}", typed["false"]])
        if stem is ukrainian.stem:
            chosen = {"exact": exact, "typed": typed}
    return table(["strategy", "recall exact", "false matches exact", "recall as typed", "false matches as typed"],
                 rows), chosen


def _words_without_look_alikes(text: str) -> tuple[str, ...]:
    return tuple(word.replace("ґ", "г") for word in tokenise(join_apostrophes(normalise(text))))


def look_alikes_table(queries) -> str:
    """Queries typed with the Latin i for і, with and without mapping look-alikes to Cyrillic; and how many
    words of the sample content mix the scripts (the mapping touches no other word)."""
    mistyped = [(query.replace("і", "i"), positives, []) for query, positives, _ in queries if "і" in query]
    mixed = 0
    for path in SAMPLE.rglob("*"):
        if path.suffix in (".yaml", ".md") and path.is_file():
            mixed += sum(1 for word in tokenise(path.read_text(encoding="utf-8").lower())
                         if CYRILLIC.search(word) and ukrainian.LATIN.search(word))
    rows = [[label, len(mistyped), f"{score(mistyped, ukrainian.stem, True, words)['recall']:.1%}"]
            for label, words in (("look-alikes mapped (chosen)", ukrainian.words),
                                 ("look-alikes left Latin", _words_without_look_alikes))]
    return (table(["queries with Latin i for і", "queries", "recall as typed"], rows)
            + f"\n\nWords of the sample content mixing Latin and Cyrillic letters: {mixed}.")


def _gzip(index: dict) -> tuple[int, int]:
    data = json.dumps(index, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return len(data), len(gzip.compress(data, compresslevel=6, mtime=0))


def index_size_table() -> str:
    """The sample's index with Czech texts only, and with a second language in the same field or in fields
    of its own. The sample has no translations yet: the stand-in second text is each Czech text analysed
    by the generic pipeline (words unstemmed), which has a translation's length and a vocabulary of its own."""
    catalogue = load_catalogue(SAMPLE)
    czech_documents = [documents.index_document(str(n), service, catalogue)
                       for n, service in enumerate(catalogue.published)]
    both = [{"id": d["id"], **{name: {"cs": d[name], "xx": d[name]} for name, _ in documents.FIELDS}}
            for d in czech_documents]
    apart = [{"id": d["id"], **{name: {"cs": d[name]} for name, _ in documents.FIELDS},
              **{f"{name}_xx": {"xx": d[name]} for name, _ in documents.FIELDS}} for d in czech_documents]
    apart_fields = documents.FIELDS + [(f"{name}_xx", boost) for name, boost in documents.FIELDS]
    sizes = {
        "Czech only (today)": _gzip(documents.build_index(catalogue)),
        "one field, terms of both pipelines (recommended)": _gzip(languages.build_site_index(both, documents.FIELDS, "xx")),
        "a field per language": _gzip(languages.build_site_index(apart, apart_fields, "xx")),
    }
    base = sizes["Czech only (today)"][1]
    return table(["index of the sample's services", "KB raw", "KB gzip", "× Czech only"],
                 [[name, f"{raw / 1024:,.0f}", f"{packed / 1024:,.0f}", f"{packed / base:.2f}"]
                  for name, (raw, packed) in sizes.items()])


def main(argv: list[str] | None = None) -> str:
    queries = read_queries()
    strategies, chosen = strategies_table(queries)
    positives = sum(len(found) for _, found, _ in queries)
    negatives = sum(len(not_found) for _, _, not_found in queries)
    return (f"{len(queries)} queries, {positives} phrases to find, {negatives} words not to find.\n\n" + strategies
            + "\n\nMissed by the chosen stemmer, as typed: " + ("; ".join(chosen["typed"]["misses"]) or "none")
            + "\n\nFalse matches of the chosen stemmer, exact: " + "; ".join(chosen["exact"]["false_matches"])
            + "\n\nFalse matches of the chosen stemmer, as typed: "
            + ("; ".join(chosen["typed"]["false_matches"]) or "none")
            + "\n\n" + look_alikes_table(queries) + "\n\n" + index_size_table())


if __name__ == "__main__":
    print(main(sys.argv[1:]))
