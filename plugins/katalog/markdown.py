"""Markdown from providers rendered to HTML that cannot run code or load anything, or to plain text; links checked."""
from __future__ import annotations

import html
import re

import nh3
from markdown_it import MarkdownIt

from . import links
from .problems import TextErrors

_OPTIONS = {"html": False, "linkify": False, "typographer": False}
_RENDERER = MarkdownIt("commonmark", _OPTIONS).disable("image")
# The checker sees every link the text writes, even those the renderer would leave as text (javascript:,
# file:): a provider learns that the link is refused instead of finding it printed as plain text.
_LINK_FINDER = MarkdownIt("commonmark", _OPTIONS).disable("image")
_LINK_FINDER.validateLink = lambda url: True

_TAGS = {"p", "br", "strong", "em", "ul", "ol", "li", "a", "h3", "h4", "blockquote", "code"}


def render_markdown(text: str | None) -> str:
    """Sanitised HTML; headings are shifted down so a description never outranks the page title."""
    if not text:
        return ""
    rendered = _RENDERER.render(text)
    for level in (2, 1):  # h1/h2 in a description would break the page outline
        rendered = rendered.replace(f"<h{level}>", f"<h{level + 2}>").replace(f"</h{level}>", f"</h{level + 2}>")
    # Validation refuses relative links already; "deny" keeps them out of the HTML should one get here.
    return nh3.clean(rendered, tags=_TAGS, attributes={"a": {"href"}}, url_schemes=set(links.SCHEMES),
                     url_relative="deny", link_rel="nofollow noopener noreferrer")


def check_links(text: str) -> str:
    """The text unchanged when every link in it is a full address (see links.refusal); else TextErrors
    with each refused link at its line of the text (0-based)."""
    env: dict = {}
    refused: dict[str, int] = {}
    for line, href in _links(_LINK_FINDER.parse(text, env), env):
        if links.refusal(href) is not None:
            refused.setdefault(href, line)  # a link by reference is reported once, at its definition
    if refused:
        raise TextErrors([(line, f"link {links.refusal(href)}") for href, line in refused.items()])
    return text


def _links(tokens, env: dict):
    """(line, href) of every reference definition and every link, autolinks included."""
    for reference in env.get("references", {}).values():
        yield reference["map"][0], reference["href"]
    for token in tokens:
        if token.type != "inline":
            continue
        line = token.map[0]
        for child in token.children:
            if child.type in ("softbreak", "hardbreak"):
                line += 1
            elif child.type == "link_open":
                yield line, child.attrGet("href")


def markdown_to_text(text: str | None) -> str:
    """Plain text for data exports: the words without any markup, blocks apart, list items as '• ' lines.

    Whatever still looks like a tag (a provider typed '<b>' as text) goes too: consumers may not escape."""
    if not text:
        return ""
    rendered = re.sub(r"</(p|h\d|ul|ol|blockquote)>\n", r"</\1>\n\n", _RENDERER.render(text))
    plain = html.unescape(nh3.clean(rendered.replace("<li>", "<li>• "), tags=set()))
    plain = re.sub(r"<[a-zA-Z/!?][^>]*>", "", plain)
    return re.sub(r"\n{3,}", "\n\n", re.sub(r"[ \t]*\n", "\n", plain)).strip()
