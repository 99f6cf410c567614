"""The README's table of KATALOG settings, generated from the settings model so it cannot drift."""
from __future__ import annotations

from pathlib import Path

from ..settings import KatalogSettings

START, END = "<!-- settings:start -->", "<!-- settings:end -->"


def settings_table() -> str:
    rows = ["| Setting | Default | Meaning |", "|---|---|---|"]
    for name, field in KatalogSettings.model_fields.items():
        default = field.get_default(call_default_factory=True)
        rows.append(f"| `{name}` | `{default!r}` | {field.description} |")
    return "\n".join(rows)


def with_settings_table(readme: str) -> str:
    """The README text with the generated table between its markers."""
    before, _, rest = readme.partition(START)
    _, _, after = rest.partition(END)
    return f"{before}{START}\n{settings_table()}\n{END}{after}"


def update_readme(path: Path) -> bool:
    """Rewrite the table in place; True when it changed."""
    old = path.read_text(encoding="utf-8")
    new = with_settings_table(old)
    path.write_text(new, encoding="utf-8")
    return new != old


if __name__ == "__main__":
    update_readme(Path("README.md"))
