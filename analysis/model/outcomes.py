"""Ex-post: every target (and projection) dated up to the last census year against what happened.

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

import math

import pandas as pd

from analysis.codebook import load_codebook
from analysis.demography import metrics
from analysis.model.statements import Target
from analysis.demography.observed import official

#: The last year with a full count (the 7th census, 1 November 2020).
LAST_OBSERVED_YEAR = 2020
#: Official figures either side of a target year bound its outcome only within this many years.
BOUND_YEARS = 2
#: Why no official figure exists for an indicator at city level, where the reason is general.
UNPUBLISHED = {
    "tfr": "the census publishes the total fertility rate nationally (1.3 in 2020); provincial and prefecture rates are in yearbook tables not among the bundled sources, and no communiqué figure was found",
    "life_expectancy": "life expectancy comes from life tables published nationally and for provinces; no city figure for the year was found",
    "imr": "infant mortality is published by health commissions; no city figure for the year was found",
    "u5mr": "under-five mortality is published by health commissions; no city figure for the year was found",
    "mmr": "maternal mortality is published by health commissions; no city figure for the year was found",
    "srb": "the sex ratio at birth by prefecture is in the census yearbook's long tables, not in the bundled sources; no communiqué figure was found",
    "pop_hukou": "registered (hukou) population comes from public-security annual reports; no figure for the year was found",
    "urbanization_hukou": "hukou urbanisation comes from public-security registration; no figure for the year was found",
    "edu_years_main_working_age": "the census publishes mean years of schooling of the 15+ population, not of the main working-age population (a different definition)",
    "edu_years_working_age": "the census publishes mean years of schooling of the 15+ population, not of the working-age population (a different definition)",
    "edu_years_new_labour": "schooling of new labour-force entrants is an education-department figure; none was found",
    "share_working_age": "the plan's working-age band (16–59 or 15–59 for men, 15–54 for women) is not a census age band; the census gives 15–59 and 15–64",
}
_NOT_POPULATION = "not a population statistic: outside the census and the statistical communiqués collected; no official figure was found"


def outcome_rows(targets: list[Target], ambition: pd.DataFrame, reference: pd.DataFrame, observations: pd.DataFrame) -> list[dict]:
    """One row per target or projection dated up to :data:`LAST_OBSERVED_YEAR`."""
    rows = []
    trend = {(r.plan_id, r.indicator, r.entity, r.year, r.kind, r.target_text, r.qualifier): r for r in ambition.itertuples()}
    for target in targets:
        if target.year > LAST_OBSERVED_YEAR:
            continue
        assessed = trend.get((target.plan_id, target.indicator, target.entity, target.year, target.kind, target.value_text, target.qualifier))
        rows.append(_row(target, observations, assessed))
    for plan_target in reference[(reference["role"] == "plan_target") & (reference["year"] <= LAST_OBSERVED_YEAR)].itertuples():
        target = Target(
            f"reference: {plan_target.document}", plan_target.indicator, plan_target.entity, int(plan_target.year), "target",
            f"{float(plan_target.value):g}", plan_target.qualifier, float(plan_target.value),  # in the codebook unit (亿 → 万)
            None, float(plan_target.value) if plan_target.qualifier == "below" else None, "reference",
            f"{plan_target.source_file} row {plan_target.source_row}", "", False,
        )
        row = _row(target, observations, None)
        row["target_text"] = f"{plan_target.value_published}{plan_target.unit_published}"  # as published
        rows.append(row)
    return rows


def _reason_unpublished(target: Target) -> str:
    codebook = load_codebook()
    if target.indicator in UNPUBLISHED:
        return UNPUBLISHED[target.indicator]
    if codebook[target.indicator].domain in ("population", "fertility", "structure", "distribution", "migration"):
        return "no official figure for this place and indicator in the census panel or the communiqués collected"
    return _NOT_POPULATION


def _row(target: Target, observations: pd.DataFrame, assessed) -> dict:
    row = {
        "plan_id": target.plan_id, "indicator": target.indicator, "entity": target.entity, "year": target.year,
        "kind": target.kind, "target_text": target.value_text, "qualifier": target.qualifier, "sources": target.sources,
        "lines": target.lines, "judged_by": "",
    }
    if target.value is None:
        return {**row, "status": "not assessable", "note": "qualitative target"}
    same = official(observations, target.entity, target.indicator)
    same = same[same["family"] != "pre_2010_census"]
    baseline = getattr(assessed, "baseline", None) if assessed is not None else None
    judged = getattr(assessed, "target", None) if assessed is not None else None
    judged = float(judged) if judged is not None and not pd.isna(judged) else metrics.target_value(target.qualifier, target.value, target.low, target.high, target.value)
    qualifier = getattr(assessed, "judged_as", target.qualifier) if assessed is not None else target.qualifier
    qualifier = target.qualifier if qualifier is None or pd.isna(qualifier) else qualifier
    row["target"] = judged
    if baseline is None or pd.isna(baseline):
        earlier = same[same["year"] < target.year]
        baseline = float(earlier.iloc[-1]["value"]) if not earlier.empty else None  # the latest official figure before
    direction = 0 if baseline is None else (judged > float(baseline)) - (judged < float(baseline))
    indicator = load_codebook()[target.indicator]
    band = metrics.tolerance(indicator.code, indicator.measure, indicator.unit, judged)
    neutral = metrics.is_neutral(target.indicator)
    status_of = lambda value: metrics.outcome_status(qualifier, judged, target.low, target.high, value, direction, band, neutral)  # noqa: E731
    observed = same[same["year"] == target.year]
    if observed.empty:
        return {**row, **_bounded(target, same, status_of)}
    outcome = observed.iloc[0]
    value = float(outcome["value"])
    status = status_of(value)
    notes = [] if outcome["basis"] == "census" else [f"outcome is a {outcome['basis'].replace('_', ' ')} figure ({outcome['vintage'].replace('_', ' ')}), not a census count"]
    artefact = _revision_artefact(target, same, outcome, status, status_of)
    row.update(
        outcome=value, outcome_statistic=f"{outcome['basis']}, {outcome['vintage']}", outcome_source=f"{outcome['source_id']}: {outcome['locator']}",
        status=status, difference=value - judged, difference_relative=(value - judged) / judged if judged else None, judged_by="exact",
        met_within_tolerance=_within_tolerance_only(qualifier, judged, target, value, direction, status),
        revision_artefact=artefact, note="; ".join(notes),
    )
    projection = getattr(assessed, "projection", None) if assessed is not None else None
    if projection is not None and not pd.isna(projection):
        row.update(
            projection=float(projection), trend_error=abs(float(projection) - value), target_error=abs(judged - value),
            trend_closer=abs(float(projection) - value) < abs(judged - value),
        )
    return row


def _within_tolerance_only(qualifier: str, judged: float, target: Target, value: float, direction: int, status: str) -> bool | None:
    """True when a point target is met (or as stated) only through its tolerance: the outcome
    fell short of the number in the direction asked for (the national 14.2亿 for 2020 against the
    census's 14.12亿, −0.58%: met within ±1%, short of the number). ``None`` when not met."""
    if status not in ("met", "as stated"):
        return None
    if qualifier not in ("none", "approx"):
        return False
    if direction == 0:
        return not math.isclose(value, judged, rel_tol=1e-9, abs_tol=1e-9)
    return direction * (value - judged) < 0


def _bounded(target: Target, same: pd.DataFrame, status_of) -> dict:
    """Judge with the nearest official figures before and after the target year, or say why not."""
    if same.empty:
        return {"status": "not observed", "note": f"no official figure: {_reason_unpublished(target)}"}
    before = same[same["year"] < target.year].tail(1)
    after = same[same["year"] > target.year].drop_duplicates("year").head(1)
    nearest = ", ".join(str(int(y)) for y in [*before["year"], *after["year"]])
    if before.empty or after.empty:
        side = "before" if before.empty else "after"
        return {"status": "not observed", "note": f"no {target.year} figure and none {side} it to bound it (official figures exist for {nearest})"}
    low_row, high_row = before.iloc[0], after.iloc[0]
    far = [int(y) for y in (low_row["year"], high_row["year"]) if abs(int(y) - target.year) > BOUND_YEARS]
    if far:
        return {"status": "not observed", "note": (f"no {target.year} figure; the nearest official figures ({nearest}) are more than {BOUND_YEARS} years "
                                                  f"from it, and no monotone path between them is observed, so they bound nothing")}
    if low_row["family"] != high_row["family"]:
        return {"status": "not observed", "note": f"no {target.year} figure; the nearest official figures ({nearest}) are of different vintages, so they bound nothing"}
    window = same[(same["family"] == low_row["family"]) & same["year"].between(target.year - BOUND_YEARS, target.year + BOUND_YEARS)].drop_duplicates("year")
    path = window["value"].astype(float).diff().dropna()
    if (path > 0).any() and (path < 0).any():
        years = ", ".join(str(int(y)) for y in window["year"])
        return {"status": "not observed", "note": f"no {target.year} figure; the official figures within {BOUND_YEARS} years of it ({years}) do not move one way, so they bound nothing"}
    low, high = sorted([float(low_row["value"]), float(high_row["value"])])
    verdicts = {status_of(low), status_of(high)}
    evidence = f"{int(low_row['year'])}: {float(low_row['value']):g} ({low_row['source_id']}: {low_row['locator'].split(': ')[0]}); {int(high_row['year'])}: {float(high_row['value']):g} ({high_row['source_id']}: {high_row['locator'].split(': ')[0]})"
    if len(verdicts) > 1:
        return {"status": "not observed", "note": f"no {target.year} figure; the official figures either side ({evidence}) straddle the target, so no bound decides it"}
    vintages = {low_row["vintage"], high_row["vintage"]}
    caveat = "" if len(vintages) == 1 else f"; the two figures are of different vintages ({' and '.join(sorted(v.replace('_', ' ') for v in vintages))})"
    return {
        "status": verdicts.pop(), "judged_by": "bound", "bound_low": low, "bound_high": high,
        "outcome_source": evidence,
        "note": f"no {target.year} figure: judged with the official figures either side, within {BOUND_YEARS} years and of one vintage ({evidence}){caveat}",
    }


def _revision_artefact(target: Target, same: pd.DataFrame, outcome: pd.Series, status: str, status_of) -> str:
    """Name a verdict that depends on the census having revised the pre-census estimates."""
    if outcome["basis"] != "census" or load_codebook()[target.indicator].measure != metrics.STOCK:
        return ""
    estimates = same[(same["family"] == "first_published") & (same["basis"] != "census") & same["year"].between(target.year - 2, target.year - 1)]
    if estimates.empty:
        return ""
    estimate = estimates.iloc[-1]
    before = status_of(float(estimate["value"]))
    if before == status:
        return ""
    return (f"{status} only after the census revision: the first-published estimate for {int(estimate['year'])} was "
            f"{float(estimate['value']):g} ({estimate['source_id']}: {estimate['locator'].split(': ')[0]}), which would have {before} the target")
