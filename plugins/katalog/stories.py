"""Clients' stories (content/stories/*.md): metadata lines validated like any source, Markdown sanitised, privacy checked."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

import schema

from .contentpages import PageSource
from .diagnose import problems_from
from .markdown import check_links, render_markdown
from .privacy import identifying_details
from .problems import Problem, TextErrors
from .yamlsource import Position, SourceFile

STORIES_FOLDER = "stories"
# Metadata that lists keys, written as "Services: first, second".
_LISTS = ("services", "life_situations", "municipalities")
# Notes for editors in a story (the contract's example has one) are not part of the story.
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_PRIVACY = ("a story must not identify anyone: remove it (a changed name and the village are enough; contacts "
            "belong on the service's page)")


@dataclass(frozen=True)
class StoryRecord:
    """A validated story with its key, its source and its text as sanitised HTML."""

    key: str
    source: str
    data: schema.Story
    html: str

    def __getattr__(self, name):
        return getattr(self.data, name)


def read_stories(files: dict[str, Path], context: schema.Context) -> tuple[dict[str, StoryRecord], list[Problem]]:
    """Every valid story by key (newest first), and the problems of the others."""
    stories, problems = {}, []
    for key, path in files.items():
        page = PageSource.read(path)
        source = _source(page)
        body_start = max((line for _, line in page.metadata.values()), default=0) + 1
        body = "\n".join(page.text.splitlines()[body_start - 1:])
        found = _privacy_problems(source, page, body, body_start) + _link_problems(source.path, body, body_start)
        try:
            data = schema.Story.model_validate(source.data, context=context)
        except ValidationError as error:
            found += problems_from(error, source, schema.Story)
            data = None
        problems += found
        if data is not None and not found:
            stories[key] = StoryRecord(key, source.path, data, render_markdown(_COMMENT.sub("", body)))
    return dict(sorted(stories.items(), key=lambda item: item[1].date, reverse=True)), problems


def _source(page: PageSource) -> SourceFile:
    """The metadata as the data a model validates, with the line and column of each value and list item."""
    data, positions = {}, {}
    for name, (value, line) in page.metadata.items():
        text = page.text.splitlines()[line - 1]
        after_colon = text[text.index(":") + 1:]
        column = text.index(":") + 2 + len(after_colon) - len(after_colon.lstrip())
        positions[(name,)] = Position(line, column, line, 1)
        if name in _LISTS:
            items, offset = [], column - 1
            for item in value.split(","):
                positions[(name, len(items))] = Position(line, offset + len(item) - len(item.lstrip()) + 1, line, 1)
                items.append(item.strip())
                offset += len(item) + 1
            data[name] = [item for item in items if item]
        elif name == "date":
            data[name] = _date(value)
        else:
            data[name] = value
    return SourceFile(str(page.path), data, positions)


def _date(value: str) -> dt.date | str:
    """A date when the value is one; else the text, which the model refuses with a hint on the format."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return value


def _privacy_problems(source: SourceFile, page: PageSource, body: str, body_start: int) -> list[Problem]:
    texts = [(name, value, line, source.positions[(name,)].column - 1)
             for name, (value, line) in page.metadata.items() if name in ("title", "summary")]
    texts.append(("(text)", body, body_start, 0))
    return [Problem(source.path, line + text_line, offset + column, field, f"{what}: {_PRIVACY}")
            for field, text, line, offset in texts for text_line, column, what in identifying_details(text)]


def _link_problems(path: str, body: str, body_start: int) -> list[Problem]:
    try:
        check_links(body)
    except TextErrors as error:
        return [Problem(path, body_start + line, 1, "(text)", message) for line, message in error.errors]
    return []
