"""Ex-post: every target (and projection) dated up to the last census year against what happened.

The rules below are :func:`analysis.demography.ex_post.judge`, shared with the corpus-wide table of
how the plans fared (:mod:`analysis.model.fared`); this module applies them to the seeds' distinct
targets and the higher-level plan targets of the reference data.

The outcome is an **official** figure (never a model estimate) for the same place, indicator and
year from the observations table (``data/reference/observations.csv``): the census count where
there is one (communiqué before yearbook), otherwise the year's official figure, its basis and
vintage stated (:func:`analysis.demography.observed.official`).

Where the exact year has no official figure, the nearest official figures before and after it
**bound** the outcome — but only when both lie within :data:`BOUND_YEARS` years of the target year,
are of one vintage family, and every figure of that family within :data:`BOUND_YEARS` years of the
target year moves the same way (a monotone series, observed rather than assumed): the target is judged met (or missed, or exceeded) when both bounds give the same verdict,
and the row says so (``judged_by = bound``). Bounds 2010 and 2022 around a 2020 natural increase
span the two-child birth peak of 2016–2017, a path that rose and fell: not a bound. Otherwise the
row is *not observed*, with the reason: what is missing, for this indicator and place, and why
(:data:`UNPUBLISHED`).

**Revision artefacts.** A population target judged against a census count is also judged against
the latest pre-census estimate first published for the two years before; when the verdicts differ
the row names the artefact (Chongqing's 3200万 for 2020 is met by the census's 3205.42万, but the
first-published 2019 estimate was 3124.32万).

A target stated as an **average over a period** (年均自然增长率…, extracted with its first year
``period_start``) is judged against the arithmetic mean of the official annual figures of the same
years, every year required, and a count stated as a **change over a period** (增长空间在4500万左右)
is not assessable as a level: the rule of :mod:`analysis.demography.periods`, shared with the
corpus-wide table. No seed target is stated either way at present.

Higher-level plan targets in the reference data (the national plan's 14.2亿 for 2020 …) are
judged the same way, with ``plan_id`` naming their document.

A point target is met within its tolerance (:func:`analysis.demography.metrics.tolerance`); a
target met only through the tolerance — the outcome short of the number in the direction asked
for — says so (``met_within_tolerance``), and the report prints the signed difference beside the
word. An age-structure figure (a neutral indicator) is "as stated", "above" or "below", never met
or missed.

``trend_closer`` compares the preferred trend projection (fitted only on data up to the plan's
base year, see :mod:`analysis.model.ambition`) with the target: which was nearer the outcome.
"""

from __future__ import annotations

import pandas as pd

from analysis.demography import ex_post, metrics, periods
from analysis.demography.ex_post import BOUND_YEARS, LAST_OBSERVED_YEAR, UNPUBLISHED  # noqa: F401  (the rules' names, as before)
from analysis.vocabulary import CEILINGS
from analysis.model.statements import Target


def outcome_rows(targets: list[Target], ambition: pd.DataFrame, reference: pd.DataFrame, observations: pd.DataFrame,
                 indicators: pd.DataFrame | None = None) -> list[dict]:
    """One row per target or projection dated up to :data:`LAST_OBSERVED_YEAR`; ``indicators``: the
    extraction table the targets were read from (how each is stated over time,
    :func:`period_of`; none: every target a level of its year)."""
    rows = []
    trend = {(r.plan_id, r.indicator, r.entity, r.year, r.kind, r.target_text, r.qualifier): r for r in ambition.itertuples()}
    for target in targets:
        if target.year > LAST_OBSERVED_YEAR:
            continue
        assessed = trend.get((target.plan_id, target.indicator, target.entity, target.year, target.kind, target.value_text, target.qualifier))
        rows.append(_row(target, observations, assessed, period_of(target, indicators)))
    for plan_target in reference_targets(reference, up_to=LAST_OBSERVED_YEAR):
        row = _row(plan_target, observations, None)
        row["target_text"] = plan_target.statements  # as published
        rows.append(row)
    return rows


