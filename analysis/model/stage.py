"""The model stage: trend fits, ambition, ex-post outcomes, progress, sensitivity, cohort projections.

Floor: stage 5 of ingest → extract → sources → audit → **model** → report. It reads the tables
the earlier stages wrote — the extraction tables (``data/processed/indicators.csv``,
``changes.csv``, ``plans.csv``), the sources tables (``data/reference/reference.csv``,
``observations.csv``) and the audit's verdicts on plan figures
(``data/processed/figure_verdicts.csv``, :mod:`analysis.model.inputs`) — and writes (each
validated against its schema first):

* ``data/processed/trends.csv`` — every model × data variant × window × target year: fit and projection;
* ``data/processed/ambition.csv`` — every distinct target and projection against its preferred
  trend (age structure: against the cohort projection), with the net migration population
  targets imply;
* ``data/processed/outcomes.csv`` — targets dated up to 2020 against what happened;
* ``data/processed/progress.csv`` — targets dated after 2020 against the latest official figure;
* ``data/processed/sensitivity.csv`` — the ambition class under every model, data variant,
  window, band, tolerance and input choice;
* ``data/processed/bands.csv`` — the empirical uncertainty bands (:mod:`analysis.model.uncertainty`);
* ``data/processed/error_backtest.csv``, ``error_distribution.csv`` — the back-test of the
  population trend and its signed error quantiles by size class and horizon, and
  ``share_error_backtest.csv``, ``share_error_distribution.csv`` — the own-trend back-test of the
  nation's shares (the urban share's targets are read against it); ``trajectory_error_backtest.csv``,
  ``trajectory_error_distribution.csv`` — the back-test of the national life-expectancy and IMR
  trajectories carried forward (their targets are read against it); ``calibration.csv`` — class against the share of targets met (:mod:`analysis.model.calibration`);
* ``data/processed/cohort.csv`` and ``cohort_backtest.csv`` — Hamilton–Perry projections of each
  plan's place and the nation, and their back-tests (:mod:`analysis.model.cohort`);
* ``data/processed/fared.csv``, ``fared_pace.csv``, ``fared_summary.csv``, ``zero_sum.csv``, ``zero_sum_parts.csv`` — how
  every plan of the seeds, the corpus of real published texts (``data/processed/corpus/``, grouped
  into documents by ``corpus/manifest.csv``) and the reference data fared (:mod:`analysis.model.fared`);
  ``fared_sensitivity.csv`` — the same judgement from the corpus's hand-annotated gold levels
  (``corpus/gold/levels.csv``, an input like the manifest) beside the one from the extraction.

It may import the earlier stages, the shared floor (:mod:`analysis.demography`) and the
contracts, never the report.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import groupby
from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.codebook import load_codebook
from analysis.datasets import read_table
from analysis.io import csv_bytes
from analysis.manifest import extraction_inputs
from analysis.runrecord import require_current, require_same_run, write_recorded
from analysis.sources import leiii_census
from analysis.sources.census_panel import census_panel
from analysis.demography import metrics
from analysis.corpus import read_corpus_manifest
from analysis.model import calibration, cohort, fared
from analysis.model.ambition import Context, assess_plan_indicator
from analysis.model.inputs import AuditVerdicts
from analysis.model.judge import assess_cohort
from analysis.model.outcomes import outcome_rows
from analysis.model.progress import progress_rows
from analysis.model.statements import Target, targets
from analysis.model.uncertainty import empirical_bands
from analysis import vocabulary
from analysis.schemas import (
    ambition_schema,
    bands_schema,
    calibration_schema,
    changes_schema,
    cohort_backtest_schema,
    cohort_schema,
    error_backtest_schema,
    error_distribution_schema,
    fared_pace_schema,
    fared_schema,
    fared_sensitivity_schema,
    fared_summary_schema,
    share_error_backtest_schema,
    share_error_distribution_schema,
    trajectory_error_backtest_schema,
    trajectory_error_distribution_schema,
    figure_verdicts_schema,
    indicators_schema,
    observations_schema,
    boundary_changes_schema,
    outcomes_schema,
    plans_schema,
    progress_schema,
    reference_schema,
    sensitivity_schema,
    trends_schema,
    validate,
    zero_sum_parts_schema,
    zero_sum_schema,
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


def model(indicators: pd.DataFrame, changes: pd.DataFrame, plans: pd.DataFrame, reference: pd.DataFrame, observations: pd.DataFrame,
          figure_verdicts: pd.DataFrame, corpus_indicators: pd.DataFrame | None = None, corpus_manifest: pd.DataFrame | None = None,
          corpus_gold: pd.DataFrame | None = None, *, boundary_changes: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Trends, ambition, outcomes, progress, sensitivity, bands and cohort projections from the
    extraction tables, the reference (plan targets of higher-level documents), the observations
    (official figures) and the audit's verdicts on plan figures; how the plans fared from these and
    the corpus's extraction table and manifest (none: the seeds and the reference alone), and, with
    the corpus's hand-annotated gold levels (``corpus/gold/levels.csv``, read as text), the same
    judgement built from them beside it (``fared_sensitivity``; none: no such table). ``boundary_changes``: the
    prefectures whose area changed between the censuses or whose official 2020 figure is of another area than their
    counties (``data/reference/boundary_changes.csv``, written by the sources stage), whose targets in plans issued
    before 2020 the screen does not judge by the census."""
    codebook = load_codebook()
    verdicts = AuditVerdicts.from_table(figure_verdicts)
    projections = cohort.Projections(observations)
    context = Context(indicators, verdicts.usable(indicators), changes, observations, reference, census_panel(), verdicts, codebook, projections)
    base_years = dict(zip(plans["plan_id"], plans["base_year"]))
    by_plan = {plan.plan_id: plan for plan in plans.itertuples()}
    all_targets = targets(indicators, plans, verdicts.conflicts)
    ambition_rows, sensitivity_rows, trend_rows = [], [], []
    key = lambda t: (t.plan_id, t.indicator, t.entity)  # noqa: E731
    for _, group in groupby(sorted(all_targets, key=key), key=key):
        group = list(group)
        base_year = base_years.get(group[0].plan_id)
        plan = by_plan[group[0].plan_id]
        assessments, trends = assess_plan_indicator(group, context, None if pd.isna(base_year) else int(base_year), plan, str(plan.place_code))
        ambition_rows += [a.row for a in assessments]
        sensitivity_rows += [a.sensitivity for a in assessments]
        trend_rows += trends
    ambition_rows += national_age_structure(reference, codebook, projections)
    order = ["plan_id", "indicator", "entity", "year", "kind", "target_text", "qualifier"]
    ambition = _frame(ambition_rows, ambition_schema()).sort_values(order).reset_index(drop=True)
    sensitivity = _frame(sensitivity_rows, sensitivity_schema()).sort_values(order).reset_index(drop=True)
    trends = _frame(trend_rows, trends_schema()).sort_values(["plan_id", "indicator", "entity", "data", "model", "window", "target_year"]).reset_index(drop=True)
    outcomes = _frame(outcome_rows(all_targets, ambition, reference, observations, indicators), outcomes_schema()).sort_values(["plan_id", "indicator", "entity", "year", "target_text"]).reset_index(drop=True)
    progress = _frame(progress_rows(all_targets, ambition, plans, reference, observations), progress_schema()).sort_values(["plan_id", "indicator", "entity", "year", "target_text", "qualifier"]).reset_index(drop=True)
    places = tuple((str(code), name) for code, name in sorted(set(zip(plans["place_code"].astype(str), plans["place_zh"]))))
    checked = {name: (schema, _frame(rows, schema)) for name, schema, rows in (
        ("error_backtest", error_backtest_schema(), calibration.backtest().to_dict("records")),
        ("error_distribution", error_distribution_schema(), calibration.distribution().to_dict("records")),
        ("share_error_backtest", share_error_backtest_schema(), calibration.share_backtest().to_dict("records")),
        ("share_error_distribution", share_error_distribution_schema(), calibration.share_distribution().to_dict("records")),
        ("trajectory_error_backtest", trajectory_error_backtest_schema(), calibration.trajectory_backtest().to_dict("records")),
        ("trajectory_error_distribution", trajectory_error_distribution_schema(), calibration.trajectory_distribution().to_dict("records")),
        ("calibration", calibration_schema(), calibration.calibration_table(ambition, outcomes).to_dict("records")),
    )}
    if corpus_indicators is None:
        corpus_indicators = indicators.iloc[0:0]
        corpus_manifest = pd.DataFrame(columns=["text_id", "file", "place_zh", "admin_level", "document_title", "issue_date"])
    boundaries = leiii_census.boundary_changes(boundary_changes)
    how = fared.fared_tables(indicators, plans, corpus_indicators, corpus_manifest, reference, observations, ambition, boundaries)
    plan_order = ["plan_id", "indicator", "entity", "year", "target_text", "qualifier"]
    fared_table = validate(_frame(how["fared"], fared_schema()).sort_values(plan_order, kind="mergesort").reset_index(drop=True), fared_schema(), "fared")
    checked.update({
        "fared_pace": (fared_pace_schema(), _frame(how["fared_pace"], fared_pace_schema()).sort_values(plan_order, kind="mergesort").reset_index(drop=True)),
        "fared_summary": (fared_summary_schema(), _frame(fared.summary(fared_table), fared_summary_schema())),
        "zero_sum": (zero_sum_schema(), _frame(how["zero_sum"], zero_sum_schema())),
        "zero_sum_parts": (zero_sum_parts_schema(), _frame(how["zero_sum_parts"], zero_sum_parts_schema())),
    })
    if corpus_gold is not None:
        annotated = annotated_fared(indicators, plans, corpus_gold, corpus_manifest, reference, observations, ambition, boundaries)
        checked["fared_sensitivity"] = (fared_sensitivity_schema(), _frame(fared.sensitivity(fared_table, annotated), fared_sensitivity_schema()))
    return {
        **{name: validate(frame, schema, name) for name, (schema, frame) in checked.items()},
        "fared": fared_table,
        "progress": validate(progress, progress_schema(), "progress"),
        "trends": validate(trends, trends_schema(), "trends"),
        "ambition": validate(ambition, ambition_schema(), "ambition"),
        "outcomes": validate(outcomes, outcomes_schema(), "outcomes"),
        "sensitivity": validate(sensitivity, sensitivity_schema(), "sensitivity"),
        "bands": validate(_frame(empirical_bands().to_dict("records"), bands_schema()), bands_schema(), "bands"),
        "cohort": validate(_frame(projections.table(places).to_dict("records"), cohort_schema()), cohort_schema(), "cohort"),
        "cohort_backtest": validate(_frame(projections.backtests().to_dict("records"), cohort_backtest_schema()), cohort_backtest_schema(), "cohort_backtest"),
    }


