"""Ambition of every distinct quantified target (and projection) of a plan.

For each plan × indicator the series of :mod:`analysis.demography.series` is built in every data
variant from the figures the audit does not reject (:mod:`analysis.model.inputs`); the
indicator's trend form (:mod:`analysis.model.forms`) and a linear trend are fitted to it, on
several windows (:mod:`analysis.model.uncertainty`); each distinct target
(:mod:`analysis.model.statements`) is judged with the rules of :mod:`analysis.demography.metrics`
(:mod:`analysis.model.judge`). Age-structure figures are judged against the Hamilton–Perry
cohort projection (:mod:`analysis.model.cohort`); population targets carry the net migration
they imply (:mod:`analysis.model.migration`).

The **preferred** variant, used for the headline class, is stated in every row:

* data: ``plan+reference``; but ``census`` when the former splices census counts with annual
  estimates and at least two census counts exist, or has fewer than two years;
* model: the indicator's form; a linear trend when the form cannot take the series (and the row
  says why);
* window: every point from the plan's earliest (the other windows give the trend range);
* baseline: the latest point of that series up to the plan's base year (the plan's own table
  figure where it has one and the audit does not reject it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd

from analysis.codebook import Codebook
from analysis.demography import metrics
from analysis.vocabulary import VARIANT_COLUMNS
from analysis.model import cohort, forms
from analysis.model.inputs import AuditVerdicts
from analysis.model.judge import NOT_ASSESSABLE, TrendInputs, assess_cohort, assess_trend
from analysis.model.migration import implied_migration
from analysis.demography.series import VARIANTS, Point, combine, describe, mixed_vintage, plan_points, reference_points
from analysis.model.statements import Target
from analysis.model.trends import LEVELS, Fit, carried, fit
from analysis.model.uncertainty import WINDOWS, window_points

TREND_VARIANTS = ("form", "linear")


@dataclass(frozen=True)
class Assessment:
    row: dict
    sensitivity: dict


@dataclass(frozen=True)
class Context:
    """Everything the judgements of one plan need besides its targets."""

    indicators: pd.DataFrame
    usable: pd.DataFrame
    changes: pd.DataFrame
    observations: pd.DataFrame
    reference: pd.DataFrame
    census: pd.DataFrame
    verdicts: AuditVerdicts
    codebook: Codebook
    projections: cohort.Projections
    by_entity: dict = field(default_factory=dict, repr=False, compare=False)

    def observations_of(self, entity: str) -> pd.DataFrame:
        """The observations of one place (filtered once: every series of the place reads them)."""
        if entity not in self.by_entity:
            self.by_entity[entity] = self.observations[self.observations["entity_name"] == entity]
        return self.by_entity[entity]


@dataclass(frozen=True)
class Series:
    """One plan × indicator: the points of each data variant and the fits on them."""

    points: dict[str, list[Point]]
    data: str
    model: str
    note: str
    fits: dict[tuple[str, str, str], Fit]  # (data, model, window) → fit
    fitted_on: dict[tuple[str, str, str], list[Point]] = field(default_factory=dict)  # fits not on the place's own points

    def inputs(self, data: str | None = None, model: str | None = None, use_band: bool = True) -> TrendInputs:
        data, model = data or self.data, model or self.model
        windows = {w: self.fits[(data, model, w)] for w in WINDOWS[1:] if (data, model, w) in self.fits}
        return TrendInputs(self.points[data], self.fits[(data, model, "full")], data, model, windows, use_band)


def _preferred_data(series: dict[str, list[Point]]) -> str:
    combined = series["plan+reference"]
    if mixed_vintage(combined) and len(series["census"]) >= 2:
        return "census"
    if len({p.year for p in combined}) < 2 and len(series["census"]) >= 2:
        return "census"
    return "plan+reference"


#: Indicators whose trend is the place's baseline carried at the nation's pace: a city's two points
#: (Luzhou's life expectancy 74.32 in 2010 and 78.67 in 2020) make a trend of one interval, while
#: the nation's annual series (WDI: UN WPP life expectancy, UN IGME infant mortality — model
#: estimates) give the trajectory from :data:`TRAJECTORY_START` to the baseline year
#: (:func:`analysis.model.trends.carried`). The place's own two-point trend stays in the
#: sensitivity table (``form_plan`` …).
NATIONAL_TRAJECTORY = ("life_expectancy", "imr")
TRAJECTORY_START = 2000
NATION = "中国"


def national_trajectory(observations: pd.DataFrame, indicator: str, last_year: int) -> list[Point]:
    """The nation's WDI series of an indicator from :data:`TRAJECTORY_START` to ``last_year``."""
    rows = observations[(observations["entity_name"] == NATION) & (observations["indicator"] == indicator) & (observations["source_id"] == "wdi")]
    rows = rows[rows["year"].astype(int).between(TRAJECTORY_START, last_year)].sort_values("year")
    return [Point(int(r.year), float(r.value), "reference model_estimate (WDI)", str(r.locator)) for r in rows.itertuples()]


