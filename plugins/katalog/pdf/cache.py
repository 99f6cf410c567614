"""Renders a PDF only when its inputs changed: a hash of everything a render reads names the kept copy.

Two keys lead to a kept copy. The HTML's key (input_key) covers what WeasyPrint reads. The build's sources key
(katalog.sourcekey) covers what the HTML is made from, so an unchanged catalogue is found without rendering its
template at all; it only points to the HTML's key of the render it was made with."""
from __future__ import annotations

import hashlib
import json
import logging
import re
import shutil
from concurrent.futures import Future
from importlib.metadata import version
from pathlib import Path

from .render import PRINT_DIR, RenderedPdf, render_editions

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


def recall(out_path: Path, cache_folder: Path, sources: str) -> RenderedPdf | None:
    """The copy kept for `out_path` when it was rendered from the same sources, copied into place; else None."""
    pointer = _sources_pointer(cache_folder, out_path)
    try:
        recorded = json.loads(pointer.read_text())
        if recorded["sources"] != sources:
            return None
        key, edition = recorded["key"], recorded["edition"]
    except (OSError, ValueError, KeyError, TypeError):
        return None  # no pointer, or one this version cannot read: render
    return _copy_kept(_kept_path(cache_folder, out_path, key), out_path, edition)


def _sources_pointer(cache_folder: Path, out_path: Path) -> Path:
    return cache_folder / f"{out_path.stem}.sources.json"


def _copy_kept(kept: Path, out_path: Path, edition: str) -> RenderedPdf | None:
    facts = kept.with_suffix(".json")
    if not (kept.is_file() and facts.is_file()):
        return None
    recorded = json.loads(facts.read_text())
    out_path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(kept, out_path)
    for message in recorded["warnings"]:
        logger.warning("PDF %s: WeasyPrint: %s", out_path.name, message)
    logger.info("PDF: %s is unchanged, copied from %s", out_path.name, kept)
    return RenderedPdf(out_path, edition, recorded["pages"], out_path.stat().st_size, recorded["warnings"], reused=True)


def render_cached(html: str, *, cache_folder: Path, sources: str | None = None, out_path: Path, edition: str,
                  page_multiple: int = 1, **common) -> RenderedPdf:
    """render_pdf, or the copy kept from a render of the same inputs; one copy is kept per output file."""
    return render_editions_cached(html, {edition: (out_path, page_multiple)}, cache_folder=cache_folder,
                                  sources=sources, **common)[edition]


def render_editions_cached(html: str, outputs: dict[str, tuple[Path, int]], *, cache_folder: Path,
                           sources: str | None = None, **common) -> dict[str, RenderedPdf]:
    """render_editions, or the copies kept from a render of the same inputs. Given the `sources` key, a later
    build from the same sources finds the copies with recall()."""
    keys = {edition: input_key(html, {**common, "edition": edition, "page_multiple": multiple})
            for edition, (_, multiple) in outputs.items()}
    kept = {edition: _kept_path(cache_folder, out_path, keys[edition]) for edition, (out_path, _) in outputs.items()}
    if all(path.is_file() and path.with_suffix(".json").is_file() for path in kept.values()):
        results = {edition: _copy_kept(kept[edition], outputs[edition][0], edition) for edition in outputs}
    else:
        results = render_editions(html, outputs, **common)
        for edition, rendered in results.items():
            _keep(rendered, kept[edition], cache_folder)
    if sources is not None:
        for edition, (out_path, _) in outputs.items():
            _point(cache_folder, out_path, sources, keys[edition], edition)
    return results


def kept_or_submitted(pool, html: str, *, cache_folder: Path, sources: str | None = None, **job) -> Future:
    """The kept copy when the HTML's inputs are unchanged, copied here at once; else render_cached in `pool`'s
    workers. A rebuild that changes nothing then starts no worker at all."""
    options = {name: value for name, value in job.items() if name != "out_path"}
    key = input_key(html, {"page_multiple": 1, **options})
    if (copied := _copy_kept(_kept_path(cache_folder, job["out_path"], key), job["out_path"], job["edition"])) is None:
        return pool.submit(render_cached, html, cache_folder=cache_folder, sources=sources, **job)
    if sources is not None:
        _point(cache_folder, job["out_path"], sources, key, job["edition"])
    return done(copied)


def done(result) -> Future:
    """A future that has its result already: what a kept copy gives in place of a render."""
    future = Future()
    future.set_result(result)
    return future


def _point(cache_folder: Path, out_path: Path, sources: str, key: str, edition: str):
    _sources_pointer(cache_folder, out_path).write_text(json.dumps({"sources": sources, "key": key, "edition": edition}))


def _kept_path(cache_folder: Path, out_path: Path, key: str) -> Path:
    return cache_folder / f"{out_path.stem}-{key[:_KEY_LENGTH]}.pdf"


def _keep(rendered: RenderedPdf, kept: Path, cache_folder: Path):
    cache_folder.mkdir(parents=True, exist_ok=True)
    # Exactly one key's length after the name: "catalogue-…" must not match "catalogue-print-…".
    for stale in cache_folder.glob(f"{rendered.path.stem}-{'?' * _KEY_LENGTH}.*"):
        stale.unlink()
    shutil.copyfile(rendered.path, kept)
    kept.with_suffix(".json").write_text(json.dumps({"pages": rendered.pages, "warnings": rendered.warnings}))
