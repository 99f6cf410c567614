"""Where each page of the web section lives, relative to SITEURL; one place for every output's links."""
from __future__ import annotations

from .facets import FACETS, facet_url as facet

# The browse pages' folders, from the facet registry.
FACET_PATHS = {name: spec.segment for name, spec in FACETS.items()}

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
PDF = "pdf/"
PDF_CATALOGUE = PDF + "catalogue.pdf"
PDF_CATALOGUE_PRINT = PDF + "catalogue-print.pdf"
SEARCH_DATA = "search/"
COLOURS = "theme/css/colours.css"  # KATALOG colors, written by the build
MANIFEST = "manifest.json"
OPEN_DATA = "data/hsds/"  # the HSDS 3.0 export: JSON and a Tabular Data Package
OPEN_DATA_PACKAGE = OPEN_DATA + "datapackage.json"  # lists the export's files and its licence
PLANNING = "planovani/"  # coverage tables for community planning, outside the citizen's path
COVERAGE_CSV = "data/coverage.csv"
COVERAGE_PDF = PDF + "pokryti-sluzeb.pdf"
STORIES = "pribehy/"

# What the generated outputs write, and so what no content page may be saved as: a page saved as
# sluzby/<key>/index.html would silently replace that service's page. Folders own everything below them.
_GENERATED = {
    "": "the home page",
    SERVICES: "the services' pages",
    SEARCH: "the search page",
    SEARCH_DATA: "the search data",
    EMERGENCY: "the emergency help page",
    A_TO_Z: "the A–Z list",
    MY_LIST: "the 'my list' page",
    LEAFLETS: "the leaflets page",
    ACCESSIBILITY: "the accessibility statement",
    DOWNLOADS: "the downloads page",
    NEWS: "the 'what's new' page and feed",
    PDF: "the PDF catalogue and leaflets",
    NOT_FOUND: "the 404 page",
    SITEMAP: "the sitemap",
    ROBOTS: "robots.txt",
    MANIFEST: "the publish manifest",
    OPEN_DATA: "the open data (HSDS)",
    PLANNING: "the planning tables",
    COVERAGE_CSV: "the coverage table (CSV)",
    STORIES: "the clients' stories",
    **{f"{segment}/": f"the browse pages by {facet_name.replace('_', ' ')}" for facet_name, segment in FACET_PATHS.items()},
}


def service(key: str) -> str:
    return f"{SERVICES}{key}/"


def planning(municipality: str | None = None, filter_facet: str | None = None, filter_key: str | None = None) -> str:
    """The coverage table (filtered by a target group or a form), or one municipality's view."""
    if municipality:
        return f"{PLANNING}obce/{municipality}/"
    return f"{PLANNING}{FACET_PATHS[filter_facet]}/{filter_key}/" if filter_facet else PLANNING


def story(key: str | None = None) -> str:
    return f"{STORIES}{key}/" if key else STORIES


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


def generated_owner(save_as: str, static_folders=()) -> str | None:
    """Which generated output already writes `save_as` (a path relative to the output folder), or None.

    `static_folders` are the folders Pelican copies as they are (the theme's files, content/images)."""
    path = save_as.lstrip("/")
    if path in ("", "index.html"):
        return _GENERATED[""]
    owners = [(folder.strip("/") + "/", f"the files copied from {folder.strip('/')}/") for folder in static_folders]
    for prefix, owner in owners + list(_GENERATED.items()):
        if prefix.endswith("/"):
            if path == prefix.rstrip("/") or path.startswith(prefix):
                return owner
        elif path == prefix:
            return owner
    return None
