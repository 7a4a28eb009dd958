"""One number under two definitions within a plan.

The same number given under two codes of one family (schooling; working-age share) in one plan
is a **note** when one label abbreviates the other (a label without its age band: 劳动年龄人口 for
主要劳动年龄人口) — one measure, two labels — and a **warning** when the two codes are different
populations (new labour-force entrants against the working-age population): a reader would take
one for the other.
"""

from __future__ import annotations

import pandas as pd

from analysis.consistency.findings import Finding
from analysis.demography.evidence import number, plan_evidence

#: Indicators measuring the same thing for different populations: equal numbers under different
#: codes in one plan suggest a mislabelled row.
#: Codes that abbreviate another code of their family (a label without its age band: 劳动年龄人口
#: for 主要劳动年龄人口 or 16—59岁劳动年龄人口). The same number under such a label and the full one
#: is one measure with two labels (a note); under two different populations, a warning.
ABBREVIATIONS = {
    "edu_years_working_age": ("edu_years_main_working_age", "edu_years_16_59"),
    "share_working_age": ("share_15_59", "share_16_59", "share_15_64"),
}
FAMILIES = {
    "schooling": ("edu_years_main_working_age", "edu_years_working_age", "edu_years_16_59", "edu_years_15plus", "edu_years_new_labour"),
    "working-age share": ("share_15_59", "share_16_59", "share_15_64", "share_working_age"),
}


def _levels(indicators: pd.DataFrame) -> pd.DataFrame:
    return indicators[indicators["value"].notna() & (indicators["indicator"] != "unmapped")]


def definitions_within_plan(indicators: pd.DataFrame) -> list[Finding]:
    """The same number under two definitions of one family in a plan (table label vs text)."""
    findings = []
    levels = _levels(indicators)
    for family, codes in FAMILIES.items():
        rows = levels[levels["indicator"].isin(codes)]
        for (plan_id, year, value), group in rows.groupby(["plan_id", "year", "value"]):
            if group["indicator"].nunique() < 2:
                continue
            ordered = group.sort_values(["source", "line"])
            codes = set(group["indicator"])
            one_measure = any(short in codes and codes - {short} <= set(full) for short, full in ABBREVIATIONS.items())
            findings.append(
                Finding(
                    "internal.definition", (plan_id,), tuple(sorted(codes)), int(year), "note" if one_measure else "warning",
                    (f"{number(value)} in {year} is given under two labels of one measure (one without its age band): " if one_measure
                     else f"{number(value)} years of {family} in {year} is given for different populations: ")
                    + " vs ".join(f"{r.indicator_raw} ({r.source})" for r in ordered.itertuples()),
                    tuple(plan_evidence(r._asdict()) for r in ordered.itertuples()),
                    f"same value {number(value)} under {', '.join(sorted(group['indicator'].unique()))}",
                )
            )
    return findings
