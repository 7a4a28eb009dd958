"""One target judged: against its trend (with windows and an uncertainty band), or — for age
structure — against the cohort projection. The rules and thresholds are in
:mod:`analysis.demography.metrics`; this module applies them and writes the reasons."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from analysis.demography import metrics
from analysis.model import calibration, cohort, uncertainty
from analysis.demography.series import Point, describe
from analysis.model.statements import Target
from analysis.model.trends import Fit
from analysis import vocabulary

NOT_ASSESSABLE = vocabulary.NOT_ASSESSABLE


@dataclass(frozen=True)
class TrendInputs:
    """What a trend judgement needs besides the target: the points, the fits of each window, and
    which band to use."""

    points: list[Point]
    fit: Fit
    data: str
    model: str
    windows: dict[str, Fit] = field(default_factory=dict)
    use_band: bool = True


def base_row(target: Target, indicator, judged_against: str) -> dict:
    return {
        "plan_id": target.plan_id, "indicator": target.indicator, "entity": target.entity, "year": target.year,
        "kind": target.kind, "target_text": target.value_text, "qualifier": target.qualifier, "target_low": target.low,
        "target_high": target.high, "sources": target.sources, "lines": target.lines, "statements": target.statements,
        "other_statements": target.other_statements, "consistency_check": target.consistency_check, "binding": target.binding,
        "strive": target.strive, "measure": indicator.measure, "judged_against": judged_against, "change_unit": metrics.change_unit(indicator.measure),
    }


def effective_qualifier(target: Target, better: str) -> str:
    """A point or 左右 target of an indicator with a better direction is a floor or ceiling."""
    if target.qualifier in ("none", "approx") and better in ("higher", "lower"):
        return "ge" if better == "higher" else "le"
    return target.qualifier


def direction(qualifier: str, judged: float, target: Target, baseline: float, tol: float) -> int:
    """+1 up, −1 down, 0 hold (a point target within its tolerance of the baseline)."""
    if qualifier in vocabulary.FLOORS:
        return 1
    if qualifier in vocabulary.CEILINGS:
        return -1
    if qualifier == "range" and target.low is not None and target.high is not None:
        return 0 if target.low <= baseline <= target.high else (1 if baseline < target.low else -1)
    if abs(judged - baseline) <= tol:
        return 0
    return 1 if judged > baseline else -1


def _band(indicator, inputs: TrendInputs, projection, horizon: int) -> tuple[float | None, float | None, str]:
    interval = projection.intervals.get(metrics.PREDICTION_LEVEL)
    if interval:
        return interval[0], interval[1], f"80% prediction interval ({inputs.fit.df_resid:g} residual degrees of freedom)"
    if not inputs.use_band:
        return None, None, "none (the projection alone)"
    found = uncertainty.band(indicator.code, inputs.model, projection.mean, horizon)
    if found:
        return found
    if indicator.code in calibration.TRAJECTORY_SERIES:
        return None, None, f"none: the class rests on the back-tested errors of the national {indicator.code} trajectory (trajectory_error_distribution.csv)"
    return None, None, f"none: no empirical band for {indicator.code} (the census panel does not measure it), uncertainty unquantified"


def assess_trend(target: Target, inputs: TrendInputs, indicator, tolerance_factor: float = 1.0) -> dict:
    """The trend judgement of one target (see :mod:`analysis.demography.metrics`)."""
    row = {**base_row(target, indicator, "trend"), "data": inputs.data, "model": inputs.model, "series": describe(inputs.points)}
    if target.value is None:
        return {**row, "class": NOT_ASSESSABLE, "reason": "qualitative target"}
    usable = [p for p in inputs.points if p.year < target.year]
    if not usable:
        return {**row, "class": NOT_ASSESSABLE, "reason": "no baseline before the target year"}
    base = usable[-1]
    qualifier = effective_qualifier(target, indicator.better)
    judged = metrics.target_value(qualifier, target.value, target.low, target.high, base.value)
    tol = metrics.tolerance(indicator.code, indicator.measure, indicator.unit, judged, tolerance_factor)
    way = direction(qualifier, judged, target, base.value, tol)
    met = metrics.satisfied(qualifier, judged, target.low, target.high, base.value, way) if way != 0 else True
    row.update(
        target=judged, judged_as=qualifier, tolerance=tol, base_year=base.year, baseline=base.value, baseline_origin=f"{base.origin}, {base.reference}",
        direction={1: "up", -1: "down", 0: "hold"}[way], met_at_baseline=met,
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
    fitted = inputs.fit.fitted and target.year in inputs.fit.projections
    slack = met and way != 0
    if slack:
        reason = "a slack bound: the baseline already satisfies it, no change is required"
        if fitted and not metrics.satisfied(qualifier, judged, target.low, target.high, inputs.fit.projections[target.year].mean, way):
            reason += f"; the trend would cross it by {target.year}"
        # a slack bound asks for no change: no required change, and no ratio, is printed for it
        row.pop("required_change"), row.pop("required_over_historical", None)
        return {**row, **_projection_columns(inputs, target, base, indicator), "class": "already met", "reason": reason}
    if not fitted:
        why = f"{inputs.model} trend not fitted: {inputs.fit.reason}" if not inputs.fit.fitted else f"{inputs.model} gives no projection for {target.year}"
        if way == 0:
            return {**row, "class": "already met", "reason": f"target holds the baseline level; no trend to check it lasts ({why})"}
        return {**row, "class": NOT_ASSESSABLE, "reason": why}
    projected = _projection_columns(inputs, target, base, indicator)
    row.update(projected)
    projection = projected["projection"]
    try:
        trend = metrics.change_per_year(base.value, base.year, projection, target.year, indicator.measure)
    except ValueError as error:
        return {**row, "class": NOT_ASSESSABLE, "reason": f"trend projection not usable: {error}"}
    row["trend_change"] = trend
    row["gap"] = judged - projection
    row["gap_relative"] = row["gap"] / projection if projection else None
    se_obs = row.get("se_obs")
    if se_obs:
        scale_gap = math.log(judged / projection) if inputs.model == "loglinear" and judged > 0 else row["gap"]
        row["gap_z"] = scale_gap / se_obs
    if judged != base.value:
        row["escap_gap"] = (judged - projection) / (judged - base.value)
    low = min(v for v in (row.get("band_low"), projection, row["trend_low"]) if v is not None)
    high = max(v for v in (row.get("band_high"), projection, row["trend_high"]) if v is not None)
    if target.qualifier == "range" and target.low is not None and target.high is not None:
        inside = target.low - tol <= high and target.high + tol >= low
    else:
        inside = low - tol <= judged <= high + tol
    has_band = row.get("band_low") is not None
    flat = low <= base.value <= high if has_band else abs(projection - base.value) <= tol
    half = max((high - projection) if judged > projection else (projection - low), tol)
    row["gap_over_band"] = abs(judged - projection) / half if half > 0 else None
    if has_band:
        where = f"band {low:.4g}–{high:.4g} ± tolerance {tol:.3g}"
    elif high > low:
        where = f"window range {low:.4g}–{high:.4g} ± tolerance {tol:.3g}; no empirical band"
    else:
        where = f"projection {projection:.4g} ± tolerance {tol:.3g}; no empirical band"
    if way == 0:
        # A held level asks for no change, so no ratio of changes can class it, and it does not
        # reverse the trend: it stops it. As for a flat trend, the gap decides (metrics.classify
        # with no ratio): the held level 1–2 band half-widths from the projection is ambitious,
        # beyond that very ambitious.
        if inside:
            return _calibrated({**row, "class": "on trend", "reason": "target holds the baseline level; the trend's band contains it"}, inputs, indicator, target, base)
        label, _ = metrics.classify(0.0, trend, inside_band=False, flat=True, gap_over_band=row["gap_over_band"])
        reason = (f"target holds the baseline level while the trend moves beyond its band ({where}): holding needs the trend stopped; "
                  f"target {row['gap_over_band']:.2f} half-widths from the projection")
        return _calibrated({**row, "class": label, "reason": reason}, inputs, indicator, target, base)
    label, value = metrics.classify(required, trend, inside_band=inside, flat=flat, gap_over_band=row["gap_over_band"])
    row["ratio"] = value
    if inside:
        reason = f"target inside the trend's band ({where})"
    elif flat:
        reason = f"trend flat within its {'band' if has_band else 'tolerance'} ({where}): the ratio is not used; target {row['gap_over_band']:.2f} half-widths from the projection"
    else:
        reason = f"ratio {value:.2f} with the target outside the band ({where})"
    return _calibrated({**row, "class": label, "reason": reason}, inputs, indicator, target, base)


def _calibrated(row: dict, inputs: TrendInputs, indicator, target: Target, base: Point) -> dict:
    """For a resident-population, urban-share, life-expectancy or IMR target: the pace gap (required
    − trend, % or points a year; for life expectancy and IMR the gap on the model's scale,
    :func:`analysis.model.calibration.trajectory_gap`), its percentile in the calibrated error distribution of its size class and horizon
    (:mod:`analysis.model.calibration`), and the class cut from it; the class by the symmetric band
    is kept as ``band_class``. Without a band (the sensitivity table's ``without_band``) the class
    by the projection alone stands."""
    if not inputs.use_band:
        return row
    horizon = target.year - base.year
    if indicator.code in calibration.TRAJECTORY_SERIES and inputs.fit.method != "carried":
        return row  # the errors are of the carried trajectory; a city's own two-point trend (sensitivity table) keeps its ratio class
    if indicator.code in calibration.TRAJECTORY_SERIES:
        # the trajectory's errors are on the model's scale (calibration module docstring): so is the gap
        gap = calibration.trajectory_gap(inputs.model, row["target"], row["projection"], horizon)
        measured = f"pace gap {gap:+.2f}% a year on the {inputs.model} scale (target {row['target']:.4g} against the carried trend {row['projection']:.4g})"
    else:
        gap = row["required_change"] - row["trend_change"]
        measured = f"pace gap {gap:+.2f} {metrics.change_unit(indicator.measure)} (required {row['required_change']:+.2f} − trend {row['trend_change']:+.2f})"
    found = calibration.locate(indicator.code, base.value, horizon, gap)
    if found is None:
        return row
    label = metrics.calibrated_class(metrics.ambition_percentile(found["percentile"], indicator.better), row["required_change"], row["trend_change"])
    reason = (f"{measured} at the {vocabulary.ordinal(found['percentile'])} percentile of {found['source']}"
              f"{' (read from the other end: lower is better)' if indicator.better == 'lower' else ''}; by the symmetric band: {row['class']} ({row['reason']})")
    return {**row, "pace_gap": gap, "error_percentile": found["percentile"], "error_distribution": found["source"], "band_class": row["class"],
            "class": label, "reason": reason}


def _projection_columns(inputs: TrendInputs, target: Target, base: Point, indicator) -> dict:
    if not inputs.fit.fitted or target.year not in inputs.fit.projections:
        return {}
    projection = inputs.fit.projections[target.year]
    out = {"projection": projection.mean, "se_obs": projection.se_obs}
    interval = projection.intervals.get(metrics.PREDICTION_LEVEL)
    if interval:
        out["pi80_low"], out["pi80_high"] = interval
    windows = {name: fit.projections[target.year].mean for name, fit in inputs.windows.items() if fit.fitted and target.year in fit.projections}
    out["projection_since_2010"] = windows.get("since_2010")
    out["projection_intercensal"] = windows.get("intercensal")
    values = [projection.mean, *windows.values()]
    out["trend_low"], out["trend_high"] = min(values), max(values)
    out["band_low"], out["band_high"], out["band_source"] = _band(indicator, inputs, projection, target.year - base.year)
    return out


def assess_cohort(target: Target, indicator, place_code: str, baseline: Point | None, projections: cohort.Projections, tolerance_factor: float = 1.0,
                  use_band: bool = True, national: bool = False) -> dict:
    """A neutral age-structure figure against the Hamilton–Perry projection of its place (from
    ``projections``, anchored on the model stage's observations)."""
    row = {**base_row(target, indicator, "cohort projection"), "data": "census", "model": "Hamilton–Perry"}
    if target.value is None:
        return {**row, "class": NOT_ASSESSABLE, "reason": "qualitative target"}
    qualifier = target.qualifier
    judged = metrics.target_value(qualifier, target.value, target.low, target.high, baseline.value if baseline else target.value)
    tol = metrics.tolerance(indicator.code, indicator.measure, indicator.unit, judged, tolerance_factor)
    row.update(target=judged, judged_as=qualifier, tolerance=tol)
    if baseline is not None:
        row.update(base_year=baseline.year, baseline=baseline.value, baseline_origin=f"{baseline.origin}, {baseline.reference}")
    if target.year <= cohort.LAUNCH:
        return {**row, "class": NOT_ASSESSABLE, "reason": f"dated at or before the {cohort.LAUNCH} census: judged against the census on the outcomes page"}
    if target.indicator not in cohort.MEASURES:
        return {**row, "class": NOT_ASSESSABLE, "reason": "the census age groups do not give this band (its ages are not stated)"}
    if target.year > cohort.LAUNCH + 2 * cohort.STEP:
        return {**row, "class": NOT_ASSESSABLE, "reason": f"beyond the cohort projection's horizon ({cohort.LAUNCH + 2 * cohort.STEP})"}
    projected = projections.value(place_code, target.indicator, target.year)
    width = projections.band_of(place_code, target.indicator, target.year, national=national) if use_band else None
    label = metrics.cohort_class(qualifier, judged, target.low, target.high, projected, (width or 0.0) + tol)
    row.update(cohort_projection=projected, cohort_band=width, gap=judged - projected)
    if national:
        row["wpp_projection"] = cohort.wpp_value(target.indicator, target.year)
    source = f"back-tested band ±{width:.3g}" if width is not None else ("no band" if not use_band else "no back-tested band for this measure")
    if width is not None and target.indicator.startswith("pop_"):
        total = calibration.total_relative_error(projections.value(place_code, "pop_resident", cohort.LAUNCH), abs(target.year - cohort.LAUNCH))
        source += f": the share's and the total's relative errors in quadrature, the total's {total[0] * 100:.3g}% from {total[1]}"
    reason = f"Hamilton–Perry {projected:.4g} in {target.year} ({source}, tolerance ±{tol:.3g})"
    return {**row, "class": label, "reason": reason}
