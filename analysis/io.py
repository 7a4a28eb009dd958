"""File output at the edge of the pipeline: deterministic CSV/Parquet, written all-or-nothing."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

import pandas as pd


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """Serialise a frame the same way every time: UTF-8, LF line ends, no index."""
    return frame.to_csv(index=False, lineterminator="\n").encode("utf-8")


def parquet_bytes(frame: pd.DataFrame) -> bytes:
    """Serialise a frame to Parquet without wall-clock metadata (pyarrow writes none)."""
    import io

    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False, engine="pyarrow", compression="zstd")
    return buffer.getvalue()


def write_all(outputs: Mapping[Path, bytes]) -> None:
    """Write several files so that either all of them change or none does.

    Every payload is first written to a temporary file beside its target; only when all
    temporary files exist are they renamed into place. An exception before that point
    leaves the previous outputs untouched and removes the temporary files.
    """
    staged: list[tuple[Path, Path]] = []
    try:
        for target, payload in outputs.items():
            target.parent.mkdir(parents=True, exist_ok=True)
            handle, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
            with os.fdopen(handle, "wb") as stream:
                stream.write(payload)
            staged.append((Path(tmp), target))
        for tmp, target in staged:
            os.replace(tmp, target)
    finally:
        for tmp, _ in staged:
            if tmp.exists():
                tmp.unlink()
