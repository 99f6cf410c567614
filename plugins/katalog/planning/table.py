"""The coverage table's selections (all services, one target group, one form) and its CSV."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from .. import urls
from ..catalogue import Catalogue
from ..coverage import Coverage

CSV_COLUMNS = ("municipality", "kind", "services", "based_here", "per_1000")


@dataclass(frozen=True)
class Selection:
    """One version of the table: every published service, or those of one target group or one form."""

    facet: str | None  # "target_groups", "forms" or None for all services
    key: str | None
    label: str | None
    coverage: Coverage

    @property
    def url(self) -> str:
        return urls.planning(filter_facet=self.facet, filter_key=self.key)


def selections(catalogue: Catalogue) -> list[Selection]:
    """The whole table first, then one per target group and per form that has a published service."""
    chosen = [Selection(None, None, None, Coverage(catalogue))]
    for facet, vocabulary, groups in (("target_groups", catalogue.target_groups, catalogue.by_target_group),
                                      ("forms", catalogue.forms, catalogue.by_form)):
        for key, term in vocabulary.items():
            if key in groups:
                chosen.append(Selection(facet, key, term.label, Coverage(catalogue, groups[key])))
    return chosen


def coverage_csv(coverage: Coverage) -> bytes:
    """One row per municipality × kind of the taxonomy, zeros included; per_1000 empty without a population."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for municipality in coverage.municipality_keys:
        for kind in coverage.catalogue.kinds:
            cell = coverage.cell(municipality, kind)
            per_1000 = "" if cell.per_1000 is None else f"{cell.per_1000:.3f}"
            writer.writerow([municipality, kind, len(cell.services), len(cell.based_here), per_1000])
    return buffer.getvalue().encode("utf-8")
