"""The validated catalogue that every output reads: services, providers, region and their facets."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from markupsafe import escape

import schema

from .collation import sort_key
from .problems import Problem
from .ranking import open_first, situation_order
from .taxonomy import FORMS, KINDS, SOURCE_LANGUAGE, TARGET_GROUPS, Term
from .yamlsource import SourceFile


# Kinds shown in the emergency box on every output, in this order: nationwide emergency numbers first.
EMERGENCY_KINDS = ("tisnove-linky", "telefonicka-krizova-pomoc", "krizova-pomoc", "intervencni-centra")


class LangText(str):
    """A text and the language it is written in: a page in another language marks it (lang="cs")."""

    lang: str

    def __new__(cls, text: str, lang: str):
        value = super().__new__(cls, text)
        value.lang = lang
        return value

    def __html__(self):
        # Markup given in (a rendered description) stays markup; plain text is escaped as any string.
        return str(self) if isinstance(self, _LangMarkup) else str(escape(str(self)))


class _LangMarkup(LangText):
    """Sanitised HTML (a rendered description) with its language."""


def _translated(data, language: str, field_name: str) -> LangText | None:
    """The field in `language` where the source translates it, else the Czech text (None when absent)."""
    translation = data.translations.get(language)
    value = getattr(translation, field_name, None) if translation is not None else None
    if value:
        return LangText(value, language)
    czech = getattr(data, field_name)
    return LangText(czech, SOURCE_LANGUAGE) if czech is not None else None


@dataclass(frozen=True)
class ProviderRecord:
    """A provider with its key; other attributes come from the validated file."""

    key: str
    source: str
    data: schema.Provider

    def __getattr__(self, name):
        return getattr(self.data, name)

    @property
    def display_name(self) -> str:
        return self.data.short_name or self.data.name

    def text(self, field_name: str, language: str) -> LangText | None:
        return _translated(self.data, language, field_name)


@dataclass(frozen=True)
class ServiceRecord:
    """A service with its key, its provider and derived values; other attributes come from the file."""

    key: str
    source: str
    data: schema.Service
    provider: ProviderRecord
    description_html: str
    municipalities: tuple[str, ...]  # keys of the municipalities served, with `all` expanded
    verified_at: tuple[int, int] = (1, 1)  # line and column of `verified` in the source
    # The description rendered in each language it is translated into.
    translated_html: dict[str, str] = field(default_factory=dict)

    def __getattr__(self, name):
        return getattr(self.data, name)

    def text(self, field_name: str, language: str) -> LangText | None:
        """name, summary, how_to_apply, cost_note or status_note in `language`, or in Czech."""
        return _translated(self.data, language, field_name)

    def description_in(self, language: str) -> LangText | None:
        """The rendered description in `language`, or in Czech; None without a description."""
        if language in self.translated_html:
            return _LangMarkup(self.translated_html[language], language)
        return _LangMarkup(self.description_html, SOURCE_LANGUAGE) if self.description_html else None

    @property
    def published(self) -> bool:
        return self.data.status != "inactive"

    @property
    def whole_region(self) -> bool:
        return self.data.area == "all"


@dataclass
class Catalogue:
    """Everything the sources say, validated once; outputs never read the files again."""

    content_dir: str
    region: schema.Region
    providers: dict[str, ProviderRecord]
    services: dict[str, ServiceRecord]  # every service, inactive ones included
    life_situations: dict[str, Term]
    leaflets: list[schema.Leaflet]
    leaflets_file: SourceFile | None = None  # where each value of leaflets.yaml stands (None: no leaflets)
    stories: dict = field(default_factory=dict)  # clients' stories by key, newest first (stories.StoryRecord)
    warnings: list[Problem] = field(default_factory=list)
    # The region's translations of its own life situations: key -> language -> {label, description, synonyms}.
    life_situation_translations: dict[str, dict[str, dict]] = field(default_factory=dict)
    kinds: dict[str, Term] = field(default_factory=lambda: KINDS)
    forms: dict[str, Term] = field(default_factory=lambda: FORMS)
    target_groups: dict[str, Term] = field(default_factory=lambda: TARGET_GROUPS)

    def __post_init__(self):
        self.published = sorted((s for s in self.services.values() if s.published), key=lambda s: sort_key(s.name))
        # Every list open services first (ranking); a life situation's with its central kinds next.
        self.by_life_situation = {key: situation_order(services, self._lead_kinds(key))
                                  for key, services in self._group(lambda s: s.life_situations).items()}
        self.by_target_group = self._group(lambda s: s.target_groups)
        self.by_kind = self._group(lambda s: [s.kind])
        self.by_form = self._group(lambda s: s.forms)
        self.by_municipality = self._group(lambda s: s.municipalities)
        self.by_provider = self._group(lambda s: [s.provider.key])
        self.municipality_of_part = {part: key for key, m in self.region.municipalities.items() for part in m.parts}

    @property
    def emergency(self) -> list[ServiceRecord]:
        """Crisis lines and crisis services for the emergency box, nationwide numbers first."""
        crisis = [s for s in self.published if s.kind in EMERGENCY_KINDS and s.status == "active"]
        return sorted(crisis, key=lambda s: (EMERGENCY_KINDS.index(s.kind), not s.whole_region, sort_key(s.name)))

    def _lead_kinds(self, situation: str) -> tuple[str, ...]:
        term = self.life_situations.get(situation)
        return term.lead_kinds if term is not None else ()

    def _group(self, keys_of) -> dict[str, list[ServiceRecord]]:
        """Services by key, open ones first, each part by name."""
        groups: dict[str, list[ServiceRecord]] = defaultdict(list)
        for service in open_first(self.published):
            for key in keys_of(service):
                groups[key].append(service)
        return dict(groups)

    def stories_naming(self, facet: str, key: str) -> list:
        """The stories that name a service, a life situation or a municipality ('services', 'life_situations',
        'municipalities'), newest first."""
        return [story for story in self.stories.values() if key in getattr(story, facet)]

    def municipalities_sorted(self) -> list[tuple[str, schema.Municipality]]:
        return sorted(self.region.municipalities.items(), key=lambda item: sort_key(item[1].name))

    def area_label(self, service: ServiceRecord, gettext) -> str:
        """Where a service works, as every output words it in its language: the whole region, or the names."""
        return gettext("celý region") if service.whole_region else ", ".join(self.area_names(service))

    def area_names(self, service: ServiceRecord) -> list[str]:
        """Names of the municipalities a service serves; empty when it serves the whole region."""
        if service.whole_region:
            return []
        return sorted((self.region.municipalities[k].name for k in service.municipalities), key=sort_key)

    def leaflet_problem(self, index: int, field_name: str, message: str, warning: bool = False) -> Problem:
        """A problem of one leaflet, at its place in leaflets.yaml and named by its key."""
        line, column = self.leaflets_file.position(("leaflets", index, field_name))
        return Problem(self.leaflets_file.path, line, column, f"leaflets[{index}].{field_name}",
                       f"leaflet '{self.leaflets[index].key}' {message}", warning=warning)

    def select(self, selection: schema.Selection) -> list[ServiceRecord]:
        """Published services that match every facet the selection names, plus those it lists by key."""
        facets = [
            (selection.target_groups, lambda s: s.target_groups),
            (selection.life_situations, lambda s: s.life_situations),
            (selection.municipalities, lambda s: s.municipalities),
            (selection.kinds, lambda s: [s.kind]),
            (selection.forms, lambda s: s.forms),
        ]
        wanted = [(set(keys), keys_of) for keys, keys_of in facets if keys]
        chosen = []
        for service in self.published:
            named = service.key in selection.services
            matches = bool(wanted) and all(keys & set(keys_of(service)) for keys, keys_of in wanted)
            if named or matches:
                chosen.append(service)
        return chosen
