"""Hamilton–Perry cohort-change-ratio projections of age structure, and their back-tests.

Age structure ten to fifteen years ahead is largely fixed by people already born, so a plan's
age-structure figures are judged against what the cohorts imply, not against a trend
(:mod:`analysis.demography.metrics`, "Age structure"). The Hamilton–Perry method (Hamilton & Perry
1962, *Social Forces* 41:163–170; Swanson, Schlottmann & Schmidt 2010, *Population Research and
Policy Review* 29:47–63; Smith, Tayman & Swanson 2013, ch. 8) projects five-year age groups by sex
from two censuses *k* = 10 years apart:

* cohort-change ratio ``CCR_x = P_x(t) / P_{x−10}(t−10)`` for the groups 10–14 … 80–84, and for the
  open group ``CCR_85+ = P_85+(t) / (P_75–79 + P_80–84 + P_85+)(t−10)``; the projection is
  ``P_x(t+10) = CCR_x × P_{x−10}(t)`` (and the open group from 75+);
* the youngest two groups from child–woman ratios at the launch year:
  ``P_0–4(t+10) = P_0–4(t) / W_15–44(t) × W_15–44(t+10)`` and
  ``P_5–9(t+10) = P_5–9(t) / W_20–49(t) × W_20–49(t+10)``, W the women of those ages (all persons
  where the data have no sex detail);
* a second step repeats the first on the projection (2040 from 2030). The ratios carry the
  2010–2020 mortality, migration and fertility forward; the method needs no vital rates, which is
  why it suits places without them.

2025 and 2035 lie between the ten-year steps: each age group is interpolated geometrically
(``P(2025) = (P(2020) × P(2030)) ** 0.5``), and so is any other target year. The places are the
plans' own (2010 and 2020 census yearbook tables, :func:`analysis.sources.leiii_census.population_by_age_sex`)
and the nation, which is also set beside the UN WPP 2022 medium variant.

**Back-tests** (:func:`backtests`). The census by prefecture has no third census with ages, so the
usual back-test (project 2020 from 2000 and 2010) is done where it exists and another where it
does not:

* *national, over time*: ratios from UN WPP 2022's estimates for 2000 and 2010 (the 2000 census by
  age is not among the bundled sources) project 2020, compared with the 2020 census;
* *across prefectures, over space*: each prefecture's 2020 age structure projected from its own
  2010 census with the 2010→2020 ratios of the rest of its province, compared with its 2020
  census — how far a place's cohort change departs from its region's.

The band around a place's projection is the 80th percentile of the absolute prefecture errors,
scaled by the horizon (``× (year − 2020) / 10``); it is the band a plan figure must fall within
to match the cohort projection (:func:`analysis.demography.metrics.cohort_class`).
"""

from __future__ import annotations

import functools
import math

import numpy as np
import pandas as pd

from analysis.demography.metrics import PREDICTION_LEVEL
from analysis.sources import leiii_census, un_wpp

AGE_STARTS = tuple(range(0, 90, 5))  # 0–4 … 80–84, 85+ (open)
STEP = 10
LAUNCH = 2020
YEARS = (2025, 2030, 2035)
#: Women's ages the two youngest groups are related to (child–woman ratios).
CHILD_REFERENCE = {0: (15, 44), 5: (20, 49)}
#: Measures derived from a projected age structure: indicator code → how.
MEASURES = ("share_0_14", "share_15_59", "share_16_59", "share_15_64", "share_60plus", "share_65plus", "share_80plus", "share_45_59_of_working_age", "dependency_total",
            "dependency_old", "dependency_child", "pop_resident", "pop_0_14", "pop_15_59", "pop_16_59", "pop_15_64", "pop_60plus", "pop_65plus", "pop_80plus")
COLUMNS = ("entity_code", "entity", "year", "measure", "value", "band", "wpp_value", "basis", "note")
BACKTEST_COLUMNS = ("test", "measure", "n_units", "mean_error", "median_abs_error", "p80_abs_error", "max_abs_error", "method")


Structure = dict  # sex ("male", "female" or "both") → population by group of AGE_STARTS (numpy array)


def structure(frame: pd.DataFrame) -> Structure:
    """A tidy ``sex, age_start, population`` frame as arrays by sex (groups from 85 on summed)."""
    out = {}
    for sex, rows in frame.groupby("sex"):
        groups = np.minimum(rows["age_start"].to_numpy(int), 85) // 5
        out[sex] = np.bincount(groups, weights=rows["population"].to_numpy(float), minlength=len(AGE_STARTS))[: len(AGE_STARTS)]
    return out