def annotated_fared(indicators: pd.DataFrame, plans: pd.DataFrame, corpus_gold: pd.DataFrame, corpus_manifest: pd.DataFrame,
                    reference: pd.DataFrame, observations: pd.DataFrame, ambition: pd.DataFrame,
                    boundaries: dict[str, dict[int, tuple[float, float]]]) -> pd.DataFrame:
    """The ``fared`` table built from the corpus texts' hand-annotated gold levels instead of their
    extraction (:func:`analysis.model.fared.gold_statements`), typed, ordered and validated as ``fared.csv``."""
    gold = fared.gold_statements(corpus_gold[corpus_gold["text_id"].isin(corpus_manifest["text_id"])])
    annotated = _frame(fared.judged_rows(indicators, plans, gold, corpus_manifest, reference, observations, ambition, boundaries), fared_schema())
    order = ["plan_id", "indicator", "entity", "year", "target_text", "qualifier"]
    return validate(annotated.sort_values(order, kind="mergesort").reset_index(drop=True), fared_schema(), "fared (as annotated by hand)")


def national_age_structure(reference: pd.DataFrame, codebook, projections: cohort.Projections) -> list[dict]:
    """The national plan's age-structure figures against the national cohort projection, with the
    UN WPP 2022 medium variant beside it (``plan_id`` names their document)."""
    rows = []
    figures = reference[reference["role"].isin(["plan_target", "plan_projection"]) & (reference["entity"] == "中国") & reference["indicator"].isin(vocabulary.AGE_STRUCTURE)]
    for figure in figures.sort_values(["indicator", "year"]).itertuples():
        target = Target(
            f"reference: {figure.document}", figure.indicator, figure.entity, int(figure.year), "projection" if figure.role == "plan_projection" else "target",
            f"{figure.value_published}{figure.unit_published}", figure.qualifier, float(figure.value), None, None, "reference",
            f"{figure.source_file} row {figure.source_row}", "", False, f"{figure.source_file} row {figure.source_row}: 「{figure.quote}」",
        )
        row = assess_cohort(target, codebook[figure.indicator], "100000", None, projections, national=True)
        row["indicator_kind"] = "age structure"
        if row.get("wpp_projection") is not None:
            row["class_against_wpp"] = metrics.cohort_class(target.qualifier, row["target"], None, None, row["wpp_projection"], row["tolerance"] + (row.get("cohort_band") or 0.0)).replace("cohort projection", "WPP")
        rows.append(row)
    return rows


