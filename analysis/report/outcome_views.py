"""Views of the outcomes page: targets dated up to the last census against what happened, and later
targets against the latest official figures."""

from __future__ import annotations

import pandas as pd

from analysis.codebook import load_codebook
from analysis.demography import metrics
from analysis.report import links
from analysis.report.links import Segment
from analysis.report.output import with_sources
from analysis.report.views import label, plan_labels, table, target_cells, unit_zh
from analysis import vocabulary


def outcomes_view() -> pd.DataFrame:
    outcomes = table("outcomes")
    labels = plan_labels()
    frame = pd.DataFrame(
        {
            "Plan": outcomes["plan_id"].map(lambda p: labels.get(p, p.replace("reference: ", ""))),
            "Place": outcomes["entity"],
            "Indicator": outcomes["indicator"].map(label),
            "Year": outcomes["year"],
            "Kind": outcomes["kind"],
            "Target": outcomes["target_text"],
            "Outcome": [f"{v:g}" if not pd.isna(v) else (f"between {lo:g} and {hi:g}" if not pd.isna(lo) else "") for v, lo, hi in zip(outcomes["outcome"], outcomes["bound_low"], outcomes["bound_high"])],
            "Status": outcomes["status"],
            "Difference": [f"{v:+.4g}" if not pd.isna(v) else "" for v in outcomes["difference"]],
            "Trend projection": [f"{v:.4g}" if not pd.isna(v) else "" for v in outcomes["projection"]],
            "Trend closer": ["" if pd.isna(v) else ("yes" if v else "no") for v in outcomes["trend_closer"]],
            "Note": outcomes["note"],
        }
    )
    frame = with_sources(frame, "Target", target_cells(outcomes))
    return with_sources(frame, "Outcome", [[Segment(text, links.line_refs("", source))] if text else None for text, source in zip(frame["Outcome"], outcomes["outcome_source"])])


def _outcome_source(plan_id: str, entity: str, labels: dict[str, str]) -> str:
    """A plan's pinyin label, or the place and short title of a plan target quoted by the reference data."""
    if plan_id in labels:
        return labels[plan_id]
    title = plan_id.removeprefix("reference: ").split("（")[0]
    return f"{'National' if entity == '中国' else entity}: {title}"


def met_interval(code: str, qualifier: str, target: float) -> tuple[float, float]:
    """Where an outcome counts as meeting the target, as the judgement decided it
    (:func:`analysis.demography.metrics.outcome_status`): a floor from the target up, a ceiling up to
    it, a point or 左右 target within its tolerance."""
    if qualifier in vocabulary.FLOORS:
        return target, float("inf")
    if qualifier in vocabulary.CEILINGS:
        return float("-inf"), target
    if code not in load_codebook():
        return target, target
    indicator = load_codebook()[code]
    band = metrics.tolerance(indicator.code, indicator.measure, indicator.unit, target)
    return target - band, target + band


def outcomes_observed() -> pd.DataFrame:
    """Numeric view of the targets with an observed outcome (one row per distinct statement): the
    target, where it counts as met, the outcome or the official figures that bound it, the trend."""
    outcomes = table("outcomes")
    rows = outcomes[outcomes["status"].isin([*vocabulary.OUTCOMES, *vocabulary.NEUTRAL])]
    rows = rows.drop_duplicates(["plan_id", "indicator", "entity", "year", "target", "outcome"])
    # a plan's target that the reference data also quote is shown once, as the plan's own
    key = ["indicator", "entity", "year", "target"]
    own = rows[~rows["plan_id"].str.startswith("reference: ")]
    quoted = rows["plan_id"].str.startswith("reference: ") & pd.MultiIndex.from_frame(rows[key]).isin(pd.MultiIndex.from_frame(own[key]))
    rows = rows[~quoted]
    labels = plan_labels()
    met = [met_interval(code, qualifier, float(target)) for code, qualifier, target in zip(rows["indicator"], rows["qualifier"], rows["target"])]
    return pd.DataFrame(
        {
            "label": [f"{_outcome_source(p, e, labels)} · {label(i)}" for p, e, i in zip(rows["plan_id"], rows["entity"], rows["indicator"])],
            "source": [_outcome_source(p, e, labels) for p, e in zip(rows["plan_id"], rows["entity"])],
            "indicator": rows["indicator"].map(label),
            "unit": rows["indicator"].map(unit_zh),
            "year": rows["year"],
            "target_text": rows["target_text"],
            "target": rows["target"].astype(float),
            "met_low": [low for low, _ in met],
            "met_high": [high for _, high in met],
            "trend": rows["projection"].astype(float),
            "outcome": rows["outcome"].astype(float),
            "bound_low": rows["bound_low"].astype(float),
            "bound_high": rows["bound_high"].astype(float),
            "judged_by": rows["judged_by"],
            "status": rows["status"],
        }
    ).reset_index(drop=True)


