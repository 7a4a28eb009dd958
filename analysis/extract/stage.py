"""The extract stage: every plan of the manifest into the indicator, change and plan tables.

Outputs (all validated against their schemas before anything is written):

* ``data/processed/indicators.csv`` and ``.parquet`` — one row per stated level;
* ``data/processed/changes.csv`` — one row per stated change (比2010年增加…, 年均增长…);
* ``data/processed/plans.csv`` — one row per plan: manifest metadata plus what extraction found;
* ``data/processed/quality_log.csv`` — rewritten with ingestion and extraction findings.

:func:`extract_paths` reads arbitrary plan files without manifest rows (metadata inferred).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.codebook import load_codebook
from analysis.extract import budget
from analysis.extract.evaluation import places_agree
from analysis.extract.meta import PlanMeta, infer_meta, meta_from_manifest
from analysis.extract.plan import PlanExtraction, contract_findings, disagreement_findings, extract_plan
from analysis.extract.rows import CHANGE_COLUMNS, INDICATOR_COLUMNS, typed_frame
from analysis.extract.tables import find_tables
from analysis.gazetteer import place_names
from analysis.ingest.decode import decode_bytes
from analysis.ingest.document import PlanDocument, ingest_text
from analysis.ingest.place import document_context
from analysis.errors import BatchError, PlanwatchError
from analysis.ingest.stage import ingest_each, ingest_manifest, ingest_paths, place_checks, quality_log
from analysis.io import csv_bytes, parquet_bytes, write_all
from analysis.runrecord import write_recorded
from analysis.manifest import COLUMNS as MANIFEST_COLUMNS
from analysis.corpus import corpus_inputs, read_corpus_manifest
from analysis.manifest import extraction_inputs, read_manifest
from analysis.quality import Finding, kinds_frame
from analysis.schemas import changes_schema, indicator_codebook_schema, indicators_schema, plans_schema, quality_log_schema, validate

INDICATOR_SORT = ["seed_file", "line", "source", "indicator", "entity", "year", "value_text"]


@dataclass(frozen=True)
class Extraction:
    indicators: pd.DataFrame
    changes: pd.DataFrame
    plans: pd.DataFrame
    findings: tuple[Finding, ...]
    failures: tuple[str, ...] = ()  # one line per text the extractor could not read (a defect to report)


def extract_documents(documents: Sequence[PlanDocument], manifest: pd.DataFrame | None = None) -> Extraction:
    """Extract every document; plans without a manifest row get inferred metadata."""
    codebook = load_codebook()
    places = set(place_names())
    rows = {} if manifest is None else {row["seed_file"]: row for _, row in manifest.iterrows()}
    results: list[tuple[PlanDocument, PlanMeta, PlanExtraction]] = []
    plan_ids: set[str] = set()
    failures: list[str] = []
    stopped: list[tuple[str, str]] = []
    for document in documents:
        try:
            with budget.limit(budget.seconds_for(sum(len(line.text.encode("utf-8")) for line in document.lines)), spent=document.ingest_seconds), \
                    document_context("\n".join(line.text for line in document.lines)):
                tables = find_tables(document)
                if document.seed_file in rows:
                    meta = meta_from_manifest(rows[document.seed_file])
                else:
                    meta = infer_meta(document, [[c.year for c in t.year_columns] for t in tables if t.orientation != "region-rows"])
                    meta = replace(meta, plan_id=_unique(meta.plan_id, plan_ids))
                results.append((document, meta, extract_plan(document, meta, codebook, places, tables)))
        except budget.BudgetExceeded as error:  # too long for its budget: no rows, a finding, the batch goes on
            stopped.append((document.seed_file, f"extraction {error}; the text has no rows"))
            failures.append(f"{document.seed_file}: {stopped[-1][1]}")
            continue
        except Exception as error:  # a defect of the extractor on one text must not stop the others
            failures.append(f"{document.seed_file}: could not be extracted ({type(error).__name__}: {error}); please report this text")
            continue
        plan_ids.add(meta.plan_id)
    indicators = typed_frame([row for _, _, r in results for row in r.indicators], INDICATOR_COLUMNS).sort_values(INDICATOR_SORT, kind="stable").reset_index(drop=True)
    changes = typed_frame([row for _, _, r in results for row in r.changes], CHANGE_COLUMNS).sort_values(["seed_file", "line", "indicator", "year", "value_text"], kind="stable").reset_index(drop=True)
    indicators, bad = contract_findings(indicators, indicators_schema(), "indicators")
    changes, bad_changes = contract_findings(changes, changes_schema(), "changes")
    plans = plans_table(results, rows, indicators, changes)
    findings = tuple(f for _, _, r in results for f in r.findings) + tuple(bad + bad_changes) + tuple(disagreement_findings(indicators))
    over_budget = {seed for seed, _ in stopped}
    findings += tuple(Finding(seed, None, "extraction_budget", detail) for seed, detail in stopped)
    findings += tuple(Finding(failure.split(":", 1)[0], None, "extraction_failed", failure.split(": ", 1)[1]) for failure in failures if failure.split(":", 1)[0] not in over_budget)
    return Extraction(
        indicators,
        changes,
        validate(plans, plans_schema(), "plans"),
        findings,
        tuple(failures),
    )


#: The columns :func:`read_texts` returns unless asked for others.
TEXT_COLUMNS = ("indicator", "entity", "year", "value", "qualifier", "kind")


def read_texts(texts: Mapping[str, str], columns: Sequence[str] = TEXT_COLUMNS) -> dict[str, list[tuple]]:
    """Texts given as strings (invented sentences of the tests, the probes and the grammar benchmark; a pasted page), read
    as a new user's files are: each ingested as the page ``<name>.txt`` (no manifest row: place, period and cut-off are
    inferred), all extracted in one call (:func:`extract_documents`). Returns name → the ``columns`` (any of
    :data:`~analysis.extract.rows.INDICATOR_COLUMNS`) of each indicator row read from that text, as tuples in the order
    of the indicators table; ``year`` and ``line`` as ``int`` (``None`` for no year), ``value`` as a ``float`` rounded to
    6 places (NaN for no value). Every name is a key, with an empty list when nothing was read."""
    names = list(texts)
    documents = [ingest_text(decode_bytes(texts[name].encode("utf-8"), f"{name}.txt"), f"{name}.txt") for name in names]
    frame = extract_documents(documents).indicators
    convert = {"year": lambda year: int(year) if year == year else None, "line": int, "value": lambda value: round(float(value), 6)}
    steps = [convert.get(column, lambda cell: cell) for column in columns]
    out: dict[str, list[tuple]] = {name: [] for name in names}
    for seed_file, *cells in frame[["seed_file", *columns]].itertuples(index=False, name=None):
        out[str(seed_file).removesuffix(".txt")].append(tuple(step(cell) for step, cell in zip(steps, cells)))
    return out


def _unique(plan_id: str, taken: set[str]) -> str:
    """``plan_id``, or ``plan_id-2``, ``-3`` … when another text of the batch has it."""
    if plan_id not in taken:
        return plan_id
    number = 2
    while f"{plan_id}-{number}" in taken:
        number += 1
    return f"{plan_id}-{number}"


#: Typed columns of ``plans.csv``; every other column is text.
YEAR_COLUMNS = ("period_start", "period_end", "base_year", "latest_baseline_year", "cutoff_year")
COUNT_COLUMNS = ("spam_occurrences", "n_tables", "n_values", "n_table_values", "n_text_values", "n_changes", "n_baseline", "n_target", "n_projection", "n_indicators")


def plans_table(results: Sequence[tuple[PlanDocument, PlanMeta, PlanExtraction]], manifest_rows: dict, indicators: pd.DataFrame, changes: pd.DataFrame) -> pd.DataFrame:
    """One row per plan: manifest (or inferred) metadata and what extraction found."""
    by_seed = dict(tuple(indicators.groupby("seed_file", sort=False)))
    changes_by_seed = changes["seed_file"].value_counts().to_dict()
    empty = indicators.iloc[0:0]
    out = []
    for document, meta, extraction in results:
        row = {name: "" for name in MANIFEST_COLUMNS}
        if document.seed_file in manifest_rows:
            row.update(manifest_rows[document.seed_file].to_dict())
        else:
            row.update(plan_id=meta.plan_id, seed_file=document.seed_file, place_zh=meta.place, province_zh=meta.province,
                       admin_level=meta.level, plan_title=document.title, period_start=meta.period_start,
                       period_end=meta.period_end, base_year=meta.base_year, base_year_source=meta.cutoff_source,
                       issue_date=str(meta.issue_year or ""))
        levels = by_seed.get(document.seed_file, empty)
        baseline_years = levels.loc[levels["kind"] == "baseline", "year"]
        row.update(
            place_identified=document.place.place.name if document.place else "",
            place_code=meta.code,
            cutoff_year=meta.cutoff,
            cutoff_source=meta.cutoff_source,
            encoding=document.encoding,
            body_lines=f"{document.first_line}–{document.last_line}",
            spam_occurrences=sum(token.count for token in document.spam_tokens),
            n_tables=len(extraction.tables),
            n_values=len(levels),
            n_table_values=int((levels["source"] == "table").sum()),
            n_text_values=int((levels["source"] == "text").sum()),
            n_changes=int(changes_by_seed.get(document.seed_file, 0)),
            n_baseline=int((levels["kind"] == "baseline").sum()),
            n_target=int((levels["kind"] == "target").sum()),
            n_projection=int((levels["kind"] == "projection").sum()),
            n_indicators=levels.loc[levels["indicator"] != "unmapped", "indicator"].nunique(),
            latest_baseline_year=int(baseline_years.max()) if len(baseline_years) else None,
        )
        out.append(row)
    # no plan could be read: the table still has every column of its schema (an empty batch is not a defect)
    frame = pd.DataFrame(out) if out else pd.DataFrame(columns=list(plans_schema().columns))
    for column in frame.columns:
        if column in YEAR_COLUMNS:
            frame[column] = pd.to_numeric(frame[column].replace("", None)).astype("Int64")
        elif column in COUNT_COLUMNS:
            frame[column] = frame[column].astype("Int64")
        else:
            frame[column] = frame[column].fillna("").astype(str)
    return frame


def check_codebook() -> None:
    """Stop the stage before any text is read if the indicator codebook fails its data contract
    (:func:`analysis.schemas.indicator_codebook_schema`): the failing rows and columns are listed."""
    validate(load_codebook().frame, indicator_codebook_schema(), paths.display(paths.CODEBOOK / "indicators.csv"))


def run(
    progress: Callable[[str], None] = print,
    out_dir: Path = paths.PROCESSED,
    seeds_dir: Path = paths.SEEDS,
    manifest_path: Path = paths.MANIFEST,
    codebook_dir: Path = paths.CODEBOOK,
) -> Extraction:
    """Extract the manifest's plans and write the indicator, change, plan and quality tables."""
    check_codebook()
    manifest = read_manifest(manifest_path)
    documents = ingest_manifest(manifest, seeds_dir, progress=lambda message: None)
    extraction = extract_documents(documents, manifest)
    for plan in extraction.plans.itertuples():
        progress(f"{plan.plan_id}: {plan.n_tables} tables, {plan.n_values} values ({plan.n_table_values} table, {plan.n_text_values} text), {plan.n_changes} changes")
    log = validate(quality_log(documents, [*place_checks(documents, manifest), *extraction.findings]), quality_log_schema(), "quality_log")
    write_recorded(
        {
            out_dir / paths.INDICATORS.name: csv_bytes(extraction.indicators),
            out_dir / paths.INDICATORS_PARQUET.name: parquet_bytes(extraction.indicators),
            out_dir / paths.CHANGES.name: csv_bytes(extraction.changes),
            out_dir / paths.PLANS.name: csv_bytes(extraction.plans),
            out_dir / paths.QUALITY_LOG.name: csv_bytes(log),
            codebook_dir / "quality_kinds.csv": csv_bytes(kinds_frame()),
        },
        stage="extract",
        inputs=extraction_inputs(manifest, seeds_dir, manifest_path, codebook_dir),
    )
    progress(f"wrote {len(extraction.indicators)} values, {len(extraction.changes)} changes, {len(extraction.plans)} plans, {len(log)} quality findings to {paths.display(out_dir)}")
    return extraction


