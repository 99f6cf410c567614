"""Reads a YAML file into plain data plus the line and column of every key and value."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import SafeConstructor

from .problems import Problem

# Each node an alias expands into counts; a "billion laughs" document hits this long before it
# can exhaust memory, while a real service file has a few hundred nodes.
MAX_NODES = 20_000

Loc = tuple[str | int, ...]
# libyaml's parser is several times faster and gives the same nodes and marks.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Position:
    """1-based line and column of a value, and of its key when it sits in a mapping."""

    line: int
    column: int
    key_line: int
    key_column: int
    literal: bool = False  # a `|` block scalar: line n of its text is line `line + 1 + n` of the file


@dataclass
class SourceFile:
    """The data of one YAML file and where each part of it stands."""

    path: str
    data: Any
    positions: dict[Loc, Position] = field(default_factory=dict)

    def position(self, loc: Loc, *, of_key: bool = False) -> tuple[int, int]:
        """The line and column for a field path; falls back to the nearest enclosing value."""
        while loc not in self.positions and loc:
            loc = loc[:-1]
        pos = self.positions.get(loc)
        if pos is None:
            return 1, 1
        return (pos.key_line, pos.key_column) if of_key else (pos.line, pos.column)

    def text_line(self, loc: Loc, text_line: int) -> int:
        """The file line of line `text_line` (0-based) of a text value: exact in a `|` block, whose lines are
        the file's; the value's first line in any other style, which folds lines together."""
        pos = self.positions.get(loc)
        if pos is None or not pos.literal:
            return self.position(loc)[0]
        return pos.line + 1 + text_line


class YamlProblem(Exception):
    """The file is not usable YAML; carries the problem to report."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


class _Builder:
    """Turns a composed node graph into Python data, recording positions as it goes."""

    def __init__(self, path: str):
        self.path = path
        self.positions: dict[Loc, Position] = {}
        self.scalars = SafeConstructor()
        self.nodes_seen = 0

    def build(self, node: yaml.Node, loc: Loc, key_mark: yaml.Mark | None) -> Any:
        self.nodes_seen += 1
        if self.nodes_seen > MAX_NODES:
            raise self._fail(node, "document expands into too many values (anchors and aliases?); "
                                   "write the values out instead of using aliases")
        mark = node.start_mark
        key_mark = key_mark or mark
        self.positions[loc] = Position(mark.line + 1, mark.column + 1, key_mark.line + 1, key_mark.column + 1,
                                       literal=isinstance(node, yaml.ScalarNode) and node.style == "|")
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, loc)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, loc + (i,), None) for i, item in enumerate(node.value)]
        return self.scalars.construct_object(node)

    def _mapping(self, node: yaml.MappingNode, loc: Loc) -> dict:
        result: dict = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise self._fail(key_node, "merge keys (<<) are not supported; write the fields out")
            if not isinstance(key_node, yaml.ScalarNode):
                raise self._fail(key_node, "a key must be a plain word")
            key = self.scalars.construct_object(key_node)
            if not isinstance(key, str):
                key = str(key)
            if key in result:
                first = self.positions[loc + (key,)].key_line
                raise self._fail(key_node, f"duplicate key '{key}' (first at line {first}); "
                                           "keep one of them", field_loc=loc + (key,))
            result[key] = self.build(value_node, loc + (key,), key_node.start_mark)
        return result

    def _fail(self, node: yaml.Node, message: str, field_loc: Loc = ()) -> YamlProblem:
        mark = node.start_mark
        return YamlProblem(Problem(self.path, mark.line + 1, mark.column + 1,
                                   format_loc(field_loc) if field_loc else "(yaml)", message))


def format_loc(loc: Loc) -> str:
    """('locations', 0, 'hours') -> 'locations[0].hours'."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(file)"


def read_yaml(path: Path, display_path: str) -> SourceFile:
    """Parse one YAML file; raises YamlProblem for syntax errors, duplicate keys and alias bombs."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise YamlProblem(Problem(display_path, 1, 1, "(file)",
                                  f"not UTF-8 text ({error.reason}); save the file as UTF-8")) from None
    return parse_yaml(text, display_path)


def parse_yaml(text: str, display_path: str) -> SourceFile:
    """Parse YAML text (a file, or a file as git shows it at a revision) with the same refusals as read_yaml."""
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = " ".join(filter(None, [error.context, error.problem]))
        if error.context_mark and mark and error.context_mark.line != mark.line:
            message += f" (the structure opened at line {error.context_mark.line + 1})"
        raise YamlProblem(Problem(display_path, line, column, "(yaml)",
                                  f"YAML syntax error: {message}")) from None
    except yaml.YAMLError as error:
        raise YamlProblem(Problem(display_path, 1, 1, "(yaml)", f"YAML error: {error}")) from None
    if node is None:
        return SourceFile(display_path, None, {(): Position(1, 1, 1, 1)})
    builder = _Builder(display_path)
    try:
        data = builder.build(node, (), None)
    except yaml.constructor.ConstructorError as error:
        mark = error.problem_mark
        raise YamlProblem(Problem(display_path, mark.line + 1 if mark else 1, mark.column + 1 if mark else 1,
                                  "(yaml)", f"YAML error: {error.problem}")) from None
    return SourceFile(display_path, data, builder.positions)
