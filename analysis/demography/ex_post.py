"""Ex-post judgement of one figure against the official outcome — the rules every table shares.

The model's outcomes table (:mod:`analysis.model.outcomes`: the seeds' distinct targets) and the
corpus-wide table of how the plans fared (:mod:`analysis.model.fared`) judge a target in the same
way, through :func:`judge`:

* the outcome is an **official** figure (never a model estimate) for the same place, indicator and
  year from the observations table: the census count where there is one (communiqué before
  yearbook), otherwise the year's official figure, its basis and vintage stated
  (:func:`analysis.demography.observed.official`); a year before the 2010 census with no other
  figure is judged by its estimate as published then (``pre_2010_census``, never rebased: the
  figure of the plan's own time, 黑龙江's 2005 year-end 3820万 for its 3840万 ceiling), which
  bounds no other year;
* where the exact year has none, the nearest official figures before and after it **bound** the
  outcome — only when both lie within :data:`BOUND_YEARS` years of the target year, are of one
  vintage family, every figure of that family within :data:`BOUND_YEARS` years moves the same way
  (a monotone series, observed rather than assumed), and both give the same verdict
  (``judged_by = bound``, :func:`bounded`); otherwise *not observed*, with the reason: which
  side has no figure, which nearest figure is too far, or why no figure of the indicator exists
  for a place of that level (:data:`UNPUBLISHED`, :func:`reason_unpublished`);
* a target stated as an average over a period (年均…) or a change over it: the rules of
  :mod:`analysis.demography.periods`;
* met / exceeded / missed (age structure: as stated / above / below) under the qualifier with the
  tolerance of :func:`analysis.demography.metrics.tolerance` (:func:`metrics.outcome_status`); a
  point target met only through its tolerance says so (:func:`within_tolerance_only`);
* a population verdict that a census revision decided is named (:func:`revision_artefact`);
* a **life-expectancy target of a prefecture or county** is never judged against a census life
  table (:data:`analysis.demography.metrics.LIFE_TABLE_LOCAL_LEVELS`): cities and counties set it on
  the health commission's series for the registered (户籍) population, from death surveillance, while
  the census life tables are of the resident population, years apart (南京: 户籍 83.59 in 2019, census
  80.15 in 2020). It is *not observed*, the census figure named as context (:func:`life_table_reason`),
  unless a figure of the place's own health series is among the sources; provinces and the nation
  stay judged against their published figures.
"""

from __future__ import annotations

import math

import pandas as pd

from analysis.codebook import load_codebook
from analysis.demography import metrics
from analysis.demography.observed import official
from analysis.units import written

#: The last year with a full count (the 7th census, 1 November 2020).
LAST_OBSERVED_YEAR = 2020
#: Official figures either side of a target year bound its outcome only within this many years.
BOUND_YEARS = 2
#: Why no official figure exists for an indicator below the level that publishes it, where the
#: reason is general; ``{place}`` is filled by :func:`unpublished` with the place's level and name.
UNPUBLISHED = {
    "tfr": "the census publishes the total fertility rate nationally (1.3 in 2020); provincial and prefecture rates are in yearbook tables not among the bundled sources, and no communiqué figure {place} was found",
    "life_expectancy": "life expectancy comes from life tables published nationally and for provinces; no figure {place} for the year is among the sources collected",
    "imr": "infant mortality is published by health commissions; no figure {place} for the year was found",
    "u5mr": "under-five mortality is published by health commissions; no figure {place} for the year was found",
    "mmr": "maternal mortality is published by health commissions; no figure {place} for the year was found",
    "srb": "the sex ratio at birth below the nation is in the census yearbook's long tables, not in the bundled sources; no communiqué figure {place} was found",
    "pop_hukou": "registered (hukou) population comes from public-security annual reports; no figure {place} for the year was found",
    "urbanization_hukou": "hukou urbanisation comes from public-security registration; no figure {place} for the year was found",
    "edu_years_main_working_age": "the census publishes mean years of schooling of the 15+ population, not of the main working-age population (a different definition)",
    "edu_years_working_age": "the census publishes mean years of schooling of the 15+ population, not of the working-age population (a different definition)",
    "edu_years_new_labour": "schooling of new labour-force entrants is an education-department figure; none {place} was found",
    "share_working_age": "the plan's working-age band (16–59 or 15–59 for men, 15–54 for women) is not a census age band; the census gives 15–59 and 15–64",
}
_NOT_POPULATION = "not a population statistic: outside the census and the statistical communiqués collected; no official figure {place} was found"
_LEVEL_WORDS = {"nation": "the nation", "province": "a province-level place", "prefecture": "a prefecture-level place", "county": "a county-level place"}
#: The entity the extractor writes for a figure whose place it did not identify.
UNKNOWN_PLACE = "unknown"


def _place(entity: str) -> str:
    """``of <entity> (<level> level)`` as the reasons print it."""
    from analysis.gazetteer import by_name

    found = by_name(entity)
    return f"of {entity}" if found is None else f"of {entity} ({_LEVEL_WORDS.get(found.level, found.level)})"