def build_series(indicators: pd.DataFrame, context: Context, first: Target, base_year: int | None, years: list[int]) -> Series:
    indicator = context.codebook[first.indicator]
    form = forms.form_for(indicator)
    rows = indicators[(indicators["plan_id"] == first.plan_id) & (indicators["indicator"] == first.indicator)]
    plan = plan_points(rows, context.changes, first.plan_id, first.indicator, first.entity)
    official = reference_points(context.observations_of(first.entity), first.entity, first.indicator, base_year)
    points = {variant: combine(plan, official, variant) for variant in VARIANTS}
    models = list(dict.fromkeys([form.model, "linear", "ets"]))
    fits = {(variant, model, "full"): fit(model, points[variant], years) for variant in VARIANTS for model in models}
    data = _preferred_data(points)
    model, note = form.model, ""
    if not fits[(data, form.model, "full")].fitted and fits[(data, "linear", "full")].fitted:
        model, note = "linear", f"{form.kind}: {form.model} trend not fitted ({fits[(data, form.model, 'full')].reason}); linear used"
    for window in WINDOWS[1:]:
        for candidate in dict.fromkeys([model, "linear"]):
            fits[(data, candidate, window)] = fit(candidate, window_points(points[data], window, base_year), years)
    if first.indicator in NATIONAL_TRAJECTORY and points[data]:
        baseline = points[data][-1]
        national = national_trajectory(context.observations_of(NATION), first.indicator, baseline.year)
        fitted_on = {}
        for window in WINDOWS:
            used = window_points(national, window, base_year) if window != "full" else national
            fits[(data, model, window)], fitted_on[(data, model, window)] = carried(model, used, baseline, years), used
        note = "; ".join(filter(None, [note, f"trend: the national trajectory (WDI, {TRAJECTORY_START}–{baseline.year}) carried from the place's baseline"]))
        return Series(points, data, model, note, fits, fitted_on)
    return Series(points, data, model, note, fits)


def assess_plan_indicator(group: Sequence[Target], context: Context, base_year: int | None, plan, place_code: str) -> tuple[list[Assessment], list[dict]]:
    """Assess all targets of one plan × indicator × place; also return the trend-table rows."""
    first = group[0]
    indicator = context.codebook[first.indicator]
    years = sorted({target.year for target in group})
    series = build_series(context.usable, context, first, base_year, years)
    rejected = context.verdicts.of(first.plan_id, first.indicator, first.entity)
    raw = build_series(context.indicators, context, first, base_year, years) if rejected else None
    form = forms.form_for(indicator)
    neutral = metrics.is_neutral(first.indicator)
    assessments = []
    for target in group:
        if neutral:
            baseline = next((p for p in reversed(series.points[series.data]) if p.year < target.year), None)
            main = assess_cohort(target, indicator, place_code, baseline, context.projections)
            sensitivity = _cohort_sensitivity(target, indicator, place_code, baseline, main, context.projections)
        else:
            main = assess_trend(target, series.inputs(), indicator)
            sensitivity = _trend_sensitivity(target, series, raw, indicator, main, context)
        main["indicator_kind"] = "age structure" if neutral else form.kind
        main["note"] = "; ".join(filter(None, [main.get("note", ""), "" if neutral else series.note]))
        main["rejected_inputs"] = context.verdicts.describe(first.plan_id, first.indicator, first.entity)
        if first.indicator == "pop_resident" and plan is not None:
            tolerance = main.get("tolerance") or metrics.tolerance(indicator.code, indicator.measure, indicator.unit, target.value or 0)
            main.update(implied_migration(main, plan, context.usable, context.changes, context.reference, context.observations_of(first.entity), context.census, tolerance))
        assessments.append(Assessment(main, sensitivity))
    trend_rows = [
        _trend_row(first, data, model, window, series.fitted_on.get((data, model, window)) or (series.points[data] if window == "full" else window_points(series.points[data], window, base_year)), result, year,
                   (data, model, window) == (series.data, series.model, "full"))
        for (data, model, window), result in series.fits.items() for year in years
    ]
    return assessments, trend_rows


