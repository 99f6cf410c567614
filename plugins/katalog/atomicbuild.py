"""Atomic, exclusive builds: a build writes a folder beside the output under a lock, and swaps it in when done."""
from __future__ import annotations

import contextlib
import errno
import fcntl
import glob
import logging
import multiprocessing
import os
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

from .problems import BuildStop

logger = logging.getLogger(__name__)

STATE_FOLDER = ".katalog"
BUILDING = ".building-"
REPLACED = ".replaced-"


class OutputFolderError(BuildStop):
    """The output folder cannot be written, or another build is writing it."""


def state_path(output: Path, suffix: str) -> Path:
    """A file katalog keeps between builds of `output`, beside it and never in it: .katalog/<output name><suffix>."""
    return output.parent / STATE_FOLDER / f"{output.name}{suffix}"


@contextlib.contextmanager
def exclusive_build(output: Path, content: Path, retained: Iterable[str] = ()) -> Iterator[Path]:
    """Yields an empty folder to build into, which replaces `output` when the block ends without an exception
    and is removed otherwise; raises OutputFolderError when `output` cannot be written or is being built."""
    with _locked(output):
        # A symlinked output folder (to the web server's folder, say) is replaced where it really is.
        target = Path(os.path.realpath(output))
        if Path(os.path.realpath(content)).is_relative_to(target):
            raise OutputFolderError(f"the content folder {content} is inside the output folder {output}, which "
                                    "every build replaces; build into a folder of its own (-o output)")
        _remove_leftovers(target)
        building = target.with_name(f"{target.name}{BUILDING}{os.getpid()}")
        with _writing(output):
            if target.is_dir() and not os.access(target, os.W_OK):
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(target))
            building.mkdir()
        try:
            yield building
            _swap(building, target, retained)
        except BaseException:
            _stop_children()
            _remove(building)
            raise


@contextlib.contextmanager
def _writing(output: Path) -> Iterator[None]:
    try:
        yield
    except OSError as error:
        cause = f"{error.strerror}: {error.filename}" if error.filename else str(error)
        raise OutputFolderError(f"cannot write the output folder {output} ({cause}); the build writes in it "
                                f"and beside it, in {output.parent}: make both writable folders for this user, "
                                "or choose another output folder with -o") from None


@contextlib.contextmanager
def _locked(output: Path) -> Iterator[None]:
    """A POSIX lock: the kernel drops it when its process ends, however it ends, and forked children
    (the PDF renderers) do not inherit it."""
    lock_path = state_path(output, ".lock")
    with _writing(output):
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        lock = open(lock_path, "a+", encoding="ascii")
    with lock:
        try:
            fcntl.lockf(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            lock.seek(0)
            holder = lock.read().strip() or "unknown"
            raise OutputFolderError(f"another build (process {holder}) is writing {output}; nothing was changed. "
                                    "Wait for it to finish, or build into another folder with -o") from None
        lock.truncate(0)
        lock.write(str(os.getpid()))
        lock.flush()
        yield


def _remove_leftovers(target: Path) -> None:
    """Folders of builds that were killed; this build holds the lock, so no build is writing them."""
    for pattern in (BUILDING, REPLACED):
        for leftover in target.parent.glob(f"{glob.escape(target.name)}{pattern}*"):
            logger.info("katalog: removing %s, left by a build that was stopped", leftover)
            _remove(leftover)


def _swap(building: Path, target: Path, retained: Iterable[str]) -> None:
    replaced = target.with_name(f"{target.name}{REPLACED}{os.getpid()}")
    if target.is_dir():
        # Pelican's OUTPUT_RETENTION: files a build keeps in the output folder (a .git, say).
        for name in retained:
            if (target / name).exists() and not (building / name).exists():
                (target / name).rename(building / name)
    if target.exists():
        target.rename(replaced)
    building.rename(target)
    _remove(replaced)


def _stop_children() -> None:
    """The PDF workers may still be writing into the folder after an interrupt: stop them before it is removed,
    or they would make parts of it again."""
    for child in multiprocessing.active_children():
        child.terminate()
    for child in multiprocessing.active_children():
        child.join(timeout=5)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)