def run(progress: Callable[[str], None] = print, out_dir: Path = paths.PROCESSED, reference_dir: Path = paths.REFERENCE) -> dict[str, pd.DataFrame]:
    """Model the extraction tables in ``out_dir`` with the sources tables in ``reference_dir`` and
    the audit's verdicts, and write the model tables to ``out_dir``."""
    extracted = [out_dir / "indicators.csv", out_dir / "changes.csv", out_dir / "plans.csv"]
    require_same_run(extracted)
    if out_dir == paths.PROCESSED:
        require_current(extracted, extraction_inputs(), "extract")
    sources = [reference_dir / "reference.csv", reference_dir / "observations.csv"]
    boundary_path = reference_dir / "boundary_changes.csv"
    require_same_run([*sources, boundary_path])
    verdicts_path = out_dir / "figure_verdicts.csv"
    reference = read_table(sources[0], reference_schema())
    observations = read_table(sources[1], observations_schema())
    boundaries = read_table(boundary_path, boundary_changes_schema())
    indicators = read_table(out_dir / "indicators.csv", indicators_schema())
    changes = read_table(out_dir / "changes.csv", changes_schema())
    plans = read_table(out_dir / "plans.csv", plans_schema())
    verdicts = read_table(verdicts_path, figure_verdicts_schema())
    require_current([verdicts_path], [*extracted, *sources], "audit")
    corpus_tables = [out_dir / "corpus" / "indicators.csv", out_dir / "corpus" / "plans.csv"]
    require_same_run(corpus_tables)
    corpus_indicators = read_table(corpus_tables[0], indicators_schema())
    gold = pd.read_csv(paths.CORPUS_GOLD_LEVELS, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    tables = model(indicators, changes, plans, reference, observations, verdicts, corpus_indicators, read_corpus_manifest(), gold, boundary_changes=boundaries)
    write_recorded({out_dir / f"{name}.csv": csv_bytes(frame) for name, frame in tables.items()}, stage="model",
                   inputs=[*extracted, *sources, boundary_path, verdicts_path, *corpus_tables, paths.CORPUS_MANIFEST, paths.CORPUS_GOLD_LEVELS])
    progress(f"{len(tables['trends'])} trend fits")
    ambition = tables["ambition"]
    counts = ambition["class"].value_counts().to_dict()
    progress(f"{len(ambition)} distinct targets assessed: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    backtest = tables["cohort_backtest"]
    worst = backtest[backtest["test"].str.startswith("prefectures")].set_index("measure")["p80_abs_error"]
    progress("Hamilton–Perry back-test across prefectures, 80th-percentile absolute error (points): " + ", ".join(f"{m} {v:.2f}" for m, v in worst.items()))
    outcomes = tables["outcomes"]
    progress(f"{len(outcomes)} ex-post rows: " + ", ".join(f"{k} {v}" for k, v in sorted(outcomes["status"].value_counts().to_dict().items())))
    moving = tables["progress"]
    progress(f"{len(moving)} progress-to-date rows: " + ", ".join(f"{k} {v}" for k, v in sorted(moving["status"].value_counts().to_dict().items())))
    how = tables["fared"]
    judged = how[how["judged_by"].isin(["exact", "period mean"])]
    changes = how["period_start"].notna() & (how["screen"] == "rejected")
    progress(f"how the plans fared: {len(how)} targets and projections up to 2020 of {how['plan_id'].nunique()} plans "
             f"({((how['screen'] == 'rejected') & ~changes).sum()} rejected by the screen, {changes.sum()} changes over a period), "
             f"{len(judged)} with an exact outcome (or a period mean) from {judged['plan_id'].nunique()} plans; "
             f"{len(tables['fared_pace'])} dated 2021–2035")
    return tables
