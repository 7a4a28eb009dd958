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

**Child–woman ratios anchored on observed births** (:func:`anchor`). The 2020 ratios carry the
births of 2016–2020 forward, and births fell by a quarter from 2020 to 2023 in China (8.52‰ and
6.39‰ of about 141,100万: 1202万 and 901万). Both ratios are rescaled by one factor so that the 0–4 group matches the births
observed after the census: ``s = (5 × B̄ / W_15–44(t̄)) / CWR_0–4(2020)``, B̄ the mean annual
births of the observed years 2021–2024 (birth rate × the year's population, :func:`births`), t̄
their mean year, W_15–44(t̄) the women of those ages then (geometric interpolation between the
census and the projection); ``CWR* = s × CWR`` (the fertility per woman of 2021–2024 held
constant; rescaling the ratios to a target is the usual way of putting a fertility assumption
into Hamilton–Perry (Baker, Swanson, Tayman & Tedrow 2017, *Cohort Change Ratios and their
Applications*, Springer; Swanson, Schlottmann & Schmidt 2010). Births are the place's own
where the bundled statistics give its birth rate after 2020 (Chongqing 2021–2023; Lianyungang,
Luzhou and Suining 2022), else the nation's factor (WDI's NBS rates 2021–2024) applied to the
place; deaths under five are ignored (infant mortality 4.8‰ in 2022, WDI: about 1% of the group at most). The
0–4 group of 2025 is the anchored ratio × its women in 2025, and the 5–9 group of 2025 the 2020
0–4 group × the square root of its ten-year ratio to 10–14 (half of the cohort's change); other
groups of 2025 and 2035, and any other year, are interpolated geometrically between the steps
(``P(2025) = (P(2020) × P(2030)) ** 0.5``).

**The 2010 child under-count** (:func:`undercount`). China's censuses miss young children
(Goodkind 2011, "Child underreporting, fertility, and sex ratio imbalance in China", *Demography*
48:291–316, measures it by intercensal comparison of the same cohorts). The same comparison on
the 2010 and 2020 censuses: the nation has almost no international migration and few deaths
below age 20, so its ratio ``P_10–14(2020) / P_0–4(2010)`` would be about 1, but is 1.11 (boys)
and 1.15 (girls); for ``P_15–19(2020) / P_5–9(2010)`` 1.02 and 1.04: the 2010 census missed about
a tenth of its children under five and a few per cent of those aged 5–9. Left in, the inflated
ratios carry the under-count forward as growth. Each place's two young-age ratios are divided by
the nation's (by sex), ``CCR*_x = CCR_x / CCR_x,nation`` for x = 10–14, 15–19: the national
ratios become 1 (the few deaths below age 20 over the decade are not subtracted), and a place
keeps its departure from the nation (migration of children).

The places are the plans' own (2010 and 2020 census yearbook tables, :func:`analysis.sources.leiii_census.population_by_age_sex`)
and the nation, which is also set beside the UN WPP 2022 medium variant.

**Back-tests** (:func:`backtests`). The census by prefecture has no third census with ages, so the
usual back-test (project 2020 from 2000 and 2010) is done where it exists and another where it
does not:

* *national, over time*: ratios from UN WPP 2022's estimates for 2000 and 2010 (the 2000 census by
  age is not among the bundled sources) project 2020, compared with the 2020 census;
* *across prefectures, over space*: each prefecture's 2020 age structure projected from its own
  2010 census with the 2010→2020 ratios of the rest of its province, compared with its 2020
  census — how far a place's cohort change departs from its region's.

* *national, over time, across a fertility change*: the same, with the child–woman ratios of
  2010 anchored on the births of 2011–2014 (WDI's NBS birth rates, the series revised after the
  2020 census — hindsight a planner in 2015 lacked) — and fertility then rose with the two-child
  policy of 2016, so the test shows what anchoring on four years does when fertility changes.
  The 2000 and 2010 estimates of WPP 2022 already correct the census under-count, so no
  correction is applied there. What cannot be back-tested: the anchoring and the under-count
  correction by place over time (no third census with ages by prefecture, and no prefecture
  births before 2021 are bundled).

The band around a place's projection is the 80th percentile of the absolute prefecture errors,
scaled by the horizon (``× (year − 2020) / 10``); it is the band a plan figure must fall within
to match the cohort projection (:func:`analysis.demography.metrics.cohort_class`). For the
nation it is the anchored national back-test's error. A count's band combines its share's and
the total's relative errors in quadrature (:func:`band_of`), the total's from the calibrated
population distribution.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

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


# -- births after the census, and the 2010 under-count ------------------------------------------------------

#: Years whose births anchor the child–woman ratios (after the 2020 census).
BIRTH_YEARS = tuple(range(2021, 2025))
#: Cohort-change ratios corrected for the 2010 census's under-count of children: the groups of 2020
#: that were aged 0–4 and 5–9 in 2010.
UNDERCOUNT_GROUPS = (10, 15)
#: Vintages of official figures that may anchor births (never model estimates or revised series).
_BIRTH_VINTAGES = ("first_published", "census_communique", "census_yearbook")


@dataclass(frozen=True)
class Births:
    """Mean annual births (persons) of the observed years, and how they were obtained."""
    years: tuple[int, ...]
    per_year: float
    source: str

    @property
    def mean_year(self) -> float:
        return float(np.mean(self.years))


def _population_in(rows: pd.DataFrame, year: int) -> tuple[float, str] | None:
    """A place's population (万) in ``year``: its mid-year figure, else the mean of the year-ends
    either side, else the nearest official count (census or year-end)."""
    rows = rows.sort_values(["year", "reference_date", "source_id", "locator"], kind="mergesort")
    mid = rows[(rows["year"] == year) & rows["reference_date"].str.endswith("-07-01")]
    if not mid.empty:
        return float(mid.iloc[0]["value"]), f"mid-year {year} {float(mid.iloc[0]['value']):g}万"
    ends = {y: rows[(rows["year"] == y) & rows["reference_date"].str.endswith("-12-31")] for y in (year - 1, year)}
    if all(not e.empty for e in ends.values()):
        a, b = (float(ends[y].iloc[0]["value"]) for y in (year - 1, year))
        return (a + b) / 2, f"mean of year-ends {year - 1} and {year} ({a:g}, {b:g}万)"
    if rows.empty:
        return None
    nearest = rows.iloc[int(np.argmin(np.abs(rows["year"].to_numpy() - year)))]
    return float(nearest["value"]), f"{int(nearest['year'])} {float(nearest['value']):g}万 (nearest count)"


def births(observations: pd.DataFrame, code: str) -> Births | None:
    """Mean annual births of :data:`BIRTH_YEARS` in a place: each year's official crude birth rate
    (‰, first published) × its population (:func:`_population_in`); None without a birth rate."""
    own = observations[(observations["entity_code"].astype(str) == code) & observations["vintage"].isin(_BIRTH_VINTAGES)]
    own = own.assign(year=own["year"].astype(int), value=own["value"].astype(float))
    rates = own[(own["indicator"] == "birth_rate") & own["year"].isin(BIRTH_YEARS)].sort_values(["year", "source_id", "locator"], kind="mergesort").drop_duplicates("year")
    population = own[(own["indicator"] == "pop_resident") & (own["basis"] != "model_estimate")]
    years, counts, parts = [], [], []
    for rate in rates.itertuples():
        found = _population_in(population, rate.year)
        if found is None:
            continue
        years.append(rate.year)
        counts.append(rate.value / 1000 * found[0] * 1e4)
        parts.append(f"{rate.year}: {rate.value:g}‰ × {found[1]} = {counts[-1] / 1e4:.2f}万 ({rate.source_id} {rate.locator})")
    if not years:
        return None
    return Births(tuple(years), float(np.mean(counts)), "; ".join(parts))


@functools.cache
def _observations() -> pd.DataFrame:
    from analysis.sources.observations import load

    return load()


@functools.cache
def undercount() -> dict[str, dict[int, float]]:
    """The nation's cohort-change ratios of the young groups (:data:`UNDERCOUNT_GROUPS`), 2010 → 2020,
    by sex: the 2010 census's under-count of children (about 1 without it; see the module docstring)."""
    factors = ratios(_census(leiii_census.NATION_CODE, 2010), _census(leiii_census.NATION_CODE, LAUNCH))
    return {sex: {start: float(f["ccr"][AGE_STARTS.index(start)]) for start in UNDERCOUNT_GROUPS} for sex, f in factors.items()}


def corrected(factors: dict, national: dict[str, dict[int, float]]) -> dict:
    """The factors with the young-age cohort-change ratios divided by the nation's (by sex)."""
    out = {}
    for sex, f in factors.items():
        ccr = f["ccr"].copy()
        for start, ratio in national.get(sex, {}).items():
            ccr[AGE_STARTS.index(start)] /= ratio
        out[sex] = {"ccr": ccr, "cwr": dict(f["cwr"])}
    return out


def anchor(factors: dict, later: Structure, launch: int, observed: Births) -> float:
    """The factor ``s`` that rescales the child–woman ratios to observed births (module docstring):
    ``(5 × B̄ / W_15–44(t̄)) / CWR_0–4``, the women interpolated between ``launch`` and the next step."""
    following = step(later, factors)
    women = {year: _reference(frame, CHILD_REFERENCE[0]) for year, frame in ((launch, later), (launch + STEP, following))}
    share = (observed.mean_year - launch) / STEP
    at = women[launch] ** (1 - share) * women[launch + STEP] ** share
    children = sum(later[sex][0] for sex in later)
    return (5 * observed.per_year / at) / (children / women[launch])


def rescaled(factors: dict, scale: float) -> dict:
    return {sex: {"ccr": f["ccr"], "cwr": {start: value * scale for start, value in f["cwr"].items()}} for sex, f in factors.items()}


@dataclass(frozen=True)
class Anchor:
    """How a place's child–woman ratios were anchored: the factor, and the births it rests on."""
    scale: float
    births: Births | None
    own: bool

    def describe(self) -> str:
        if self.births is None:
            return "no births observed after 2020: child–woman ratios of 2020 unanchored"
        whose = "its own births" if self.own else "the nation's births (none of its own after 2020 are bundled)"
        years = f"{self.births.years[0]}–{self.births.years[-1]}" if len(self.births.years) > 1 else str(self.births.years[0])
        return f"child–woman ratios × {self.scale:.3f} to {whose} of {years}: {self.births.per_year / 1e4:.2f}万 a year"


@functools.cache
def place_anchor(code: str) -> Anchor:
    """The anchoring factor of a place: from its own births, else the nation's factor."""
    earlier, later = _census(code, 2010), _census(code, LAUNCH)
    factors = corrected(ratios(earlier, later), undercount())
    own = births(_observations(), code)
    if own is not None:
        return Anchor(anchor(factors, later, LAUNCH, own), own, True)
    if code == leiii_census.NATION_CODE:
        return Anchor(1.0, None, False)
    national = place_anchor(leiii_census.NATION_CODE)
    return Anchor(national.scale, national.births, False)


@functools.cache
def place_projection(code: str) -> dict[int, Structure]:
    """Census 2020 and the Hamilton–Perry projections for 2025 (the young groups from observed
    births), 2030 and 2040 of one place: under-count-corrected cohort-change ratios, child–woman
    ratios anchored on births after 2020 (see the module docstring)."""
    earlier, later = _census(code, 2010), _census(code, LAUNCH)
    factors = rescaled(corrected(ratios(earlier, later), undercount()), place_anchor(code).scale)
    projected = project_with(factors, later, steps=2)
    frames = {LAUNCH: later, LAUNCH + STEP: projected[0], LAUNCH + 2 * STEP: projected[1]}
    return {**frames, LAUNCH + STEP // 2: half_step(frames, factors)}


def project_with(factors: dict, later: Structure, steps: int) -> list[Structure]:
    out, current = [], later
    for _ in range(steps):
        current = step(current, factors)
        out.append(current)
    return out


HALF_STEP_NOTE = "0–4 from the anchored child–woman ratio, 5–9 from the 2020 0–4 group by half its cohort's ratio; other groups interpolated geometrically between 2020 and 2030"


def half_step(frames: dict[int, Structure], factors: dict) -> Structure:
    """The structure five years after the launch: every group interpolated geometrically, except
    0–4 (the anchored child–woman ratio × the women then) and 5–9 (the launch's 0–4 × the square
    root of its cohort's ten-year ratio)."""
    middle = interpolate({y: frames[y] for y in (LAUNCH, LAUNCH + STEP)}, LAUNCH + STEP // 2)
    middle = {sex: values.copy() for sex, values in middle.items()}
    for sex, f in factors.items():
        middle[sex][AGE_STARTS.index(5)] = frames[LAUNCH][sex][0] * math.sqrt(f["ccr"][AGE_STARTS.index(10)])
    women = middle
    for sex, f in factors.items():
        middle[sex][0] = f["cwr"][0] * _reference(women, CHILD_REFERENCE[0])
    return middle


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


#: Years whose births anchor the national back-test launched in 2010 (the four after the launch, as
#: 2021–2024 after 2020).
BACKTEST_BIRTH_YEARS = tuple(range(2011, 2015))


def backtest_births(observations: pd.DataFrame) -> Births:
    """The nation's mean annual births of :data:`BACKTEST_BIRTH_YEARS`: WDI's NBS birth rates (the
    series revised after the 2020 census, the only one bundled for these years) × WDI's mid-year
    population of the same vintage."""
    rows = observations[(observations["entity_code"].astype(str) == leiii_census.NATION_CODE) & (observations["source_id"] == "wdi")]
    rows = rows.assign(year=rows["year"].astype(int), value=rows["value"].astype(float))
    years, counts, parts = [], [], []
    for year in BACKTEST_BIRTH_YEARS:
        rate = rows[(rows["indicator"] == "birth_rate") & (rows["year"] == year)].iloc[0]
        population = rows[(rows["indicator"] == "pop_resident") & (rows["year"] == year)].iloc[0]
        years.append(year)
        counts.append(rate["value"] / 1000 * population["value"] * 1e4)
        parts.append(f"{year}: {rate['value']:g}‰ × {population['value']:g}万 ({rate['vintage']}, wdi {rate['locator']})")
    return Births(tuple(years), float(np.mean(counts)), "; ".join(parts))


def national_backtest(anchored: bool = False) -> dict[str, float]:
    """Projected minus census 2020, nation: ratios from WPP 2000 and 2010 (both sexes); with
    ``anchored`` the child–woman ratios rescaled to the births of 2011–2014."""
    earlier, later = wpp_structure(2000), wpp_structure(2010)
    factors = ratios(earlier, later)
    if anchored:
        factors = rescaled(factors, anchor(factors, later, 2010, backtest_births(_observations())))
    projected = step(later, factors)
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
    scale = anchor(ratios(wpp_structure(2000), wpp_structure(2010)), wpp_structure(2010), 2010, backtest_births(_observations()))
    rows += _summary(NATIONAL_BAND_TEST, {m: [v] for m, v in national_backtest(anchored=True).items()},
                     f"as above, the child–woman ratios of 2010 × {scale:.3f} to the births of 2011–2014 (WDI: NBS birth rates revised after the 2020 census × mid-year population); "
                     "fertility then rose with the two-child policy of 2016; error = projection − 2020 census (points)")
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


#: The back-test whose error is the nation's band (the method used for the places: anchored ratios).
NATIONAL_BAND_TEST = "nation, 2000–2010 ratios anchored on births 2011–2014 → 2020"


def _errors_of(table: pd.DataFrame, national: bool) -> dict[str, float]:
    rows = table[table["test"] == NATIONAL_BAND_TEST] if national else table[table["test"].str.startswith("prefectures")]
    return dict(zip(rows["measure"], rows["max_abs_error" if national else "p80_abs_error"].astype(float)))


@functools.cache
def _band_errors(national: bool) -> dict[str, float]:
    return _errors_of(backtests(), national)


def band_of(code: str, measure: str, year: int, national: bool = False) -> float | None:
    """:func:`band` for shares and ratios; for a count (pop_15_64 …) the relative band of its share
    and the relative error of the population total from the calibrated distribution of its size
    class and horizon (:func:`analysis.model.calibration.total_relative_error`: half the 10–90%
    range of the provinces' back-tested errors, compounded; it replaced the symmetric ±1.04% a year
    of :mod:`analysis.model.uncertainty`) combined in quadrature, × the count: count = share × total, so on the log scale the two errors add as
    independent variances (``√(a² + b²)``, the first-order variance of a product: Goodman 1960,
    *JASA* 55:708), not as a sum ``a + b``, which widened the band until Chongqing's 2440万 aged
    15–64 in 2027 "matched" a projection of 2192万 (2188万 anchored on births)."""
    if not measure.startswith("pop_"):
        return band(measure, year, national)
    from analysis.model.calibration import total_relative_error

    share = band("share_" + measure.removeprefix("pop_"), year, national)
    if share is None:
        return None
    total, _ = total_relative_error(value(code, "pop_resident", LAUNCH), abs(year - LAUNCH))
    relative = math.hypot(share / value(code, "share_" + measure.removeprefix("pop_"), year), total)
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
                    "basis": "census 2020 (yearbook age table)" if year == LAUNCH else
                             f"Hamilton–Perry from the 2010 and 2020 censuses (young-age ratios corrected for the 2010 under-count; {place_anchor(code).describe()})",
                    "note": HALF_STEP_NOTE if year == LAUNCH + STEP // 2 else "" if year in frames else
                            f"interpolated geometrically between {max(y for y in frames if y < year)} and {min(y for y in frames if y > year)}",
                })
    return pd.DataFrame(rows, columns=list(COLUMNS))
