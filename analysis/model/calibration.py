"""Calibrated error of the trend extrapolation: how far population really departed from the
compound-growth trend of its base period, by horizon and size, and where a target lies in that
distribution.

**Why.** A symmetric band of ±1.04% a year (the 80th percentile of |error| of provinces' 2010–2020
growth carried one to four years ahead) was carried to prefectures five to fifteen years ahead.
Errors of trend extrapolations are not symmetric and depend on horizon and size (Rayer, Smith &
Tayman 2009, "Empirical prediction intervals for county population forecasts", *Population
Research and Policy Review* 28:773–793; Smith, Tayman & Swanson 2013, *A Practitioner's Guide to
State and Local Population Projections*, ch. 13: intervals from the empirical distribution of
past errors of the same method, by horizon and size class). This module measures them.

**The method back-tested** is the one the ambition table applies to a population target with two
base-period points: compound growth from the first to the last point of the base period, carried
forward (:func:`analysis.demography.metrics.change_per_year` on a stock). For a launch year *L*,
a base period of *k* years and a horizon *h*:

``trend pace = CAGR(P[L−k] → P[L])``, ``actual pace = CAGR(P[L] → P[L+h])``,
``error = actual pace − trend pace`` (% a year, **signed**: positive when the population grew
faster than its trend).

**Back-test rows** (``data/processed/error_backtest.csv``): the 31 provinces' year-end resident
population (:mod:`analysis.sources.pik_population`, NBS):

* launch 2010 from 2005 (the 2005 figure as estimated before the 2010 census, the 2010 figure
  benchmarked on it), outcomes 2011–2024: horizons 1–14 — a real-time test, which includes the
  census revisions a planner could not foresee;
* launches 2015–2023 from five years earlier and 2020–2023 from ten years earlier, on the series
  consistent with the 2020 census (2010, the 2011–2019 figures revised after it, 2020–2024):
  horizons 1–9.

No prefecture series before 2010 is bundled (the census panel has 2010 and 2020 only, and no
prefecture year-end figures after 2020), so a prefecture trend cannot be fitted on earlier data
and back-tested: prefectures are not in the table, and a prefecture's target is read against the
smaller provinces' errors, which likely understates a prefecture's (Rayer et al.: errors fall with
size). Horizons beyond the longest back-tested (14 years) use the longest, and say so.

**Distribution** (``data/processed/error_distribution.csv``): per size class
(:data:`analysis.demography.metrics.SIZE_CLASSES`, by the population at launch) and horizon, the
number of errors and their signed quantiles (:data:`analysis.vocabulary.ERROR_QUANTILES`).

**Shares: a place's own trend** (``data/processed/share_error_backtest.csv``,
``share_error_distribution.csv``). The ambition table carries a share (the urban share) forward
on the log-odds scale from the base period (:mod:`analysis.model.forms`); the spread of the
prefectures' 2010→2020 change around its median measures how places differ, not how far a place
departs from its own trend. That error needs three points of one place: no province or
prefecture has an urban share before 2010 in the bundled sources (the census panel has 2010 and
2020), so the back-test is on the nation's own annual series (WDI 1975–2024: the urban share of
UN World Urbanization Prospects, the 0–14 and 65+ shares of UN WPP — model estimates, smoother
than a prefecture's figures, so the errors likely understate a prefecture's). For launches
1985–2023 with base periods of 5 and 10 years (:data:`SHARE_LAUNCHES`) and horizons 1–15:
``z = ln(v / (100 − v))``, ``slope = (z[L] − z[L−k]) / k``, ``trend value = 100 / (1 + e^−(z[L] + h × slope))``,
``trend pace = (trend value − v[L]) / h``, ``actual pace = (v[L+h] − v[L]) / h`` (points a year),
``error = actual − trend pace`` (signed). The launches overlap, so the errors of one horizon are
not independent: one place's history, not a sample of places. The urban share's targets are
read against it (:data:`CALIBRATED_SHARES`); the age shares' are judged against the cohort
projection, and their rows are context.

**Life expectancy and infant mortality: the national trajectory's own error**
(``data/processed/trajectory_error_backtest.csv``, ``trajectory_error_distribution.csv``). The
ambition table carries a place's baseline at the slope of the nation's annual WDI series
(:func:`analysis.model.trends.carried`, :data:`analysis.model.ambition.NATIONAL_TRAJECTORY`). The
same method is back-tested on the nation's own series (WDI: UN WPP life expectancy 1960–2024, UN
IGME infant mortality 1969–2024 — model estimates, smoother than a city's figures): for each
launch *L* and base length *k* (:data:`TRAJECTORY_BASES`: 15 and 20 years, the ambition table's
trajectories 2000–2015 and 2000–2020), the OLS slope of the years *L−k*…*L* on the model's scale
(:mod:`analysis.model.forms`: ``ln(90 − e0)`` for life expectancy, ``ln(IMR)``) carried from the
value at *L*, horizons 1–15. The error is measured on the model's scale, signed so that positive
means the value ended above its trend:
``error = s × (z(v[L+h]) − z(trend value)) / h × 100`` (% a year; ``s = +1`` for ``ln IMR``,
``−1`` for the shortfall ``ln(90 − e0)``: a life-expectancy error is the share of the shortfall
closed faster than the trend, % a year). On this scale an error does not grow with the level (an
IMR of 40‰ and one of 5‰ fall by comparable percentages; in ‰ a year they would not). Years before
:data:`TRAJECTORY_FIRST_YEAR` (the 1959–61 famine and its rebound: life expectancy 33 in 1960, 51
in 1962) are not in any base period. Provinces are not back-tested: the bundled sources have one
provincial life expectancy or IMR (2020) per province, not two. A target's gap is measured the same
way (:func:`trajectory_gap`), so its percentile is in the same unit; only a carried trajectory
(``Fit.method == "carried"``) is read against these errors — a city's own two-point trend in the
sensitivity table is not the method back-tested and keeps its ratio class.

**A target's place in it.** ``pace gap = required pace − trend pace`` over the target's own base
year → target year (the ambition table's ``required_change − trend_change``); its
**percentile** is the share of back-test errors of its size class and horizon at or below the gap
(the empirical distribution function, in %). The class is cut from the percentile
(:func:`analysis.demography.metrics.calibrated_class`).
"""