def reference_targets(reference: pd.DataFrame, up_to: int | None = None, after: int | None = None) -> list[Target]:
    """The higher-level plan targets of the reference data as targets (values in the codebook unit,
    亿 → 万; ``statements`` holds the figure as published), dated up to ``up_to`` or after ``after``."""
    rows = reference[reference["role"] == "plan_target"]
    if up_to is not None:
        rows = rows[rows["year"] <= up_to]
    if after is not None:
        rows = rows[(rows["year"] > after) & (rows["indicator"] != "")]
    return [
        Target(
            f"reference: {t.document}", t.indicator, t.entity, int(t.year), "target", f"{float(t.value):g}", t.qualifier, float(t.value),
            None, float(t.value) if t.qualifier in CEILINGS else None, "reference", f"{t.source_file} row {t.source_row}", "", False,
            f"{t.value_published}{t.unit_published}",
        )
        for t in rows.itertuples()
    ]


def period_of(target: Target, indicators: pd.DataFrame | None) -> tuple[str, int | None]:
    """How a target is stated over time (:func:`analysis.demography.periods.of_statements`): its
    statements are the extraction rows of its plan, indicator, place and year with its number."""
    if indicators is None or target.value is None:
        return periods.LEVEL, None
    same = indicators[(indicators["plan_id"] == target.plan_id) & (indicators["indicator"] == target.indicator) & (indicators["entity"] == target.entity)
                      & (indicators["year"] == target.year) & indicators["kind"].isin(["target", "projection"]) & indicators["value"].notna()]
    same = same[(same["value"].astype(float) - float(target.value)).abs() < 1e-9]
    if same.empty:
        return periods.LEVEL, None
    rows = same.to_dict("records")
    lead = next((r for r in rows if r["value_text"] == target.value_text), rows[0])
    return periods.of_statements(rows, lead, target.indicator, target.year)


def _row(target: Target, observations: pd.DataFrame, assessed, period: tuple[str, int | None] = (periods.LEVEL, None)) -> dict:
    kind, first = period
    row = {
        "plan_id": target.plan_id, "indicator": target.indicator, "entity": target.entity, "year": target.year, "period_start": first,
        "kind": target.kind, "target_text": target.value_text, "qualifier": target.qualifier, "sources": target.sources,
        "lines": target.lines, "judged_by": "",
    }
    if target.value is None:
        return {**row, "status": "not assessable", "note": "qualitative target"}
    if kind == periods.CHANGE:
        return {**row, "status": "not assessable", "note": periods.change_reason(first, target.year, target.value_text, target.indicator)}
    baseline = getattr(assessed, "baseline", None) if assessed is not None else None
    judged = getattr(assessed, "target", None) if assessed is not None else None
    judged = float(judged) if judged is not None and not pd.isna(judged) else metrics.target_value(target.qualifier, target.value, target.low, target.high, target.value)
    qualifier = getattr(assessed, "judged_as", target.qualifier) if assessed is not None else target.qualifier
    qualifier = target.qualifier if qualifier is None or pd.isna(qualifier) else qualifier
    row["target"] = judged
    baseline = None if baseline is None or pd.isna(baseline) else float(baseline)
    if kind == periods.AVERAGE:
        row.update(periods.judge_average(observations, target.entity, target.indicator, first, target.year, qualifier, judged, target.low, target.high, baseline))
        return row
    row.update(ex_post.judge(observations, target.entity, target.indicator, target.year, qualifier, judged, target.low, target.high, baseline))
    projection = getattr(assessed, "projection", None) if assessed is not None else None
    if row["judged_by"] == "exact" and projection is not None and not pd.isna(projection):
        value = row["outcome"]
        row.update(
            projection=float(projection), trend_error=abs(float(projection) - value), target_error=abs(judged - value),
            trend_closer=abs(float(projection) - value) < abs(judged - value),
        )
    return row
