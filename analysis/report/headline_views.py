"""The front page's numbers, every one computed from the pipeline tables."""

from __future__ import annotations

import pandas as pd

from analysis import paths
from analysis.demography import metrics
from analysis.report import outcome_views, words
from analysis.report.views import corpus, label, own_place, plan_labels, table, with_unit
from analysis import vocabulary


#: How the front page names a finding of each check, in the order the examples are given. Only
#: checks that raised an error or a warning are named: a note (Lianyungang's share of the
#: registered population) is context, not a finding to headline.
FINDING_EXAMPLES = {
    "internal.header_year": "a table column whose header year does not match its content",
    "internal.implausible_value": 'a "sex ratio at birth" that is the sex ratio of the whole population',
    "internal.target_vs_own_projection": "a population target that grows past the plan's own expected peak",
    "accounting.vital_rates": "a natural increase the plan's own fertility and ageing cannot produce",
    "parts.households": "a household size that is the previous census's figure",
    "internal.definition": "schooling figures labelled for the wrong population",
}


def finding_examples(findings: pd.DataFrame, n: int = 4) -> str:
    """The front page's examples of errors and warnings: checks that raised one, never a note."""
    serious = findings[findings["severity"].isin(["error", "warning"])]
    raised = {check for ids in serious["check_ids"] for check in str(ids).split(";")}
    return words.join([phrase for check, phrase in FINDING_EXAMPLES.items() if check in raised][:n])


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
    ambition = own_place(everything)
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
    national_bt = backtest[backtest["test"].str.startswith("nation") & ~backtest["test"].str.contains("anchored")]
    anchored_bt = backtest[backtest["test"].str.startswith("nation") & backtest["test"].str.contains("anchored")]
    prefecture_bt = backtest[backtest["test"].str.startswith("prefectures")]
    yingkou = pick(outcomes, plan_id="yingkou-2016-2030", indicator="pop_resident", year=2020)
    chongqing_out = pick(outcomes, plan_id="chongqing-2016-2030", indicator="pop_resident")
    national = outcomes[outcomes["plan_id"].str.startswith("reference: 国家") & (outcomes["indicator"] == "pop_resident")].iloc[0]
    own_outcomes = outcomes[~outcomes["plan_id"].str.startswith("reference")]
    observed = own_outcomes[own_outcomes["status"].isin([*vocabulary.OUTCOMES, *vocabulary.NEUTRAL])]
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
        # trend classes resting on neither a band nor a calibrated distribution (as method_views.uncertainty_summary counts them;
        # an "already met" bound needs neither)
        "n_no_band": int((assessed["projection"].notna() & assessed["band_low"].isna() & assessed["error_percentile"].isna() & (assessed["class"] != "already met")).sum()),
        "n_ambitious": int(assessed["class"].isin(["ambitious", "very ambitious"]).sum()),
        "n_below": int((assessed["class"] == "below trend").sum()),
        "below_indicators": words.join([label(c) for c, k in majority.items() if k == "below trend"]),
        "above_indicators": words.join([label(c) for c, k in majority.items() if k in ("ambitious", "very ambitious")]),
        "n_pop_ambitious": int(population["class"].isin(["ambitious", "very ambitious"]).sum()),
        "n_pop_plans": len(population),
        "pop_ambitious_names": words.join([plan_labels().get(p, p) for p in population.loc[population["class"].isin(["ambitious", "very ambitious"]), "plan_id"]]),
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
        "chongqing_percentile": float(chongqing["error_percentile"]), "luzhou_percentile": float(luzhou["error_percentile"]),
        "chongqing_percentile_words": percentile_words(float(chongqing["error_percentile"])),
        "luzhou_percentile_words": percentile_words(float(luzhou["error_percentile"])),
        "luzhou_official_years": f"{int(luzhou['base_year'])}–{int(luzhou['year'])}",
        "luzhou_migration_official_total": float(luzhou["implied_net_migration_per_year_at_official_rate"]) * (int(luzhou["year"]) - int(luzhou["base_year"])),
        "luzhou_natural": float(luzhou["natural_increase_rate"]), "luzhou_migration": float(luzhou["implied_net_migration_per_year"]),
        "luzhou_migration_official": float(luzhou["implied_net_migration_per_year_at_official_rate"]),
        "luzhou_official_rate": float(luzhou["official_natural_increase_rate"]),
        "luzhou_past_migration": float(luzhou["past_net_migration_per_year"]), "luzhou_past_period": luzhou["past_migration_period"],
        "declining": words.join([plan_labels()[p].replace(" (draft)", "") for p in declining["plan_id"]]) or "No plan's place",
        "declining_rates": "; ".join(f"{plan_labels()[p].replace(' (draft)', '')} {words.signed(v, 2)}% a year" for p, v in zip(declining["plan_id"], declining["census_change_2010_2020"])),
        "yingkou_final_target": f"{yingkou_final['target_text'].strip()} by {int(yingkou_final['year'])} ({yingkou_final['class']}, on a trend of {words.signed(yingkou_final['trend_change'], 2)}% a year)",
        "hp_national_errors": ", ".join(f"{label(m)} {words.signed(v, 2)}" for m, v in zip(national_bt["measure"], national_bt["mean_error"])),
        "hp_national_anchored_errors": ", ".join(f"{label(m)} {words.signed(v, 2)}" for m, v in zip(anchored_bt["measure"], anchored_bt["mean_error"])),
        "hp_prefectures": int(prefecture_bt["n_units"].max()),
        "population_band": float(table("bands").query("indicator == 'pop_resident' and use == 'band'")["halfwidth_per_year"].iloc[0]),
        "national_status": national["status"], "stock_tolerance": metrics.RELATIVE_TOLERANCE,
        "national_status_words": status_words(national),
        "n_prediction_intervals": int(assessed["band_source"].fillna("").str.startswith("80% prediction interval").sum()),
        "hp_national_children_2030": float(table("cohort").query("entity_code == '100000' and year == 2030 and measure == 'share_0_14'")["value"].iloc[0]),
        "wpp_national_children_2030": float(table("cohort").query("entity_code == '100000' and year == 2030 and measure == 'share_0_14'")["wpp_value"].iloc[0]),
        "hp_prefecture_errors": ", ".join(f"{label(m)} {v:.2f}" for m, v in zip(prefecture_bt["measure"], prefecture_bt["p80_abs_error"])),
        "yingkou_target_text": f"{float(yingkou['target']):g}",
        "yingkou_target": with_unit(yingkou["target_text"], "万"),
        "yingkou_outcome": float(yingkou["outcome"]),
        "yingkou_difference": float(yingkou["difference"]),
        "national_target_text": national["target_text"],
        "national_difference": float(national["difference"]), "national_relative": relative_words(national),
        "n_plans_with_observed_year": int(own_outcomes["plan_id"].nunique()),
        "n_outcomes_observed": len(observed),
        "n_outcomes_total": len(own_outcomes),
        "n_outcomes_bound": int((own_outcomes["judged_by"] == "bound").sum()),
        "bound_clause": bound_clause(int((own_outcomes["judged_by"] == "bound").sum())),
        **figure_sources(outcome_views.outcomes_observed()),
        "n_outcomes_unobserved": int((own_outcomes["status"] == "not observed").sum()),
        "chongqing_artefact": artefact,
        "national_tfr_target": national_tfr["target_text"], "national_tfr_outcome": float(national_tfr["outcome"]), "national_tfr_status": national_tfr["status"],
        "n_progress": len(own_progress),
        "n_progress_with_figure": int((own_progress["status"] != "no recent figure").sum()),
        "progress_counts": own_progress["status"].value_counts().to_dict(),
        "n_progress_on_track": int(own_progress["status"].isin(["already met", "already reached", "on track"]).sum()),
        "n_progress_behind": int(own_progress["status"].isin(["moderate progress", "insufficient progress", "moving away", "out of reach"]).sum()),
        "n_progress_out_of_reach": int((own_progress["status"] == "out of reach").sum()),
        "n_progress_no_base": int((own_progress["status"] == vocabulary.NO_BASE_FIGURE).sum()),
        "progress_on_track_threshold": metrics.PROGRESS_ON_TRACK,
        "n_observations": len(table("observations")),
        "n_findings": len(findings),
        "n_errors": int((findings["severity"] == "error").sum()),
        "n_warnings": int((findings["severity"] == "warning").sum()),
        "n_notes": int((findings["severity"] == "note").sum()),
        "finding_examples": finding_examples(findings),
        "horizons": "; ".join(f"{int(year)} for {names}" for year, names in horizons.items()) if len(horizons) else "not stated by any plan",
        "everywhere": words.join([label(code) for code, n in everywhere.items() if n == len(plans)]),
        "everywhere_sentence": _everywhere_sentence([label(code) for code, n in everywhere.items() if n == len(plans)], len(plans)),
        "corpus": corpus(),
        "prediction_level": f"{metrics.PREDICTION_LEVEL:.0%}",
        "thresholds": (metrics.ON_TREND_LOW, metrics.ON_TREND_HIGH, metrics.VERY_AMBITIOUS),
    })


