"""`katalog diff`: what changed in every file of the content folder between two git revisions."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..yamlsource import YamlProblem, parse_yaml
from .gittree import DiffError, TreeFile, blob_bytes, decode_path, files_at, git_bytes

KEYED_FOLDERS = ("services", "providers")
SINGLE_FILES = ("region.yaml", "leaflets.yaml", "life-situations.yaml")


class _Absent:
    """A field that one revision does not have (distinct from any value a file can hold)."""

    def __repr__(self) -> str:
        return "ABSENT"


ABSENT = _Absent()


@dataclass
class Unreadable:
    path: str
    revision: str
    message: str


@dataclass
class FolderDiff:
    """Keyed files of one folder (services, providers): key -> parsed data at each side."""

    old: dict[str, dict]
    new: dict[str, dict]
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)
    changed: dict[str, list[tuple[str, object, object]]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.renamed or self.changed)


@dataclass
class SingleFileDiff:
    """region.yaml and the like: 'added', 'removed' or 'changed', with the changed fields."""

    status: str
    changes: list[tuple[str, object, object]] = field(default_factory=list)


@dataclass
class OtherFiles:
    """Pages, stories, images and every other file: compared by content, never parsed."""

    added: list[TreeFile] = field(default_factory=list)
    removed: list[TreeFile] = field(default_factory=list)
    moved: list[tuple[TreeFile, TreeFile]] = field(default_factory=list)
    changed: list[tuple[TreeFile, TreeFile]] = field(default_factory=list)
    link_targets: dict[str, str] = field(default_factory=dict)  # blob of a symbolic link -> where it points

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.moved or self.changed)


@dataclass
class ContentDiff:
    folders: dict[str, FolderDiff]
    single_files: dict[str, SingleFileDiff]
    others: OtherFiles
    unreadable: list[Unreadable]


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


def _lists_previous_key(old_key: str, new_data: dict) -> bool:
    previous = new_data.get("previous_keys")
    return isinstance(previous, list) and old_key in previous


def _pair_renames(old: dict[str, dict], new: dict[str, dict], removed: list[str], added: list[str]):
    """A removed key and an added one are a rename when the new file lists the old key in previous_keys,
    or else the data is the same, or else the name is."""
    renamed = []
    for same in (lambda a, b, old_key: _lists_previous_key(old_key, b), lambda a, b, _: a == b,
                 lambda a, b, _: _plain_name(a) == _plain_name(b)):
        for old_key in list(removed):
            match = next((new_key for new_key in added if same(old[old_key], new[new_key], old_key)), None)
            if match:
                renamed.append((old_key, match))
                removed.remove(old_key)
                added.remove(match)
    return sorted(renamed)


def diff_folder(old: dict[str, dict], new: dict[str, dict]) -> FolderDiff:
    added = sorted(set(new) - set(old))
    removed = sorted(set(old) - set(new))
    renamed = _pair_renames(old, new, removed, added)
    result = FolderDiff(old, new, added=added, removed=removed, renamed=renamed)
    pairs = [(key, key) for key in sorted(set(old) & set(new))] + renamed
    for old_key, new_key in pairs:
        changes = field_changes(old[old_key], new[new_key])
        if changes:
            result.changed[new_key] = changes
    return result


class _Side:
    """One revision of the content folder: its files, and their YAML parsed on demand."""

    def __init__(self, top: Path, prefix: str, revision: str, unreadable: list[Unreadable]):
        self.top, self.prefix, self.revision, self.unreadable = top, prefix, revision, unreadable
        self.files = files_at(top, revision, prefix)

    def parsed(self, path: str) -> dict | None:
        """The fields of a YAML file, or None after noting why it cannot be read."""
        shown = f"{self.prefix}/{path}" if self.prefix else path
        try:
            # The loader's own parser: a file from a pull request gets the same refusals (alias bombs,
            # duplicate keys, depth) here as in `katalog validate`.
            data = parse_yaml(blob_bytes(self.top, self.files[path].blob).decode("utf-8"), shown).data
            flatten(data)  # the report walks the data too
        except YamlProblem as error:
            problem = error.problem
            return self._unreadable(shown, f"line {problem.line}: {problem.message}")
        except UnicodeDecodeError as error:
            return self._unreadable(shown, f"not UTF-8 text ({error.reason}); save the file as UTF-8")
        except RecursionError:
            return self._unreadable(shown, "values nested too deeply")
        if not isinstance(data, dict):
            return self._unreadable(shown, "the file does not contain fields")
        return data

    def _unreadable(self, path: str, message: str) -> None:
        self.unreadable.append(Unreadable(path, self.revision, message))
        return None


def _is_yaml_source(file: TreeFile) -> bool:
    """A file the loader reads as YAML: a keyed file of a folder, or one of the single files."""
    if file.is_symlink:
        return False  # shown as a link with its target, never parsed as what it points to
    folder, _, name = file.path.rpartition("/")
    return file.path in SINGLE_FILES or (folder in KEYED_FOLDERS and name.endswith(".yaml"))


def _differs(old: TreeFile | None, new: TreeFile | None) -> bool:
    return old is None or new is None or (old.mode, old.blob) != (new.mode, new.blob)


def _diff_keyed(old: _Side, new: _Side, folder: str) -> FolderDiff:
    def keyed(side: _Side) -> dict[str, TreeFile]:
        return {path.removeprefix(f"{folder}/").removesuffix(".yaml"): file for path, file in side.files.items()
                if _is_yaml_source(file) and path.startswith(f"{folder}/")}
    old_files, new_files = keyed(old), keyed(new)
    old_data, new_data = {}, {}
    # Files with the same content at both revisions have nothing to show: only the others are parsed.
    for key in set(old_files) | set(new_files):
        before, after = old_files.get(key), new_files.get(key)
        if not _differs(before, after):
            continue
        old_value = old.parsed(before.path) if before else {}
        new_value = new.parsed(after.path) if after else {}
        if old_value is None or new_value is None:
            continue  # listed as unreadable; reporting it as added or removed would mislead
        if before:
            old_data[key] = old_value
        if after:
            new_data[key] = new_value
    return diff_folder(old_data, new_data)


def _diff_single(old: _Side, new: _Side, name: str) -> SingleFileDiff | None:
    before, after = (side.files.get(name) for side in (old, new))
    before, after = (file if file and _is_yaml_source(file) else None for file in (before, after))
    if not _differs(before, after) or before is after is None:
        return None
    if before is None:
        return SingleFileDiff("added")
    if after is None:
        return SingleFileDiff("removed")
    old_data, new_data = old.parsed(name), new.parsed(name)
    if old_data is None or new_data is None:
        return None
    return SingleFileDiff("changed", field_changes(old_data, new_data))


def _diff_others(old: _Side, new: _Side) -> OtherFiles:
    def others(side: _Side) -> dict[str, TreeFile]:
        return {path: file for path, file in side.files.items() if not _is_yaml_source(file)}
    before, after = others(old), others(new)
    result = OtherFiles(
        added=[after[path] for path in sorted(set(after) - set(before))],
        removed=[before[path] for path in sorted(set(before) - set(after))],
        changed=[(before[path], after[path]) for path in sorted(set(before) & set(after))
                 if _differs(before[path], after[path])],
    )
    for gone in list(result.removed):
        twin = next((file for file in result.added if (file.mode, file.blob) == (gone.mode, gone.blob)), None)
        if twin:
            result.moved.append((gone, twin))
            result.removed.remove(gone)
            result.added.remove(twin)
    shown = result.added + [file for pair in result.changed + result.moved for file in pair]
    result.link_targets = {file.blob: decode_path(blob_bytes(old.top, file.blob))
                           for file in shown if file.is_symlink}
    return result


def compare(content: Path, old_revision: str, new_revision: str) -> ContentDiff:
    """Every difference in the content folder of a git checkout between two revisions."""
    if not content.is_dir():
        raise DiffError(f"{content}: no such folder")
    top = Path(decode_path(git_bytes(content, "rev-parse", "--show-toplevel")).strip())
    prefix = content.resolve().relative_to(top.resolve()).as_posix()
    prefix = "" if prefix == "." else prefix
    for revision in (old_revision, new_revision):
        try:
            git_bytes(top, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}")
        except DiffError:
            raise DiffError(f"'{revision}' is not a revision of {top}") from None
    unreadable: list[Unreadable] = []
    old, new = (_Side(top, prefix, revision, unreadable) for revision in (old_revision, new_revision))
    single_files = {name: diff for name in SINGLE_FILES if (diff := _diff_single(old, new, name))}
    return ContentDiff({folder: _diff_keyed(old, new, folder) for folder in KEYED_FOLDERS}, single_files,
                       _diff_others(old, new), unreadable)
