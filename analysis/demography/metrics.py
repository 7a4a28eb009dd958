"""Formulas, thresholds and verdict words for judging a target — all of them, in one place.

Notation: base year *b* with value *v_b*; target year *T* with target *v_T*; a trend projection
*v̂_T* for year *T* fitted on data up to *b* (the trend's form per kind of indicator is in
:mod:`analysis.model.forms`); earlier point *t0* with value *v_0*.

**Change per year** depends on what kind of measure the indicator is (codebook ``measure``):

* stocks (population counts) change by compound annual growth, in % a year:
  ``CAGR = (v_1 / v_0) ** (1 / (t_1 − t_0)) − 1``;
* rates, shares, ratios and indices (TFR, %, ‰, years of schooling, life expectancy) change by
  points per year: ``(v_1 − v_0) / (t_1 − t_0)`` — compound growth is meaningless near a floor or
  ceiling (Eurostat and UN ESCAP both use linear change for bounded indicators).

**Required vs historical change** (Eurostat's SDG progress assessment, method for indicators
with a quantitative target, as coded in Open SDG's ``sdg-build``; UN ESCAP's Asia-Pacific SDG
progress methodology uses the same required-vs-actual comparison): required change is from
the base to the target; historical change is from the earliest point to the base.
``ratio = required / historical``. Eurostat reads ``historical / required`` as progress (≥ 0.95
on track, 0.6–0.95 moderate, 0–0.6 limited, < 0 moving away); here the same ratio is read the
other way round, as the **ambition** of the target.

**Tolerance** (:func:`tolerance`, stated once per kind of indicator, :data:`RELATIVE_TOLERANCE`,
:data:`POINT_TOLERANCE`): a point or 左右 target is met by anything within its tolerance, and a
target within the tolerance of its baseline *holds* the baseline level. Stocks get a relative
band (±1% of the target: 3200左右 ±32, 245 ±2.45 — the same for both, whatever the digits
written); rates and shares a band in points (±0.5 points for % and ‰, ±0.05 for a TFR, ±1 for a
sex ratio, ±0.5 years for life expectancy, ±0.1 years for schooling). The sensitivity table
repeats every class with the bands halved and doubled (:data:`TOLERANCE_FACTORS`).

**Uncertainty band of the trend** (:mod:`analysis.model.uncertainty`): the 80% prediction
interval of the fit where it has at least :data:`MIN_DF_INTERVAL` residual degrees of freedom;
otherwise the empirical 80% band of the same kind of extrapolation over Chinese places
2010→2020; widened to the range of the projections from the other windows (the plan's earliest
point, 2010 onwards, the last intercensal period). Where no empirical band exists for the
indicator, the band is the window range alone and the row says the uncertainty is unquantified.

**Ambition against the trend.** With the trend's change per year over *b → T*
(``trend = change(v_b, v̂_T)``) and the target's (``required = change(v_b, v_T)``):
``ratio = required / trend``. A class needs **both** a ratio and a gap beyond the band, so a
near-flat trend cannot turn a small target into a "very ambitious" one (thresholds
:data:`ON_TREND_LOW`, :data:`ON_TREND_HIGH`, :data:`VERY_AMBITIOUS`):

=================== ======================================================================
class               rule
=================== ======================================================================
already met         a floor or ceiling the baseline already satisfies (a *slack* bound: a
                    ceiling above the current level asks for no change, and the row has no
                    required change), or an indicator
                    with a better direction already past its target
on trend            the target (± its tolerance) lies inside the trend's band; or a held
                    level the band contains; or 0.8 ≤ ratio ≤ 1.25
reverses trend      ratio < 0 outside the band: the plan asks for change against a trend
                    that moves beyond its own uncertainty
below trend         0 ≤ ratio < 0.8: the trend alone would carry the indicator past it
ambitious           1.25 < ratio ≤ 2; with a trend flat within its band (the band contains
                    the baseline), or a target that holds the baseline level against a
                    trend that leaves it (Suining's 280万 against a falling trend: holding
                    stops the trend, it does not reverse it), the ratio means nothing and the
                    gap decides: the target lies 1–2 band half-widths beyond the projection
very ambitious      ratio > 2, or (flat trend, held level) more than 2 half-widths beyond
=================== ======================================================================

**Calibrated class** (population stocks, :mod:`analysis.model.calibration`). The symmetric band
above, carried from provinces at 1–4 years to prefectures at 5–15, is replaced for resident
population by the empirical distribution of the **signed** errors of the same extrapolation
(compound growth of the base period, carried forward), back-tested on the provinces by horizon
and size class (Rayer, Smith & Tayman 2009; Smith, Tayman & Swanson 2013, ch. 13); the urban
share, life expectancy and infant mortality by the errors of their own trend or trajectory,
back-tested on the nation's series. A target's
``pace gap = required − trend`` (% a year) gets its percentile *p* in the errors of its size class
and horizon (:func:`calibrated_class`, cuts :data:`CALIBRATED_CENTRAL`, :data:`CALIBRATED_OUTER`):

=================== ======================================================================
on trend            10 ≤ p ≤ 90: the population departed from its trend by as much in four
                    of five back-tests
reverses trend      outside 10–90, and the target asks for change against the trend's sign
below trend         p < 10
ambitious           90 < p ≤ 97.5
very ambitious      p > 97.5: faster than all but one in forty back-tested departures
=================== ======================================================================

For an indicator whose better direction is lower (infant mortality) a target below its trend asks
for more, so the class reads the percentile from the other end, ``100 − p``
(:func:`ambition_percentile`); the cuts are the same.

The class by the symmetric band stays beside it (``band_class``; the sensitivity table too).

**Age structure is not a policy lever with a trend.** Shares of 0–14, 15–59/15–64, 60+, 65+,
dependency ratios and the working-age population 10–15 years ahead are largely fixed by people
already born, so their targets are not "ambitious": they are judged against the Hamilton–Perry
cohort projection (:mod:`analysis.model.cohort`): :data:`analysis.vocabulary.COHORT_CLASSES` — the target matches
the cohort projection (within the projection's back-test band plus the tolerance), or is above
or below it. Ex post these **neutral** indicators are "as stated", "above" or "below" their
figure, never "exceeded" or "missed" (:data:`analysis.vocabulary.NEUTRAL`).

**Directional indicators** (codebook ``better``: life expectancy up, mortality down): a point or
左右 target is read as a floor or ceiling in the better direction; met at baseline, it is already
met. Other indicators (population, urbanisation, fertility, the sex ratio at birth) have the
direction the plan asks for.

**Qualifiers.** A floor (≥, 以上, >) or ceiling (≤, 以下, 以内, <) is judged at its bound and is
met by any value beyond it; 左右 and a plain number are point targets; a range uses its nearer
bound (a trend inside the range is on trend). 力争 changes nothing in the numbers.

**Precision of a written number** (:func:`approx_band`): half a unit of the last digit written,
in the unit the number is written in — 500万 is 500 ± 0.5万, 3200 is ± 0.5, 14.2亿 is ± 0.05亿,
60.94% is ± 0.005 points. Trailing zeros are written digits: a plan that means "about 500" says
左右, and 左右 is judged with the tolerance above, not by guessing a rounding from the zeros (a
rule that read 500 as "rounded to hundreds", i.e. ≥ 450, made Luzhou's 500万 need 10.3万 of net
in-migration instead of 59.5万, and read 470 as ≥ 465). This is what the consistency audit
compares figures at; judgements of targets use the tolerance above.

**Ex-post outcomes** (targets dated up to the last observed year): a floor is met when the
outcome is at or above it, a ceiling when at or below, a range when inside (missed outside it on
either side, beyond it in the direction asked for too: :func:`verdict_words`); a point target is
met within its tolerance, exceeded when it went beyond it in the direction the plan asked for,
and missed otherwise. ``trend_closer`` says whether the trend projection was closer to the
outcome than the target was.

**Progress to date**: Eurostat's classes of ``observed / required`` change, both from the same
base year (:data:`PROGRESS_ON_TRACK`, :data:`PROGRESS_MODERATE`; paces by :func:`progress_pace`); a neutral indicator already at its
figure has "already reached" it rather than "already met".
"""

