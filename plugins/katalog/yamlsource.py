"""Reads a YAML file into plain data plus the line and column of every key and value."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import SafeConstructor

from .problems import Problem
from .texthygiene import clean

# Each node an alias expands into counts; a "billion laughs" document hits this long before it
# can exhaust memory, while a real service file has a few hundred nodes.
MAX_NODES = 20_000
# A real file nests about 5 levels. Deeper nesting is refused before anything recursive sees it:
# libyaml's composer crashes the process near 30,000 levels, the builder and pydantic near 500.
MAX_DEPTH = 20
# The largest service file of the sample has a few KB; a region with a thousand municipalities ~100 KB.
MAX_FILE_BYTES = 256 * 1024
_NESTING = {yaml.MappingStartEvent: 1, yaml.SequenceStartEvent: 1, yaml.MappingEndEvent: -1,
            yaml.SequenceEndEvent: -1}
_TOO_DEEP = (f"values nested more than {MAX_DEPTH} levels deep (a service needs about 5); "
             "check the brackets and the indentation")

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
    """The data of one YAML file, where each part of it stands, and what was cleaned from its text."""

    path: str
    data: Any
    positions: dict[Loc, Position] = field(default_factory=dict)
    warnings: list[Problem] = field(default_factory=list)

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
    """The file is not usable YAML; carries every problem to report (`problem` is the first)."""

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(map(str, problems)))
        self.problems = problems
        self.problem = problems[0]


class _Builder:
    """Turns a composed node graph into clean Python data, recording positions as it goes."""

    def __init__(self, path: str, text: str):
        self.path = path
        self.text = text
        self.positions: dict[Loc, Position] = {}
        self.scalars = SafeConstructor()
        self.nodes_seen = 0
        self.errors: list[Problem] = []
        self.warnings: list[Problem] = []

    def build(self, node: yaml.Node, loc: Loc, key_mark: yaml.Mark | None) -> Any:
        self.nodes_seen += 1
        if self.nodes_seen > MAX_NODES:
            raise self._fail(node, "document expands into too many values (anchors and aliases?); "
                                   "write the values out instead of using aliases")
        if len(loc) > MAX_DEPTH:  # only aliases get here: the parser's events were counted before
            raise self._fail(node, _TOO_DEEP)
        mark = node.start_mark
        key_mark = key_mark or mark
        self.positions[loc] = Position(mark.line + 1, mark.column + 1, key_mark.line + 1, key_mark.column + 1,
                                       literal=isinstance(node, yaml.ScalarNode) and node.style == "|")
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, loc)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, loc + (i,), None) for i, item in enumerate(node.value)]
        return self._scalar(node, loc, is_key=False)

    def _mapping(self, node: yaml.MappingNode, loc: Loc) -> dict:
        result: dict = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise self._fail(key_node, "merge keys (<<) are not supported; write the fields out")
            if not isinstance(key_node, yaml.ScalarNode):
                raise self._fail(key_node, "a key must be a plain word")
            key = self._scalar(key_node, loc, is_key=True)
            if not isinstance(key, str):
                key = str(key)
            if key in result:
                first = self.positions[loc + (key,)].key_line
                raise self._fail(key_node, f"duplicate key '{key}' (first at line {first}); "
                                           "keep one of them", field_loc=loc + (key,))
            result[key] = self.build(value_node, loc + (key,), key_node.start_mark)
        return result

    def _scalar(self, node: yaml.ScalarNode, loc: Loc, *, is_key: bool) -> Any:
        """The scalar's value; a text comes back cleaned, and what was in it is recorded."""
        value = self.scalars.construct_object(node)
        if not isinstance(value, str):
            return value
        value, findings = clean(value, is_key=is_key)
        where = (f"{format_loc(loc)} (a key)" if loc else "(a key)") if is_key else format_loc(loc)
        searched_from: dict[str, int] = {}
        for finding in findings:
            # At the character itself when it is written as such; an escape has no place of its own.
            offset = self.text.find(finding.char, searched_from.get(finding.char, node.start_mark.index),
                                    node.end_mark.index)
            searched_from[finding.char] = offset + 1
            line, column = self._line_column(node.start_mark, offset)
            problem = Problem(self.path, line, column, where, finding.message(escaped=offset < 0),
                              warning=finding.removed)
            (self.warnings if finding.removed else self.errors).append(problem)
        return value

    def _line_column(self, mark: yaml.Mark, offset: int) -> tuple[int, int]:
        """1-based line and column of an offset in the text; the mark's own when the offset is -1."""
        if offset < 0:
            return mark.line + 1, mark.column + 1
        return mark.line + 1 + self.text.count("\n", mark.index, offset), offset - self.text.rfind("\n", 0, offset)

    def _fail(self, node: yaml.Node, message: str, field_loc: Loc = ()) -> YamlProblem:
        mark = node.start_mark
        return _refusal(self.path, message, mark.line + 1, mark.column + 1,
                        format_loc(field_loc) if field_loc else "(yaml)")

