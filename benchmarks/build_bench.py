"""Validation and web-only build of N synthetic services, beside bare Pelican on N Markdown pages.

Run: .venv/bin/python -m benchmarks.build_bench [N …]   (default 100 1000 5000). Each figure is the median
of three runs.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from .measure import median_of, table
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

REPEAT = 3  # each step runs three times; the table shows the median run


def run(counts: list[int]) -> str:
    rows = []
    with tempfile.TemporaryDirectory(prefix="katalog-bench-") as folder:
        work = Path(folder)
        (work / "bare.py").write_text(BARE_SETTINGS)
        for count in counts:
            content = make_content(count, work / f"content-{count}")
            pages = make_markdown_pages(count, work / f"pages-{count}")
            validated = median_of(REPEAT, "validate", str(content))
            web = median_of(REPEAT, "pelican", str(content), "-o", str(work / "out"),
                            "-s", str(ROOT / "pelicanconf.py"), "-e", "KATALOG_PDF=false", "-q", cwd=ROOT)
            bare = median_of(REPEAT, "pelican", str(pages), "-o", str(work / "bare-out"),
                             "-s", str(work / "bare.py"), "-q", cwd=work)
            rows.append([count, f"{validated['seconds']:.2f}", f"{validated['peak_mib']:.0f}",
                         f"{web['seconds']:.2f}", f"{web['cpu_seconds']:.2f}", f"{web['peak_mib']:.0f}",
                         f"{bare['seconds']:.2f}", f"{bare['cpu_seconds']:.2f}", f"{bare['peak_mib']:.0f}",
                         f"{web['seconds'] / bare['seconds']:.2f}×", f"{web['cpu_seconds'] / bare['cpu_seconds']:.2f}×"])
    # The web build writes its search index in a second process when there are two cores, so wall time
    # and CPU time differ; the table shows both.
    return table(["services", "validate s", "validate MiB", "web build s", "web build CPU s", "web build MiB",
                  "bare Pelican s", "bare Pelican CPU s", "bare Pelican MiB", "web / bare", "web / bare CPU"], rows)


def main(argv: list[str] | None = None) -> str:
    return run([int(n) for n in (argv or [])] or [100, 1000, 5000])


if __name__ == "__main__":
    print(main(sys.argv[1:]))
