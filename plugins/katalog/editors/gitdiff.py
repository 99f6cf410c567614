"""`katalog diff`: services and providers added, removed, renamed and changed between two git revisions, in Markdown."""
from __future__ import annotations

import datetime as dt
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from ..yamlsource import YamlProblem, parse_yaml

FOLDERS = {"services": "Služby", "providers": "Poskytovatelé"}
ABSENT = "—"
LONGEST_VALUE = 160  # characters of a value shown in the table; descriptions would swamp a PR comment


class DiffError(Exception):
    """git cannot answer: not a repository, or an unknown revision."""


@dataclass
class Unreadable:
    path: str
    revision: str
    message: str


@dataclass
class FolderDiff:
    """The changes in one folder; data is the parsed YAML of each file, keyed by file name without .yaml."""

    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)
    changed: dict[str, list[tuple[str, object, object]]] = field(default_factory=dict)


def _git(cwd: Path, *args: str) -> str:
    result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        raise DiffError(f"git {' '.join(args)}: {result.stderr.strip()}")
    return result.stdout


def _files_at(top: Path, revision: str, folder: str, unreadable: list[Unreadable]) -> dict[str, dict]:
    """The parsed YAML files of a folder at a revision; files that don't parse go to `unreadable`."""
    files = {}
    for path in _git(top, "ls-tree", "-r", "--name-only", revision, "--", f"{folder}/").splitlines():
        if not path.endswith(".yaml"):
            continue
        try:
            # The loader's own parser: a file from a pull request gets the same refusals (alias bombs,
            # duplicate keys) here as in `katalog validate`.
            data = parse_yaml(_git(top, "show", f"{revision}:{path}"), path).data
        except YamlProblem as error:
            problem = error.problem
            unreadable.append(Unreadable(path, revision, f"line {problem.line}: {problem.message}"))
            continue
        if not isinstance(data, dict):
            unreadable.append(Unreadable(path, revision, "the file does not contain fields"))
            continue
        files[path.rsplit("/", 1)[-1].removesuffix(".yaml")] = data
    return files


def flatten(value, path: str = "") -> dict[str, object]:
    """Dotted field paths to values; a list of plain values stays one value, a list of groups is indexed."""
    if isinstance(value, dict):
        flat = {}
        for key, item in value.items():
            flat.update(flatten(item, f"{path}.{key}" if path else str(key)))
        return flat
    if isinstance(value, list) and any(isinstance(item, (dict, list)) for item in value):
        flat = {}
        for index, item in enumerate(value):
            flat.update(flatten(item, f"{path}[{index}]"))
        return flat
    return {path: value}


def field_changes(old: dict, new: dict) -> list[tuple[str, object, object]]:
    before, after = flatten(old), flatten(new)
    paths = list(before) + [path for path in after if path not in before]
    return [(path, before.get(path, ABSENT), after.get(path, ABSENT))
            for path in paths if before.get(path, ABSENT) != after.get(path, ABSENT)]


def _plain_name(data: dict) -> str:
    return str(data.get("name", "")).casefold()


def _pair_renames(old: dict[str, dict], new: dict[str, dict], removed: list[str], added: list[str]):
    """A removed key and an added one are a rename when the data is the same, or else the name is."""
    renamed = []
    for same in (lambda a, b: a == b, lambda a, b: _plain_name(a) == _plain_name(b)):
        for old_key in list(removed):
            match = next((new_key for new_key in added if same(old[old_key], new[new_key])), None)
            if match:
                renamed.append((old_key, match))
                removed.remove(old_key)
                added.remove(match)
    return sorted(renamed)


def diff_folder(old: dict[str, dict], new: dict[str, dict]) -> FolderDiff:
    added = sorted(set(new) - set(old))
    removed = sorted(set(old) - set(new))
    renamed = _pair_renames(old, new, removed, added)
    result = FolderDiff(added=added, removed=removed, renamed=renamed)
    pairs = [(key, key) for key in sorted(set(old) & set(new))] + renamed
    for old_key, new_key in pairs:
        changes = field_changes(old[old_key], new[new_key])
        if changes:
            result.changed[new_key] = changes
    return result


def _show(value) -> str:
    if isinstance(value, list):
        text = ", ".join(map(_show, value)) if value else "(prázdný seznam)"
    elif isinstance(value, dt.date):
        text = value.isoformat()
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif value is None:
        text = "(prázdné)"
    else:
        text = " ".join(str(value).split())
    if len(text) > LONGEST_VALUE:
        text = text[:LONGEST_VALUE - 1] + "…"
    return text.replace("|", "\\|")


def _name(data: dict) -> str:
    return _show(data.get("name", "(bez názvu)"))


def render(title: str, diffs: dict[str, tuple[FolderDiff, dict, dict]], unreadable: list[Unreadable]) -> str:
    lines = [f"# {title}", ""]
    for folder, (diff, old, new) in diffs.items():
        lines += [f"## {FOLDERS[folder]}", ""]
        if not (diff.added or diff.removed or diff.renamed or diff.changed):
            lines += ["Beze změn.", ""]
            continue
        sections = [
            ("Přidané", [f"- `{key}` – {_name(new[key])}" for key in diff.added]),
            ("Odebrané", [f"- `{key}` – {_name(old[key])}" for key in diff.removed]),
            ("Přejmenované", [f"- `{a}` → `{b}` – {_name(new[b])}"
                              f"{'' if b in diff.changed else ' (obsah beze změny)'}" for a, b in diff.renamed]),
        ]
        for heading, items in sections:
            if items:
                lines += [f"### {heading} ({len(items)})", "", *items, ""]
        if diff.changed:
            lines += [f"### Změněné ({len(diff.changed)})", ""]
            for key, changes in sorted(diff.changed.items()):
                lines += [f"#### `{key}` – {_name(new[key])}", "", "| Pole | Dříve | Nyní |", "|---|---|---|"]
                lines += [f"| `{path}` | {_show(before)} | {_show(after)} |" for path, before, after in changes]
                lines.append("")
    if unreadable:
        lines += ["## Soubory, které nejde přečíst", ""]
        lines += [f"- `{u.path}` ({u.revision}): {u.message}" for u in unreadable]
        lines.append("")
    return "\n".join(lines)


def diff_report(content: Path, old_revision: str, new_revision: str) -> str:
    """The Markdown report for the content folder of a git checkout."""
    if not content.is_dir():
        raise DiffError(f"{content}: no such folder")
    top = Path(_git(content, "rev-parse", "--show-toplevel").strip())
    prefix = content.resolve().relative_to(top.resolve()).as_posix()
    for revision in (old_revision, new_revision):
        try:
            _git(top, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}")
        except DiffError:
            raise DiffError(f"'{revision}' is not a revision of {top}") from None
    unreadable: list[Unreadable] = []
    diffs = {}
    for folder in FOLDERS:
        path = f"{prefix}/{folder}" if prefix != "." else folder
        old = _files_at(top, old_revision, path, unreadable)
        new = _files_at(top, new_revision, path, unreadable)
        diffs[folder] = (diff_folder(old, new), old, new)
    return render(f"Změny v katalogu: {old_revision} → {new_revision}", diffs, unreadable)
