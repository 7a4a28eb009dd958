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


def fingerprint(root: Path = paths.ROOT) -> str:
    """SHA-256 over the relative path and content of every tracked file."""
    digest = hashlib.sha256()
    for path in _files(root):
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def is_current(root: Path = paths.ROOT, stamp: Path = STAMP) -> bool:
    """True when the stamp holds the fingerprint of the tree as it is now."""
    return stamp.exists() and stamp.read_text(encoding="utf-8").strip() == fingerprint(root)


def mark_current(root: Path = paths.ROOT, stamp: Path = STAMP) -> None:
    """Record that the tables are the build of the tree as it is now (after a complete ``data`` run)."""
    stamp.write_text(fingerprint(root) + "\n", encoding="utf-8")
