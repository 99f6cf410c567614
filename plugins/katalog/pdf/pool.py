"""One pool of worker processes for every PDF of a build: the catalogue's editions and the leaflets."""
from __future__ import annotations

import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor

from ..background import usable_cores

_CONTEXT_KEY = "katalog_render_pool"


class RenderPool:
    """Runs renders in forked workers, one per usable core; in this process when there is one core."""

    def __init__(self):
        self._executor: ProcessPoolExecutor | None = None

    def submit(self, function, *args, **kwargs) -> Future:
        cores = usable_cores()
        if cores < 2 or "fork" not in multiprocessing.get_all_start_methods():
            future = Future()
            try:
                future.set_result(function(*args, **kwargs))
            except Exception as error:  # noqa: BLE001 - handed to whoever waits for the result, as a worker does
                future.set_exception(error)
            return future
        if self._executor is None:
            # fork: the workers inherit the imported WeasyPrint and the logging set up by Pelican.
            self._executor = ProcessPoolExecutor(max_workers=cores, mp_context=multiprocessing.get_context("fork"))
        return self._executor.submit(function, *args, **kwargs)

    def shutdown(self):
        """Waits for every render submitted; a later submit starts new workers."""
        if self._executor is not None:
            self._executor.shutdown()
            self._executor = None


def shared_pool(context: dict) -> RenderPool:
    """The build's pool, kept in the Pelican context so that every generator submits to the same one."""
    return context.setdefault(_CONTEXT_KEY, RenderPool())

