"""Reading PDFs back as a printer or a reader would, with poppler's tools: boxes, fonts, text, pictures."""
from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

POINTS_PER_MM = 72 / 25.4
# A leader line as pdftotext -layout prints it: a name, dots, the page number at the right edge.
LEADER_LINE = re.compile(r"^(?P<name>\S.*?)\s*(?:\.\s*)+(?P<page>\d+)$")
_BOX_LINE = re.compile(r"^Page\s+(\d+)\s+(\w+Box):\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)$")


def _run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def mm(points: float) -> float:
    return points / POINTS_PER_MM


def info(pdf: Path) -> dict[str, str]:
    """pdfinfo's fields: 'Pages', 'Title', 'Tagged', 'PDF version' …"""
    fields = {}
    for line in _run("pdfinfo", str(pdf)).splitlines():
        key, _, value = line.partition(":")
        fields[key.strip()] = value.strip()
    return fields


def page_count(pdf: Path) -> int:
    return int(info(pdf)["Pages"])


def boxes(pdf: Path) -> list[dict[str, tuple[float, float, float, float]]]:
    """For each page, its boxes in points (x0, y0, x1, y1): {'MediaBox': …, 'TrimBox': …, 'BleedBox': …}."""
    pages: dict[int, dict] = {}
    for line in _run("pdfinfo", "-box", "-f", "1", "-l", str(page_count(pdf)), str(pdf)).splitlines():
        if match := _BOX_LINE.match(line.strip()):
            number, name, *coordinates = match.groups()
            pages.setdefault(int(number), {})[name] = tuple(float(c) for c in coordinates)
    return [pages[number] for number in sorted(pages)]


def box_size_mm(box: tuple[float, float, float, float]) -> tuple[float, float]:
    return mm(box[2] - box[0]), mm(box[3] - box[1])


def fonts(pdf: Path) -> list[dict[str, str]]:
    """pdffonts' table, one dict per font: name, type, encoding, emb, sub, uni."""
    lines = _run("pdffonts", str(pdf)).splitlines()
    # Columns are as wide as the dashes under the header; a long name may fill its column.
    widths = [len(dashes) for dashes in lines[1].split(" ")]
    keys = ["name", "type", "encoding", "emb", "sub", "uni", "object", "id"]
    rows = []
    for line in lines[2:]:
        row, start = {}, 0
        for key, width in zip(keys, widths):
            row[key] = line[start:start + width].strip()
            start += width + 1
        rows.append(row)
    return rows


def page_texts(pdf: Path, layout: bool = False) -> list[str]:
    """The text of each page (index 0 is page 1), as pdftotext reads it."""
    text = _run("pdftotext", *(["-layout"] if layout else []), str(pdf), "-")
    pages = text.split("\f")
    return pages[:-1] if pages and pages[-1] == "" else pages


def render_png(pdf: Path, page: int, out_dir: Path, dpi: int = 80) -> Path:
    """Page `page` (1-based) as a PNG, for looking at it or comparing pixels."""
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = out_dir / f"{pdf.stem}-{page}"
    _run("pdftoppm", "-r", str(dpi), "-png", "-singlefile", "-f", str(page), "-l", str(page), str(pdf), str(stem))
    return stem.with_suffix(".png")


@dataclass
class ReadPdf:
    """A PDF with its text page by page (index 0 is page 1): whitespace collapsed, and as laid out."""

    path: Path
    pages: list[str]
    layout_pages: list[str]

    @classmethod
    def read(cls, path: Path) -> "ReadPdf":
        return cls(path, [" ".join(page.split()) for page in page_texts(path)], page_texts(path, layout=True))

    def find(self, text: str) -> list[int]:
        """1-based numbers of the pages whose text contains `text`."""
        return [number for number, page in enumerate(self.pages, 1) if text in page]


def leader_entries(layout_page: str, known: set[str]) -> list[tuple[str, int]]:
    """(name, page) of each leader line; a name wrapped onto two lines is joined when the whole is known."""
    entries, previous = [], ""
    for line in (line.strip() for line in layout_page.splitlines()):
        if match := LEADER_LINE.match(line):
            name = match["name"].rstrip()
            joined = f"{previous} {name}"
            entries.append((joined if joined in known else name, int(match["page"])))
            previous = ""
        else:
            previous = line
    return entries


def page_fill(pdf: Path, top_mm: float, bottom_mm: float) -> list[float]:
    """For each page, how far down its text area the text reaches (0 to 1): the lowest word between the top and
    bottom margins (running heads and page numbers lie outside them) over the area's height."""
    words = _run("pdftotext", "-bbox", str(pdf), "-")
    fills = []
    for page in re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', words, re.S):
        top, bottom = top_mm * POINTS_PER_MM, float(page[1]) - bottom_mm * POINTS_PER_MM
        lows = [float(y) for y in re.findall(r'<word xMin="[\d.]+" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)"', page[2])]
        inside = [y for y in lows if top <= y <= bottom]
        fills.append((max(inside) - top) / (bottom - top) if inside else 0.0)
    return fills


def text_sizes(pdf: Path, page: int) -> list[tuple[float, str]]:
    """(font size in points, text) of each piece of text on page `page` (1-based), as pypdf reads it."""
    from pypdf import PdfReader

    pieces = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            pieces.append((round(abs(font_size * tm[3] * cm[3]), 1), text.strip()))

    PdfReader(pdf).pages[page - 1].extract_text(visitor_text=visit)
    return pieces
