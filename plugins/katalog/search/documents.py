"""What search knows of a service: the indexed fields with their boosts, and the data a result shows."""
from __future__ import annotations

from lunr import __TARGET_JS_VERSION__
from lunr.builder import Builder
from markupsafe import Markup

from .. import urls
from ..catalogue import Catalogue, ServiceRecord
from ..facets import FACETS, SEARCH_FILTERS
from ..sitelanguage import SiteLanguage
from ..taxonomy import SOURCE_LANGUAGE
from . import czech, languages

# Boosts are baked into the index's field vectors at build time; tests/search/test_relevance.py holds
# the queries that chose them. The name and kind decide most queries ("noclehárna", "osobní
# asistence"). Life situations carry the words people type for a problem ("exekuce", "rozvod",
# "linka důvěry"): below 4 a passing mention in another service's text wins. The summary at 4, not 2,
# puts the services that deliver meals first for "obědy pro seniory". Places only narrow a search;
# groups, provider and places changed no tested query between 1 and 6.
FIELDS = [
    ("name", 10),
    ("kind", 5),
    ("situations", 4),
    ("summary", 4),
    ("groups", 3),
    ("places", 3),
    ("provider", 2),
    ("description", 1),
]

# The URL parameters of the search page's filters, and the catalogue facet each one filters on.
FILTERS = {FACETS[name].parameter: name for name in SEARCH_FILTERS}


def _plain(html: str) -> str:
    return Markup(html).striptags() if html else ""


def _places(service: ServiceRecord, catalogue: Catalogue) -> str:
    """Names of the municipalities served and of their local parts: "Zářečí" finds Horažďovice's services."""
    names = [catalogue.region.name] if service.whole_region else []
    for key in service.municipalities:
        municipality = catalogue.region.municipalities[key]
        names += [municipality.name, *municipality.parts]
    return ", ".join(names)


def _with_synonyms(terms) -> list[str]:
    """Labels of taxonomy terms with their synonyms: the words and phrases people type for a problem or a
    service, as a list, so that each phrase is also indexed as one (LanguagePipeline.index_terms)."""
    return [phrase for term in terms for phrase in (term.label, *term.synonyms)]


def _situations(service: ServiceRecord, life_situations: dict) -> list[str]:
    return _with_synonyms(life_situations[key] for key in service.life_situations)


def index_document(ref: str, service: ServiceRecord, catalogue: Catalogue, site: SiteLanguage | None = None) -> dict:
    """The text of every indexed field of one service, in Czech; with `site` (another language), each field maps
    the site's language and Czech to their texts, for languages.build_site_index."""
    provider = service.provider
    czech = {
        "id": ref,
        "name": service.name,
        "summary": service.summary,
        "description": _plain(service.description_html),
        "provider": ", ".join(dict.fromkeys(filter(None, (provider.name, provider.short_name)))),
        "kind": _with_synonyms([catalogue.kinds[service.kind]]),
        "groups": ", ".join(catalogue.target_groups[key].label for key in service.target_groups),
        "situations": _situations(service, catalogue.life_situations),
        "places": _places(service, catalogue),
    }
    if site is None or site.is_source:
        return czech
    labels = site.labels
    own = {
        "name": _own(service.text("name", site.code), site),
        "summary": _own(service.text("summary", site.code), site),
        "description": _plain(service.translated_html.get(site.code, "")),
        "kind": _with_synonyms([labels.kinds[service.kind]]),
        "groups": ", ".join(labels.target_groups[key].label for key in service.target_groups),
        "situations": _situations(service, labels.life_situations),
    }
    return {"id": ref, **{field: {site.code: own.get(field, ""), SOURCE_LANGUAGE: czech[field]}
                          for field, _ in FIELDS}}


def _own(text, site: SiteLanguage) -> str:
    """A translated text, or nothing where the site shows the Czech one (already in the Czech part)."""
    return text if text is not None and text.lang == site.code else ""


def display_record(service: ServiceRecord, catalogue: Catalogue, site: SiteLanguage) -> dict:
    """What a result shows and what the filters read; keys are the page's URL parameters where they can be."""
    phones = service.contacts.phones
    record = {
        "name": service.text("name", site.code),
        "url": urls.service(service.key),
        "provider": service.provider.display_name,
        "summary": service.text("summary", site.code),
        "area": catalogue.area_label(service, site.gettext),
        "phone": {"number": phones[0].number, "tel": phones[0].tel} if phones else None,
        # Whole-region services serve every municipality: one flag instead of every key.
        "region": service.whole_region,
        "obec": [] if service.whole_region else list(service.municipalities),
        "situace": list(service.life_situations),
        "komu": list(service.target_groups),
        "forma": list(service.forms),
        "druh": service.kind,
        "zdarma": service.cost == "free",
        # For the filters by need (facets.NEED_FILTERS): the browser tells "open now" from the hours in the
        # region's time, any place's hours will do; a closed service is never open.
        "otevreno": _opening_hours(service),
        "bezbarierove": any(location.wheelchair for location in service.locations),
        "vek": [service.age.min, service.age.max] if service.age else None,
        "jazyk": list(service.languages),
    }
    if service.status == "temporarily-closed":
        record["closed"] = True
    return record


def _opening_hours(service: ServiceRecord) -> list[dict]:
    """The opening hours of all the service's places in one list; none while it is temporarily closed."""
    if service.status != "active":
        return []
    return [{"days": list(group.days), "open": list(group.open)}
            for location in service.locations for group in location.hours]


def languages_spoken(catalogue: Catalogue, site: SiteLanguage) -> list[tuple[str, str]]:
    """(code, name in the site's language) of every language some published service works in, by name;
    Czech, which nearly all speak, last."""
    codes = {code for service in catalogue.published for code in service.languages}
    named = sorted(((code, site.labels.languages.get(code, code)) for code in codes if code != SOURCE_LANGUAGE),
                   key=lambda item: site.sort_key(item[1]))
    return named + ([(SOURCE_LANGUAGE, site.labels.languages[SOURCE_LANGUAGE])] if SOURCE_LANGUAGE in codes else [])


def empty_index() -> dict:
    """The serialised index of no documents, which lunr.py cannot build but lunr.js loads."""
    builder = Builder()
    czech.register(builder)
    return {"version": __TARGET_JS_VERSION__, "fields": [name for name, _ in FIELDS], "fieldVectors": [],
            "invertedIndex": [], "pipeline": builder.pipeline.serialize()}


def build_index(catalogue: Catalogue, site: SiteLanguage | None = None) -> dict:
    """The lunr index of the published services for the site of `site`'s language (Czech without one); a
    result's ref is its position in catalogue.published."""
    # Short numeric refs: every ref is repeated once per field and term in the index.
    documents = [index_document(str(position), service, catalogue, site)
                 for position, service in enumerate(catalogue.published)]
    if not documents:
        return empty_index()
    if site is None or site.is_source:
        return czech.build_index(documents, FIELDS)
    return languages.build_site_index(documents, FIELDS, site.code)


def display_data(catalogue: Catalogue, site: SiteLanguage) -> list[dict]:
    """What a result shows of each published service, in the order of the index's refs."""
    return [display_record(service, catalogue, site) for service in catalogue.published]


def build(catalogue: Catalogue, site: SiteLanguage) -> tuple[dict, list[dict]]:
    """The lunr index and the display data of the published services."""
    return build_index(catalogue, site), display_data(catalogue, site)
