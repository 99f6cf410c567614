"""A build replaces the output only when it finished: killed, failing or concurrent builds leave the last one."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
from site_tools import CONTENT, PELICAN, ROOT, run_pelican

WEB_ONLY = ("-e", "KATALOG_PDF=false")
# What a complete build has besides its pages; an interrupted build used to leave an output without them.
COMPLETE = ["index.html", "theme/css/site.css", "theme/js/site.js", "pdf/catalogue.pdf",
            "pdf/catalogue-print.pdf"]


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _start_build(output: Path, *extra: str) -> subprocess.Popen:
    """A full build in the background, in a process group of its own, as a terminal runs it."""
    return subprocess.Popen([str(PELICAN), str(CONTENT), "-o", str(output), "-s", str(ROOT / "pelicanconf.py"),
                             *extra], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True)


def _building_folders(output: Path) -> list[Path]:
    return sorted(output.parent.glob(f"{output.name}.building-*"))


def _wait_until_writing(build: subprocess.Popen, output: Path) -> None:
    """Until the build has written its first pages into its own folder beside the output."""
    while not any((folder / "index.html").exists() for folder in _building_folders(output)):
        assert build.poll() is None, f"the build ended before it was interrupted:\n{build.stdout.read()}"
        time.sleep(0.05)


@pytest.fixture
def last_output(full_build, tmp_path) -> Path:
    """A copy of a complete build: the site the next build must replace whole or not at all."""
    output = tmp_path / "output"
    shutil.copytree(full_build, output)
    assert all((output / name).exists() for name in COMPLETE)
    return output


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGKILL], ids=["ctrl-c", "kill"])
def test_an_interrupted_build_leaves_the_last_output_whole(last_output, stop):
    before = _files(last_output)
    build = _start_build(last_output)
    _wait_until_writing(build, last_output)

    os.killpg(build.pid, stop)
    build.communicate()

    assert _files(last_output) == before
    if stop == signal.SIGINT:
        assert not _building_folders(last_output), "Ctrl-C removes the unfinished folder"
    else:
        assert _building_folders(last_output), "a killed build cannot clean up; the next build does"
    again = run_pelican(CONTENT, last_output, *WEB_ONLY)
    assert again.returncode == 0, again.stderr
    assert not _building_folders(last_output)
    assert (last_output / "index.html").exists() and not (last_output / "pdf").exists()


def test_a_build_that_fails_while_writing_leaves_the_last_output_whole(last_output, tmp_path):
    """A town's edited template that fails on the news page, written after the service pages."""
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    news = theme / "templates" / "news.html"
    news.write_text(news.read_text(encoding="utf-8").replace(
        "{% block content %}", "{% block content %}{{ no_such_variable.attribute }}"), encoding="utf-8")
    before = _files(last_output)

    result = run_pelican(CONTENT, last_output, "-t", str(theme), *WEB_ONLY)

    assert result.returncode != 0
    assert "no_such_variable" in result.stdout + result.stderr
    assert _files(last_output) == before
    assert not _building_folders(last_output)


def test_a_second_build_into_the_same_folder_stops_and_the_first_completes(last_output):
    first = _start_build(last_output)
    _wait_until_writing(first, last_output)

    second = run_pelican(CONTENT, last_output, *WEB_ONLY)
    log, _ = first.communicate()

    assert second.returncode == 1
    lines = (second.stdout + second.stderr).splitlines()
    assert lines == [f"katalog: another build (process {first.pid}) is writing {last_output}; nothing was changed. "
                     "Wait for it to finish, or build into another folder with -o"]
    assert first.returncode == 0, log
    assert all((last_output / name).exists() for name in COMPLETE)
    assert not _building_folders(last_output)
