"""All-or-nothing report builds: each build works in its own staging directory and the finished
site replaces ``_site/`` in one step.

* :func:`staging_dir` makes ``_build/report-<pid>-<random>/`` for one build. Two builds at the
  same time never share a work directory (the PDF's ``_pdf/`` lives inside it), and an
  interrupted build leaves only its own staging directory, which the next build removes
  (:func:`remove_stale`: directories whose process is gone).
* :func:`swap_in` puts a finished site in place of ``_site/``: an atomic exchange of the two
  directories (``renameat2(RENAME_EXCHANGE)`` on Linux), or two renames under a lock elsewhere.
  Until then the previous ``_site/`` is untouched, so an interrupt or a failure never leaves a
  half-built or missing site.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from analysis import paths

BUILD = paths.ROOT / "_build"
PREFIX = "report-"
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def staging_dir(build: Path = BUILD) -> Path:
    """A new, empty staging directory for this build (removing those of dead builds first)."""
    build.mkdir(parents=True, exist_ok=True)
    remove_stale(build)
    return Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=build))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale(build: Path = BUILD) -> list[Path]:
    """Remove staging directories left by builds whose process no longer runs."""
    removed = []
    for folder in sorted(build.glob(f"{PREFIX}*")):
        pid = folder.name[len(PREFIX):].split("-", 1)[0]
        if folder.is_dir() and pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """An exclusive advisory lock on ``path`` for the duration of the block (waits for it)."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no advisory locks; builds still never share a staging directory
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _exchange(a: Path, b: Path) -> bool:
    """Atomically exchange two paths (Linux renameat2); False where that is not available."""
    library = ctypes.util.find_library("c")
    if not library:
        return False
    libc = ctypes.CDLL(library, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return result == 0


def swap_in(new_site: Path, site: Path = paths.SITE, build: Path = BUILD) -> None:
    """Replace ``site`` by ``new_site`` (a complete site) in one step; the old site is deleted after."""
    with locked(build / "swap.lock"):
        if not site.exists():
            os.replace(new_site, site)
            return
        if _exchange(new_site, site):
            old = new_site  # the exchange left the previous site where the new one was
        else:
            old = new_site.with_name(new_site.name + ".old")
            os.replace(site, old)
            try:
                os.replace(new_site, site)
            except BaseException:
                os.replace(old, site)
                raise
        shutil.rmtree(old, ignore_errors=True)
