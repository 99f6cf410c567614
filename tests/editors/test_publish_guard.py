"""A publish build records what it published, and stops before dropping many services unless confirmed."""
from __future__ import annotations

import json
import os
import re
import subprocess

import pytest
from site_tools import ROOT, SAMPLE_LANGUAGES, run_pelican

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


def _drop_a_third(content) -> list[str]:
    """Removes a third of the published services from `content`; returns their keys."""
    published = [service.key for service in load_catalogue(content).published]
    # Leaflets and client stories may name services; those stay, so the content remains valid without them.
    naming = (content / "leaflets.yaml").read_text(encoding="utf-8") + "".join(
        story.read_text(encoding="utf-8") for story in (content / "stories").glob("*.md"))
    dropped = [key for key in published if key not in naming][: len(published) // 3]
    for key in dropped:
        (content / "services" / f"{key}.yaml").unlink()
    return dropped


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
    dropped = _drop_a_third(scratch_content)

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


def test_a_local_build_between_two_publishes_keeps_the_guard_on(scratch_content, tmp_path):
    output = tmp_path / "out"
    assert publish(scratch_content, output).returncode == 0
    assert run_pelican(scratch_content, output, "-e", "KATALOG_PDF=false").returncode == 0
    assert not (output / "manifest.json").exists(), "the local build replaced the published output"
    dropped = _drop_a_third(scratch_content)

    refused = publish(scratch_content, output)

    assert refused.returncode != 0
    assert f"{dropped[0]}: would no longer be published" in refused.stdout + refused.stderr


def test_a_publish_with_nothing_to_compare_says_so_at_the_default_level(scratch_content, tmp_path):
    result = publish(scratch_content, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    log = " ".join((result.stdout + result.stderr).split())  # Pelican's log handler wraps long lines
    assert "no manifest of the last publish" in log and "first publish" in log


# `make publish` with an rsync that records its calls and serves the live manifest.json only when the test has one.
FAKE_RSYNC = """#!/bin/sh
echo "$*" >> "$FAKE_RSYNC_LOG"
case "$*" in *manifest.json*)
    if [ -z "$FAKE_LIVE_MANIFEST" ]; then
        echo 'rsync: [sender] link_stat "/var/www/katalog/manifest.json" failed: No such file or directory (2)' >&2
        exit 23
    fi
    for destination; do :; done
    cp "$FAKE_LIVE_MANIFEST" "$destination";;
esac
"""
SSH_TARGET = ("SSH_HOST=www.example.test", "SSH_USER=katalog", "SSH_TARGET_DIR=/var/www/katalog")


def make_publish(content, output, tmp_path, env=None):
    """`make publish` into `output`, web only, with the fake rsync first on PATH; returns it and rsync's calls."""
    fake = tmp_path / "fake-bin"
    fake.mkdir(exist_ok=True)
    (fake / "rsync").write_text(FAKE_RSYNC)
    (fake / "rsync").chmod(0o755)
    calls = tmp_path / "rsync-calls"
    result = subprocess.run(
        ["make", "-o", ".venv/.built", "publish", f"CONTENT={content}", f"OUTPUT={output}",
         "PELICANOPTS=-e KATALOG_PDF=false", *SSH_TARGET],
        cwd=ROOT, capture_output=True, text=True,
        env={**os.environ, "PATH": f"{fake}:{os.environ['PATH']}", "FAKE_RSYNC_LOG": str(calls),
             "KATALOG_FIRST_PUBLISH": "", "KATALOG_ALLOW_DROP": "", **(env or {})})
    return result, calls.read_text().splitlines() if calls.exists() else []


def test_make_publish_stops_when_the_live_manifest_cannot_be_fetched(scratch_content, tmp_path):
    result, calls = make_publish(scratch_content, tmp_path / "out", tmp_path)

    assert result.returncode != 0
    assert "could not fetch katalog@www.example.test:/var/www/katalog/manifest.json" in result.stderr
    assert "nothing was built or uploaded" in result.stderr and "KATALOG_FIRST_PUBLISH=1 make publish" in result.stderr
    assert len(calls) == 1 and not (tmp_path / "out").exists()


def test_a_confirmed_first_publish_builds_and_uploads(scratch_content, tmp_path):
    result, calls = make_publish(scratch_content, tmp_path / "out", tmp_path, env={"KATALOG_FIRST_PUBLISH": "1"})

    assert result.returncode == 0, result.stdout + result.stderr
    assert "publishing anyway, as the site's first publish (KATALOG_FIRST_PUBLISH=1)" in result.stderr
    assert calls[-1].endswith(f"--delete {tmp_path / 'out'}/ katalog@www.example.test:/var/www/katalog")
    assert (tmp_path / "out" / "index.html").exists() and (tmp_path / "out" / "manifest.json").exists()


def test_make_publish_compares_with_the_live_sites_manifest(scratch_content, tmp_path):
    published = {service.key: "digest" for service in load_catalogue(scratch_content).published}
    gone = [f"zrusena-sluzba-{n}" for n in range(len(published))]
    live = tmp_path / "live-manifest.json"
    live.write_text(json.dumps({"services": {**published, **dict.fromkeys(gone, "digest")}}))

    result, calls = make_publish(scratch_content, tmp_path / "out", tmp_path, env={"FAKE_LIVE_MANIFEST": str(live)})

    assert result.returncode != 0
    assert f"{gone[0]}: would no longer be published" in result.stderr
    assert len(calls) == 1, "nothing is uploaded"
    assert not (tmp_path / "out").exists()