def format_loc(loc: Loc) -> str:
    """('locations', 0, 'hours') -> 'locations[0].hours'."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(file)"


def _refusal(display_path: str, message: str, line: int = 1, column: int = 1,
             field_name: str = "(yaml)") -> YamlProblem:
    return YamlProblem([Problem(display_path, line, column, field_name, message)])


def _check_size(size: int, display_path: str) -> None:
    if size > MAX_FILE_BYTES:
        raise _refusal(display_path, f"the file has {size / 1024:,.0f} KB, more than the limit of "
                                     f"{MAX_FILE_BYTES // 1024} KB for one file; look for text pasted by mistake",
                       field_name="(file)")


def _check_depth(text: str, display_path: str) -> None:
    """Counts nesting over the parser's events, which libyaml produces without recursion."""
    depth = 0
    for event in yaml.parse(text, Loader=_LOADER):
        depth += _NESTING.get(type(event), 0)
        if depth > MAX_DEPTH:
            raise _refusal(display_path, _TOO_DEEP, event.start_mark.line + 1, event.start_mark.column + 1)


def read_yaml(path: Path, display_path: str) -> SourceFile:
    """Parse one YAML file; its size is checked before it is read."""
    try:
        _check_size(path.stat().st_size, display_path)
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise _refusal(display_path, f"not UTF-8 text ({error.reason}); save the file as UTF-8",
                       field_name="(file)") from None
    except OSError as error:
        raise _refusal(display_path, f"cannot be read ({error.strerror}); make it an ordinary, readable file",
                       field_name="(file)") from None
    return parse_yaml(text, display_path)


def parse_yaml(text: str, display_path: str) -> SourceFile:
    """Parse YAML text (a file, or a file as git shows it at a revision) with the same refusals as read_yaml:
    a file too big, nesting too deep, duplicate keys, alias bombs and unwanted characters."""
    _check_size(len(text.encode("utf-8", "surrogatepass")), display_path)
    try:
        _check_depth(text, display_path)
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = " ".join(filter(None, [error.context, error.problem]))
        if error.context_mark and mark and error.context_mark.line != mark.line:
            message += f" (the structure opened at line {error.context_mark.line + 1})"
        raise _refusal(display_path, f"YAML syntax error: {message}", line, column) from None
    except yaml.YAMLError as error:
        raise _refusal(display_path, f"YAML error: {error}") from None
    if node is None:
        return SourceFile(display_path, None, {(): Position(1, 1, 1, 1)})
    builder = _Builder(display_path, text)
    try:
        data = builder.build(node, (), None)
    except yaml.constructor.ConstructorError as error:
        mark = error.problem_mark
        raise _refusal(display_path, f"YAML error: {error.problem}", mark.line + 1 if mark else 1,
                       mark.column + 1 if mark else 1) from None
    if builder.errors:
        raise YamlProblem(builder.errors + builder.warnings)
    return SourceFile(display_path, data, builder.positions, builder.warnings)
