"""The site a browser benchmark measures: an output folder given on the command line, else a fresh web-only
build of the sample content in a temporary folder."""
from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright

from tests.site_tools import CHROMIUM, CONTENT, run_pelican, serve


def on_sample_site(measure_site: Callable[[Path], str], argv: list[str] | None, prefix: str) -> str:
    """measure_site(output folder) on the folder argv names, or on a fresh build of the sample."""
    if argv:
        return measure_site(Path(argv[0]).resolve())
    with tempfile.TemporaryDirectory(prefix=prefix) as folder:
        output = Path(folder) / "output"
        result = run_pelican(CONTENT, output, "-e", "KATALOG_PDF=false")
        if result.returncode:
            raise RuntimeError(result.stderr[-2000:])
        return measure_site(output)


@contextlib.contextmanager
def chromium_on(output: Path) -> Iterator[tuple[Browser, str]]:
    """Debian's Chromium and the address the output folder is served at, both stopped afterwards."""
    server, base = serve(output)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
            try:
                yield browser, base
            finally:
                browser.close()
    finally:
        server.shutdown()
