"""Writing a page of one language's site: under the language's folder, rendered in that language."""
from __future__ import annotations

from . import urls
from .sitelanguage import SiteLanguage
from .templating import activate


def save_as(site: SiteLanguage, url: str) -> str:
    """The output file of a page: 'uk/sluzby/x/index.html' for the Ukrainian site's sluzby/x/."""
    return site.prefix + (urls.save_as(url) if url else "index.html")


def write_page(writer, site: SiteLanguage, url: str, template, context: dict, relative_urls: bool, **values) -> str:
    """Write the page at `url` (relative to the language's site) in `site`'s language; returns its file."""
    name = save_as(site, url)
    with activate(site):
        writer.write_file(name, template, context, relative_urls=relative_urls, page_url=url, lang=site,
                          **values)
    return name
