"""PNG previews of a leaflet's two sides for the web page, drawn by poppler's pdftoppm."""
from __future__ import annotations

import logging
import shutil
import struct
import subprocess
from pathlib import Path

logger = logging.getLogger(__name__)

# Wide enough to read the headings on a phone or a desktop column, small enough to load fast.
PREVIEW_WIDTH_PX = 900


class PreviewError(Exception):
    """pdftoppm is missing or could not draw a page."""


def write_previews(pdf: Path, out_dir: Path, stem: str, pages: int = 2) -> list[tuple[Path, tuple[int, int]]]:
    """Draw each page of `pdf`, cut to its TrimBox (the print edition's sheet without bleed and marks), to
    `out_dir/<stem>-<page>.png`; returns each file and its size in pixels."""
    # WeasyPrint only writes PDF. pdftoppm (poppler-utils, a build dependency in
    # scripts/system-deps.sh) is the renderer the tests already read the PDFs back with, so the
    # previews show exactly what they check, and no binary wheel has to be pinned for it.
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise PreviewError("leaflet previews need pdftoppm: install poppler-utils (scripts/system-deps.sh build)")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for page in range(1, pages + 1):
        target = out_dir / f"{stem}-{page}"
        media, trim = _boxes(pdf, page)
        scale = PREVIEW_WIDTH_PX / (trim[2] - trim[0])  # pixels per point
        crop = [round((trim[0] - media[0]) * scale), round((media[3] - trim[3]) * scale), PREVIEW_WIDTH_PX,
                round((trim[3] - trim[1]) * scale)]
        command = [pdftoppm, "-png", "-f", str(page), "-l", str(page), "-singlefile", "-r", f"{scale * 72:.4f}",
                   *(value for option, number in zip(("-x", "-y", "-W", "-H"), crop) for value in (option, str(number))),
                   "-aa", "yes", "-aaVector", "yes", str(pdf), str(target)]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            raise PreviewError(f"pdftoppm could not draw page {page} of {pdf}: {result.stderr.strip()}")
        png = target.with_suffix(".png")
        written.append((png, _png_size(png)))
    logger.debug("leaflet: previews of %s written to %s", pdf.name, out_dir)
    return written


def _boxes(pdf: Path, page: int) -> tuple[list[float], list[float]]:
    """The page's MediaBox and TrimBox in points, as pdfinfo reads them."""
    result = subprocess.run(["pdfinfo", "-box", "-f", str(page), "-l", str(page), str(pdf)], capture_output=True,
                            text=True, timeout=60)
    boxes = {}
    for line in result.stdout.splitlines():
        if (parts := line.split()) and len(parts) == 7 and parts[2] in ("MediaBox:", "TrimBox:"):
            boxes[parts[2][:-1]] = [float(value) for value in parts[3:]]
    if result.returncode != 0 or len(boxes) != 2:
        raise PreviewError(f"pdfinfo could not read the boxes of page {page} of {pdf}: {result.stderr.strip()}")
    return boxes["MediaBox"], boxes["TrimBox"]


def _png_size(path: Path) -> tuple[int, int]:
    """Width and height from the PNG header, for the <img> attributes that keep the page from jumping."""
    header = path.read_bytes()[:24]
    if header[:8] != b"\x89PNG\r\n\x1a\n":
        raise PreviewError(f"pdftoppm wrote something other than a PNG to {path}")
    return struct.unpack(">II", header[16:24])
