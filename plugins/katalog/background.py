"""One piece of work done in a forked child while the build goes on, for work that shares nothing with
the rest of the build until its result is written (the search index beside the web pages)."""
from __future__ import annotations

import multiprocessing
import os
import sys
import traceback
import weakref
from collections.abc import Callable


class BackgroundError(RuntimeError):
    """The work failed in the child; the message carries the child's traceback."""


def usable_cores() -> int:
    """The cores this process may use (its CPU affinity on Linux)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


class Background:
    """Starts `work` at once; `result()` waits for what it returned. Where fork is not available, or on
    a single core, the work is simply done in this process when the result is asked for.

    A build that fails before it asks for the result (a template error in another generator) drops
    this object; the child is then stopped, so `pelican --autoreload`, which retries at once, does not
    gather children waiting to hand over results nobody reads."""

    def __init__(self, work: Callable[[], bytes]):
        self._work = work
        self._process = None
        if "fork" not in multiprocessing.get_all_start_methods() or usable_cores() < 2:
            return
        # fork: the child inherits the loaded catalogue instead of receiving a pickled copy.
        context = multiprocessing.get_context("fork")
        self._receiver, sender = context.Pipe(duplex=False)
        self._process = context.Process(target=_run, args=(work, sender, self._receiver), daemon=True)
        self._process.start()
        sender.close()
        self._stop = weakref.finalize(self, _stop, self._process, self._receiver)

    def result(self) -> bytes:
        if self._process is None:
            return self._work()
        try:
            outcome, payload = self._receiver.recv()  # before join: a large result fills the pipe
        except EOFError:
            self._process.join()
            raise BackgroundError(f"the background process ended without a result (exit code "
                                  f"{self._process.exitcode})") from None
        finally:
            self._process.join(timeout=10)  # sent its result: it is only exiting
            self._stop()
        if outcome == "failed":
            raise BackgroundError(payload)
        return payload


def _stop(process, receiver) -> None:
    """Close our end of the pipe and end the child if it is still at work: nobody will read its result."""
    receiver.close()
    if process.is_alive():
        process.terminate()
    process.join()


def _run(work: Callable[[], bytes], sender, receiver) -> None:
    # The child's copy of the reading end would keep the pipe open after the parent gave up on it;
    # closed, a result nobody reads ends in a broken pipe instead of a child blocked for ever.
    receiver.close()
    # Pelican's console may have wrapped these in objects locked by a thread that fork did not copy.
    sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    try:
        sender.send(("done", work()))
    except BaseException:  # noqa: BLE001 - every failure goes back to the parent, which raises it
        try:
            sender.send(("failed", traceback.format_exc()))
        except OSError:
            pass  # the parent has stopped listening: there is nobody to tell
    finally:
        sender.close()
