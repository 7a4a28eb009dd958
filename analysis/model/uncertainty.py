"""Honest uncertainty for trends fitted on two or three points: windows and empirical bands.

**Windows.** A trend is fitted on three windows of the same series (:data:`WINDOWS`): every point
from the plan's earliest (``full``, the headline), the points from 2010 on (``since_2010``), and
the last intercensal period before the base year (``intercensal``: 2000–2010 for a plan with a
2015 base, 2010–2020 for a 2020 base). Their projections are reported as a range; a target inside
the range is not classed as departing from the trend.

**Empirical bands.** A prediction interval needs residual degrees of freedom
(:data:`analysis.demography.metrics.MIN_DF_INTERVAL`); most plan series have two or three points. For
those, the band is empirical (after Rayer, Smith & Tayman 2009, "Empirical prediction intervals
for county population forecasts", *Population Research and Policy Review* 28:773–793: intervals
from the distribution of past errors of the same method):

``half-width a year = 80th percentile of |error a year|``; the band for a projection *h* years
after the base year is ``z ± half-width × h`` on the model's scale (:mod:`analysis.model.forms`),
transformed back (errors of trend extrapolations grow about linearly with the horizon: Smith &
Sincich 1988, *Demography* 25:461–474; the provincial errors below are the same a year at
horizons of 1 to 4 years).

* **Population** — a back-test of the same naive extrapolation: each province's compound growth
  between the 2010 and 2020 censuses carried forward to its first-published year-end figures of
  2021–2024 (31 provinces × 4 years; ``analysis.sources.pik_population``). Year-end figures after
  2020 are not bundled for prefectures, so the test is run on provinces; a prefecture's errors are
  likely larger. The bands table also keeps, as context, the same extrapolation from the 2005
  first-published figures and the 2010 census to the 2020 census (it adds the 2010 census's
  revision of the pre-census estimates), and the spread of prefectures' 2010→2020 growth around
  the median, which is wider because places differ persistently (a city that grew fast in the
  2000s kept growing), so it is not used for population.
* **Shares and ratios the census panel measures** (urban share, age shares, household size, sex
  ratio) — no third figure by place exists to back-test a place's own trend, so the band is the
  spread of the 2010→2020 change of Chinese prefectures (census panel,
  :func:`analysis.sources.leiii_census.prefecture_panel`) around its median, on the model scale:
  the error of the naive extrapolation "every prefecture changes at the typical pace". For
  population, the provinces' back-test error and their spread are about the same size (bands
  table), which is the ground for this stand-in. For the urban share the class no longer rests on
  this band but on the errors of the share's own trend (:mod:`analysis.model.calibration`,
  ``share_error_distribution.csv``); the band stays for the window display and ``band_class``.
* Indicators the panel lacks (life expectancy, mortality, fertility, natural increase, the sex
  ratio at birth) get no empirical band. Life expectancy and infant mortality are classed on the
  back-tested errors of the national trajectory they are carried at
  (:func:`analysis.model.calibration.trajectory_backtest`); the others' class rests on the
  tolerance and the window range, and the row says the uncertainty is unquantified.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import numpy as np
import pandas as pd

from analysis.model import forms
from analysis.demography.metrics import PREDICTION_LEVEL
from analysis.demography.series import Point

WINDOWS = ("full", "since_2010", "intercensal")
WINDOW_LABELS = {"full": "from the plan's earliest point", "since_2010": "2010 onwards", "intercensal": "last intercensal period"}
CENSUS_YEARS = (2000, 2010, 2020)
#: Indicator → column of the prefecture panel it is measured by.
PANEL = {"pop_resident": "population", "urbanization_resident": "urban_share", "share_0_14": "share_0_14", "share_15_59": "share_15_59",
         "share_60plus": "share_60plus", "share_65plus": "share_65plus", "household_size": "household_size", "sex_ratio_total": "sex_ratio"}
#: Model of each panel indicator (the form the ambition table fits it with).
PANEL_MODELS = {"pop_resident": "loglinear", "urbanization_resident": "logistic", "share_0_14": "logistic", "share_15_59": "logistic",
                "share_60plus": "logistic", "share_65plus": "logistic", "household_size": "loglinear", "sex_ratio_total": "linear"}
COLUMNS = ("indicator", "model", "units", "n_units", "period", "median_change", "halfwidth_per_year", "p10_error", "p90_error", "use", "method")


def window_points(points: Sequence[Point], window: str, base_year: int | None) -> list[Point]:
    """The points of one window (see the module docstring)."""
    if window == "full":
        return list(points)
    if window == "since_2010":
        return [p for p in points if p.year >= 2010]
    if window == "intercensal":
        censuses = [c for c in CENSUS_YEARS if base_year is not None and c <= base_year]
        if len(censuses) < 2:
            return []
        return [p for p in points if censuses[-2] <= p.year <= censuses[-1]]
    raise ValueError(f"unknown window {window}")


def intercensal_label(base_year: int | None) -> str:
    censuses = [c for c in CENSUS_YEARS if base_year is not None and c <= base_year]
    return f"{censuses[-2]}–{censuses[-1]}" if len(censuses) >= 2 else "none"


def _quantiles(errors: np.ndarray) -> dict:
    errors = errors[np.isfinite(errors)]
    return {"n_units": len(errors), "halfwidth_per_year": float(np.quantile(np.abs(errors), PREDICTION_LEVEL)),
            "p10_error": float(np.quantile(errors, (1 - PREDICTION_LEVEL) / 2)), "p90_error": float(np.quantile(errors, (1 + PREDICTION_LEVEL) / 2))}


def spread_band(indicator: str, model: str, changes: np.ndarray, units: str, period: str, use: str = "band") -> dict:
    """A band row from per-year changes on the model scale: errors around their median."""
    changes = changes[np.isfinite(changes)]
    median = float(np.median(changes))
    return {"indicator": indicator, "model": model, "units": units, "period": period, "median_change": median, **_quantiles(changes - median), "use": use,
            "method": f"spread of {units}' change around the median (the naive extrapolation: every place changes at the typical pace), per year on the {model} scale"}


def backtest_row(indicator: str, errors: np.ndarray, units: str, period: str, use: str, method: str) -> dict:
    errors = errors[np.isfinite(errors)]
    return {"indicator": indicator, "model": "loglinear", "units": units, "period": period, "median_change": float(np.median(errors)),
            **_quantiles(errors), "use": use, "method": method}


def _provinces() -> pd.DataFrame:
    """Provincial population (万): 2005 first published, the 2010 and 2020 censuses, 2021–2024 first published."""
    from analysis.sources import pik_population
    from analysis.sources.leiii_census import county_table

    series = pik_population.read_series().pivot(index="province", columns="year", values="value")
    census = {f"c{year}": county_table(year).query("level == 'province'").set_index("name")["total"] / 1e4 for year in (2010, 2020)}
    return pd.DataFrame({"p2005": series[2005], **census, **{f"p{y}": series[y] for y in range(2021, 2025)}}).dropna()


def census_trend_backtest() -> np.ndarray:
    """Per-year log errors of the 2010–2020 census growth carried to 2021–2024, provinces × years."""
    frame = _provinces()
    growth = np.log(frame["c2020"] / frame["c2010"]) / 10
    errors = [(np.log(frame[f"p{y}"]) - (np.log(frame["c2020"]) + growth * (y - 2020))) / (y - 2020) for y in range(2021, 2025)]
    return np.concatenate([e.to_numpy() for e in errors])


def province_backtest() -> np.ndarray:
    """Per-year log errors of the two-point trend from the 2005 first-published figure and the
    2010 census, carried to the 2020 census, for the 31 provinces."""
    frame = _provinces()
    growth = np.log(frame["c2010"] / frame["p2005"]) / 5
    return ((np.log(frame["c2020"]) - (np.log(frame["c2010"]) + 10 * growth)) / 10).to_numpy()


@functools.cache
def empirical_bands() -> pd.DataFrame:
    """The bands table (``data/processed/bands.csv``): the ``band`` rows the ambition table uses
    and the ``context`` rows it does not (see the module docstring)."""
    from analysis.sources.leiii_census import prefecture_panel

    panel = prefecture_panel()
    rows = [backtest_row("pop_resident", census_trend_backtest(), "provinces", "2010–2020 census growth → 2021–2024", "band",
                         "back-test: each province's 2010–2020 census growth carried to its first-published 2021–2024 year-end figures; error per year of horizon (log)")]
    for indicator, column in PANEL.items():
        model = PANEL_MODELS[indicator]
        wide = panel.pivot(index="code", columns="year", values=column).dropna()
        wide = wide[[not forms.cannot_take(model, values) for values in wide[[2010, 2020]].to_numpy()]]
        changes = (forms.to_scale(model, wide[2020]) - forms.to_scale(model, wide[2010])) / 10
        rows.append(spread_band(indicator, model, np.asarray(changes, dtype=float), "prefectures", "2010–2020 (census panel)",
                                "context" if indicator == "pop_resident" else "band"))
    provinces = _provinces()
    rows.append(spread_band("pop_resident", "loglinear", (np.log(provinces["c2020"] / provinces["c2010"]) / 10).to_numpy(), "provinces", "2010–2020 (censuses)", "context"))
    rows.append(backtest_row("pop_resident", province_backtest(), "provinces", "2005 and 2010 → 2020", "context",
                             "back-test: two-point trend from the 2005 first-published figure and the 2010 census carried to the 2020 census (includes the census's revision of pre-census estimates); error per year of horizon (log)"))
    return pd.DataFrame(rows, columns=list(COLUMNS))


def band(indicator: str, model: str, projection: float, horizon: int, bands: pd.DataFrame | None = None) -> tuple[float, float, str] | None:
    """The empirical 80% band around ``projection`` ``horizon`` years ahead, or None when the
    indicator (on this model's scale) has none."""
    bands = empirical_bands() if bands is None else bands
    rows = bands[(bands["indicator"] == indicator) & (bands["use"] == "band") & (bands["model"] == model)]
    if rows.empty or horizon <= 0 or forms.cannot_take(model, [projection]):
        return None
    row = rows.iloc[0]
    centre = float(forms.to_scale(model, projection))
    width = float(row["halfwidth_per_year"]) * horizon
    low, high = sorted(float(v) for v in forms.from_scale(model, [centre - width, centre + width]))
    return low, high, f"empirical 80% band: {row['n_units']} {row['units']} {row['period']}, ±{float(row['halfwidth_per_year']):.4g} a year on the {model} scale × {horizon} years"
