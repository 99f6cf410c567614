"""Synthetic content of N services, made from the sample's own services with new keys and names."""
from __future__ import annotations

import itertools
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "content"


def make_content(count: int, target: Path) -> Path:
    """A content folder with `count` services. The sample's leaflets are left out: their selections grow
    with the count and would no longer fit on a leaflet."""
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    shutil.copy(SAMPLE / "region.yaml", target)
    shutil.copytree(SAMPLE / "providers", target / "providers")
    shutil.copytree(SAMPLE / "pages", target / "pages")
    services = target / "services"
    services.mkdir()
    originals = sorted((SAMPLE / "services").glob("*.yaml"))
    for number, original in zip(range(1, count + 1), itertools.cycle(originals)):
        text = original.read_text(encoding="utf-8")
        # Names stay unique (a repeated name is a warning) and keep their Czech words for search.
        name_line = next(line for line in text.splitlines() if line.startswith("name: "))
        text = text.replace(name_line, f"{name_line} {number}", 1)
        (services / f"{original.stem}-{number}.yaml").write_text(text, encoding="utf-8")
    return target


def make_markdown_pages(count: int, target: Path) -> Path:
    """The same number of plain Markdown pages, for bare Pelican as the baseline."""
    if target.exists():
        shutil.rmtree(target)
    pages = target / "pages"
    pages.mkdir(parents=True)
    originals = sorted((SAMPLE / "services").glob("*.yaml"))
    for number, original in zip(range(1, count + 1), itertools.cycle(originals)):
        body = original.read_text(encoding="utf-8")
        pages.joinpath(f"page-{number}.md").write_text(
            f"Title: Stránka {number}\nSlug: page-{number}\n\n{body}\n", encoding="utf-8")
    return target
