"""Hostile or careless YAML gets one clear line in validate, the build and diff: limits and text hygiene."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from katalog.loader import load_catalogue
from katalog.problems import ContentError
from katalog.yamlsource import parse_yaml
from site_tools import CONTENT, ROOT, run_pelican

KATALOG = Path(sys.executable).with_name("katalog")
SERVICE = "services/dluhova-poradna-horazdovice.yaml"
NAME_LINE = "name: Dluhová poradna Horažďovice"
AGE_LINE = "age: {min: 18}"
GIT_IDENTITY = {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
                "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid"}


def katalog(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([str(KATALOG), *args], cwd=cwd, capture_output=True, text=True, timeout=300)


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, capture_output=True, env={**os.environ, **GIT_IDENTITY}, check=True)


def replace_line(content: Path, old: str, new: str, file: str = SERVICE) -> int:
    """Replace a whole line of a content file; returns its line number."""
    path = content / file
    lines = path.read_text(encoding="utf-8").split("\n")
    number = lines.index(old)
    lines[number] = new
    path.write_text("\n".join(lines), encoding="utf-8")
    return number + 1


def refusals(content: Path) -> list[str]:
    with pytest.raises(ContentError) as raised:
        load_catalogue(content)
    return [str(problem).removeprefix(f"{content}/") for problem in raised.value.problems]


# Each hostile file: the line it replaces and how, the start of the one line that must report it (file, line,
# column, field) and what that line must say.
NESTED = "values nested more than 20 levels deep"
HOSTILE = {
    "nested-500": (AGE_LINE, "age: " + "[" * 500 + "]" * 500, ":22:25: (yaml): ", NESTED),
    "nested-30000": (AGE_LINE, "age: " + "[" * 30_000 + "]" * 30_000, ":22:25: (yaml): ", NESTED),
    "huge": ("description: |", "description: |\n" + "  Velmi dlouhý popis.\n" * 15_000, ":1:1: (file): ",
             "KB, more than the limit of 256 KB for one file"),
}


@pytest.mark.parametrize("case", HOSTILE)
def test_validate_refuses_in_one_line(scratch_content, case):
    old, new, where, what = HOSTILE[case]
    replace_line(scratch_content, old, new)
    result = katalog("validate", str(scratch_content))
    assert result.returncode == 1
    first, summary = result.stderr.splitlines()
    assert first.startswith(f"{scratch_content}/{SERVICE}{where}") and what in first
    assert summary.startswith("1 error(s)")


@pytest.mark.parametrize("case", HOSTILE)
def test_build_refuses_in_one_line(scratch_content, tmp_path, case):
    old, new, where, what = HOSTILE[case]
    replace_line(scratch_content, old, new)
    result = run_pelican(scratch_content, tmp_path / "out", "-e", "KATALOG_PDF=false")
    assert result.returncode == 1
    assert any(line.startswith(f"{scratch_content}/{SERVICE}{where}") and what in line
               for line in result.stderr.splitlines())
    assert "Traceback" not in result.stdout + result.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("case", HOSTILE)
def test_diff_lists_the_file_as_unreadable(scratch_content, tmp_path, case):
    repo = tmp_path / "repo"
    shutil.copytree(scratch_content, repo / "content")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "content")
    git(repo, "commit", "-q", "-m", "sample")
    old, new, where, what = HOSTILE[case]
    replace_line(repo / "content", old, new)
    git(repo, "commit", "-q", "-am", "hostile")
    result = katalog("diff", "HEAD~1", "HEAD", "--content", "content", cwd=repo)
    assert result.returncode == 0, result.stderr
    assert any(f"content/{SERVICE}" in line and f"line {where.split(':')[1]}: " in line and what in line
               for line in result.stdout.splitlines()), result.stdout


def test_aliases_cannot_nest_deeper_than_the_text(scratch_content):
    chain = "\n".join(f"x{i}: &a{i} [*a{i - 1}]" for i in range(1, 40))
    replace_line(scratch_content, AGE_LINE, f"x0: &a0 []\n{chain}")
    (problem,) = refusals(scratch_content)
    assert problem.startswith(SERVICE) and "values nested more than 20 levels deep" in problem


def test_limits_name_the_field_and_its_line(scratch_content):
    replace_line(scratch_content, NAME_LINE, "name: " + "Poradna" * 30)
    line = replace_line(scratch_content, "how_to_apply: Přijďte v úředních hodinách, nebo se objednejte "
                        "telefonicky či e-mailem.", "how_to_apply: " + "x" * 2_001)
    area = replace_line(scratch_content, "area: [horazdovice, hejna, velky-bor] # municipality keys from "
                        "content/region.yaml", "area: [" + ", ".join(["hejna"] * 5_001) + "]")
    assert refusals(scratch_content) == [
        f"{SERVICE}:3:7: name: has 210 characters, more than the limit of 200; shorten it",
        f"{SERVICE}:{area}:7: area: lists 5,001 values, more than the limit of 5,000; keep the ones that matter most",
        f"{SERVICE}:{line}:15: how_to_apply: has 2,001 characters, more than the limit of 2,000; shorten it",
    ]


def test_nul_in_a_name_reaches_no_output(scratch_content, tmp_path):
    replace_line(scratch_content, NAME_LINE, 'name: "Dluhová\\0 poradna"')
    result = run_pelican(scratch_content, tmp_path / "out", "-e", "KATALOG_PDF=false")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert (f"{scratch_content}/{SERVICE}:3:7: name: contains U+0000 (a control character) (from an escape in "
            "quotes, such as \"\\x00\"), which cannot be shown or printed; delete it") in result.stderr.splitlines()
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("written, column, origin", [
    ("name: Dluhová poradna \u202eecivodžaroH", 23, ""),
    ('name: "Dluhová poradna \\u202eecivodžaroH"', 7, " (from an escape in quotes, such as \"\\u202e\")"),
])
def test_bidi_override_is_refused_where_it_stands(scratch_content, written, column, origin):
    replace_line(scratch_content, NAME_LINE, written)
    result = katalog("validate", str(scratch_content))
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == (
        f"{scratch_content}/{SERVICE}:3:{column}: name: contains U+202E RIGHT-TO-LEFT OVERRIDE{origin}, an "
        "invisible character that changes the order in which text displays; delete it (retype the text if you "
        "cannot find it)")


def test_a_key_with_a_control_character_is_refused(scratch_content):
    replace_line(scratch_content, AGE_LINE, '"age\\x01": {min: 18}')
    (problem,) = refusals(scratch_content)
    assert problem.startswith(f"{SERVICE}:22:1: (a key): contains U+0001")


@pytest.mark.parametrize("name", ['" "', '"\\u200b"', '"\u3164"', '"-"', '"Dluhová\\nporadna"'])
@pytest.mark.parametrize("file, line", [
    (SERVICE, NAME_LINE),
    ("providers/poradna-pro-obcany.yaml", "name: Poradna pro občany Horažďovicka, z. s."),
    ("region.yaml", "    name: Horažďovice"),
    ("leaflets.yaml", "    title: Pomoc pro seniory a jejich blízké"),
])
def test_a_name_needs_a_visible_letter_or_digit(scratch_content, name, file, line):
    indent, field = line[:len(line) - len(line.lstrip())], line.split(":")[0].strip()
    number = replace_line(scratch_content, line, f"{indent}{field}: {name}", file=file)
    found = [p for p in refusals(scratch_content) if p.startswith(f"{file}:{number}:")]
    assert found and any(("visible letter or digit" in p or "must not be empty" in p or "one line" in p)
                         for p in found), found


def test_life_situation_label_needs_a_visible_letter(scratch_content):
    (scratch_content / "life-situations.yaml").write_text(
        'situations:\n  osamelost:\n    label: "\\u200b"\n    description: Samota.\n', encoding="utf-8")
    assert refusals(scratch_content) == [
        "life-situations.yaml:3:12: situations.osamelost.label: must not be empty",
        "life-situations.yaml:3:12: situations.osamelost.label: warning: removed the invisible character "
        "U+200B ZERO WIDTH SPACE (from an escape in quotes, such as \"\\u200b\"); nothing visible changes, "
        "nothing to fix"]


def test_soft_hyphen_is_removed_with_a_warning_and_the_word_is_found(scratch_content, tmp_path):
    replace_line(scratch_content, NAME_LINE, "name: Poradna pro dlu\u00adžníky")
    validate = katalog("validate", str(scratch_content))
    assert validate.returncode == 0, validate.stderr
    assert validate.stderr.splitlines() == [
        f"{scratch_content}/{SERVICE}:3:22: name: warning: removed the invisible character U+00AD SOFT HYPHEN; "
        "nothing visible changes, nothing to fix"]
    output = tmp_path / "out"
    assert run_pelican(scratch_content, output, "-e", "KATALOG_PDF=false").returncode == 0
    page = (output / "sluzby" / "dluhova-poradna-horazdovice" / "index.html").read_text(encoding="utf-8")
    assert "Poradna pro dlužníky" in page and "\u00ad" not in page
    node = shutil.which("node")
    if node:
        found = subprocess.run([node, str(ROOT / "tests" / "search" / "search_cli.js"),
                                str(output / "search" / "index.json")], input=json.dumps(["dlužníky"]),
                               capture_output=True, text=True, timeout=60, check=True)
        services = json.loads((output / "search" / "services.json").read_text(encoding="utf-8"))
        assert "Poradna pro dlužníky" in [services[int(ref)]["name"] for ref in json.loads(found.stdout)[0]]


def test_text_is_read_in_nfc(scratch_content):
    replace_line(scratch_content, NAME_LINE, "name: Dluhova\u0301 poradna")
    assert load_catalogue(scratch_content).services["dluhova-poradna-horazdovice"].name == "Dluhová poradna"


def test_the_sample_reads_unchanged_and_without_warnings():
    for path in sorted(CONTENT.rglob("*.yaml")):
        source = parse_yaml(path.read_text(encoding="utf-8"), str(path))
        assert source.data == yaml.safe_load(path.read_text(encoding="utf-8")), path
        assert source.warnings == [], path