def unpublished(indicator: str, entity: str) -> str | None:
    """The general reason no official figure of ``indicator`` is found for ``entity``
    (:data:`UNPUBLISHED`), with the place and its level; ``None`` where there is no general one."""
    template = UNPUBLISHED.get(indicator)
    return None if template is None else template.format(place=_place(entity))


def reason_unpublished(indicator: str, entity: str) -> str:
    """Why no official figure of ``indicator`` was found for ``entity``."""
    if entity == UNKNOWN_PLACE:
        return "the place the figure is stated for was not identified in the text (entity unknown), so no official figure can be looked up"
    general = unpublished(indicator, entity)
    if general is not None:
        return general
    if load_codebook()[indicator].domain in ("population", "fertility", "structure", "distribution", "migration"):
        return f"none {_place(entity)} for this indicator in the census panel or the communiqués collected"
    return _NOT_POPULATION.format(place=_place(entity))


def judge(observations: pd.DataFrame, entity: str, indicator: str, year: int, qualifier: str, judged: float,
          low: float | None, high: float | None, baseline: float | None = None) -> dict:
    """The outcome of a target of ``indicator`` for ``entity`` in ``year``, judged at ``judged``
    under ``qualifier`` (``low``/``high`` its bounds), as a dict of the outcome columns: ``status``,
    ``judged_by`` (exact / bound / ""), ``outcome``, ``outcome_statistic``, ``outcome_source``,
    ``difference``, ``difference_relative``, ``met_within_tolerance``, ``revision_artefact``,
    ``bound_low``, ``bound_high``, ``note``. ``baseline``: the level the target starts from (its
    sign of change decides a point target); the latest official figure before ``year`` if none."""
    every = official(observations, entity, indicator)
    life_tables = census_life_tables(indicator, entity, every)
    if life_tables is not None:
        every = every[every["basis"] != "census"]  # the place's own health series only (metrics.LIFE_TABLE_LOCAL_LEVELS)
        if every.empty and not life_tables.empty:
            return {"judged_by": "", "status": "not observed", "note": life_table_reason(entity, life_tables.iloc[-1])}
    same = every[every["family"] != "pre_2010_census"]
    if baseline is None or pd.isna(baseline):
        earlier = same[same["year"] < year]
        baseline = float(earlier.iloc[-1]["value"]) if not earlier.empty else None  # the latest official figure before
    direction = 0 if baseline is None else (judged > float(baseline)) - (judged < float(baseline))
    code = load_codebook()[indicator]
    band = metrics.tolerance(code.code, code.measure, code.unit, judged)
    neutral = metrics.is_neutral(indicator)
    status_of = lambda value: metrics.outcome_status(qualifier, judged, low, high, value, direction, band, neutral)  # noqa: E731
    observed = same[same["year"] == year]
    if observed.empty:
        # a year before the 2010 census: its figure as published then (never rebased), the vintage
        # of the plan's own time; it judges its own year only and never bounds another
        observed = every[(every["year"] == year) & (every["family"] == "pre_2010_census")]
    if observed.empty:
        return {"judged_by": "", **bounded(year, indicator, same, status_of, entity)}
    outcome = observed.iloc[0]
    value = float(outcome["value"])
    status = status_of(value)
    notes = [] if outcome["basis"] == "census" else [f"outcome is a {outcome['basis'].replace('_', ' ')} figure ({outcome['vintage'].replace('_', ' ')}), not a census count"]
    if outcome["vintage"] == "pre_2010_census":
        notes.append("an estimate published before the 2010 census and never rebased on it: the figure of the plan's own time")
    return {
        "outcome": value, "outcome_statistic": f"{outcome['basis']}, {outcome['vintage']}", "outcome_source": f"{outcome['source_id']}: {outcome['locator']}",
        "status": status, "difference": value - judged, "difference_relative": (value - judged) / judged if judged else None, "judged_by": "exact",
        "met_within_tolerance": within_tolerance_only(qualifier, judged, value, direction, status),
        "revision_artefact": revision_artefact(indicator, year, same, outcome, status, status_of), "note": "; ".join(notes),
    }


def census_life_tables(indicator: str, entity: str, every: pd.DataFrame) -> pd.DataFrame | None:
    """The census life-table figures among ``every`` (the official figures of ``entity``) when a
    life-expectancy target of the place is never judged against them (a prefecture or county,
    :data:`analysis.demography.metrics.LIFE_TABLE_LOCAL_LEVELS`); ``None`` where the rule does not apply."""
    if indicator != "life_expectancy":
        return None
    from analysis.gazetteer import by_name

    found = by_name(entity)
    if found is None or found.level not in metrics.LIFE_TABLE_LOCAL_LEVELS:
        return None
    return every[every["basis"] == "census"]