from __future__ import annotations

import math
import re

from analysis.vocabulary import AGE_STRUCTURE, CEILINGS, FLOORS, TOLERANCE_VARIANTS

ON_TREND_LOW = 0.8
ON_TREND_HIGH = 1.25
VERY_AMBITIOUS = 2.0
FLAT = 1e-9
PREDICTION_LEVEL = 0.80
#: Residual degrees of freedom a fit needs before its prediction interval is used.
MIN_DF_INTERVAL = 3

#: Tolerance of a stock target: a share of the target value.
RELATIVE_TOLERANCE = 0.01
#: Tolerance of a rate, share, ratio or index, in its unit (indicator codes first, then units).
POINT_TOLERANCE = {
    "life_expectancy": 0.5, "healthy_life_expectancy": 0.5, "life_expectancy_male": 0.5, "life_expectancy_female": 0.5,
    "%": 0.5, "‰": 0.5, "births per woman": 0.05, "males per 100 females": 1.0, "years": 0.1, "per 100000": 1.0,
    "persons per household": 0.05,
}
DEFAULT_POINT_TOLERANCE = 0.5
#: Factors applied to every tolerance in the sensitivity table (narrower, wider).
TOLERANCE_FACTORS = dict(zip(TOLERANCE_VARIANTS, (0.5, 2.0)))

