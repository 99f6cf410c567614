"""The build's sources key (katalog.sourcekey): what changes it, and files it must not stop on."""
from __future__ import annotations

import os

from katalog.sourcekey import sources_key


def test_a_changed_file_setting_or_date_changes_the_key(tmp_path):
    (tmp_path / "a.yaml").write_text("name: A\n")
    settings = {"KATALOG_TODAY": "2026-12-01", "OUTPUT_PATH": "/tmp/x"}
    key = sources_key([tmp_path], settings)
    assert sources_key([tmp_path], {**settings, "OUTPUT_PATH": "/tmp/y"}) == key, "the output folder is not a source"
    assert sources_key([tmp_path], {**settings, "KATALOG_TODAY": "2026-12-02"}) != key, "closures end on a date"
    assert sources_key([tmp_path], {**settings, "KATALOG": {"title": "T"}}) != key
    (tmp_path / "a.yaml").write_text("name: B\n")
    assert sources_key([tmp_path], settings) != key


def test_a_dangling_link_or_a_fifo_is_hashed_as_what_it_is(tmp_path):
    (tmp_path / ".#lock.yaml").symlink_to(tmp_path / "gone")
    os.mkfifo(tmp_path / "pipe")
    assert sources_key([tmp_path, tmp_path / "missing.py"], {}) == sources_key([tmp_path, tmp_path / "missing.py"], {})
