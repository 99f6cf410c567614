"""A publish build records what it published, and stops before dropping many services unless confirmed."""
from __future__ import annotations

import json
import re

import pytest
from site_tools import SAMPLE_LANGUAGES, run_pelican

from katalog.editors.publishguard import PublishGuardError, check_drop
from katalog.loader import load_catalogue

CONFIRMATIONS = {
    "setting": (["-e", "KATALOG_ALLOW_DROP=true"], {}),
    "environment": ([], {"KATALOG_ALLOW_DROP": "1"}),
}


def publish(content, output, *extra, env=None):
    """A web-only publish build, with no confirmation unless the test gives one."""
    return run_pelican(content, output, "-e", "KATALOG_PDF=false", *extra, settings="publishconf.py",
                       env={"KATALOG_ALLOW_DROP": "", **(env or {})})


def test_a_publish_build_writes_a_manifest_of_the_published_services(scratch_content, tmp_path):
    result = publish(scratch_content, tmp_path / "out")

    assert result.returncode == 0, result.stderr
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    published = {s.key for s in load_catalogue(scratch_content, languages=SAMPLE_LANGUAGES).published}
    assert set(manifest["services"]) == published
    assert all(re.fullmatch(r"[0-9a-f]{64}", digest) for digest in manifest["services"].values())


@pytest.mark.parametrize("confirmation", CONFIRMATIONS)
def test_dropping_a_third_stops_and_confirming_lets_it_through(scratch_content, tmp_path, confirmation):
    output = tmp_path / "out"
    assert publish(scratch_content, output).returncode == 0
    manifest_before = (output / "manifest.json").read_text(encoding="utf-8")
    leaflets = (scratch_content / "leaflets.yaml").read_text(encoding="utf-8")
    # Leaflets may name services; those stay, so the content remains valid without them.
    droppable = [key for key in json.loads(manifest_before)["services"] if key not in leaflets]
    dropped = droppable[: len(json.loads(manifest_before)["services"]) // 3]
    for key in dropped:
        (scratch_content / "services" / f"{key}.yaml").unlink()

    refused = publish(scratch_content, output)

    assert refused.returncode != 0
    log = refused.stdout + refused.stderr
    assert all(f"{key}: would no longer be published" in log for key in dropped)
    assert "KATALOG_ALLOW_DROP=true" in log and "KATALOG_ALLOW_DROP=1" in log
    assert (output / "manifest.json").read_text(encoding="utf-8") == manifest_before
    assert (output / "sluzby" / dropped[0] / "index.html").exists(), "the live copy must stay untouched"

    extra, env = CONFIRMATIONS[confirmation]
    confirmed = publish(scratch_content, output, *extra, env=env)

    assert confirmed.returncode == 0, confirmed.stdout + confirmed.stderr
    manifest_after = json.loads((output / "manifest.json").read_text(encoding="utf-8"))["services"]
    assert not set(dropped) & set(manifest_after)
    assert not (output / "sluzby" / dropped[0]).exists()


def test_a_local_build_writes_no_manifest(scratch_content, tmp_path):
    result = run_pelican(scratch_content, tmp_path / "out", "-e", "KATALOG_PDF=false")
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "out" / "manifest.json").exists()


def test_up_to_a_tenth_may_go_without_confirmation():
    previous = {f"sluzba-{n}": "digest" for n in range(10)}
    assert check_drop(previous, set(previous) - {"sluzba-0"}, confirmed=False) == ["sluzba-0"]
    with pytest.raises(PublishGuardError, match="sluzba-0, sluzba-1"):
        check_drop(previous, set(previous) - {"sluzba-0", "sluzba-1"}, confirmed=False)
    assert check_drop(previous, set(), confirmed=True) == sorted(previous)
