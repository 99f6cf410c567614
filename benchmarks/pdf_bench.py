"""PDF catalogue of N synthetic services: each edition beside bare WeasyPrint laying the same HTML out once
with literal page numbers (the floor), both in the shared pool, and a render whose inputs are unchanged.

Run: .venv/bin/python -m benchmarks.pdf_bench [N …]   (default 100 1000)
Each step runs in a fresh process, so its peak memory is its own. Goal: each edition within 1.3× the floor.
"""
from __future__ import annotations

import pickle
import sys
import tempfile
from pathlib import Path

from jinja2 import Environment, FileSystemLoader
from pelican.settings import read_settings

from katalog.loader import load_catalogue
from katalog.pdf.generator import prepare_catalogue
from katalog.settings import read_settings as read_katalog_settings
from katalog.sitelanguage import build_site_languages
from katalog.templating import install, use_languages

from .measure import run_measured, table
from .synthetic import ROOT, make_content

_CHILD = """
import json, pickle, resource, sys, time
step, inputs = sys.argv[1], sys.argv[2]
html, jobs = pickle.load(open(inputs, "rb"))
if step == "unchanged":  # a first render fills the cache; the measured one finds it there
    from katalog.pdf.cache import render_cached
    render_cached(html, **jobs["screen"])
start = time.perf_counter()
cpu_before = sum(getattr(resource.getrusage(who), field) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
                 for field in ("ru_utime", "ru_stime"))
if step == "floor":  # the same document laid out once, its page references already literal numbers
    from weasyprint import CSS, HTML
    from katalog.pdf.pagerefs import with_numbers
    job = jobs["screen"]
    document = HTML(string=with_numbers(html, {}), base_url=job["base_url"].as_uri() + "/").render(
        stylesheets=[CSS(filename=str(sheet)) for sheet in job["stylesheets"]])
    job["out_path"].parent.mkdir(parents=True, exist_ok=True)
    document.write_pdf(job["out_path"].with_name("floor.pdf"))
    pages = len(document.pages)
elif step == "both":
    from katalog.pdf.cache import render_cached
    from katalog.pdf.pool import RenderPool
    pool = RenderPool()
    futures = [pool.submit(render_cached, html, **job) for job in jobs.values()]
    pages = [future.result() for future in futures][0].pages
    pool.shutdown()
elif step == "unchanged":
    pages = render_cached(html, **jobs["screen"]).pages
else:
    from katalog.pdf.render import render_pdf
    job = {name: value for name, value in jobs[step].items() if name != "cache_folder"}
    pages = render_pdf(html, **job).pages
own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
# CPU seconds too: on a shared machine they vary far less than wall time.
cpu = own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime - cpu_before
print("MEASURED " + json.dumps({"seconds": time.perf_counter() - start, "cpu_seconds": cpu, "pages": pages,
                                "peak_mib": max(own.ru_maxrss, children.ru_maxrss) / 1024}))
"""


def _measure(step: str, inputs: Path) -> dict:
    return run_measured(_CHILD, step, str(inputs), cwd=ROOT)


def _render_inputs(content: Path, work: Path) -> Path:
    """The catalogue's HTML and render arguments for `content`, as the generator makes them."""
    settings = read_settings(str(ROOT / "pelicanconf.py"), override={"PATH": str(content)})
    katalog_settings = read_katalog_settings(settings)
    catalogue = load_catalogue(content, languages=katalog_settings.languages)
    context = {"katalog": catalogue, "katalog_settings": katalog_settings, "pages": [],
               "site_languages": build_site_languages(katalog_settings.languages, catalogue)}
    use_languages(context["site_languages"])
    env = install(Environment(loader=FileSystemLoader(settings["THEME"] + "/templates")))
    settings["OUTPUT_PATH"] = str(work / "out")
    _, html, jobs = prepare_catalogue(env.get_template("print/catalogue.html"), context, settings, work / "out")
    inputs = work / "inputs.pickle"
    inputs.write_bytes(pickle.dumps((html, jobs)))
    return inputs


def run(counts: list[int]) -> str:
    rows = []
    with tempfile.TemporaryDirectory(prefix="katalog-pdf-bench-") as folder:
        work = Path(folder)
        for count in counts:
            inputs = _render_inputs(make_content(count, work / f"content-{count}"), work)
            measured = {}
            for step in ("floor", "print", "screen", "both", "unchanged"):
                print(f"pdf_bench: {count} services, {step} …", file=sys.stderr, flush=True)
                measured[step] = _measure(step, inputs)
            floor = measured["floor"]
            sequential = measured["print"]["seconds"] + measured["screen"]["seconds"]
            rows.append([
                count, measured["screen"]["pages"], f"{floor['seconds']:.1f}", f"{floor['peak_mib']:.0f}",
                *(f"{measured[e]['seconds']:.1f} ({measured[e]['seconds'] / floor['seconds']:.2f}×)" for e in ("print", "screen")),
                f"{floor['cpu_seconds']:.1f}",
                *(f"{measured[e]['cpu_seconds']:.1f} ({measured[e]['cpu_seconds'] / floor['cpu_seconds']:.2f}×)" for e in ("print", "screen")),
                *(f"{measured[e]['peak_mib']:.0f}" for e in ("print", "screen")),
                f"{measured['both']['seconds']:.1f} (sequential {sequential:.1f})", f"{measured['both']['peak_mib']:.0f}",
                f"{measured['unchanged']['seconds']:.2f}",
            ])
    return table(["services", "pages", "floor s", "floor MiB", "print s (× floor)", "screen s (× floor)", "floor CPU s", "print CPU s (× floor)", "screen CPU s (× floor)",
                  "print MiB", "screen MiB", "both editions in parallel s", "parallel MiB", "unchanged s"], rows)


def main(argv: list[str] | None = None) -> str:
    return run([int(n) for n in (argv or [])] or [100, 1000])


if __name__ == "__main__":
    print(main(sys.argv[1:]))
