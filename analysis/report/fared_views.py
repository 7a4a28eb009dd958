"""Views of the page "How the plans fared" (``notebooks/06_fared.py``) and its figure on the front page.

They read the model's tables ``fared``, ``fared_pace``, ``fared_summary`` and ``zero_sum``
(:mod:`analysis.model.fared`) and compute nothing the pipeline does not: counts, labels and links.
Every target links to where it was read: a seed's line on its source page (``plans/<id>.html#L<n>``),
a reference statistic to its publisher, a corpus text's line on its source page
(``corpus/<text_id>.html#L<n>``, :func:`analysis.report.links.corpus_line_ref`; the PDF prints the file and line).
"""

from __future__ import annotations

import pandas as pd

from analysis.corpus import read_corpus_manifest
from analysis.report import links, words
from analysis.report.links import Ref, Segment
from analysis.report.output import with_sources
from analysis.report.views import label, plan_labels, table
from analysis.vocabulary import POPULATION_PLANS_PROPER

# the model's names of the readings and of the family groups (analysis.model.fared), as the tables write them
AS_EXTRACTED, AS_ANNOTATED = "as extracted", "as annotated by hand"
PROPER, OTHERS = "population-development plans proper", "all other families"

JUDGED = ("met", "exceeded", "missed", "as stated", "above", "below")
#: The goal of issue 19 for plans with a 2020 outcome: (plans, of them provinces).
PLANS_2020_GOAL = (30, 20)
LEVELS = ("nation", "province", "prefecture", "county", "unknown")
#: Plan families in words (vocabulary.CORPUS_PLAN_FAMILIES; corpus/README.md, "Plan families").
FAMILY_WORDS = {
    "population_plan": "population-development plan", "family_planning_plan": "family-planning plan", "health_plan": "health plan",
    "annual_targets": "annual targets", "strategy_study": "strategy study", "development_plan": "five-year development plan",
    "urbanisation_plan": "new-urbanisation plan",
}


def plan_label(plan_id: str, place: str, title: str) -> str:
    """A seed's pinyin label; otherwise the place and the start of the document's title."""
    labels = plan_labels()
    if plan_id in labels:
        return labels[plan_id]
    short = title.split("（")[0].split("(")[0]
    short = short if len(short) <= 16 else short[:15] + "…"
    return f"{'National' if place == '中国' else place}: {short}"


def _refs(row) -> tuple[Ref, ...]:
    """Where each statement of a row was read (see the module docstring)."""
    if row.plan_source == "seed":
        return links.line_refs(row.plan_id, ";".join(part.rsplit(":", 1)[1] for part in row.lines.split("; ")))
    resolve = links.reference_ref if row.plan_source == "reference" else links.corpus_line_ref
    refs = (resolve(name, int(line)) for name, line in (part.rsplit(":", 1) for part in row.lines.split("; ")))
    return tuple(ref for ref in refs if ref is not None)


def published_texts() -> dict:
    """Words for the corpus of real published texts: how many texts, of how many places, by level."""
    manifest = read_corpus_manifest()
    places = manifest.drop_duplicates("place_zh")
    counts = places["admin_level"].value_counts()
    by_level = [words.count(int(counts[level]), level, digits=True) for level in LEVELS if level in counts]
    kinds = manifest["kind"].value_counts()
    return {"n_texts": len(manifest), "n_places": len(places), "places_by_level": words.join(by_level),
            "n_press": int(kinds.get("press_report", 0)), "n_plan_text": int(kinds.get("plan_text", 0))}


