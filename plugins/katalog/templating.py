"""What every Jinja environment of the build gets: gettext in the page's language, the filters, `url()`.

The plugin installs it on each of Pelican's environments (signals.generator_init), so pelicanconf.py holds
no template machinery. Which language a template renders in is activated around the writing, as Django's
translation.activate() does: the outputs write each language's pages inside `activate(site)`, and the
plugin activates a Pelican page's own language before Pelican writes it. Macros imported without context
(the ones the web, the PDF and the leaflets share) then translate too."""
from __future__ import annotations

import contextlib
import json
from contextvars import ContextVar

from jinja2 import Environment, pass_context
from markupsafe import Markup

from . import fields
from .browsertexts import browser_texts
from .catalogue import LangText
from .sitelanguage import SiteLanguage
from .taxonomy import SOURCE_LANGUAGE
from .typesetting import typeset_html, typeset_text

_ACTIVE: ContextVar[SiteLanguage | None] = ContextVar("katalog_language", default=None)
_SOURCE: ContextVar[SiteLanguage | None] = ContextVar("katalog_source_language", default=None)


def use_languages(sites: dict[str, SiteLanguage]) -> None:
    """The build's languages: the source one renders whatever no output activated."""
    _SOURCE.set(next(iter(sites.values())))
    _ACTIVE.set(None)


@contextlib.contextmanager
def activate(site: SiteLanguage):
    """Render in `site`'s language inside the block."""
    token = _ACTIVE.set(site)
    try:
        yield site
    finally:
        _ACTIVE.reset(token)


def follow_page_language(generator, content) -> None:
    """signals.page_generator_write_page and article_generator_write_article: Pelican is about to write a
    page; it renders in the page's own language (`Lang:`), until the writer is done (stop_following)."""
    sites = generator.context.get("site_languages") or {}
    _ACTIVE.set(sites.get(getattr(content, "lang", None)))


def stop_following(generator, writer=None) -> None:
    """signals.page_writer_finalized and article_writer_finalized."""
    _ACTIVE.set(None)


def current_language() -> SiteLanguage:
    """The language being rendered."""
    site = _ACTIVE.get() or _SOURCE.get()
    if site is None:
        raise LookupError("no site languages: the catalogue generator has not run")
    return site


def _gettext(message: str) -> str:
    return current_language().gettext(message)


def _ngettext(singular: str, plural: str, count: int) -> str:
    return current_language().ngettext(singular, plural, count)


@pass_context
def url(context, path: str = "") -> str:
    """The address of a page of this language's site, as the page links it (SITEURL is relative on local
    builds): url(urls.service(key)). Theme files stay shared: link them with SITEURL."""
    return f"{context['SITEURL']}/{current_language().prefix}{path}"


@pass_context
def url_in(context, site: SiteLanguage, path: str = "") -> str:
    """The same page in another language's site: the language switch and hreflang links."""
    return f"{context['SITEURL']}/{site.prefix}{path}"


def date(value) -> str:
    return current_language().formatting.date(value)


def opening_hours(hours) -> list[str]:
    return current_language().formatting.opening_hours(hours)


def language_name(code: str) -> str:
    return current_language().labels.languages.get(code, code)


def cost_label(cost: str) -> str:
    return current_language().labels.costs[cost]


def phone_label(label: str):
    """A phone's label in the page's language where the language's labels say it, else in Czech (marked)."""
    site = current_language()
    translated = site.labels.phone_labels.get(label)
    return LangText(translated, site.code) if translated else LangText(label, SOURCE_LANGUAGE)


def status_label(status: str) -> str:
    return current_language().labels.statuses[status]


def age_range(age) -> str:
    """'od 18 let', 'do 26 let', '15–64 let'; empty when the service has no age limit."""
    if age is None or (age.min is None and age.max is None):
        return ""
    lang = current_language()
    if age.min is not None and age.max is not None:
        return lang.gettext("%(min)s–%(max)s let") % {"min": age.min, "max": age.max}
    if age.min is not None:
        return lang.gettext("od %(min)s let") % {"min": age.min}
    return lang.gettext("do %(max)s let") % {"max": age.max}


def count_services(count: int) -> str:
    """'1 služba', '3 služby', '7 služeb' in the page's language, with its plural rules."""
    lang = current_language()
    return lang.ngettext("%(num)d služba", "%(num)d služby", count) % {"num": count}


def tr(record, field_name: str):
    """A service's or provider's text in the page's language, or in Czech (a LangText that knows which)."""
    return record.text(field_name, current_language().code)


def description(service):
    """A service's rendered description in the page's language, or in Czech."""
    return service.description_in(current_language().code)


def lang_attr(value) -> Markup:
    """' lang="cs"' for a text shown in another language than the page's, so readers and speech know."""
    lang = getattr(value, "lang", None)
    if lang and lang != current_language().code:
        return Markup(' lang="%s"') % lang
    return Markup("")


@pass_context
def site_title(context) -> str:
    """The catalogue's title in the page's language, as the town gives it (settings), else in Czech."""
    return context["katalog_settings"].title_in(current_language().code)


@pass_context
def site_town(context) -> str:
    return context["katalog_settings"].town_in(current_language().code)


def typeset(value):
    """Czech typesetting (katalog.typesetting: no one-letter word at a line's end, numbers with their units) for
    Czech text; HTML stays HTML. A text in another language is left as it is: the rules are Czech."""
    active = _ACTIVE.get() or _SOURCE.get()
    language = getattr(value, "lang", None) or (active.code if active else SOURCE_LANGUAGE)
    if value is None or language != SOURCE_LANGUAGE:
        return value
    if isinstance(value, Markup) or hasattr(value, "__html__"):
        return Markup(typeset_html(str(value.__html__())))
    return typeset_text(str(value))


def web_label(address: str) -> str:
    """A web address as people read it: without the scheme and the trailing slash."""
    return address.split("://", 1)[-1].rstrip("/")


def openstreetmap_url(geo) -> str:
    return f"https://www.openstreetmap.org/?mlat={geo.lat}&mlon={geo.lon}#map=17/{geo.lat}/{geo.lon}"


def mapy_url(geo) -> str:
    return f"https://mapy.cz/fnc/v1/showmap?mapset=basic&center={geo.lon},{geo.lat}&zoom=17&marker=true"


def hours_json(location) -> str:
    """Opening hours as JSON for the browser's 'open now' badge."""
    return json.dumps([{"days": group.days, "open": group.open} for group in location.hours], separators=(",", ":"))


FILTERS = {
    "date": date,
    "opening_hours": opening_hours,
    "language_name": language_name,
    "cost_label": cost_label,
    "status_label": status_label,
    "phone_label": phone_label,
    "age_range": age_range,
    "web_label": web_label,
    "openstreetmap_url": openstreetmap_url,
    "mapy_url": mapy_url,
    "count_services": count_services,
    "hours_json": hours_json,
    "tel_uri": fields.tel_uri,
    "tr": tr,
    "typeset": typeset,
}


def install(env: Environment) -> Environment:
    """Make an environment fit for the catalogue's templates: escaping, gettext, filters and url()."""
    env.autoescape = True
    env.add_extension("jinja2.ext.i18n")
    env.install_gettext_callables(_gettext, _ngettext, newstyle=True)
    env.filters.update(FILTERS)
    env.globals.update(url=url, url_in=url_in, current_language=current_language, lang_attr=lang_attr,
                       description=description, browser_texts=lambda: browser_texts(current_language()),
                       site_title=site_title, site_town=site_town)
    return env