def _class(row: dict) -> str:
    return row["class"] if row["class"] != NOT_ASSESSABLE else f"{NOT_ASSESSABLE}: {row['reason']}"


def _keys(target: Target, main: dict) -> dict:
    return {"plan_id": target.plan_id, "indicator": target.indicator, "entity": target.entity, "year": target.year, "kind": target.kind,
            "target_text": target.value_text, "qualifier": target.qualifier, "class_preferred": main["class"], "band_class": main.get("band_class", "")}


def _stability(sensitivity: dict, variants: Sequence[str]) -> dict:
    assessed = [sensitivity[v] for v in variants if sensitivity.get(v) and not sensitivity[v].startswith(NOT_ASSESSABLE) and not sensitivity[v].startswith("n/a")]
    return {"n_assessed": len(assessed), "n_classes": len(set(assessed)), "stable": len(set(assessed)) <= 1}



def _trend_sensitivity(target: Target, series: Series, raw: Series | None, indicator, main: dict, context: Context) -> dict:
    out = {**_keys(target, main), "preferred": f"{series.model} | {series.data} | full"}
    form = series.model
    for variant in VARIANTS:
        out[f"form_{variant.replace('+', '_')}"] = _class(assess_trend(target, series.inputs(variant, form), indicator))
        out[f"linear_{variant.replace('+', '_')}"] = _class(assess_trend(target, series.inputs(variant, "linear"), indicator))
    for window in WINDOWS[1:]:
        inputs = TrendInputs(series.points[series.data], series.fits[(series.data, form, window)], series.data, form)  # same baseline, the window's trend
        out[f"window_{window}"] = _class(assess_trend(target, inputs, indicator))
    out["without_band"] = _class(assess_trend(target, series.inputs(use_band=False), indicator))
    out["alternative_baseline"] = _alternative_baseline(target, series, indicator, context)
    out["with_rejected_inputs"] = _class(assess_trend(target, raw.inputs(), indicator)) if raw is not None else ""
    for name, factor in metrics.TOLERANCE_FACTORS.items():
        out[name] = _class(assess_trend(target, series.inputs(), indicator, factor))
    return {**out, **_stability(out, VARIANT_COLUMNS)}


def _cohort_sensitivity(target: Target, indicator, place_code: str, baseline, main: dict, projections: cohort.Projections) -> dict:
    out = {**_keys(target, main), "preferred": "Hamilton–Perry | census 2010 and 2020"}
    for column in VARIANT_COLUMNS:
        out[column] = "n/a: age structure is judged against the cohort projection"
    out["without_band"] = _class(assess_cohort(target, indicator, place_code, baseline, projections, use_band=False))
    for name, factor in metrics.TOLERANCE_FACTORS.items():
        out[name] = _class(assess_cohort(target, indicator, place_code, baseline, projections, tolerance_factor=factor))
    return {**out, **_stability(out, VARIANT_COLUMNS)}


def _alternative_baseline(target: Target, series: Series, indicator, context: Context) -> str:
    """Class with the plan's other statement of the base-year value (text vs table, or the figure
    the audit rejected), where the two disagree."""
    points = series.points[series.data]
    before = [p for p in points if p.year < target.year]
    if not before:
        return ""
    base = before[-1]
    rows = context.indicators[
        (context.indicators["plan_id"] == target.plan_id) & (context.indicators["indicator"] == target.indicator) & (context.indicators["entity"] == target.entity)
        & (context.indicators["year"] == base.year) & (context.indicators["kind"] == "baseline") & context.indicators["value"].notna()
        & context.indicators["period_start"].isna()
    ]
    others = [float(v) for v in rows["value"] if abs(float(v) - base.value) > 1e-9]
    if not others:
        return ""
    swapped = [p if p.year != base.year else Point(p.year, others[0], "plan (other statement)", p.reference) for p in points]
    years = [target.year]
    windows = {w: fit(series.model, window_points(swapped, w, base.year), years) for w in WINDOWS[1:]}
    inputs = TrendInputs(swapped, fit(series.model, swapped, years), series.data, series.model, windows)
    return _class(assess_trend(target, inputs, indicator))


def _trend_row(target: Target, data: str, model: str, window: str, points: list[Point], result: Fit, year: int, preferred: bool) -> dict:
    projection = result.projections.get(year)
    row = {
        "plan_id": target.plan_id, "indicator": target.indicator, "entity": target.entity, "data": data, "model": model, "window": window,
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
