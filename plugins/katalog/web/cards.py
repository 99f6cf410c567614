"""Service cards rendered once and reused: the browse pages list the same services over and over."""
from __future__ import annotations

from jinja2 import Template
from markupsafe import Markup

from .. import urls


class ServiceCards:
    """Each card is rendered once per (service, heading level, SITEURL, language). A whole-region service
    appears on every municipality's page and on several life-situation and target-group pages besides;
    rendering it each time was the larger part of writing the browse pages. SITEURL is part of the key
    because relative builds give every page depth its own."""

    def __init__(self, template: Template):
        self._template = template
        self._rendered: dict[tuple[str, int, str, str], str] = {}

    def __call__(self, services, heading_level: int, siteurl: str, site) -> Markup:
        cards = []
        for service in services:
            key = (service.key, heading_level, siteurl, site.code)
            card = self._rendered.get(key)
            if card is None:
                card = self._rendered[key] = self._template.render(service=service, heading_level=heading_level,
                                                                   SITEURL=siteurl, urls=urls, lang=site)
            cards.append(card)
        return Markup("\n".join(cards))