#: Size classes of the calibrated error distributions, by the population at launch (万): (low, high, name).
SIZE_CLASSES = ((0.0, 4000.0, "under 4000万"), (4000.0, math.inf, "4000万 and over"))
#: Percentile cuts of a target's pace gap in the calibrated distribution (see "Calibrated class"):
#: inside the central 80% on trend; beyond it ambitious (or below trend); beyond the outer 95% very ambitious.
CALIBRATED_CENTRAL = (10.0, 90.0)
CALIBRATED_OUTER = (2.5, 97.5)

#: Eurostat's thresholds for the ratio of observed to required change (progress towards a target).
PROGRESS_ON_TRACK = 0.95
PROGRESS_MODERATE = 0.6

STOCK = "stock"


def is_neutral(code: str) -> bool:
    return code in AGE_STRUCTURE


def change_per_year(v0: float, t0: int, v1: float, t1: int, measure: str) -> float:
    """Compound annual growth in % for stocks; points per year otherwise."""
    if t1 == t0:
        raise ValueError("change over zero years")
    if measure == STOCK:
        if v0 <= 0 or v1 <= 0:
            raise ValueError("compound growth needs positive values")
        return ((v1 / v0) ** (1 / (t1 - t0)) - 1) * 100
    return (v1 - v0) / (t1 - t0)


def change_unit(measure: str) -> str:
    return "% a year" if measure == STOCK else "points a year"


def ratio(required: float, reference: float) -> float | None:
    """``required / reference``; ``None`` when the reference change is flat."""
    if abs(reference) < FLAT:
        return None
    return required / reference


def tolerance(code: str, measure: str, unit: str, value: float, factor: float = 1.0) -> float:
    """Half-width of the band within which a value meets or holds a target (see "Tolerance")."""
    if measure == STOCK:
        return abs(value) * RELATIVE_TOLERANCE * factor
    return POINT_TOLERANCE.get(code, POINT_TOLERANCE.get(unit, DEFAULT_POINT_TOLERANCE)) * factor


def tolerance_rule(code: str, measure: str, unit: str) -> str:
    """The tolerance as a reader would state it."""
    if measure == STOCK:
        return f"±{RELATIVE_TOLERANCE:.0%} of the target"
    return f"±{POINT_TOLERANCE.get(code, POINT_TOLERANCE.get(unit, DEFAULT_POINT_TOLERANCE)):g} {unit}"


def target_value(qualifier: str, value: float | None, low: float | None, high: float | None, towards: float) -> float | None:
    """The number a target is judged at: its bound for floors and ceilings; for a range, the bound
    nearer to ``towards`` (the baseline or the trend); the value otherwise."""
    if qualifier == "range" and low is not None and high is not None:
        return low if abs(towards - low) <= abs(towards - high) else high
    if qualifier in FLOORS:
        return low if low is not None else value
    if qualifier in CEILINGS:
        return high if high is not None else value
    return value


def satisfied(qualifier: str, target: float, low: float | None, high: float | None, value: float, direction: int) -> bool:
    """Whether ``value`` satisfies the target. ``direction`` is the sign of the change the plan
    asks for (+1 up, −1 down, 0 hold) and decides point targets."""
    if qualifier in ("ge", "above"):
        return value >= target
    if qualifier == "gt":
        return value > target
    if qualifier in ("le", "below"):
        return value <= target
    if qualifier == "lt":
        return value < target
    if qualifier == "range" and low is not None and high is not None:
        return low <= value <= high
    if direction == 0:
        return math.isclose(value, target, rel_tol=1e-9, abs_tol=1e-9)
    return direction * (value - target) >= 0


