"""Historical points for one plan × indicator, from the plan itself and from official statistics.

Three kinds of point, always labelled with their origin:

* **plan** — the plan's own baseline statements (``kind == baseline``) for its city: the table
  when the table states the year, otherwise the earliest text statement; bounds (以下, 以上) and
  period averages (十年平均) are not points;
* **derived** — a level implied by a stated change and the level stated in the same sentence:
  ``2015年…244.3万人，与2010年相比共增加1.45万人`` gives 2010 = 242.85. Only absolute and
  percentage-point changes are used (a "提高5.31%" of a share is ambiguous between percent and
  points);
* **reference** — official figures for the city up to the plan's base year from the observations
  table (``data/reference/observations.csv``): census counts, and the annual figures first published
  after the latest census before the base year (see :func:`reference_points`; vintages are never
  spliced: pre-census estimates and figures revised after a later census are left out).

Data variants (the ``data`` column of the trend table):

``plan``            plan and derived points only;
``plan+reference``  plan and derived points, with official statistics for the years the plan
                    does not state (the plan's own figure wins where both exist — a disagreement
                    is a finding of the consistency audit, not something to average);
``census``          census counts only (at least two), so that a trend never splices census
                    counts with pre-census annual estimates of another vintage.

A trend model must not see data from after the plan was written: reference points are limited
to the plan's base year; the plan's own baselines are by definition known to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

VARIANTS = ("plan", "plan+reference", "census")
USABLE_QUALIFIERS = ("none", "approx")
DERIVABLE_CHANGES = ("absolute", "percentage_points")


@dataclass(frozen=True)
class Point:
    year: int
    value: float
    origin: str  # plan table, plan text, derived, reference census, reference year_end_estimate …
    reference: str  # "line 55" or "reference_statistics.csv row 7"


def plan_points(indicators: pd.DataFrame, changes: pd.DataFrame, plan_id: str, indicator: str, entity: str) -> list[Point]:
    """The plan's own baseline points, and the points implied by its stated changes."""
    rows = indicators[
        (indicators["plan_id"] == plan_id) & (indicators["indicator"] == indicator) & (indicators["entity"] == entity)
        & (indicators["kind"] == "baseline") & indicators["value"].notna() & indicators["qualifier"].isin(USABLE_QUALIFIERS)
        & indicators["period_start"].isna()
    ]
    points: dict[int, Point] = {}
    for row in rows.sort_values(["year", "source", "line"]).itertuples():  # "table" sorts before "text"
        points.setdefault(int(row.year), Point(int(row.year), float(row.value), f"plan {row.source}", f"line {row.line}"))
    stated = changes[
        (changes["plan_id"] == plan_id) & (changes["indicator"] == indicator) & (changes["entity"] == entity)
        & changes["change_type"].isin(DERIVABLE_CHANGES) & changes["from_year"].notna()
    ]
    for row in stated.sort_values(["from_year", "line"]).itertuples():
        start = int(row.from_year)
        level = rows[(rows["year"] == row.year) & (rows["line"] == row.line)]  # the level the change is stated from
        if start in points or level.empty:
            continue
        end = float(level.iloc[0]["value"])
        points[start] = Point(start, round(end - float(row.value), 6), "derived", f"line {row.line}: {level.iloc[0]['value_text']} less {row.value_text}")
    return sorted(points.values(), key=lambda point: point.year)


def reference_points(observations: pd.DataFrame, entity: str, indicator: str, cutoff: int | None) -> list[Point]:
    """Official figures for a place and indicator up to ``cutoff``, census-anchored, never spliced.

    The census counts up to ``cutoff`` (communiqué before yearbook), and the annual figures first
    published for the years after the latest of those censuses — the estimates benchmarked on it.
    Annual figures of earlier years (pre-census estimates the census superseded), figures revised
    after a later census (a plan could not know them) and model estimates are left out.
    """
    from analysis.demography.observed import official

    rows = official(observations, entity, indicator)
    if cutoff is not None:
        rows = rows[rows["year"] <= cutoff]
    census = rows[rows["family"] == "census"]
    last_census = int(census["year"].max()) if not census.empty else None
    annual = rows[(rows["family"] == "first_published") & (rows["basis"] != "census")]
    annual = annual[annual["year"] > last_census] if last_census is not None else annual.iloc[0:0]
    points: dict[int, Point] = {}
    for row in pd.concat([census, annual]).itertuples():
        origin = "reference census" if row.basis == "census" else f"reference {row.basis} ({row.vintage.replace('_', ' ')})"
        points.setdefault(int(row.year), Point(int(row.year), float(row.value), origin, f"{row.source_id}: {row.locator.split(': ')[0]}"))
    return sorted(points.values(), key=lambda point: point.year)


def combine(plan: list[Point], reference: list[Point], variant: str) -> list[Point]:
    """The points of one data variant (see the module docstring)."""
    if variant == "plan":
        return list(plan)
    if variant == "census":
        return [point for point in reference if point.origin == "reference census"]
    stated = {point.year for point in plan}
    return sorted([*plan, *(point for point in reference if point.year not in stated)], key=lambda point: point.year)


def mixed_vintage(points: list[Point]) -> bool:
    """True when census counts and annual estimates of official statistics are spliced."""
    origins = {point.origin for point in points if point.origin.startswith("reference")}
    return "reference census" in origins and bool(origins - {"reference census"})


def describe(points: list[Point]) -> str:
    """``2010: 53.02 (plan text, line 18); 2015: 60.9 (plan table, line 146)`` — for tables and notebooks."""
    return "; ".join(f"{p.year}: {p.value:g} ({p.origin}, {p.reference})" for p in points)


def parse(described: str) -> list[Point]:
    """The points of a :func:`describe` string (the values at the precision written there)."""
    points = []
    for item in re.split(r"; (?=\d{4}: )", described) if described else []:
        found = re.match(r"(\d{4}): (\S+) \((.+?), (.*)\)$", item)
        if not found:
            raise ValueError(f"not a described point: {item!r}")
        points.append(Point(int(found.group(1)), float(found.group(2)), found.group(3), found.group(4)))
    return points
