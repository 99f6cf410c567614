"""The `katalog diff` report in Markdown, with every value from the sources written as an inert code span."""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path

from .gitdiff import ABSENT, ContentDiff, FolderDiff, OtherFiles, SingleFileDiff, compare
from .gittree import TreeFile

FOLDER_TITLES = {"services": "Služby", "providers": "Poskytovatelé"}
SINGLE_FILE_TITLES = {"region.yaml": "Region", "leaflets.yaml": "Letáky",
                      "life-situations.yaml": "Životní situace"}
LONGEST_VALUE = 160  # characters of a value shown in the table; descriptions would swamp a PR comment
LINE_BREAK = "⏎"
_LINE_BREAKS = re.compile(r"\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")


def _visible(text: str) -> str:
    """One line with every character visible: line breaks as ⏎, control and invisible format characters
    (bidi overrides, zero-width spaces) as their code points, so a reviewer sees what is really there."""
    text = _LINE_BREAKS.sub(LINE_BREAK, text)
    return "".join(f"⟨U+{ord(char):04X}⟩" if unicodedata.category(char) in ("Cc", "Cf") else char
                   for char in text)


def code(text: str, in_table: bool = False) -> str:
    """An inline code span that shows `text` literally on GitHub: no link, image, mention, issue
    reference or HTML can come out of it."""
    text = _visible(text)
    if len(text) > LONGEST_VALUE:
        text = text[:LONGEST_VALUE - 1] + "…"
    if not text:
        return "(prázdný text)"
    longest_run = max((len(run) for run in re.findall("`+", text)), default=0)
    fence = "`" * (longest_run + 1)
    # One space each side is taken off again by the renderer; it keeps a backtick at an end out of the fence.
    padded = f" {text} " if text.strip(" ") and (text[0] in "` " or text[-1] in "` ") else text
    if in_table:
        # GitHub splits a table row at every | not preceded by a backslash, code spans included, then
        # drops the backslash before each |.
        padded = padded.replace("|", "\\|")
    return f"{fence}{padded}{fence}"


def show(value, in_table: bool = True) -> str:
    """A field's value: plain words for what is not there, a code span for anything a file holds."""
    if value is ABSENT:
        return "—"
    if value is None:
        return "(prázdné)"
    if isinstance(value, list) and not value:
        return "(prázdný seznam)"
    return code(_text(value), in_table)


def _text(value) -> str:
    if isinstance(value, list):
        return ", ".join(map(_text, value))
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _name(data: dict) -> str:
    return show(data["name"], in_table=False) if "name" in data else "(bez názvu)"


def _changes_table(changes: list[tuple[str, object, object]]) -> list[str]:
    lines = ["| Pole | Dříve | Nyní |", "|---|---|---|"]
    lines += [f"| {code(path, True)} | {show(before)} | {show(after)} |" for path, before, after in changes]
    return lines + [""]


def _rename_item(old_key: str, new_key: str, diff: FolderDiff, folder: str) -> str:
    item = f"- {code(old_key)} → {code(new_key)} – {_name(diff.new[new_key])}"
    if new_key not in diff.changed:
        item += " (obsah beze změny)"
    previous = diff.new[new_key].get("previous_keys")
    if folder == "services" and not (isinstance(previous, list) and old_key in previous):
        item += (f"\n  - Stará adresa přestane fungovat: doplňte do nového souboru "
                 f"{code(f'previous_keys: [{old_key}]')}, stará adresa pak přesměruje na novou.")
    return item


def _folder(folder: str, diff: FolderDiff) -> list[str]:
    lines = [f"## {FOLDER_TITLES[folder]}", ""]
    if not diff:
        return lines + ["Beze změn.", ""]
    sections = [
        ("Přidané", [f"- {code(key)} – {_name(diff.new[key])}" for key in diff.added]),
        ("Odebrané", [f"- {code(key)} – {_name(diff.old[key])}" for key in diff.removed]),
        ("Přejmenované", [_rename_item(old, new, diff, folder) for old, new in diff.renamed]),
    ]
    for heading, items in sections:
        if items:
            lines += [f"### {heading} ({len(items)})", "", *items, ""]
    if diff.changed:
        lines += [f"### Změněné ({len(diff.changed)})", ""]
        for key, changes in sorted(diff.changed.items()):
            lines += [f"#### {code(key)} – {_name(diff.new[key])}", "", *_changes_table(changes)]
    return lines


def _single_file(name: str, diff: SingleFileDiff) -> list[str]:
    lines = [f"## {SINGLE_FILE_TITLES[name]} ({code(name)})", ""]
    if diff.status == "added":
        return lines + ["Soubor přibyl.", ""]
    if diff.status == "removed":
        return lines + ["Soubor byl odstraněn.", ""]
    return lines + _changes_table(diff.changes)


def _size(byte_count: int) -> str:
    return f"{byte_count:,}".replace(",", "\u00a0") + "\u00a0B"


def _file(file: TreeFile, others: OtherFiles) -> str:
    if file.is_symlink:
        return f"{code(file.path)} (symbolický odkaz na {code(others.link_targets[file.blob])})"
    return f"{code(file.path)} ({_size(file.size)})"


def _other_files(others: OtherFiles) -> list[str]:
    sections = [
        ("Přidané", [f"- {_file(file, others)}" for file in others.added]),
        ("Odebrané", [f"- {code(file.path)} ({_size(file.size)})" for file in others.removed]),
        ("Přesunuté", [f"- {code(old.path)} → {_file(new, others)}" for old, new in others.moved]),
        ("Změněné", [f"- {_file(new, others)}, dříve {_size(old.size)}"
                     f"{' (symbolický odkaz)' if old.is_symlink else ''}" for old, new in others.changed]),
    ]
    lines = ["## Ostatní soubory (stránky, příběhy, obrázky, …)", ""]
    for heading, items in sections:
        if items:
            lines += [f"### {heading} ({len(items)})", "", *items, ""]
    return lines


def render(title: str, diff: ContentDiff) -> str:
    lines = [f"# {title}", ""]
    for folder, folder_diff in diff.folders.items():
        lines += _folder(folder, folder_diff)
    for name, file_diff in diff.single_files.items():
        lines += _single_file(name, file_diff)
    if diff.others:
        lines += _other_files(diff.others)
    if diff.unreadable:
        lines += ["## Soubory, které nejde přečíst", ""]
        lines += [f"- {code(u.path)} ({code(u.revision)}): {code(u.message)}" for u in diff.unreadable]
        lines.append("")
    return "\n".join(lines)


def diff_report(content: Path, old_revision: str, new_revision: str) -> str:
    """The Markdown report for the content folder of a git checkout."""
    diff = compare(content, old_revision, new_revision)
    return render(f"Změny v katalogu: {code(old_revision)} → {code(new_revision)}", diff)