def percentile_words(percentile: float) -> str:
    """Where a gap lies among the back-tested errors, in words: "at the 94th percentile"; a percentile that rounds onto or across a
    cut-off of the calibrated classes (:data:`metrics.CALIBRATED_CENTRAL`, :data:`metrics.CALIBRATED_OUTER`)
    is said on the cut-off's side: 89.8 is "just below the 90th percentile", never "the 90th"."""
    from analysis.vocabulary import ordinal

    for cut in (*metrics.CALIBRATED_OUTER, *metrics.CALIBRATED_CENTRAL):
        if percentile != cut and min(percentile, round(percentile)) <= cut <= max(percentile, round(percentile)):
            side = "below" if percentile < cut else "above"
            return f"just {side} the {ordinal(cut) if float(cut).is_integer() else f'{cut:g}th'} percentile"
    return f"at the {ordinal(percentile)} percentile"


def bound_clause(n_bound: int) -> str:
    """The targets judged only by the official figures either side, as a clause of the outcomes bullet; none, no clause."""
    if not n_bound:
        return ""
    return f"; {words.count(n_bound, 'target', digits=True)} judged only by the official figures either side"


def figure_sources(observed: pd.DataFrame) -> dict:
    """Whose targets the front page's outcomes figure shows, read from its rows
    (:func:`outcome_views.outcomes_observed`): the plans read in detail that have an observed outcome, and the
    reference data's plans beside them ("National: 十三五规划纲要" named by title)."""
    own_labels = set(plan_labels().values())
    sources = list(dict.fromkeys(observed["source"]))
    own = [s for s in sources if s in own_labels]
    reference = sorted(s for s in sources if s not in own_labels)
    national = all(s.startswith("National: ") for s in reference)
    return {"figure_plans": words.join(own), "n_figure_plans": len(own),
            "figure_reference": (f"the national {'plan' if len(reference) == 1 else 'plans'} of the reference data "
                                 f"({words.join(s.removeprefix('National: ') for s in reference)})" if national else
                                 f"the reference data's plans {words.join(reference)}"),
            "n_figure_reference": len(reference)}


def status_words(outcome: pd.Series) -> str:
    """An outcome's verdict, saying when the target was met only through its tolerance: "met only
    within its tolerance" (the front page gives the difference beside it, :func:`relative_words`)."""
    status = str(outcome["status"])
    if outcome.get("met_within_tolerance") is True or str(outcome.get("met_within_tolerance")) == "True":
        return f"{status} only within its tolerance"
    return status


def relative_words(outcome: pd.Series) -> str:
    """The outcome's difference from the target in % of the target, with the true minus: "−0.58%"."""
    return words.minus(f"{float(outcome['difference_relative']):+.2%}")


def _everywhere_sentence(indicators: list[str], n_plans: int) -> str:
    every = "both plans" if n_plans == 2 else ("the plan" if n_plans == 1 else "every plan")
    if not indicators:
        return f"No indicator is quantified by {every}; each plan quantifies its own set, which limits what can be compared."
    return (
        f"Only {words.join(indicators)} {words.agree(len(indicators), 'is', 'are')} quantified by {every}; "
        "everything else is plan-specific, which limits what can be compared."
    )
