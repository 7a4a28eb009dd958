"""The audit stage: run every consistency check and write ``data/processed/consistency.csv`` and
``data/processed/figure_verdicts.csv``.

Floor: stage 4 of ingest → extract → sources → **audit** → model → report. The audit reads the
extraction tables and the sources stage's ``reference.csv`` and ``observations.csv``; it may import
the earlier stages, the shared floor (:mod:`analysis.demography`) and the contracts, never the
model or the report. The model reads its verdicts on plan figures from ``figure_verdicts.csv``
(:mod:`analysis.consistency.verdicts`).

The checks, their formulas and severity rules are listed in
:data:`analysis.consistency.registry.CHECKS`. Checks that need the plan's words (migration,
direction) read them from the ingested documents; checks that need census figures read them
through :func:`analysis.sources.census_panel.census_panel`. Findings that rest on the same
evidence are merged (:func:`analysis.consistency.findings.merge_same_evidence`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.codebook import load_codebook
from analysis.consistency.across import all_across
from analysis.sources.census_panel import census_panel
from analysis.consistency.definitions import definitions_within_plan
from analysis.consistency.demographic_accounting import age_shares_fit, balancing_equation, vital_rates_against_fertility_and_ageing
from analysis.consistency.findings import frame, merge_same_evidence
from analysis.consistency.internal import all_internal
from analysis.consistency.official import all_official
from analysis.consistency.parts_wholes import household_size_against_census, region_tables
from analysis.consistency.plan_words import direction_statements, migration_statements
from analysis.consistency.plausibility import plausible_change
from analysis.consistency.vertical import all_vertical
from analysis.consistency.words_vs_numbers import directions_against_figures
from analysis.datasets import read_table
from analysis.consistency.verdicts import figure_verdicts
from analysis.io import csv_bytes
from analysis.manifest import extraction_inputs
from analysis.runrecord import require_current, require_same_run, write_recorded
from analysis.schemas import (
    changes_schema, consistency_schema, figure_verdicts_schema, indicators_schema, observations_schema, plans_schema, reference_schema, validate,
)


def audit(
    indicators: pd.DataFrame, changes: pd.DataFrame, plans: pd.DataFrame, reference: pd.DataFrame,
    lines: Mapping[str, Sequence] | None = None, census: pd.DataFrame | None = None, observations: pd.DataFrame | None = None,
    age_groups=None,
) -> pd.DataFrame:
    """Every finding of every check, merged and validated.

    ``lines``: plan_id → the plan's body lines (:meth:`PlanDocument.body_lines`), for the checks
    that read words; ``census``: the census table (default :func:`census_panel`); ``observations``:
    the official figures the place-anchored bounds read (default the committed observations table);
    ``age_groups``: a place's census population by age group (default the bundled census age
    tables; :func:`~analysis.consistency.demographic_accounting.place_bound`)."""
    codebook = load_codebook()
    census = census_panel() if census is None else census
    if observations is None:
        from analysis.sources.observations import load

        observations = load()
    lines = lines or {}
    bases = dict(zip(plans["plan_id"], plans["base_year"].astype(int)))
    migration = {plan_id: migration_statements(body) for plan_id, body in lines.items()}
    directions = {plan_id: direction_statements(body, codebook, bases[plan_id]) for plan_id, body in lines.items() if plan_id in bases}
    findings = [
        *all_internal(indicators, changes, plans, reference, codebook),
        *definitions_within_plan(indicators),
        *all_across(indicators, plans, codebook),
        *all_vertical(indicators, plans, reference, codebook),
        *all_official(indicators, reference, plans),
        *balancing_equation(indicators, changes, plans, reference, census, migration),
        *vital_rates_against_fertility_and_ageing(indicators, plans, census, observations),
        *age_shares_fit(indicators, plans, census, age_groups),
        *region_tables(indicators, changes, plans, codebook),
        *household_size_against_census(indicators, changes, plans, census),
        *directions_against_figures(directions, indicators, changes, plans, reference, codebook),
        *plausible_change(indicators, changes, plans, census),
    ]
    return validate(frame(merge_same_evidence(findings)), consistency_schema(), "consistency")


def plan_lines(plans: pd.DataFrame, seeds_dir: Path = paths.SEEDS) -> dict[str, list]:
    """plan_id → body lines of its ingested seed."""
    from analysis.ingest.stage import ingest_paths

    documents = ingest_paths([seeds_dir / name for name in plans["seed_file"]])
    by_file = {document.seed_file: list(document.body_lines()) for document in documents}
    return {plan.plan_id: by_file[plan.seed_file] for plan in plans.itertuples()}


def verdicts_table(indicators: pd.DataFrame, plans: pd.DataFrame, reference: pd.DataFrame, observations: pd.DataFrame) -> pd.DataFrame:
    """The audit's verdicts on plan figures as model inputs, validated."""
    return validate(figure_verdicts(indicators, reference, observations, plans, load_codebook()), figure_verdicts_schema(), "figure_verdicts")


def run(progress: Callable[[str], None] = print, out_dir: Path = paths.PROCESSED, reference_dir: Path = paths.REFERENCE) -> pd.DataFrame:
    """Audit the extraction tables in ``out_dir`` against the sources tables in ``reference_dir``."""
    extracted = [out_dir / "indicators.csv", out_dir / "changes.csv", out_dir / "plans.csv"]
    require_same_run(extracted)
    if out_dir == paths.PROCESSED:
        require_current(extracted, extraction_inputs(), "extract")
    sources = [reference_dir / "reference.csv", reference_dir / "observations.csv"]
    require_same_run(sources)
    indicators = read_table(out_dir / "indicators.csv", indicators_schema())
    changes = read_table(out_dir / "changes.csv", changes_schema())
    plans = read_table(out_dir / "plans.csv", plans_schema())
    reference = read_table(sources[0], reference_schema())
    observations = read_table(sources[1], observations_schema())
    progress("reading the plans' words (migration, direction) from the seeds")
    findings = audit(indicators, changes, plans, reference, plan_lines(plans), observations=observations)
    verdicts = verdicts_table(indicators, plans, reference, observations)
    write_recorded({out_dir / "consistency.csv": csv_bytes(findings), out_dir / "figure_verdicts.csv": csv_bytes(verdicts)},
                   stage="audit", inputs=[*extracted, *sources])
    counts = findings.groupby("severity").size().to_dict()
    progress(f"{len(findings)} findings from {findings['check_id'].nunique()} checks: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    progress(f"{len(verdicts)} verdicts on plan figures as model inputs: " + ", ".join(f"{k} {v}" for k, v in sorted(verdicts["verdict"].value_counts().to_dict().items())))
    return findings
