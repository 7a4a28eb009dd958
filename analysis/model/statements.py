"""Distinct targets: one assessed target per plan × indicator × place × year × value.

A plan often states a target twice — in its indicator table and again in the prose (Yingkou's
``245`` and ``245万人左右``; Chongqing's 65+ share ``16左右`` in the table and ``16%左右`` as a
projection in the text). Counting both would count one target twice. :func:`targets` merges the
statements of the same number into one :class:`Target` and keeps every source line on it
(``statements``, ``sources``, ``lines``). The merged target takes:

* the **kind** ``target`` if any statement is a target (a projection restating a table target is
  the same figure);
* the **qualifier** of the most specific statement: a bound or range (≥ 65 over a plain 65%), then
  左右 over a plain number; the table's statement first among equals. Statements with bounds in
  opposite directions (a floor and a ceiling at the same number) are not merged;
* the text of that statement (``target_text``).

Statements of the same plan, indicator, place and year with **different** numbers (Luzhou's sex
ratio at birth for 2030: 106 in the table, 107 in the text) stay separate targets, each naming the
other (``other_statements``) and the consistency check that reports the disagreement
(``consistency_check``) when the audit reports it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

FLOOR, CEILING, RANGE, POINT, QUALITATIVE = "floor", "ceiling", "range", "point", "qualitative"
FAMILY = {"ge": FLOOR, "gt": FLOOR, "above": FLOOR, "le": CEILING, "lt": CEILING, "below": CEILING, "range": RANGE,
          "none": POINT, "approx": POINT, "qualitative": QUALITATIVE}
#: Preference among the statements of one merged target: the lower, the more specific.
SPECIFICITY = {FLOOR: 0, CEILING: 0, RANGE: 0, QUALITATIVE: 0, "approx": 1, "none": 2}


@dataclass(frozen=True)
class Target:
    plan_id: str
    indicator: str
    entity: str
    year: int
    kind: str
    value_text: str
    qualifier: str
    value: float | None
    low: float | None
    high: float | None
    sources: str
    lines: str
    binding: str
    strive: bool
    statements: str = ""
    other_statements: str = ""
    consistency_check: str = ""

    @property
    def key(self) -> tuple:
        """The identity the ambition, outcome and progress tables share."""
        return (self.plan_id, self.indicator, self.entity, self.year, self.kind, self.value_text, self.qualifier)


def _number(value) -> float | None:
    return None if value is None or pd.isna(value) else float(value)


def _describe(row) -> str:
    return f"{row['source']} line {int(row['line'])}: {row['value_text']} ({row['kind']})"


def _clusters(group: list[dict]) -> list[list[dict]]:
    """The statements of one plan × indicator × place × year, grouped into distinct targets."""
    by_number: dict = {}
    for row in group:
        number = round(float(row["value"]), 9) if not pd.isna(row["value"]) else str(row["value_text"])
        by_number.setdefault(number, []).append(row)
    clusters = []
    for same in by_number.values():
        families = list(dict.fromkeys(FAMILY[r["qualifier"]] for r in same if FAMILY[r["qualifier"]] != POINT))
        if len(families) <= 1:
            clusters.append(same)
            continue
        points = [r for r in same if FAMILY[r["qualifier"]] == POINT]
        for index, family in enumerate(families):  # a floor and a ceiling at one number: two targets
            part = [r for r in same if FAMILY[r["qualifier"]] == family]
            clusters.append(part + points if index == 0 else part)
    return clusters


def _specificity(row: dict) -> int:
    family = FAMILY[row["qualifier"]]
    return SPECIFICITY[row["qualifier"]] if family == POINT else SPECIFICITY[family]


def targets(indicators: pd.DataFrame, plans: pd.DataFrame, conflicts: Mapping[tuple[str, str, int], str] | None = None) -> list[Target]:
    """Distinct targets and projections for each plan's own place (see the module docstring).

    ``conflicts``: ``(plan_id, indicator, year) → check_id`` for the statements the audit reports
    as disagreeing (:attr:`analysis.model.inputs.AuditVerdicts.conflicts`).
    """
    conflicts = conflicts or {}
    places = dict(zip(plans["plan_id"], plans["place_zh"]))
    # Values of table rows the codebook does not know (``unmapped``) have no trend to be judged
    # against: they stay in the indicator table and the quality log, not here.
    rows = indicators[indicators["kind"].isin(["target", "projection"]) & (indicators["qualifier"] != "missing") & (indicators["indicator"] != "unmapped")]
    rows = rows[rows["entity"] == rows["plan_id"].map(places)]
    rows = rows.sort_values(["plan_id", "indicator", "entity", "year", "source", "line", "value_start"], kind="mergesort")  # "table" before "text"
    groups: dict[tuple, list[dict]] = {}
    for row in rows.to_dict("records"):
        groups.setdefault((row["plan_id"], row["indicator"], row["entity"], int(row["year"])), []).append(row)
    out = []
    for (plan_id, indicator, entity, year), group in groups.items():
        clusters = _clusters(group)
        for cluster in clusters:
            lead = sorted(cluster, key=_specificity)[0]  # stable: the table's first among equals
            others = [r for c in clusters if c is not cluster for r in c]
            out.append(
                Target(
                    plan_id, indicator, entity, year, "target" if any(r["kind"] == "target" for r in cluster) else "projection",
                    lead["value_text"], lead["qualifier"], _number(lead["value"]), _number(lead["value_low"]), _number(lead["value_high"]),
                    "+".join(sorted({r["source"] for r in cluster})), ";".join(str(int(r["line"])) for r in cluster),
                    next((r["binding"] for r in cluster if r["binding"]), ""), any(bool(r["strive"]) for r in cluster),
                    "; ".join(_describe(r) for r in cluster), "; ".join(_describe(r) for r in others),
                    conflicts.get((plan_id, indicator, year), "") if others else "",
                )
            )
    return out
