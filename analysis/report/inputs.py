"""What the report's pages depend on, as one fingerprint: the key that keeps the report fresh.

A page's numbers depend on the pipeline's tables, the reference data and codebooks, the code
that reads them (``analysis/``) and the Python environment (styling — CSS, Typst — is applied
after execution and is not part of it). Quarto's ``freeze``
only notices edits to a page's own source, so on its own it would publish yesterday's numbers
after the data changed (issue #14): :func:`refresh_freeze` clears ``_freeze/`` whenever this
fingerprint changes. The fallback build keys its cache of executed pages on the same fingerprint
plus the page's source (:func:`page_key`).
"""

from __future__ import annotations

import hashlib
import shutil
import sys
from collections.abc import Iterable
from pathlib import Path

from analysis import paths

#: Files whose content the pages read, directly or through the code they import (relative globs).
INPUT_GLOBS = (
    "data/processed/*.csv",
    "data/processed/*.parquet",
    "data/reference/*.csv",
    "data/reference/*.md",
    "data/codebook/*.csv",
    "data/reference/*.toml",  # the sources' provenance: licence and attribution, printed by the methods page
    "data/processed/corpus/*.csv",
    "data/sources/*.toml",  # the pinned data sets: licence, attribution and the SHA-256 of every file (licence files included)
    "LICENSE",
    "LICENSE-REPORT.md",
    "seeds/manifest.csv",
    "analysis/**/*.py",
    "analysis/**/*.txt",
    "requirements.lock",
)
FREEZE = paths.ROOT / "_freeze"
FREEZE_KEY = FREEZE / "planwatch-inputs.sha256"


def input_files(root: Path = paths.ROOT, globs: Iterable[str] = INPUT_GLOBS) -> list[Path]:
    files = {path for pattern in globs for path in root.glob(pattern) if path.is_file() and "__pycache__" not in path.parts}
    return sorted(files)


def fingerprint(root: Path = paths.ROOT, globs: Iterable[str] = INPUT_GLOBS) -> str:
    """SHA-256 over the Python version and the path and content of every input file."""
    digest = hashlib.sha256(f"python {sys.version_info[:3]}\n".encode())
    for path in input_files(root, globs):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def page_key(source: Path, inputs: str) -> str:
    """Cache key of one executed page: the inputs' fingerprint and the page's own source."""
    return hashlib.sha256(inputs.encode() + b"\0" + source.read_bytes()).hexdigest()


def refresh_freeze(freeze: Path = FREEZE, root: Path = paths.ROOT, progress=lambda message: None) -> bool:
    """Clear Quarto's ``_freeze/`` when the inputs changed since it was filled; return whether it was
    cleared. Quarto then re-executes every page; with unchanged inputs it reuses the frozen results."""
    key = fingerprint(root)
    stamp = freeze / FREEZE_KEY.name
    if stamp.exists() and stamp.read_text(encoding="utf-8").strip() == key:
        return False
    if freeze.exists():
        shutil.rmtree(freeze)
        progress("the data or code changed since the last render: cleared _freeze/, every page executes again")
    freeze.mkdir(parents=True, exist_ok=True)
    stamp.write_text(key + "\n", encoding="utf-8")
    return True