def classify(required: float, trend: float, *, inside_band: bool, flat: bool, gap_over_band: float | None) -> tuple[str, float | None]:
    """Ambition class and ratio of a target the baseline does not yet satisfy (see the table).

    ``inside_band``: the target ± its tolerance reaches into the trend's band; ``flat``: the band
    contains the baseline (the trend does not move beyond its own uncertainty); ``gap_over_band``:
    distance of the target from the projection in band half-widths (used when the trend is flat).
    """
    value = None if flat else ratio(required, trend)
    if inside_band:
        return "on trend", value
    if value is None:
        if gap_over_band is None:
            return ("on trend" if abs(required) < FLAT else "very ambitious"), None
        return ("ambitious" if gap_over_band <= VERY_AMBITIOUS else "very ambitious"), None
    if value < 0:
        return "reverses trend", value
    if value < ON_TREND_LOW:
        return "below trend", value
    if value <= ON_TREND_HIGH:
        return "on trend", value
    if value <= VERY_AMBITIOUS:
        return "ambitious", value
    return "very ambitious", value


def size_class(population: float) -> str:
    """The size class (:data:`SIZE_CLASSES`) of a population in 万."""
    return next(name for low, high, name in SIZE_CLASSES if low <= population < high)


def ambition_percentile(percentile: float, better: str) -> float:
    """The percentile the class is cut from: ``p``, or ``100 − p`` when lower is better (see "Calibrated class")."""
    return 100.0 - percentile if better == "lower" else percentile


def calibrated_class(percentile: float, required: float, trend: float) -> str:
    """The class of a target from the percentile of its pace gap (required − trend, % a year) in
    the calibrated distribution of the trend's errors (see "Calibrated class")."""
    low, high = CALIBRATED_CENTRAL
    if low <= percentile <= high:
        return "on trend"
    if required * trend < 0 and abs(required) >= FLAT and abs(trend) >= FLAT:
        return "reverses trend"
    if percentile < low:
        return "below trend"
    return "very ambitious" if percentile > CALIBRATED_OUTER[1] else "ambitious"


def cohort_class(qualifier: str, target: float, low: float | None, high: float | None, projection: float, band: float) -> str:
    """A neutral (age-structure) figure against the cohort projection ± ``band``."""
    if qualifier in FLOORS + CEILINGS + ("range",):
        reachable = [projection - band, projection, projection + band]
        if any(satisfied(qualifier, target, low, high, value, 0) for value in reachable):
            return "matches cohort projection"
        return "above cohort projection" if target > projection else "below cohort projection"
    if abs(target - projection) <= band:
        return "matches cohort projection"
    return "above cohort projection" if target > projection else "below cohort projection"


def approx_band(target: float, value_text: str) -> float:
    """Half a unit of the last written digit of a number, in the unit of ``target`` (see
    "Precision"): ``500万`` → 0.5, ``14.2亿`` read as 142000万 → 500 (0.05亿), ``60.94%`` → 0.005."""
    numbers = re.findall(r"\d+(?:\.\d+)?", value_text.translate(str.maketrans("０１２３４５６７８９．", "0123456789.")))
    written = numbers[0] if numbers else f"{target:g}"
    half = 0.5 * 10 ** -(len(written.split(".")[1]) if "." in written else 0)
    return half * _written_scale(target, float(written))


def _written_scale(target: float, written: float) -> float:
    """How many units of ``target`` one unit of the written number is: a power of ten when the
    number was converted (14.2亿 stored as 142000万 → 10000), else 1."""
    if not target or not written:
        return 1.0
    power = round(math.log10(abs(target / written)))
    return 10.0 ** power if math.isclose(abs(target / written), 10.0 ** power, rel_tol=1e-6) else 1.0


def outcome_status(qualifier: str, target: float, low: float | None, high: float | None, outcome: float, direction: int, band: float, neutral: bool = False) -> str:
    """``met``, ``exceeded`` (a point target passed in the direction asked for) or ``missed``;
    for a neutral indicator ``as stated``, ``above`` or ``below``. ``band``: the tolerance."""
    if qualifier in FLOORS + CEILINGS + ("range",):
        ok = satisfied(qualifier, target, low, high, outcome, direction)
        if neutral:
            return "as stated" if ok else ("above" if outcome > target else "below")
        return "met" if ok else "missed"
    if abs(outcome - target) <= band:
        return "as stated" if neutral else "met"
    if neutral:
        return "above" if outcome > target else "below"
    return "exceeded" if direction != 0 and direction * (outcome - target) > 0 else "missed"


