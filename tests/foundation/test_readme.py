"""The README stays true: two set-up commands first, every setting documented, CI runs its test command."""
from __future__ import annotations

from pathlib import Path

from katalog.editors.settingstable import with_settings_table

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_the_two_commands():
    first_block = README.split("```")[1]
    commands = [line.split("#")[0].strip() for line in first_block.splitlines()[1:] if line.strip()]
    assert commands == ["make build", "make test"]


def test_ci_runs_the_readme_test_command():
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_every_setting_is_documented_in_the_readme():
    assert with_settings_table(README) == README, "run: python -m katalog.editors.settingstable"