def run_corpus(
    progress: Callable[[str], None] = print,
    out_dir: Path = paths.CORPUS_TABLES,
    manifest_path: Path = paths.CORPUS_MANIFEST,
    codebook_dir: Path = paths.CODEBOOK,
) -> Extraction:
    """Extract every text of the corpus of real published texts (``corpus/manifest.csv``) as a new
    user would — place, period and cut-off inferred from the text, never typed — and write its
    indicator, change, plan and quality tables to ``out_dir`` (``data/processed/corpus/``). A text's
    ``plan_id`` is its corpus ``text_id``."""
    check_codebook()
    manifest = read_corpus_manifest(manifest_path)
    documents = ingest_paths([manifest_path.parent / name for name in manifest["file"]])
    extraction = extract_documents(documents)
    ids = dict(zip((Path(name).name for name in manifest["file"]), manifest["text_id"]))
    indicators = extraction.indicators.assign(plan_id=extraction.indicators["seed_file"].map(ids))
    changes = extraction.changes.assign(plan_id=extraction.changes["seed_file"].map(ids))
    plans = validate(extraction.plans.assign(plan_id=extraction.plans["seed_file"].map(ids)), plans_schema(), "corpus plans")
    log = validate(quality_log(documents, extraction.findings), quality_log_schema(), "corpus quality_log")
    write_recorded(
        {
            out_dir / paths.INDICATORS.name: csv_bytes(indicators),
            out_dir / paths.CHANGES.name: csv_bytes(changes),
            out_dir / paths.PLANS.name: csv_bytes(plans),
            out_dir / paths.QUALITY_LOG.name: csv_bytes(log),
        },
        stage="extract",
        inputs=corpus_inputs(manifest_path, codebook_dir),
    )
    places = int(places_agree(plans["seed_file"].map(dict(zip((Path(n).name for n in manifest["file"]), manifest["place_zh"]))), plans["place_zh"]).sum())
    progress(f"corpus: {len(plans)} real texts, {len(indicators)} values ({int((indicators['kind'] == 'target').sum())} targets), "
             f"{len(changes)} changes; place inferred as the manifest's for {places} of {len(plans)}; wrote {paths.display(out_dir)}")
    return Extraction(indicators, changes, plans, extraction.findings, extraction.failures)


