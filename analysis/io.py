"""File output at the edge of the pipeline: deterministic CSV/Parquet, written all-or-nothing.

Floor: basics (imports only :mod:`analysis.paths`); :mod:`analysis.runrecord` builds on it.

Every output goes through :func:`write_all`. Inside a :func:`transaction` (the whole of
``python -m analysis build`` or ``data``, or one stage run on its own) files are written to a
staging folder (``.staging/``) and only moved into place when the transaction commits; later
stages of the same transaction read the staged files (:func:`resolve`). An exception or Ctrl-C
before the commit leaves every previous output untouched.

The commit itself writes a journal (``.staging/COMMIT``) listing every move before making any:
if the process dies in the middle, the next run finishes the moves (:func:`recover`), so the
outputs are never left half of one run and half of another. Files are created with the
permissions the umask allows (like any other file), not the private mode of temporary files.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path

import pandas as pd

from analysis import paths

STAGING = paths.ROOT / ".staging"


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """Serialise a frame the same way every time: UTF-8, LF line ends, no index."""
    return frame.to_csv(index=False, lineterminator="\n").encode("utf-8")


def parquet_bytes(frame: pd.DataFrame) -> bytes:
    """Serialise a frame to Parquet without wall-clock metadata (pyarrow writes none)."""
    import io

    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False, engine="pyarrow", compression="zstd")
    return buffer.getvalue()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def file_mode() -> int:
    """The mode an ordinary new file gets under the current umask."""
    return 0o666 & ~_umask()


class Transaction:
    """Outputs staged under ``.staging/<id>/`` until :meth:`commit`."""

    def __init__(self, root: Path | None = None):
        root = root or STAGING  # read when the transaction starts (the tests give each worker its own)
        root.mkdir(parents=True, exist_ok=True)
        self.folder = Path(tempfile.mkdtemp(dir=root, prefix=f"run-{os.getpid()}-"))  # the owner's pid: recover() leaves live runs alone
        self.staged: dict[Path, Path] = {}
        self.written = 0

    def write(self, target: Path, payload: bytes) -> None:
        target = Path(target).resolve()
        self.written += 1
        staged = self.folder / f"{self.written:05d}-{target.name}"
        staged.write_bytes(payload)
        os.chmod(staged, file_mode())
        self.staged[target] = staged

    def commit(self) -> None:
        """Move every staged file into place (journalled, so an interruption is finished later).

        Ctrl-C and SIGTERM wait until the last move is made: the commit finishes whole, and the
        interruption is raised after it (so an interrupted run says the tables were replaced)."""
        if not self.staged:
            return
        moves = [(str(staged), str(target)) for target, staged in sorted(self.staged.items())]
        journal = self.folder.parent / "COMMIT"
        with _signals_deferred():
            tmp = journal.with_name(journal.name + ".tmp")
            tmp.write_text(json.dumps(moves), encoding="utf-8")
            os.replace(tmp, journal)  # the journal appears whole or not at all
            _apply(moves)
            journal.unlink()
            committed.extend(target for _, target in moves)
        self.staged.clear()

    def discard(self) -> None:
        """Remove the staging folder, unless a journal still needs its files (a commit cut short
        by a crash: :func:`recover` finishes it)."""
        journal = self.folder.parent / "COMMIT"
        if journal.exists() and str(self.folder) in journal.read_text(encoding="utf-8", errors="replace"):
            return
        shutil.rmtree(self.folder, ignore_errors=True)


#: Targets this process has moved into place (the interruption message says whether tables changed).
committed: list[str] = []
#: The interrupts (SIGINT) this process has received while the command line ran (:func:`interrupt`).
interrupts: list[int] = []


def interrupt(signum: int, frame) -> None:
    """The command line's SIGINT handler: Python's own (raise KeyboardInterrupt), and a record of it. A
    KeyboardInterrupt raised while Python runs a finaliser (a ``__del__`` or weakref callback) is printed as
    "Exception ignored" and lost; the record makes :func:`transaction` refuse to commit after it anyway."""
    interrupts.append(signum)
    raise KeyboardInterrupt


@contextlib.contextmanager
def _signals_deferred() -> Iterator[None]:
    """Hold SIGINT and SIGTERM until the block ends, then act on the first one received."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    previous = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)}
    for number in previous:
        signal.signal(number, lambda signum, frame: received.append(signum))
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        if received:
            handler = previous[received[0]]
            if callable(handler):
                handler(received[0], None)
            elif handler == signal.SIG_DFL:
                if received[0] == signal.SIGINT:
                    raise KeyboardInterrupt
                signal.raise_signal(received[0])


_active: list[Transaction] = []


@contextlib.contextmanager
def transaction() -> Iterator[Transaction]:
    """Stage every output written inside; commit when the block ends normally, discard otherwise.
    Nested transactions join the outer one."""
    if _active:
        yield _active[-1]
        return
    current = Transaction()
    _active.append(current)
    try:
        yield current
        if interrupts:  # an interrupt a finaliser swallowed: the run was stopped, so nothing is put in place
            raise KeyboardInterrupt
        current.commit()
    finally:
        _active.pop()
        current.discard()


def resolve(path: Path) -> Path:
    """The file a reader should open: the staged copy when the running transaction wrote one."""
    if _active:
        staged = _active[-1].staged.get(Path(path).resolve())
        if staged is not None:
            return staged
    return Path(path)


def write_all(outputs: Mapping[Path, bytes]) -> None:
    """Write several files so that either all of them change or none does (see the module docstring).
    Stages write their tables with :func:`analysis.runrecord.write_recorded`, which adds the run
    records to the same set of files."""
    with transaction() as current:
        for target, payload in outputs.items():
            Path(target).parent.mkdir(parents=True, exist_ok=True)
            current.write(Path(target), payload)


def recover(root: Path | None = None) -> list[str]:
    """Finish a commit an interrupted run left half done, and remove abandoned staging folders.
    Returns the files moved into place."""
    root = root or STAGING
    journal = root / "COMMIT"
    moved: list[str] = []
    if journal.exists():
        try:
            moves = json.loads(journal.read_text(encoding="utf-8"))
        except ValueError:
            moves = []
        moved = _apply(moves)
        journal.unlink()
    if root.exists() and not _active:
        for folder in root.glob("run-*"):
            if not _owner_alive(folder.name):
                shutil.rmtree(folder, ignore_errors=True)
    return moved


def _owner_alive(name: str) -> bool:
    """Whether the process that made staging folder ``run-<pid>-…`` still runs (not this one's
    leftovers, and not a folder of an older version, which has no pid)."""
    parts = name.split("-")
    if len(parts) < 3 or not parts[1].isdigit() or int(parts[1]) == os.getpid():
        return False
    try:
        os.kill(int(parts[1]), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's live process
    return True


def _apply(moves: list[list[str]] | list[tuple[str, str]]) -> list[str]:
    done = []
    for staged, target in moves:
        if os.path.exists(staged):
            Path(target).parent.mkdir(parents=True, exist_ok=True)
            _move(staged, target)
            done.append(target)
    return done


def _move(staged: str, target: str) -> None:
    """Replace ``target`` by ``staged`` at once, also on another filesystem (``--out /dev/shm/…``):
    there the file is first copied next to the target, then renamed over it."""
    try:
        os.replace(staged, target)
    except OSError as error:
        if error.errno != errno.EXDEV:
            raise
        near = Path(target).with_name(f".{Path(target).name}.planwatch-{os.getpid()}")
        shutil.copyfile(staged, near)
        os.chmod(near, file_mode())
        os.replace(near, target)
        os.unlink(staged)