def facts() -> dict:
    """The numbers the page and the front page print."""
    fared, pace, summary, zero = table("fared"), table("fared_pace"), table("fared_summary"), table("zero_sum")
    judged = fared[fared["status"].isin(JUDGED)]
    exact = fared[fared["judged_by"].isin(["exact", "period mean"])]
    overall = summary[summary["group"] == "overall"].iloc[0]
    by_level = judged.groupby("plan_level").agg(targets=("plan_id", "size"), plans=("plan_id", "nunique"))
    nation = zero[(zero["comparison"] == "provinces against the nation") & (zero["year"] == 2020)]
    changes = (fared["screen"] == "rejected") & fared["period_start"].notna()
    screened = (fared["screen"] == "rejected") & ~changes
    return {
        "n_rows": len(fared), "n_plans": fared["plan_id"].nunique(), "n_rejected": int(screened.sum()), "n_changes": int(changes.sum()),
        "n_period_means": int((fared["judged_by"] == "period mean").sum()),
        **plans_2020(judged),
        "n_corpus_plans": fared.loc[fared["plan_source"] == "corpus", "plan_id"].nunique(),
        "n_judged": len(judged), "n_judged_plans": judged["plan_id"].nunique(), "n_exact": len(exact),
        "n_not_observed": int((fared["status"] == "not observed").sum()),
        "by_level": "; ".join(f"{level} {int(r.targets)} from {words.count(int(r.plans), 'plan', digits=True)}" for level, r in
                              sorted(by_level.iterrows(), key=lambda item: LEVELS.index(item[0]) if item[0] in LEVELS else len(LEVELS))),
        "rejected_words": "no figure was" if not screened.any() else f"{words.count(int(screened.sum()), 'figure', digits=True)} {words.agree(int(screened.sum()), 'was', 'were')}",
        "overall": overall, "n_pace": len(pace), "n_pace_with_figure": int(pace["latest_value"].notna().sum()),
        "n_pace_rejected": int((pace["screen"] == "rejected").sum()),
        "zero_2020": nation.iloc[0] if len(nation) else None,
        **_plan_medians(),
        **families(fared, summary),
        **sensitivity_facts(),
    }


def families(fared: pd.DataFrame, summary: pd.DataFrame) -> dict:
    """How many plans (and plans with a point target's error) are population-development plans
    proper, and their summary row (``family group``) beside the others'."""
    proper = fared[fared["plan_family"].isin(POPULATION_PLANS_PROPER)]
    groups = summary[summary["group"] == "family group"].set_index("group_value")
    return {"n_proper_plans": proper["plan_id"].nunique(), "proper": groups.loc[PROPER], "others": groups.loc[OTHERS],
            "proper_families": words.join([FAMILY_WORDS[f] + "s" for f in POPULATION_PLANS_PROPER])}


def sensitivity_facts() -> dict:
    """The sensitivity table's rows by (basis, scope), and how many targets each reading has that the other lacks."""
    table_ = table("fared_sensitivity").set_index(["basis", "scope"])
    return {"sens_extracted": table_.loc[(AS_EXTRACTED, "all plans")], "sens_annotated": table_.loc[(AS_ANNOTATED, "all plans")],
            "sens_proper_extracted": table_.loc[(AS_EXTRACTED, PROPER)], "sens_proper_annotated": table_.loc[(AS_ANNOTATED, PROPER)],
            "sens_corpus_extracted": table_.loc[(AS_EXTRACTED, "corpus plans")], "sens_corpus_annotated": table_.loc[(AS_ANNOTATED, "corpus plans")]}


def errors_words(row: pd.Series) -> str:
    """A summary row's point targets, median signed log error and MAPE with their intervals and share met, in words."""
    if pd.isna(row["median_log_error"]):
        return f"{row['n_targets']} point targets with an error from {row['n_plans']} plans, too few for a summary"
    met = "" if pd.isna(row["share_met"]) else f", {row['share_met']:.0%} of {row['n_judged']} judged targets met"
    return (f"{row['n_targets']} point targets with an error from {row['n_plans']} plans: median signed log error "
            f"{signed(row['median_log_error'])} ({signed(row['median_log_error_low'])} to {signed(row['median_log_error_high'])}), "
            f"MAPE {row['mape']:.1f}% ({row['mape_low']:.1f}–{row['mape_high']:.1f}){met}")


def overlap_words(low_a: float, high_a: float, low_b: float, high_b: float) -> str:
    """Whether two 90% intervals overlap, in words."""
    if any(pd.isna(v) for v in (low_a, high_a, low_b, high_b)):
        return "one of them is withheld"
    return "the two intervals overlap" if low_a <= high_b and low_b <= high_a else "the two intervals do not overlap"


def plans_2020(judged: pd.DataFrame) -> dict:
    """The plans with a judged outcome of a target dated 2020 (the census year), by the level of
    government of the plan's place, against the issue's goal (:data:`PLANS_2020_GOAL`)."""
    of_2020 = judged[judged["year"] == 2020].drop_duplicates("plan_id")
    counts = of_2020["plan_level"].value_counts()
    return {"n_plans_2020": len(of_2020), "n_province_plans_2020": int(counts.get("province", 0)),
            "plans_2020_by_level": words.join([f"{level} {int(counts[level])}" for level in LEVELS if level in counts]),
            "plans_2020_goal": PLANS_2020_GOAL}


