"""One piece of work done in a forked child while the build goes on, for work that shares nothing with
the rest of the build until its result is written (the search index beside the web pages)."""
from __future__ import annotations

import multiprocessing
import os
import traceback
from collections.abc import Callable


class BackgroundError(RuntimeError):
    """The work failed in the child; the message carries the child's traceback."""


class Background:
    """Starts `work` at once; `result()` waits for what it returned. On a single core, or where fork is
    not available, the work is simply done in this process when the result is asked for."""

    def __init__(self, work: Callable[[], bytes]):
        self._work = work
        self._process = None
        if len(os.sched_getaffinity(0)) < 2 or "fork" not in multiprocessing.get_all_start_methods():
            return
        # fork: the child inherits the loaded catalogue instead of receiving a pickled copy.
        context = multiprocessing.get_context("fork")
        self._receiver, sender = context.Pipe(duplex=False)
        self._process = context.Process(target=_run, args=(work, sender), daemon=True)
        self._process.start()
        sender.close()

    def result(self) -> bytes:
        if self._process is None:
            return self._work()
        try:
            outcome, payload = self._receiver.recv()  # before join: a large result fills the pipe
        except EOFError:
            raise BackgroundError(f"the background process ended without a result (exit code "
                                  f"{self._process.exitcode})") from None
        finally:
            self._receiver.close()
            self._process.join()
        if outcome == "failed":
            raise BackgroundError(payload)
        return payload


def _run(work: Callable[[], bytes], sender) -> None:
    try:
        sender.send(("done", work()))
    except BaseException:  # noqa: BLE001 - every failure goes back to the parent, which raises it
        sender.send(("failed", traceback.format_exc()))
    finally:
        sender.close()
