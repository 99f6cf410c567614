"""The web build in three languages (cs, uk, en) against the Czech-only build, and each language's search data.

Run: .venv/bin/python -m benchmarks.languages_bench [N …]   (default 1000). The two builds take turns, three
times; the table shows the median times and the median ratio. The Czech-only build reads the same services
without their translations (a translation into a language the site lacks is an error)."""
from __future__ import annotations

import gzip
import sys
import tempfile
from pathlib import Path

import yaml

from .measure import measure, median, table
from .synthetic import ROOT, make_content

REPEAT = 3
CZECH_ONLY = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
from pelicanconf import *
KATALOG = {{**KATALOG, "languages": ["cs"], "translations": {{}}}}
"""


def _without_translations(content: Path) -> Path:
    """The same content folder, its services' and providers' translations taken out."""
    for path in list((content / "services").glob("*.yaml")) + list((content / "providers").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if data.pop("translations", None) is not None:
            path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return content


def _search_kib(output: Path, prefix: str) -> tuple[float, float]:
    """A language's search data (index and display data) as sent: raw and gzip-compressed, in KiB."""
    data = b"".join((output / prefix / "search" / name).read_bytes() for name in ("index.json", "services.json"))
    return len(data) / 1024, len(gzip.compress(data, 9)) / 1024


def run(counts: list[int]) -> str:
    rows, sizes = [], []
    with tempfile.TemporaryDirectory(prefix="katalog-languages-") as folder:
        work = Path(folder)
        (work / "czech.py").write_text(CZECH_ONLY)
        for count in counts:
            three = make_content(count, work / f"three-{count}")
            czech = _without_translations(make_content(count, work / f"czech-{count}"))
            runs = {"three": [], "czech": []}
            for _ in range(REPEAT):
                runs["three"].append(measure("pelican", str(three), "-o", str(work / "out-three"), "-s",
                                             str(ROOT / "pelicanconf.py"), "-e", "KATALOG_PDF=false", "-q", cwd=ROOT))
                runs["czech"].append(measure("pelican", str(czech), "-o", str(work / "out-czech"), "-s",
                                             str(work / "czech.py"), "-e", "KATALOG_PDF=false", "-q", cwd=ROOT))
            ratio = sorted(t["seconds"] / c["seconds"] for t, c in zip(runs["three"], runs["czech"]))[REPEAT // 2]
            three_run, czech_run = median(runs["three"]), median(runs["czech"])
            rows.append([count, f"{czech_run['seconds']:.1f}", f"{three_run['seconds']:.1f}",
                         f"{three_run['cpu_seconds']:.1f}", f"{three_run['peak_mib']:.0f}", f"{ratio:.2f}×"])
            for code, prefix in (("cs", ""), ("uk", "uk"), ("en", "en")):
                raw, packed = _search_kib(work / "out-three", prefix)
                sizes.append([count, code, f"{raw:.0f}", f"{packed:.0f}"])
    return (table(["services", "cs only s", "cs+uk+en s", "cs+uk+en CPU s", "cs+uk+en MiB", "three / one"], rows)
            + "\n\n" + table(["services", "site", "search data KiB", "gzip KiB"], sizes))


def main(argv: list[str] | None = None) -> str:
    return run([int(n) for n in (argv or [])] or [1000])


if __name__ == "__main__":
    print(main(sys.argv[1:]))
