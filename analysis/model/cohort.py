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
place; deaths under five are ignored (infant mortality 4.8‰ in 2022, WDI: about 1% of the group at most).

**Half steps and the years between** (:func:`half_step`, :func:`interpolate`). The method moves in
steps of the intercensal interval (ten years); 2025 and 2035 are half steps taken along the
cohorts: each cohort aged 5–79 moves on five years by the centred half of its ten-year ratios
(``P_x(t+5) = P_{x−5}(t) × (CCR_x × CCR_{x+5}) ** (1/4)``), 0–4 is the anchored child–woman ratio ×
the women then, 5–9 the 0–4 of five years before × the square root of its ratio, and only 80–84
and 85+ (whose cohorts leave the table's ages) are interpolated geometrically at fixed ages. Any
other year is interpolated linearly between these five-year nodes. Interpolating every group of
2025 geometrically at fixed ages between 2020 and 2030, as before, put the nation's 2025 total at
136,996万; the half step with the same ratios gives 139,395万 (1.8% more): cohort bulges move
through fixed ages, and the sum of the groups' geometric means is below the geometric mean of the
sums (1,850万 of the difference).

**Census coverage, 2010 → 2020** (:func:`coverage`). China's censuses miss young children
(Goodkind 2011, "Child underreporting, fertility, and sex ratio imbalance in China", *Demography*
48:291–316, measures it by intercensal comparison of the same cohorts), and their coverage of
young adults changed between 2010 and 2020. The same comparison on the 2010 and 2020 censuses:
the nation has almost no international migration, so a cohort's national ratio over the decade
is its survival, which UN WPP 2022's estimates for 2010 and 2020 (which correct the censuses'
under-counts) put at 0.981–0.995 for the cohorts aged 0–39 in 2010. The census ratios are 1.11/1.15
(boys/girls, 10–14 of 2020 to 0–4 of 2010) and 1.02/1.04 (15–19): the 2010 census missed about a
tenth of its children under five and a few per cent of those aged 5–9; and 0.93/0.91 (25–29 of
2020 to 15–19 of 2010), 1.00/0.95 (30–34), 1.00/0.96 (35–39), 0.96/0.95 (40–44): the 2020 census
counted fewer of the young adults than the 2010 census had. Left in, the ratios carry the
coverage change forward as growth (children) and as loss (adults): correcting the adults raises
the nation's 2030 total by 1,220万 (137,079 → 138,297万); with the fixed-age interpolation of 2025
(above) they had put the anchored national total of 2025 at 136,996万 against 140,628万 at the end
of 2024 (NBS's 140,828万 less the 200万 servicemen the census age tables leave out). Each place's ratios of the groups
aged 10–49 in 2020 (:data:`COVERAGE_GROUPS`) are divided by the nation's coverage factor (by sex),
``CCR*_x = CCR_x / (CCR_x,nation / S_x)``, S_x the WPP ratio (both sexes; the sexes' mortality
differs by less than 1% over the decade at these ages): the national ratios become the cohorts'
survival, and a place keeps its departure from the nation (migration). This is the usual
adjustment of cohort-change ratios for differential census coverage (Swanson, Schlottmann &
Schmidt 2010; Baker et al. 2017 on adjusting the ratios) applied where the national ratio can
only be coverage; the young groups were so corrected before (to 1, deaths ignored), the adults
were not. Above 50 the ratios are left as counted (mortality dominates; the decade's survival is
the method's assumption). The open group's ratio, ``85+ / 75+`` ten years before, is the standard
terminal-group rule; the nation's projects 2,305万 aged 85+ in 2030 against WPP's 1,948万 (1.49
and 1.45 times their 2020 bases): slightly high, not low.

The places are the plans' own (2010 and 2020 census yearbook tables, :func:`analysis.sources.leiii_census.population_by_age_sex`)
and the nation, which is also set beside the UN WPP 2022 medium variant.

**Back-tests** (:meth:`Projections.backtests`). The census by prefecture has no third census with ages, so the
usual back-test (project 2020 from 2000 and 2010) is done where it exists and another where it
does not:

* *national, over time*: ratios from UN WPP 2022's estimates for 2000 and 2010 (the 2000 census by
  age is not among the bundled sources) project 2020, compared with the 2020 census;
* *across prefectures, over space*: each prefecture's 2020 age structure projected from its own
  2010 census with the 2010→2020 ratios of the rest of its province, compared with its 2020
  census — how far a place's cohort change departs from its region's.

* *national, after the census*: the projection read at the dates of the official national
  figures after 2020 (:func:`recent_backtest`): the total at the end of 2024 (NBS) and mid-2025
  (NBS via WDI), less the servicemen, and the shares aged 60+ and 65+ at the end of 2024;

* *national, over time, across a fertility change*: the same, with the child–woman ratios of
  2010 anchored on the births of 2011–2014 (WDI's NBS birth rates, the series revised after the
  2020 census — hindsight a planner in 2015 lacked) — and fertility then rose with the two-child
  policy of 2016, so the test shows what anchoring on four years does when fertility changes.
  The 2000 and 2010 estimates of WPP 2022 already correct the census under-count, so no
  correction is applied there. What cannot be back-tested: the anchoring and the coverage
  correction by place over time (no third census with ages by prefecture, and no prefecture
  births before 2021 are bundled).

The band around a place's projection is the 80th percentile of the absolute prefecture errors,
scaled by the horizon (``× (year − 2020) / 10``); it is the band a plan figure must fall within
to match the cohort projection (:func:`analysis.demography.metrics.cohort_class`). For the
nation it is the anchored national back-test's error. A count's band combines its share's and
the total's relative errors in quadrature (:meth:`Projections.band_of`), the total's from the calibrated
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


def interpolate(frames: dict[int, Structure], year: float) -> Structure:
    """The age structure of ``year`` by linear interpolation of each group between the nearest years
    (five years apart: the launch and the half and full steps, see the module docstring), so the
    total is interpolated linearly too. Geometric interpolation of each group at fixed ages, used
    before, lost population between the nodes: the sum of geometric means is below the geometric
    mean of the sums (Hölder's inequality) when cohort bulges move through fixed ages in opposite
    directions — 1,850万 (1.3%) of the nation's 2025 total when 2025 was itself interpolated
    between 2020 and 2030."""
    years = sorted(frames)
    if year in frames:
        return frames[year]
    if not years[0] < year < years[-1]:
        raise ValueError(f"{year} is outside {years[0]}–{years[-1]}")
    low = max(y for y in years if y < year)
    high = min(y for y in years if y > year)
    share = (year - low) / (high - low)
    return {sex: frames[low][sex] + (frames[high][sex] - frames[low][sex]) * share for sex in frames[low]}


def geometric(a: np.ndarray, b: np.ndarray, share: float) -> np.ndarray:
    """Geometric interpolation of each group (linear where a group is not positive at both ends)."""
    positive = (a > 0) & (b > 0)
    return np.where(positive, np.abs(a) ** (1 - share) * np.abs(b) ** share, a + (b - a) * share)


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


# -- births after the census, and the change in census coverage 2010 → 2020 ----------------------------------

#: Years whose births anchor the child–woman ratios (after the 2020 census).
BIRTH_YEARS = tuple(range(2021, 2025))
#: Cohort-change ratios corrected for the change in census coverage between 2010 and 2020: the groups
#: of 2020 aged 10 to 49 (aged 0–39 in 2010), the cohorts whose national ratio is a coverage measure —
#: their deaths over the decade are under 2% (UN WPP 2022's 2010 → 2020 ratios are 0.981–0.995) and
#: the nation's net international migration is a few per ten thousand a year, while the census
#: ratios run from 0.91 to 1.15. Above 50 the decade's mortality dominates the ratio, and the census
#: ratios are the method's assumption (the decade's survival carried forward).
COVERAGE_GROUPS = tuple(range(10, 50, 5))
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
def survival() -> dict[int, float]:
    """UN WPP 2022's cohort-change ratios of :data:`COVERAGE_GROUPS` from its estimates for 2010 and
    2020 (both sexes): the cohorts' survival with net migration, the censuses' coverage corrected."""
    earlier, later = wpp_structure(2010)["both"], wpp_structure(LAUNCH)["both"]
    return {start: float(later[AGE_STARTS.index(start)] / earlier[AGE_STARTS.index(start) - 2]) for start in COVERAGE_GROUPS}


@functools.cache
def census_ratios() -> dict[str, dict[int, float]]:
    """The nation's census cohort-change ratios of :data:`COVERAGE_GROUPS`, 2010 → 2020, by sex (the
    2020 group over the group ten years younger in 2010), as counted: about the survival
    (:func:`survival`) if the two censuses covered the cohort alike."""
    factors = ratios(_census(leiii_census.NATION_CODE, 2010), _census(leiii_census.NATION_CODE, LAUNCH))
    return {sex: {start: float(f["ccr"][AGE_STARTS.index(start)]) for start in COVERAGE_GROUPS} for sex, f in factors.items()}


@functools.cache
def coverage() -> dict[str, dict[int, float]]:
    """The nation's census cohort-change ratios of :data:`COVERAGE_GROUPS` (:func:`census_ratios`)
    divided by their survival (:func:`survival`): the change in census coverage of each cohort (1
    without it; see the module docstring)."""
    return {sex: {start: ratio / survival()[start] for start, ratio in by_start.items()} for sex, by_start in census_ratios().items()}


def corrected(factors: dict, national: dict[str, dict[int, float]]) -> dict:
    """The factors with the cohort-change ratios of :data:`COVERAGE_GROUPS` divided by the nation's
    coverage factors (by sex)."""
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


def project_with(factors: dict, later: Structure, steps: int) -> list[Structure]:
    out, current = [], later
    for _ in range(steps):
        current = step(current, factors)
        out.append(current)
    return out


HALF_STEP_NOTE = ("half step: each cohort aged 5–79 moved on five years by the centred half of its ten-year ratios, "
                  "0–4 from the anchored child–woman ratio, 80–84 and 85+ interpolated geometrically")


def half_step(start: Structure, end: Structure, factors: dict) -> Structure:
    """The structure five years after ``start`` (a launch or a step; ``end`` ten years after it),
    moved along the cohorts, not interpolated at fixed ages:

    * a cohort aged x − 5 at the start is aged x five years on: ``P_x(t+5) = P_{x−5}(t) × r_x``
      with the centred half-step ratio ``r_x = (CCR_x × CCR_{x+5}) ** (1/4)`` for x = 10 … 75 — the
      five years from x − 5 to x are the second half of the ten covered by ``CCR_x`` (x − 10 → x)
      and the first half of those covered by ``CCR_{x+5}`` (x − 5 → x + 5), so each ratio's square
      root is taken and the two averaged geometrically (Hamilton–Perry projects only in steps of
      the intercensal interval, and the years between are interpolated: Swanson, Schlottmann &
      Schmidt 2010, PRPR 29:47–63; Baker, Swanson, Tayman & Tedrow 2017, ch. 2). ``sqrt(CCR_{x+5})``
      alone (the cohort's geometric mean between t and t + 10) would charge the five years the
      mortality of the older half;
    * 5–9: the start's 0–4 × the square root of its ten-year ratio (no ratio before 0–4 exists);
    * 0–4: the (anchored) child–woman ratio × the women aged 15–44 then;
    * 80–84 and 85+ geometrically at fixed ages between ``start`` and ``end``: their cohorts leave
      the table's ages (85+ is open), and the open group's ten-year ratio (75+ → 85+) halved would
      charge the five years from 75 the mortality of the ages 80–95.

    The fixed-age interpolation this replaces put the nation's 2025 total 2,400万 (1.7%) lower with
    the same ratios (see the module docstring)."""
    middle = {sex: geometric(start[sex], end[sex], 0.5) for sex in start}
    for sex, f in factors.items():
        ccr = f["ccr"]
        middle[sex][1] = start[sex][0] * math.sqrt(ccr[2])
        for i in range(2, AGE_STARTS.index(80)):
            middle[sex][i] = start[sex][i - 1] * (ccr[i] * ccr[i + 1]) ** 0.25
    for sex, f in factors.items():
        middle[sex][0] = f["cwr"][0] * _reference(middle, CHILD_REFERENCE[0])
    return middle


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


def national_backtest(anchored_on: Births | None = None) -> dict[str, float]:
    """Projected minus census 2020, nation: ratios from WPP 2000 and 2010 (both sexes); with
    ``anchored_on`` (the births of 2011–2014, :func:`backtest_births`) the child–woman ratios
    rescaled to them."""
    earlier, later = wpp_structure(2000), wpp_structure(2010)
    factors = ratios(earlier, later)
    if anchored_on is not None:
        factors = rescaled(factors, anchor(factors, later, 2010, anchored_on))
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


#: The census's reference date as a fraction of its year (1 November): a projection "year" is that
#: date, so an observation of mid-year ``y`` lies at ``y + 0.5 − CENSUS_DAY`` on the projection's scale.
CENSUS_DAY = 10 / 12
#: Indicator → (date of the observation within its year, sources read): the official national
#: figures after the census the projection is set against (:func:`recent_backtest`).
RECENT_OBSERVED = {("pop_resident", 2024): ("-12-31", "collected-statistics"), ("share_60plus", 2024): ("-12-31", "collected-statistics"),
                   ("share_65plus", 2024): ("-12-31", "collected-statistics"), ("pop_resident", 2025): ("-07-01", "wdi")}


def _official(observations: pd.DataFrame, indicator: str, year: int, source: str) -> pd.Series:
    rows = observations[(observations["entity_code"].astype(str) == leiii_census.NATION_CODE) & (observations["indicator"] == indicator)
                        & (observations["year"].astype(int) == year) & (observations["source_id"] == source)]
    return rows.sort_values("locator", kind="mergesort").iloc[0]


def servicemen(observations: pd.DataFrame) -> float:
    """Active servicemen (万) in the census total but not in the yearbook's age tables: the census
    communiqué's 141,178万 less the age table's sum (140,977.87万; the communiqué's 200万 现役军人)."""
    communique = _official(observations, "pop_resident", LAUNCH, "reference-statistics")["value"]
    return float(communique) - measures(_census(leiii_census.NATION_CODE, LAUNCH))["pop_resident"]


def recent_backtest(observations: pd.DataFrame, frames: dict[int, Structure]) -> dict[tuple[str, int], tuple[float, str]]:
    """The nation's projection from the 2020 census against the official figures after it
    (:data:`RECENT_OBSERVED`): the total as % of the observed total less the servicemen
    (:func:`servicemen`; the age tables leave them out), the shares in points (the published shares
    are rounded to 0.1). The projection is read at the observation's date (linear between the
    launch and the half step); ``frames`` is the nation's projection (:meth:`Projections.projection`).
    Returns (indicator, year) → (error, evidence)."""
    military = servicemen(observations)
    out = {}
    for (indicator, year), (day, source) in RECENT_OBSERVED.items():
        row = _official(observations, indicator, year, source)
        at = year + (1.0 if day == "-12-31" else 0.5) - CENSUS_DAY
        got = measures(interpolate(frames, at))[indicator]
        observed = float(row["value"])
        if indicator == "pop_resident":
            error = (got / (observed - military) - 1) * 100
            evidence = f"{got:.0f}万 against {observed:g}万 less {military:.0f}万 servicemen"
        else:
            error = got - observed
            evidence = f"{got:.2f}% against {observed:g}%"
        out[(indicator, year)] = (error, f"{evidence} ({source} {row['locator']})")
    return out


#: The back-test of the projection against the national figures after 2020 (total in %, shares in points).
RECENT_TEST = "nation, 2020 census → {when} (NBS; total: % of observed)"


#: Measures whose band is another's (16–59 is 15–59 less a fifth of one group).
BAND_PROXY = {"share_16_59": "share_15_59"}


def band(measure: str, year: int, national: bool, table: pd.DataFrame) -> float | None:
    """Half-width of the cohort projection's band for a share or ratio in ``year`` (points): the
    80th percentile of the prefecture back-test's absolute errors in ``table`` (the back-test
    table, :meth:`Projections.backtests`; for the nation its own back-test error), × (year − 2020)
    / 10; None for a measure without a back-test."""
    errors = _errors_of(table, national)
    found = errors.get(BAND_PROXY.get(measure, measure))
    return None if found is None else found * abs(year - LAUNCH) / STEP


#: The back-test whose error is the nation's band (the method used for the places: anchored ratios).
NATIONAL_BAND_TEST = "nation, 2000–2010 ratios anchored on births 2011–2014 → 2020"


def _errors_of(table: pd.DataFrame, national: bool) -> dict[str, float]:
    rows = table[table["test"] == NATIONAL_BAND_TEST] if national else table[table["test"].str.startswith("prefectures")]
    return dict(zip(rows["measure"], rows["max_abs_error" if national else "p80_abs_error"].astype(float)))


def wpp_value(measure: str, year: int) -> float:
    """The UN WPP 2022 figure (medium variant after 2021) of a measure for China."""
    return measures(wpp_structure(year))[measure]




#: The groups of 2020 whose ratios the earlier method corrected (aged 0–4 and 5–9 in 2010, the 2010
#: census's child under-count), dividing by the nation's ratio (to 1, deaths ignored): kept to show
#: what correcting the adults too changes (:meth:`Projections.coverage_effect`).
CHILDREN_GROUPS = (10, 15)


@dataclass(frozen=True)
class CoverageEffect:
    """The nation's totals (万) with the adults' coverage correction and without it (the earlier
    method), and the NBS total of the end of 2024 less the servicemen (:func:`servicemen`)."""
    total_2030: float
    children_only_2030: float
    children_only_2025: float
    observed_end_2024: float

    @property
    def adults_loss_2030(self) -> float:
        """What leaving the adults' coverage change in takes off the nation's 2030 total (万)."""
        return self.total_2030 - self.children_only_2030

    @property
    def children_only_gap_2025(self) -> float:
        """The earlier method's 2025 total against the end-2024 figure (%; negative: below)."""
        return (self.children_only_2025 / self.observed_end_2024 - 1) * 100


class Projections:
    """Every place's Hamilton–Perry projection, its band and the back-tests, from one observations
    table (``observations.csv`` as the model stage read it, from its ``reference_dir``): the births
    that anchor the child–woman ratios (:func:`births`, :func:`backtest_births`) and the national
    figures after 2020 the projection is tested against (:func:`recent_backtest`) come from that
    table and no other. The censuses and UN WPP are the pinned data sets. Each result is computed
    once per instance."""

    def __init__(self, observations: pd.DataFrame):
        self.observations = observations
        self._anchors: dict[str, Anchor] = {}
        self._projections: dict[str, dict[int, Structure]] = {}
        self._measures: dict[tuple[str, float], dict[str, float]] = {}
        self._backtests: pd.DataFrame | None = None

    def anchor(self, code: str) -> Anchor:
        """The anchoring factor of a place: from its own births, else the nation's factor."""
        if code not in self._anchors:
            earlier, later = _census(code, 2010), _census(code, LAUNCH)
            factors = corrected(ratios(earlier, later), coverage())
            own = births(self.observations, code)
            if own is not None:
                self._anchors[code] = Anchor(anchor(factors, later, LAUNCH, own), own, True)
            elif code == leiii_census.NATION_CODE:
                self._anchors[code] = Anchor(1.0, None, False)
            else:
                national = self.anchor(leiii_census.NATION_CODE)
                self._anchors[code] = Anchor(national.scale, national.births, False)
        return self._anchors[code]

    def projection(self, code: str) -> dict[int, Structure]:
        """Census 2020 and the Hamilton–Perry projections for 2030 and 2040 of one place, with the
        half steps 2025 and 2035 between them: coverage-corrected cohort-change ratios, child–woman
        ratios anchored on births after 2020 (see the module docstring)."""
        if code not in self._projections:
            earlier, later = _census(code, 2010), _census(code, LAUNCH)
            factors = rescaled(corrected(ratios(earlier, later), coverage()), self.anchor(code).scale)
            projected = project_with(factors, later, steps=2)
            frames = {LAUNCH: later, LAUNCH + STEP: projected[0], LAUNCH + 2 * STEP: projected[1]}
            halves = {year + STEP // 2: half_step(frames[year], frames[year + STEP], factors) for year in (LAUNCH, LAUNCH + STEP)}
            self._projections[code] = dict(sorted({**frames, **halves}.items()))
        return self._projections[code]

    def measures(self, code: str, year: float) -> dict[str, float]:
        """Every measure of a place's projected (or 2020 census) age structure in ``year``."""
        if (code, year) not in self._measures:
            self._measures[(code, year)] = measures(interpolate(self.projection(code), year))
        return self._measures[(code, year)]

    def value(self, code: str, measure: str, year: float) -> float:
        """One measure of a place's projected (or 2020 census) age structure in ``year``."""
        return self.measures(code, year)[measure]

    def coverage_effect(self) -> CoverageEffect:
        """What the correction of the adults' ratios changes in the nation's projection: the
        earlier method (:data:`CHILDREN_GROUPS` only, corrected to a national ratio of 1; 2025
        interpolated geometrically at fixed ages, but for 0–4 from the anchored child–woman ratio
        and 5–9 from the 2020 0–4 group × the square root of its ten-year ratio), re-run on the
        same censuses and births, against the method (see the module docstring)."""
        code = leiii_census.NATION_CODE
        earlier, later = _census(code, 2010), _census(code, LAUNCH)
        counted = ratios(earlier, later)
        factors = corrected(counted, {sex: {start: census_ratios()[sex][start] for start in CHILDREN_GROUPS} for sex in counted})
        observed = births(self.observations, code)
        if observed is not None:
            factors = rescaled(factors, anchor(factors, later, LAUNCH, observed))
        decade = step(later, factors)
        middle = {sex: geometric(later[sex], decade[sex], 0.5) for sex in later}
        for sex, f in factors.items():
            middle[sex][AGE_STARTS.index(5)] = later[sex][0] * math.sqrt(f["ccr"][AGE_STARTS.index(10)])
        for sex, f in factors.items():
            middle[sex][0] = f["cwr"][0] * _reference(middle, CHILD_REFERENCE[0])
        nbs = float(_official(self.observations, "pop_resident", 2024, "collected-statistics")["value"])
        return CoverageEffect(total_2030=self.value(code, "pop_resident", LAUNCH + STEP),
                              children_only_2030=measures(decade)["pop_resident"], children_only_2025=measures(middle)["pop_resident"],
                              observed_end_2024=nbs - servicemen(self.observations))

    def backtests(self) -> pd.DataFrame:
        """The back-test table (``data/processed/cohort_backtest.csv``)."""
        if self._backtests is not None:
            return self._backtests
        national = national_backtest()
        rows = _summary("nation, 2000–2010 ratios → 2020", {m: [v] for m, v in national.items()},
                        "UN WPP 2022 estimates for 2000 and 2010 (both sexes) projected to 2020 by Hamilton–Perry; error = projection − 2020 census (points)")
        births_then = backtest_births(self.observations)
        scale = anchor(ratios(wpp_structure(2000), wpp_structure(2010)), wpp_structure(2010), 2010, births_then)
        rows += _summary(NATIONAL_BAND_TEST, {m: [v] for m, v in national_backtest(anchored_on=births_then).items()},
                         f"as above, the child–woman ratios of 2010 × {scale:.3f} to the births of 2011–2014 (WDI: NBS birth rates revised after the 2020 census × mid-year population); "
                         "fertility then rose with the two-child policy of 2016; error = projection − 2020 census (points)")
        rows += _summary("prefectures, rest-of-province ratios 2010 → 2020", prefecture_backtest(),
                         "each prefecture's 2010 census projected to 2020 with the 2010→2020 ratios of the rest of its province; error = projection − its 2020 census (points)")
        for (indicator, year), (error, evidence) in recent_backtest(self.observations, self.projection(leiii_census.NATION_CODE)).items():
            day = RECENT_OBSERVED[(indicator, year)][0]
            when = f"end-{year}" if day == "-12-31" else f"mid-{year}"
            rows += _summary(RECENT_TEST.format(when=when), {indicator: [error]},
                             f"the coverage-corrected, birth-anchored projection from the 2010 and 2020 censuses read at {when}: {evidence}")
        self._backtests = pd.DataFrame(rows, columns=list(BACKTEST_COLUMNS))
        return self._backtests

    def band(self, measure: str, year: int, national: bool = False) -> float | None:
        """:func:`band` from this instance's back-tests."""
        return band(measure, year, national, self.backtests())

    def band_of(self, code: str, measure: str, year: int, national: bool = False) -> float | None:
        """:meth:`band` for shares and ratios; for a count (pop_15_64 …) the relative band of its
        share and the relative error of the population total from the calibrated distribution of
        its size class and horizon (:func:`analysis.model.calibration.total_relative_error`: half
        the 10–90% range of the provinces' back-tested errors, compounded; it replaced the
        symmetric ±1.04% a year of :mod:`analysis.model.uncertainty`) combined in quadrature, × the
        count: count = share × total, so on the log scale the two errors add as independent
        variances (``√(a² + b²)``, the first-order variance of a product: Goodman 1960, *JASA*
        55:708), not as a sum ``a + b``, which widened the band until Chongqing's 2440万 aged 15–64
        in 2027 "matched" a projection of 2192万 (2188万 anchored on births)."""
        if not measure.startswith("pop_"):
            return self.band(measure, year, national)
        from analysis.model.calibration import total_relative_error

        share = self.band("share_" + measure.removeprefix("pop_"), year, national)
        if share is None:
            return None
        total, _ = total_relative_error(self.value(code, "pop_resident", LAUNCH), abs(year - LAUNCH))
        relative = math.hypot(share / self.value(code, "share_" + measure.removeprefix("pop_"), year), total)
        return relative * self.value(code, measure, year)

    def table(self, places: tuple[tuple[str, str], ...]) -> pd.DataFrame:
        """``data/processed/cohort.csv``: each place's 2020 census and its projections for
        :data:`YEARS`, every measure, with the band and (nation) the WPP medium variant."""
        rows = []
        for code, entity in (*places, (leiii_census.NATION_CODE, "中国")):
            frames = self.projection(code)
            for year in (LAUNCH, *YEARS):
                got = self.measures(code, year)
                wpp = measures(wpp_structure(year)) if code == leiii_census.NATION_CODE else {}
                for measure in MEASURES:
                    width = self.band_of(code, measure, year, national=code == leiii_census.NATION_CODE) if year > LAUNCH else None
                    rows.append({
                        "entity_code": code, "entity": entity, "year": year, "measure": measure, "value": got[measure],
                        "band": width, "wpp_value": wpp.get(measure),
                        "basis": "census 2020 (yearbook age table)" if year == LAUNCH else
                                 f"Hamilton–Perry from the 2010 and 2020 censuses (ratios of the cohorts aged 10–49 corrected for the 2010→2020 change in census coverage; {self.anchor(code).describe()})",
                        "note": HALF_STEP_NOTE if (year - LAUNCH) % STEP else "" if year in frames else
                                f"interpolated linearly between {max(y for y in frames if y < year)} and {min(y for y in frames if y > year)}",
                    })
        return pd.DataFrame(rows, columns=list(COLUMNS))
