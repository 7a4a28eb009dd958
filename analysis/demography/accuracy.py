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

**Naive forecast from the official figures** (:func:`known_to_plan`, :func:`official_points`): the
same carrying-forward (:func:`naive_forecast`), from the two latest official figures of the
indicator and place that the plan's authors could have had — every target gets one wherever the
sources allow, not only the targets of plans that state their baselines. Naive "no-change trend"
extrapolations of the latest observed change are the benchmark a population forecast is judged
against (Tayman & Swanson 1999; Smith, Tayman & Swanson 2013, *A Practitioner's Guide to State and
Local Population Projections*, ch. 13: a forecast that does not beat a naive extrapolation of the
base period adds nothing). What the authors could have had:

* a figure **dated before the year the plan was issued** (year ≤ issue year − 1): an annual figure of
  year t is published early in t + 1 (the statistical communiqué, February–April), the census of
  2010 (1 November) in April 2011 — so a 2015 figure is usable by a plan issued in 2016, not by one
  issued in 2015 (the month of issue is not used: the communiqué of the previous year may appear
  after it; the year before is the figure every plan of the year could have);
* **as then published**: a vintage of revised figures is not used before the year it was published
  (:data:`REVISED_PUBLISHED`: the bureau's 2011–2019 figures revised after the 2020 census, first in
  the 2021 statistical yearbook, are usable from plans issued in 2022); the estimates published before
  the 2010 census (``pre_2010_census``) are what a plan issued up to 2010 had;
* **of one series** (:func:`series_of`, never spliced, as :mod:`analysis.demography.observed`):
  the latest figure decides the series and the other figure is the latest earlier one of the same
  series; a pre-2010-census estimate is never paired with the 2010 census (the 2009→2010 step is
  the census benchmark, 四川 8185 → 8045万, not a change in population).
**One figure of the series only** (the 2010 census, for most plans of 2011–2017: the annual figures of
2011 on as first published are not in the sources, the revised ones were published after the plan, the
estimates before the census are of another series): the **no-change (persistence) forecast** — that
figure carried unchanged to the target year (:func:`carried_forward`), the naive "constant" benchmark
of population forecast evaluation (Smith, Tayman & Swanson 2013, ch. 13; Tayman & Swanson 1999) and
the random-walk "naïve method" of forecasting (Hyndman & Athanasopoulos, *Forecasting: Principles and
Practice*, §5.2). It is a weak benchmark for a growing population or a rising life expectancy (it
misses every change), so its comparisons are reported apart from the trend's. None before the issue,
or no stated issue year (the figures a plan of unknown date could have had cannot be dated): no
forecast, and why.

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
import pandas as pd

from analysis.demography import metrics
from analysis.demography.observed import family

#: The year a vintage of revised figures was first published: usable by plans issued from the year
#: after. The bureau's intercensal figures of 2011–2019 revised after the 2020 census appeared in the
#: 2021 statistical yearbook (the revised series the audit names, ``consistency.official``).
REVISED_PUBLISHED = {"revised_after_2020_census": 2021}
#: The census that benchmarks each series (:func:`series_of`): a figure of a series is never paired
#: with a figure of another.
_SERIES_WORDS = {"first_published": "as first published, on the 2010 census", "pre_2010_census": "estimates published before the 2010 census",
                 "post_2020_census": "on the 2020 census (revised after it or first published from 2021)"}


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


