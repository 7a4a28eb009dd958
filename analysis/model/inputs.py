"""Audit-aware inputs: the plan figures the consistency audit rejects are not model inputs.

The audit stage decides which plan figures to reject and which statements disagree
(:mod:`analysis.consistency.verdicts`, rules 1–4 there) and writes its verdicts to
``data/processed/figure_verdicts.csv``; the model reads that table (:meth:`AuditVerdicts.from_table`)
and leaves every rejected figure out of every trend series. A rejected figure is rejected wherever
the plan states the same number for the same place and year (the text repeating a table cell).

Every rejection is kept with its check and reason (:class:`Rejected`), shown in the ambition table
(``rejected_inputs``) and undone in the sensitivity table (``with_rejected_inputs``), so the report
says which figure was used and why.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import pandas as pd

from analysis.vocabulary import STATEMENT_KEY


@dataclass(frozen=True)
class Rejected:
    """A plan figure left out of the model's inputs, and why."""

    plan_id: str
    indicator: str
    entity: str
    year: int
    source: str
    line: int
    value_start: int
    value_text: str
    check_id: str
    reason: str


@dataclass(frozen=True)
class AuditVerdicts:
    rejected: tuple[Rejected, ...] = ()
    #: (plan_id, indicator, year) → check_id of the audit finding on statements that disagree.
    conflicts: Mapping[tuple[str, str, int], str] = field(default_factory=dict)

    @classmethod
    def from_table(cls, verdicts: pd.DataFrame) -> "AuditVerdicts":
        """The verdicts of ``figure_verdicts.csv`` (written by the audit stage)."""
        rejected = tuple(
            Rejected(r["plan_id"], r["indicator"], r["entity"], int(r["year"]), r["source"], int(r["line"]), int(r["value_start"]), str(r["value_text"]), r["check_id"], r["reason"])
            for r in verdicts[verdicts["verdict"] == "rejected"].to_dict("records")
        )
        conflicts = {(r["plan_id"], r["indicator"], int(r["year"])): r["check_id"] for r in verdicts[verdicts["verdict"] == "conflict"].to_dict("records")}
        return cls(rejected, conflicts)

    def keys(self) -> set[tuple]:
        return {(r.plan_id, r.indicator, r.entity, r.year, r.source, r.line, r.value_start) for r in self.rejected}

    def usable(self, indicators: pd.DataFrame) -> pd.DataFrame:
        """The indicator rows without the rejected figures."""
        if not self.rejected:
            return indicators
        keys = self.keys()
        keep = [tuple(row) not in keys for row in indicators[list(STATEMENT_KEY)].astype(object).itertuples(index=False, name=None)]
        return indicators[keep]

    def of(self, plan_id: str, indicator: str, entity: str) -> list[Rejected]:
        return [r for r in self.rejected if (r.plan_id, r.indicator, r.entity) == (plan_id, indicator, entity)]

    def describe(self, plan_id: str, indicator: str, entity: str) -> str:
        """``2015: 3.86 (table line 71), 3.86‰ (text line 15) — official.baseline: …`` for one series."""
        groups: dict[tuple, list[Rejected]] = {}
        for item in self.of(plan_id, indicator, entity):
            groups.setdefault((item.year, item.check_id, item.reason), []).append(item)
        return "; ".join(f"{year}: " + ", ".join(f"{r.value_text} ({r.source} line {r.line})" for r in items) + f" — {check}: {reason}"
                         for (year, check, reason), items in groups.items())
