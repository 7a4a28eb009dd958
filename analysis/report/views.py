"""Data views the notebooks narrate and plot. Every number in the report comes from here.

Each function reads the committed pipeline tables (through :func:`analysis.datasets.load`) and
returns a small data frame or dictionary; no view computes anything the pipeline does not.
"""

from __future__ import annotations

import functools
import re

import numpy as np
import pandas as pd

from analysis import paths
from analysis.codebook import load_codebook
from analysis.datasets import load
from analysis.model import metrics
from analysis.model.series import parse
from analysis.model.outcomes import LAST_OBSERVED_YEAR
from analysis.model.trends import ETS_MIN_POINTS, fit

#: Indicators stated by several plans under the same definition, in report order.
COMPARABLE = ("pop_resident", "urbanization_resident", "tfr", "life_expectancy", "srb", "share_65plus", "share_60plus", "imr")
HEATMAP_ORDER = ("pop_resident", "pop_hukou", "urbanization_resident", "urbanization_hukou", "tfr", "natural_growth_rate", "srb", "share_65plus", "share_60plus", "life_expectancy", "imr", "mmr")
SCHOOLING = ("edu_years_main_working_age", "edu_years_working_age", "edu_years_16_59", "edu_years_15plus", "edu_years_new_labour")


@functools.cache
def table(name: str) -> pd.DataFrame:
    return load(name)


def plan_labels() -> dict[str, str]:
    """``chongqing-2016-2030`` → ``Chongqing`` (``Suining (draft)`` for drafts)."""
    plans = table("plans")
    return {row.plan_id: row.place_pinyin + (" (draft)" if row.status == "draft" else "") for row in plans.itertuples()}


def unit_zh(code: str) -> str:
    """The indicator's unit as a Chinese reader writes it on an axis (万人 rather than 10k persons)."""
    unit = load_codebook()[code].unit
    return "万人" if unit == "10k persons" else unit


def label(code: str) -> str:
    return load_codebook()[code].label_en


def name_zh(code: str) -> str:
    return load_codebook()[code].name_zh



# -- the plans -------------------------------------------------------------------------------------

def plans_overview() -> pd.DataFrame:
    plans = table("plans")
    period = [f"to {int(e)}" if pd.isna(s) else f"{int(s)}–{int(e)}" for s, e in zip(plans["period_start"], plans["period_end"])]
    return pd.DataFrame(
        {
            "Plan": plans["plan_id"].map(plan_labels()),
            "City": plans["place_zh"],
            "Province": plans["province_zh"],
            "Level": plans["admin_level"].str.replace(r" \(.*\)", "", regex=True),
            "Period": period,
            "Status": plans["status"],
            "Issued": plans["issue_date"].replace("", "undated"),
            "Document no.": plans["doc_number"].replace("", "—"),
            "Base year": plans["base_year"],
            "Tables": plans["n_tables"],
            "Values": plans["n_values"],
            "from tables": plans["n_table_values"],
            "from text": plans["n_text_values"],
            "Changes": plans["n_changes"],
        }
    )


def coverage() -> pd.DataFrame:
    """Values per plan × indicator (demographic core indicators first)."""
    values = table("indicators")
    values = values[values["entity"] == values["plan_id"].map(dict(zip(table("plans")["plan_id"], table("plans")["place_zh"])))]
    counts = values.groupby(["indicator", "plan_id"]).size().unstack(fill_value=0)
    codebook = load_codebook()
    order = sorted(counts.index, key=lambda code: (codebook[code].domain not in ("population", "fertility", "structure", "health", "education", "distribution", "migration"), codebook[code].domain, code))
    counts = counts.loc[order]
    counts.index = [label(code) for code in counts.index]
    counts.columns = [plan_labels()[plan] for plan in counts.columns]
    return counts