def extract_paths(files: Sequence[Path], out: Path, progress: Callable[[str], None] = print) -> Extraction:
    """Extract plan files that need no manifest row; write the indicator table to ``out`` (CSV).

    Each file gets its rows or its own one-line error: the rows of the files that could be read
    are written, then :class:`BatchError` lists the files that could not (exit status 1).
    ``out`` naming a folder, or a file the batch reads (``_changes``/``_plans`` included), is
    refused before anything is read (exit status 2): an input is never overwritten."""
    outputs = _out_files(out)
    if out.is_dir():
        raise PlanwatchError(f"--out {out}: is a folder; name a CSV file in it (e.g. --out {out / 'indicators.csv'})")
    for target in outputs:
        for path in files:
            if target.exists() and Path(path).exists() and os.path.samefile(target, path):
                raise PlanwatchError(f"--out {out}: would overwrite the input {path} (with {target.name}); name another file")
    documents, errors = ingest_each(files, progress=progress)
    extraction = extract_documents(documents)
    failed = list(extraction.failures)
    for failure in failed:
        progress(f"error: {failure}")
    extracted = [d for d in documents if d.seed_file in set(extraction.plans["seed_file"])]
    for plan in extraction.plans.itertuples():
        progress(f"{plan.seed_file}: plan_id {plan.plan_id}, place {plan.place_zh} ({plan.admin_level}), cut-off {plan.cutoff_year if pd.notna(plan.cutoff_year) else 'none'}, {plan.n_values} values")
    payloads = [csv_bytes(extraction.indicators), csv_bytes(extraction.changes), csv_bytes(extraction.plans)]
    write_all(dict(zip(outputs, payloads)))
    progress(f"wrote {len(extraction.indicators)} values from {len(extracted)} of {len(files)} files to {out}")
    if errors or failed:
        raise BatchError(errors + failed, len(files))
    return extraction


def _out_files(out: Path) -> list[Path]:
    """The files ``extract PATH… --out OUT`` writes: OUT, and for a .csv its _changes and _plans."""
    if out.suffix != ".csv":
        return [out]
    return [out, out.with_name(out.stem + "_changes.csv"), out.with_name(out.stem + "_plans.csv")]
