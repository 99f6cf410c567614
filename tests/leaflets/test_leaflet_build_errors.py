"""A leaflet that cannot be made stops the build with a message that says which one and why."""
from __future__ import annotations

import re

import pytest
from katalog.loader import load_catalogue
from katalog.problems import ContentError
from site_tools import SAMPLE_LANGUAGES, run_pelican

EVERYTHING = """leaflets:
  - key: vsechno
    title: Všechny služby regionu
    select: {forms: [ambulantni, terenni, pobytova]}
    format: a5
"""
NOTHING = """leaflets:
  - key: seniori
    title: Pomoc pro seniory
    select: {target_groups: [seniori]}
    format: dl-trifold
  - key: nic
    title: Senioři v Hejné na pobytu
    select: {target_groups: [seniori], municipalities: [hejna], kinds: [azylove-domy]}
    format: a5
"""


def test_a_leaflet_that_cannot_fit_fails_the_build_naming_it_and_the_counts(scratch_content, tmp_path):
    (scratch_content / "leaflets.yaml").write_text(EVERYTHING)
    result = run_pelican(scratch_content, tmp_path / "out")
    output = " ".join((result.stdout + result.stderr).split())
    assert result.returncode != 0
    found = re.search(r"leaflets.yaml:4:13: leaflets\[0\].select: leaflet 'vsechno' \(a5\) does not fit on two sides: "
                      r"(\d+) services are selected and only (\d+) fit", result.stderr)
    assert found, output[-3000:]
    selected, fitting = map(int, found.groups())
    assert selected > fitting > 0
    assert not (tmp_path / "out" / "pdf" / "leaflets").exists()  # stopped before writing any leaflet


def test_a_leaflet_selecting_nothing_fails_even_a_web_only_build(scratch_content, tmp_path):
    (scratch_content / "leaflets.yaml").write_text(NOTHING)
    result = run_pelican(scratch_content, tmp_path / "out", "-e", "KATALOG_PDF=false")
    output = " ".join((result.stdout + result.stderr).split())
    assert result.returncode != 0
    assert "leaflets.yaml:8:13: leaflets[1].select: leaflet 'nic' selects no published service" in result.stderr, output[-3000:]


def test_katalog_validate_reports_a_leaflet_selecting_nothing_at_the_same_place(scratch_content):
    (scratch_content / "leaflets.yaml").write_text(NOTHING)
    with pytest.raises(ContentError) as raised:
        load_catalogue(scratch_content, languages=SAMPLE_LANGUAGES)
    assert [str(problem) for problem in raised.value.problems] == [
        f"{scratch_content / 'leaflets.yaml'}:8:13: leaflets[1].select: leaflet 'nic' selects no published "
        "service; widen the selection or list services by key"]
