"""The Jinja filters that the shared service macros need, for Pelican's and any other environment."""
from __future__ import annotations

import json

from jinja2 import Environment
from markupsafe import Markup

from .. import fields, formatting, taxonomy
from ..typesetting import typeset_html, typeset_text


def language_name(code: str) -> str:
    return taxonomy.LANGUAGES.get(code, code)


def cost_label(cost: str) -> str:
    return taxonomy.COSTS[cost]


def status_label(status: str) -> str:
    return taxonomy.STATUSES[status]


def age_range(age) -> str:
    """'od 18 let', 'do 26 let', '15–64 let'; empty when the service has no age limit."""
    if age is None or (age.min is None and age.max is None):
        return ""
    if age.min is not None and age.max is not None:
        return f"{age.min}–{age.max} let"
    return f"od {age.min} let" if age.min is not None else f"do {age.max} let"


def web_label(url: str) -> str:
    """A web address as people read it: without the scheme and the trailing slash."""
    return url.split("://", 1)[-1].rstrip("/")


def openstreetmap_url(geo) -> str:
    return f"https://www.openstreetmap.org/?mlat={geo.lat}&mlon={geo.lon}#map=17/{geo.lat}/{geo.lon}"


def mapy_url(geo) -> str:
    return f"https://mapy.cz/fnc/v1/showmap?mapset=basic&center={geo.lon},{geo.lat}&zoom=17&marker=true"


def count_services(count: int) -> str:
    """'1 služba', '3 služby', '7 služeb'."""
    if count == 1:
        return "1 služba"
    return f"{count} služby" if 2 <= count <= 4 else f"{count} služeb"


def hours_json(location) -> str:
    """Opening hours as JSON for the browser's 'open now' badge."""
    return json.dumps([{"days": group.days, "open": group.open} for group in location.hours], separators=(",", ":"))


def typeset(value):
    """Czech typesetting (typesetting.py) for a template: HTML stays HTML, plain text is escaped after."""
    return Markup(typeset_html(str(value))) if isinstance(value, Markup) else typeset_text(str(value))


FILTERS = {
    **formatting.FILTERS,
    "language_name": language_name,
    "cost_label": cost_label,
    "status_label": status_label,
    "age_range": age_range,
    "web_label": web_label,
    "openstreetmap_url": openstreetmap_url,
    "mapy_url": mapy_url,
    "count_services": count_services,
    "hours_json": hours_json,
    "tel_uri": fields.tel_uri,
    "typeset": typeset,
}


def prepare(env: Environment) -> Environment:
    """Make an environment that Pelican did not create fit for the shared macros: filters, escaping."""
    env.autoescape = True
    env.filters.update(FILTERS)
    return env
