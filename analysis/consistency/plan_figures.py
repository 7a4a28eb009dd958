"""A plan's own path for one indicator, as the new checks read it.

:func:`plan_path` gives one figure per year for a plan × indicator × place: stated levels (prose
before table, because the checks set prose statements against prose statements first), period
averages and qualitative targets left out, plus the start levels implied by stated changes
(425.41万 in 2020 "较2010年增加3.61万人" gives 421.80万 in 2010). :func:`speed` is the change a
year between two figures — compound growth in % for stocks, points for rates and shares — taken
at the end of the rounding range that favours the plan.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from analysis.demography.evidence import plan_evidence
from analysis.demography import metrics
from analysis.demography.accounting import USABLE

DERIVABLE = ("absolute", "percentage_points", "per_mille_points")


@dataclass(frozen=True)
class Figure:
    year: int
    value: float
    text: str
    kind: str  # baseline, target, projection, or derived
    evidence: str
    band: float  # half a unit of the last written digit
    qualifier: str = ""  # the plan row's qualifier (approx for 左右), empty for derived figures

    def label(self) -> str:
        return f"{self.text} ({self.year})"


def levels(indicators: pd.DataFrame, plan_id: str, code: str, entity: str) -> pd.DataFrame:
    rows = indicators[
        (indicators["plan_id"] == plan_id) & (indicators["indicator"] == code) & (indicators["entity"] == entity)
        & indicators["value"].notna() & indicators["qualifier"].isin(USABLE) & indicators["period_start"].isna()
    ]
    return rows.sort_values(["year", "source", "line"], ascending=[True, False, True])  # "text" before "table"


def plan_path(indicators: pd.DataFrame, changes: pd.DataFrame, plan_id: str, code: str, entity: str) -> list[Figure]:
    rows = levels(indicators, plan_id, code, entity)
    figures: dict[int, Figure] = {}
    for row in rows.to_dict("records"):
        figures.setdefault(int(row["year"]), Figure(int(row["year"]), float(row["value"]), str(row["value_text"]), str(row["kind"]), plan_evidence(row),
                                                    metrics.approx_band(float(row["value"]), str(row["value_text"])), str(row["qualifier"])))
    stated = changes[
        (changes["plan_id"] == plan_id) & (changes["indicator"] == code) & (changes["entity"] == entity)
        & changes["change_type"].isin(DERIVABLE) & changes["from_year"].notna()
    ]
    for change in stated.sort_values(["from_year", "line"]).to_dict("records"):
        start, end = int(change["from_year"]), figures.get(int(change["year"]))
        if start in figures or end is None or end.kind != "baseline":
            continue
        value = round(end.value - float(change["value"]), 6)
        figures[start] = Figure(start, value, f"{value:g} (= {end.text} less {change['value_text']})", "derived", plan_evidence(change), end.band + metrics.approx_band(float(change["value"]), str(change["value_text"])))
    return sorted(figures.values(), key=lambda f: f.year)


def speed(start: Figure, end: Figure, stock: bool, favour: int = 0) -> float:
    """Change a year from ``start`` to ``end``; ``favour`` = −1 takes the slowest change the rounding
    allows, +1 the fastest, 0 the written values."""
    a, b = start.value - favour * start.band, end.value + favour * end.band
    years = end.year - start.year
    if stock:
        return ((b / a) ** (1 / years) - 1) * 100
    return (b - a) / years
