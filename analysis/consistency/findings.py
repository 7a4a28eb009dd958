"""A consistency finding, its severity, how its evidence is written, and how findings that rest on
the same evidence are merged.

Every finding carries the quotes it rests on — seed file, line and verbatim text for plan
statements; file, row and quote for reference statistics — so a reader can verify it without
running anything.

Severity is defined here, once, and every check uses these words in this sense:

* **error** — two statements that cannot both be true (the plan contradicts itself, or states
  something arithmetically or demographically impossible);
* **warning** — a reader would be misled (a mislabelled series, a unit typo, a target that needs
  what the place has not done, a figure that differs from the official one);
* **note** — context (vintages, definitions, comparisons with higher-level targets).

Findings that rest on the same evidence (same plan, same indicator and year, at least one quote in
common), or on one root (the same plan sentence stating a later year's figure and the earlier
year's as the start of its change: :func:`_same_root`), are merged into one: the most severe finding leads, the others are appended, and
``check_ids`` lists every check that raised it, so one error reported by two checks counts once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pandas as pd

from analysis.vocabulary import SEVERITIES

COLUMNS = ("finding_id", "check_id", "check_ids", "plan_ids", "indicators", "year", "severity", "finding", "evidence", "numbers")


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
    also: tuple[str, ...] = ()  # other checks that raised the same finding (set by merge_same_evidence)

    def __post_init__(self):
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.severity}")
        if not self.evidence:
            raise ValueError(f"finding without evidence: {self.finding}")

    @property
    def check_ids(self) -> tuple[str, ...]:
        return tuple(sorted({self.check_id, *self.also}))


def more_severe(a: str, b: str) -> bool:
    return SEVERITIES.index(a) < SEVERITIES.index(b)


_PLAN_QUOTE = re.compile(r"^(seeds/\S+) line (\d+): 「(.*)」$")


def _plan_quotes(finding: Finding) -> list[tuple[str, str, str]]:
    return [m.groups() for m in map(_PLAN_QUOTE.match, finding.evidence) if m]


def _same_root(a: Finding, b: Finding) -> bool:
    """Two findings for different years of one plan and indicator whose statements are one: the
    earlier year's figure is stated only as the start of a change in the same sentence as the later
    one (Luzhou's "家庭户均人口为3.21人,比2010年减少0.27人": the 2010 household size 3.48 is derived from
    the 2020 figure 3.21, which is itself the 2010 census's; "出生人口性别比由2010年的102.77下降为101.70":
    both figures are the whole population's sex ratio). Same seed line, one quote within the
    other, and the quote of one names the other's year as 2010年 — a plan table row restated for two
    target years names no year and is not one root."""
    if a.plan_ids != b.plan_ids or a.indicators[:1] != b.indicators[:1] or a.year == b.year or a.year is None or b.year is None:
        return False
    for file_a, line_a, quote_a in _plan_quotes(a):
        for file_b, line_b, quote_b in _plan_quotes(b):
            if (file_a, line_a) != (file_b, line_b) or not (quote_a in quote_b or quote_b in quote_a):
                continue
            if f"{a.year}年" in quote_a or f"{b.year}年" in quote_b:
                return True
    return False


def _same_evidence(a: Finding, b: Finding) -> bool:
    return (
        a.plan_ids == b.plan_ids
        and a.indicators[:1] == b.indicators[:1]
        and a.year == b.year
        and bool(set(a.evidence) & set(b.evidence))
    ) or _same_root(a, b)


def merge_same_evidence(findings: Sequence[Finding]) -> list[Finding]:
    """One finding per group of findings resting on the same evidence (see the module docstring)."""
    ordered = sorted(findings, key=lambda f: (SEVERITIES.index(f.severity), f.check_id, f.finding))
    groups: list[list[Finding]] = []
    for finding in ordered:
        home = next((g for g in groups if any(_same_evidence(finding, other) for other in g)), None)
        if home is None:
            groups.append([finding])
        else:
            home.append(finding)
    merged = []
    for lead, *others in groups:
        if not others:
            merged.append(lead)
            continue
        evidence = list(dict.fromkeys([*lead.evidence, *(e for f in others for e in f.evidence)]))
        indicators = tuple(dict.fromkeys([*lead.indicators, *(i for f in others for i in f.indicators)]))
        merged.append(
            Finding(
                lead.check_id, lead.plan_ids, indicators, lead.year, lead.severity,
                lead.finding + "".join(f"; also ({f.check_id}): {f.finding}" for f in others),
                tuple(evidence),
                "; ".join([f"{lead.check_id}: {lead.numbers}", *(f"{f.check_id}: {f.numbers}" for f in others)]),
                tuple(sorted({f.check_id for f in others} - {lead.check_id})),
            )
        )
    return merged


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
                "check_ids": ";".join(finding.check_ids),
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
