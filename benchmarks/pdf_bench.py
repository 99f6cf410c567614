"""PDF catalogue of N synthetic services: each edition beside bare WeasyPrint laying the same HTML out once
with literal page numbers (the floor), both from one layout, and a render whose inputs are unchanged; then
whole builds: bare Pelican, the web alone, the full build with every PDF, and a rebuild with nothing changed.

Run: .venv/bin/python -m benchmarks.pdf_bench [--builds] [N …]   (default 100 1000; --builds: the second table only)
Each step runs in a fresh process, so its peak memory is its own. Goals: each edition within 1.3× the floor;
the full build of 1,000 services within 90 s; the PDF step of an unchanged rebuild under 2 s.
"""
from __future__ import annotations

import json
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

from .build_bench import measure_bare, synthetic_pair
from .measure import measure, run_measured, table
from .synthetic import ROOT, make_content

_CHILD = """
import json, pickle, resource, sys, time
step, inputs = sys.argv[1], sys.argv[2]
html, (outputs, common) = pickle.load(open(inputs, "rb"))
if step == "unchanged":  # a first render fills the cache; the measured one finds it there
    from katalog.pdf.cache import render_editions_cached
    render_editions_cached(html, outputs, **common)
start = time.perf_counter()
cpu_before = sum(getattr(resource.getrusage(who), field) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
                 for field in ("ru_utime", "ru_stime"))
if step == "floor":  # the same document laid out once, its page references already literal numbers
    from weasyprint import CSS, HTML
    from katalog.pdf.pagerefs import with_numbers
    out_path = outputs["screen"][0]
    document = HTML(string=with_numbers(html, {}), base_url=common["base_url"].as_uri() + "/").render(
        stylesheets=[CSS(filename=str(sheet)) for sheet in common["stylesheets"]])
    out_path.parent.mkdir(parents=True, exist_ok=True)
    document.write_pdf(out_path.with_name("floor.pdf"))
    pages = len(document.pages)
elif step in ("both", "unchanged"):
    from katalog.pdf.cache import render_editions_cached
    pages = render_editions_cached(html, outputs, **common)["screen"].pages
else:
    from katalog.pdf.render import render_pdf
    out_path, multiple = outputs[step]
    options = {name: value for name, value in common.items() if name != "cache_folder"}
    pages = render_pdf(html, out_path=out_path, edition=step, page_multiple=multiple, **options).pages
own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
# CPU seconds too: on a shared machine they vary far less than wall time.
cpu = own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime - cpu_before
print("MEASURED " + json.dumps({"seconds": time.perf_counter() - start, "cpu_seconds": cpu, "pages": pages,
                                "peak_mib": max(own.ru_maxrss, children.ru_maxrss) / 1024}))
"""


# A build whose PDF step is timed: the time spent in the PDF generators of this process (rendering happens in
# the workers, so in a rebuild that renders nothing this is the whole PDF step).
_TIMED_BUILD = """
import json, sys, time
import pelican
from katalog.leaflets.generator import LeafletGenerator
from katalog.pdf.generator import PdfCatalogueGenerator
from katalog.planning.pdf import CoveragePdfGenerator
spent = [0.0]
def timed(method):
    def run(*args, **kwargs):
        start = time.perf_counter()
        try:
            return method(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - start
    return run
for generator in (PdfCatalogueGenerator, CoveragePdfGenerator, LeafletGenerator):
    generator.generate_context = timed(generator.generate_context)
    generator.generate_output = timed(generator.generate_output)
start = time.perf_counter()
try:
    pelican.main(json.loads(sys.argv[1]))
except SystemExit as stop:
    if stop.code:
        raise
print("MEASURED " + json.dumps({"seconds": time.perf_counter() - start, "pdf_seconds": spent[0]}))
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
                f"{measured['both']['seconds']:.1f} (one by one {sequential:.1f})", f"{measured['both']['peak_mib']:.0f}",
                f"{measured['unchanged']['seconds']:.2f}",
            ])
    return table(["services", "pages", "floor s", "floor MiB", "print s (× floor)", "screen s (× floor)", "floor CPU s", "print CPU s (× floor)", "screen CPU s (× floor)",
                  "print MiB", "screen MiB", "both editions from one layout s", "both MiB", "unchanged s"], rows)


def builds(counts: list[int]) -> str:
    """Whole builds in one run: bare Pelican on N Markdown pages, the web alone, the full build from a clean
    state (no kept PDFs) and the same build again with nothing changed."""
    rows = []
    with tempfile.TemporaryDirectory(prefix="katalog-build-bench-") as folder:
        work = Path(folder)
        for count in counts:
            content, pages = synthetic_pair(count, work)
            print(f"pdf_bench: {count} services, whole builds …", file=sys.stderr, flush=True)
            bare = measure_bare(pages, work)
            pelican = ["-o", str(work / f"out-{count}"), "-s", str(ROOT / "pelicanconf.py"), "-q"]
            web = measure("pelican", str(content), *pelican, "-e", "KATALOG_PDF=false", cwd=ROOT)
            full = run_measured(_TIMED_BUILD, json.dumps([str(content), *pelican]), cwd=ROOT)
            unchanged = run_measured(_TIMED_BUILD, json.dumps([str(content), *pelican]), cwd=ROOT)
            rows.append([count, f"{bare['seconds']:.1f}", f"{web['seconds']:.1f}", f"{full['seconds']:.1f}",
                         f"{unchanged['seconds']:.1f}", f"{unchanged['pdf_seconds']:.2f}"])
    return table(["services", "bare Pelican s", "web only s", "full build s", "unchanged rebuild s",
                  "PDF step of the unchanged rebuild s"], rows)


def main(argv: list[str] | None = None) -> str:
    argv = list(argv or [])
    only_builds = "--builds" in argv
    counts = [int(n) for n in argv if n != "--builds"] or [100, 1000]
    return builds(counts) if only_builds else run(counts) + "\n\n" + builds(counts)


if __name__ == "__main__":
    print(main(sys.argv[1:]))
