"""Formulas and thresholds for judging a target against its trend — all of them, in one place.

Notation: base year *b* with value *v_b*; target year *T* with target *v_T*; a trend projection
*v̂_T* for year *T* fitted on data up to *b*; earlier point *t0* with value *v_0*.

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

**Ambition against the trend.** With the trend's change per year over *b → T*
(``trend = change(v_b, v̂_T)``) and the target's (``required = change(v_b, v_T)``):
``ratio = required / trend``. Classes (:data:`AMBITION_CLASSES`, thresholds
:data:`ON_TREND_LOW`, :data:`ON_TREND_HIGH`, :data:`VERY_AMBITIOUS`):

=================== ======================================================================
class               rule
=================== ======================================================================
already met         the baseline already satisfies the target (≥/以上 target at or below
                    the baseline value for a floor, and so on; or target = baseline)
reverses trend      ratio < 0: the plan asks for change against the direction of the trend
below trend         0 ≤ ratio < 0.8: the trend alone would carry the indicator past the target
on trend            0.8 ≤ ratio ≤ 1.25 (or the target lies inside the trend's 80% prediction
                    interval, when one exists)
ambitious           1.25 < ratio ≤ 2: faster change than the trend
very ambitious      ratio > 2, or the trend is flat and the target asks for change
=================== ======================================================================

The gap is also reported as ``target − projection`` (absolute), relative to the projection, in
prediction-interval units (``z = (target − projection) / se_obs``; for log-linear fits in log
units), and as ESCAP's anticipated gap ``(v_T − v̂_T) / (v_T − v_b)`` — the share of the required
change the trend does not deliver (≤ 0: the trend meets the target).

**Qualifiers.** A floor (≥, 以上, >) or ceiling (≤, 以下, 以内, <) is judged at its bound and is
met by any value beyond it; 左右 and a plain number are point targets; a range uses its nearer
bound (a trend inside the range is on trend). 力争 changes nothing in the numbers.

**Precision of a stated number.** A point or 左右 target is taken at the precision it is written
with: half a unit of its last digit (``3200左右`` ±50, ``245`` ±0.5, ``1.6左右`` ±0.05, ``60%`` ±0.5;
trailing zeros mark rounding only from 100 up). A target
within that band of the baseline *holds* the baseline level (direction ``hold``); it is then on
trend if the trend also stays within the band, and reverses the trend if it does not.

**Ex-post outcomes** (targets dated up to the last observed year): a floor is met when the
outcome is at or above it, a ceiling when at or below, a range when inside; a point target or
a 左右 target is met when the outcome is within its precision band, exceeded when it went beyond
it in the direction the plan asked for, and missed otherwise. ``trend_closer`` says whether the trend projection was closer
to the outcome than the target was.
"""

from __future__ import annotations

import math
import re

ON_TREND_LOW = 0.8
ON_TREND_HIGH = 1.25
VERY_AMBITIOUS = 2.0
FLAT = 1e-9
PREDICTION_LEVEL = 0.80
#: From this value up, trailing zeros of a written number mark rounding (3200 is rounded to hundreds).
ROUNDING_FROM = 100

#: Eurostat's thresholds for the ratio of observed to required change (progress towards a target).
PROGRESS_ON_TRACK = 0.95
PROGRESS_MODERATE = 0.6

AMBITION_CLASSES = ("already met", "reverses trend", "below trend", "on trend", "ambitious", "very ambitious")
FLOORS = ("ge", "gt", "above")
CEILINGS = ("le", "lt", "below")
STOCK = "stock"


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


def classify(required: float, trend: float, met_at_baseline: bool, inside_interval: bool) -> tuple[str, float | None]:
    """Ambition class and ratio (see the module docstring)."""
    if met_at_baseline:
        return "already met", ratio(required, trend)
    value = ratio(required, trend)
    if inside_interval:
        return "on trend", value
    if value is None:
        return ("on trend" if abs(required) < FLAT else "very ambitious"), None
    if value < 0:
        return "reverses trend", value
    if value < ON_TREND_LOW:
        return "below trend", value
    if value <= ON_TREND_HIGH:
        return "on trend", value
    if value <= VERY_AMBITIOUS:
        return "ambitious", value
    return "very ambitious", value


def approx_band(target: float, value_text: str) -> float:
    """Half a unit of the last written digit of a target (see "Precision" above)."""
    numbers = re.findall(r"\d+(?:\.\d+)?", value_text.translate(str.maketrans("０１２３４５６７８９．", "0123456789.")))
    written = numbers[0] if numbers else f"{target:g}"
    if "." in written:
        precision = 10 ** -len(written.split(".")[1])
    elif float(written) >= ROUNDING_FROM and written.strip("0"):
        precision = 10 ** (len(written) - len(written.rstrip("0")))  # 3200 is rounded to hundreds
    else:
        precision = 1  # below 100 the last digit counts: 60% is 60 ± 0.5
    return precision / 2


def outcome_status(qualifier: str, target: float, low: float | None, high: float | None, outcome: float, direction: int, value_text: str) -> str:
    """``met``, ``exceeded`` (a point target passed in the direction asked for) or ``missed``."""
    if qualifier in FLOORS + CEILINGS + ("range",):
        return "met" if satisfied(qualifier, target, low, high, outcome, direction) else "missed"
    if abs(outcome - target) <= approx_band(target, value_text):
        return "met"
    return "exceeded" if direction != 0 and direction * (outcome - target) > 0 else "missed"


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
