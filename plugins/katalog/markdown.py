"""Markdown from providers rendered to HTML that cannot run code or load anything, or to plain text."""
from __future__ import annotations

import html
import re

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


def markdown_to_text(text: str | None) -> str:
    """Plain text for data exports: the words without any markup, blocks apart, list items as '• ' lines.

    Whatever still looks like a tag (a provider typed '<b>' as text) goes too: consumers may not escape."""
    if not text:
        return ""
    rendered = re.sub(r"</(p|h\d|ul|ol|blockquote)>\n", r"</\1>\n\n", _RENDERER.render(text))
    plain = html.unescape(nh3.clean(rendered.replace("<li>", "<li>• "), tags=set()))
    plain = re.sub(r"<[a-zA-Z/!?][^>]*>", "", plain)
    return re.sub(r"\n{3,}", "\n\n", re.sub(r"[ \t]*\n", "\n", plain)).strip()