def frame_of(arrays: Structure) -> pd.DataFrame:
    """The inverse of :func:`structure`."""
    return pd.DataFrame({"sex": np.repeat(list(arrays), len(AGE_STARTS)), "age_start": np.tile(AGE_STARTS, len(arrays)),
                         "population": np.concatenate(list(arrays.values()))})


def _reference(arrays: Structure, ages: tuple[int, int]) -> float:
    women = arrays.get("female", arrays.get("both"))
    return float(sum(women[i] for i, start in enumerate(AGE_STARTS) if ages[0] <= start and start + 4 <= ages[1]))


def ratios(earlier: Structure, later: Structure) -> dict:
    """Cohort-change ratios over the interval and child–woman ratios at its end, by sex."""
    out = {}
    for sex in later:
        a, b = earlier[sex], later[sex]
        with np.errstate(divide="ignore", invalid="ignore"):
            ccr = np.concatenate([[np.nan, np.nan], b[2:-1] / a[:-3], [b[-1] / a[-3:].sum()]])
        cwr = {start: b[AGE_STARTS.index(start)] / _reference(later, ages) for start, ages in CHILD_REFERENCE.items()}
        out[sex] = {"ccr": ccr, "cwr": cwr}
    return out


def step(population: Structure, factors: dict) -> Structure:
    """One ten-year Hamilton–Perry step."""
    new = {}
    for sex, f in factors.items():
        current = population[sex]
        projected = np.zeros(len(AGE_STARTS))
        projected[2:-1] = f["ccr"][2:-1] * current[:-3]
        projected[-1] = f["ccr"][-1] * current[-3:].sum()
        new[sex] = projected
    for sex, f in factors.items():
        for start, ages in CHILD_REFERENCE.items():
            new[sex][AGE_STARTS.index(start)] = f["cwr"][start] * _reference(new, ages)
    return new


def project(earlier: Structure, later: Structure, steps: int = 2) -> list[Structure]:
    """The age structures ``STEP``, 2 × ``STEP`` … years after ``later``."""
    factors = ratios(earlier, later)
    out, current = [], later
    for _ in range(steps):
        current = step(current, factors)
        out.append(current)
    return out


def interpolate(frames: dict[int, Structure], year: int) -> Structure:
    """The age structure of ``year`` by geometric interpolation of each group between the nearest years."""
    years = sorted(frames)
    if year in frames:
        return frames[year]
    if not years[0] < year < years[-1]:
        raise ValueError(f"{year} is outside {years[0]}–{years[-1]}")
    low = max(y for y in years if y < year)
    high = min(y for y in years if y > year)
    share = (year - low) / (high - low)
    out = {}
    for sex in frames[low]:
        a, b = frames[low][sex], frames[high][sex]
        positive = (a > 0) & (b > 0)
        out[sex] = np.where(positive, np.abs(a) ** (1 - share) * np.abs(b) ** share, a + (b - a) * share)
    return out


def measures(arrays: Structure) -> dict[str, float]:
    """Shares (%), dependency ratios and counts (万) of an age structure.

    The definitions of :func:`analysis.sources.leiii_census.age_shares` (a test checks they agree),
    computed on the arrays; 16–59 is 15–59 less a fifth of 15–19 (ages spread evenly within the
    group); the share of 45–59 in the working age is 45–59 / 15–59 × 100."""
    by_age = sum(arrays.values())
    starts = np.array(AGE_STARTS)
    band = lambda low, high=200: float(by_age[(starts >= low) & (starts < high)].sum())  # noqa: E731
    total = float(by_age.sum())
    young, working59, working64, old60, old65, old80 = band(0, 15), band(15, 60), band(15, 65), band(60), band(65), band(80)
    sixteen_59 = working59 - float(by_age[AGE_STARTS.index(15)]) / 5
    return {
        "share_0_14": young / total * 100, "share_15_59": working59 / total * 100, "share_15_64": working64 / total * 100,
        "share_60plus": old60 / total * 100, "share_65plus": old65 / total * 100, "dependency_total": (young + old65) / working64 * 100,
        "dependency_old": old65 / working64 * 100, "dependency_child": young / working64 * 100,
        "share_16_59": sixteen_59 / total * 100, "share_80plus": old80 / total * 100, "share_45_59_of_working_age": band(45, 60) / working59 * 100,
        "pop_resident": total / 1e4, "pop_0_14": young / 1e4, "pop_15_59": working59 / 1e4, "pop_16_59": sixteen_59 / 1e4, "pop_15_64": working64 / 1e4,
        "pop_60plus": old60 / 1e4, "pop_65plus": old65 / 1e4, "pop_80plus": old80 / 1e4,
    }


