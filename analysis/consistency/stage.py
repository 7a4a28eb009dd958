"""The check stage: run every consistency check and write ``data/processed/consistency.csv``.

Checks (each a named function; ``check_id`` in the output):

=================================== ===================================================================
check_id                            function
=================================== ===================================================================
internal.text_vs_table              :func:`analysis.consistency.internal.text_vs_table`
internal.header_year                :func:`analysis.consistency.internal.header_years`
internal.unit                       :func:`analysis.consistency.internal.units_and_ranges`
internal.implausible_value          :func:`analysis.consistency.internal.units_and_ranges`
internal.share_of_total             :func:`analysis.consistency.internal.shares_and_totals`
internal.parts_and_whole            :func:`analysis.consistency.internal.parts_and_wholes`
internal.dependency_ratio           :func:`analysis.consistency.internal.parts_and_wholes`
internal.stated_change              :func:`analysis.consistency.internal.stated_changes`
internal.target_vs_own_projection   :func:`analysis.consistency.internal.targets_against_own_projection`
internal.definition                 :func:`analysis.consistency.internal.definitions_within_plan`
across.definitions                  :func:`analysis.consistency.across.definitions_across_plans`
across.other_city                   :func:`analysis.consistency.across.other_cities_in_tables`
vertical.higher_target              :func:`analysis.consistency.vertical.against_higher_targets`
vertical.share_of_province          :func:`analysis.consistency.vertical.population_share_of_province`
official.baseline                   :func:`analysis.consistency.official.baselines_against_statistics`
=================================== ===================================================================
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.codebook import load_codebook
from analysis.consistency.across import all_across
from analysis.consistency.findings import frame
from analysis.consistency.internal import all_internal
from analysis.consistency.official import all_official
from analysis.consistency.vertical import all_vertical
from analysis.datasets import read_table
from analysis.io import csv_bytes, write_all
from analysis.schemas import changes_schema, consistency_schema, indicators_schema, plans_schema, reference_schema, validate


def audit(indicators: pd.DataFrame, changes: pd.DataFrame, plans: pd.DataFrame, reference: pd.DataFrame) -> pd.DataFrame:
    """Every finding of every check, validated."""
    codebook = load_codebook()
    findings = [
        *all_internal(indicators, changes, plans, reference, codebook),
        *all_across(indicators, plans, codebook),
        *all_vertical(indicators, plans, reference, codebook),
        *all_official(indicators, reference),
    ]
    return validate(frame(findings), consistency_schema(), "consistency")


def run(progress: Callable[[str], None] = print, out_dir: Path = paths.PROCESSED, reference_path: Path = paths.REFERENCE / "reference.csv") -> pd.DataFrame:
    indicators = read_table(out_dir / "indicators.csv", indicators_schema())
    changes = read_table(out_dir / "changes.csv", changes_schema())
    plans = read_table(out_dir / "plans.csv", plans_schema())
    reference = read_table(reference_path, reference_schema())
    findings = audit(indicators, changes, plans, reference)
    write_all({out_dir / "consistency.csv": csv_bytes(findings)})
    counts = findings.groupby("severity").size().to_dict()
    progress(f"{len(findings)} findings from {findings['check_id'].nunique()} checks: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return findings
