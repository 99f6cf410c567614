"""Content pages and news (Pelican Markdown): where each is saved and which files it links, checked before a write."""
from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from pathlib import Path

from pelican.settings import DEFAULT_CONFIG
from pelican.utils import slugify

from . import urls
from .problems import Problem
from .sourcetree import is_inside

# PAGE_PATHS / PAGE_SAVE_AS and ARTICLE_PATHS / ARTICLE_SAVE_AS of pelicanconf.py. `katalog validate` has no
# Pelican settings, so it assumes these; the build checks the paths Pelican really computed (check_save_as).
SAVE_AS_BY_FOLDER = {"pages": "{slug}/index.html", "news": "aktuality/{slug}/index.html"}
# Folders Pelican copies as they are: THEME_STATIC_DIR and STATIC_PATHS of pelicanconf.py.
STATIC_FOLDERS = ("theme", "images")
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mkd", ".mdown")

_METADATA = re.compile(r"^([A-Za-z][A-Za-z0-9_-]*):\s*(.*?)\s*$")
# Pelican's intra-site links, {static}path or |static|path, which make it copy the linked file.
_INTRASITE = re.compile(r"[{|](static|attach|filename)[|}]([^\s)\"'>\]]+)")


@dataclass(frozen=True)
class PageSource:
    """A page file, with its metadata fields and the line each stands on."""

    path: Path
    text: str
    metadata: dict[str, tuple[str, int]]  # lowercased field -> (value, line)

    @classmethod
    def read(cls, path: Path) -> PageSource:
        text = path.read_text(encoding="utf-8", errors="replace")
        metadata = {}
        for number, line in enumerate(text.splitlines(), start=1):
            match = _METADATA.match(line)
            if not match:
                break
            metadata[match[1].lower()] = (match[2], number)
        return cls(path, text, metadata)

    def save_as(self, pattern: str) -> tuple[str, int, str]:
        """Where Pelican saves the page, and the line and field that decide it."""
        if "save_as" in self.metadata:
            value, line = self.metadata["save_as"]
            return value, line, "Save_as"
        if "slug" in self.metadata:
            value, line = self.metadata["slug"]
            return pattern.format(slug=value), line, "Slug"
        title, line = self.metadata.get("title", (self.path.stem, 1))
        slug = slugify(title, regex_subs=DEFAULT_CONFIG["SLUG_REGEX_SUBSTITUTIONS"])
        return pattern.format(slug=slug), line, "Title"


def page_problems(content_dir: Path, service_keys, allows=lambda path: True, languages=()) -> list[Problem]:
    """Every page that would be saved over a generated file, or links a file outside the content folder."""
    problems = []
    for folder, pattern in SAVE_AS_BY_FOLDER.items():
        root = content_dir / folder
        if not root.is_dir():
            continue
        for path in sorted(p for p in root.rglob("*") if p.suffix in MARKDOWN_SUFFIXES and allows(p)):
            page = PageSource.read(path)
            lang = page.metadata.get("lang", ("", 0))[0]
            translated = bool(languages) and lang in languages[1:]
            save_as, line, field = page.save_as(f"{lang}/{pattern}" if translated else pattern)
            problem = check_save_as(str(path), line, field, save_as, service_keys, languages=languages)
            if problem:
                problems.append(problem)
            problems += _link_problems(page, content_dir)
    return problems


def check_save_as(source: str, line: int, field: str, save_as: str, service_keys,
                  static_folders=STATIC_FOLDERS, languages=()) -> Problem | None:
    """A problem when a page's output path leaves the site or is a path a generated output writes, in the
    source language's site or in another language's folder (uk/…)."""
    normal = posixpath.normpath(save_as.replace("\\", "/"))
    if save_as.startswith(("/", "\\")) or normal == ".." or normal.startswith("../"):
        return Problem(source, line, 1, field, f"the page would be saved at '{save_as}', outside the site; "
                                               "give a path inside it, e.g. my-page/index.html")
    in_language = next((code for code in languages[1:] if normal.startswith(f"{code}/")), None)
    owner = urls.generated_owner(normal.removeprefix(f"{in_language}/") if in_language else normal, static_folders)
    if owner is None:
        return None
    key = normal.removeprefix(urls.SERVICES).removesuffix("/index.html")
    if normal.startswith(urls.SERVICES) and key in service_keys:
        owner = f"the page of the service '{key}' (services/{key}.yaml)"
    return Problem(source, line, 1, field, f"the page would be saved as '{normal}' and replace {owner}, which the "
                                           "catalogue generates; choose another Slug (or remove Save_as)")


def _link_problems(page: PageSource, content_dir: Path) -> list[Problem]:
    """Intra-site links make Pelican copy the linked file into the output: it must lie inside the content."""
    problems = []
    for number, line in enumerate(page.text.splitlines(), start=1):
        for match in _INTRASITE.finditer(line):
            target = match[2].split("#")[0].split("?")[0].replace("%20", " ")
            linked = content_dir / target.lstrip("/") if target.startswith("/") else page.path.parent / target
            if not is_inside(linked, content_dir):
                problems.append(Problem(str(page.path), number, match.start() + 1, "(link)",
                                        f"'{match[0]}' links a file outside the content folder, which would be "
                                        "published; link only files inside it"))
    return problems
