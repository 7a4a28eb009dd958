"""Ex-post: every target (and projection) dated up to the last census year against what happened.

The outcome is the official statistic for the same place, indicator and year — the census count
where there is one, otherwise another official figure for that year (its vintage is stated).
Where the reference data have no figure for that year, the row says so and lists the nearest
years that do exist: a missing outcome is reported, never guessed by interpolation.

Higher-level plan targets in the reference data (the national plan's 14.2亿 for 2020 …) are
judged the same way, with ``plan_id`` naming their document.

The direction a point target asks for is read from the plan's baseline (or, for higher-level
targets, from the latest official figure before the target year).

``trend_closer`` compares the preferred trend projection (fitted only on data up to the plan's
base year, see :mod:`analysis.model.ambition`) with the target: which was nearer the outcome.
"""

from __future__ import annotations

import pandas as pd

from analysis.model import metrics
from analysis.model.ambition import Target

#: The last year with a full count (the 7th census, 1 November 2020).
LAST_OBSERVED_YEAR = 2020
_VINTAGE_ORDER = {"census": 0, "sample_survey": 1, "annual": 2, "year_end_estimate": 3}


def outcome_rows(targets: list[Target], ambition: pd.DataFrame, reference: pd.DataFrame) -> list[dict]:
    """One row per target or projection dated up to :data:`LAST_OBSERVED_YEAR`."""
    statistics = reference[reference["role"] == "statistic"]
    rows = []
    trend = {(r.plan_id, r.indicator, r.entity, r.year, r.kind, r.target_text, r.qualifier): r for r in ambition.itertuples()}
    for target in targets:
        if target.year > LAST_OBSERVED_YEAR:
            continue
        assessed = trend.get((target.plan_id, target.indicator, target.entity, target.year, target.kind, target.value_text, target.qualifier))
        rows.append(_row(target, statistics, assessed))
    for plan_target in reference[(reference["role"] == "plan_target") & (reference["year"] <= LAST_OBSERVED_YEAR)].itertuples():
        target = Target(
            f"reference: {plan_target.document}", plan_target.indicator, plan_target.entity, int(plan_target.year), "target",
            f"{float(plan_target.value):g}", plan_target.qualifier, float(plan_target.value),  # in the codebook unit (亿 → 万)
            None, float(plan_target.value) if plan_target.qualifier == "below" else None, "reference",
            f"{plan_target.source_file} row {plan_target.source_row}", "", False,
        )
        row = _row(target, statistics, None)
        row["target_text"] = f"{plan_target.value_published}{plan_target.unit_published}"  # as published
        rows.append(row)
    return rows


def _row(target: Target, statistics: pd.DataFrame, assessed) -> dict:
    row = {
        "plan_id": target.plan_id, "indicator": target.indicator, "entity": target.entity, "year": target.year,
        "kind": target.kind, "target_text": target.value_text, "qualifier": target.qualifier, "sources": target.sources,
        "lines": target.lines,
    }
    if target.value is None:
        return {**row, "status": "not assessable", "note": "qualitative target"}
    same = statistics[(statistics["entity"] == target.entity) & (statistics["indicator"] == target.indicator)]
    observed = same[same["year"] == target.year].assign(order=lambda f: f["statistic"].map(_VINTAGE_ORDER)).sort_values(["order", "source_file", "source_row"])
    baseline = getattr(assessed, "baseline", None) if assessed is not None else None
    judged = getattr(assessed, "target", None) if assessed is not None else None
    judged = float(judged) if judged is not None and not pd.isna(judged) else metrics.target_value(target.qualifier, target.value, target.low, target.high, target.value)
    qualifier = getattr(assessed, "judged_as", target.qualifier) if assessed is not None else target.qualifier
    qualifier = target.qualifier if qualifier is None or pd.isna(qualifier) else qualifier
    row["target"] = judged
    if observed.empty:
        years = sorted(same["year"].astype(int).unique())
        before = [y for y in years if y < target.year]
        after = [y for y in years if y > target.year]
        nearest = ", ".join(f"{y}" for y in ([before[-1]] if before else []) + ([after[0]] if after else []))
        return {**row, "status": "not observed", "note": f"no {target.year} figure in the reference data" + (f"; nearest years available: {nearest}" if nearest else "")}
    outcome = observed.iloc[0]
    value = float(outcome["value"])
    if baseline is None or pd.isna(baseline):
        earlier = same[same["year"] < target.year].sort_values("year")
        baseline = float(earlier.iloc[-1]["value"]) if not earlier.empty else None  # the latest official figure before
    direction = 0 if baseline is None else (judged > float(baseline)) - (judged < float(baseline))
    status = metrics.outcome_status(qualifier, judged, target.low, target.high, value, direction, target.value_text)
    row.update(
        outcome=value, outcome_statistic=outcome["statistic"], outcome_source=f"{outcome['source_file']} row {outcome['source_row']}",
        status=status, difference=value - judged, difference_relative=(value - judged) / judged if judged else None,
        note="" if outcome["statistic"] == "census" else f"outcome is a {outcome['statistic'].replace('_', ' ')}, not a census count",
    )
    projection = getattr(assessed, "projection", None) if assessed is not None else None
    if projection is not None and not pd.isna(projection):
        row.update(
            projection=float(projection), trend_error=abs(float(projection) - value), target_error=abs(judged - value),
            trend_closer=abs(float(projection) - value) < abs(judged - value),
        )
    return row