from __future__ import annotations

import functools

import numpy as np
import pandas as pd

from analysis.demography import metrics
from analysis.vocabulary import ERROR_QUANTILES

#: Launches of the back-test: (launch year, base-period length in years, what the base is).
REAL_TIME_LAUNCH = (2010, 5)
CONSISTENT_LAUNCHES = tuple((year, 5) for year in range(2015, 2024)) + tuple((year, 10) for year in range(2020, 2024))
LAST_YEAR = 2024
UNITS = "provinces"
#: The indicators whose targets are read against this distribution (resident population stocks).
CALIBRATED = ("pop_resident",)
#: Shares back-tested on their own trend: indicator → WDI series of the nation (see the module docstring).
SHARE_SERIES = {"urbanization_resident": "sp.urb.totl.in.zs", "share_0_14": "sp.pop.0014.to.zs", "share_65plus": "sp.pop.65up.to.zs"}
#: Shares whose targets are read against their own-trend errors (age shares are judged against the cohort projection).
CALIBRATED_SHARES = ("urbanization_resident",)
SHARE_LAUNCHES = tuple((year, length) for year in range(1985, 2024) for length in (5, 10))
SHARE_HORIZONS = 15
SHARE_UNITS = "China (WDI)"
#: Life expectancy and infant mortality: WDI series of the nation the trajectory is carried at (see the module docstring).
TRAJECTORY_SERIES = {"life_expectancy": "sp.dyn.le00.in", "imr": "sp.dyn.imrt.in"}
#: Base lengths of the trajectory back-test: the ambition table's trajectories (2000–2015, 2000–2020).
TRAJECTORY_BASES = (15, 20)
#: First year a trajectory's base period may start: 1960–1961 are the famine and its rebound, not a trend.
TRAJECTORY_FIRST_YEAR = 1962
TRAJECTORY_HORIZONS = 15


def quantile_column(q: float) -> str:
    """``q025`` for the 2.5% quantile, ``q500`` for the median (per mille)."""
    return f"q{round(q * 1000):03d}"


