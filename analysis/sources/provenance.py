"""Provenance sidecars: where each bundled source came from, its licence and its checksums.

Every source folder under ``data/raw/<source>/`` has a ``provenance.toml`` sidecar, and each
hand-collected file in ``data/reference/`` a ``<name>.provenance.toml`` beside it::

    id = "leiii-census"
    title = "…"
    original_publisher = "National Bureau of Statistics of China …"
    origin = "github.com/leiii/census@0ba0f1ef…:data/census/"   # repository@commit:path, or publisher + table
    accessed = "2026-11-25"
    licence = "MIT"
    licence_file = "LICENSE"          # kept beside the files (empty when the licence is declared elsewhere)
    attribution = "…"                 # the text the report prints
    [[files]]
    path = "census_city_2010-2020_v1.csv"
    upstream = "data/census/census_city_2010-2020_v1.csv"
    sha256 = "…"

:func:`registry` reads every sidecar into one table; :func:`verify` recomputes the checksums so a
changed file is caught before anything is read from it.
"""

from __future__ import annotations

import functools
import hashlib
import tomllib
from pathlib import Path

import pandas as pd

from analysis import paths

SIDECAR = "provenance.toml"
REQUIRED = ("id", "title", "original_publisher", "origin", "accessed", "licence", "attribution", "files")
COLUMNS = ("source_id", "title", "original_publisher", "origin", "accessed", "licence", "licence_file", "attribution", "folder", "files", "notes")


def sidecars(roots: tuple[Path, ...] = (paths.RAW, paths.REFERENCE)) -> list[Path]:
    """Every sidecar: one per folder under ``data/raw/``, one per hand-collected file in ``data/reference/``."""
    found = []
    for root in roots:
        found += sorted(root.glob(f"*/{SIDECAR}")) if root == paths.RAW else sorted(root.glob(f"*.{SIDECAR}"))
    return found


def read_sidecar(path: Path) -> dict:
    """One sidecar, checked for its required keys (a missing key is an error, not a blank)."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    missing = [key for key in REQUIRED if not data.get(key)]
    if missing:
        raise ValueError(f"{paths.display(path)}: missing {', '.join(missing)}")
    for entry in data["files"]:
        if not {"path", "sha256"} <= set(entry):
            raise ValueError(f"{paths.display(path)}: every [[files]] entry needs path and sha256")
    if data.get("licence_file") and not (path.parent / data["licence_file"]).exists():
        raise ValueError(f"{paths.display(path)}: licence file {data['licence_file']} is missing")
    return {**data, "folder": path.parent}


@functools.cache
def registry() -> pd.DataFrame:
    """One row per source: id, title, publisher, origin, access date, licence and attribution."""
    rows = []
    for path in sidecars():
        data = read_sidecar(path)
        rows.append(
            {
                "source_id": data["id"], "title": data["title"], "original_publisher": data["original_publisher"],
                "origin": data["origin"], "accessed": data["accessed"], "licence": data["licence"],
                "licence_file": data.get("licence_file", ""), "attribution": data["attribution"].strip(),
                "folder": paths.display(data["folder"]), "files": len(data["files"]), "notes": data.get("notes", "").strip(),
            }
        )
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    duplicated = frame["source_id"][frame["source_id"].duplicated()].tolist()
    if duplicated:
        raise ValueError(f"source ids used twice: {duplicated}")
    return frame.sort_values("source_id").reset_index(drop=True)


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify(source_id: str) -> list[str]:
    """Files of a source whose SHA-256 differs from its sidecar (empty when all match)."""
    for path in sidecars():
        data = read_sidecar(path)
        if data["id"] == source_id:
            return [entry["path"] for entry in data["files"] if sha256(path.parent / entry["path"]) != entry["sha256"]]
    raise KeyError(f"no sidecar for source {source_id!r}")


def folder(source_id: str) -> Path:
    for path in sidecars():
        if read_sidecar(path)["id"] == source_id:
            return path.parent
    raise KeyError(f"no sidecar for source {source_id!r}")