def quality_summary() -> pd.DataFrame:
    log = table("quality_log")
    plans = table("plans").set_index("seed_file")
    summary = log.groupby(["seed_file", "severity"]).size().unstack(fill_value=0).reindex(columns=["error", "warning", "info"], fill_value=0)
    kinds = log[log["severity"] != "info"].groupby("seed_file")["kind"].apply(lambda s: ", ".join(f"{k} ({n})" for k, n in s.value_counts().sort_index().items()))
    out = summary.join(kinds.rename("Problems found")).fillna({"Problems found": ""})
    out.insert(0, "Plan", [plan_labels()[plans.loc[seed, "plan_id"]] for seed in out.index])
    return out.reset_index(drop=True).rename(columns={"error": "Errors", "warning": "Warnings", "info": "Notes"})


def contamination() -> pd.DataFrame:
    spam = pd.read_csv(paths.SPAM, keep_default_na=False)
    return spam.rename(columns={"token_id": "Token", "n_chars": "Characters", "occurrences": "Occurrences", "n_lines": "Lines", "lines": "Where", "replacement": "Inferred original"})[
        ["Token", "Characters", "Occurrences", "Lines", "Where", "Inferred original"]
    ]


def body_of(seed_prefix: str) -> str:
    plans = table("plans")
    return plans.loc[plans["seed_file"].str.startswith(seed_prefix), "body_lines"].iloc[0]


# -- indicators side by side ---------------------------------------------------------------------------

def _own(ambition: pd.DataFrame) -> pd.DataFrame:
    """The plans' own targets (not the higher-level figures the ambition table also judges)."""
    return ambition[~ambition["plan_id"].str.startswith("reference: ")]


def side_by_side(codes=COMPARABLE) -> pd.DataFrame:
    """Baseline and targets of comparable indicators, per plan, with the change per year required."""
    ambition = _own(table("ambition"))
    rows = ambition[ambition["indicator"].isin(codes) & (ambition["kind"] == "target")]
    out = []
    for (code, plan_id), group in rows.groupby(["indicator", "plan_id"], sort=False):
        group = group.sort_values(["year", "sources"], ascending=[True, False])
        last = group.iloc[-1]
        targets = "; ".join(f"{r.year}: {r.target_text}" for r in group.drop_duplicates("year").itertuples())
        out.append(
            {
                "Indicator": label(code),
                "Plan": plan_labels()[plan_id],
                "As written": _raw_label(plan_id, code),
                "Baseline": "" if pd.isna(last["baseline"]) else f"{last['baseline']:g} ({int(last['base_year'])})",
                "Targets": targets,
                "Required change per year": "" if pd.isna(last["required_change"]) else f"{last['required_change']:+.2f} {last['change_unit']}",
                "Historical change per year": "" if pd.isna(last["historical_change"]) else f"{last['historical_change']:+.2f} {last['change_unit']} ({int(last['historical_from'])}–{int(last['base_year'])})",
            }
        )
    order = {label(code): i for i, code in enumerate(codes)}
    frame = pd.DataFrame(out)
    return frame.sort_values(["Indicator", "Plan"], key=lambda s: s.map(order) if s.name == "Indicator" else s).reset_index(drop=True)


def _raw_label(plan_id: str, code: str) -> str:
    values = table("indicators")
    rows = values[(values["plan_id"] == plan_id) & (values["indicator"] == code)]
    return " / ".join(sorted(set(rows["indicator_raw"])))[:60]


def schooling_definitions() -> pd.DataFrame:
    """Who measures schooling of whom: the definitions behind look-alike indicators."""
    values = table("indicators")
    cities = dict(zip(table("plans")["plan_id"], table("plans")["place_zh"]))
    rows = values[values["indicator"].isin(SCHOOLING) & (values["entity"] == values["plan_id"].map(cities))]  # the plan's own city
    codebook = load_codebook()
    out = []
    for (plan_id, code), group in rows.groupby(["plan_id", "indicator"]):
        out.append(
            {
                "Plan": plan_labels()[plan_id],
                "Population measured": codebook[code].name_en.replace("Mean years of schooling of ", ""),
                "As written": " / ".join(sorted(set(group["indicator_raw"]))),
                "Values": "; ".join(f"{r.year}: {r.value_text} ({r.source})" for r in group.sort_values(["year", "source"]).itertuples()),
            }
        )
    return pd.DataFrame(out)