def _pace(v0: float, t0: int, v1: float, t1: int) -> float:
    return metrics.change_per_year(v0, t0, v1, t1, metrics.STOCK)


def _vintage_of_base(launch: int) -> str:
    return "2005 pre-census estimate → 2010 (real time)" if launch == REAL_TIME_LAUNCH[0] else "consistent with the 2020 census"


@functools.cache
def backtest() -> pd.DataFrame:
    """Every back-test error (see the module docstring): one row per province × launch × horizon."""
    from analysis.sources import pik_population

    series = pik_population.read_series().pivot(index="province", columns="year", values="value")
    rows = []
    for launch, length in (REAL_TIME_LAUNCH, *CONSISTENT_LAUNCHES):
        start = launch - length
        for province, values in series.iterrows():
            p0, p1 = float(values[start]), float(values[launch])
            trend = _pace(p0, start, p1, launch)
            for horizon in range(1, LAST_YEAR - launch + 1):
                actual = _pace(p1, launch, float(values[launch + horizon]), launch + horizon)
                rows.append({
                    "units": UNITS, "place": province, "size_class": metrics.size_class(p1), "base_start": start, "launch_year": launch,
                    "horizon": horizon, "population_at_launch": p1, "trend_pace": trend, "actual_pace": actual, "error": actual - trend,
                    "base_vintage": _vintage_of_base(launch),
                })
    return pd.DataFrame(rows)


@functools.cache
def distribution() -> pd.DataFrame:
    """Signed quantiles of the errors by size class and horizon."""
    rows = []
    for (size, horizon), group in backtest().groupby(["size_class", "horizon"], sort=False):
        errors = group["error"].to_numpy()
        rows.append({
            "units": UNITS, "size_class": size, "horizon": int(horizon), "n_errors": len(errors), "n_places": group["place"].nunique(),
            "launches": ", ".join(str(y) for y in sorted(group["launch_year"].unique())),
            **{quantile_column(q): float(np.quantile(errors, q)) for q in ERROR_QUANTILES},
            "min_error": float(errors.min()), "max_error": float(errors.max()),
        })
    order = {name: i for i, (_, _, name) in enumerate(metrics.SIZE_CLASSES)}
    frame = pd.DataFrame(rows)
    return frame.sort_values(["size_class", "horizon"], key=lambda s: s.map(order) if s.name == "size_class" else s).reset_index(drop=True)


def _logit(v: float) -> float:
    return float(np.log(v / (100 - v)))


@functools.cache
def share_backtest() -> pd.DataFrame:
    """Every own-trend back-test error of the nation's shares (see the module docstring): one row
    per indicator × launch × base length × horizon."""
    from analysis.sources import wdi

    rows = []
    for indicator, code in SHARE_SERIES.items():
        series = wdi.read_series(code).set_index("year")["value"].astype(float)
        for launch, length in SHARE_LAUNCHES:
            start = launch - length
            v0, v1 = float(series[start]), float(series[launch])
            slope = (_logit(v1) - _logit(v0)) / length
            for horizon in range(1, min(SHARE_HORIZONS, LAST_YEAR - launch) + 1):
                trend_value = 100 / (1 + np.exp(-(_logit(v1) + horizon * slope)))
                trend, actual = (trend_value - v1) / horizon, (float(series[launch + horizon]) - v1) / horizon
                rows.append({"indicator": indicator, "units": SHARE_UNITS, "series": code, "base_start": start, "launch_year": launch, "horizon": horizon,
                             "value_at_launch": v1, "trend_pace": float(trend), "actual_pace": actual, "error": float(actual - trend)})
    return pd.DataFrame(rows)


def _signed_quantiles(backtest: pd.DataFrame) -> pd.DataFrame:
    """Signed quantiles of a back-test's errors (its ``error`` column, in SHARE_UNITS) by indicator and horizon."""
    rows = []
    for (indicator, horizon), group in backtest.groupby(["indicator", "horizon"], sort=False):
        errors = group["error"].to_numpy()
        rows.append({"indicator": indicator, "units": SHARE_UNITS, "horizon": int(horizon), "n_errors": len(errors), "n_launches": group["launch_year"].nunique(),
                     "launches": f"{group['launch_year'].min()}–{group['launch_year'].max()}",
                     **{quantile_column(q): float(np.quantile(errors, q)) for q in ERROR_QUANTILES},
                     "min_error": float(errors.min()), "max_error": float(errors.max())})
    return pd.DataFrame(rows)


