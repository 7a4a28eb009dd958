"""Every consistency check: id, family, the function that runs it, its formula and its severity rule.

The stage runs the checks in this order; the report's consistency page prints this table; a test
checks that every ``check_id`` in the output is listed here. Severity words are those defined in
:mod:`analysis.consistency.findings`.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class Check:
    check_id: str
    family: str
    function: str
    formula: str
    severity_rule: str


CHECKS = (
    Check("internal.text_vs_table", "text against table", "internal.text_vs_table", "|text − table| beyond the rounding of both", "error if the difference exceeds 1% of the value, else warning"),
    Check("internal.header_year", "text against table", "internal.header_years", "a column's values equal statements for another year, none for its own", "warning"),
    Check("internal.unit", "text against table", "internal.units_and_ranges", "unit written against the codebook unit", "warning (a unit typo of a cell, e.g. % for a TFR); note for a ratio without its base"),
    Check("internal.implausible_value", "text against table", "internal.units_and_ranges", "value outside the plausible range of the measure", "warning for srb and tfr, error otherwise"),
    Check("internal.share_of_total", "parts and wholes", "internal.shares_and_totals", "share = count / total × 100 (resident, then registered denominator)", "error if no denominator fits; if only the registered one does: warning when the plan uses the resident one elsewhere for the measure, else note"),
    Check("internal.parts_and_whole", "parts and wholes", "internal.parts_and_wholes", "Σ parts = whole (urban + rural, age groups, districts, shares to 100)", "error"),
    Check("internal.dependency_ratio", "parts and wholes", "internal.parts_and_wholes", "D = (s0–14 + s65+) / (100 − s0–14 − s65+) × 100", "error"),
    Check("internal.stated_change", "text against table", "internal.stated_changes", "stated change = end − start (or compound growth)", "error against the plan's own start; note (naming both vintages) against an official start"),
    Check("internal.target_vs_own_projection", "words against numbers", "internal.targets_against_own_projection", "target after the plan's own peak year above the target before it", "error"),
    Check("internal.definition", "definitions", "definitions.definitions_within_plan", "same number under two codes of one family", "note if one label abbreviates the other, warning if two populations"),
    Check("across.definitions", "definitions", "across.definitions_across_plans", "which plan uses which definition", "note"),
    Check("across.other_city", "across plans", "across.other_cities_in_tables", "one plan's figure for another plan's city against that plan's own", "warning if they disagree, else note"),
    Check("vertical.higher_target", "vertical", "vertical.against_higher_targets", "target against the national or provincial target (above / equal / below / not addressed)", "note"),
    Check("vertical.share_of_province", "vertical", "vertical.population_share_of_province", "city target / provincial target against census share", "warning if the share moves by 0.5 points or more, else note"),
    Check("official.baseline", "official statistics", "official.baselines_against_statistics", "plan baseline against the official figure, at the precision of the less precise", "note naming both vintages for a vintage difference; warning otherwise"),
    Check("accounting.balancing_equation", "demographic accounting", "demographic_accounting.balancing_equation",
          "M = P(T) − P(t0) − n × (T − t0) × (P(t0) + P(T)) / 2, n the highest natural increase given; past M = census (or plan) change − natural increase", "warning if M > +1‰ a year where the last documented period had net out-migration"),
    Check("accounting.vital_rates", "demographic accounting", "demographic_accounting.vital_rates_against_fertility_and_ageing",
          "CBR ≤ 1000 × TFR × w / 35, w = working-age share / 2 × 35 / band width; CDR ≥ m × s65+ (s60+), m = 30‰ (20‰) × (place CDR / s65+) / (nation's) in the latest year with both; NI ≤ CBR − CDR", "error"),
    Check("accounting.age_shares", "demographic accounting", "demographic_accounting.age_shares_fit",
          "s60+ − s65+ within the place's census cohort of the 60–64 share; 100 − s0–14 − s(working band) − s(old) = share of the ages left out (+) or counted twice (−), from the place's census cohorts ± the largest prefecture error 2010→2020", "error for a negative 60–64 share, warning otherwise"),
    Check("parts.region_table", "parts and wholes", "parts_wholes.region_tables", "row change = level difference; Σ district changes = city change stated in the prose", "error"),
    Check("parts.households", "parts and wholes", "parts_wholes.household_size_against_census", "household size (and the size implied by its stated change) against the census panel", "warning"),
    Check("words.direction", "words against numbers", "words_vs_numbers.directions_against_figures",
          "rise / fall: targets against the base year; slow: change a year base→first target ≤ change a year over the last past stretch; rise-then-fall: last stretch falls", "warning"),
    Check("plausibility.change", "plausible change", "plausibility.plausible_change",
          "(target − base) / years at the favourable rounding limit against the largest change a year observed (census panel 2010–2020, or cited)", "warning"),
)
IDS = tuple(check.check_id for check in CHECKS)


def checks_table() -> pd.DataFrame:
    return pd.DataFrame([check.__dict__ for check in CHECKS]).rename(
        columns={"check_id": "Check", "family": "Family", "function": "Function", "formula": "Formula", "severity_rule": "Severity"}
    )
