"""The ingest stage: read every seed listed in the manifest and write the quality log.

All seeds are read and checked before anything is written, so a bad seed stops the stage
with its reason and leaves the previous outputs untouched.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.ingest.decode import read_seed
from analysis.ingest.document import PlanDocument, compress_lines, ingest_text
from analysis.io import csv_bytes, write_all
from analysis.manifest import read_manifest, require_consistent, seed_files
from analysis.quality import Finding, findings_frame, kinds_frame

SPAM_COLUMNS = ("seed_file", "token_id", "n_chars", "occurrences", "n_lines", "lines", "replacement", "evidence")


@functools.cache
def seed_corpus() -> tuple[str, ...]:
    """The project's seed texts: evidence for what spam replaced in any plan."""
    return tuple(path.read_text(encoding="utf-8", errors="replace") for path in seed_files(paths.SEEDS))


def ingest_paths(files: Sequence[Path], progress: Callable[[str], None] = lambda message: None) -> list[PlanDocument]:
    """Ingest plan files (all are decoded before any is processed, so a bad file stops the batch)."""
    decoded = [read_seed(path) for path in files]
    corpus = seed_corpus()
    documents = []
    for path, item in zip(files, decoded):
        documents.append(ingest_text(item, Path(path).name, corpus))
        progress(f"ingested {Path(path).name}: {len(documents[-1].lines)} lines, {item.encoding}")
    return documents


def ingest_manifest(manifest: pd.DataFrame | None = None, seeds_dir: Path = paths.SEEDS, progress: Callable[[str], None] = lambda m: None) -> list[PlanDocument]:
    """Ingest every seed of the manifest, after checking the manifest against the files."""
    manifest = read_manifest() if manifest is None else manifest
    require_consistent(manifest, seeds_dir)
    return ingest_paths([seeds_dir / name for name in manifest["seed_file"]], progress)


def place_checks(documents: Sequence[PlanDocument], manifest: pd.DataFrame) -> list[Finding]:
    """A finding for every seed whose text names a different place than its manifest row."""
    expected = dict(zip(manifest["seed_file"], manifest["place_zh"]))
    findings = []
    for document in documents:
        found = document.place.place.name if document.place else "no place"
        if document.seed_file in expected and found != expected[document.seed_file]:
            findings.append(Finding(document.seed_file, None, "place_mismatch", f"the text names {found}, the manifest says {expected[document.seed_file]} (the manifest is used)"))
    return findings


def quality_log(documents: Sequence[PlanDocument], extra: Sequence[Finding] = ()) -> pd.DataFrame:
    """The quality log of all documents plus any extra findings."""
    return findings_frame([finding for document in documents for finding in document.findings] + list(extra))


def contamination_table(documents: Sequence[PlanDocument]) -> pd.DataFrame:
    """One row per spam token: by id and length only — the token text is never written."""
    rows = [
        (document.seed_file, token.token_id, len(token.text), token.count, len(token.lines), compress_lines(token.lines), token.replacement, token.evidence)
        for document in documents
        for token in document.spam_tokens
    ]
    return pd.DataFrame(rows, columns=list(SPAM_COLUMNS))


def run(
    progress: Callable[[str], None] = print,
    seeds_dir: Path = paths.SEEDS,
    manifest_path: Path = paths.MANIFEST,
    out_dir: Path = paths.PROCESSED,
    codebook_dir: Path = paths.CODEBOOK,
) -> list[PlanDocument]:
    """Ingest the manifest's seeds; write the quality log, the contamination table and the quality-kind codebook."""
    manifest = read_manifest(manifest_path)
    documents = ingest_manifest(manifest, seeds_dir, progress=progress)
    log = quality_log(documents, place_checks(documents, manifest))
    targets = {
        out_dir / paths.QUALITY_LOG.name: csv_bytes(log),
        out_dir / paths.SPAM.name: csv_bytes(contamination_table(documents)),
        codebook_dir / "quality_kinds.csv": csv_bytes(kinds_frame()),
    }
    write_all(targets)
    progress(f"wrote {len(log)} quality findings to {paths.display(out_dir / paths.QUALITY_LOG.name)}, the contamination table and the quality-kind codebook")
    return documents
