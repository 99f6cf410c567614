"""What the leaflet tests share: the sample leaflets with the services they select, and word positions."""
from __future__ import annotations

import html
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from pelican.settings import read_settings

from katalog.i18n import translations
from katalog.leaflets.qr import browse_path
from katalog.loader import load_catalogue
from site_tools import SAMPLE_LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')
_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')


@dataclass(frozen=True)
class Word:
    text: str
    x_min: float
    y_min: float
    x_max: float
    y_max: float


def sample_leaflets():
    """Each leaflet of content/leaflets.yaml with the names of the services it selects, and the catalogue."""
    catalogue = load_catalogue(ROOT / "content", languages=SAMPLE_LANGUAGES)
    return catalogue, [(leaflet, [s.text("name", language_of(leaflet)) for s in catalogue.select(leaflet.select)])
                       for leaflet in catalogue.leaflets]


def language_of(leaflet) -> str:
    return leaflet.lang or SAMPLE_LANGUAGES[0]


def ui(leaflet, message: str) -> str:
    """A UI text as the leaflet says it, in its language."""
    return translations(language_of(leaflet)).gettext(message)


# The sample's edition date and publisher as each language's leaflet prints them.
EDITION_AND_PUBLISHER = {"cs": ("20. 11. 2026", "Město Horažďovice"), "uk": ("20 лист. 2026 р.", "Місто Horažďovice"),
                         "en": ("20 Nov 2026", "Town of Horažďovice")}


def public_address(leaflet) -> str:
    """Where the leaflet's QR code must point: pelicanconf's public_url plus the browse page of its language."""
    settings = read_settings(str(ROOT / "pelicanconf.py"))
    prefix = "" if language_of(leaflet) == SAMPLE_LANGUAGES[0] else f"{leaflet.lang}/"
    return settings["KATALOG"]["public_url"].rstrip("/") + "/" + prefix + browse_path(leaflet.select)


def words(pdf: Path, page: int) -> tuple[float, list[Word]]:
    """The page's width and its words with their boxes in points, as `pdftotext -bbox` reads them."""
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                         check=True, capture_output=True, text=True).stdout
    width = float(_PAGE.search(out).group(1))
    return width, [Word(html.unescape(m.group(5)), *map(float, m.group(1, 2, 3, 4))) for m in _WORD.finditer(out)]


def flat(text: str) -> str:
    """Text with all whitespace runs as one space, so wrapped lines compare with one-line names."""
    return " ".join(text.split())