def outcomes_by_plan() -> pd.DataFrame:
    """Targets and projections dated up to the census year per plan: observed (exactly or by bounds) and not."""
    outcomes = table("outcomes")
    own = outcomes[~outcomes["plan_id"].str.startswith("reference")]
    labels = plan_labels()
    rows = []
    for plan_id, group in own.groupby("plan_id"):
        rows.append({
            "Plan": labels[plan_id], "Dated ≤ 2020": len(group),
            # a period average against the mean of its years' official figures is observed exactly too
            "Observed exactly": int(group["judged_by"].isin(["exact", "period mean"]).sum()), "Judged by bounds": int((group["judged_by"] == "bound").sum()),
            "Not observed": int((group["status"] == "not observed").sum()), "Not assessable": int((group["status"] == "not assessable").sum()),
        })
    return pd.DataFrame(rows)


def revision_artefacts() -> pd.DataFrame:
    outcomes = table("outcomes")
    rows = outcomes[outcomes["revision_artefact"] != ""].drop_duplicates(["indicator", "entity", "year", "revision_artefact"])
    return pd.DataFrame({"Plan": rows["plan_id"].map(lambda p: plan_labels().get(p, p.replace("reference: ", ""))), "Target": rows["target_text"], "Artefact": rows["revision_artefact"]})


def progress_view() -> pd.DataFrame:
    progress = table("progress")
    labels = plan_labels()
    unit = lambda u: {"% a year": "%", "log-odds a year": " log-odds"}.get(u, " pts")  # noqa: E731
    return pd.DataFrame(
        {
            "Plan": progress["plan_id"].map(lambda p: labels.get(p, p.replace("reference: ", ""))),
            "Place": progress["entity"], "Indicator": progress["indicator"].map(label), "Year": progress["year"],
            "Target": progress["target_text"],
            "Latest": [f"{v:g} ({int(y)})" if not pd.isna(v) else "" for v, y in zip(progress["latest_value"], progress["latest_year"])],
            "Required / yr": [f"{v:+.3g}{unit(u)} from {int(b)}" if not pd.isna(v) else "" for v, u, b in zip(progress["required_change"], progress["change_unit"], progress["base_year"].fillna(0))],
            "Observed / yr": [f"{v:+.3g}{unit(u)} since {int(b)}" if not pd.isna(v) else "" for v, u, b in zip(progress["observed_change"], progress["change_unit"], progress["base_year"].fillna(0))],
            "Since 2020 / yr": [f"{v:+.3g}{unit(u)}" if not pd.isna(v) else "" for v, u in zip(progress["observed_change_since_2020"], progress["change_unit"])],
            "Still needed / yr": [f"{v:+.3g}{unit(u)}" if not pd.isna(v) else "" for v, u in zip(progress["still_needed_change"], progress["change_unit"])],
            "Status": progress["status"], "Note": progress["note"],
        }
    )


def progress_by_plan() -> pd.DataFrame:
    progress = table("progress")
    labels = plan_labels()
    counts = progress.assign(Plan=progress["plan_id"].map(lambda p: labels.get(p, "higher-level plans"))).groupby(["Plan", "status"]).size().unstack(fill_value=0)
    counts.insert(0, "Targets after 2020", counts.sum(axis=1))
    return counts.reset_index()
