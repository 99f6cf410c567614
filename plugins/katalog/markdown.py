"""Markdown from providers rendered to HTML that cannot run code or load anything."""
from __future__ import annotations

import nh3
from markdown_it import MarkdownIt

_RENDERER = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).disable("image")

_TAGS = {"p", "br", "strong", "em", "ul", "ol", "li", "a", "h3", "h4", "blockquote", "code"}
_URL_SCHEMES = {"http", "https", "mailto", "tel"}


def render_markdown(text: str | None) -> str:
    """Sanitised HTML; headings are shifted down so a description never outranks the page title."""
    if not text:
        return ""
    html = _RENDERER.render(text)
    for level in (2, 1):  # h1/h2 in a description would break the page outline
        html = html.replace(f"<h{level}>", f"<h{level + 2}>").replace(f"</h{level}>", f"</h{level + 2}>")
    return nh3.clean(html, tags=_TAGS, attributes={"a": {"href"}}, url_schemes=_URL_SCHEMES,
                     link_rel="nofollow noopener noreferrer")