def naive_forecast(points: Sequence[tuple[int, float]], year: int, measure: str, signed: bool = False) -> float:
    """The level of ``year`` carried from two points ``(t0, v0), (t1, v1)`` (t0 < t1): compound
    growth for stocks (``v1 × (v1 / v0) ** ((year − t1) / (t1 − t0))``), linear change otherwise
    (``v1 + (v1 − v0) / (t1 − t0) × (year − t1)``). A linear carry below zero is no level of an
    indicator that cannot be negative (a maternal mortality of 30 in 2010 and 26.1 in 2011 carried to
    2020 gives −9): it raises, and no forecast is made; ``signed`` indicators
    (:data:`analysis.demography.metrics.SIGNED_INDICATORS`, a natural growth rate) may cross zero."""
    (t0, v0), (t1, v1) = points
    if t1 <= t0:
        raise ValueError("the second point must be later than the first")
    if measure == metrics.STOCK:
        if v0 <= 0 or v1 <= 0:
            raise ValueError("compound growth needs positive values")
        return v1 * (v1 / v0) ** ((year - t1) / (t1 - t0))
    level = v1 + (v1 - v0) / (t1 - t0) * (year - t1)
    if level < 0 and not signed and min(v0, v1) >= 0:
        raise ValueError(f"the linear carry falls below zero ({level:.3g}), which a level of this indicator cannot")
    return level


#: The two bases of the official-figure naive forecast (:func:`carried_forward`): two figures of one
#: series carried forward by their trend, or one carried unchanged (no change, persistence).
TREND, PERSISTENCE = "trend", "persistence"


def carried_forward(points: Sequence[tuple[int, float]], year: int, measure: str, signed: bool = False) -> tuple[float, str]:
    """``(level of year, basis)`` from one or two points: two → :func:`naive_forecast` (``TREND``);
    one ``(t, v)`` → ``v`` unchanged, for any later year (``PERSISTENCE``: the no-change forecast,
    Hyndman & Athanasopoulos §5.2; Smith, Tayman & Swanson 2013, ch. 13)."""
    if len(points) == 1:
        return float(points[0][1]), PERSISTENCE
    if len(points) != 2:
        raise ValueError("one or two points")
    return naive_forecast(points, year, measure, signed), TREND


def series_of(vintage: str, year: int) -> str:
    """The series a figure belongs to for the naive forecast: census counts with the annual figures
    first published on them (2010 with 2011–2020's first releases; 2020 with 2021 on), the
    pre-2010-census estimates, the figures revised after the 2020 census (:func:`analysis.demography.observed.family`)."""
    if vintage in ("census_communique", "census_yearbook"):
        return "post_2020_census" if year >= 2020 else "first_published"
    return family(vintage, year)


def known_to_plan(official_rows: pd.DataFrame, issue_year: int) -> pd.DataFrame:
    """The official figures (rows of :func:`analysis.demography.observed.official`, best first per
    year) a plan issued in ``issue_year`` could have had: dated up to ``issue_year − 1``, of a vintage
    published by then (:data:`REVISED_PUBLISHED`); one per year, the best."""
    published = official_rows["vintage"].map(lambda v: REVISED_PUBLISHED.get(v, 0))
    known = official_rows[(official_rows["year"].astype(int) <= issue_year - 1) & (published <= issue_year - 1)]
    return known.drop_duplicates("year")


def official_points(official_rows: pd.DataFrame, issue_year: int | None) -> tuple[list[dict], str]:
    """The official figures the naive forecast is carried from (each a dict of ``year``, ``value``,
    ``vintage``, ``source``): ``[earlier, latest]`` of one series and ``""``; ``[latest]`` when it is
    the only figure of its series known, and what else was known (earlier figures of another series,
    never spliced; revised figures published after the plan); or ``[]`` and why not."""
    if issue_year is None:
        return [], "the plan's issue date is not stated in its texts, so which official figures its authors had cannot be dated"
    known = known_to_plan(official_rows, issue_year)
    published = official_rows["vintage"].map(lambda v: REVISED_PUBLISHED.get(v, 0))
    unpublished = official_rows[(official_rows["year"].astype(int) <= issue_year - 1) & (published > issue_year - 1)]
    withheld = ""
    if not unpublished.empty:
        years = sorted(int(y) for y in unpublished["year"])
        withheld = (f"; the {years[0]}–{years[-1]} figures revised after the 2020 census were published in "
                    f"{REVISED_PUBLISHED['revised_after_2020_census']}, after the plan")
    if known.empty:
        return [], f"no official figure dated before {issue_year} (the plan's issue year) in the sources{withheld}"
    series = [series_of(v, int(y)) for v, y in zip(known["vintage"], known["year"])]
    known = known.assign(series=series)
    latest = known.iloc[-1]
    same = known[known["series"] == latest["series"]]
    points = [{"year": int(r["year"]), "value": float(r["value"]), "vintage": str(r["vintage"]),
               "source": f"{r['source_id']}: {str(r['locator']).split(': ')[0]}"} for _, r in same.tail(2).iterrows()]
    if len(points) < 2:
        other = known[known["series"] != latest["series"]]
        spliced = (f"; the earlier figures ({', '.join(str(int(y)) for y in other['year'])}) are {_SERIES_WORDS.get(other['series'].iloc[-1], other['series'].iloc[-1])}, "
                   f"never spliced with it") if not other.empty else ""
        return points, f"{spliced}{withheld}".removeprefix("; ")
    return points, ""


