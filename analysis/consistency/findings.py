"""A consistency finding and how its evidence is written.

Every finding carries the quotes it rests on — seed file, line and verbatim text for plan
statements; file, row and quote for reference statistics — so a reader can verify it without
running anything.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

SEVERITIES = ("error", "warning", "note")
COLUMNS = ("finding_id", "check_id", "plan_ids", "indicators", "year", "severity", "finding", "evidence", "numbers")


@dataclass(frozen=True)
class Finding:
    check_id: str
    plan_ids: tuple[str, ...]
    indicators: tuple[str, ...]
    year: int | None
    severity: str
    finding: str
    evidence: tuple[str, ...]
    numbers: str

    def __post_init__(self):
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.severity}")
        if not self.evidence:
            raise ValueError(f"finding without evidence: {self.finding}")


def plan_evidence(row) -> str:
    """``seeds/004_….txt line 136: 「…」`` for a row of the indicator or change table."""
    return f"seeds/{row['seed_file']} line {int(row['line'])}: 「{row['quote']}」"


def reference_evidence(row) -> str:
    """``data/reference/reference_statistics.csv row 12: 「…」 (source title)``."""
    return f"data/reference/{row['source_file']} row {int(row['source_row'])}: 「{row['quote']}」 ({row['source_title']})"


def number(value: float) -> str:
    """A number as a reader would write it (no float noise)."""
    return f"{value:.6g}"


def frame(findings: Iterable[Finding]) -> pd.DataFrame:
    rows = sorted(
        findings,
        key=lambda f: (f.check_id, f.plan_ids, f.indicators, f.year if f.year is not None else 0, f.finding),
    )
    counters: dict[str, int] = {}
    records = []
    for finding in rows:
        counters[finding.check_id] = counters.get(finding.check_id, 0) + 1
        records.append(
            {
                "finding_id": f"{finding.check_id}-{counters[finding.check_id]:03d}",
                "check_id": finding.check_id,
                "plan_ids": ";".join(finding.plan_ids),
                "indicators": ";".join(finding.indicators),
                "year": finding.year,
                "severity": finding.severity,
                "finding": finding.finding,
                "evidence": " | ".join(finding.evidence),
                "numbers": finding.numbers,
            }
        )
    out = pd.DataFrame(records, columns=list(COLUMNS))
    for column in COLUMNS:
        out[column] = pd.to_numeric(out[column]).astype("Int64") if column == "year" else out[column].astype(str)
    return out
