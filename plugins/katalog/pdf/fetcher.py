"""A WeasyPrint URL fetcher that reads only the project's own files, never the network."""
from __future__ import annotations

import logging
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from weasyprint.urls import FatalURLFetchingError, URLFetcher, URLFetcherResponse

logger = logging.getLogger(__name__)

# What a print template may load: styles, fonts, the colour profile and pictures. Anything else
# (a PDF to attach, an HTML page, a script) has no business in a catalogue.
ALLOWED_TYPES = {
    ".css": "text/css",
    ".ttf": "font/ttf",
    ".otf": "font/otf",
    ".woff": "font/woff",
    ".woff2": "font/woff2",
    ".icc": "application/vnd.iccprofile",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
}


class FetchRefused(FatalURLFetchingError):
    """A render asked for something outside the project; fatal, so the render stops instead of warning."""


class ProjectFetcher(URLFetcher):
    """Serves file: URLs below the given folders, with a known file type; refuses everything else."""

    def __init__(self, roots):
        super().__init__(allowed_protocols=("file",), fail_on_errors=True)
        # Resolved once, so a symlink or '..' in a request is compared with real paths.
        self.roots = tuple(Path(root).resolve() for root in roots)

    def fetch(self, url, headers=None):
        path = self._checked_path(url)
        media_type = ALLOWED_TYPES[path.suffix.lower()]
        return URLFetcherResponse(path.as_uri(), path.read_bytes(), {"Content-Type": media_type})

    def _checked_path(self, url: str) -> Path:
        parts = urlsplit(url)
        if parts.scheme.lower() != "file":
            self._refuse(url, f"scheme '{parts.scheme or '(none)'}' is not allowed; only project files are read")
        if parts.netloc not in ("", "localhost"):
            self._refuse(url, f"remote host '{parts.netloc}'")
        path = Path(url2pathname(unquote(parts.path))).resolve()
        if not any(path.is_relative_to(root) for root in self.roots):
            self._refuse(url, "outside the project folders " + ", ".join(str(root) for root in self.roots))
        if path.suffix.lower() not in ALLOWED_TYPES:
            self._refuse(url, f"file type '{path.suffix or '(none)'}' is not one a catalogue loads")
        if not path.is_file():
            self._refuse(url, "no such file")
        return path

    @staticmethod
    def _refuse(url: str, reason: str):
        logger.error("PDF: refused to load %s: %s", url, reason)
        raise FetchRefused(f"refused to load {url}: {reason}")

