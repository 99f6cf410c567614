"""Search at N synthetic services: data size, lunr.js load and query time in Node, beside Pagefind on the same site.

Run: .venv/bin/python -m benchmarks.search_bench [N …]   (default 100 1000 5000)

Our bytes for a search are what the search page fetches once: the index and display data, plus
lunr.min.js, czech-search.js, search-results.js and search-page.js, each gzipped (level 6, as a server
sends them).
Pagefind's bytes are measured by running its own pagefind.js in Node with a fetch that reads the
files and records each one: the entry, its metadata, the wasm, the index chunks a query needs, and
the fragments of the first five results (the page its UI shows first). Every query starts with an
empty cache, and pagefind.js itself is counted gzipped; its other files are gzip already.
Then the relevance on the sample content, precision at 3 and MRR beside Pagefind (benchmarks/relevance.py).
"""
from __future__ import annotations

import gzip
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from .measure import measure, table
from .relevance import relevance_table
from .synthetic import ROOT, SAMPLE, make_content

JS = ROOT / "theme" / "static" / "js"
QUERIES = [
    "pecovatelska sluzba", "seniorum", "obedy pro seniory", "exekuce", "dluhy obec Hejná", "Zářečí",
    "linka duvery", "domaci nasili", "bezdomovec", "drogy", "ukrajinsky", "nocleharna", "osobni asistence",
    "hospic", "invalidni vozik", "demence", "urad prace", "rozvod", "pecov", "sluzba: ~^+-*\"",
]
RUNS = 50
PAGEFIND_RESULTS_SHOWN = 5

_LUNR_TIMING = r"""
'use strict'
const fs = require('fs')
const path = require('path')
const [jsDir, indexPath, displayPath, runs] = process.argv.slice(2)
const lunr = require(path.join(jsDir, 'vendor', 'lunr.min.js'))
const czech = require(path.join(jsDir, 'czech-search.js'))
const order = require(path.join(jsDir, 'search-order.js'))
const queries = JSON.parse(fs.readFileSync(0, 'utf8'))
const indexText = fs.readFileSync(indexPath, 'utf8')
const displayText = fs.readFileSync(displayPath, 'utf8')
const elapsed = (start) => Number(process.hrtime.bigint() - start) / 1e6
const loads = []
let index, services
for (let i = 0; i < 10; i++) {
  const start = process.hrtime.bigint()
  index = lunr.Index.load(JSON.parse(indexText))
  services = JSON.parse(displayText)
  loads.push(elapsed(start))
}
const times = []
for (let run = 0; run < Number(runs); run++) {
  for (const query of queries) {
    const start = process.hrtime.bigint()
    czech.search(index, query)
    times.push(elapsed(start))
  }
}
const results = queries.map((query) => order.closedLast(czech.search(index, query).map((r) => Number(r.ref)), services)
  .map((at) => services[at].url))
process.stdout.write(JSON.stringify({ loads, times, results }))
"""

_PAGEFIND_RUN = r"""
import { readFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
const [bundle, shown] = process.argv.slice(2)
const queries = JSON.parse(readFileSync(0, 'utf8'))
let fetched = []
globalThis.fetch = async (input) => {
  const url = new URL(typeof input === 'string' ? input : input.url)
  const bytes = readFileSync(fileURLToPath(url))
  fetched.push([url.pathname, bytes.length])
  return new Response(bytes)
}
const report = []
for (const [number, query] of queries.entries()) {
  fetched = []
  // A new module instance for every query: nothing cached from the one before.
  const pagefind = await import(pathToFileURL(bundle + '/pagefind.js').href + '?query=' + number)
  await pagefind.options({ basePath: pathToFileURL(bundle + '/').href })
  const search = await pagefind.search(query)
  const data = await Promise.all(search.results.slice(0, Number(shown)).map((result) => result.data()))
  report.push({ hits: search.results.length, urls: data.map((page) => page.url), fetched })
}
process.stdout.write(JSON.stringify(report))
"""


def gzip_size(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6, mtime=0))


def wire_size(data: bytes) -> int:
    """Bytes a server sends: files that are gzip already go as they are, others gzipped."""
    return len(data) if data[:2] == b"\x1f\x8b" else gzip_size(data)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def service_key(url: str) -> str:
    """The key of a service page from its address; a synthetic copy loses its number, so copies compare."""
    match = re.search(r"sluzby/([^/]+)/", url)
    return re.sub(r"-\d+$", "", match.group(1)) if match else url


def build_site(content: Path, output: Path) -> float:
    built = measure("pelican", str(content), "-o", str(output), "-s", str(ROOT / "pelicanconf.py"),
                    "-e", "KATALOG_PDF=false", "-q", cwd=ROOT)
    return built["seconds"]


