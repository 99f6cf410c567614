"""Provider Markdown becomes HTML that can neither run code nor load anything."""
from __future__ import annotations

from html.parser import HTMLParser

import pytest

from katalog.markdown import render_markdown

SAFE_TAGS = {"p", "br", "strong", "em", "ul", "ol", "li", "a", "h3", "h4", "blockquote", "code"}


class _Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.elements: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))


def elements(html: str) -> list[tuple[str, dict]]:
    parser = _Elements()
    parser.feed(html)
    return parser.elements


def test_markdown_formatting_survives():
    html = render_markdown("**Pomůžeme** s:\n\n- rozpočtem\n- splátkami\n\n[Web](https://poradna.example/)")
    assert "<strong>Pomůžeme</strong>" in html and "<li>rozpočtem</li>" in html
    assert '<a href="https://poradna.example/" rel="nofollow noopener noreferrer">Web</a>' in html


@pytest.mark.parametrize("hostile", [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[klik](javascript:alert(1))",
    "[klik](JaVaScRiPt:alert(1))",
    "[klik](data:text/html;base64,PHNjcmlwdD4=)",
    "[klik](file:///etc/passwd)",
    "[klik](../../admin/)",
    "[klik](//evil.example/x)",
    "[klik](#nahoru)",
    "<a href='javascript:alert(1)'>x</a>",
    "![obr](https://tracker.example/pixel.png)",
    '<iframe src="https://evil.example"></iframe>',
    "<style>body{display:none}</style>",
])
def test_hostile_markdown_is_neutralised(hostile):
    """Whatever text remains is shown as text: no other element, no script attribute, no other scheme."""
    for tag, attrs in elements(render_markdown(hostile)):
        assert tag in SAFE_TAGS
        assert set(attrs) <= {"href", "rel"}
        if "href" in attrs:
            assert attrs["href"].split(":")[0].lower() in {"http", "https", "mailto", "tel"}


def test_headings_never_outrank_the_page_title():
    assert render_markdown("# Nadpis\n\n## Podnadpis") == "<h3>Nadpis</h3>\n<h4>Podnadpis</h4>\n"


def test_empty_description_renders_nothing():
    assert render_markdown(None) == "" and render_markdown("") == ""
