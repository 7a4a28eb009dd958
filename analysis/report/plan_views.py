"""Views of the plans page: the documents, what was extracted from each, data-quality findings
and the defaced page."""

from __future__ import annotations

import pandas as pd

from analysis import paths
from analysis.report import links, words
from analysis.report.headline_views import headlines
from analysis.report.links import Segment
from analysis.report.output import with_sources
from analysis.report.views import domain, in_reading_order, label, plan_labels, table


def plans_overview() -> pd.DataFrame:
    """Every column of the plans table a reader may want (``tables/plans.csv``), one row a plan in
    the report's order (:data:`words.READING_ORDER`); :func:`plans_on_the_page` shows it narrower."""
    plans = in_reading_order(plans=table("plans"))
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


def plans_on_the_page(overview: pd.DataFrame) -> pd.DataFrame:
    """Table 1 as it fits a page (1280 px, and the PDF's text width) without scrolling sideways:
    city and province in one column (the province only where it differs), the values with their
    split between tables and text in one (``79 (39 / 40)``), and no status column (a draft's label
    says it is one). ``tables/plans.csv`` keeps every column apart."""
    place = [city if not province or province == city else f"{city}, {province}" for city, province in zip(overview["City"], overview["Province"])]
    values = [f"{n} ({t} / {x})" for n, t, x in zip(overview["Values"], overview["from tables"], overview["from text"])]
    columns = ["Plan", "Level", "Period", "Issued", "Document no.", "Base year", "Tables"]
    frame = overview[columns].copy()
    frame.insert(1, "Place", place)
    frame["Values (tables / text)"] = values
    frame["Changes"] = overview["Changes"]
    return frame.join(overview[[c for c in overview.columns if c == "_cells:Plan"]])


def coverage() -> pd.DataFrame:
    """Values per plan × indicator (demographic core indicators first)."""
    values = table("indicators")
    values = values[values["entity"] == values["plan_id"].map(dict(zip(table("plans")["plan_id"], table("plans")["place_zh"])))]
    counts = values.groupby(["indicator", "plan_id"]).size().unstack(fill_value=0)
    # demographic domains first; within a domain, indicators quantified by more plans first
    spread = (counts > 0).sum(axis=1)
    order = sorted(counts.index, key=lambda code: (domain(code) not in ("population", "fertility", "structure", "health", "education", "distribution", "migration"), domain(code), -spread[code], code))
    counts = counts.loc[order]
    counts.index = [label(code) for code in counts.index]
    order = [plan for plan in in_reading_order(plans=table("plans"))["plan_id"] if plan in counts.columns]  # words.READING_ORDER
    counts = counts[order]
    counts.columns = [plan_labels()[plan] for plan in counts.columns]
    return counts


def quality_summary() -> pd.DataFrame:
    log = table("quality_log")
    plans = table("plans").set_index("seed_file")
    summary = log.groupby(["seed_file", "severity"]).size().unstack(fill_value=0).reindex(columns=["error", "warning", "info"], fill_value=0)
    kinds = log[log["severity"] != "info"].groupby("seed_file")["kind"].apply(lambda s: ", ".join(f"{k} ({n})" for k, n in s.value_counts().sort_index().items()))
    out = summary.join(kinds.rename("Problems found")).fillna({"Problems found": ""})
    out.insert(0, "Plan", [plan_labels()[plans.loc[seed, "plan_id"]] for seed in out.index])
    order = {seed: k for k, seed in enumerate(in_reading_order(plans=plans.reset_index())["seed_file"])}  # words.READING_ORDER
    out = out.iloc[sorted(range(len(out)), key=lambda k: order.get(out.index[k], len(order)))]
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
