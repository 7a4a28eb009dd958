"""Data views the notebooks narrate and plot. Every number in the report comes from here.

Each function reads the committed pipeline tables (through :func:`analysis.datasets.load`) and
returns a small data frame or dictionary; no view computes anything the pipeline does not.
Table views attach each value's source (plan line or reference statistic) with
:func:`analysis.report.output.with_sources`, so the report links every value to where it was read.

The model modules (statsmodels) are imported only by the views that fit a trend, so pages that
do not draw trends start faster.
"""

from __future__ import annotations

import functools
import re

import numpy as np
import pandas as pd

from analysis import paths
from analysis.codebook import load_codebook
from analysis.datasets import load
from analysis.report import links, words
from analysis.report.links import Segment
from analysis.report.output import with_sources
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
    """``chongqing-2016-2030`` → ``Chongqing`` (``Suining (draft)`` for drafts). A plan without a
    pinyin name is labelled by its Chinese name, then by its id; two plans of one place are told
    apart by their period."""
    plans = table("plans")
    names = {}
    for row in plans.itertuples():
        name = row.place_pinyin or row.place_zh or row.plan_id
        names[row.plan_id] = name + (" (draft)" if row.status == "draft" else "")
    repeated = {name for name in names.values() if list(names.values()).count(name) > 1}
    for row in plans.itertuples():
        if names[row.plan_id] in repeated:
            start, end = row.period_start, row.period_end
            period = f"{int(start)}–{int(end)}" if not pd.isna(start) and not pd.isna(end) else ("" if pd.isna(end) else f"to {int(end)}")
            names[row.plan_id] += f" {period or row.plan_id}"
    return names


def corpus() -> dict[str, str]:
    """Words for the corpus as it is: ``five population-development plans (one province-level
    municipality and four prefecture-level cities)``, the list of plans, and the plan count."""
    plans = table("plans")
    return {
        "description": words.corpus_phrase(list(plans["admin_level"])),
        "levels": words.levels_phrase(list(plans["admin_level"])),
        "names": words.join(list(plan_labels().values())),
        "count": words.count(len(plans), "plan"),
    }


def with_unit(text: str, unit: str) -> str:
    """A target as a reader writes it with its unit: ``3200左右`` + 万 → ``3200万左右``;
    a text that already carries the unit (``2440万人``) is left alone."""
    text = str(text)
    if unit and unit in text:
        return text
    match = re.match(r"^(.*?)(左右|以上|以下|以内|上下)$", text)
    return f"{match.group(1)}{unit}{match.group(2)}" if match else f"{text}{unit}"


def unit_zh(code: str) -> str:
    """The indicator's unit as a Chinese reader writes it on an axis (万人 rather than 10k persons)."""
    if code not in load_codebook():
        return ""
    unit = load_codebook()[code].unit
    return "万人" if unit == "10k persons" else unit


def label(code: str) -> str:
    """The indicator's English label; a code the codebook does not know is shown as it is."""
    return load_codebook()[code].label_en if code in load_codebook() else str(code)


def name_zh(code: str) -> str:
    return load_codebook()[code].name_zh if code in load_codebook() else ""


def _domain(code: str) -> str:
    return load_codebook()[code].domain if code in load_codebook() else "~not in the codebook"



# -- the plans -------------------------------------------------------------------------------------

