"""The same sources give byte-identical output: dates come from the sources or the edition, never the clock."""
from __future__ import annotations

from pathlib import Path

from site_tools import CONTENT, run_pelican


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _assert_identical(first: Path, second: Path):
    one, other = _files(first), _files(second)
    assert sorted(one) == sorted(other), "the two builds wrote different files"
    differing = [name for name in one if one[name] != other[name]]
    assert not differing, f"these files differ between two builds of the same sources: {', '.join(differing)}"


def test_two_web_builds_are_byte_identical(web_build, tmp_path):
    again = run_pelican(CONTENT, tmp_path / "output", "-e", "KATALOG_PDF=false")
    assert again.returncode == 0, again.stderr
    _assert_identical(web_build, tmp_path / "output")


def test_two_full_builds_are_byte_identical(full_build, tmp_path):
    again = run_pelican(CONTENT, tmp_path / "output")
    assert again.returncode == 0, again.stderr
    _assert_identical(full_build, tmp_path / "output")