def _census(code: str, year: int) -> Structure:
    return structure(leiii_census.population_by_age_sex(code, year))


@functools.cache
def _wpp(file: str) -> pd.DataFrame:
    return un_wpp.read_table(un_wpp.FOLDER / file)


def wpp_structure(year: int) -> Structure:
    """UN WPP 2022 population of China by five-year age group (both sexes, persons) in ``year``
    (estimates to 2021, medium variant after)."""
    for file in un_wpp.POPULATION:
        table = _wpp(file)
        rows = table[table["Year"] == year]
        if not rows.empty:
            record = rows.iloc[0]
            ages = [c for c in table.columns if c[:1].isdigit()]
            return structure(pd.DataFrame({"sex": "both", "age_start": [int(a.rstrip("+").split("-")[0]) for a in ages],
                                           "population": [float(record[a]) * 1000 for a in ages]}))
    raise KeyError(f"no WPP 2022 population for {year}")


@functools.cache
def place_projection(code: str) -> dict[int, Structure]:
    """Census 2020 and the Hamilton–Perry projections for 2030 and 2040 of one place."""
    earlier, later = _census(code, 2010), _census(code, LAUNCH)
    projected = project(earlier, later, steps=2)
    return {LAUNCH: later, LAUNCH + STEP: projected[0], LAUNCH + 2 * STEP: projected[1]}


@functools.cache
def place_measures(code: str, year: int) -> dict[str, float]:
    """Every measure of a place's projected (or 2020 census) age structure in ``year``."""
    return measures(interpolate(place_projection(code), year))


def value(code: str, measure: str, year: int) -> float:
    """One measure of a place's projected (or 2020 census) age structure in ``year``."""
    return place_measures(code, year)[measure]


# -- back-tests -----------------------------------------------------------------------------------------

def _summary(test: str, errors: dict[str, list[float]], method: str) -> list[dict]:
    rows = []
    for measure, values in errors.items():
        values = np.array(values, dtype=float)
        rows.append({"test": test, "measure": measure, "n_units": len(values), "mean_error": float(values.mean()),
                     "median_abs_error": float(np.median(np.abs(values))), "p80_abs_error": float(np.quantile(np.abs(values), PREDICTION_LEVEL)),
                     "max_abs_error": float(np.abs(values).max()), "method": method})
    return rows


SCORED = ("share_0_14", "share_15_59", "share_15_64", "share_60plus", "share_65plus", "dependency_total")


def national_backtest() -> dict[str, float]:
    """Projected minus census 2020, nation: ratios from WPP 2000 and 2010 (both sexes)."""
    projected = project(wpp_structure(2000), wpp_structure(2010), steps=1)[0]
    census = _census(leiii_census.NATION_CODE, 2020)
    got, observed = measures(projected), measures(census)
    return {measure: got[measure] - observed[measure] for measure in SCORED}


def prefecture_backtest() -> dict[str, list[float]]:
    """Projected minus census 2020 for every prefecture, with the rest of its province's ratios."""
    columns = {sex: [f"{sex}_{group}" for group in leiii_census.AGE_GROUPS] for sex in leiii_census.SEXES}

    def arrays(table: pd.DataFrame) -> dict[str, Structure]:
        values = {sex: table[columns[sex]].to_numpy(float) for sex in columns}
        return {code: {sex: values[sex][i] for sex in columns} for i, code in enumerate(table["code"])}

    panel = leiii_census.prefecture_panel()
    stable = set(panel.loc[(panel["year"] == 2010) & (panel["boundary_note"] == ""), "code"])
    own, provinces = {}, {}
    for year in (2010, 2020):
        table = leiii_census.county_table(year)
        own[year] = arrays(table[table["level"] == "prefecture"].drop_duplicates("code", keep=False))
        provinces[year] = arrays(table[table["level"] == "province"])
    errors: dict[str, list[float]] = {measure: [] for measure in SCORED}
    for code in sorted(set(own[2010]) & set(own[2020]) & stable):
        province = f"{code[:2]}0000"
        if province not in provinces[2010] or province not in provinces[2020]:
            continue
        rest = {year: {sex: provinces[year][province][sex] - own[year][code][sex] for sex in columns} for year in (2010, 2020)}
        if min(sum(float(v.sum()) for v in rest[year].values()) for year in rest) <= 0:
            continue
        projected = step(own[2010][code], ratios(rest[2010], rest[2020]))
        got, observed = measures(projected), measures(own[2020][code])
        for measure in SCORED:
            errors[measure].append(got[measure] - observed[measure])
    return errors


