"""Relevance of the search on the sample content: precision at 3 and MRR, ours beside Pagefind on the same queries.

Run alone: .venv/bin/python -m benchmarks.relevance   (search_bench.py prints the same table for its sample)

The queries are tests/search/relevance_queries.txt, each with the services that must be among the first
three; the relevant services of a query are all those it names, alternatives included.
- P@3: of the first three results, the share that are relevant, out of as many as there can be
  (min(3, relevant)): 1.0 when the first three are all relevant or hold every relevant one.
- all in top 3: the share of queries whose every named service (or one of its alternatives) is in the
  first three, which is what tests/search/test_relevance.py asserts for ours.
- MRR@10: the mean of 1/rank of the first relevant result within the first ten, 0 without one.
Ours is lunr.js in Node through the page's own search functions and order (tests/search/search_cli.js).
Pagefind (the Python package pagefind[bin], a benchmark-only dependency: `pip install -e ".[bench]"`)
indexes the built service pages of each language's site on their own, and its own pagefind.js runs the
queries in Node; the first ten results are read.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from .measure import table
from .synthetic import ROOT, SAMPLE

QUERIES = ROOT / "tests" / "search" / "relevance_queries.txt"
SEARCH_CLI = ROOT / "tests" / "search" / "search_cli.js"
TOP, DEPTH = 3, 10
LANGUAGES = ("cs", "uk", "en")

_PAGEFIND_RANKS = r"""
import { readFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
const [bundle, depth] = process.argv.slice(2)
const queries = JSON.parse(readFileSync(0, 'utf8'))
globalThis.fetch = async (input) => new Response(readFileSync(fileURLToPath(new URL(typeof input === 'string' ? input : input.url))))
const pagefind = await import(pathToFileURL(bundle + '/pagefind.js').href)
await pagefind.options({ basePath: pathToFileURL(bundle + '/').href })
const ranked = []
for (const query of queries) {
  const search = await pagefind.search(query)
  const pages = await Promise.all(search.results.slice(0, Number(depth)).map((result) => result.data()))
  ranked.push(pages.map((page) => page.url))
}
process.stdout.write(JSON.stringify(ranked))
"""


def read_queries(path: Path = QUERIES) -> list[tuple[str, str, list[tuple[str, ...]]]]:
    """(language, query, [alternatives of each service that must be in the top three])."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            code, query, wanted = (part.strip() for part in line.split("|"))
            rows.append((code, query, [tuple(choice.split("/")) for choice in wanted.split()]))
    return rows


def _key(url: str) -> str:
    """The service key of a service page's address."""
    parts = [part for part in url.split("/") if part]
    return parts[parts.index("sluzby") + 1] if "sluzby" in parts else url


def score(queries, rankings: list[list[str]]) -> dict:
    """P@3, the share with all named services in the top three, and MRR@10 of ranked service keys."""
    precision, complete, reciprocal = [], [], []
    for (_, _, wanted), ranked in zip(queries, rankings):
        relevant = {key for choice in wanted for key in choice}
        top = ranked[:TOP]
        precision.append(len(relevant & set(top)) / min(TOP, len(relevant)))
        complete.append(all(set(choice) & set(top) for choice in wanted))
        rank = next((position for position, key in enumerate(ranked[:DEPTH], start=1) if key in relevant), None)
        reciprocal.append(1 / rank if rank else 0.0)
    count = len(queries)
    return {"queries": count, "p3": sum(precision) / count, "all3": sum(complete) / count,
            "mrr": sum(reciprocal) / count}


def _folder(site: Path, code: str) -> Path:
    return site if code == "cs" else site / code


def ours(site: Path, code: str, queries: list[str]) -> list[list[str]]:
    search = _folder(site, code) / "search"
    result = subprocess.run(["node", str(SEARCH_CLI), str(search / "index.json"), code, str(search / "services.json")],
                            input=json.dumps(queries), capture_output=True, text=True, encoding="utf-8",
                            timeout=600, check=True)
    services = json.loads((search / "services.json").read_text(encoding="utf-8"))
    return [[_key(services[int(ref)]["url"]) for ref in refs] for refs in json.loads(result.stdout)]


def pagefind(site: Path, code: str, queries: list[str], work: Path) -> list[list[str]]:
    subdir = f"pagefind-{code}"
    glob = "sluzby/**/*.html" if code == "cs" else f"{code}/sluzby/**/*.html"
    indexed = subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site), "--glob", glob,
                              "--force-language", code, "--output-subdir", subdir],
                             capture_output=True, text=True, timeout=1800, check=False)
    if indexed.returncode != 0:
        raise RuntimeError(f"pagefind failed:\n{indexed.stdout[-2000:]}\n{indexed.stderr[-2000:]}")
    script = work / "pagefind-ranks.mjs"
    script.write_text(_PAGEFIND_RANKS, encoding="utf-8")
    result = subprocess.run(["node", str(script), str(site / subdir), str(DEPTH)], input=json.dumps(queries),
                            capture_output=True, text=True, encoding="utf-8", timeout=1800, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"pagefind in Node failed:\n{result.stderr[-2000:]}")
    return [[_key(url) for url in urls] for urls in json.loads(result.stdout)]


def relevance_table(site: Path, work: Path) -> str:
    """The relevance of ours and of Pagefind on a built sample site, by language and in all."""
    queries = read_queries()
    rows, everything = [], {"ours": ([], []), "Pagefind": ([], [])}
    for code in LANGUAGES:
        mine = [row for row in queries if row[0] == code]
        texts = [query for _, query, _ in mine]
        for name, rankings in (("ours", ours(site, code, texts)), ("Pagefind", pagefind(site, code, texts, work))):
            everything[name][0].extend(mine)
            everything[name][1].extend(rankings)
            rows.append(_row(code, name, score(mine, rankings)))
    rows += [_row("all", name, score(*pair)) for name, pair in everything.items()]
    return table(["site", "search", "queries", "P@3", "all named in top 3", "MRR@10"], rows)


def _row(code: str, name: str, result: dict) -> list:
    return [code, name, result["queries"], f"{result['p3']:.3f}", f"{result['all3']:.3f}", f"{result['mrr']:.3f}"]


def main(argv: list[str] | None = None) -> str:
    from .search_bench import build_site
    with tempfile.TemporaryDirectory(prefix="katalog-relevance-") as folder:
        work = Path(folder)
        site = work / "out"
        build_site(SAMPLE, site)
        return relevance_table(site, work)


if __name__ == "__main__":
    print(main(sys.argv[1:]))