@functools.cache
def share_distribution() -> pd.DataFrame:
    """Signed quantiles of the shares' own-trend errors by indicator and horizon."""
    return _signed_quantiles(share_backtest())


def _orientation(model: str) -> int:
    """+1 when the model's scale rises with the value (ln IMR), −1 when it falls (the life-expectancy shortfall)."""
    return -1 if model == "shortfall" else 1


def trajectory_gap(model: str, value: float, trend_value: float, horizon: int) -> float:
    """``s × (z(value) − z(trend value)) / h × 100``, % a year on the model's scale, positive when
    ``value`` is above the trend (see the module docstring)."""
    from analysis.model import forms

    return float(_orientation(model) * (forms.to_scale(model, value) - forms.to_scale(model, trend_value)) / horizon * 100)


def trajectory_model(indicator: str) -> str:
    """The trend model the ambition table carries the trajectory on (:mod:`analysis.model.forms`)."""
    from analysis.model import forms

    return forms.FORMS[forms.kind_of(indicator, "index" if indicator in forms.LIFE_EXPECTANCY else "rate", "")].model


@functools.cache
def trajectory_backtest() -> pd.DataFrame:
    """Every back-test error of the national trajectory carried forward (see the module
    docstring): one row per indicator × launch × base length × horizon."""
    from analysis.demography.series import Point
    from analysis.model.trends import carried
    from analysis.sources import wdi

    rows = []
    for indicator, code in TRAJECTORY_SERIES.items():
        model = trajectory_model(indicator)
        series = wdi.read_series(code).set_index("year")["value"].astype(float)
        first = max(int(series.index.min()), TRAJECTORY_FIRST_YEAR)
        for length in TRAJECTORY_BASES:
            for launch in range(first + length, LAST_YEAR):
                points = [Point(int(y), float(series[y]), "WDI", code) for y in range(launch - length, launch + 1)]
                horizons = range(1, min(TRAJECTORY_HORIZONS, LAST_YEAR - launch) + 1)
                result = carried(model, points, points[-1], [launch + h for h in horizons])
                for h in horizons:
                    trend, actual = result.projections[launch + h].mean, float(series[launch + h])
                    rows.append({"indicator": indicator, "units": SHARE_UNITS, "series": code, "model": model, "base_start": launch - length, "launch_year": launch,
                                 "horizon": h, "value_at_launch": points[-1].value, "trend_value": trend, "actual_value": actual,
                                 "error": trajectory_gap(model, actual, trend, h)})
    return pd.DataFrame(rows).sort_values(["indicator", "base_start", "launch_year", "horizon"], key=lambda s: s.map(list(TRAJECTORY_SERIES).index) if s.name == "indicator" else s,
                                          kind="stable").reset_index(drop=True)


@functools.cache
def trajectory_distribution() -> pd.DataFrame:
    """Signed quantiles of the trajectory errors by indicator and horizon."""
    return _signed_quantiles(trajectory_backtest())


