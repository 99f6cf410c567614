"""Which published services lack a translation of which texts, by provider: the editors' report."""
from __future__ import annotations

from itertools import groupby

from .. import i18n
from ..catalogue import Catalogue, ServiceRecord
from ..collation import sort_key
from ..labels import labels_for

# The texts a service may translate (schema.ServiceTranslation), as the report names them.
TEXT_FIELDS = ("name", "summary", "description", "how_to_apply", "cost_note", "status_note")


def missing_translations(service: ServiceRecord, language: str) -> list[str]:
    """The fields a service writes in Czech but not in `language`."""
    translation = service.data.translations.get(language)
    return [field for field in TEXT_FIELDS
            if getattr(service.data, field) and not (translation and getattr(translation, field))]


def translations_report(catalogue: Catalogue, languages: list[str]) -> str:
    """Markdown for the editor: for each provider, its published services and the languages (and fields) they
    lack, so the editor knows whom to ask for what. `languages` are the site's, the source language first."""
    targets = languages[1:]
    lines = ["# Chybějící překlady", ""]
    if not targets:
        return "\n".join(lines + ["Web má jen jeden jazyk; překládat není do čeho.", ""])
    lacking = [(service, {language: missing_translations(service, language) for language in targets})
               for service in catalogue.published]
    lacking = [(service, gaps) for service, gaps in lacking if any(gaps.values())]
    total = len(catalogue.published)
    complete = total - len(lacking)
    lines += [f"Úplně přeložených služeb: {complete} z {total} (jazyky: {', '.join(targets)}).", ""]
    lines += _interface_gaps(catalogue, targets)
    ordered = sorted(lacking, key=lambda item: (sort_key(item[0].provider.name), item[0].provider.key,
                                                sort_key(item[0].name)))
    for _, group in groupby(ordered, key=lambda item: item[0].provider.key):
        group = list(group)
        provider = group[0][0].provider
        lines += [f"## {provider.name} (`{provider.source}`)", ""]
        for service, gaps in group:
            wanted = "; ".join(f"{language}: {', '.join(fields)}" for language, fields in gaps.items() if fields)
            lines.append(f"- {service.name} (`{service.source}`) – chybí {wanted}")
        lines.append("")
    return "\n".join(lines)


def _interface_gaps(catalogue: Catalogue, languages: list[str]) -> list[str]:
    """The interface texts and labels each language still shows in Czech, for its translator."""
    lines = []
    for language in languages:
        messages = i18n.missing_messages(language)
        labels = labels_for(language, catalogue.life_situations, catalogue.life_situation_translations).missing
        if not messages and not labels:
            continue
        lines += [f"## Rozhraní v jazyce {language}: {len(messages) + len(labels)} textů česky", ""]
        if messages:
            lines.append(f"Katalog `{i18n.catalog_path(language).relative_to(i18n.LOCALE_DIR.parents[2])}`:")
            lines += [f"- `{message}`" for message in messages]
        if labels:
            lines.append(f"Popisky `plugins/katalog/labels/{language}.yaml`: " + ", ".join(f"`{key}`" for key in labels))
        lines.append("")
    return lines