def required_vs_historical() -> pd.DataFrame:
    """One row per plan × comparable indicator: final-horizon target's required change vs history and trend."""
    ambition = _own(table("ambition"))
    rows = ambition[ambition["indicator"].isin(COMPARABLE) & (ambition["kind"] == "target") & ambition["required_change"].notna()]
    rows = rows.sort_values(["year", "sources"]).groupby(["plan_id", "indicator"]).tail(1)
    return pd.DataFrame(
        {
            "plan": rows["plan_id"].map(plan_labels()),
            "indicator": rows["indicator"].map(label),
            "name_zh": rows["indicator"].map(name_zh),
            "unit": rows["change_unit"],
            "target_year": rows["year"],
            "required": rows["required_change"].astype(float),
            "historical": rows["historical_change"].astype(float),
            "trend": rows["trend_change"].astype(float),
            "class": rows["class"],
        }
    ).reset_index(drop=True)


# -- ambition -------------------------------------------------------------------------------------------

def ambition_matrix(horizon: str = "final") -> pd.DataFrame:
    """Class of each plan's final-horizon (or 2020) target per indicator, one statement per cell
    (the table's when the table and text differ)."""
    ambition = _own(table("ambition"))
    rows = ambition[ambition["kind"] == "target"]
    rows = rows[rows["year"] == 2020] if horizon == "2020" else rows
    rows = rows.sort_values(["year", "sources"], ascending=[True, False])
    rows = rows.groupby(["plan_id", "indicator"]).tail(1)
    rows = rows[rows["indicator"].isin(_assessable_indicators(ambition))]
    matrix = rows.pivot(index="plan_id", columns="indicator", values="class")
    first = [code for code in HEATMAP_ORDER if code in matrix.columns]
    matrix = matrix[first + sorted(code for code in matrix.columns if code not in first)]
    matrix.index = [plan_labels()[plan] for plan in matrix.index]
    matrix.columns = [label(code) for code in matrix.columns]
    return matrix


def _assessable_indicators(ambition: pd.DataFrame) -> list[str]:
    assessed = ambition[~ambition["class"].isin(["not assessable"])]
    return sorted(set(assessed["indicator"]))


def ambition_table() -> pd.DataFrame:
    """Every assessed target: baseline, required and trend change, projection with its band, class."""
    ambition = _own(table("ambition"))
    rows = ambition[(ambition["class"] != "not assessable") & (ambition["judged_against"] == "trend")].copy()
    band = [f"{lo:.4g}–{hi:.4g}" if not pd.isna(lo) else "none" for lo, hi in zip(rows["band_low"], rows["band_high"])]
    return pd.DataFrame(
        {
            "Plan": rows["plan_id"].map(plan_labels()),
            "Indicator": rows["indicator"].map(label),
            "Year": rows["year"],
            "Kind": rows["kind"],
            "Target": rows["target_text"],
            "Baseline": [f"{b:g} ({int(y)})" for b, y in zip(rows["baseline"], rows["base_year"])],
            "Required / yr": [f"{v:+.3g}{'%' if m == 'stock' else ''}" for v, m in zip(rows["required_change"], rows["measure"])],
            "Trend / yr": [f"{v:+.3g}{'%' if m == 'stock' else ''}" if not pd.isna(v) else "" for v, m in zip(rows["trend_change"], rows["measure"])],
            "Projection": [f"{v:.4g}" if not pd.isna(v) else "" for v in rows["projection"]],
            "Windows": [f"{lo:.4g}–{hi:.4g}" if not pd.isna(lo) and hi > lo else "" for lo, hi in zip(rows["trend_low"], rows["trend_high"])],
            "80% band": band,
            "Ratio": [f"{v:.2f}" if not pd.isna(v) else "" for v in rows["ratio"]],
            "Class": rows["class"],
            "Model": rows["model"] + " · " + rows["data"],
        }
    ).reset_index(drop=True)


def not_assessable_reasons() -> pd.DataFrame:
    ambition = _own(table("ambition"))
    rows = ambition[ambition["class"] == "not assessable"]
    reasons = rows["reason"].str.replace(r" \(\d{4}\)", "", regex=True).str.replace(r"^(linear|loglinear|logistic|shortfall) trend not fitted: ", "", regex=True)
    return reasons.value_counts().rename_axis("Reason").reset_index(name="Targets")


