"""Across plans: what may be compared with what, and statistics one plan quotes about another city.

* :func:`definitions_across_plans` — for each family of look-alike indicators (schooling of the
  main working-age population, of the working-age population, of new labour-force entrants, of
  the population 15+; working-age shares for 15–59, 16–59, 15–64 or an unstated band) the note
  lists which plan uses which definition, so the report never compares unlike with unlike;
* :func:`other_cities_in_tables` — a value one plan gives for another plan's city, set against
  that plan's own statement for the same indicator and year.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from analysis.codebook import Codebook
from analysis.consistency.findings import Finding
from analysis.demography.evidence import number, plan_evidence
from analysis.consistency.definitions import FAMILIES
from analysis.consistency.internal import half_unit


def definitions_across_plans(indicators: pd.DataFrame, codebook: Codebook) -> list[Finding]:
    findings = []
    levels = indicators[indicators["indicator"] != "unmapped"]
    for family, codes in FAMILIES.items():
        rows = levels[levels["indicator"].isin(codes)]
        used = rows.groupby("plan_id")["indicator"].apply(lambda s: tuple(sorted(set(s))))
        if rows["indicator"].nunique() < 2 or len(used) < 2:
            continue
        evidence = tuple(plan_evidence(rows[(rows["plan_id"] == plan) & (rows["indicator"] == code)].sort_values("line").iloc[0]) for plan, codes_used in used.items() for code in codes_used)
        summary = "; ".join(f"{plan}: {', '.join(codebook[c].name_en for c in codes_used)}" for plan, codes_used in used.items())
        findings.append(
            Finding(
                "across.definitions", tuple(used.index), tuple(sorted(rows["indicator"].unique())), None, "note",
                f"{family} is measured for different populations across the plans; only like is compared with like: {summary}",
                evidence, "; ".join(f"{plan}: {len(rows[rows['plan_id'] == plan])} values" for plan in used.index),
            )
        )
    return findings


def other_cities_in_tables(indicators: pd.DataFrame, plans: pd.DataFrame) -> list[Finding]:
    findings = []
    cities = dict(zip(plans["place_zh"], plans["plan_id"]))
    levels = indicators[indicators["value"].notna()]
    for row in levels.itertuples():
        owner = cities.get(row.entity)
        if owner is None or owner == row.plan_id:
            continue
        own = levels[(levels["plan_id"] == owner) & (levels["indicator"] == row.indicator) & (levels["entity"] == row.entity) & (levels["year"] == row.year)]
        if own.empty:
            message = f"{row.plan_id} gives {row.entity}'s {row.indicator} for {row.year} ({row.value_text}); {owner}'s own plan states no such figure"
            findings.append(Finding("across.other_city", (row.plan_id, owner), (row.indicator,), int(row.year), "note", message, (plan_evidence(row._asdict()),), f"value {number(row.value)}"))
            continue
        first = own.sort_values(["source", "line"]).iloc[0]
        agrees = abs(first["value"] - row.value) <= half_unit(first["value_text"]) + half_unit(row.value_text)
        findings.append(
            Finding(
                "across.other_city", (row.plan_id, owner), (row.indicator,), int(row.year), "note" if agrees else "warning",
                f"{row.plan_id} gives {row.entity}'s {row.indicator} for {row.year} as {row.value_text}; {owner} itself says {first['value_text']}"
                + ("" if agrees else " — the two plans disagree"),
                (plan_evidence(row._asdict()), plan_evidence(first)), f"{number(row.value)} vs {number(first['value'])}",
            )
        )
    return findings


def all_across(indicators: pd.DataFrame, plans: pd.DataFrame, codebook: Codebook) -> Iterable[Finding]:
    yield from definitions_across_plans(indicators, codebook)
    yield from other_cities_in_tables(indicators, plans)
