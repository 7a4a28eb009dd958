"""Progress to date: each target dated after the last census against the latest official figure.

For every quantified target of a plan for its own city dated after 2020 (2025, 2030, 2035), and
every higher-level plan target in the reference data dated after 2020, the latest official figure
of 2021–:data:`LATEST_YEAR` (the post-2020-census vintage; never a model estimate) is compared
with the target (formulas and thresholds in :mod:`analysis.demography.metrics`, "Progress to date"):

One rule, Eurostat's (the SDG progress assessment for indicators with a quantitative target:
the actual compound annual growth rate base → latest against the one required base → target):

* ``required_change`` — change per year required from the base year to the target;
* ``observed_change`` — change per year from the base year to the latest figure, both of the same
  vintage: the base-year figure of the post-2020-census vintage (the 2020 census, or an
  intercensal figure revised after it) where one exists; otherwise the observed change is measured
  from 2020 (the census count, or the 2020 figure of a rate) and the row says so — a
  first-published pre-census base would mix vintages;
* ``progress_ratio = observed / required`` and the Eurostat class (:func:`metrics.progress_status`);
* beside them ``still_needed_change`` (latest → target) and ``observed_change_since_2020`` (the
  post-2020 pace, where the base year is earlier).

Paces are compound growth for stocks, **log-odds** for shares bounded by 0 and 100 (a point of
urbanisation is harder to gain at 70% than at 50%), points otherwise (:func:`_scale`). A target
not on track whose still-needed pace exceeds the fastest observed among places (:func:`fastest`:
provinces' growth 2020–2024, prefectures' urbanisation 2010–2020, in the same direction) is
**out of reach**. A held level (``direction`` hold) the latest figure has left is *moving away*:
no ratio of changes measures progress to a level that asks for none.

A target the latest figure already satisfies is ``already met`` (no change is still required, and
none is printed); a point figure it has gone beyond, past the tolerance, in the direction asked for
is ``already exceeded`` (overshooting a point target is not meeting it, as in the fared rule); an age-structure figure (neutral: a projection, not a goal) the latest figure
has reached is ``already reached``. One verdict per target: a target the plan states with two
numbers is judged at its table statement, the other named in the note. A target with no
official figure after 2020 is listed with status ``no recent figure`` and why; a target whose
latest figure (2021–2024, the post-2020-census vintage: "recent") has no 2020 figure of its vintage
to measure a pace from is ``no base figure`` (:data:`NO_BASE`), with the figure shown. A target met
only through its tolerance says so in its note (:func:`already_note`).
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from analysis.codebook import load_codebook
from analysis.demography import metrics
from analysis.model import forms
from analysis.vocabulary import CEILINGS, NO_BASE_FIGURE
from analysis.model.statements import Target
from analysis.demography.ex_post import LAST_OBSERVED_YEAR, unpublished, within_tolerance_only
from analysis.demography.observed import official

#: The last year whose official figures the progress table uses.
LATEST_YEAR = 2024
#: The status of a target with a recent figure and no base of its vintage to measure a pace from.
NO_BASE = NO_BASE_FIGURE
#: Base year of higher-level plan targets (their documents are not among the seeds): the census.
REFERENCE_BASE_YEAR = 2020


def progress_rows(targets: list[Target], ambition: pd.DataFrame, plans: pd.DataFrame, reference: pd.DataFrame, observations: pd.DataFrame) -> list[dict]:
    """One row per target dated after :data:`LAST_OBSERVED_YEAR`."""
    base_years = dict(zip(plans["plan_id"], plans["base_year"]))
    judged = {(r.plan_id, r.indicator, r.entity, r.year, r.kind, r.target_text, r.qualifier): r for r in ambition.itertuples()}
    rows = []
    reach = fastest_once()
    same: dict[tuple, list[Target]] = {}
    for target in targets:
        if target.kind != "target" or target.year <= LAST_OBSERVED_YEAR or target.value is None:
            continue
        same.setdefault((target.plan_id, target.indicator, target.entity, target.year), []).append(target)
    for statements in same.values():
        # one verdict per target: where the plan states two numbers for it (Luzhou's sex ratio at
        # birth for 2030: 106 in the table, 107 in the text), the table's statement is judged and
        # the other is named in the note with the verdict it would get
        statements = sorted(statements, key=lambda t: "table" not in t.sources)
        results = []
        for target in statements:
            assessed = judged.get((target.plan_id, target.indicator, target.entity, target.year, target.kind, target.value_text, target.qualifier))
            base = base_years.get(target.plan_id)
            results.append(judge_progress(target, assessed, None if base is None or pd.isna(base) else int(base), observations, reach))
        row = results[0]
        others = [f"the plan also states {t.value_text} ({t.sources}, line {t.lines}) for this target ({r['status']})" for t, r in zip(statements[1:], results[1:])]
        row["note"] = "; ".join(filter(None, [row["note"], *others]))
        rows.append(row)
    higher = reference[(reference["role"] == "plan_target") & (reference["year"] > LAST_OBSERVED_YEAR) & (reference["indicator"] != "")]
    for plan_target in higher.itertuples():
        target = Target(
            f"reference: {plan_target.document}", plan_target.indicator, plan_target.entity, int(plan_target.year), "target",
            f"{plan_target.value_published}{plan_target.unit_published}", plan_target.qualifier, float(plan_target.value),
            None, float(plan_target.value) if plan_target.qualifier in CEILINGS else None, "reference",
            f"{plan_target.source_file} row {plan_target.source_row}", "", False,
        )
        row = judge_progress(target, None, REFERENCE_BASE_YEAR, observations, reach)
        row["note"] = "; ".join(filter(None, [f"base year {REFERENCE_BASE_YEAR} (the census): the plan's own base is not in the seeds", row["note"]]))
        rows.append(row)
    return rows


def judge_progress(target: Target, assessed, base_year: int | None, observations: pd.DataFrame, reach: Callable | None = None) -> dict:
    """The progress row of one target from ``base_year`` (the rules of the module docstring); the
    corpus-wide pace table (:mod:`analysis.model.fared`) calls it with the base fixed at 2020.
    ``reach``: :func:`fastest`, or the same function remembered over one pass (:func:`fastest_once`)."""
    indicator = load_codebook()[target.indicator]
    qualifier = target.qualifier
    value = metrics.target_value(qualifier, target.value, target.low, target.high, target.value)
    if assessed is not None and not pd.isna(assessed.target):
        value, qualifier = float(assessed.target), assessed.judged_as or qualifier
    elif qualifier in ("none", "approx") and indicator.better in ("higher", "lower"):
        qualifier = "ge" if indicator.better == "higher" else "le"  # as the ambition module reads it: 79岁 is a floor
    row = {
        "plan_id": target.plan_id, "indicator": target.indicator, "entity": target.entity, "year": target.year,
        "target_text": target.value_text, "qualifier": target.qualifier, "target": value, "base_year": base_year,
        "change_unit": metrics.change_unit(indicator.measure), "note": "",
    }
    figures = official(observations, target.entity, target.indicator)
    recent = figures[(figures["family"] == "post_2020_census") & figures["year"].between(LAST_OBSERVED_YEAR + 1, LATEST_YEAR)]
    if recent.empty:
        reason = unpublished(target.indicator, target.entity) or "no official figure for 2021–2024 in the sources collected"
        return {**row, "status": "no recent figure", "note": reason}
    latest = recent.drop_duplicates("year").iloc[-1]
    row.update(latest_year=int(latest["year"]), latest_value=float(latest["value"]), latest_source=f"{latest['source_id']}: {latest['locator'].split(': ')[0]}")
    # same vintage as the latest figure: post-2020-census figures, and the census year itself (the
    # census count, or for a rate the census year's own figure, which no revision rebased)
    anchor = same_vintage(figures)
    notes = []
    start = anchor[anchor["year"] == base_year] if base_year is not None else anchor.iloc[0:0]
    if start.empty:
        start = anchor[anchor["year"] == LAST_OBSERVED_YEAR]
        if base_year is not None and base_year != LAST_OBSERVED_YEAR:
            notes.append(f"no {base_year} figure of the post-2020-census vintage: observed change measured from the {LAST_OBSERVED_YEAR} figure")
    if start.empty or int(start.iloc[0]["year"]) >= int(latest["year"]):
        # a recent figure (2021–2024, post-2020-census vintage) is there, but no base of its vintage to
        # measure a pace from: "no base figure", never "no recent figure" beside the figure it has
        row.update(status=NO_BASE, note=(f"the {int(latest['year'])} figure ({float(latest['value']):g}) has no {LAST_OBSERVED_YEAR} figure of "
                                         f"the same vintage before it to measure the observed change from: no pace, no verdict"))
        return row
    first = start.iloc[0]
    row.update(base_year=int(first["year"]), base_value=float(first["value"]), base_source=f"{first['source_id']}: {first['locator'].split(': ')[0]}")
    direction = (value > float(first["value"])) - (value < float(first["value"]))
    if assessed is not None and assessed.direction in ("up", "down", "hold"):
        direction = {"up": 1, "down": -1, "hold": 0}[assessed.direction]  # as the ambition table reads the target (稳定在…左右 holds)
    neutral = metrics.is_neutral(target.indicator)
    band = metrics.tolerance(indicator.code, indicator.measure, indicator.unit, value)
    verdict = metrics.outcome_status(qualifier, value, target.low, target.high, float(latest["value"]), direction, band, neutral)
    if neutral and verdict in ("above", "below") and direction != 0 and direction * (float(latest["value"]) - value) > 0:
        verdict = "as stated"  # already past the figure in the direction the plan expects
    scale = _scale(indicator, [float(first["value"]), float(latest["value"]), value])
    row["change_unit"] = metrics.PROGRESS_UNITS[scale]
    pace = lambda v0, t0, v1, t1: metrics.progress_pace(v0, t0, v1, t1, scale)  # noqa: E731
    # Eurostat: the actual pace base → latest against the pace required base → target (same base)
    required = pace(float(first["value"]), int(first["year"]), value, target.year)
    observed = pace(float(first["value"]), int(first["year"]), float(latest["value"]), int(latest["year"]))
    still = pace(float(latest["value"]), int(latest["year"]), value, target.year)
    row.update(required_change=required, observed_change=observed, still_needed_change=still)
    since = anchor[anchor["year"] == LAST_OBSERVED_YEAR]
    if not since.empty and int(first["year"]) != LAST_OBSERVED_YEAR and int(latest["year"]) > LAST_OBSERVED_YEAR:
        row["observed_change_since_2020"] = pace(float(since.iloc[0]["value"]), LAST_OBSERVED_YEAR, float(latest["value"]), int(latest["year"]))
    if verdict == "exceeded" and not neutral:
        # a point figure the latest figure has gone beyond, past its tolerance, in the direction asked for (东莞's 960万
        # for 2025 against 1053.68万 in 2021): the plan's figure is no longer what will happen, and overshooting a point
        # target is not meeting it (the fared rule: exceeded is not met); no change is still needed, none is printed
        row["required_change"] = row["still_needed_change"] = None
        row["status"] = "already exceeded"
        notes.append(f"the {int(latest['year'])} figure ({float(latest['value']):g}) is already beyond {value:g}, by more than its "
                     f"tolerance (±{band:.3g}): overshot")
    elif verdict in ("met", "exceeded", "as stated"):
        row["required_change"] = row["still_needed_change"] = None  # nothing is still needed: no required change is printed
        row["status"] = "already reached" if neutral else "already met"
        notes.append(already_note(int(latest["year"]), float(latest["value"]), qualifier, value, direction, verdict, band, neutral))
    elif direction == 0:
        # a held level asks for no change: no ratio of changes can measure progress to it, and the
        # latest figure has left it
        row["status"] = "moving away"
        notes.append(f"a held level: the {int(latest['year'])} figure has left it (beyond its tolerance ±{band:.3g})")
    else:
        ratio = metrics.ratio(observed, required)
        row["progress_ratio"] = ratio
        row["status"] = metrics.progress_status(ratio)
        reach = (reach or fastest)(target.indicator, scale, still, observations)
        if reach is not None and row["status"] != "on track" and abs(still) > abs(reach[0]) and still * reach[0] > 0:
            row["status"] = "out of reach"
            notes.append(f"still needed {still:+.3g} {row['change_unit']} from {int(latest['year'])}, beyond the fastest observed among places ({reach[1]})")
    row["note"] = "; ".join(notes)
    return row


def already_note(year: int, latest: float, qualifier: str, target: float, direction: int, verdict: str, band: float, neutral: bool) -> str:
    """The note of a target the latest figure already satisfies: says so when it does only through
    the tolerance (:func:`analysis.demography.ex_post.within_tolerance_only`: 温州's 75% urbanisation for
    2025 against 74.7% in 2023, met within ±0.5 points, short of the number)."""
    reached = "reaches the figure" if neutral else "satisfies the target"
    if within_tolerance_only(qualifier, target, latest, direction, verdict):
        return f"the {year} figure ({latest:g}) {reached} only within its tolerance (±{band:.3g}): short of {target:g}"
    return f"the {year} figure already {reached}"


def _scale(indicator, values: list[float]) -> str:
    """The scale progress is measured on: compound growth for stocks, log-odds for shares bounded
    by 0 and 100 (the trend form of :mod:`analysis.model.forms`), points otherwise."""
    if indicator.measure == metrics.STOCK:
        return "growth"
    if forms.form_for(indicator).model == "logistic" and all(0 < v < 100 for v in values):
        return "logit"
    return "points"


def same_vintage(figures: pd.DataFrame) -> pd.DataFrame:
    """The figures a pace is measured on: post-2020-census figures, and the census year itself (the
    census count, or for a rate the census year's own figure, which no revision rebased)."""
    return figures[(figures["family"] == "post_2020_census") | ((figures["year"] == LAST_OBSERVED_YEAR) & (figures["family"] != "pre_2010_census"))]


def fastest_once() -> Callable[[str, str, float, pd.DataFrame], tuple[float, str] | None]:
    """:func:`fastest`, computed once per indicator, scale, direction and observations table, for one
    pass over many targets (the table is only read meanwhile): it depends on ``towards`` only by its
    sign, and a pass asks it of the same few indicators again and again."""
    remembered: dict[tuple, tuple[float, str] | None] = {}

    def lookup(code: str, scale: str, towards: float, observations: pd.DataFrame) -> tuple[float, str] | None:
        key = (code, scale, towards > 0, id(observations))
        if key not in remembered:
            remembered[key] = fastest(code, scale, towards, observations)
        return remembered[key]

    return lookup


def fastest(code: str, scale: str, towards: float, observations: pd.DataFrame) -> tuple[float, str] | None:
    """The fastest pace observed among places in the direction of ``towards`` (on the progress
    scale) and where: for resident population the largest compound growth (or fall) a year of a
    province from its 2020 figure to its 2024 year-end count, on the same base as the rows
    (:func:`same_vintage` of ``observations``: the 2020 census count; 海南 1008.12万 → 1048万); for the urban
    share the largest log-odds change a year of a prefecture between the 2010 and 2020 censuses.
    ``None`` where no such reference exists."""
    if code == "pop_resident" and scale == "growth":
        from analysis.sources import pik_population

        paces = {}
        for province in sorted(set(pik_population.read_series()["province"])):
            figures = same_vintage(official(observations, province, code)).drop_duplicates("year").set_index("year")["value"]
            if LAST_OBSERVED_YEAR in figures.index and LATEST_YEAR in figures.index:
                paces[province] = metrics.progress_pace(float(figures[LAST_OBSERVED_YEAR]), LAST_OBSERVED_YEAR, float(figures[LATEST_YEAR]), LATEST_YEAR, scale)
        if not paces:
            return None
        paces = pd.Series(paces)
        place = paces.idxmax() if towards > 0 else paces.idxmin()
        return float(paces[place]), f"{place} {paces[place]:+.3g}% a year {LAST_OBSERVED_YEAR}–{LATEST_YEAR}"
    if code == "urbanization_resident" and scale == "logit":
        from analysis.sources.census_panel import census_panel

        panel = census_panel()
        wide = panel[panel["indicator"] == code].pivot_table(index="entity", columns="year", values="value").dropna()
        wide = wide[(wide > 0).all(axis=1) & (wide < 100).all(axis=1)]
        paces = (forms.to_scale("logistic", wide[2020]) - forms.to_scale("logistic", wide[2010])) / 10
        paces = pd.Series(paces, index=wide.index)
        place = paces.idxmax() if towards > 0 else paces.idxmin()
        return float(paces[place]), f"{place} {paces[place]:+.3f} log-odds a year 2010–2020"
    return None