def bias_words(low: float, high: float) -> str:
    """What a 90% interval of the median signed log error says about bias: only an interval that
    excludes zero shows one."""
    if pd.isna(low) or pd.isna(high):
        return "too few targets to say whether the targets lean one way"
    if low > 0:
        return "the targets sat systematically above what happened"
    if high < 0:
        return "the targets sat systematically below what happened"
    return "the interval includes zero, so the evidence shows no systematic optimism or pessimism"


def naive_words(low: float, high: float) -> str:
    """The planners-minus-naive MAPE interval in words: negative means the plans' targets were closer."""
    if pd.isna(low) or pd.isna(high):
        return "too few targets have a naive forecast to compare"
    if high < 0:
        return "the plans' targets came closer to the outcome than the naive forecast"
    if low > 0:
        return "the naive forecast came closer to the outcome than the plans' targets"
    return "neither came measurably closer"


def _plan_medians() -> dict:
    """How many plans' targets (kept, exact outcome, a log error) sat above their outcome at the median."""
    frame = chart_frame()
    medians = frame.groupby("plan")["log_error"].median()
    levels = frame.drop_duplicates("plan").set_index("plan")["level"]
    provinces = levels[levels == "province"].index
    return {"n_plans_with_error": len(medians), "n_plans_above": int((medians > 0).sum()),
            "n_plans_below": int((medians < 0).sum()), "n_province_plans_with_error": int(medians.index.isin(provinces).sum())}


def summary_view() -> pd.DataFrame:
    summary = table("fared_summary")

    def interval(value, low, high, digits=3, scale=1.0):
        if pd.isna(value):
            return ""
        return f"{value * scale:+.{digits}f} ({low * scale:+.{digits}f} to {high * scale:+.{digits}f})"

    def mape(value, low, high):
        return "" if pd.isna(value) else f"{value:.1f}% ({low:.1f}–{high:.1f})"

    return pd.DataFrame({
        "Group": summary["group"],
        "Value": [label(v) if g == "indicator" else FAMILY_WORDS.get(v, v) if g == "family" else v for g, v in zip(summary["group"], summary["group_value"])],
        "Targets": summary["n_targets"], "Plans": summary["n_plans"],
        "Median log error (90% CI)": [interval(*v) for v in zip(summary["median_log_error"], summary["median_log_error_low"], summary["median_log_error_high"])],
        "MAPE (90% CI)": [mape(*v) for v in zip(summary["mape"], summary["mape_low"], summary["mape_high"])],
        "Share met": ["" if pd.isna(v) else f"{v:.0%}" for v in summary["share_met"]],
        "Naive: targets": summary["naive_n_targets"],
        "Naive median log error": [interval(*v) for v in zip(summary["naive_median_log_error"], summary["naive_median_log_error_low"], summary["naive_median_log_error_high"])],
        "Naive MAPE": [mape(*v) for v in zip(summary["naive_mape"], summary["naive_mape_low"], summary["naive_mape_high"])],
        "Planners − naive (log error)": [interval(*v) for v in zip(summary["planners_minus_naive_median_log_error"], summary["planners_minus_naive_low"], summary["planners_minus_naive_high"])],
        "Withheld": [withheld_parts(v) for v in summary["withheld_reason"]],
    })


def withheld_parts(reason: str) -> str:
    """The parts of a summary row withheld, in a few words ("errors, naive forecast"); the rule
    (fewer than the minimum of targets or plans) is stated once, in the table's caption."""
    if not isinstance(reason, str) or not reason:
        return ""
    return ", ".join(part.split(" withheld:")[0] for part in reason.split("; "))


def targets_view() -> pd.DataFrame:
    """Every target and projection dated up to 2020, linked to its lines."""
    fared = table("fared")
    frame = pd.DataFrame({
        "Plan": [plan_label(p, place, title) for p, place, title in zip(fared["plan_id"], fared["plan_place"], fared["plan"])],
        "Level": fared["plan_level"], "Family": fared["plan_family"].map(FAMILY_WORDS), "Place": fared["entity"], "Indicator": fared["indicator"].map(label), "Year": fared["year"], "Kind": fared["kind"],
        "Target": fared["target_text"],
        "Outcome": [(f"{v:.4g} (mean {int(start)}–{year})" if by == "period mean" else f"{v:g}") if not pd.isna(v)
                    else (f"between {lo:g} and {hi:g}" if not pd.isna(lo) else "")
                    for v, lo, hi, by, start, year in zip(fared["outcome"], fared["bound_low"], fared["bound_high"], fared["judged_by"], fared["period_start"], fared["year"])],
        "Status": [s if s else "rejected" for s in fared["status"]],
        "Log error": ["" if pd.isna(v) else f"{v:+.3f}" for v in fared["log_error"]],
        "Naive": ["" if pd.isna(v) else f"{v:.4g}" for v in fared["naive"]],
        "Naive log error": ["" if pd.isna(v) else f"{v:+.3f}" for v in fared["naive_log_error"]],
        "Note": [r if r else n for r, n in zip(fared["screen_reason"], fared["note"])],
    })
    return with_sources(frame, "Target", [[Segment(text, _refs(row))] for text, row in zip(frame["Target"], fared.itertuples())])


