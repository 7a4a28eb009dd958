"""One build at a time in a checkout: an advisory lock on ``.planwatch.lock``.

The lock is held with ``flock`` for as long as the command runs and released by the operating
system when the process ends, however it ends, so a crashed build never leaves a stale lock.
A second command in the same checkout stops at once with a one-line error.

Floor: basics (imports only :mod:`analysis.paths` and :mod:`analysis.errors`).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

from analysis import paths
from analysis.errors import PlanwatchError

LOCK = paths.ROOT / ".planwatch.lock"


@contextlib.contextmanager
def build_lock(path: Path = LOCK) -> Iterator[None]:
    handle = open(path, "a+", encoding="utf-8")
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise PlanwatchError(f"another planwatch command is running in this checkout ({holder}); wait for it to finish") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        yield
    finally:
        handle.close()