def locate(indicator: str, population: float, horizon: int, gap: float) -> dict | None:
    """The percentile of a pace gap in the errors of its size class and horizon (population) or of
    its own-trend errors at its horizon (:data:`CALIBRATED_SHARES`), with what was used; ``None``
    for indicators no distribution speaks for."""
    if horizon <= 0:
        return None
    if indicator in CALIBRATED_SHARES:
        errors = share_backtest()
        errors = errors[errors["indicator"] == indicator]
        used = min(horizon, SHARE_HORIZONS)
        sample = errors[errors["horizon"] == used]["error"].to_numpy()
        capped = f" (the longest back-tested; the target's is {horizon})" if used != horizon else ""
        source = f"{len(sample)} own-trend back-test errors of {SHARE_UNITS} {indicator} at {used} years{capped} (points a year)"
        return {"percentile": float(np.mean(sample <= gap) * 100), "horizon": used, "size_class": "", "n": len(sample), "source": source}
    if indicator in TRAJECTORY_SERIES:
        errors = trajectory_backtest()
        used = min(horizon, TRAJECTORY_HORIZONS)
        sample = errors[(errors["indicator"] == indicator) & (errors["horizon"] == used)]["error"].to_numpy()
        capped = f" (the longest back-tested; the target's is {horizon})" if used != horizon else ""
        source = f"{len(sample)} back-test errors of the national {indicator} trajectory ({SHARE_UNITS}) at {used} years{capped} (% a year on the {trajectory_model(indicator)} scale)"
        return {"percentile": float(np.mean(sample <= gap) * 100), "horizon": used, "size_class": "", "n": len(sample), "source": source}
    if indicator not in CALIBRATED:
        return None
    size = metrics.size_class(population)
    errors = backtest()
    longest = int(errors["horizon"].max())
    used = min(horizon, longest)
    sample = errors[(errors["size_class"] == size) & (errors["horizon"] == used)]["error"].to_numpy()
    percentile = float(np.mean(sample <= gap) * 100)
    capped = f" (the longest back-tested; the target's is {horizon})" if used != horizon else ""
    source = f"{len(sample)} back-test errors of {UNITS} {size} at {used} years{capped}"
    return {"percentile": percentile, "horizon": used, "size_class": size, "n": len(sample), "source": source}


def total_relative_error(population: float, horizon: int) -> tuple[float, str]:
    """The relative error of a population total ``horizon`` years ahead, from the calibrated
    distribution (:func:`distribution`) of its size class at that horizon (capped at the longest
    back-tested): half the central 80% range of the signed errors, ``w = (q900 − q100) / 2``
    (% a year), compounded, ``(1 + w / 100) ** h − 1``. Half the spread, not the median: the
    median is the bias of the compound-growth trend, which a cohort projection's total does not
    share. Used for the total's part of an age-group count's band (:meth:`analysis.model.cohort.Projections.band_of`)."""
    frame = distribution()
    size = metrics.size_class(population)
    rows = frame[frame["size_class"] == size]
    used = min(horizon, int(rows["horizon"].max()))
    got = rows[rows["horizon"] == used].iloc[0]
    width = (float(got[quantile_column(0.90)]) - float(got[quantile_column(0.10)])) / 2
    capped = f", the longest back-tested; the target's is {horizon}" if used != horizon else ""
    return (1 + width / 100) ** horizon - 1, f"±{width:.3g}% a year (half the 10–90% range of {int(got['n_errors'])} {UNITS} {size} errors at {used} years{capped}) over {horizon} years"


def class_basis(row) -> str:
    """What a target's class rests on (:data:`analysis.vocabulary.CLASS_BASES`)."""
    if not pd.isna(row["error_percentile"]):
        return "calibrated distribution"
    if not pd.isna(row["band_low"]):
        return "symmetric band"
    return "no band"


def calibration_table(ambition: pd.DataFrame, outcomes: pd.DataFrame) -> pd.DataFrame:
    """Class against the share met, over every target (and projection) with a directional outcome
    (met, exceeded or missed): does a class predict what happened? ``share_met`` counts a target
    exceeded in the direction asked for as met."""
    keys = ["plan_id", "indicator", "entity", "year", "kind", "target_text", "qualifier"]
    judged = outcomes[outcomes["status"].isin(["met", "exceeded", "missed"])].merge(ambition, on=keys, how="inner", suffixes=("", "_ambition"))
    judged = judged.assign(basis=[class_basis(r) for _, r in judged.iterrows()])
    rows = []
    for (basis, label), group in judged.groupby(["basis", "class"], sort=True):
        counts = group["status"].value_counts()
        met, exceeded, missed = (int(counts.get(s, 0)) for s in ("met", "exceeded", "missed"))
        rows.append({
            "basis": basis, "class": label, "n_with_outcome": len(group), "n_met": met, "n_exceeded": exceeded, "n_missed": missed,
            "share_met": (met + exceeded) / len(group),
            "targets": "; ".join(f"{r.plan_id} {r.indicator} {r.year} {r.target_text}: {r.status}" for r in group.itertuples()),
        })
    return pd.DataFrame(rows)
