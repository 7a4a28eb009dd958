"""The run record: which run of which stage wrote each output, so stages never read a mixed set.

Each output folder (``data/processed``, ``data/reference``, ``data/codebook``) has a ``run.json``
written in the same transaction as the files it describes: for every file, its SHA-256, the stage
that wrote it and a digest of that stage's inputs. A stage reading tables checks

* that each file is the one the pipeline wrote (:func:`verify_file`) — an edited or truncated
  ``indicators.csv`` is refused, not read;
* that files written together come from one run (:func:`require_same_run`);
* that they were made from the inputs as they are now (:func:`require_current`) — after a seed or
  the codebook changed, ``model`` refuses the old extraction and says which stage to run.

The record holds no times or paths outside the repository, so the same inputs give the same record.

Floor: basics, above :mod:`analysis.io` (it writes through it); stages write their tables with
:func:`write_recorded`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from pathlib import Path

from analysis import paths
from analysis.errors import InputError
from analysis.io import resolve, write_all

RECORD = "run.json"


def sha256_bytes(payload: bytes) -> str:
    return hashlib.sha256(payload).hexdigest()


def digest(files: Sequence[Path]) -> str:
    """A digest of the named files' contents (staged versions where a transaction wrote them)."""
    parts = []
    for path in sorted(Path(p) for p in files):
        source = resolve(path)
        content = source.read_bytes() if source.exists() else b""
        parts.append(f"{path.name}:{sha256_bytes(content)}")
    return sha256_bytes("\n".join(parts).encode("utf-8"))[:16]


def read_record(folder: Path) -> dict[str, dict[str, str]]:
    source = resolve(Path(folder) / RECORD)
    if not source.exists():
        return {}
    try:
        return json.loads(source.read_text(encoding="utf-8"))
    except ValueError:
        raise InputError(f"{paths.display(Path(folder) / RECORD)}: not readable JSON; delete it and run python -m analysis data") from None


def record_outputs(outputs: Mapping[Path, bytes], stage: str, inputs: Sequence[Path]) -> dict[Path, bytes]:
    """The run records to write beside ``outputs`` (one per folder), updated for these files."""
    made_from = digest(inputs)
    folders: dict[Path, dict[str, dict[str, str]]] = {}
    for target, payload in outputs.items():
        folder = Path(target).parent
        record = folders.setdefault(folder, read_record(folder))
        record[Path(target).name] = {"sha256": sha256_bytes(payload), "stage": stage, "inputs": made_from}
    return {
        folder / RECORD: (json.dumps(dict(sorted(record.items())), ensure_ascii=False, indent=1) + "\n").encode("utf-8")
        for folder, record in folders.items()
    }


def write_recorded(outputs: Mapping[Path, bytes], stage: str, inputs: Sequence[Path]) -> None:
    """Write a stage's tables all-or-nothing (:func:`analysis.io.write_all`) together with the run
    records of their folders: each file's hash, the stage that wrote it and a digest of the inputs
    it was made from."""
    outputs = dict(outputs)
    outputs.update(record_outputs(outputs, stage, inputs))
    write_all(outputs)


def verify_file(path: Path) -> None:
    """Refuse a recorded file whose content is not what the pipeline wrote."""
    path = Path(path)
    source = resolve(path)
    if source != path:
        return  # written by the running transaction
    entry = read_record(path.parent).get(path.name)
    if entry is None or not source.exists():
        return
    if sha256_bytes(source.read_bytes()) != entry["sha256"]:
        raise InputError(
            f"{paths.display(path)}: not the table the {entry['stage']} stage wrote (edited or truncated?); "
            f"run python -m analysis {entry['stage']} (or data) to rebuild it"
        )


def require_same_run(files: Sequence[Path]) -> None:
    """Refuse tables that were written by different runs of their stage."""
    entries = {Path(f): read_record(Path(f).parent).get(Path(f).name) for f in files}
    made = {entry["inputs"] for entry in entries.values() if entry}
    if len(made) > 1:
        names = ", ".join(paths.display(f) for f in files)
        stage = next(entry["stage"] for entry in entries.values() if entry)
        raise InputError(f"{names} come from different runs of {stage}; run python -m analysis {stage} (or data)")


def require_current(files: Sequence[Path], inputs: Sequence[Path], stage: str) -> None:
    """Refuse tables made from other inputs than the ones now on disk."""
    now = digest(inputs)
    for f in files:
        entry = read_record(Path(f).parent).get(Path(f).name)
        if entry and entry["inputs"] != now:
            raise InputError(
                f"{paths.display(Path(f))} was made from other inputs than those now in the repository "
                f"(a seed, the manifest, the codebook or a reference file changed); run python -m analysis {stage} (or data)"
            )
