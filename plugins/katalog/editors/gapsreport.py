"""`katalog report --coverage`: the municipalities each kind of service leaves out, as Markdown for the minutes."""
from __future__ import annotations

from ..catalogue import Catalogue
from ..coverage import Coverage


def gaps_report(catalogue: Catalogue) -> str:
    """The gaps of the coverage table (see planovani/), kind by kind, in the taxonomy's order."""
    coverage = Coverage(catalogue)
    names = catalogue.region.municipalities
    lines = [f"# Mezery v pokrytí obcí sociálními službami – {catalogue.region.name}", "",
             f"Počítá se s {len(coverage.services)} zveřejněnými službami (i dočasně uzavřenými) a s obcemi, "
             "které služba podle pole `area` obsluhuje.", "", "## Obce bez služby daného druhu", ""]
    gaps = coverage.gaps()
    lines += [f"- **{catalogue.kinds[kind].label}** chybí v obcích: {', '.join(names[key].name for key in missing)}"
              for kind, missing in gaps] or ["Každý druh služby, který v regionu je, obsluhuje všechny obce."]
    lines += ["", "## Druhy služeb, které v regionu chybí úplně", ""]
    lines += [f"- {catalogue.kinds[kind].label}" for kind in coverage.absent_kinds()] or ["Žádné."]
    return "\n".join(lines) + "\n"
