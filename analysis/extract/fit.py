"""Whether a value can be a value of its indicator: its unit, and its size.

**Units.** Every written unit belongs to a family (counts of people, years, percent, per mille,
per 100 000, a sex ratio …). A value whose unit is of another family than its indicator's unit
cannot be a value of that indicator: ``78岁`` is never a population, ``300万人`` never a rate.
A bare number fits any indicator; ``人`` fits a household size (persons per household); ``%``
and ``‰`` both fit an abortion rate (plans use either). In the prose such a value is never
assigned to the indicator (it is dropped with a finding when no other indicator of the sentence
fits); in a table, where the row names the indicator, it is kept and the unit cell is reported.

**Sizes.** Values no real place can have — a share above 100 %, a total fertility rate above 10,
a maternal mortality ratio above 100 per 100 000 in a plan year after 2000, a life expectancy
above 100 — are kept with a quality finding that quotes them (:func:`implausible`); judging less
extreme values is the consistency audit's job.
"""

from __future__ import annotations

from analysis.codebook import Indicator
from analysis.demography.metrics import IMPOSSIBLE, MMR_RECENT_MAX  # bounds of a real place, stated once below the stages
from analysis.units import normalise_unit

#: Normalised unit -> family.
FAMILIES = {
    "persons": "count", "10k persons": "count", "100m persons": "count",
    "years": "years", "year": "year",
    "%": "percent", "‰": "per mille",
    "per 100000": "per 100000", "persons per 100000": "per 100000",
    "males per 100 females": "sex ratio",
    "10k yuan": "money", "yuan": "money",
    "beds": "beds", "times": "times",
    "persons per km2": "density",
    "births per woman": "births per woman",
    "persons per household": "household",
    "beds per 1000 population": "per 1000", "beds per 1000 older people": "per 1000",
    "places per 1000 population": "per 1000", "per 1000 population": "per 1000",
    "per 10000 population": "per 10000",
}
#: Indicator unit -> value families that fit besides its own (and a bare number).
ALSO_FITS = {
    "persons per household": {"count"},
    "beds per 1000 population": {"beds"},
    "beds per 1000 older people": {"beds"},
    "places per 1000 population": {"count", "beds"},  # 托位 counted in 张 (cots) as well as in 个
    "per 1000 population": {"count"},
    "per 10000 population": {"count"},
    "year": {"years"},
    "persons per 100000": {"count"},
}
#: Indicator codes whose plans write either percent or per mille.
EITHER_PERCENT = {"abortion_rate", "family_planning_rate"}


def family(unit: str) -> str:
    """The family of a written or normalised unit ("" for a bare number or an unknown unit)."""
    return FAMILIES.get(normalise_unit(unit), "")


def unit_misfit(indicator: Indicator, unit_raw: str) -> str:
    """Why a value written with ``unit_raw`` cannot be a value of ``indicator`` ("" if it can)."""
    written = family(unit_raw)
    own = family(indicator.unit)
    if not written or written == own:
        return ""
    if written in ALSO_FITS.get(indicator.unit, set()):
        return ""
    if indicator.code in EITHER_PERCENT and written in ("percent", "per mille"):
        return ""
    if not own:
        return ""
    return f"a value in '{unit_raw}' cannot be {indicator.name_en.lower()} (measured in {indicator.unit})"


def implausible(indicator: Indicator, value: float, unit_raw: str, year: int | None) -> str:
    """Why a value is impossible for a real place ("" if it is not)."""
    if indicator.measure == "share" and family(unit_raw) in ("percent", "") and indicator.unit == "%" and value > 100:
        return f"a share of {value:g}% is above 100%"
    if indicator.code == "mmr" and value > MMR_RECENT_MAX and (year or 0) >= 2000:
        return f"a maternal mortality ratio of {value:g} per 100 000 is implausible after 2000"
    bounds = IMPOSSIBLE.get(indicator.code)
    if bounds and not bounds[0] <= value <= bounds[1] and family(unit_raw) in ("", family(indicator.unit)):
        return f"{value:g} is outside {bounds[0]:g}–{bounds[1]:g}, impossible for {bounds[2]}"
    return ""
