"""The editors' subcommands of `katalog`: new, diff, report and docs (exit codes as in katalog.cli)."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from ..console import SETTINGS_FILE, load_or_exit_code
from ..settings import KatalogSettings, project_settings
from .translations import translations_report
from .answers import Vocabulary
from .fieldtable import regenerate
from .freshness import freshness_report
from .gapsreport import gaps_report
from .diffmarkdown import diff_report
from .gittree import DiffError
from .newservice import NewServiceError, collect, write_service


def cmd_new(args) -> int:
    catalogue = load_or_exit_code(Path(args.content))
    if isinstance(catalogue, int):
        return catalogue
    today = dt.date.today()
    given = {name: getattr(args, name) for name in ("name", "key", "provider", "kind", "summary", "life_situations",
                                                     "target_groups", "forms", "area", "cost", "phone", "verified")}
    try:
        answers = collect(given, Vocabulary.of(catalogue, today), ask=input, say=print)
        path = write_service(catalogue, answers, today)
    except NewServiceError as error:
        print(f"katalog new: {error}", file=sys.stderr)
        return 2
    print(f"Vytvořeno: {path}. Doplňte popis, místa a kontakty a spusťte `katalog validate`.")
    return 0


def cmd_diff(args) -> int:
    try:
        print(diff_report(Path(args.content), args.old, args.new), end="")
    except DiffError as error:
        print(f"katalog diff: {error}", file=sys.stderr)
        return 2
    return 0


def cmd_report(args) -> int:
    catalogue = load_or_exit_code(Path(args.content))
    if isinstance(catalogue, int):
        return catalogue
    if args.translations:
        settings_file = SETTINGS_FILE if SETTINGS_FILE.is_file() else None
        print(translations_report(catalogue, project_settings(settings_file).languages), end="")
    elif args.coverage:
        print(gaps_report(catalogue), end="")
    else:
        print(freshness_report(catalogue, args.months, args.today or dt.date.today()), end="")
    return 0


def cmd_docs(args) -> int:
    path = Path(args.file)
    try:
        old = path.read_text(encoding="utf-8")
        new = regenerate(old)
    except (OSError, ValueError) as error:
        print(f"katalog docs: {path}: {error}", file=sys.stderr)
        return 2
    if new == old:
        print(f"{path}: up to date")
        return 0
    if args.check:
        print(f"{path}: the generated tables are out of date; run `katalog docs`", file=sys.stderr)
        return 1
    path.write_text(new, encoding="utf-8")
    print(f"{path}: updated")
    return 0


def add_commands(commands) -> None:
    """Add the editors' subcommands to the `katalog` parser."""
    content = {"default": "content", "help": "content folder (default: content)"}
    new = commands.add_parser("new", help="create a service file from questions or options")
    new.add_argument("--content", **content)
    for option in ("key", "name", "provider", "kind", "summary", "cost", "phone", "verified"):
        new.add_argument(f"--{option}")
    new.add_argument("--life-situation", dest="life_situations", action="append", help="repeatable")
    new.add_argument("--target-group", dest="target_groups", action="append", help="repeatable")
    new.add_argument("--form", dest="forms", action="append", help="repeatable")
    new.add_argument("--area", action="append", help="municipality key (repeatable) or all")
    new.set_defaults(run=cmd_new)
    diff = commands.add_parser("diff", help="Markdown report of what changed between two git revisions")
    diff.add_argument("old", help="the earlier revision, e.g. origin/main")
    diff.add_argument("new", help="the later revision, e.g. HEAD")
    diff.add_argument("--content", **content)
    diff.set_defaults(run=cmd_diff)
    report = commands.add_parser("report", help="services not verified for a long time, by provider; with "
                                 "--coverage the municipalities left without a kind of service, with --translations "
                                 "the services lacking translations")
    report.add_argument("--content", **content)
    report.add_argument("--months", type=int, default=KatalogSettings().stale_after_months,
                        help="age in months that counts as stale (default: %(default)s)")
    report.add_argument("--today", type=dt.date.fromisoformat, help="count from this date (YYYY-MM-DD), not today")
    report.add_argument("--translations", action="store_true",
                        help="instead: published services lacking translations into the site's languages, by provider")
    report.add_argument("--coverage", action="store_true",
                        help="print the gaps in the coverage of municipalities (Markdown) instead")
    report.set_defaults(run=cmd_report)
    docs = commands.add_parser("docs", help="regenerate the field tables and key lists in CONTRIBUTING.md")
    docs.add_argument("--file", default="CONTRIBUTING.md", help="document to update (default: CONTRIBUTING.md)")
    docs.add_argument("--check", action="store_true", help="only check; exit 1 when the document is out of date")
    docs.set_defaults(run=cmd_docs)
