"""Accuracy of a target as a forecast: signed log error, absolute percentage error, a naive forecast
from what the plan knew, and plan-clustered bootstrap summaries.

**Signed log error** ``ln(target / outcome)`` (:func:`log_error`): positive when the plan aimed
above what happened. It is the accuracy measure Tayman & Swanson (1999, "On the validity of MAPE
as a measure of population forecast accuracy", *Population Research and Policy Review* 18:299–322)
recommend for population forecasts: symmetric in over- and under-shooting on the ratio scale,
unbounded either way (the percentage error is bounded below by −100% and so skewed), and
comparable across places of any size; Hyndman & Koehler (2006, "Another look at measures of
forecast accuracy", *International Journal of Forecasting* 22:679–688) discuss the same scale-free
ratio measures. For rates and shares the same ratio is taken on the value (a TFR of 1.8 against
1.3 is ``ln(1.8/1.3)``, a 60% urban share against 63.9% ``ln(60/63.9)``): one measure for every
indicator, so summaries across indicators stay on one scale; it is undefined where the target or
the outcome is zero or negative, and for indicators whose values cross zero
(:data:`analysis.demography.metrics.SIGNED_INDICATORS`: a natural increase of 7.8‰ against 1.49‰
is a ratio of 5 that says nothing about a forecast of −0.2‰ to +0.2‰) it is not computed at all:
those rows have the verdict and the difference, and say so.
**Absolute percentage error** ``|target − outcome| / |outcome| × 100`` (:func:`ape`), and its mean
MAPE, are given beside it because they are what the literature reports (Smith, Tayman & Swanson
2013, ch. 13), though skewed.

**Naive forecast** (:func:`naive_forecast`): made only from data the plan had — its own stated
baselines carried forward. Two stated baselines of the same indicator and place (the two latest
years): compound growth for counts, linear change for rates and shares (the forms of
:func:`analysis.demography.metrics.change_per_year`). One stated baseline: the last census count
before it to that baseline. None: no naive forecast, and the row says so.

**Bootstrap** (:func:`cluster_bootstrap`): targets within one plan are correlated (one plan's
optimism shows in all its figures), so the resampling unit is the plan (a cluster bootstrap:
Davison & Hinkley 1997, §3.8; Field & Welsh 2007): plans are drawn with replacement, all their
targets pooled, the statistic computed; the interval is the percentile interval of the replicates.
numpy ``default_rng`` with a fixed seed makes it byte-identical from run to run.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np

from analysis.demography import metrics


def log_error(target: float | None, outcome: float | None) -> float | None:
    """``ln(target / outcome)``; ``None`` where either is missing or not positive."""
    if target is None or outcome is None or _nan(target) or _nan(outcome) or target <= 0 or outcome <= 0:
        return None
    return math.log(target / outcome)


def ape(target: float | None, outcome: float | None) -> float | None:
    """``|target − outcome| / |outcome| × 100``; ``None`` where the outcome is zero or missing."""
    if target is None or outcome is None or _nan(target) or _nan(outcome) or outcome == 0:
        return None
    return abs(target - outcome) / abs(outcome) * 100


def naive_forecast(points: Sequence[tuple[int, float]], year: int, measure: str) -> float:
    """The level of ``year`` carried from two points ``(t0, v0), (t1, v1)`` (t0 < t1): compound
    growth for stocks (``v1 × (v1 / v0) ** ((year − t1) / (t1 − t0))``), linear change otherwise
    (``v1 + (v1 − v0) / (t1 − t0) × (year − t1)``)."""
    (t0, v0), (t1, v1) = points
    if t1 <= t0:
        raise ValueError("the second point must be later than the first")
    if measure == metrics.STOCK:
        if v0 <= 0 or v1 <= 0:
            raise ValueError("compound growth needs positive values")
        return v1 * (v1 / v0) ** ((year - t1) / (t1 - t0))
    return v1 + (v1 - v0) / (t1 - t0) * (year - t1)


def cluster_bootstrap(values: Sequence[float], clusters: Sequence[str], statistic: Callable[[np.ndarray], float],
                      replicates: int = metrics.BOOTSTRAP_REPLICATES, seed: int = metrics.BOOTSTRAP_SEED,
                      level: float = metrics.BOOTSTRAP_LEVEL) -> tuple[float, float, float]:
    """``(estimate, low, high)``: the statistic of all values and the percentile interval of its
    replicates when whole clusters (plans) are resampled with replacement. ``values`` may be rows
    of a 2-D array (paired measures, resampled together)."""
    data = np.asarray(values, dtype=float)
    labels = sorted(set(clusters))
    members = [np.flatnonzero(np.asarray(clusters) == label) for label in labels]
    rng = np.random.default_rng(seed)
    draws = rng.integers(0, len(labels), size=(replicates, len(labels)))
    stats = np.array([statistic(data[np.concatenate([members[i] for i in draw])]) for draw in draws])
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(stats, [tail, 100 - tail])
    return float(statistic(data)), float(low), float(high)


def _nan(value: float) -> bool:
    return isinstance(value, float) and math.isnan(value)
