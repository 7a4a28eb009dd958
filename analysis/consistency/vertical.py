"""Vertical: each plan's targets against the national plan's (and its province's) targets.

For every higher-level target in the reference data (role ``plan_target``) whose year lies in a
plan's period, the plan's own target for the same indicator and year is classed as **above**,
**equal** or **below** it (at the precision the targets are written with), or **not addressed**.
Whether above is more or less demanding depends on the indicator (a higher life expectancy, a
lower sex ratio at birth) and is said in words.

A city's population target is set against its province's: the share of the provincial target
the city's target implies, compared with the city's share at the base year (from the census).
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from analysis.codebook import Codebook
from analysis.consistency.findings import Finding
from analysis.demography.evidence import number, plan_evidence, reference_evidence
from analysis.demography import metrics
from analysis import vocabulary

COMPARABLE_WITH_NATIONAL = ("tfr", "srb", "life_expectancy", "urbanization_resident", "urbanization_hukou", "share_60plus", "share_0_14")


def against_higher_targets(indicators: pd.DataFrame, plans: pd.DataFrame, reference: pd.DataFrame, codebook: Codebook) -> list[Finding]:
    findings = []
    higher = reference[reference["role"].isin(["plan_target", "plan_projection"]) & reference["indicator"].isin(COMPARABLE_WITH_NATIONAL)]
    targets = indicators[indicators["kind"].isin(["target", "projection"]) & indicators["value"].notna()]
    for plan in plans.itertuples():
        first = int(plan.period_start) if not pd.isna(plan.period_start) else int(plan.base_year) + 1
        scope = higher[(higher["entity"].isin(["中国", plan.province_zh])) & higher["year"].between(first, int(plan.period_end))]
        for level in scope.itertuples():
            own = targets[(targets["plan_id"] == plan.plan_id) & (targets["indicator"] == level.indicator) & (targets["entity"] == plan.place_zh) & (targets["year"] == level.year)]
            who = "national" if level.entity == "中国" else "provincial"
            if own.empty:
                findings.append(
                    Finding("vertical.higher_target", (plan.plan_id,), (level.indicator,), int(level.year), "note",
                            f"{plan.plan_id} sets no {level.indicator} target for {level.year}; the {who} {level.role.replace('plan_', '')} is {level.value_published}{level.unit_published} ({level.document})",
                            (reference_evidence(level._asdict()),), "not addressed")
                )
                continue
            row = own.sort_values(["source", "line"]).iloc[0]
            band = max(metrics.approx_band(float(level.value), str(level.value_published)), metrics.approx_band(float(row["value"]), row["value_text"]))
            difference = float(row["value"]) - float(level.value)
            position = "equal to" if abs(difference) <= band else ("above" if difference > 0 else "below")
            better = codebook[level.indicator].better
            demanding = ""
            if level.qualifier in vocabulary.CEILINGS + vocabulary.FLOORS:
                inside = difference <= 0 if level.qualifier in vocabulary.CEILINGS else difference >= 0
                demanding = f" — {'within' if inside else 'outside'} the {who} {'ceiling' if level.qualifier in vocabulary.CEILINGS else 'floor'}"
            elif position != "equal to" and better != "neutral":
                more = (difference > 0) == (better == "higher")
                demanding = " — more demanding" if more else " — less demanding"
            findings.append(
                Finding("vertical.higher_target", (plan.plan_id,), (level.indicator,), int(level.year), "note",
                        f"{plan.plan_id}'s {level.indicator} {level.year} target {row['value_text']} is {position} the {who} {level.role.replace('plan_', '')} of {level.value_published}{level.unit_published} ({level.document}){demanding}",
                        (plan_evidence(row), reference_evidence(level._asdict())), f"plan {number(row['value'])}; {who} {number(level.value)}; difference {number(difference)}")
            )
    return findings


def population_share_of_province(indicators: pd.DataFrame, plans: pd.DataFrame, reference: pd.DataFrame) -> list[Finding]:
    findings = []
    statistics = reference[(reference["role"] == "statistic") & (reference["indicator"] == "pop_resident")]
    provincial = reference[(reference["role"] == "plan_target") & (reference["indicator"] == "pop_resident")]
    targets = indicators[(indicators["kind"] == "target") & (indicators["indicator"] == "pop_resident") & indicators["value"].notna()]
    for plan in plans.itertuples():
        for level in provincial[provincial["entity"] == plan.province_zh].itertuples():
            own = targets[(targets["plan_id"] == plan.plan_id) & (targets["entity"] == plan.place_zh) & (targets["year"] == level.year)]
            base = int(plan.base_year)
            city_now = statistics[(statistics["entity"] == plan.place_zh) & (statistics["year"] == base) & (statistics["statistic"] == "census")]
            province_now = statistics[(statistics["entity"] == plan.province_zh) & (statistics["year"] == base) & (statistics["statistic"] == "census")]
            if own.empty or city_now.empty or province_now.empty:
                continue
            row = own.sort_values(["source", "line"]).iloc[0]
            share_now = float(city_now.iloc[0]["value"]) / float(province_now.iloc[0]["value"]) * 100
            share_target = float(row["value"]) / float(level.value) * 100
            change = share_target - share_now
            findings.append(
                Finding(
                    "vertical.share_of_province", (plan.plan_id,), ("pop_resident",), int(level.year), "warning" if abs(change) >= 0.5 else "note",
                    f"{plan.place_zh}'s {level.year} population target of {number(row['value'])}万 is {share_target:.2f}% of {plan.province_zh}'s target of {level.value_published}万, "
                    f"against {share_now:.2f}% at the {base} census: the city claims a {'larger' if change > 0 else 'smaller'} share of the province by {abs(change):.2f} points",
                    (plan_evidence(row), reference_evidence(level._asdict()), reference_evidence(city_now.iloc[0]), reference_evidence(province_now.iloc[0])),
                    f"share at {base}: {share_now:.3f}%; implied by targets: {share_target:.3f}%",
                )
            )
    return findings


def all_vertical(indicators: pd.DataFrame, plans: pd.DataFrame, reference: pd.DataFrame, codebook: Codebook) -> Iterable[Finding]:
    yield from against_higher_targets(indicators, plans, reference, codebook)
    yield from population_share_of_province(indicators, plans, reference)
