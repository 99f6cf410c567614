"""Reads and validates every source file under content/ into one Catalogue, reporting all problems at once."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel, ValidationError

import schema

from . import taxonomy
from .catalogue import Catalogue, ProviderRecord, ServiceRecord
from .contentpages import page_problems
from .diagnose import problems_from
from .fields import SLUG
from .markdown import render_markdown
from .problems import ContentError, Problem
from .sourcetree import TreeCheck, check_tree
from .stories import STORIES_FOLDER, read_stories
from .yamlsource import SourceFile, YamlProblem, read_yaml

class _Reader:
    """Collects problems while files are read, so one run reports all of them."""

    def __init__(self, content_dir: Path, tree: TreeCheck):
        self.content_dir = content_dir
        self.tree = tree  # links and special files found in the folder: reported already, never opened
        self.problems: list[Problem] = list(tree.problems)
        self.warnings: list[Problem] = []

    def display(self, path: Path) -> str:
        return str(path)

    def validate(self, path: Path, model: type[BaseModel], context: schema.Context | None):
        """The validated model and the file it came from (for positions), or (None, None) after recording
        why not."""
        if not self.tree.allows(path):
            return None, None
        try:
            source = read_yaml(path, self.display(path))
        except YamlProblem as error:
            self.problems.extend(error.problems)
            return None, None
        self.warnings.extend(source.warnings)
        if not isinstance(source.data, dict):
            self.problems.append(Problem(source.path, 1, 1, "(file)",
                                         "the file must contain fields (key: value lines)"))
            return None, None
        try:
            return model.model_validate(source.data, context=context), source
        except ValidationError as error:
            self.problems.extend(problems_from(error, source, model))
            return None, None

    def keyed_files(self, folder: str, pattern: str = "*.y*ml", suffix: str = ".yaml") -> dict[str, Path]:
        """Source files of a folder by key (file name without its extension); bad file names are problems."""
        files = {}
        for path in sorted(p for p in (self.content_dir / folder).glob(pattern) if self.tree.allows(p)):
            key = path.name.rsplit(".", 1)[0]
            if path.suffix != suffix:
                self.problems.append(Problem(self.display(path), 1, 1, "(file name)",
                                             f"use the extension {suffix}"))
            elif not SLUG.match(key):
                self.problems.append(Problem(self.display(path), 1, 1, "(file name)",
                                             f"'{key}' is not a valid key: the file name becomes the web address, "
                                             "so use lowercase letters without diacritics, digits and hyphens"))
            else:
                files[key] = path
        return files

    def missing(self, path: Path, what: str):
        self.problems.append(Problem(self.display(path), 1, 1, "(file)", f"missing: create {what}"))


def load_catalogue(content_dir: Path | str, today: dt.date | None = None,
                   languages: Sequence[str] | None = None) -> Catalogue:
    """The validated catalogue; raises ContentError listing every error found. `languages` are the site's
    (settings), the source language first: texts may be translated only into the others. The build and the
    commands pass them; without them (tools, tests) a translation into any language is taken."""
    content_dir = Path(content_dir)
    reader = _Reader(content_dir, check_tree(content_dir))
    region_path = content_dir / "region.yaml"
    region = None
    if region_path.exists() or region_path.is_symlink():
        region, _ = reader.validate(region_path, schema.Region, None)
    else:
        reader.missing(region_path, "region.yaml with the region's municipalities")
    translation_languages = set(languages[1:]) if languages else None
    life_situations, situation_translations = _life_situations(
        reader, content_dir / "life-situations.yaml", schema.Context(translation_languages=translation_languages))
    provider_files = reader.keyed_files("providers")
    service_files = reader.keyed_files("services")
    context = schema.Context(
        providers=set(provider_files),
        municipalities=set(region.municipalities) if region else set(),
        life_situations=set(life_situations),
        services=set(service_files),
        bounds=region.bounds if region else None,
        today=today or dt.date.today(),
        translation_languages=translation_languages,
    )
    if region is None:
        context.municipalities = None  # unknown: don't report every area as wrong
    providers = {}
    for key, path in provider_files.items():
        data, _ = reader.validate(path, schema.Provider, context)
        if data is not None:
            providers[key] = ProviderRecord(key, reader.display(path), data)
    valid_services = {}
    previous_key_owners: dict[str, str] = {}
    for key, path in service_files.items():
        data, source = reader.validate(path, schema.Service, context)
        if data is not None:
            reader.problems.extend(_claim_previous_keys(previous_key_owners, data, source))
            # Only what the records need: holding every parsed file until the end would double the memory.
            # `verified` is kept so that the stale-date warning points at its line without reading again.
            valid_services[key] = (data, source.path, source.position(("verified",)))
    leaflets_path = content_dir / "leaflets.yaml"
    leaflets, leaflets_file = (reader.validate(leaflets_path, schema.Leaflets, context) if leaflets_path.exists()
                               else (None, None))
    reader.problems += page_problems(content_dir, set(service_files), reader.tree.allows, tuple(languages or ()))
    stories, story_problems = read_stories(reader.keyed_files(STORIES_FOLDER, "*.m*d*", ".md"), context)
    reader.problems += story_problems
    # Any problem so far stops here: records below may rely on the region and every provider.
    if reader.problems:
        raise ContentError(reader.problems + reader.warnings)
    services = {
        key: ServiceRecord(
            key=key, source=path, data=data, provider=providers[data.provider],
            description_html=render_markdown(data.description),
            translated_html={language: render_markdown(translation.description)
                             for language, translation in data.translations.items() if translation.description},
            municipalities=tuple(region.municipalities) if data.area == "all" else tuple(data.area),
            verified_at=verified_at,
        )
        for key, (data, path, verified_at) in valid_services.items()
    }
    catalogue = Catalogue(str(content_dir), region, providers, services, life_situations,
                          leaflets.leaflets if leaflets else [], leaflets_file=leaflets_file, stories=stories,
                          life_situation_translations=situation_translations)
    # A selection can only be checked against the whole catalogue, so this comes last.
    # Not logged here: `katalog validate` prints them, the build logs them one per line (plugin.py).
    catalogue.warnings = (reader.warnings + _duplicate_names(services) + _unreviewed(services)
                          + _empty_leaflets(catalogue))
    return catalogue


def _life_situations(reader: _Reader, path: Path, context: schema.Context):
    """The default life situations, extended or replaced by content/life-situations.yaml, and the region's
    translations of its own situations (key -> language -> label, description, synonyms)."""
    situations = dict(taxonomy.LIFE_SITUATIONS)
    if not (path.exists() or path.is_symlink()):
        return situations, {}
    data, _ = reader.validate(path, schema.LifeSituations, context)
    if data is None:
        return situations, {}
    if data.mode == "replace":
        situations = {}
    for key, item in data.situations.items():
        situations[key] = taxonomy.Term(key, item.label, item.description, synonyms=tuple(item.synonyms),
                                        lead_kinds=tuple(item.lead_kinds))
    translations = {key: {language: translation.model_dump(exclude_none=True)
                          for language, translation in item.translations.items()}
                    for key, item in data.situations.items() if item.translations}
    return situations, translations


def _claim_previous_keys(owners: dict[str, str], service: schema.Service, source: SourceFile) -> list[Problem]:
    """An old address forwards to one service only: a previous key listed a second time is an error there."""
    problems = []
    for index, old_key in enumerate(service.previous_keys):
        if old_key in owners:
            line, column = source.position(("previous_keys", index))
            problems.append(Problem(source.path, line, column, f"previous_keys[{index}]",
                                    f"'{old_key}' is already a previous key in {owners[old_key]}; an old address "
                                    "can forward to one service only, so keep it in one file"))
        else:
            owners[old_key] = source.path
    return problems


def _empty_leaflets(catalogue: Catalogue) -> list[Problem]:
    """A leaflet whose selection matches no published service would be an empty sheet of paper: the build
    leaves it out. A warning, not an error: a provider closing a service must not stop the town's build."""
    return [catalogue.leaflet_problem(index, "select", "selects no published service, so it is not made; widen "
                                      "the selection or list services by key", warning=True)
            for index, leaflet in enumerate(catalogue.leaflets) if not catalogue.select(leaflet.select)]