def sensitivity_view() -> pd.DataFrame:
    """The judgement as extracted beside the same from the hand-annotated gold levels."""
    sens = table("fared_sensitivity")

    def interval(value, low, high, text):
        return "" if pd.isna(value) else text.format(value, low, high)

    return pd.DataFrame({
        "Plans": sens["scope"], "Targets read": sens["basis"], "Targets and projections": sens["n_targets"], "From plans": sens["n_plans"],
        "Judged": sens["n_judged"], "Point targets with an error": sens["n_point_errors"],
        "Median log error (90% CI)": [interval(*v, "{:+.3f} ({:+.3f} to {:+.3f})") for v in zip(sens["median_log_error"], sens["median_log_error_low"], sens["median_log_error_high"])],
        "MAPE (90% CI)": [interval(*v, "{:.1f}% ({:.1f}–{:.1f})") for v in zip(sens["mape"], sens["mape_low"], sens["mape_high"])],
        "Share met": ["" if pd.isna(v) else f"{v:.0%}" for v in sens["share_met"]],
        "Not in the other reading": sens["n_not_in_other"],
    })


def pace_view() -> pd.DataFrame:
    """Targets for 2021–2035 with a latest official figure."""
    pace = table("fared_pace")
    pace = pace[pace["latest_value"].notna()].reset_index(drop=True)
    frame = pd.DataFrame({
        "Plan": [plan_label(p, place, title) for p, place, title in zip(pace["plan_id"], pace["plan_place"], pace["plan"])],
        "Place": pace["entity"], "Indicator": pace["indicator"].map(label), "Year": pace["year"], "Target": pace["target_text"],
        "Latest": [f"{v:g} ({int(y)})" for v, y in zip(pace["latest_value"], pace["latest_year"])],
        "Observed since 2020 / yr": ["" if pd.isna(v) else f"{v:+.3g}" for v in pace["observed_change"]],
        "Still needed / yr": ["" if pd.isna(v) else f"{v:+.3g}" for v in pace["still_needed_change"]],
        "Unit": pace["change_unit"], "Status": pace["status"],
    })
    return with_sources(frame, "Target", [[Segment(text, _refs(row))] for text, row in zip(frame["Target"], pace.itertuples())])


def zero_sum_view() -> pd.DataFrame:
    zero = table("zero_sum")
    number = lambda v, d=0: "" if pd.isna(v) else f"{v:,.{d}f}".replace(",", "")  # noqa: E731
    return pd.DataFrame({
        "Comparison": zero["comparison"], "Year": zero["year"], "Whole": zero["whole"], "Parts": zero["parts"],
        "Sum of targets (万)": [number(v, 1) for v in zero["sum_of_targets"]],
        "Whole's target (万)": [number(v, 1) for v in zero["whole_target"]],
        "Parts' share of the whole's 2020 census": ["" if pd.isna(v) else f"{v:.1f}%" for v in zero["parts_share_of_whole_census"]],
        "Implied net migration (万)": ["" if pd.isna(v) else f"{v:+.1f}" for v in zero["implied_net_migration"]],
        "Parts gaining by migration": [f"{g} of {n}" for g, n in zip(zero["n_gaining"], zero["n_migration"])],
    })


def chart_frame() -> pd.DataFrame:
    """Targets (kind target, kept) with a log error, with their plan's label and the naive forecast's error."""
    fared = table("fared")
    rows = fared[(fared["kind"] == "target") & (fared["screen"] == "kept") & fared["log_error"].notna()]
    return pd.DataFrame({
        "plan": [plan_label(p, place, title) for p, place, title in zip(rows["plan_id"], rows["plan_place"], rows["plan"])],
        "level": rows["plan_level"], "log_error": rows["log_error"].astype(float), "naive_log_error": rows["naive_log_error"].astype(float),
    }).reset_index(drop=True)


def signed(value: float, digits: int = 3) -> str:
    """A signed number for prose: ``+0.006``."""
    return f"{value:+.{digits}f}"