@functools.cache
def backtests() -> pd.DataFrame:
    """The back-test table (``data/processed/cohort_backtest.csv``)."""
    national = national_backtest()
    rows = _summary("nation, 2000–2010 ratios → 2020", {m: [v] for m, v in national.items()},
                    "UN WPP 2022 estimates for 2000 and 2010 (both sexes) projected to 2020 by Hamilton–Perry; error = projection − 2020 census (points)")
    rows += _summary("prefectures, rest-of-province ratios 2010 → 2020", prefecture_backtest(),
                     "each prefecture's 2010 census projected to 2020 with the 2010→2020 ratios of the rest of its province; error = projection − its 2020 census (points)")
    return pd.DataFrame(rows, columns=list(BACKTEST_COLUMNS))


#: Measures whose band is another's (16–59 is 15–59 less a fifth of one group).
BAND_PROXY = {"share_16_59": "share_15_59"}


def band(measure: str, year: int, national: bool = False, table: pd.DataFrame | None = None) -> float | None:
    """Half-width of the cohort projection's band for a share or ratio in ``year`` (points): the
    80th percentile of the prefecture back-test's absolute errors (for the nation its own
    back-test error), × (year − 2020) / 10; None for a measure without a back-test."""
    errors = _band_errors(national) if table is None else _errors_of(table, national)
    found = errors.get(BAND_PROXY.get(measure, measure))
    return None if found is None else found * abs(year - LAUNCH) / STEP


def _errors_of(table: pd.DataFrame, national: bool) -> dict[str, float]:
    rows = table[table["test"].str.startswith("nation" if national else "prefectures")]
    return dict(zip(rows["measure"], rows["max_abs_error" if national else "p80_abs_error"].astype(float)))


@functools.cache
def _band_errors(national: bool) -> dict[str, float]:
    return _errors_of(backtests(), national)


def band_of(code: str, measure: str, year: int, national: bool = False) -> float | None:
    """:func:`band` for shares and ratios; for a count (pop_15_64 …) the relative band of its share
    and the empirical band of the population total (:mod:`analysis.model.uncertainty`) combined in
    quadrature, × the count: count = share × total, so on the log scale the two errors add as
    independent variances (``√(a² + b²)``, the first-order variance of a product: Goodman 1960,
    *JASA* 55:708), not as a sum ``a + b``, which widened the band until Chongqing's 2440万 aged
    15–64 in 2027 "matched" a projection of 2192万."""
    if not measure.startswith("pop_"):
        return band(measure, year, national)
    from analysis.model.uncertainty import empirical_bands

    share = band("share_" + measure.removeprefix("pop_"), year, national)
    rows = empirical_bands()
    total = rows[(rows["indicator"] == "pop_resident") & (rows["use"] == "band")]
    if share is None or total.empty:
        return None
    relative = math.hypot(share / value(code, "share_" + measure.removeprefix("pop_"), year), math.expm1(float(total.iloc[0]["halfwidth_per_year"]) * abs(year - LAUNCH)))
    return relative * value(code, measure, year)


def wpp_value(measure: str, year: int) -> float:
    """The UN WPP 2022 figure (medium variant after 2021) of a measure for China."""
    return measures(wpp_structure(year))[measure]


@functools.cache
def projection_table(places: tuple[tuple[str, str], ...]) -> pd.DataFrame:
    """``data/processed/cohort.csv``: each place's 2020 census and its projections for :data:`YEARS`,
    every measure, with the band and (nation) the WPP medium variant."""
    rows = []
    for code, entity in (*places, (leiii_census.NATION_CODE, "中国")):
        frames = place_projection(code)
        for year in (LAUNCH, *YEARS):
            got = place_measures(code, year)
            wpp = measures(wpp_structure(year)) if code == leiii_census.NATION_CODE else {}
            for measure in MEASURES:
                width = band_of(code, measure, year, national=code == leiii_census.NATION_CODE) if year > LAUNCH else None
                rows.append({
                    "entity_code": code, "entity": entity, "year": year, "measure": measure, "value": got[measure],
                    "band": width, "wpp_value": wpp.get(measure),
                    "basis": "census 2020 (yearbook age table)" if year == LAUNCH else "Hamilton–Perry from the 2010 and 2020 censuses",
                    "note": "" if year in frames else f"interpolated geometrically between {max(y for y in frames if y < year)} and {min(y for y in frames if y > year)}",
                })
    return pd.DataFrame(rows, columns=list(COLUMNS))
