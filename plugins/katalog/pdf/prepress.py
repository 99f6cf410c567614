"""Printer's marks in a slug outside the bleed: crop marks at every corner and fold marks where a leaflet folds."""
from __future__ import annotations

import pydyf

POINTS_PER_MM = 72 / 25.4
BLEED_MM = 3
# The slug is the paper beyond the bleed; print.css makes the CSS bleed (the MediaBox) this far out.
SLUG_MM = 12
# A mark starts this far outside the trim (1 mm beyond the bleed, so it never reaches printed colour) and ends
# 1 mm inside the MediaBox.
MARK_FROM_MM, MARK_TO_MM = BLEED_MM + 1, SLUG_MM - 1
# Registration black: the marks show on every plate, as a printer's marks should.
_REGISTRATION = b"1 1 1 1 K"


def _points(mm: float) -> float:
    return mm * POINTS_PER_MM


def _page_objects(pdf):
    kids = pdf.pages["Kids"]
    return [pdf.objects[number] for number in kids[::3]]


def add_marks(pdf, folds_mm: list[tuple[float, ...]] | None = None):
    """Sets each page's BleedBox 3 mm outside its TrimBox, keeps its painting inside that box, and draws crop
    marks (and fold marks, given per page as distances from the trim's left edge) in the slug beyond it."""
    for index, page in enumerate(_page_objects(pdf)):
        left, bottom, right, top = (float(value) for value in page["TrimBox"])
        bleed = _points(BLEED_MM)
        page["BleedBox"] = pydyf.Array([left - bleed, bottom - bleed, right + bleed, top + bleed])
        content = pdf.objects[int(page["Contents"].split()[0])]
        # A background painted to the CSS bleed would run under the marks; the clip stops it at the bleed.
        content.stream[:0] = [b"q", f"{left - bleed:.3f} {bottom - bleed:.3f} {right - left + 2 * bleed:.3f} "
                                    f"{top - bottom + 2 * bleed:.3f} re W n".encode()]
        content.stream += [b"Q", b"q", _REGISTRATION, b"0.25 w", b"[] 0 d"]
        near, far = _points(MARK_FROM_MM), _points(MARK_TO_MM)
        for x in (left, right):
            for y, direction in ((bottom, -1), (top, 1)):
                content.stream += _line(x, y + direction * near, x, y + direction * far)
        for y in (bottom, top):
            for x, direction in ((left, -1), (right, 1)):
                content.stream += _line(x + direction * near, y, x + direction * far, y)
        if folds_mm and index < len(folds_mm):
            content.stream.append(b"[3 2] 0 d")
            for fold in folds_mm[index]:
                x = left + _points(fold)
                content.stream += _line(x, bottom - near, x, bottom - far) + _line(x, top + near, x, top + far)
        content.stream.append(b"Q")


def _line(x0: float, y0: float, x1: float, y1: float) -> list[bytes]:
    return [f"{x0:.3f} {y0:.3f} m {x1:.3f} {y1:.3f} l S".encode()]
