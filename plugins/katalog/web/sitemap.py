"""sitemap.xml and robots.txt for the web section."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from xml.sax.saxutils import escape

from .. import urls


def sitemap_xml(siteurl: str, pages: list[tuple[str, dt.date | None]]) -> str:
    """A sitemap of (URL relative to SITEURL, last change or None); SITEURL must be absolute."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for url, changed in pages:
        lastmod = f"<lastmod>{changed.isoformat()}</lastmod>" if changed else ""
        lines.append(f"  <url><loc>{escape(urls.absolute(siteurl, url))}</loc>{lastmod}</url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def robots_txt(siteurl: str | None) -> str:
    """Allows everything; names the sitemap when the site's absolute address is known."""
    text = "User-agent: *\nAllow: /\n"
    if siteurl:
        text += f"Sitemap: {urls.absolute(siteurl, urls.SITEMAP)}\n"
    return text


def write(output: Path, siteurl: str | None, pages: list[tuple[str, dt.date | None]]) -> None:
    """Writes robots.txt always, sitemap.xml only when SITEURL is absolute (the protocol needs full URLs)."""
    (output / urls.ROBOTS).write_text(robots_txt(siteurl), encoding="utf-8")
    if siteurl:
        (output / urls.SITEMAP).write_text(sitemap_xml(siteurl, pages), encoding="utf-8")