def life_table_reason(entity: str, census: pd.Series) -> str:
    """Why a city's or county's life-expectancy target is not judged against its census life table."""
    return (f"not judged against the census life table: the target of {_place(entity)[3:]} is set on the health commission's "
            f"series for the registered (户籍) population (death surveillance), the census life table is of the resident "
            f"population and differs from it by years (metrics.LIFE_TABLE_LOCAL_LEVELS); no figure of the place's own health "
            f"series is among the sources (census {int(census['year'])}, for context: {float(census['value']):g}, "
            f"{census['source_id']}: {str(census['locator']).split(': ')[0]})")


def within_tolerance_only(qualifier: str, judged: float, value: float, direction: int, status: str) -> bool | None:
    """True when a point target is met (or as stated) only through its tolerance: the outcome
    fell short of the number in the direction asked for (the national 14.2亿 for 2020 against the
    census's 14.12亿, −0.58%: met within ±1%, short of the number). ``None`` when not met."""
    if status not in ("met", "as stated"):
        return None
    if qualifier not in ("none", "approx"):
        return False
    if direction == 0:
        return not math.isclose(value, judged, rel_tol=1e-9, abs_tol=1e-9)
    return direction * (value - judged) < 0


def bounded(year: int, indicator: str, same: pd.DataFrame, status_of, entity: str = "") -> dict:
    """Judge with the nearest official figures before and after ``year``, or say why not."""
    if same.empty:
        return {"status": "not observed", "note": f"no official figure: {reason_unpublished(indicator, entity)}"}
    before = same[same["year"] < year].tail(1)
    after = same[same["year"] > year].drop_duplicates("year").head(1)
    nearest = ", ".join(str(int(y)) for y in [*before["year"], *after["year"]])
    if before.empty or after.empty:
        side = "before" if before.empty else "after"
        other = "after" if side == "before" else "before"
        return {"status": "not observed", "note": f"no {year} figure and none {side} it to bound it (the nearest official figure {other} it is of {nearest})"}
    low_row, high_row = before.iloc[0], after.iloc[0]
    far = [f"{int(y)} ({abs(int(y) - year)} years {'before' if int(y) < year else 'after'})" for y in (low_row["year"], high_row["year"]) if abs(int(y) - year) > BOUND_YEARS]
    if far:
        return {"status": "not observed", "note": (f"no {year} figure; of the nearest official figures either side ({nearest}), "
                                                  f"{' and '.join(far)} {'is' if len(far) == 1 else 'are'} more than {BOUND_YEARS} years from it, "
                                                  f"so they bound nothing")}
    if low_row["family"] != high_row["family"]:
        return {"status": "not observed", "note": f"no {year} figure; the nearest official figures ({nearest}) are of different vintages, so they bound nothing"}
    window = same[(same["family"] == low_row["family"]) & same["year"].between(year - BOUND_YEARS, year + BOUND_YEARS)].drop_duplicates("year")
    path = window["value"].astype(float).diff().dropna()
    if (path > 0).any() and (path < 0).any():
        years = ", ".join(str(int(y)) for y in window["year"])
        return {"status": "not observed", "note": f"no {year} figure; the official figures within {BOUND_YEARS} years of it ({years}) do not move one way, so they bound nothing"}
    low, high = sorted([float(low_row["value"]), float(high_row["value"])])
    verdicts = {status_of(low), status_of(high)}
    evidence = f"{int(low_row['year'])}: {float(low_row['value']):g} ({low_row['source_id']}: {low_row['locator'].split(': ')[0]}); {int(high_row['year'])}: {float(high_row['value']):g} ({high_row['source_id']}: {high_row['locator'].split(': ')[0]})"
    if len(verdicts) > 1:
        return {"status": "not observed", "note": f"no {year} figure; the official figures either side ({evidence}) straddle the target, so no bound decides it"}
    vintages = {low_row["vintage"], high_row["vintage"]}
    caveat = "" if len(vintages) == 1 else f"; the two figures are of different vintages ({' and '.join(sorted(v.replace('_', ' ') for v in vintages))})"
    return {
        "status": verdicts.pop(), "judged_by": "bound", "bound_low": low, "bound_high": high,
        "outcome_source": evidence,
        "note": f"no {year} figure: judged with the official figures either side, within {BOUND_YEARS} years and of one vintage ({evidence}){caveat}",
    }


def revision_artefact(indicator: str, year: int, same: pd.DataFrame, outcome: pd.Series, status: str, status_of) -> str:
    """Name a verdict that depends on the census having revised the pre-census estimates."""
    if outcome["basis"] != "census" or load_codebook()[indicator].measure != metrics.STOCK:
        return ""
    estimates = same[(same["family"] == "first_published") & (same["basis"] != "census") & same["year"].between(year - 2, year - 1)]
    if estimates.empty:
        return ""
    estimate = estimates.iloc[-1]
    before = status_of(float(estimate["value"]))
    if before == status:
        return ""
    return (f"{status} only after the census revision: the first-published estimate for {int(estimate['year'])} was "
            f"{float(estimate['value']):g}{written(load_codebook()[indicator].unit)} ({estimate['source_id']}: {estimate['locator'].split(': ')[0]}), which would have {before} the target")
