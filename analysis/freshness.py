"""Whether the data tables are already the build of the current seeds, sources and code.

``python -m analysis build`` (``make report``) runs the data stages only when something they
depend on changed since the last ``data`` run in this checkout: a seed, the manifest, a bundled
source, a codebook, the pipeline's code or the installed requirements — or the tables themselves
(a ``git checkout`` of other tables). The fingerprint of all of these is kept in a stamp file
outside version control (:data:`STAMP`); with no stamp (a fresh clone) the data stages run.
``python -m analysis data`` always runs them.

Floor: basics (imports only :mod:`analysis.paths` and :mod:`analysis.errors`).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

from analysis import paths

#: The fingerprint of the last complete ``data`` run (ignored by git).
STAMP = paths.ROOT / ".planwatch-data.stamp"
#: What the data stages read or write, relative to the repository root: every file below these.
TRACKED = ("seeds", "corpus", "data", "analysis", "requirements.lock", "pyproject.toml")


def _files(root: Path) -> Iterable[Path]:
    for name in TRACKED:
        path = root / name
        if path.is_file():
            yield path
        elif path.is_dir():
            yield from (p for p in sorted(path.rglob("*")) if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc")


def digests(root: Path = paths.ROOT) -> dict[str, bytes]:
    """SHA-256 of every tracked file, by path relative to ``root`` (in a fixed order)."""
    return {path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).digest() for path in _files(root)}


def _combine(files: dict[str, bytes | None]) -> str:
    digest = hashlib.sha256()
    for name, content in files.items():
        digest.update(name.encode("utf-8") + b"\0")
        digest.update(content if content is not None else b"(changed during the run)")
    return digest.hexdigest()


def fingerprint(root: Path = paths.ROOT) -> str:
    """SHA-256 over the relative path and content of every tracked file."""
    return _combine(digests(root))


def is_current(root: Path = paths.ROOT, stamp: Path = STAMP) -> bool:
    """True when the stamp holds the fingerprint of the tree as it is now."""
    return stamp.exists() and stamp.read_text(encoding="utf-8").strip() == fingerprint(root)


def mark_current(root: Path = paths.ROOT, stamp: Path = STAMP, before: dict[str, bytes] | None = None, written: Iterable[str | Path] = ()) -> None:
    """Record that the tables are the build of the tree (after a complete ``data`` run).

    ``before`` is :func:`digests` taken when the run started and ``written`` the files the run
    wrote: every other file is recorded as it was when the run *started*, so a seed, a source or
    the code edited while the run went on makes the stamp stale (the next build runs the data
    stages again instead of publishing tables made from the old text as "reused")."""
    now = digests(root)
    if before is not None:
        ours = set()
        for path in written:
            try:
                ours.add(Path(path).resolve().relative_to(Path(root).resolve()).as_posix())
            except ValueError:
                continue  # written outside the tree
        now = {name: (content if name in ours else (before.get(name) if before.get(name) == content else None)) for name, content in now.items()}
        if set(before) - set(now):
            now["(a tracked file was removed during the run)"] = None
    tmp = stamp.with_name(stamp.name + ".tmp")
    tmp.write_text(_combine(now) + "\n", encoding="utf-8")
    os.replace(tmp, stamp)
