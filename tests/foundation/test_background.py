"""Work done in a forked child comes back whole, and a failure there fails the build with its traceback."""
from __future__ import annotations

import os

import pytest
from katalog.background import Background, BackgroundError, usable_cores

needs_two_cores = pytest.mark.skipif(usable_cores() < 2, reason="the child runs only on two cores")


@needs_two_cores
def test_the_result_comes_back_from_the_child_whole():
    touched = []
    large = bytes(range(256)) * 40_000  # 10 MB: more than a pipe holds at once
    work = Background(lambda: touched.append("child") or large)
    assert work.result() == large
    assert touched == []  # the work ran in the child, not here


@needs_two_cores
def test_a_failure_in_the_child_raises_here_with_its_traceback():
    def failing() -> bytes:
        raise ValueError("no index today")

    with pytest.raises(BackgroundError, match=r"(?s)Traceback.*ValueError: no index today"):
        Background(failing).result()


def test_on_one_core_the_work_runs_here_when_asked(monkeypatch):
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0})
    touched = []
    work = Background(lambda: touched.append("here") or b"done")
    assert touched == []  # nothing starts early without a second core
    assert work.result() == b"done" and touched == ["here"]


@needs_two_cores
def test_a_child_that_dies_without_a_word_is_reported_with_its_exit_code():
    with pytest.raises(BackgroundError, match=r"ended without a result \(exit code 3\)"):
        Background(lambda: os._exit(3)).result()


@needs_two_cores
def test_a_result_nobody_asks_for_does_not_leave_the_child_behind():
    import gc
    import time

    work = Background(lambda: time.sleep(60) or b"never read")
    child = work._process
    assert child.is_alive()
    del work
    gc.collect()
    assert not child.is_alive()  # stopped when the build dropped it, not after a minute


def test_without_sched_getaffinity_the_cores_come_from_cpu_count(monkeypatch):
    from katalog import background

    monkeypatch.delattr(os, "sched_getaffinity")
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    touched = []
    work = background.Background(lambda: touched.append("here") or b"done")
    assert work.result() == b"done" and touched == ["here"]