def cluster_bootstrap(values: Sequence[float], clusters: Sequence[str], statistic: Callable[[np.ndarray], np.ndarray],
                      replicates: int = metrics.BOOTSTRAP_REPLICATES, seed: int = metrics.BOOTSTRAP_SEED,
                      level: float = metrics.BOOTSTRAP_LEVEL) -> tuple[float, float, float]:
    """``(estimate, low, high)``: the statistic of all values and the percentile interval of its
    replicates when whole clusters (plans) are resampled with replacement. ``values`` may be rows
    of a 2-D array (paired measures, resampled together).

    The replicates are computed at once: ``statistic`` maps a stack of samples (shape ``(replicates, n)``
    or ``(replicates, n, k)``, each sample's rows padded at its end with NaN to the longest) to one value
    a sample, so it must ignore NaN (:func:`median_of`, :func:`mean_of`); the values themselves may not
    be NaN. The draws are those of a loop over replicates (one ``integers`` call of the seeded generator)."""
    data = np.asarray(values, dtype=float)
    if np.isnan(data).any():
        raise ValueError("cluster_bootstrap: a value is NaN (NaN pads the resampled stacks; drop it first)")
    labels, position = np.unique(np.asarray(clusters, dtype=str), return_inverse=True)
    order = np.argsort(position, kind="stable")  # the rows of each cluster, cluster by cluster
    sizes = np.bincount(position, minlength=len(labels))
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    rng = np.random.default_rng(seed)
    draws = rng.integers(0, len(labels), size=(replicates, len(labels)))
    # every drawn cluster's rows, replicate by replicate, and where each lands in its replicate's padded sample
    drawn = draws.ravel()
    counts = sizes[drawn]
    within = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    rows = order[np.repeat(starts[drawn], counts) + within]
    lengths = counts.reshape(replicates, -1).sum(axis=1)
    replicate = np.repeat(np.arange(replicates), lengths)
    column = np.arange(len(rows)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    padded = np.full((replicates, lengths.max(), *data.shape[1:]), np.nan)
    padded[replicate, column] = data[rows]
    stats = np.asarray(statistic(padded), dtype=float)
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(stats, [tail, 100 - tail])
    return float(np.asarray(statistic(data[np.newaxis]))[0]), float(low), float(high)


def median_of(samples: np.ndarray) -> np.ndarray:
    """The median of each padded sample of :func:`cluster_bootstrap` (NaN ignored: equal to ``np.median`` of its values)."""
    return np.nanmedian(samples, axis=1)


def mean_of(samples: np.ndarray) -> np.ndarray:
    """The mean of each padded sample of :func:`cluster_bootstrap`, computed over its own values only (samples of
    one length together), so that it equals ``np.mean`` of them to the last bit (a sum over the padding would
    group the additions differently)."""
    lengths = (~np.isnan(samples)).sum(axis=1)
    means = np.empty(len(samples))
    for length in np.unique(lengths):
        same = lengths == length
        means[same] = samples[same, :length].mean(axis=1)
    return means


def _nan(value: float) -> bool:
    return isinstance(value, float) and math.isnan(value)
