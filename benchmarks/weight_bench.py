"""Bytes transferred for the home page and a service page, each resource listed, served under a sub-path.

Run: .venv/bin/python -m benchmarks.weight_bench [OUTPUT_DIR]   (default: a fresh web-only build)
"""
from __future__ import annotations

import sys
from pathlib import Path

from .measure import table
from .sample_site import chromium_on, on_sample_site

PAGES = {"home": "", "service": "sluzby/dluhova-poradna-horazdovice/"}


def weigh(browser, url: str) -> list[tuple[str, str, int]]:
    """(resource, type, bytes with headers) for everything the page loads until the network is idle."""
    context = browser.new_context(locale="cs-CZ", viewport={"width": 360, "height": 740})
    page = context.new_page()
    finished = []
    page.on("requestfinished", lambda request: finished.append(request))
    page.goto(url, wait_until="networkidle")
    rows = []
    for request in finished:
        sizes = request.sizes()
        rows.append((request.url, request.resource_type, sizes["responseBodySize"] + sizes["responseHeadersSize"]))
    context.close()
    return rows


def measure_site(output: Path) -> str:
    rows = []
    with chromium_on(output) as (browser, base):
        for name, path in PAGES.items():
            resources = weigh(browser, base + path)
            rows += [[name, url.removeprefix(base) or "(page)", kind, size] for url, kind, size in resources]
            rows.append([name, "**total**", "", sum(size for _, _, size in resources)])
    return table(["page", "resource", "type", "bytes"], rows)


def main(argv: list[str] | None = None) -> str:
    return on_sample_site(measure_site, argv, "katalog-weight-")


if __name__ == "__main__":
    print(main(sys.argv[1:]))