def plans_overview() -> pd.DataFrame:
    plans = table("plans")
    period = [("" if pd.isna(e) else f"to {int(e)}") if pd.isna(s) else (f"from {int(s)}" if pd.isna(e) else f"{int(s)}–{int(e)}") for s, e in zip(plans["period_start"], plans["period_end"])]
    frame = pd.DataFrame(
        {
            "Plan": plans["plan_id"].map(plan_labels()),
            "City": plans["place_zh"],
            "Province": plans["province_zh"],
            "Level": plans["admin_level"].map(words.level_name),
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
    return with_sources(frame, "Plan", [[Segment(label, (links.Ref(links.source_page(plan_id), f"seeds/{seed}"),))] for label, plan_id, seed in zip(frame["Plan"], plans["plan_id"], plans["seed_file"])])


def coverage() -> pd.DataFrame:
    """Values per plan × indicator (demographic core indicators first)."""
    values = table("indicators")
    values = values[values["entity"] == values["plan_id"].map(dict(zip(table("plans")["plan_id"], table("plans")["place_zh"])))]
    counts = values.groupby(["indicator", "plan_id"]).size().unstack(fill_value=0)
    # demographic domains first; within a domain, indicators quantified by more plans first
    spread = (counts > 0).sum(axis=1)
    order = sorted(counts.index, key=lambda code: (_domain(code) not in ("population", "fertility", "structure", "health", "education", "distribution", "migration"), _domain(code), -spread[code], code))
    counts = counts.loc[order]
    counts.index = [label(code) for code in counts.index]
    counts.columns = [plan_labels()[plan] for plan in counts.columns]
    return counts[sorted(counts.columns, key=str.casefold)]


def quality_summary() -> pd.DataFrame:
    log = table("quality_log")
    plans = table("plans").set_index("seed_file")
    summary = log.groupby(["seed_file", "severity"]).size().unstack(fill_value=0).reindex(columns=["error", "warning", "info"], fill_value=0)
    kinds = log[log["severity"] != "info"].groupby("seed_file")["kind"].apply(lambda s: ", ".join(f"{k} ({n})" for k, n in s.value_counts().sort_index().items()))
    out = summary.join(kinds.rename("Problems found")).fillna({"Problems found": ""})
    out.insert(0, "Plan", [plan_labels()[plans.loc[seed, "plan_id"]] for seed in out.index])
    return out.reset_index(drop=True).rename(columns={"error": "Errors", "warning": "Warnings", "info": "Notes"})


def contamination() -> pd.DataFrame:
    """Spam tokens by id (never their text), with links to the lines where they occur."""
    spam = pd.read_csv(paths.SPAM, keep_default_na=False)
    plans = {seed: plan for plan, seed in zip(table("plans")["plan_id"], table("plans")["seed_file"])}
    frame = spam.rename(columns={"token_id": "Token", "n_chars": "Characters", "occurrences": "Occurrences", "n_lines": "Lines", "lines": "Where", "replacement": "Inferred original"})
    frame.insert(0, "Plan", spam["seed_file"].map(lambda seed: plan_labels().get(plans.get(seed, ""), seed)))
    frame = frame[["Plan", "Token", "Characters", "Occurrences", "Lines", "Where", "Inferred original"]]
    return with_sources(frame, "Where", [links.line_list_segments(plans[seed], where) if seed in plans else None for seed, where in zip(spam["seed_file"], spam["lines"])])


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
    out, baselines, targets_cells = [], [], []
    for (code, plan_id), group in rows.groupby(["indicator", "plan_id"], sort=False):
        group = group.sort_values(["year", "sources"], ascending=[True, False])
        last = group.iloc[-1]
        statements = list(group.drop_duplicates("year").itertuples())
        baseline = "" if pd.isna(last["baseline"]) else f"{last['baseline']:g} ({int(last['base_year'])})"
        out.append(
            {
                "Indicator": label(code),
                "Plan": plan_labels()[plan_id],
                "As written": _raw_label(plan_id, code),
                "Baseline": baseline,
                "Targets": "; ".join(f"{r.year}: {r.target_text}" for r in statements),
                "Required change per year": "" if pd.isna(last["required_change"]) else f"{last['required_change']:+.2f} {last['change_unit']}",
                "Historical change per year": "" if pd.isna(last["historical_change"]) else f"{last['historical_change']:+.2f} {last['change_unit']} ({int(last['historical_from'])}–{int(last['base_year'])})",
            }
        )
        baselines.append([Segment(baseline, origin_refs(plan_id, last["baseline_origin"]))] if baseline else None)
        targets_cells.append([Segment(f"{r.year}: {r.target_text}", links.line_refs(plan_id, r.lines, r.sources)) for r in statements])
    order = {label(code): i for i, code in enumerate(codes)}
    frame = pd.DataFrame(out, columns=["Indicator", "Plan", "As written", "Baseline", "Targets", "Required change per year", "Historical change per year"])
    frame = with_sources(with_sources(frame, "Baseline", baselines), "Targets", targets_cells)
    return frame.sort_values(["Indicator", "Plan"], key=lambda s: s.map(order) if s.name == "Indicator" else s).reset_index(drop=True)


def origin_refs(plan_id: str, origin: str) -> tuple[links.Ref, ...]:
    """Where a baseline came from (``plan table, line 121``; ``reference census,
    derived_statistics.csv row 1``) as links."""
    origin = str(origin or "")
    reference = links.REFERENCE_ROW.search(origin)
    if reference:
        ref = links.reference_ref(reference.group("file"), int(reference.group("row")))
        return (ref,) if ref else ()
    if not origin.startswith(("plan", "derived")):
        return ()  # an official figure located in a source file (census_city_… line 262), not a plan line
    line = links.ORIGIN_LINE.search(origin)
    ref = links.line_ref(plan_id, int(line.group("line")), what=origin.split(",")[0].removeprefix("plan ")) if line else None
    return (ref,) if ref else ()


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
    out, cells = [], []
    for (plan_id, code), group in rows.groupby(["plan_id", "indicator"]):
        statements = list(group.sort_values(["year", "source"]).itertuples())
        out.append(
            {
                "Plan": plan_labels()[plan_id],
                "Population measured": (codebook[code].name_en if code in codebook else code).replace("Mean years of schooling of ", ""),
                "As written": " / ".join(sorted(set(group["indicator_raw"]))),
                "Values": "; ".join(f"{r.year}: {r.value_text} ({r.source})" for r in statements),
            }
        )
        cells.append([Segment(f"{r.year}: {r.value_text} ({r.source})", _value_refs(plan_id, r.line)) for r in statements])
    frame = pd.DataFrame(out, columns=["Plan", "Population measured", "As written", "Values"])
    return with_sources(frame, "Values", cells)


def _value_refs(plan_id: str, line) -> tuple[links.Ref, ...]:
    ref = None if pd.isna(line) else links.line_ref(plan_id, int(line))
    return (ref,) if ref else ()


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
    return matrix.loc[sorted(matrix.index, key=str.casefold)]


def _assessable_indicators(ambition: pd.DataFrame) -> list[str]:
    assessed = ambition[~ambition["class"].isin(["not assessable"])]
    return sorted(set(assessed["indicator"]))


def ambition_table() -> pd.DataFrame:
    """Every assessed target: baseline, required and trend change, projection with its band, class."""
    ambition = _own(table("ambition"))
    rows = ambition[(ambition["class"] != "not assessable") & (ambition["judged_against"] == "trend")].copy()
    band = [f"{lo:.4g}–{hi:.4g}" if not pd.isna(lo) else "none" for lo, hi in zip(rows["band_low"], rows["band_high"])]
    frame = pd.DataFrame(
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
    frame = with_sources(frame, "Target", _target_cells(rows))
    return with_sources(frame, "Baseline", [[Segment(text, origin_refs(plan_id, origin))] for text, plan_id, origin in zip(frame["Baseline"], rows["plan_id"], rows["baseline_origin"])])


def _target_cells(rows: pd.DataFrame, text_column: str = "target_text") -> list[list[Segment]]:
    """Each target or projection linked to the plan lines it was stated on (table and text)."""
    return [[Segment(str(text), links.line_refs(plan_id, lines, sources))] for text, plan_id, lines, sources in zip(rows[text_column], rows["plan_id"], rows["lines"], rows["sources"])]


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
    key = ["plan_id", "indicator", "entity", "year", "kind", "target_text"]
    where = rows[key].merge(table("ambition")[key + ["lines", "sources"]].drop_duplicates(key), on=key, how="left").fillna({"lines": "", "sources": ""})
    return with_sources(out.reset_index(drop=True), "Target", _target_cells(where))


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


# -- outcomes ------------------------------------------------------------------------------------------------

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
    frame = with_sources(frame, "Target", _target_cells(outcomes))
    return with_sources(frame, "Outcome", [[Segment(text, links.line_refs("", source))] if text else None for text, source in zip(frame["Outcome"], outcomes["outcome_source"])])


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

class Headlines(dict):
    """The front page's numbers; the model's constants are read (importing the model code and
    statsmodels) only by the pages that state them."""

    def __missing__(self, key):
        if key == "last_observed_year":
            from analysis.model.outcomes import LAST_OBSERVED_YEAR

            value = int(LAST_OBSERVED_YEAR)
        elif key == "ets_min_points":
            from analysis.model.trends import ETS_MIN_POINTS

            value = ETS_MIN_POINTS
        else:
            raise KeyError(key)
        self[key] = value
        return value


def headlines() -> Headlines:
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
    horizons = plans.dropna(subset=["period_end"]).groupby("period_end")["plan_id"].apply(lambda ids: words.join(plan_labels()[i] for i in ids))
    city_values = values[values["entity"] == values["plan_id"].map(dict(zip(plans["plan_id"], plans["place_zh"])))]
    everywhere = city_values.groupby("indicator")["plan_id"].nunique()
    return Headlines({
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
        "chongqing_target": with_unit(chongqing["target_text"], "万"),
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
        "yingkou_target": with_unit(yingkou["target_text"], "万"),
        "yingkou_outcome": float(yingkou["outcome"]),
        "yingkou_difference": float(yingkou["difference"]),
        "national_target_text": national["target_text"],
        "national_difference": float(national["difference"]),
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
        "horizons": "; ".join(f"{int(year)} for {names}" for year, names in horizons.items()) if len(horizons) else "not stated by any plan",
        "everywhere": _join([label(code) for code, n in everywhere.items() if n == len(plans)]),
        "everywhere_sentence": _everywhere_sentence([label(code) for code, n in everywhere.items() if n == len(plans)], len(plans)),
        "corpus": corpus(),
        "prediction_level": f"{metrics.PREDICTION_LEVEL:.0%}",
        "thresholds": (metrics.ON_TREND_LOW, metrics.ON_TREND_HIGH, metrics.VERY_AMBITIOUS),
    })


def _everywhere_sentence(indicators: list[str], n_plans: int) -> str:
    every = "both plans" if n_plans == 2 else ("the plan" if n_plans == 1 else "every plan")
    if not indicators:
        return f"No indicator is quantified by {every}; each plan quantifies its own set, which limits what can be compared."
    return (
        f"Only {words.join(indicators)} {words.agree(len(indicators), 'is', 'are')} quantified by {every}; "
        "everything else is plan-specific, which limits what can be compared."
    )


def _join(items: list[str]) -> str:
    return words.join(items)


def single_year_tables() -> list[str]:
    """Plans whose indicator tables have a single year column (their baselines come from the prose):
    ``["Suining (draft) (2020)"]``."""
    values = table("indicators")
    tables = values[(values["source"] == "table") & (values["entity"] == values["plan_id"].map(dict(zip(table("plans")["plan_id"], table("plans")["place_zh"]))))]
    years = tables.groupby(["plan_id", "section"])["year"].nunique()
    return [f"{plan_labels()[plan]} ({int(tables[(tables['plan_id'] == plan) & (tables['section'] == section)]['year'].iloc[0])})" for (plan, section), n in years.items() if n == 1]


def extraction_sentence() -> str:
    """What was extracted, and which plans have no indicator table or a single-year one, as
    grammatical sentences for any number of plans."""
    h = headlines()
    plans = table("plans")
    no_table = [plan_labels()[plan_id] for plan_id, n in zip(plans["plan_id"], plans["n_tables"]) if n == 0]
    single = single_year_tables()
    text = (
        f"Altogether {h['n_values']} values were extracted: {h['n_table_values']} from indicator tables and "
        f"{h['n_text_values']} from the prose, plus {h['n_changes']} stated changes (比…年增加…, 年均增长…) kept "
        "in a separate table so that a change is never read as a level."
    )
    if no_table:
        text += f" {words.join(no_table)} {words.agree(len(no_table), 'has', 'have')} no indicator table at all."
    if single:
        whose = words.agree(len(single), "that plan's", "those plans'")
        text += (
            f" The indicator {words.agree(len(single), 'table', 'tables')} of {words.join(single)} "
            f"{words.agree(len(single), 'has', 'have')} a single year column, so {whose} baselines come from the prose."
        )
    return text


def reference_sources() -> pd.DataFrame:
    """Sources of the reference statistics: how many values each gave, for which places and years,
    each linked to its publisher's page."""
    reference = table("reference")
    sources = (
        reference.groupby(["source_title", "confidence"], sort=True)
        .agg(values=("value", "size"), places=("entity", lambda s: "、".join(sorted(set(s)))), years=("year", lambda s: ", ".join(str(y) for y in sorted(set(s)))), url=("source_url", "first"))
        .reset_index()
    )
    frame = sources.rename(columns={"source_title": "Source", "confidence": "Confidence", "values": "Values", "places": "Places", "years": "Years"})[["Source", "Confidence", "Values", "Places", "Years"]]
    return with_sources(frame, "Source", [[Segment(title, (ref,))] if (ref := links.url_ref(url, title)) else None for title, url in zip(sources["source_title"], sources["url"])])


def vintage_examples() -> pd.DataFrame:
    """Plan baselines that differ from official figures of another vintage (consistency notes)."""
    findings = table("consistency")
    rows = findings[(findings["check_id"] == "official.baseline") & findings["finding"].str.contains("vintage")]
    return pd.DataFrame({"Plan": rows["plan_ids"].map(plan_labels()), "Finding": rows["finding"]})


def estimate_versus_census(entity: str = "遂宁市") -> str:
    """The latest pre-census year-end estimate against the census count, for one place."""
    from analysis.model.outcomes import LAST_OBSERVED_YEAR

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
