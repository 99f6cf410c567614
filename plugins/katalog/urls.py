"""Where each page of the web section lives, relative to SITEURL; one place for every output's links."""
from __future__ import annotations

# Czech path segments: the addresses are read aloud, printed in leaflets and typed by people.
FACET_PATHS = {
    "life_situations": "situace",
    "target_groups": "komu",
    "municipalities": "obce",
    "kinds": "druhy",
    "forms": "formy",
    "providers": "poskytovatele",
}

SERVICES = "sluzby/"  # each service's page lies under it; the folder itself leads on to A_TO_Z
SEARCH = "hledat/"
EMERGENCY = "akutni-pomoc/"
A_TO_Z = "a-z/"
MY_LIST = "muj-seznam/"
LEAFLETS = "letaky/"
ACCESSIBILITY = "prohlaseni-o-pristupnosti/"
DOWNLOADS = "ke-stazeni/"
NEWS = "co-je-noveho/"
FEED = "co-je-noveho/atom.xml"
# Served by the web server for any missing address, so its links cannot be relative.
NOT_FOUND = "404.html"
SITEMAP = "sitemap.xml"
ROBOTS = "robots.txt"
COLOURS = "theme/css/colours.css"  # KATALOG colors, written by the build
PDF_CATALOGUE = "pdf/catalogue.pdf"
PDF_CATALOGUE_PRINT = "pdf/catalogue-print.pdf"


def service(key: str) -> str:
    return f"{SERVICES}{key}/"


def facet(facet_name: str, key: str | None = None) -> str:
    """A browse page for one value of a facet, or the facet's overview without a key."""
    base = FACET_PATHS[facet_name]
    return f"{base}/{key}/" if key else f"{base}/"


def save_as(url: str) -> str:
    """The output file for a URL ending in a slash."""
    return url + "index.html" if url.endswith("/") else url


def public_base(siteurl: str, public_url: str | None) -> str | None:
    """The section's full address, without a trailing slash: SITEURL when it is absolute (a publish
    build), else KATALOG public_url; None when neither is known. Canonical links, the sitemap, the feed,
    the catalogue's back cover and the leaflets' QR codes all print this one address."""
    if siteurl.startswith(("https://", "http://")):
        return siteurl.rstrip("/")
    return public_url.rstrip("/") if public_url else None


def absolute(siteurl: str, url: str) -> str:
    return f"{siteurl.rstrip('/')}/{url}"
