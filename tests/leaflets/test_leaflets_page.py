"""The leaflets page of the web section: previews of both sides with alt texts, and both editions."""
from __future__ import annotations

import re
import struct

from leaflet_tools import sample_leaflets

_, LEAFLETS = sample_leaflets()


def test_page_lists_every_leaflet_with_previews_and_downloads(full_build):
    page = (full_build / "letaky" / "index.html").read_text()
    for leaflet, names in LEAFLETS:
        assert leaflet.title in page
        for edition in (f"pdf/leaflets/{leaflet.key}.pdf", f"pdf/leaflets/{leaflet.key}-print.pdf"):
            assert f'href="../{edition}"' in page and (full_build / edition).is_file()
        for side in (1, 2):
            image = re.search(rf'<img src="../letaky/{leaflet.key}-{side}.png" alt="([^"]+)" '
                              r'width="(\d+)" height="(\d+)"', page)
            assert image, f"no preview of side {side} of {leaflet.key}"
            alt, width, height = image.group(1), int(image.group(2)), int(image.group(3))
            png = (full_build / "letaky" / f"{leaflet.key}-{side}.png").read_bytes()
            assert png[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", png[16:24]) == (width, height)
            assert ("strana letáku" in alt) and any(name in alt for name in names)
        expected_ratio = 297 / 210 if leaflet.format == "dl-trifold" else 148 / 210
        assert abs(width / height - expected_ratio) < 0.01


def test_alt_texts_tell_the_sides_apart(full_build):
    page = (full_build / "letaky" / "index.html").read_text()
    alts = re.findall(r'alt="([^"]+)"', page)
    assert len(alts) == len(set(alts))
    assert any(alt.startswith("Vnější strana") for alt in alts) and any(alt.startswith("Vnitřní strana") for alt in alts)


def test_a_web_only_build_writes_no_leaflets(web_build):
    assert not (web_build / "pdf" / "leaflets").exists()
    assert not (web_build / "letaky").exists()
