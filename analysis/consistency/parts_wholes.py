"""Parts and wholes beyond the main indicator table.

* :func:`region_tables` — a statistical table by district or county (entities other than the
  plan's city, in one table section): each row's change column must equal the difference of its
  level columns, and the sum of the districts' changes must equal the change the prose states for
  the whole city (for stocks, which add up) (the sum of the districts' levels against the city is
  ``internal.parts_and_whole``). Rounding of every summand is allowed for. A difference beyond it:
  **error** (the table and the prose cannot both be right).
* :func:`household_size_against_census` — the average household size a plan states (and the
  earlier size implied by its stated change) against the census panel for the same place and
  year (population in family households ÷ family households). A difference beyond rounding is a
  **warning**; if the plan's figure equals the census figure of another year, the finding says
  so.
"""

from __future__ import annotations

import pandas as pd

from analysis.codebook import Codebook
from analysis.consistency.census_panel import census_value
from analysis.consistency.demographic_accounting import census_evidence
from analysis.consistency.findings import Finding, plan_evidence
from analysis.consistency.internal import half_unit
from analysis.consistency.plan_figures import plan_path


def region_tables(indicators: pd.DataFrame, changes: pd.DataFrame, plans: pd.DataFrame, codebook: Codebook) -> list[Finding]:
    findings = []
    cities = dict(zip(plans["plan_id"], plans["city_zh"]))
    table_changes = changes[(changes["source"] == "table") & (changes["change_type"] == "absolute") & changes["from_year"].notna()]
    for (plan_id, section, code, start, end), rows in table_changes.groupby(["plan_id", "section", "indicator", "from_year", "year"]):
        city = cities.get(plan_id)
        parts = rows[rows["entity"] != city]
        if len(parts) < 2:
            continue
        levels = indicators[(indicators["plan_id"] == plan_id) & (indicators["section"] == section) & (indicators["indicator"] == code)]
        for row in parts.itertuples():
            mine = levels[levels["entity"] == row.entity].set_index("year")
            if int(start) not in mine.index or int(end) not in mine.index:
                continue
            a, b = mine.loc[int(start)], mine.loc[int(end)]
            difference = float(b["value"]) - float(a["value"])
            tolerance = half_unit(a["value_text"]) + half_unit(b["value_text"]) + half_unit(row.value_text)
            if abs(difference - float(row.value)) > tolerance + 1e-9:
                findings.append(
                    Finding("parts.region_table", (plan_id,), (code,), int(end), "error",
                            f"{row.entity} in table '{section}': the change column says {row.value_text}, the levels {a['value_text']} → {b['value_text']} differ by {difference:+.4g}",
                            (plan_evidence(row._asdict()),), f"{b['value_text']} − {a['value_text']} = {difference:+.4g}; stated {row.value_text}; rounding ±{tolerance:.3g}")
                )
        if codebook[code].measure != "stock":  # shares and means of districts do not add up
            continue
        whole = changes[(changes["plan_id"] == plan_id) & (changes["indicator"] == code) & (changes["entity"] == city) & (changes["from_year"] == start) & (changes["year"] == end) & (changes["source"] == "text")]
        if whole.empty:
            continue
        stated = whole.iloc[0]
        summed = float(parts["value"].sum())
        tolerance = sum(half_unit(t) for t in parts["value_text"]) + half_unit(stated["value_text"])
        if abs(summed - float(stated["value"])) > tolerance + 1e-9:
            findings.append(
                Finding("parts.region_table", (plan_id,), (code,), int(end), "error",
                        f"the {len(parts)} districts of table '{section}' changed by {summed:+.2f} in total from {int(start)} to {int(end)}; the prose says the city changed by {stated['value_text']}",
                        (plan_evidence(stated), *(plan_evidence(r) for r in parts.to_dict("records"))),
                        " + ".join(f"({t})" for t in parts["value_text"]) + f" = {summed:+.4g}; stated {stated['value_text']}; rounding ±{tolerance:.3g}")
            )
    return findings


def household_size_against_census(indicators: pd.DataFrame, changes: pd.DataFrame, plans: pd.DataFrame, census: pd.DataFrame) -> list[Finding]:
    findings = []
    for plan in plans.itertuples():
        for figure in plan_path(indicators, changes, plan.plan_id, "household_size", plan.city_zh):
            if figure.kind not in ("baseline", "derived"):
                continue
            official = census_value(census, plan.city_zh, "household_size", figure.year)
            if official is None:
                continue
            tolerance = figure.band + 0.005
            if abs(figure.value - official) <= tolerance + 1e-9:
                continue
            others = [y for y in (2010, 2020) if y != figure.year and (v := census_value(census, plan.city_zh, "household_size", y)) is not None and abs(v - figure.value) <= tolerance + 1e-9]
            findings.append(
                Finding(
                    "parts.households", (plan.plan_id,), ("household_size",), figure.year, "warning",
                    f"household size {figure.label()} differs from the {figure.year} census ({official:.2f} persons)"
                    + (f"; it is the {others[0]} census figure" if others else ""),
                    (figure.evidence, census_evidence(plan.city_zh, "household_size", figure.year, official)),
                    f"plan {figure.value:g}; census {official:.2f}; difference {figure.value - official:+.2f}; rounding ±{tolerance:.3g}",
                )
            )
    return findings