def sensitivity_table() -> pd.DataFrame:
    sensitivity = table("sensitivity")
    rows = sensitivity[sensitivity["n_assessed"] > 0].copy()
    columns = {"form_plan_reference": "form · plan+ref", "form_census": "form · census", "linear_plan_reference": "linear · plan+ref",
               "window_since_2010": "since 2010", "window_intercensal": "intercensal", "without_band": "no band", "alternative_baseline": "other baseline",
               "with_rejected_inputs": "rejected inputs", "tolerance_narrow": "tolerance ×½", "tolerance_wide": "tolerance ×2"}
    out = pd.DataFrame({"Plan": rows["plan_id"].map(plan_labels()), "Indicator": rows["indicator"].map(label), "Year": rows["year"], "Target": rows["target_text"], "Headline": rows["class_preferred"]})
    for column, title in columns.items():
        out[title] = rows[column].str.replace(r"^(not assessable|n/a): .*$", "–", regex=True)
    out["Stable"] = np.where(rows["stable"], "yes", "no")
    return out.reset_index(drop=True)


def trend_panel(plan_id: str, indicator: str) -> dict[str, pd.DataFrame]:
    """Points, the preferred trend year by year with its 80% band, and the targets."""
    from analysis.model.uncertainty import band

    ambition = table("ambition")
    rows = ambition[(ambition["plan_id"] == plan_id) & (ambition["indicator"] == indicator) & (ambition["class"] != "not assessable") & ambition["projection"].notna()]
    if rows.empty:
        return {}
    preferred = rows.iloc[0]
    points = parse(preferred["series"])  # the points the ambition table used (without the figures the audit rejects)
    last_target = int(rows["year"].max())
    start = int(preferred["base_year"])
    years = list(range(points[-1].year + 1, last_target + 1))
    result = fit(preferred["model"], points, years)

    def bounds(year, projection):
        interval = projection.intervals.get(0.80)
        if interval:
            return interval
        found = band(indicator, preferred["model"], projection.mean, year - start)
        return found[:2] if found else (np.nan, np.nan)

    curve = pd.DataFrame([{"year": y, "projection": p.mean, "low": bounds(y, p)[0], "high": bounds(y, p)[1]} for y, p in result.projections.items()])
    curve = pd.concat([pd.DataFrame([{"year": points[-1].year, "projection": points[-1].value, "low": np.nan, "high": np.nan}]), curve], ignore_index=True)
    return {
        "axis": pd.DataFrame([{"label": f"{name_zh(indicator)}（{unit_zh(indicator)}）"}]),
        "points": pd.DataFrame([{"year": p.year, "value": p.value, "origin": p.origin.split(" ")[0]} for p in points]),
        "curve": curve,
        "targets": rows[["year", "target", "target_text", "qualifier", "class", "kind"]].astype({"target": float}).reset_index(drop=True),
        "model": pd.DataFrame([{"model": preferred["model"], "data": preferred["data"]}]),
    }


# -- consistency ------------------------------------------------------------------------------------------

def consistency_counts() -> pd.DataFrame:
    findings = table("consistency")
    rows = findings.assign(plan=findings["plan_ids"].str.split(";")).explode("plan")
    rows["plan"] = rows["plan"].map(plan_labels())
    return rows.groupby(["plan", "severity"]).size().unstack(fill_value=0).reindex(columns=["error", "warning", "note"], fill_value=0)


def consistency_findings(severities=("error", "warning")) -> pd.DataFrame:
    findings = table("consistency")
    rows = findings[findings["severity"].isin(severities)]
    return pd.DataFrame(
        {
            "Severity": rows["severity"],
            "Check": rows["check_id"],
            "Plan": rows["plan_ids"].map(lambda ids: ", ".join(plan_labels().get(i, i) for i in ids.split(";"))),
            "Finding": rows["finding"],
            "Evidence": rows["evidence"],
        }
    ).sort_values(["Severity", "Check", "Plan"], key=lambda s: s.map({"error": 0, "warning": 1, "note": 2}) if s.name == "Severity" else s).reset_index(drop=True)


