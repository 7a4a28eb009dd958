"""The model stage: reference statistics, trend fits, ambition, ex-post outcomes, sensitivity.

Reads the extraction tables (``data/processed/indicators.csv``, ``changes.csv``, ``plans.csv``)
and the reference sources, and writes (each validated against its schema first):

* ``data/reference/reference.csv`` — reference statistics mapped to codes, roles and vintages;
* ``data/reference/observations.csv`` — every official figure and model estimate of the plan places,
  their provinces and the nation, with source, licence, basis and vintage (:mod:`analysis.observations`);
* ``data/processed/trends.csv`` — every model × data variant × target year: fit and projection;
* ``data/processed/ambition.csv`` — every target and projection against its preferred trend;
* ``data/processed/outcomes.csv`` — targets dated up to 2020 against what happened;
* ``data/processed/progress.csv`` — targets dated after 2020 against the latest official figure;
* ``data/processed/sensitivity.csv`` — the ambition class under every model and data variant.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import groupby
from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.codebook import load_codebook
from analysis.datasets import read_table
from analysis.extract.stage import extract_inputs
from analysis.io import csv_bytes, write_all
from analysis.runrecord import require_current, require_same_run
from analysis.model.ambition import assess_plan_indicator, targets
from analysis.model.outcomes import outcome_rows
from analysis.model.progress import progress_rows
from analysis.observations import observations_table
from analysis.reference import read_sources, tidy_reference
from analysis.schemas import (
    ambition_schema,
    changes_schema,
    indicators_schema,
    outcomes_schema,
    plans_schema,
    progress_schema,
    reference_schema,
    sensitivity_schema,
    trends_schema,
    validate,
)


def _frame(rows: list[dict], schema) -> pd.DataFrame:
    frame = pd.DataFrame(rows)
    for name, column in schema.columns.items():
        if name not in frame:
            frame[name] = None
        dtype = str(column.dtype)
        if dtype == "Int64":
            frame[name] = pd.to_numeric(frame[name]).astype("Int64")
        elif dtype == "Float64":
            frame[name] = pd.to_numeric(frame[name]).astype("Float64").round(6)
        elif dtype == "boolean":
            frame[name] = frame[name].astype("boolean")
        elif dtype == "bool":
            frame[name] = frame[name].fillna(False).astype(bool)
        else:
            frame[name] = frame[name].fillna("").astype(str)
    return frame[list(schema.columns)]


def model(indicators: pd.DataFrame, changes: pd.DataFrame, plans: pd.DataFrame, reference: pd.DataFrame, observations: pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    """Trends, ambition, outcomes, progress and sensitivity from the extraction tables, the
    reference (plan targets of higher-level documents) and the observations (official figures;
    built from ``reference`` and the bundled sources when not given)."""
    codebook = load_codebook()
    observations = observations_table(reference) if observations is None else observations
    base_years = dict(zip(plans["plan_id"], plans["base_year"]))
    all_targets = targets(indicators, plans)
    ambition_rows, sensitivity_rows, trend_rows = [], [], []
    key = lambda t: (t.plan_id, t.indicator, t.entity)  # noqa: E731
    for _, group in groupby(sorted(all_targets, key=key), key=key):
        group = list(group)
        base_year = base_years.get(group[0].plan_id)
        assessments, trends = assess_plan_indicator(group, indicators, changes, observations, None if pd.isna(base_year) else int(base_year), codebook)
        ambition_rows += [a.row for a in assessments]
        sensitivity_rows += [a.sensitivity for a in assessments]
        trend_rows += trends
    order = ["plan_id", "indicator", "entity", "year", "kind", "target_text", "qualifier"]
    ambition = _frame(ambition_rows, ambition_schema()).sort_values(order).reset_index(drop=True)
    sensitivity = _frame(sensitivity_rows, sensitivity_schema()).sort_values(order).reset_index(drop=True)
    trends = _frame(trend_rows, trends_schema()).sort_values(["plan_id", "indicator", "entity", "data", "model", "target_year"]).reset_index(drop=True)
    outcomes = _frame(outcome_rows(all_targets, ambition, reference, observations), outcomes_schema()).sort_values(["plan_id", "indicator", "entity", "year", "target_text"]).reset_index(drop=True)
    progress = _frame(progress_rows(all_targets, ambition, plans, reference, observations), progress_schema()).sort_values(["plan_id", "indicator", "entity", "year", "target_text", "qualifier"]).reset_index(drop=True)
    return {
        "progress": validate(progress, progress_schema(), "progress"),
        "trends": validate(trends, trends_schema(), "trends"),
        "ambition": validate(ambition, ambition_schema(), "ambition"),
        "outcomes": validate(outcomes, outcomes_schema(), "outcomes"),
        "sensitivity": validate(sensitivity, sensitivity_schema(), "sensitivity"),
    }


def reference_table(reference_dir: Path = paths.REFERENCE) -> pd.DataFrame:
    return validate(tidy_reference(read_sources(reference_dir)), reference_schema(), "reference")


def run(
    progress: Callable[[str], None] = print,
    out_dir: Path = paths.PROCESSED,
    reference_dir: Path = paths.REFERENCE,
    reference_out: Path | None = None,
) -> dict[str, pd.DataFrame]:
    """Model the extraction tables in ``out_dir`` and write the model tables there (the tidy
    reference table goes to ``reference_out``, by default beside its sources)."""
    extracted = [out_dir / "indicators.csv", out_dir / "changes.csv", out_dir / "plans.csv"]
    require_same_run(extracted)
    if out_dir == paths.PROCESSED:
        require_current(extracted, extract_inputs(), "extract")
    reference = reference_table(reference_dir)
    observations = observations_table(reference, progress)
    indicators = read_table(out_dir / "indicators.csv", indicators_schema())
    changes = read_table(out_dir / "changes.csv", changes_schema())
    plans = read_table(out_dir / "plans.csv", plans_schema())
    tables = model(indicators, changes, plans, reference, observations)
    outputs = {(reference_out or reference_dir) / "reference.csv": csv_bytes(reference),
               (reference_out or reference_dir) / "observations.csv": csv_bytes(observations)}
    outputs.update({out_dir / f"{name}.csv": csv_bytes(frame) for name, frame in tables.items()})
    write_all(outputs, stage="model", inputs=[*extracted, *sorted(reference_dir.glob("*_statistics.csv")), *sorted(reference_dir.glob("*corrections.csv"))])
    ambition = tables["ambition"]
    counts = ambition["class"].value_counts().to_dict()
    progress(f"{len(reference)} reference rows; {len(tables['trends'])} trend fits; {len(ambition)} targets assessed: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    outcomes = tables["outcomes"]
    progress(f"{len(outcomes)} ex-post rows: " + ", ".join(f"{k} {v}" for k, v in sorted(outcomes["status"].value_counts().to_dict().items())))
    moving = tables["progress"]
    progress(f"{len(moving)} progress-to-date rows: " + ", ".join(f"{k} {v}" for k, v in sorted(moving["status"].value_counts().to_dict().items())))
    return tables
