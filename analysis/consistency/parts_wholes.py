"""Parts and wholes beyond the main indicator table.

* :func:`region_tables` — a statistical table by district or county (entities other than the
  plan's city, in one table section) of a stock: the districts' levels must add up to the city's
  level for each year (stated, or implied by the change the prose states), and the districts'
  changes to the change the prose states for the city. Rounding of every summand is allowed for.
  A difference beyond it: **error** (the table and the prose cannot both be right). Each row's
  change against its own levels is ``internal.stated_change``.
* :func:`household_size_against_census` — the average household size a plan states (and the
  earlier size implied by its stated change) against the census panel for the same place and
  year (population in family households ÷ family households). A difference beyond rounding is a
  **warning**; if the plan's figure equals the census figure of another year, the finding says
  so.
"""

from __future__ import annotations

import pandas as pd

from analysis.codebook import Codebook
from analysis.demography.census import census_evidence, census_value
from analysis.consistency.findings import Finding
from analysis.demography.evidence import plan_evidence
from analysis.consistency.internal import half_unit
from analysis.consistency.plan_figures import plan_path
from analysis.demography.series import plan_points

SUM_SLACK = 0.01  # float noise in sums of two-decimal numbers


def region_tables(indicators: pd.DataFrame, changes: pd.DataFrame, plans: pd.DataFrame, codebook: Codebook) -> list[Finding]:
    findings = []
    cities = dict(zip(plans["plan_id"], plans["place_zh"]))
    table = indicators[(indicators["source"] == "table") & indicators["value"].notna()]
    for (plan_id, section, code), rows in table.groupby(["plan_id", "section", "indicator"]):
        city = cities.get(plan_id)
        parts = rows[rows["entity"] != city]
        if parts["entity"].nunique() < 2 or (rows["entity"] == city).any() or codebook[code].measure != "stock":
            continue
        points = {p.year: p for p in plan_points(indicators, changes, plan_id, code, city)}
        compared, wrong = [], False
        for year, level in parts.groupby("year"):
            if int(year) not in points:
                continue
            summed, whole = float(level["value"].sum()), points[int(year)]
            tolerance = sum(half_unit(t) for t in level["value_text"]) + half_unit(whole.value) + SUM_SLACK
            wrong |= abs(summed - whole.value) > tolerance
            compared.append(f"{int(year)}: Σ {len(level)} districts = {summed:.2f}, city {whole.value:g} ({whole.origin}, {whole.reference})")
        part_changes = changes[(changes["plan_id"] == plan_id) & (changes["section"] == section) & (changes["indicator"] == code) & (changes["entity"] != city) & changes["from_year"].notna()]
        evidence = [plan_evidence(parts.sort_values("line").iloc[0])]
        for (start, end), moved in part_changes.groupby(["from_year", "year"]):
            whole = changes[(changes["plan_id"] == plan_id) & (changes["indicator"] == code) & (changes["entity"] == city) & (changes["from_year"] == start) & (changes["year"] == end)]
            if whole.empty:
                continue
            stated = whole.sort_values("line").iloc[0]
            summed = float(moved["value"].sum())
            tolerance = sum(half_unit(t) for t in moved["value_text"]) + half_unit(stated["value_text"]) + SUM_SLACK
            wrong |= abs(summed - float(stated["value"])) > tolerance
            compared.append(f"{int(start)}–{int(end)}: Σ district changes = {summed:+.2f}, the prose says {float(stated['value']):+g}")
            evidence.append(plan_evidence(stated))
        if wrong:
            findings.append(
                Finding("parts.region_table", (plan_id,), (code,), int(parts["year"].max()), "error",
                        f"the districts of table '{section}' do not add up to the city: " + "; ".join(compared),
                        tuple(evidence), "; ".join(compared) + " (rounding of every summand allowed)")
            )
    return findings


def household_size_against_census(indicators: pd.DataFrame, changes: pd.DataFrame, plans: pd.DataFrame, census: pd.DataFrame) -> list[Finding]:
    findings = []
    for plan in plans.itertuples():
        for figure in plan_path(indicators, changes, plan.plan_id, "household_size", plan.place_zh):
            if figure.kind not in ("baseline", "derived"):
                continue
            official = census_value(census, plan.place_zh, "household_size", figure.year)
            if official is None:
                continue
            tolerance = figure.band + 0.005
            if abs(figure.value - official) <= tolerance + 1e-9:
                continue
            others = [y for y in (2010, 2020) if y != figure.year and (v := census_value(census, plan.place_zh, "household_size", y)) is not None and abs(v - figure.value) <= tolerance + 1e-9]
            findings.append(
                Finding(
                    "parts.households", (plan.plan_id,), ("household_size",), figure.year, "warning",
                    f"household size {figure.label()} differs from the {figure.year} census ({official:.2f} persons)"
                    + (f"; it is the {others[0]} census figure" if others else ""),
                    (figure.evidence, census_evidence(plan.place_zh, "household_size", figure.year, official)),
                    f"plan {figure.value:g}; census {official:.2f}; difference {figure.value - official:+.2f}; rounding ±{tolerance:.3g}",
                )
            )
    return findings