def _node(script: Path, *args: str, stdin: str) -> dict | list:
    result = subprocess.run(["node", str(script), *args], input=stdin, capture_output=True, text=True,
                            encoding="utf-8", timeout=1800, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{script.name} failed:\n{result.stderr[-2000:]}")
    return json.loads(result.stdout)


def ours(site: Path, work: Path) -> dict:
    """Sizes of the search data, and lunr.js load and query times in Node."""
    index, display = (site / "search" / "index.json").read_bytes(), (site / "search" / "services.json").read_bytes()
    scripts = [JS / "vendor" / "lunr.min.js", JS / "czech-search.js", JS / "search-results.js", JS / "search-page.js"]
    script = work / "lunr-timing.js"
    script.write_text(_LUNR_TIMING, encoding="utf-8")
    timing = _node(script, str(JS), str(site / "search" / "index.json"), str(site / "search" / "services.json"),
                   str(RUNS), stdin=json.dumps(QUERIES))
    return {
        "index": (len(index), gzip_size(index)), "display": (len(display), gzip_size(display)),
        "fetched": gzip_size(index) + gzip_size(display) + sum(gzip_size(path.read_bytes()) for path in scripts),
        "load_cold": timing["loads"][0], "load_warm": statistics.median(timing["loads"][1:]),
        "p50": percentile(timing["times"], 0.50), "p95": percentile(timing["times"], 0.95),
        "hits": [len(urls) for urls in timing["results"]],
        "first": [service_key(urls[0]) if urls else "–" for urls in timing["results"]],
    }


def pagefind(site: Path, work: Path) -> dict:
    """Pagefind's index of the same service pages, and what its own JavaScript fetches for each query."""
    indexed = subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site), "--glob", "sluzby/**/*.html"],
                             capture_output=True, text=True, timeout=1800, check=False)
    if indexed.returncode != 0:
        raise RuntimeError(f"pagefind failed:\n{indexed.stdout[-2000:]}\n{indexed.stderr[-2000:]}")
    bundle = site / "pagefind"
    script = work / "pagefind-run.mjs"
    script.write_text(_PAGEFIND_RUN, encoding="utf-8")
    report = _node(script, str(bundle), str(PAGEFIND_RESULTS_SHOWN), stdin=json.dumps(QUERIES))
    entry = wire_size((bundle / "pagefind.js").read_bytes())
    fetched = [entry + sum(wire_size(Path(path).read_bytes()) for path, _ in query["fetched"]) for query in report]
    return {"fetched": fetched, "hits": [query["hits"] for query in report],
            "first": [service_key(query["urls"][0]) if query["urls"] else "–" for query in report]}


def kb(size: float) -> str:
    return f"{size / 1024:,.0f}"


def run(counts: list[int]) -> str:
    rows, hits = [], {}
    with tempfile.TemporaryDirectory(prefix="katalog-search-bench-") as folder:
        work = Path(folder)
        sites = [("sample", SAMPLE)] + [(count, make_content(count, work / f"content-{count}")) for count in counts]
        for label, content in sites:
            site = work / f"out-{label}"
            seconds = build_site(content, site)
            mine, theirs = ours(site, work), pagefind(site, work)
            hits[label] = (mine, theirs)
            if label == "sample":
                relevance = relevance_table(site, work)
            if label != "sample":
                rows.append([f"{label:,}", f"{seconds:.1f}",
                             f"{kb(mine['index'][0])} / {kb(mine['index'][1])}",
                             f"{kb(mine['display'][0])} / {kb(mine['display'][1])}",
                             kb(mine["index"][1] + mine["display"][1]), kb(mine["fetched"]),
                             f"{mine['load_cold']:.0f} / {mine['load_warm']:.0f}",
                             f"{mine['p50']:.2f}", f"{mine['p95']:.2f}",
                             f"{kb(statistics.median(theirs['fetched']))} / {kb(max(theirs['fetched']))}"])
            shutil.rmtree(site)
    sizes = table(["services", "web build s", "index KB raw / gzip", "display data KB raw / gzip",
                   "search data KB gzip", "ours fetched for a search KB (data + JS)", "lunr.js load ms cold / warm",
                   "query p50 ms", "query p95 ms", "Pagefind fetched for one query KB median / max"], rows)
    sample_ours, sample_theirs = hits["sample"]
    largest = max(counts) if counts else None
    headers = ["query", "ours: hits", "ours: first", "Pagefind: hits", "Pagefind: first"]
    if largest:
        headers += [f"ours at {largest:,}", f"Pagefind at {largest:,}"]
    lines = []
    for number, query in enumerate(QUERIES):
        line = [f"`{query}`", sample_ours["hits"][number], sample_ours["first"][number],
                sample_theirs["hits"][number], sample_theirs["first"][number]]
        if largest:
            line += [hits[largest][0]["hits"][number], hits[largest][1]["hits"][number]]
        lines.append(line)
    return (sizes + f"\n\nHits for the fixed queries on the sample content ({RUNS} timing runs of each above):\n\n"
            + table(headers, lines) + "\n\nRelevance on the sample content (tests/search/relevance_queries.txt):\n\n"
            + relevance)


def main(argv: list[str] | None = None) -> str:
    return run([int(n) for n in (argv or [])] or [100, 1000, 5000])


if __name__ == "__main__":
    print(main(sys.argv[1:]))