def _duplicate_names(services: dict[str, ServiceRecord]) -> list[Problem]:
    by_name = defaultdict(list)
    for service in services.values():
        by_name[service.name.casefold()].append(service)
    warnings = []
    for same in by_name.values():
        for service in same[1:]:
            others = ", ".join(s.source for s in same if s is not service)
            warnings.append(Problem(service.source, 1, 1, "name", f"another service has the same name ({others}); "
                                    "readers cannot tell them apart", warning=True))
    return warnings


def _unreviewed(services: dict[str, ServiceRecord]) -> list[Problem]:
    """Imported defaults stand in for what the source lacked; they stay warnings until an editor confirms them."""
    return [Problem(service.source, 1, 1, "unreviewed",
                    f"{', '.join(service.unreviewed)} filled with import defaults and not yet reviewed; check them "
                    "and remove them from `unreviewed`", warning=True)
            for service in services.values() if service.unreviewed]


def load_region(content_dir: Path | str) -> schema.Region:
    """Only region.yaml, validated (for the imports, which need the municipalities before any service exists)."""
    content_dir = Path(content_dir)
    reader = _Reader(content_dir, check_tree(content_dir))
    path = content_dir / "region.yaml"
    region = reader.validate(path, schema.Region, None)[0] if path.exists() else reader.missing(path, "region.yaml")
    if region is None:
        raise ContentError(reader.problems)
    return region