def verdict_words() -> str:
    """How :func:`outcome_status` judges each form of target, in the words the report pages print:
    made by running it on probes (a target of 100 with a tolerance of 1, the plan asking for a rise),
    so the pages say what the code does. A range (780–800万) is met inside it, bounds included and
    with no tolerance, and missed outside it on either side — beyond it in the direction asked for
    too (南宁's 780–800万 against 874.2万): a range states where the plan expected the outcome, and
    only a point target can be "exceeded"."""
    def status(qualifier: str, outcome: float) -> str:
        return outcome_status(qualifier, 100.0, 90.0, 110.0, outcome, 1, 1.0)

    inside, above, below = status("range", 100.0), status("range", 120.0), status("range", 80.0)
    if above == below:
        ranged = f"a range is {inside} inside it (its bounds included, no tolerance) and {above} outside it on either side, beyond it in the direction asked for too"
    else:
        ranged = f"a range is {inside} inside it (its bounds included, no tolerance), {above} beyond it in the direction asked for and {below} short of it"
    floor = f"a floor (≥, 以上) is {status('ge', 105.0)} at or beyond its bound and {status('ge', 95.0)} short of it, a ceiling (≤, 以内) likewise"
    point = (f"a point target (a plain number or 左右) is {status('none', 100.5)} within its tolerance, {status('none', 105.0)} when the outcome "
             f"went beyond it in the direction asked for and {status('none', 95.0)} otherwise")
    return f"{point}; {floor}; {ranged}"


#: Units of a progress pace on each scale (:func:`progress_pace`).
PROGRESS_UNITS = {"growth": "% a year", "logit": "log-odds a year", "points": "points a year"}


def progress_pace(v0: float, t0: int, v1: float, t1: int, scale: str) -> float:
    """Change a year on a progress scale: compound growth in % (stocks, Eurostat's CAGR), the
    change of ``ln(v / (100 − v))`` a year (shares bounded by 0 and 100), or points a year."""
    if scale == "growth":
        return change_per_year(v0, t0, v1, t1, STOCK)
    if scale == "logit":
        return (math.log(v1 / (100 - v1)) - math.log(v0 / (100 - v0))) / (t1 - t0)
    return change_per_year(v0, t0, v1, t1, "points")


def progress_status(ratio_value: float | None) -> str:
    """Eurostat's progress class of ``observed / required`` (see "Progress to date")."""
    if ratio_value is None:
        return "moving away"
    if ratio_value >= PROGRESS_ON_TRACK:
        return "on track"
    if ratio_value >= PROGRESS_MODERATE:
        return "moderate progress"
    if ratio_value >= 0:
        return "insufficient progress"
    return "moving away"


# -- How the plans fared (analysis.demography.accuracy, analysis.model.fared) ----------------------

#: Levels of government whose life-expectancy targets are never judged against a census life table.
#: A city's or county's life-expectancy target is set on its health commission's series for the
#: registered (户籍) population, from death surveillance; the life tables computed from the 2020 census
#: for prefectures are of the resident population and differ from it by years (南京: 户籍 83.59 in 2019,
#: 南京市疾病预防控制中心 via news.yangtse.com/zncontent/996605.html; census 80.15 in 2020,
#: ``collected_statistics.csv``). Such a target is *not observed*, the census figure named in the note
#: as context, unless a figure of the place's own health series is among the sources
#: (:func:`analysis.demography.ex_post.judge`). Provinces and the nation stay judged against their
#: published figures.
LIFE_TABLE_LOCAL_LEVELS = ("prefecture", "county")

