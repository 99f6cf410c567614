"""Validation problems: where they are, what is wrong, and the error that carries them."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One problem in a source file, printed as `path:line:column: field: message`."""

    path: str
    line: int
    column: int
    field: str
    message: str
    warning: bool = False

    def __str__(self) -> str:
        prefix = "warning: " if self.warning else ""
        return f"{self.path}:{self.line}:{self.column}: {self.field}: {prefix}{self.message}"


class ContentError(Exception):
    """The sources have errors; `problems` lists every one of them."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        errors = [p for p in self.problems if not p.warning]
        super().__init__(f"{len(errors)} error(s) in the content:\n" + "\n".join(map(str, errors)))


class BuildStop(Exception):
    """The build stops for a reason the user can fix; the message says how, and reaches them as one plain line."""


class TextErrors(ValueError):
    """Errors inside one text value, each at a line of that text (0-based), e.g. the links of a Markdown
    description: each becomes a problem at its own line of the file."""

    def __init__(self, errors: list[tuple[int, str]]):
        self.errors = errors
        super().__init__("; ".join(message for _, message in errors))
