"""Views of the consistency page: the audit's findings by check and severity, with their evidence."""

from __future__ import annotations

import pandas as pd

from analysis.report import links
from analysis.report.output import with_sources
from analysis.report.views import plan_labels, table


def consistency_counts() -> pd.DataFrame:
    findings = table("consistency")
    rows = findings.assign(plan=findings["plan_ids"].str.split(";")).explode("plan")
    rows["plan"] = rows["plan"].map(plan_labels())
    return rows.groupby(["plan", "severity"]).size().unstack(fill_value=0).reindex(columns=["error", "warning", "note"], fill_value=0)


def consistency_findings(severities=("error", "warning")) -> pd.DataFrame:
    """Findings of the given severities, each evidence quote linked to its line or source."""
    findings = table("consistency")
    rows = findings[findings["severity"].isin(severities)]
    frame = pd.DataFrame(
        {
            "Severity": rows["severity"],
            "Check": rows["check_id"],
            "Plan": rows["plan_ids"].map(lambda ids: ", ".join(plan_labels().get(i, i) for i in ids.split(";") if i)),
            "Finding": rows["finding"],
            "Evidence": rows["evidence"],
        }
    )
    frame = with_sources(frame, "Evidence", [links.evidence_segments(evidence) for evidence in rows["evidence"]])
    order = {"error": 0, "warning": 1, "note": 2}
    return frame.sort_values(["Severity", "Check", "Plan"], key=lambda s: s.map(order) if s.name == "Severity" else s, kind="stable").reset_index(drop=True)


def vintage_examples() -> pd.DataFrame:
    """Plan baselines that differ from official figures of another vintage (consistency notes)."""
    findings = table("consistency")
    rows = findings[(findings["check_id"] == "official.baseline") & findings["finding"].str.contains("vintage")]
    return pd.DataFrame({"Plan": rows["plan_ids"].map(plan_labels()), "Finding": rows["finding"]})