#: A population figure of a place outside these multiples of the place's census count cannot be the
#: place's own (a figure of another place, or a change, read into it): it is screened out as rejected.
#: Between the 2010 and 2020 censuses no prefecture's count changed by more than ×0.65 (白山市, 绥化市) or
#: ×1.68 (深圳市) (leiii-census city panel, 358 prefectures, 2020 boundaries); a plan's figure for a horizon
#: of a decade or two beyond ×0.5 or ×3 of the nearest census is therefore not a level of that place —
#: a city's 500万 read as its province's, a district's figure read as its city's. Wider than any observed
#: decade, so an ambitious target (a city planning ×2.6 its count) is kept and judged, not screened.
PLACE_SCREEN = (0.5, 3.0)
#: Indicators screened against the place's census count (population counts of the whole place).
SCREENED_COUNTS = ("pop_resident", "pop_hukou")
#: Bounds beyond which a value is impossible for a real place: code -> (low, high, what). The extractor keeps such a
#: value and flags it (quality kind ``implausible_value``: a misread number, a sex ratio of the whole population
#: read as the ratio at birth); the screen of targets (:func:`analysis.model.fared.screen`) rejects it, so a misread
#: number is never judged against an outcome. The audit's narrower plausible ranges
#: (:data:`analysis.consistency.internal.PLAUSIBLE`) flag doubtful values; these bound impossible ones.
IMPOSSIBLE = {
    "tfr": (0.0, 10.0, "a total fertility rate"),
    "life_expectancy": (20.0, 100.0, "a life expectancy"),
    "healthy_life_expectancy": (20.0, 100.0, "a healthy life expectancy"),
    "life_expectancy_male": (20.0, 100.0, "a life expectancy of men"),
    "life_expectancy_female": (20.0, 100.0, "a life expectancy of women"),
    "srb": (80.0, 150.0, "a sex ratio at birth"),
    "sex_ratio_total": (70.0, 150.0, "a sex ratio"),
    "household_size": (1.0, 10.0, "an average household size"),
    "imr": (0.0, 300.0, "an infant mortality rate (per 1000 births)"),
    "u5mr": (0.0, 400.0, "an under-five mortality rate (per 1000 births)"),
    "nmr": (0.0, 200.0, "a neonatal mortality rate (per 1000 births)"),
    "birth_rate": (0.0, 60.0, "a crude birth rate (per 1000)"),
    "death_rate": (0.0, 60.0, "a crude death rate (per 1000)"),
}
#: Maternal mortality above this (per 100 000 births) is implausible in a plan year from 2000 on.
MMR_RECENT_MAX = 100.0
#: A prefecture whose 2010 census count on its 2010 boundaries (the census county table) differs by more
#: than this share from the same census on its 2020 boundaries (leiii-census's adjustment, the panel the
#: outcomes come from) changed its area between the censuses: 安庆市 531.1万 against 447.3万 (+18.8%: 枞阳县 left
#: for 铜陵 in 2015), 合肥市 570.2万 against 745.7万 (巢湖's counties joined in 2011), 成都市 −7.1% (简阳 joined in
#: 2016), 14 prefectures in all. Below it lie revisions and unexplained small gaps (深圳 −0.6%, 沧州 +1.1%, 延边
#: +2.1%, 汕尾 +2.3%), none a known change of area. The same share between the 2020 census's county table and
#: the panel's official 2020 figure marks a zone administered across a county boundary (西安市 −5.9%: 西咸新区's
#: counties are 咸阳市's; 保定市 +24.9%: 雄安新区). A target of such a place in a plan issued before 2020 is
#: rejected by the screen (analysis.model.fared.boundary_reason): its area is unknown.
BOUNDARY_CHANGE = 0.05
#: Indicators whose values cross zero (a natural increase of 7.8‰ against −0.2‰): a ratio of target to
#: outcome measures nothing there, so they get the verdict and the difference, never a log error or APE.
SIGNED_INDICATORS = ("natural_growth_rate", "natural_growth_rate_hukou", "net_migration")
#: Bootstrap of the summaries: replicates, seed of numpy's ``default_rng``, and the interval (two-sided).
BOOTSTRAP_REPLICATES = 2000
BOOTSTRAP_SEED = 20201101
BOOTSTRAP_LEVEL = 0.90
#: A summary is given only over at least this many targets from at least this many plans; below
#: it the cell is withheld (empty value) with the reason.
MIN_SUMMARY_TARGETS = 5
MIN_SUMMARY_PLANS = 3
#: Issue-year bands of the plans' vintage: (first year, last year, name).
VINTAGE_BANDS = ((0, 2010, "issued up to 2010"), (2011, 2015, "issued 2011–2015"), (2016, 2020, "issued 2016–2020"), (2021, 9999, "issued 2021 on"))