# -- outcomes ------------------------------------------------------------------------------------------------

def outcomes_view() -> pd.DataFrame:
    outcomes = table("outcomes")
    labels = plan_labels()
    return pd.DataFrame(
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


def _outcome_source(plan_id: str, entity: str, labels: dict[str, str]) -> str:
    """A plan's pinyin label, or the place and short title of a plan target quoted by the reference data."""
    if plan_id in labels:
        return labels[plan_id]
    title = plan_id.removeprefix("reference: ").split("（")[0]
    return f"{'National' if entity == '中国' else entity}: {title}"


def outcomes_observed() -> pd.DataFrame:
    """Numeric view of the targets with an observed outcome (one row per distinct statement)."""
    outcomes = table("outcomes")
    rows = outcomes[outcomes["status"].isin([*metrics.OUTCOMES, *metrics.NEUTRAL])]
    rows = rows.drop_duplicates(["plan_id", "indicator", "entity", "year", "target", "outcome"])
    # a plan's target that the reference data also quote is shown once, as the plan's own
    key = ["indicator", "entity", "year", "target"]
    own = rows[~rows["plan_id"].str.startswith("reference: ")]
    quoted = rows["plan_id"].str.startswith("reference: ") & pd.MultiIndex.from_frame(rows[key]).isin(pd.MultiIndex.from_frame(own[key]))
    rows = rows[~quoted]
    labels = plan_labels()
    return pd.DataFrame(
        {
            "label": [f"{_outcome_source(p, e, labels)} · {label(i)}" for p, e, i in zip(rows["plan_id"], rows["entity"], rows["indicator"])],
            "unit": rows["indicator"].map(unit_zh),
            "year": rows["year"],
            "target": rows["target"].astype(float),
            "trend": rows["projection"].astype(float),
            "outcome": rows["outcome"].astype(float),
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
            "Observed exactly": int((group["judged_by"] == "exact").sum()), "Judged by bounds": int((group["judged_by"] == "bound").sum()),
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
    unit = lambda u: "%" if u.startswith("%") else " pts"  # noqa: E731
    return pd.DataFrame(
        {
            "Plan": progress["plan_id"].map(lambda p: labels.get(p, p.replace("reference: ", ""))),
            "Place": progress["entity"], "Indicator": progress["indicator"].map(label), "Year": progress["year"],
            "Target": progress["target_text"],
            "Latest": [f"{v:g} ({int(y)})" if not pd.isna(v) else "" for v, y in zip(progress["latest_value"], progress["latest_year"])],
            "Needed / yr": [f"{v:+.3g}{unit(u)}" if not pd.isna(v) else "" for v, u in zip(progress["required_change"], progress["change_unit"])],
            "Observed / yr": [f"{v:+.3g}{unit(u)} since {int(b)}" if not pd.isna(v) else "" for v, u, b in zip(progress["observed_change"], progress["change_unit"], progress["base_year"].fillna(0))],
            "Status": progress["status"], "Note": progress["note"],
        }
    )


def progress_by_plan() -> pd.DataFrame:
    progress = table("progress")
    labels = plan_labels()
    counts = progress.assign(Plan=progress["plan_id"].map(lambda p: labels.get(p, "higher-level plans"))).groupby(["Plan", "status"]).size().unstack(fill_value=0)
    counts.insert(0, "Targets after 2020", counts.sum(axis=1))
    return counts.reset_index()


def sources_table() -> pd.DataFrame:
    """Every source with its origin, licence and attribution, and how many observations it gives."""
    from analysis.sources.provenance import registry

    observations = table("observations")
    counts = observations.groupby("source_id").size()
    frame = registry()
    return pd.DataFrame({
        "Source": frame["source_id"], "What": frame["title"], "Origin": frame["origin"], "Licence": frame["licence"],
        "Attribution": frame["attribution"], "Observations": frame["source_id"].map(counts).fillna(0).astype(int),
    })


# -- headlines for the front page ------------------------------------------------------------------------------

def headlines() -> dict:
    """Every number the front page states, computed from the pipeline tables."""
    plans, values, everything, outcomes, findings = (table(n) for n in ("plans", "indicators", "ambition", "outcomes", "consistency"))
    spam = pd.read_csv(paths.SPAM)
    ambition = _own(everything)
    cohort_rows = ambition[(ambition["judged_against"] == "cohort projection") & (ambition["class"] != "not assessable")]
    assessed = ambition[(ambition["class"] != "not assessable") & (ambition["judged_against"] == "trend")]
    targets = ambition[ambition["kind"] == "target"]

    def pick(frame, **where):
        for column, wanted in where.items():
            frame = frame[frame[column] == wanted]
        return frame.iloc[0]

    chongqing = pick(ambition, plan_id="chongqing-2016-2030", indicator="pop_resident", year=2020)
    luzhou = pick(ambition, plan_id="luzhou-2022-2030", indicator="pop_resident", year=2030)
    suining = pick(ambition, plan_id="suining-2030-draft", indicator="pop_resident")
    yingkou_final = ambition[(ambition["plan_id"] == "yingkou-2016-2030") & (ambition["indicator"] == "pop_resident")].sort_values("year").iloc[-1]
    population = ambition[ambition["indicator"] == "pop_resident"].drop_duplicates("plan_id")
    declining = population[population["census_change_2010_2020"] < 0]
    backtest = table("cohort_backtest")
    national_bt = backtest[backtest["test"].str.startswith("nation")]
    prefecture_bt = backtest[backtest["test"].str.startswith("prefectures")]
    yingkou = pick(outcomes, plan_id="yingkou-2016-2030", indicator="pop_resident", year=2020)
    chongqing_out = pick(outcomes, plan_id="chongqing-2016-2030", indicator="pop_resident")
    national = outcomes[outcomes["plan_id"].str.startswith("reference: 国家") & (outcomes["indicator"] == "pop_resident")].iloc[0]
    own_outcomes = outcomes[~outcomes["plan_id"].str.startswith("reference")]
    observed = own_outcomes[own_outcomes["status"].isin([*metrics.OUTCOMES, *metrics.NEUTRAL])]
    progress = table("progress")
    own_progress = progress[~progress["plan_id"].str.startswith("reference")]
    artefact = chongqing_out["revision_artefact"]
    national_tfr = outcomes[outcomes["plan_id"].str.startswith("reference") & (outcomes["indicator"] == "tfr")].iloc[0]
    peak = pick(values, plan_id="luzhou-2022-2030", indicator="pop_peak_year")
    final = assessed[assessed["kind"] == "target"].sort_values("year").groupby(["plan_id", "indicator"]).tail(1)
    population = final[final["indicator"] == "pop_resident"]
    majority = final.groupby("indicator")["class"].agg(lambda s: s.value_counts().index[0] if s.value_counts().iloc[0] > len(s) / 2 else "")
    horizons = plans.groupby("period_end")["plan_id"].apply(lambda ids: ", ".join(plan_labels()[i] for i in ids))
    city_values = values[values["entity"] == values["plan_id"].map(dict(zip(plans["plan_id"], plans["place_zh"])))]
    everywhere = city_values.groupby("indicator")["plan_id"].nunique()
    return {
        "n_plans": len(plans),
        "n_values": len(values),
        "n_table_values": int((values["source"] == "table").sum()),
        "n_text_values": int((values["source"] == "text").sum()),
        "n_changes": len(table("changes")),
        "n_targets": len(targets),
        "n_assessed": len(assessed),
        "n_not_assessable": int((ambition["class"] == "not assessable").sum()),
        "n_distinct": len(ambition),
        "n_statements": int(ambition["lines"].str.split(";").str.len().sum()),
        "class_counts": assessed["class"].value_counts().to_dict(),
        "n_cohort": len(cohort_rows),
        "cohort_counts": cohort_rows["class"].value_counts().to_dict(),
        "n_no_band": int((assessed["projection"].notna() & assessed["band_low"].isna()).sum()),
        "n_ambitious": int(assessed["class"].isin(["ambitious", "very ambitious"]).sum()),
        "n_below": int((assessed["class"] == "below trend").sum()),
        "below_indicators": _join([label(c) for c, k in majority.items() if k == "below trend"]),
        "above_indicators": _join([label(c) for c, k in majority.items() if k in ("ambitious", "very ambitious")]),
        "n_pop_ambitious": int(population["class"].isin(["ambitious", "very ambitious"]).sum()),
        "n_pop_plans": len(population),
        "spam_occurrences": int(spam["occurrences"].sum()),
        "spam_tokens": len(spam),
        "chongqing_required": float(chongqing["required_change"]),
        "chongqing_historical": float(chongqing["historical_change"]),
        "chongqing_target_text": chongqing["target_text"],
        "chongqing_year": int(chongqing["year"]),
        "chongqing_history": f"{int(chongqing['historical_from'])}–{int(chongqing['base_year'])}",
        "chongqing_2020_outcome": float(chongqing_out["outcome"]),
        "chongqing_2020_difference": float(chongqing_out["difference"]),
        "luzhou_required": float(luzhou["required_change"]),
        "luzhou_trend": float(luzhou["trend_change"]),
        "luzhou_target": float(luzhou["target"]),
        "luzhou_year": int(luzhou["year"]),
        "luzhou_history": f"{int(luzhou['historical_from'])}–{int(luzhou['base_year'])}",
        "luzhou_peak": int(peak["value"]),
        "suining_target_text": suining["target_text"],
        "suining_year": int(suining["year"]),
        "suining_base_year": int(suining["base_year"]),
        "suining_baseline": float(suining["baseline"]),
        "suining_trend": float(suining["trend_change"]),
        "suining_projection": float(suining["projection"]),
        "suining_history": f"{int(suining['historical_from'])}–{int(suining['base_year'])}",
        "suining_class": suining["class"], "suining_framing": suining["population_framing"] or "not framed by a decline",
        "chongqing_class": chongqing["class"], "luzhou_class": luzhou["class"],
        "luzhou_natural": float(luzhou["natural_increase_rate"]), "luzhou_migration": float(luzhou["implied_net_migration_per_year"]),
        "luzhou_migration_official": float(luzhou["implied_net_migration_per_year_at_official_rate"]),
        "luzhou_official_rate": float(luzhou["official_natural_increase_rate"]),
        "luzhou_past_migration": float(luzhou["past_net_migration_per_year"]), "luzhou_past_period": luzhou["past_migration_period"],
        "declining": _join([plan_labels()[p].replace(" (draft)", "") for p in declining["plan_id"]]) or "No plan's place",
        "declining_rates": "; ".join(f"{plan_labels()[p].replace(' (draft)', '')} {v:+.2f}% a year" for p, v in zip(declining["plan_id"], declining["census_change_2010_2020"])),
        "yingkou_final_target": f"{yingkou_final['target_text'].strip()} by {int(yingkou_final['year'])} ({yingkou_final['class']}, on a trend of {yingkou_final['trend_change']:+.2f}% a year)",
        "hp_national_errors": ", ".join(f"{label(m)} {v:+.2f}" for m, v in zip(national_bt["measure"], national_bt["mean_error"])),
        "hp_prefectures": int(prefecture_bt["n_units"].max()),
        "population_band": float(table("bands").query("indicator == 'pop_resident' and use == 'band'")["halfwidth_per_year"].iloc[0]),
        "national_status": national["status"], "stock_tolerance": metrics.RELATIVE_TOLERANCE,
        "hp_national_children_2030": float(table("cohort").query("entity_code == '100000' and year == 2030 and measure == 'share_0_14'")["value"].iloc[0]),
        "wpp_national_children_2030": float(table("cohort").query("entity_code == '100000' and year == 2030 and measure == 'share_0_14'")["wpp_value"].iloc[0]),
        "hp_prefecture_errors": ", ".join(f"{label(m)} {v:.2f}" for m, v in zip(prefecture_bt["measure"], prefecture_bt["p80_abs_error"])),
        "yingkou_target_text": f"{float(yingkou['target']):g}",
        "yingkou_outcome": float(yingkou["outcome"]),
        "yingkou_difference": float(yingkou["difference"]),
        "national_target_text": national["target_text"],
        "national_difference": float(national["difference"]),
        "last_observed_year": int(LAST_OBSERVED_YEAR),
        "n_plans_with_observed_year": int(own_outcomes["plan_id"].nunique()),
        "n_outcomes_observed": len(observed),
        "n_outcomes_total": len(own_outcomes),
        "n_outcomes_bound": int((own_outcomes["judged_by"] == "bound").sum()),
        "n_outcomes_unobserved": int((own_outcomes["status"] == "not observed").sum()),
        "chongqing_artefact": artefact,
        "national_tfr_target": national_tfr["target_text"], "national_tfr_outcome": float(national_tfr["outcome"]), "national_tfr_status": national_tfr["status"],
        "n_progress": len(own_progress),
        "n_progress_with_figure": int((own_progress["status"] != "no recent figure").sum()),
        "progress_counts": own_progress["status"].value_counts().to_dict(),
        "n_progress_on_track": int(own_progress["status"].isin(["already met", "already reached", "on track"]).sum()),
        "n_progress_behind": int(own_progress["status"].isin(["moderate progress", "insufficient progress", "moving away"]).sum()),
        "progress_on_track_threshold": metrics.PROGRESS_ON_TRACK,
        "n_observations": len(table("observations")),
        "n_findings": len(findings),
        "n_errors": int((findings["severity"] == "error").sum()),
        "n_warnings": int((findings["severity"] == "warning").sum()),
        "n_notes": int((findings["severity"] == "note").sum()),
        "horizons": "; ".join(f"{int(year)} for {names}" for year, names in horizons.items()),
        "everywhere": _join([label(code) for code, n in everywhere.items() if n == len(plans)]),
        "ets_min_points": ETS_MIN_POINTS,
        "prediction_level": f"{metrics.PREDICTION_LEVEL:.0%}",
        "thresholds": (metrics.ON_TREND_LOW, metrics.ON_TREND_HIGH, metrics.VERY_AMBITIOUS),
    }


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def single_year_tables() -> str:
    """Plans whose indicator tables have a single year column (their baselines come from the prose)."""
    values = table("indicators")
    tables = values[(values["source"] == "table") & (values["entity"] == values["plan_id"].map(dict(zip(table("plans")["plan_id"], table("plans")["place_zh"]))))]
    years = tables.groupby(["plan_id", "section"])["year"].nunique()
    return _join([f"{plan_labels()[plan]} ({int(tables[(tables['plan_id'] == plan) & (tables['section'] == section)]['year'].iloc[0])})" for (plan, section), n in years.items() if n == 1])


def vintage_examples() -> pd.DataFrame:
    """Plan baselines that differ from official figures of another vintage (consistency notes)."""
    findings = table("consistency")
    rows = findings[(findings["check_id"] == "official.baseline") & findings["finding"].str.contains("vintage")]
    return pd.DataFrame({"Plan": rows["plan_ids"].map(plan_labels()), "Finding": rows["finding"]})


def estimate_versus_census(entity: str = "遂宁市") -> str:
    """The latest pre-census year-end estimate against the census count, for one place."""
    reference = table("reference")
    rows = reference[(reference["entity"] == entity) & (reference["indicator"] == "pop_resident") & (reference["role"] == "statistic")]
    census = rows[(rows["statistic"] == "census") & (rows["year"] == LAST_OBSERVED_YEAR)]
    estimates = rows[(rows["statistic"] == "year_end_estimate") & (rows["year"] < LAST_OBSERVED_YEAR)].sort_values("year")
    if census.empty or estimates.empty:
        return ""
    estimate, count = estimates.iloc[-1], census.iloc[0]
    return f"{entity}'s {int(estimate['year'])} year-end estimate ({estimate['value']:g}万) against its {int(count['year'])} census count ({count['value']:.2f}万)"


def counted(counts: dict) -> str:
    """``15 on trend, 9 below trend, …`` — most frequent first."""
    return ", ".join(f"{n} {name}" for name, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def fmt(value: float, digits: int = 2) -> str:
    """A number for prose: fixed decimals (no thousands separators: Chinese figures are in 万)."""
    return f"{value:.{digits}f}"


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
