"""Renders a PDF only when its inputs changed: a hash of everything a render reads names the kept copy."""
from __future__ import annotations

import hashlib
import json
import logging
import re
import shutil
from importlib.metadata import version
from pathlib import Path

from .render import PRINT_DIR, RenderedPdf, render_pdf

logger = logging.getLogger(__name__)

# The code that turns the inputs into a PDF (the leaflets' fitting too): a change to it changes the inputs.
_CODE = sorted(Path(__file__).parent.glob("*.py")) + sorted((Path(__file__).parents[1] / "leaflets").glob("*.py"))
_KEY_LENGTH = 32
_FILE_URL = re.compile(r'file://[^"\')\s]+')


def input_key(html: str, job: dict) -> str:
    """A hash of the HTML, the render's options and every file it may load: stylesheets, fonts, colour
    profile, the pictures the HTML names, the code and WeasyPrint's version."""
    digest = hashlib.sha256()
    digest.update(html.encode())
    options = {name: str(value) for name, value in sorted(job.items()) if name not in ("out_path", "cache_folder")}
    digest.update(json.dumps([options, version("weasyprint"), version("pydyf")]).encode())
    files = {*_CODE, *(Path(sheet) for sheet in job["stylesheets"]), *PRINT_DIR.rglob("*")}
    files |= {Path(url.removeprefix("file://")) for url in _FILE_URL.findall(html)}
    for path in sorted(files):
        if path.is_file():
            digest.update(str(path).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def render_cached(html: str, *, cache_folder: Path, **job) -> RenderedPdf:
    """render_pdf, or the copy kept from a render of the same inputs; one copy is kept per output file."""
    out_path: Path = job["out_path"]
    key = input_key(html, job)
    kept = cache_folder / f"{out_path.stem}-{key[:_KEY_LENGTH]}.pdf"
    facts = kept.with_suffix(".json")
    if kept.is_file() and facts.is_file():
        recorded = json.loads(facts.read_text())
        out_path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(kept, out_path)
        for message in recorded["warnings"]:
            logger.warning("PDF %s: WeasyPrint: %s", out_path.name, message)
        logger.info("PDF: %s is unchanged, copied from %s", out_path.name, kept)
        return RenderedPdf(out_path, job["edition"], recorded["pages"], out_path.stat().st_size, recorded["warnings"],
                           reused=True)
    rendered = render_pdf(html, **job)
    cache_folder.mkdir(parents=True, exist_ok=True)
    # Exactly one key's length after the name: "catalogue-…" must not match "catalogue-print-…".
    for stale in cache_folder.glob(f"{out_path.stem}-{'?' * _KEY_LENGTH}.*"):
        stale.unlink()
    shutil.copyfile(out_path, kept)
    facts.write_text(json.dumps({"pages": rendered.pages, "warnings": rendered.warnings}))
    return rendered
