"""Validation and web-only build of N synthetic services, beside bare Pelican on N Markdown pages.

Run: .venv/bin/python -m benchmarks.build_bench [N …]   (default 100 1000 5000). Each figure is the median
of three runs; the web build and bare Pelican take turns.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from .measure import measure, median, table
from .synthetic import ROOT, make_content, make_markdown_pages

BARE_SETTINGS = """
PATH = "content"
SITENAME = "bare"
PAGE_PATHS = ["pages"]
DIRECT_TEMPLATES = []
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
DELETE_OUTPUT_DIRECTORY = True
CACHE_CONTENT = False
# The default theme lists every page in every page's menu, which makes the baseline quadratic.
DISPLAY_PAGES_ON_MENU = False
"""

def synthetic_pair(count: int, work: Path) -> tuple[Path, Path]:
    """N synthetic services and, for bare Pelican, N Markdown pages made of the same text; bare.py beside them."""
    (work / "bare.py").write_text(BARE_SETTINGS)
    return make_content(count, work / f"content-{count}"), make_markdown_pages(count, work / f"pages-{count}")


def measure_bare(pages: Path, work: Path) -> dict:
    """Bare Pelican building the Markdown pages of synthetic_pair."""
    return measure("pelican", str(pages), "-o", str(work / "bare-out"), "-s", str(work / "bare.py"), "-q", cwd=work)


# Each step runs three times. The table shows the median run, and the median ratio of a web build to
# the bare Pelican run made just after it.
REPEAT = 3


def run(counts: list[int]) -> str:
    rows = []
    with tempfile.TemporaryDirectory(prefix="katalog-bench-") as folder:
        work = Path(folder)
        for count in counts:
            content, pages = synthetic_pair(count, work)
            validated = median([measure("validate", str(content), str(ROOT / "pelicanconf.py"))
                                for _ in range(REPEAT)])
            webs, bares = [], []
            for _ in range(REPEAT):  # in turns, so a slower spell of the machine hits both alike
                webs.append(measure("pelican", str(content), "-o", str(work / "out"),
                                    "-s", str(ROOT / "pelicanconf.py"), "-e", "KATALOG_PDF=false", "-q", cwd=ROOT))
                bares.append(measure_bare(pages, work))
            web, bare = median(webs), median(bares)
            ratio = sorted(w["seconds"] / b["seconds"] for w, b in zip(webs, bares))[REPEAT // 2]
            cpu_ratio = sorted(w["cpu_seconds"] / b["cpu_seconds"] for w, b in zip(webs, bares))[REPEAT // 2]
            rows.append([count, f"{validated['seconds']:.2f}", f"{validated['peak_mib']:.0f}",
                         f"{web['seconds']:.2f}", f"{web['cpu_seconds']:.2f}", f"{web['peak_mib']:.0f}",
                         f"{bare['seconds']:.2f}", f"{bare['cpu_seconds']:.2f}", f"{bare['peak_mib']:.0f}",
                         f"{ratio:.2f}×", f"{cpu_ratio:.2f}×"])
    # The web build writes its search index in a second process when there are two cores, so wall time
    # and CPU time differ; the table shows both.
    return table(["services", "validate s", "validate MiB", "web build s", "web build CPU s", "web build MiB",
                  "bare Pelican s", "bare Pelican CPU s", "bare Pelican MiB", "web / bare", "web / bare CPU"], rows)


def main(argv: list[str] | None = None) -> str:
    return run([int(n) for n in (argv or [])] or [100, 1000, 5000])


if __name__ == "__main__":
    print(main(sys.argv[1:]))
