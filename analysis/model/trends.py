"""Trend models fitted with statsmodels, and their projections to target years.

* ``linear``    — OLS of the value on the year: constant change in points a year;
* ``loglinear`` — OLS of the log value on the year: constant growth in % a year (positive
  values only);
* ``logistic``  — OLS of the log-odds of a share (0–100) on the year;
* ``shortfall`` — OLS of the log of the shortfall from a ceiling (life expectancy) on the year;
* ``ets``       — exponential smoothing with an additive damped trend (statsmodels ``ETSModel``),
  only for series with at least :data:`ETS_MIN_POINTS` consecutive annual points;
* :func:`carried` — a place's baseline carried at the pace of a longer trajectory (life expectancy
  and infant mortality: the nation's annual series, :mod:`analysis.model.ambition`): the slope of
  the OLS fit of the trajectory on the model's scale, applied from the baseline,
  ``v̂_T = from_scale(to_scale(v_b) + slope × (T − b))``; no interval (the trajectory's residuals say
  nothing of how far a place departs from it; the class uses the back-tested errors of this method
  on the nation's series, :func:`analysis.model.calibration.trajectory_backtest`).

Which model suits which indicator, and the scales, are in :mod:`analysis.model.forms`.

Prediction intervals (80% and 95%) come from ``get_prediction(...).summary_frame(alpha)`` on the
model's scale, transformed back, and are given only when the fit has at least
:data:`analysis.demography.metrics.MIN_DF_INTERVAL` residual degrees of freedom: a t-interval on one or
two degrees of freedom is too wide to mean anything (the t quantile for 80% is 3.08 on one). The
ambition table then uses an empirical band instead (:mod:`analysis.model.uncertainty`). A model
that cannot be fitted returns a :class:`Fit` with ``status = "not fitted"`` and the reason —
nothing is dropped silently.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import statsmodels.api as sm

from analysis.model import forms
from analysis.demography.metrics import MIN_DF_INTERVAL
from analysis.demography.series import Point

MODELS = ("linear", "loglinear", "logistic", "shortfall", "ets")
OLS_MODELS = ("linear", "loglinear", "logistic", "shortfall")
ETS_MIN_POINTS = 5
LEVELS = (0.80, 0.95)


@dataclass(frozen=True)
class Projection:
    year: int
    mean: float
    se_obs: float | None  # standard error of a new observation on the model's scale (log units for loglinear)
    intervals: dict[float, tuple[float, float]] = field(default_factory=dict)


@dataclass(frozen=True)
class Fit:
    model: str
    status: str  # fitted / not fitted
    reason: str
    n_points: int
    slope: float | None = None  # per year on the model's scale: points (linear, ets), log units, log-odds
    df_resid: float | None = None
    projections: dict[int, Projection] = field(default_factory=dict)
    method: str = "fit"  # fit (on the points themselves) or carried (a baseline at a trajectory's slope)

    @property
    def fitted(self) -> bool:
        return self.status == "fitted"


def fit(model: str, points: Sequence[Point], target_years: Sequence[int]) -> Fit:
    """Fit one model to the points and project it to each target year."""
    years = np.array([p.year for p in points], dtype=float)
    values = np.array([p.value for p in points], dtype=float)
    if len(points) == 0:
        return Fit(model, "not fitted", "no data points", 0)
    if len(set(years)) < 2:
        return Fit(model, "not fitted", f"one point only ({int(years[0])})", len(points))
    if model in OLS_MODELS:
        problem = forms.cannot_take(model, values)
        if problem:
            return Fit(model, "not fitted", problem, len(points))
        return _ols(model, years, values, target_years)
    if model == "ets":
        return _ets(years, values, target_years)
    raise ValueError(f"unknown model {model}")


def carried(model: str, trajectory: Sequence[Point], baseline: Point, target_years: Sequence[int]) -> Fit:
    """The baseline carried at the slope of the trajectory's OLS fit on the model's scale."""
    pace = fit(model, trajectory, [])
    if not pace.fitted or pace.slope is None:
        return Fit(model, "not fitted", f"trajectory not fitted: {pace.reason}", pace.n_points)
    start = float(forms.to_scale(model, baseline.value))
    projections = {year: Projection(year, float(forms.from_scale(model, start + pace.slope * (year - baseline.year))), None, {}) for year in target_years}
    years = sorted(p.year for p in trajectory)
    reason = f"the place's {baseline.year} baseline carried at the slope of the trajectory {years[0]}–{years[-1]} ({len(years)} points, {pace.slope:+.4g} a year on the {model} scale): no interval"
    return Fit(model, "fitted", reason, len(years), pace.slope, pace.df_resid, projections, "carried")


def _ols(model: str, years: np.ndarray, values: np.ndarray, target_years: Sequence[int]) -> Fit:
    centre = years.mean()
    y = forms.to_scale(model, values)
    result = sm.OLS(y, sm.add_constant(years - centre)).fit()
    with_interval = result.df_resid >= MIN_DF_INTERVAL
    projections = {}
    for year in target_years:
        exog = np.array([[1.0, year - centre]])
        if with_interval:
            frames = {level: result.get_prediction(exog).summary_frame(alpha=1 - level).iloc[0] for level in LEVELS}
            mean = float(frames[LEVELS[0]]["mean"])
            se_obs = math.sqrt(float(frames[LEVELS[0]]["mean_se"]) ** 2 + result.scale)
            intervals = {level: tuple(sorted(float(v) for v in forms.from_scale(model, [f["obs_ci_lower"], f["obs_ci_upper"]]))) for level, f in frames.items()}
        else:
            mean = float(result.predict(exog)[0])
            se_obs, intervals = None, {}
        projections[year] = Projection(year, float(forms.from_scale(model, mean)), se_obs, intervals)
    reason = "" if with_interval else f"{int(round(result.df_resid))} residual degrees of freedom (fewer than {MIN_DF_INTERVAL}): no prediction interval"
    return Fit(model, "fitted", reason, len(years), float(result.params[1]), float(result.df_resid), projections)


def _ets(years: np.ndarray, values: np.ndarray, target_years: Sequence[int]) -> Fit:
    from statsmodels.tsa.exponential_smoothing.ets import ETSModel

    annual = np.all(np.diff(years) == 1)
    if len(years) < ETS_MIN_POINTS or not annual:
        detail = f"{len(years)} points" + ("" if annual else ", not consecutive years")
        return Fit("ets", "not fitted", f"needs at least {ETS_MIN_POINTS} consecutive annual points ({detail})", len(years))
    index = pd.period_range(str(int(years[0])), periods=len(years), freq="Y")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = ETSModel(pd.Series(values, index=index), error="add", trend="add", damped_trend=True).fit(disp=False)
        projections = {}
        for year in target_years:
            if year <= years[-1]:
                continue
            frames = {level: result.get_prediction(start=str(year), end=str(year)).summary_frame(alpha=1 - level).iloc[0] for level in LEVELS}
            mean = float(frames[LEVELS[0]]["mean"])
            low, high = frames[LEVELS[1]]["pi_lower"], frames[LEVELS[1]]["pi_upper"]
            se_obs = float(high - low) / (2 * 1.959964)
            projections[year] = Projection(year, mean, se_obs, {level: (float(f["pi_lower"]), float(f["pi_upper"])) for level, f in frames.items()})
    slope = float(result.params.get("smoothing_trend", np.nan)) if hasattr(result.params, "get") else None
    return Fit("ets", "fitted", "", len(years), slope, None, projections)
