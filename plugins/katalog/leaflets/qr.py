"""Where a leaflet points readers on the web, and that address as a vector QR code."""
from __future__ import annotations

import segno
from markupsafe import Markup

import schema

from .. import urls

# The facets in the order their fields appear in schema.Selection; a leaflet points to the browse
# page of the first one it selects by. YAML order is lost in validation, so a fixed order it is.
FACET_ORDER = ("target_groups", "life_situations", "municipalities", "kinds", "forms")
# segno draws the dark modules as one path stroked in this colour; replaced by the edition's black.
_SEGNO_DARK = 'stroke="#000"'


def browse_path(selection: schema.Selection) -> str:
    """The web page that lists what a leaflet lists: its first facet's browse page, else the home page."""
    for facet in FACET_ORDER:
        keys = getattr(selection, facet)
        if keys:
            return urls.facet(facet, keys[0])
    return ""


def qr_svg(url: str, *, dark: str, title: str) -> Markup:
    """An inline SVG QR code (quiet zone included); `title` becomes the tagged PDF's alternate text."""
    # Level M survives a crease or a smudge across a folded leaflet and keeps the code small.
    svg = segno.make(url, error="m", micro=False).svg_inline(omitsize=True, svgclass="qr-code", lineclass=None,
                                                             title=title)
    if _SEGNO_DARK not in svg:
        raise ValueError(f"segno's SVG no longer strokes with {_SEGNO_DARK}; update qr_svg for the new output")
    return Markup(svg.replace(_SEGNO_DARK, f'stroke="{dark}"'))
