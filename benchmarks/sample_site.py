"""The site a browser benchmark measures: an output folder given on the command line, else a fresh web-only
build of the sample content in a temporary folder."""
from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from tests.site_tools import CONTENT, run_pelican


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
