"""Against official statistics: a plan's baselines versus census or communiqué figures for the
same place and year.

Agreement is judged at the precision of the less precise figure. A difference is a **warning**,
or a **note** when the official figure is of another vintage than a plan's base figure can be
(a year-end estimate revised later, or a census count against a year-end estimate). When the
official figure equals the plan's value for a *different* indicator of the same year (Chongqing's
2015 natural growth rate of 4.01‰ is the plan's rate for the registered population), the finding
says so: one of the two sources has mislabelled the series.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from analysis.consistency.findings import Finding, number, plan_evidence, reference_evidence
from analysis.extract.crosscheck import rounding_tolerance


def baselines_against_statistics(indicators: pd.DataFrame, reference: pd.DataFrame) -> list[Finding]:
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
                twin = baselines[(baselines["plan_id"] == plan_id) & (baselines["entity"] == entity) & (baselines["year"] == year) & (baselines["indicator"] != code) & ((baselines["value"] - stat.value).abs() <= tolerance + 1e-9)]
                vintage = stat.statistic in ("year_end_estimate", "annual") and row.source in ("table", "text")
                message = f"{code} {year}: the plan says {row.value_text}, the official {stat.statistic.replace('_', ' ')} is {stat.value_published}{stat.unit_published}"
                if not twin.empty:
                    message += f" — which is the plan's own figure for {twin.iloc[0]['indicator']}: one source has mislabelled the series"
                elif vintage:
                    message += " — annual series are revised (for example after a census): different vintages"
                findings.append(
                    Finding(
                        "official.baseline", (plan_id,), (code,), int(year), "warning" if not twin.empty or not vintage else "note", message,
                        (plan_evidence(row._asdict()), reference_evidence(stat._asdict()), *(plan_evidence(t) for _, t in twin.head(1).iterrows())),
                        f"plan {number(row.value)}; official {number(stat.value)}; difference {number(difference)} ({difference / float(row.value):+.1%})",
                    )
                )
                break
    return findings


def all_official(indicators: pd.DataFrame, reference: pd.DataFrame) -> Iterable[Finding]:
    yield from baselines_against_statistics(indicators, reference)
