"""The ingest stage: read every seed listed in the manifest and write the quality log.

All seeds are read and checked before anything is written, so a bad seed stops the stage
with its reason and leaves the previous outputs untouched.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.errors import PlanwatchError
from analysis.ingest.decode import read_seed
from analysis.ingest.document import PlanDocument, compress_lines, ingest_text
from analysis.io import csv_bytes
from analysis.runrecord import write_recorded
from analysis.manifest import read_manifest, require_consistent, seed_files
from analysis.quality import Finding, findings_frame, kinds_frame

#: Texts above this size (bytes) get a progress line while they are read.
LONG_TEXT = 1_000_000
SPAM_COLUMNS = ("seed_file", "token_id", "n_chars", "occurrences", "n_lines", "lines", "replacement", "evidence")


@functools.cache
def seed_corpus() -> tuple[str, ...]:
    """The project's seed texts: evidence for what spam replaced in any plan."""
    return tuple(path.read_text(encoding="utf-8", errors="replace") for path in seed_files(paths.SEEDS))


def ingest_paths(files: Sequence[Path], progress: Callable[[str], None] = lambda message: None) -> list[PlanDocument]:
    """Ingest plan files (all are decoded before any is processed, so a bad file stops the stage)."""
    decoded = [read_seed(path) for path in files]
    corpus = seed_corpus()
    documents = []
    for path, item in zip(files, decoded):
        documents.append(_ingest_one(item, Path(path).name, corpus, progress))
    return documents


def ingest_each(files: Sequence[Path], progress: Callable[[str], None] = lambda message: None) -> tuple[list[PlanDocument], list[str]]:
    """Ingest plan files one by one: the documents that could be read, and a one-line error for
    each file that could not (``path: reason``). One file's problem never stops the others."""
    corpus = seed_corpus()
    documents, errors = [], []
    names = unique_names(files)
    for path, name in zip(files, names):
        try:
            documents.append(_ingest_one(read_seed(path), name, corpus, progress))
        except PlanwatchError as error:
            errors.append(str(error))
        except Exception as error:  # a defect of the reader must not stop the batch; it is reported
            errors.append(f"{path}: could not be read ({type(error).__name__}: {error}); please report this text")
        if errors and errors[-1].startswith(str(path)):
            progress(f"error: {errors[-1]}")
    return documents, errors


def unique_names(files: Sequence[Path]) -> list[str]:
    """File names as seed names; names shared by files in different folders get their folder."""
    names = [Path(path).name for path in files]
    return [name if names.count(name) == 1 else f"{Path(path).parent.name}/{name}" for name, path in zip(names, files)]


def _ingest_one(decoded, name: str, corpus, progress: Callable[[str], None]) -> PlanDocument:
    if decoded.n_bytes > LONG_TEXT:
        progress(f"reading {name}: {decoded.n_bytes / 1e6:.1f} MB, {decoded.text.count(chr(10)) + 1} lines …")
    started = time.process_time()
    document = ingest_text(decoded, name, corpus)
    document = replace(document, ingest_seconds=time.process_time() - started)
    progress(f"ingested {name}: {len(document.lines)} lines, {decoded.encoding}")
    return document


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
    write_recorded(targets, stage="ingest", inputs=[manifest_path, *(seeds_dir / name for name in manifest["seed_file"])])
    progress(f"wrote {len(log)} quality findings to {paths.display(out_dir / paths.QUALITY_LOG.name)}, the contamination table and the quality-kind codebook")
    return documents
