"""Ambition of every quantified target (and projection) against the trend of its baselines.

For each plan × indicator the series of :mod:`analysis.model.series` is built in every data
variant, every model of :mod:`analysis.model.trends` is fitted to it, and each target is judged
with the formulas of :mod:`analysis.model.metrics`.

The **preferred** variant, used for the headline class, is stated in every row:

* data: ``plan+reference``; but ``census`` when the former splices census counts with annual
  estimates and at least two census counts exist;
* model: log-linear for stocks (constant growth), linear for rates, shares, ratios and indices
  (constant change) — unless the linear projection leaves the feasible range (below zero, or a
  share above 100), when the log-linear fit is used and the row says so;
* baseline: the latest point of that series up to the plan's base year (the plan's own table
  figure where it has one).

For indicators with a better direction (life expectancy up, infant mortality down), a point or
左右 target is read as a floor or ceiling in that direction: a plan that asks for 6‰ infant
mortality when 4.19‰ is already reached has met its target at baseline.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from analysis.codebook import Codebook
from analysis.model import metrics
from analysis.model.series import VARIANTS, Point, combine, describe, mixed_vintage, plan_points, reference_points
from analysis.model.trends import LEVELS, MODELS, Fit, fit

NOT_ASSESSABLE = "not assessable"


@dataclass(frozen=True)
class Target:
    plan_id: str
    indicator: str
    entity: str
    year: int
    kind: str
    value_text: str
    qualifier: str
    value: float | None
    low: float | None
    high: float | None
    sources: str
    lines: str
    binding: str
    strive: bool


@dataclass(frozen=True)
class Assessment:
    row: dict
    sensitivity: dict


def targets(indicators: pd.DataFrame, plans: pd.DataFrame) -> list[Target]:
    """Targets and projections for each plan's own place; the same statement in table and text once.
    Values of table rows the codebook does not know (``unmapped``) have no trend to be judged
    against: they stay in the indicator table and the quality log, not here."""
    cities = dict(zip(plans["plan_id"], plans["place_zh"]))
    rows = indicators[indicators["kind"].isin(["target", "projection"]) & (indicators["qualifier"] != "missing") & (indicators["indicator"] != "unmapped")]
    rows = rows[rows["entity"] == rows["plan_id"].map(cities)]
    keys = ["plan_id", "indicator", "entity", "year", "kind", "qualifier", "value", "value_low", "value_high"]
    out = []
    for key, group in rows.groupby(keys, dropna=False, sort=True):
        plan_id, indicator, entity, year, kind, qualifier, value, low, high = key
        group = group.sort_values(["source", "line"])
        out.append(
            Target(
                plan_id, indicator, entity, int(year), kind, group.iloc[0]["value_text"], qualifier,
                _number(value), _number(low), _number(high), "+".join(sorted(set(group["source"]))),
                ";".join(str(line) for line in group["line"]), next((b for b in group["binding"] if b), ""), bool(group["strive"].any()),
            )
        )
    return out


def _number(value) -> float | None:
    return None if value is None or pd.isna(value) else float(value)


def assess_plan_indicator(
    group: Sequence[Target],
    indicators: pd.DataFrame,
    changes: pd.DataFrame,
    observations: pd.DataFrame,
    base_year: int | None,
    codebook: Codebook,
) -> tuple[list[Assessment], list[dict]]:
    """Assess all targets of one plan × indicator × place; also return the trend-table rows."""
    first = group[0]
    indicator = codebook[first.indicator]
    plan = plan_points(indicators, changes, first.plan_id, first.indicator, first.entity)
    official = reference_points(observations, first.entity, first.indicator, base_year)
    series = {variant: combine(plan, official, variant) for variant in VARIANTS}
    years = sorted({target.year for target in group})
    fits = {(variant, model): fit(model, points, years) for variant, points in series.items() for model in MODELS}
    preferred_data = _preferred_data(series)
    trend_rows = []
    assessments = []
    for target in group:
        preferred_model, model_note = _preferred_model(indicator.measure, indicator.unit, fits, preferred_data, target.year)
        main = _assess(target, series[preferred_data], fits[(preferred_data, preferred_model)], indicator, preferred_data, preferred_model)
        main["note"] = "; ".join(filter(None, [main.get("note", ""), model_note]))
        sensitivity = {
            "plan_id": target.plan_id, "indicator": target.indicator, "entity": target.entity, "year": target.year,
            "kind": target.kind, "target_text": target.value_text, "qualifier": target.qualifier,
            "preferred": f"{preferred_model} | {preferred_data}", "class_preferred": main["class"],
        }
        for variant in VARIANTS:
            for model in MODELS:
                other = _assess(target, series[variant], fits[(variant, model)], indicator, variant, model)
                sensitivity[f"{model}_{variant.replace('+', '_')}"] = other["class"] if other["class"] != NOT_ASSESSABLE else f"{NOT_ASSESSABLE}: {other['reason']}"
        sensitivity["alternative_baseline"] = _alternative_baseline(target, indicators, changes, official, preferred_data, preferred_model, indicator)
        assessed = [value for key, value in sensitivity.items() if key.startswith(MODELS) and not value.startswith(NOT_ASSESSABLE)]
        if sensitivity["alternative_baseline"] and not sensitivity["alternative_baseline"].startswith(NOT_ASSESSABLE):
            assessed.append(sensitivity["alternative_baseline"])
        sensitivity["n_assessed"] = len(assessed)
        sensitivity["n_classes"] = len(set(assessed))
        sensitivity["stable"] = len(set(assessed)) <= 1
        assessments.append(Assessment(main, sensitivity))
    for (variant, model), result in fits.items():
        for year in years:
            trend_rows.append(_trend_row(first, variant, model, series[variant], result, year, (variant, model) == (preferred_data, _preferred_model(indicator.measure, indicator.unit, fits, preferred_data, year)[0])))
    return assessments, trend_rows


def _preferred_data(series: dict[str, list[Point]]) -> str:
    combined = series["plan+reference"]
    if mixed_vintage(combined) and len(series["census"]) >= 2:
        return "census"
    if len({p.year for p in combined}) < 2 and len(series["census"]) >= 2:
        return "census"
    return "plan+reference"


def _preferred_model(measure: str, unit: str, fits: dict[tuple[str, str], Fit], data: str, year: int) -> tuple[str, str]:
    if measure == metrics.STOCK:
        return "loglinear", ""
    linear = fits[(data, "linear")]
    if linear.fitted and year in linear.projections:
        projected = linear.projections[year].mean
        if projected <= 0 or (unit == "%" and measure == "share" and projected > 100):
            if fits[(data, "loglinear")].fitted:
                return "loglinear", f"linear trend leaves the feasible range ({projected:.2f} in {year}): log-linear used"
    return "linear", ""


def _effective_qualifier(target: Target, better: str) -> str:
    if target.qualifier in ("none", "approx") and better in ("higher", "lower"):
        return "ge" if better == "higher" else "le"
    return target.qualifier


def _assess(target: Target, points: list[Point], result: Fit, indicator, data: str, model: str) -> dict:
    row = {
        "plan_id": target.plan_id, "indicator": target.indicator, "entity": target.entity, "year": target.year,
        "kind": target.kind, "target_text": target.value_text, "qualifier": target.qualifier, "target_low": target.low,
        "target_high": target.high, "sources": target.sources, "lines": target.lines, "binding": target.binding,
        "strive": target.strive, "measure": indicator.measure, "change_unit": metrics.change_unit(indicator.measure),
        "data": data, "model": model, "series": describe(points),
    }
    if target.value is None:
        return {**row, "class": NOT_ASSESSABLE, "reason": "qualitative target"}
    usable = [p for p in points if p.year < target.year]
    if not usable:
        return {**row, "class": NOT_ASSESSABLE, "reason": "no baseline before the target year"}
    base = usable[-1]
    qualifier = _effective_qualifier(target, indicator.better)
    judged = metrics.target_value(qualifier, target.value, target.low, target.high, base.value)
    direction = _direction(qualifier, judged, target, base.value)
    met = metrics.satisfied(qualifier, judged, target.low, target.high, base.value, direction) if direction != 0 else True
    row.update(
        target=judged, judged_as=qualifier, base_year=base.year, baseline=base.value, baseline_origin=f"{base.origin}, {base.reference}",
        direction={1: "up", -1: "down", 0: "hold"}[direction], met_at_baseline=met,
    )
    try:
        required = metrics.change_per_year(base.value, base.year, judged, target.year, indicator.measure)
    except ValueError as error:
        return {**row, "class": NOT_ASSESSABLE, "reason": str(error)}
    row["required_change"] = required
    if len(usable) >= 2:
        row["historical_from"] = usable[0].year
        row["historical_change"] = metrics.change_per_year(usable[0].value, usable[0].year, base.value, base.year, indicator.measure)
        row["required_over_historical"] = metrics.ratio(required, row["historical_change"])
    if not result.fitted or target.year not in result.projections:
        reason = f"{model} trend not fitted: {result.reason}" if not result.fitted else f"{model} gives no projection for {target.year}"
        if met:
            what = "target holds the baseline level" if direction == 0 else "baseline already satisfies the target"
            return {**row, "class": "already met", "reason": f"{what}; no trend to check it lasts ({reason})"}
        return {**row, "class": NOT_ASSESSABLE, "reason": reason}
    projection = result.projections[target.year]
    row.update(projection=projection.mean, se_obs=projection.se_obs)
    interval = projection.intervals.get(metrics.PREDICTION_LEVEL)
    if interval:
        row["pi80_low"], row["pi80_high"] = interval
    try:
        trend = metrics.change_per_year(base.value, base.year, projection.mean, target.year, indicator.measure)
    except ValueError as error:
        return {**row, "class": NOT_ASSESSABLE, "reason": f"trend projection not usable: {error}"}
    row["trend_change"] = trend
    row["gap"] = judged - projection.mean
    row["gap_relative"] = row["gap"] / projection.mean if projection.mean else None
    if projection.se_obs:
        scale_gap = math.log(judged / projection.mean) if model == "loglinear" and judged > 0 else row["gap"]
        row["gap_z"] = scale_gap / projection.se_obs
    if judged != base.value:
        row["escap_gap"] = (judged - projection.mean) / (judged - base.value)
    trend_meets = metrics.satisfied(qualifier, judged, target.low, target.high, projection.mean, direction) if direction != 0 else abs(projection.mean - judged) <= metrics.approx_band(judged, target.value_text)
    if met:
        label = "already met" if trend_meets else "reverses trend"
        row["ratio"] = metrics.ratio(required, trend)
        reason = "baseline already satisfies the target" + ("" if trend_meets else ", but the trend would leave it by the target year")
        if direction == 0:
            reason = "target holds the baseline level" + ("; the trend stays there" if trend_meets else "; the trend moves away: holding needs the trend stopped")
            label = "on trend" if trend_meets else "reverses trend"
        return {**row, "class": label, "reason": reason}
    inside = bool(interval) and interval[0] <= judged <= interval[1]
    label, value = metrics.classify(required, trend, False, inside)
    row["ratio"] = value
    return {**row, "class": label, "reason": "target inside the 80% prediction interval" if inside else ""}


def _direction(qualifier: str, judged: float, target: Target, baseline: float) -> int:
    if qualifier in metrics.FLOORS:
        return 1
    if qualifier in metrics.CEILINGS:
        return -1
    if qualifier == "range" and target.low is not None and target.high is not None:
        return 0 if target.low <= baseline <= target.high else (1 if baseline < target.low else -1)
    if abs(judged - baseline) <= metrics.approx_band(judged, target.value_text):
        return 0
    return 1 if judged > baseline else -1


def _alternative_baseline(target, indicators, changes, official, data, model, indicator) -> str:
    """Class with the other of two disagreeing plan statements for the base year (text vs table)."""
    plan = plan_points(indicators, changes, target.plan_id, target.indicator, target.entity)
    if not plan:
        return ""
    base_year = max(p.year for p in plan if p.year < target.year) if any(p.year < target.year for p in plan) else None
    rows = indicators[
        (indicators["plan_id"] == target.plan_id) & (indicators["indicator"] == target.indicator) & (indicators["entity"] == target.entity)
        & (indicators["year"] == base_year) & (indicators["kind"] == "baseline") & indicators["value"].notna()
    ]
    used = next((p.value for p in plan if p.year == base_year), None)
    others = [float(v) for v in rows["value"] if used is not None and abs(float(v) - used) > 1e-9]
    if not others:
        return ""
    swapped = [p if p.year != base_year else Point(p.year, others[0], "plan (other statement)", p.reference) for p in plan]
    points = combine(swapped, official, data)
    years = [target.year]
    result = fit(model, points, years)
    other = _assess(target, points, result, indicator, data, model)
    return other["class"] if other["class"] != NOT_ASSESSABLE else f"{NOT_ASSESSABLE}: {other['reason']}"


def _trend_row(target: Target, data: str, model: str, points: list[Point], result: Fit, year: int, preferred: bool) -> dict:
    projection = result.projections.get(year)
    row = {
        "plan_id": target.plan_id, "indicator": target.indicator, "entity": target.entity, "data": data, "model": model,
        "points": describe(points), "n_points": len(points), "first_year": points[0].year if points else None,
        "last_year": points[-1].year if points else None, "mixed_vintage": mixed_vintage(points), "status": result.status,
        "reason": result.reason, "slope": result.slope, "df_resid": result.df_resid, "target_year": year,
        "projection": projection.mean if projection else None, "se_obs": projection.se_obs if projection else None,
        "preferred": preferred,
    }
    for level in LEVELS:
        low, high = projection.intervals.get(level, (None, None)) if projection else (None, None)
        row[f"pi{int(level * 100)}_low"], row[f"pi{int(level * 100)}_high"] = low, high
    if result.fitted and projection is None:
        row["reason"] = f"no projection for {year} (target year not after the data)"
    return row
