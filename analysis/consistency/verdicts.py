"""Figure verdicts: the plan figures the audit rejects as model inputs, and the disagreements it finds.

The audit stage writes them to ``data/processed/figure_verdicts.csv`` (one row per verdict:
``rejected`` or ``conflict``); the model reads that table (:mod:`analysis.model.inputs`) and leaves
out of every trend series a plan figure that

1. is outside the plausible range of its measure (``internal.implausible_value``: Luzhou's
   "sex ratio at birth" of 102.77 for 2010 and 101.70 for 2020, which are whole-population sex
   ratios);
2. disagrees between table and text (``internal.text_vs_table``) where the other statement agrees
   with the official figure for the same place and year — the statement consistent with official
   statistics is preferred (Luzhou's 2020 urbanisation: the table's 53 against the text's 50.24%,
   which is the census's 50.24%). Without an official figure to decide, the table's statement is
   used (as in :mod:`analysis.demography.series`) and the other stays in the sensitivity table;
3. is a share that fits neither the plan's own count over its resident nor its registered
   population (``internal.share_of_total``, error);
4. is named by the audit as another series' figure (``official.baseline`` warning,
   :data:`analysis.consistency.official.MISLABELLED`: Chongqing's 2015 natural growth rate of
   3.86‰, where the official 4.01‰ is the plan's own figure for the registered population); the
   official figure takes its place where the series has one.

A rejected figure is rejected wherever the plan states the same number for the same place and
year (the text repeating a table cell).

Other findings leave figures in: a unit typo (the number is right), a vintage difference (both
figures are true of their vintage), two labels for one measure. Every rejection is kept with its
check and reason, shown in the ambition table (``rejected_inputs``) and undone in the sensitivity
table (``with_rejected_inputs``), so the report says which figure was used and why.
"""

from __future__ import annotations

import pandas as pd

from analysis.codebook import Codebook
from analysis.consistency.internal import shares_and_totals, text_vs_table, units_and_ranges
from analysis.consistency.official import MISLABELLED, baselines_against_statistics
from analysis.demography.evidence import plan_evidence
from analysis.demography.observed import official
from analysis.demography.rounding import rounding_tolerance

from analysis.vocabulary import FIGURE_VERDICT_COLUMNS as COLUMNS, STATEMENT_KEY as KEY


def _rows_of(indicators: pd.DataFrame, evidence: str, indicator: str, year: int | None) -> pd.DataFrame:
    rows = indicators[(indicators["indicator"] == indicator) & ((indicators["year"] == year) if year is not None else True)]
    return rows[[plan_evidence(row) == evidence for row in rows.to_dict("records")]]


def _rejected(row: dict, check_id: str, reason: str) -> dict:
    return {"plan_id": row["plan_id"], "indicator": row["indicator"], "entity": row["entity"], "year": int(row["year"]), "source": row["source"],
            "line": int(row["line"]), "value_start": int(row["value_start"]), "value_text": str(row["value_text"]), "check_id": check_id, "reason": reason}


def _agrees(row: dict, observations: pd.DataFrame) -> bool | None:
    """Whether a plan figure agrees with the official figure of its place and year (None: no official figure)."""
    figures = official(observations, row["entity"], row["indicator"])
    figures = figures[figures["year"] == int(row["year"])]
    if figures.empty:
        return None
    best = figures.iloc[0]
    return abs(float(best["value"]) - float(row["value"])) <= rounding_tolerance(str(row["value_text"]), f"{float(best['value']):g}") + 1e-9


def figure_verdicts(indicators: pd.DataFrame, reference: pd.DataFrame, observations: pd.DataFrame, plans: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """The figures the audit rejects (rules 1–4 of the module docstring) and the disagreements it
    reports, one row each (columns :data:`COLUMNS`; verdict words :data:`analysis.vocabulary.FIGURE_VERDICTS`)."""
    levels = indicators[indicators["value"].notna()]
    rejected: dict[tuple, dict] = {}

    def reject(row: dict, check_id: str, reason: str) -> None:
        """Reject a figure wherever the plan states it for the same place and year."""
        same = levels[(levels["plan_id"] == row["plan_id"]) & (levels["indicator"] == row["indicator"]) & (levels["entity"] == row["entity"])
                      & (levels["year"] == row["year"]) & ((levels["value"] - float(row["value"])).abs() < 1e-9)]
        for twin in same.to_dict("records"):
            item = _rejected(twin, check_id, reason)
            rejected.setdefault(tuple(item[key] for key in KEY), item)

    for finding in units_and_ranges(indicators, codebook):
        if finding.check_id == "internal.implausible_value":
            for row in _rows_of(levels, finding.evidence[0], finding.indicators[0], finding.year).to_dict("records"):
                reject(row, finding.check_id, finding.finding)
    conflicts: dict[tuple[str, str, int], str] = {}
    for finding in text_vs_table(indicators):
        plan_id, code, year = finding.plan_ids[0], finding.indicators[0], int(finding.year)
        conflicts[(plan_id, code, year)] = finding.check_id
        sides = [_rows_of(levels, evidence, code, year) for evidence in finding.evidence]
        sides = [side.iloc[0].to_dict() for side in sides if len(side)]
        if len(sides) != 2:
            continue
        verdicts = [_agrees(side, observations) for side in sides]
        if sorted(map(str, verdicts)) == ["False", "True"]:
            good, bad = (sides[0], sides[1]) if verdicts[0] else (sides[1], sides[0])
            reject(bad, finding.check_id, f"the {bad['source']} says {bad['value_text']}, the {good['source']} {good['value_text']}, which agrees with the official figure")
    for finding in shares_and_totals(indicators, codebook):
        if finding.severity == "error":
            for row in _rows_of(levels, finding.evidence[0], finding.indicators[0], finding.year).to_dict("records"):
                reject(row, finding.check_id, finding.finding)
    for finding in baselines_against_statistics(indicators, reference, plans):
        if finding.severity == "warning" and MISLABELLED in finding.finding:
            for row in _rows_of(levels, finding.evidence[0], finding.indicators[0], finding.year).to_dict("records"):
                reject(row, finding.check_id, finding.finding)
    ordered = sorted(rejected.values(), key=lambda r: (r["plan_id"], r["indicator"], r["entity"], r["year"], r["source"], r["line"]))
    rows = [{**r, "verdict": "rejected"} for r in ordered]
    rows += [{"plan_id": plan_id, "indicator": code, "year": year, "verdict": "conflict", "check_id": check_id} for (plan_id, code, year), check_id in sorted(conflicts.items())]
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    for column in COLUMNS:
        frame[column] = frame[column].astype("Int64") if column in ("year", "line", "value_start") else frame[column].astype(object).fillna("").astype(str)
    return frame
