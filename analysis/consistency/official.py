"""Against official statistics: a plan's baselines versus census or communiqué figures for the
same place and year.

Agreement is judged at the precision of the less precise figure. A difference is a **warning**,
or a **note** naming both vintages when the official figure is of another vintage than a plan's
base figure can be (a year-end estimate revised later, or a census count against a year-end
estimate): a vintage difference is context, not an error of the plan. A figure revised after the
2020 census is always such a vintage difference (a plan issued before the revision quotes the
figure as first published: Chongqing's 2015 natural increase, 3.86‰ in the plan, 4.01‰ in the
2021 yearbook's revised series). Otherwise, when the
official figure equals the plan's value for a *different* indicator of the same year (Chongqing's
2015 natural growth rate of 4.01‰ is the plan's rate for the registered population), the finding
says so: one of the two sources has mislabelled the series.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from analysis.consistency.findings import Finding
from analysis.demography.evidence import number, plan_evidence, reference_evidence
from analysis.demography.rounding import rounding_tolerance
from analysis.vocabulary import VINTAGES

#: The words of a finding whose plan figure is another series' figure (the model reads them to
#: leave the plan's figure out of its inputs: :mod:`analysis.model.inputs`).
MISLABELLED = "one source has mislabelled the series"
#: The vintage of a figure revised after the 2020 census (:mod:`analysis.sources.reference`).
REVISED = "revised_after_2020_census"
assert REVISED in VINTAGES


def official_vintage(stat) -> str:
    """The vintage of an official figure: the yearbook it comes from, or its source."""
    found = re.search(r"统计年鉴\s*(\d{4})|(\d{4})年?统计年鉴", str(stat.source_title))
    if found:
        return f"the {found.group(1) or found.group(2)} statistical yearbook's revised series"
    return f"{stat.statistic.replace('_', ' ')} as published in {stat.source_title}"


def plan_vintage(plans: pd.DataFrame, plan_id: str) -> str:
    """The vintage of a plan's figure: as published in the plan, with its issue date."""
    issued = plans.loc[plans["plan_id"] == plan_id, "issue_date"]
    date = str(issued.iloc[0]) if len(issued) and str(issued.iloc[0]) not in ("", "nan", "<NA>") else "undated"
    return f"the figure as published in the plan (issued {date})"


def baselines_against_statistics(indicators: pd.DataFrame, reference: pd.DataFrame, plans: pd.DataFrame | None = None) -> list[Finding]:
    plans = plans if plans is not None else pd.DataFrame(columns=["plan_id", "issue_date"])
    findings = []
    statistics = reference[(reference["role"] == "statistic") & (reference["indicator"] != "")]
    baselines = indicators[(indicators["kind"] == "baseline") & indicators["value"].notna() & indicators["qualifier"].isin(["none", "approx"]) & indicators["period_start"].isna()]
    for (plan_id, code, entity, year), group in baselines.groupby(["plan_id", "indicator", "entity", "year"]):
        official = statistics[(statistics["entity"] == entity) & (statistics["indicator"] == code) & (statistics["year"] == year)]
        for stat in official.itertuples():
            for row in group.sort_values(["source", "line"]).itertuples():
                tolerance = rounding_tolerance(row.value_text, stat.value_published)
                difference = float(stat.value) - float(row.value)
                if abs(difference) <= tolerance + 1e-9:
                    continue
                revised = getattr(stat, "vintage", "") == REVISED
                twin = baselines[(baselines["plan_id"] == plan_id) & (baselines["entity"] == entity) & (baselines["year"] == year) & (baselines["indicator"] != code) & ((baselines["value"] - stat.value).abs() <= tolerance + 1e-9)]
                if revised:
                    # a plan written before the revision cannot quote it: a figure that matches the
                    # revised one elsewhere in the plan is a coincidence, not a mislabelled series
                    twin = twin.iloc[0:0]
                vintage = (stat.statistic in ("year_end_estimate", "annual") or revised) and row.source in ("table", "text")
                message = f"{code} {year}: the plan says {row.value_text}, the official {stat.statistic.replace('_', ' ')} is {stat.value_published}{stat.unit_published}"
                if not twin.empty:
                    message += f" — which is the plan's own figure for {twin.iloc[0]['indicator']}: {MISLABELLED}"
                elif vintage:
                    message += f" — different vintages: {plan_vintage(plans, plan_id)} against {official_vintage(stat)}"
                findings.append(
                    Finding(
                        "official.baseline", (plan_id,), (code,), int(year), "warning" if not twin.empty or not vintage else "note", message,
                        (plan_evidence(row._asdict()), reference_evidence(stat._asdict()), *(plan_evidence(t) for _, t in twin.head(1).iterrows())),
                        f"plan {number(row.value)}; official {number(stat.value)}; difference {number(difference)} ({difference / float(row.value):+.1%})",
                    )
                )
                break
    return findings


def all_official(indicators: pd.DataFrame, reference: pd.DataFrame, plans: pd.DataFrame | None = None) -> Iterable[Finding]:
    yield from baselines_against_statistics(indicators, reference, plans)
