"""Views of the page "How the plans fared" (``notebooks/06_fared.py``) and its figure on the front page.

They read the model's tables ``fared``, ``fared_pace``, ``fared_summary``, ``zero_sum`` and ``zero_sum_parts``
(:mod:`analysis.model.fared`) and compute nothing the pipeline does not: counts, labels and links.
Every target links to where it was read: a seed's line on its source page (``plans/<id>.html#L<n>``),
a reference statistic to its publisher, a corpus text's line on its source page
(``corpus/<text_id>.html#L<n>``, :func:`analysis.report.links.corpus_line_ref`; the PDF prints the file and line).
"""

from __future__ import annotations

import math
import re

import pandas as pd

from analysis.corpus import read_corpus_manifest
from analysis.demography.periods import CHANGE_REASON_OPENINGS
from analysis.gazetteer import autonomous_prefecture_short
from analysis.report import links, words
from analysis.report.links import Ref, Segment
from analysis.report.output import with_sources
from analysis.report.views import label, plan_labels, table
from analysis.vocabulary import CORPUS_PLAN_FAMILIES, POPULATION_PLANS_PROPER

# the model's names of the readings and of the family groups (analysis.model.fared), as the tables write them
AS_EXTRACTED, AS_ANNOTATED = "as extracted", "as annotated by hand"
PROPER, OTHERS = "population-development plans proper", "all other families"

JUDGED = ("met", "exceeded", "missed", "as stated", "above", "below")
LEVELS = ("nation", "province", "prefecture", "county", "unknown")
#: Plan families in words (vocabulary.CORPUS_PLAN_FAMILIES; corpus/README.md, "Plan families").
FAMILY_WORDS = {
    "population_plan": "population-development plan", "family_planning_plan": "family-planning plan", "health_plan": "health plan",
    "annual_targets": "annual work plan", "strategy_study": "strategy study", "development_plan": "five-year development plan",
    "urbanisation_plan": "new-urbanisation plan", "spatial_plan": "spatial plan", "ageing_plan": "ageing plan",
    "women_children_plan": "women's and children's development outline",
}
#: The figure's axis runs from −AXIS_LIMIT to +AXIS_LIMIT in ln(target / outcome) (a target from 61% to 165% of
#: its outcome); a mark beyond it is drawn at the edge, pointing out, with its value (:func:`plots.fared_chart`).
AXIS_LIMIT = 0.5
#: Levels of government as adjectives ("provincial plans").
LEVEL_WORDS = {"nation": "national", "province": "provincial", "prefecture": "prefecture", "county": "county"}


#: The characters of a document title a plan's label keeps (the figure's rows and the tables' Plan column).
LABEL_CHARS = 13


def plan_label(plan_id: str, place: str, title: str) -> str:
    """A seed's pinyin label; otherwise the place and the start of the document's title."""
    labels = plan_labels()
    if plan_id in labels:
        return labels[plan_id]
    short = title.split("（")[0].split("(")[0]
    short = short[len(place):] if short.startswith(place) and len(short) > len(place) else short  # 辽宁省: “十三五”…, not 辽宁省: 辽宁省…
    short = short if len(short) <= LABEL_CHARS else short[:LABEL_CHARS - 1] + "…"
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
    # by the screen's reason (periods.change_reason), not by period_start: a level of the past over a period (成都's
    # 十五 mean birth rate in a 2006 report) is rejected as dated before its plan, not as a change
    changes = (fared["screen"] == "rejected") & fared["screen_reason"].fillna("").str.startswith(CHANGE_REASON_OPENINGS)
    screened = (fared["screen"] == "rejected") & ~changes
    return {
        "n_rows": len(fared), "n_plans": fared["plan_id"].nunique(), "n_rejected": int(screened.sum()), "n_changes": int(changes.sum()),
        "n_period_means": int((fared["judged_by"] == "period mean").sum()),
        **plans_2020(judged),
        "n_corpus_plans": fared.loc[fared["plan_source"] == "corpus", "plan_id"].nunique(),
        "n_judged": len(judged), "n_judged_plans": judged["plan_id"].nunique(), "n_exact": len(exact),
        "n_judged_projections": int((judged["kind"] == "projection").sum()),  # listed, never summarised (model.fared.summary: targets only)
        "n_not_observed": int((fared["status"] == "not observed").sum()),
        "by_level": "; ".join(f"{level} {int(r.targets)} from {words.count(int(r.plans), 'plan', digits=True)}" for level, r in
                              sorted(by_level.iterrows(), key=lambda item: LEVELS.index(item[0]) if item[0] in LEVELS else len(LEVELS))),
        "rejected_words": screen_words(fared.loc[screened, "screen_reason"]),
        "overall": overall, "n_pace": len(pace), "n_pace_with_figure": int(pace["latest_value"].notna().sum()),
        "n_pace_rejected": int((pace["screen"] == "rejected").sum()), "pace": pace,
        "zero_2020": nation.iloc[0] if len(nation) else None,
        "zero_sum_convention": zero_sum_convention(zero_parts := zero_sum_parts(table("zero_sum_parts"))),
        "zero_sum_own_rates": own_rate_words(zero_parts, table("ambition")),
        "zero_sum_words": " ".join(zero_sum_words(r) for _, r in
                                   zero[zero["comparison"] == "provinces against the nation"].sort_values("year").iterrows()),
        **_plan_medians(), **chart_facts(chart_frame()), "leaning": leaning_words(summary),
        "n_plans_without_error": fared["plan_id"].nunique() - chart_frame()["plan"].nunique(),
        **families(fared, summary),
        **sensitivity_facts(),
        "naives": naives_words(overall, fared), "official_naive_gaps": official_naive_gaps(fared), "persistence_from": persistence_from(fared),
        "naive_groups": {prefix: naive_groups_words(summary, prefix) for prefix in naive_order(overall)},
    }


def families(fared: pd.DataFrame, summary: pd.DataFrame) -> dict:
    """How many plans (and plans with a point target's error) are population-development plans
    proper, and their summary row (``family group``) beside the others'."""
    proper = fared[fared["plan_family"].isin(POPULATION_PLANS_PROPER)]
    groups = summary[summary["group"] == "family group"].set_index("group_value")
    others = fared[~fared["plan_family"].isin(POPULATION_PLANS_PROPER)].groupby("plan_family")["plan_id"].nunique()
    return {"n_proper_plans": proper["plan_id"].nunique(), "proper": groups.loc[PROPER], "others": groups.loc[OTHERS],
            "proper_families": words.join([words.plural(FAMILY_WORDS[f]) for f in POPULATION_PLANS_PROPER]),
            "other_families": words.join([f"{words.plural(FAMILY_WORDS[f])} ({others[f]})" for f in CORPUS_PLAN_FAMILIES if f in others])}


#: The screen's reasons for a place whose official figures are of another area than a plan issued before 2020 may
#: have meant (:func:`analysis.model.fared.boundary_reason`): its area changed between the censuses, or its official
#: 2020 figure is of another area than its counties.
BOUNDARY_REASONS = ("'s area changed between the censuses", "'s official 2020 census figure")


#: The screen's reasons (analysis.model.fared.plan_statements and .screen), each by the start or the words of its
#: ``screen_reason`` and in words; a reason matching none is counted under its own text.
SCREEN_REASONS = (
    (re.compile(r"^dated \d{4}, before the plan was issued"), "dated before the plan was issued (a level of the past read as a target)"),
    (re.compile(r"times .*'s census count .*outside"), "{n} with a population count under {low:g} or over {high:g} times the place's "
                                                        "census count, which cannot be that place's own"),
    (re.compile(r"^\S+ is outside \S+, impossible for "), "with a value no real place can have (a misread number: the bounds "
                                                               "the extractor flags such a value by)"),
    (re.compile(re.escape(BOUNDARY_REASONS[0])), "of a prefecture whose area changed between the censuses, in a plan issued "
                                                          "before 2020 (of the old area or the new: unknown)"),
    (re.compile(re.escape(BOUNDARY_REASONS[1])),
     "of a prefecture whose official 2020 figure counts another area than its counties, in a plan issued before 2020 (of which "
     "area: unknown)"),
)


def screen_words(reasons: pd.Series) -> str:
    """The figures the screen rejected (not the changes and totals over a period), counted by reason, each
    with its reason's words: "18 figures were rejected by the screen: 15 dated before the plan was issued
    (…) and 3 with a population count under 0.5 or over 3 times the place's census count, …"."""
    from analysis.demography.metrics import PLACE_SCREEN

    if reasons.empty:
        return "No figure was rejected by the screen"
    counts: dict[str, int] = {}
    for reason in reasons:
        said = next((form for pattern, form in SCREEN_REASONS if pattern.search(reason)), reason)
        counts[said] = counts.get(said, 0) + 1
    parts = [form.format(n=n, low=PLACE_SCREEN[0], high=PLACE_SCREEN[1]) if "{n}" in form else f"{n} {form}"
             for form, n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]
    n = len(reasons)
    return f"{words.count(n, 'figure', digits=True)} {words.agree(n, 'was', 'were')} rejected by the screen: {words.join(parts)}"


def group_words(group: str, value: str) -> str:
    """A summary row's group in words: "provincial plans", "life expectancy", "plans issued up to 2010",
    "plans whose issue date is not stated", "spatial plans"."""
    if group == "level":
        return f"{LEVEL_WORDS.get(value, value)} plans"
    if group == "indicator":
        name = label(value)
        return name if name[:2].isupper() else name[0].lower() + name[1:]
    if group == "vintage":
        return f"plans whose {value[:-len(' not stated')]} is not stated" if value.endswith(" not stated") else f"plans {value}"
    if group == "family":
        return words.plural(FAMILY_WORDS.get(value, value))
    if group == "family group" and value == OTHERS:
        return "plans of all other families"
    return value


def leaning_words(summary: pd.DataFrame) -> str:
    """Where the targets leaned one way: the groups of the summary (level, indicator, vintage, family)
    whose 90% interval of the median signed log error excludes zero (:func:`bias_words`' rule), with
    their median and interval; every other group's interval includes zero."""
    rows = summary[summary["group"].isin(["level", "indicator", "vintage", "family"]) & summary["median_log_error"].notna()]
    parts = {}
    for side, mask in (("above", rows["median_log_error_low"] > 0), ("below", rows["median_log_error_high"] < 0)):
        parts[side] = [f"{group_words(r.group, r.group_value)} ({signed(r.median_log_error)}, {signed(r.median_log_error_low)} to "
                       f"{signed(r.median_log_error_high)})" for r in rows[mask].itertuples()]
    n_leaning = len(parts["above"]) + len(parts["below"])
    if not n_leaning:
        return (f"no group of the summary with an error (by level, indicator, vintage or family: {len(rows)}) has an interval "
                f"that excludes zero")
    said = [f"{'above' if side == 'above' else 'below'} what happened for {words.join(items)}" for side, items in parts.items() if items]
    n_other = len(rows) - n_leaning
    return (f"the targets sat systematically {'; '.join(said)}; the {words.count(n_other, 'other group', digits=True)} with an error "
            f"(by level, indicator, vintage and family) {words.agree(n_other, 'has an interval that includes', 'have intervals that include')} zero")


#: What each naive forecast (analysis.model.fared.NAIVE_FORECASTS) is made from, in words.
NAIVE_WORDS = {"naive": "the plan's own stated baselines carried forward",
               "official_naive": ("the official figures published before the plan was issued (the two latest of one series carried "
                                  "forward by their trend, or, where only one was known, that figure carried unchanged)")}
#: The two bases of the official-figure naive forecast (analysis.model.fared.OFFICIAL_BASES), in words.
BASIS_WORDS = {"trend": "the trend of two official figures of one series",
               "persistence": "the only official figure of its series carried unchanged (no change, persistence)"}


def naive_comparison_words(row: pd.Series, prefix: str = "naive") -> str:
    """A naive forecast (``prefix``: :data:`analysis.model.fared.NAIVE_FORECASTS`) against the plans'
    targets on the targets that have both: the verdict read from the MAPE difference's interval
    (:func:`naive_words`), then both differences with their intervals; withheld: how few it rests on."""
    from analysis.demography import metrics
    from analysis.model.fared import MINUS_COLUMNS

    median, low_name, high_name, mape = MINUS_COLUMNS[prefix]
    n, p = row[f"{prefix}_n_targets"], row[f"{prefix}_n_plans"]
    if pd.isna(row[mape]):
        return (f"{naive_words(float('nan'), float('nan'))} ({words.count(int(n), 'point target', digits=True)} from "
                f"{words.count(int(p), 'plan', digits=True)}, below the minimum of {metrics.MIN_SUMMARY_TARGETS} targets from "
                f"{metrics.MIN_SUMMARY_PLANS} plans)")
    low, high = row[low_name], row[high_name]
    lean = ("the plans' targets sat higher than the naive forecast" if low > 0 else
            "the plans' targets sat lower than the naive forecast" if high < 0 else "no measurable difference in which way they leaned")
    return (f"over the {int(n)} point targets from {int(p)} plans that have one, "
            f"{naive_words(row[f'{mape}_low'], row[f'{mape}_high'])}: planners minus naive is "
            f"{signed(row[mape], 1)} points in MAPE (90% interval {signed(row[f'{mape}_low'], 1)} to "
            f"{signed(row[f'{mape}_high'], 1)}) and {signed(row[median])} ({signed(low)} to "
            f"{signed(high)}) in median signed log error, {lean}")


def naive_groups_words(summary: pd.DataFrame, prefix: str = "naive") -> str:
    """Where the plans' targets beat or lost to a naive forecast: the groups of the summary (family
    group, level, indicator, vintage, family) not withheld whose 90% interval of planners minus naive
    excludes zero — in MAPE (closer or further) and in median signed log error (higher or lower) —
    each with its difference and interval; the rule of :func:`naive_words` and of the lean."""
    from analysis.model.fared import MINUS_COLUMNS

    median, low_name, high_name, mape = MINUS_COLUMNS[prefix]
    rows = summary[summary["group"].isin(["family group", "level", "indicator", "vintage", "family"]) & summary[mape].notna()]
    if rows.empty:
        return "no group of the summary has enough targets with this naive forecast to compare"

    def said(mask, column, low, high, form, unit=""):
        return [f"{group_words(r['group'], r['group_value'])} ({form(r[column])}{unit}, {form(r[low])} to {form(r[high])}; "
                f"{words.count(int(r[f'{prefix}_n_targets']), 'target', digits=True)}, {words.count(int(r[f'{prefix}_n_plans']), 'plan', digits=True)})"
                for _, r in rows[mask].iterrows()]

    points = lambda v: signed(v, 1)  # noqa: E731
    mape_interval = (mape, f"{mape}_low", f"{mape}_high", points, " points in MAPE")
    parts = [("the targets came closer to the outcome than the naive forecast for", said(rows[f"{mape}_high"] < 0, *mape_interval)),
             ("the naive forecast came closer for", said(rows[f"{mape}_low"] > 0, *mape_interval)),
             ("the targets sat higher than the naive forecast for", said(rows[low_name] > 0, median, low_name, high_name, signed, " in median log error")),
             ("the targets sat lower than the naive forecast for", said(rows[high_name] < 0, median, low_name, high_name, signed, " in median log error"))]
    found = [f"{lead} {words.join(items)}" for lead, items in parts if items]
    if not found:
        return f"in none of the {len(rows)} groups with enough targets does either difference's interval exclude zero"
    return f"of the {len(rows)} groups with enough targets, {'; '.join(found)}; in the others the intervals include zero"


def naive_order(row: pd.Series) -> list[str]:
    """The naive forecasts of a summary row, the one with more **trend-based** targets first (then more
    plans; the plan-baseline naive first on a tie): the page and the front page lead with it. Every
    plan-baseline naive is a trend (two points carried forward); the official-figure naive counts only
    its trend rows here, because a no-change (persistence) forecast misses every change and is the weaker
    benchmark (Smith, Tayman & Swanson 2013, ch. 13): it is shown, apart, never leading on its numbers."""
    from analysis.model.fared import NAIVE_FORECASTS

    def trend(prefix: str, what: str) -> int:
        column = f"{prefix}_trend_{what}" if f"{prefix}_trend_{what}" in row.index else f"{prefix}_{what}"
        return int(row[column])

    prefixes = [prefix for prefix, _ in NAIVE_FORECASTS]
    return sorted(prefixes, key=lambda k: (-trend(k, "n_targets"), -trend(k, "n_plans"), prefixes.index(k)))


def naives_words(row: pd.Series, fared: pd.DataFrame | None = None) -> str:
    """Both naive forecasts set against the targets, the one with more targets first, each with the
    targets and plans it rests on (:func:`naive_order`, :func:`naive_comparison_words`); the
    official-figure naive also apart by its basis, trend and persistence (:func:`basis_words`), with
    what the no-change forecast is worth as a benchmark (:func:`persistence_caveat`, from ``fared``)."""
    parts = []
    for prefix in naive_order(row):
        said = f"Against a naive forecast made from {NAIVE_WORDS[prefix]}, {naive_comparison_words(row, prefix)}"
        if prefix == "official_naive" and row["official_naive_n_targets"]:
            said += f". {basis_words(row)}"
            if fared is not None and row["official_naive_persistence_n_targets"]:
                said += f". {persistence_caveat(row, fared)}"
        parts.append(said)
    return ". ".join(parts)


def basis_words(row: pd.Series) -> str:
    """The official-figure naive forecast apart by basis (``official_naive_trend_*``,
    ``official_naive_persistence_*``), each with the targets and plans it rests on."""
    parts = [f"from {BASIS_WORDS[basis]}, {naive_comparison_words(row, f'official_naive_{basis}')}" for basis in BASIS_WORDS]
    return f"Apart by basis: {'; '.join(parts)}"


def persistence_caveat(row: pd.Series, fared: pd.DataFrame) -> str:
    """What the no-change forecast is worth as a benchmark, from the point targets it was made for:
    how many outcomes lay above, at and below the figure carried unchanged, and the persistence
    forecasts' own median signed log error with its interval (``official_naive_persistence_*``)."""
    rows = fared[(fared["kind"] == "target") & (fared["screen"] == "kept") & fared["log_error"].notna()
                 & fared["official_naive_log_error"].notna() & (fared["official_naive_basis"] == "persistence")]
    up = rows[rows["outcome"] > rows["official_naive"]]
    above, below = len(up), int((rows["outcome"] < rows["official_naive"]).sum())
    by_indicator = up.groupby("indicator").size()
    named = words.join([f"{group_words('indicator', code)} {int(n)}" for code, n in
                        sorted(by_indicator.items(), key=lambda item: (-item[1], item[0]))])
    said = (f"A no-change forecast is a weak benchmark wherever the indicator moved — a growing population, a rising life "
            f"expectancy or urban share — and it misses every such change: of the {words.count(len(rows), 'point target', digits=True)} "
            f"it was made for, the outcome lay above the figure carried unchanged in {above}{f' ({named})' if above else ''} "
            f"and below it in {below}")
    if not pd.isna(row["official_naive_persistence_median_log_error"]):
        low, high = row["official_naive_persistence_median_log_error_low"], row["official_naive_persistence_median_log_error_high"]
        side = "below the outcomes" if high < 0 else "above the outcomes" if low > 0 else "neither above nor below the outcomes measurably"
        said += (f", and its median signed log error is {signed(row['official_naive_persistence_median_log_error'])} ({signed(low)} to "
                 f"{signed(high)}), {side}")
    trend = ("the trend-based comparison is the stricter test" if not pd.isna(row["planners_minus_official_naive_trend_mape"]) else
             "the trend-based comparison, the stricter test, rests on too few targets to be made")
    return (f"{said}; a target closer to the outcome than it, or above it, did better only than the assumption that nothing "
            f"would change, and {trend}")


def persistence_from(fared: pd.DataFrame) -> str:
    """Which figures the persistence forecasts of the point targets were carried from: how many the
    2010 census (read from ``fared.official_naive_method``), of how many."""
    rows = fared[(fared["kind"] == "target") & (fared["screen"] == "kept") & fared["log_error"].notna() & (fared["official_naive_basis"] == "persistence")]
    census = int(rows["official_naive_method"].str.contains(r"known before the plan was issued in \d{4} \(2010: [\d.]+ \(census", regex=True).sum())
    return f"the 2010 census for {census} of the {words.count(len(rows), 'point target', digits=True)} carried unchanged"


def official_naive_gaps(fared: pd.DataFrame) -> str:
    """Why point targets with an exact outcome have no official-figure naive forecast, counted from
    the reasons ``fared.official_naive_method`` gives (:func:`analysis.demography.accuracy.official_points`)."""
    exact = fared[(fared["kind"] == "target") & (fared["screen"] == "kept") & fared["log_error"].notna() & fared["official_naive"].isna()]
    method = exact["official_naive_method"].fillna("")
    kinds = (("issue date is not stated", "from plans with no stated issue date"),
             ("no official figure dated before", "with none dated before it"))
    counted = [(int(method.str.contains(key, regex=False).sum()), text) for key, text in kinds]
    other = len(exact) - sum(n for n, _ in counted)
    parts = [f"{words.count(n, 'target', digits=True)} {text}" for n, text in counted if n] + ([f"{other} for another reason"] if other else [])
    return f"of the {len(exact)} point targets without one, {words.join(parts)}"


def sensitivity_words(extracted: pd.Series, annotated: pd.Series) -> str:
    """How far reading the texts by hand instead of by the extractor moves the median signed log error
    and the MAPE, each said against the extracted reading's 90% interval."""
    if pd.isna(extracted["median_log_error"]) or pd.isna(annotated["median_log_error"]):
        return "one of the two readings has too few point targets for a median"

    def inside(value, low, high):
        return "inside" if low <= value <= high else "outside"

    moves = "stays at" if signed(extracted["median_log_error"]) == signed(annotated["median_log_error"]) else "moves from"
    mape_moves = (f"stays at {annotated['mape']:.1f}% (" if f"{extracted['mape']:.1f}" == f"{annotated['mape']:.1f}" else
                  f"from {extracted['mape']:.1f}% to {annotated['mape']:.1f}% ({signed(annotated['mape'] - extracted['mape'], 1)} points, ")
    return (f"read by hand instead of by the extractor, the median signed log error {moves} "
            f"{signed(extracted['median_log_error']) + ' to ' if moves == 'moves from' else ''}{signed(annotated['median_log_error'])} ({inside(annotated['median_log_error'], extracted['median_log_error_low'], extracted['median_log_error_high'])} "
            f"the extracted reading's interval) and the MAPE {mape_moves}"
            f"{inside(annotated['mape'], extracted['mape_low'], extracted['mape_high'])} its interval, {extracted['mape_low']:.1f}–{extracted['mape_high']:.1f})")


def reading_words(row: pd.Series) -> str:
    """One row of the sensitivity table in words: how many targets the reading has and judges, and its errors."""
    errors = ("too few point targets for a median" if pd.isna(row["median_log_error"]) else
              f"median signed log error {signed(row['median_log_error'])} ({signed(row['median_log_error_low'])} to "
              f"{signed(row['median_log_error_high'])}), MAPE {row['mape']:.1f}% ({row['mape_low']:.1f}–{row['mape_high']:.1f})")
    met = "" if pd.isna(row["share_met"]) else f", {row['share_met']:.0%} met"
    return (f"{int(row['n_targets'])} targets and projections from {int(row['n_plans'])} plans, {int(row['n_judged'])} targets judged, "
            f"{int(row['n_point_errors'])} point targets with an error: {errors}{met}")


def sensitivity_verdict(extracted: pd.Series, annotated: pd.Series) -> str:
    """What :func:`sensitivity_words` comes to: whether the hand reading's median and MAPE fall outside the
    extracted reading's intervals, and which way the MAPE moves."""
    if pd.isna(extracted["median_log_error"]) or pd.isna(annotated["median_log_error"]):
        return "whether the misreadings move the result cannot be said"
    lean = extracted["median_log_error_low"] <= annotated["median_log_error"] <= extracted["median_log_error_high"]
    size = extracted["mape_low"] <= annotated["mape"] <= extracted["mape_high"]
    larger = "larger" if annotated["mape"] < extracted["mape"] else "smaller"
    if lean and size:
        return "the misreadings move neither the lean of the targets nor the size of their errors beyond the intervals"
    if lean:
        return f"the misreadings leave the lean of the targets within its interval but make their errors look {larger}"
    if size:
        return "the misreadings move the lean of the targets beyond its interval but not the size of their errors"
    return f"the misreadings move both the lean of the targets and the size of their errors (they look {larger}) beyond the intervals"


def zero_sum_words(row: pd.Series) -> str:
    """One row of the provinces against the nation in words: the provinces' targets against their own 2020
    census count and the nation's target, and the net migration they imply together."""
    provinces = words.count(int(row["n_parts"]), "province", digits=True)
    if not row["parts_census_2020"]:
        return f"The {provinces} with a {int(row['year'])} population target sum to {row['sum_of_targets']:.0f}万; none has a 2020 census count."
    n_migration, n_gaining = int(row["n_migration"]), int(row["n_gaining"])
    whole = "" if pd.isna(row["whole_target"]) else f"; the nation's own target for {int(row['year'])} is {row['whole_target']:.0f}万"
    migration = ("" if not n_migration else
                 f" Together their targets imply net migration of {signed(row['implied_net_migration'], 1)}万, and "
                 f"{n_gaining} of the {n_migration} plan to gain people by migration (a ceiling's implied migration is the most it "
                 f"allows, not a plan to gain: ceilings are not counted as gaining, and the sum includes the most they allow).")
    return (f"The {provinces} with a {int(row['year'])} population target sum to {row['sum_of_targets']:.0f}万, "
            f"{100 * row['sum_of_targets'] / row['parts_census_2020']:.1f}% of their own 2020 census count "
            f"({row['parts_census_2020']:.0f}万, {row['parts_share_of_whole_census']:.1f}% of the nation's){whole}.{migration}")


def boundary_places() -> str:
    """The sentence of the zero-sum section on places whose official figures are of another area than a plan issued
    before 2020 may have meant: the places whose population target the screen rejected for it (``fared.csv``,
    ``screen_reason``), which the zero-sum table therefore does not sum; "" when there is none."""
    fared = table("fared")
    moved = fared["screen_reason"].fillna("").str.contains("|".join(map(re.escape, BOUNDARY_REASONS)))
    rows = fared[(fared["indicator"] == "pop_resident") & moved]
    if rows.empty:
        return ""
    places = list(dict.fromkeys(rows.sort_values(["entity", "year"])["entity"]))
    return (f"A population target of a place whose area changed between the censuses, or whose official 2020 figure counts "
            f"another area than its counties, in a plan issued before 2020 or undated ({words.join(places)}: "
            f"{words.count(len(rows), 'target', digits=True)}), has no census count of the same area to judge it or to count "
            f"its migration from, and is not summed. {boundary_extent()}")


def boundary_extent() -> str:
    """How many prefectures' official census figures are of another area than their counties', and by how much, in a
    sentence or two from ``data/reference/boundary_changes.csv`` (the sources stage: the census county table against
    the city panel, at each census)."""
    changes = table("boundary_changes")
    if changes.empty:
        return ""
    threshold = float(changes["threshold"].iloc[0])
    said = []
    for year, rows in changes.groupby("census_year", sort=True):
        ordered = rows.assign(size=rows["relative_difference"].abs()).sort_values(["size", "code"])
        least, most = ordered.iloc[0], ordered.iloc[-1]
        span = (f"from {least['prefecture']} ({words.signed(100 * least['relative_difference'], 1)}%) to {most['prefecture']} "
                f"({words.signed(100 * most['relative_difference'], 1)}%)")
        if int(year) == 2010:
            said.append(f"In the census panel, {words.count(len(rows), 'prefecture', digits=True)} changed area so much that their "
                        f"2010 census count on the 2010 area differs from the same count on the 2020 area by more than "
                        f"{100 * threshold:.0f}%, {span}")
        else:
            said.append(f"for {words.count(len(rows), 'prefecture', digits=True)} the sum of their counties in the 2020 census differs "
                        f"from their official 2020 figure by more than {100 * threshold:.0f}%, {span}")
    return "; ".join(said) + " (data/reference/boundary_changes.csv)."


def zero_sum_parts(parts: pd.DataFrame) -> pd.DataFrame:
    """The distinct targets the zero-sum table adds up (a part summed in more than one comparison once), each with its
    qualifier, its plan's issue year, its implied net migration and the census it counts from, as the model wrote them
    (``zero_sum_parts.csv``: :func:`analysis.model.fared.zero_sum`), in the table's order."""
    return parts.drop_duplicates(["entity", "year", "target_text", "plan_id"])[
        ["entity", "year", "target_text", "plan_id", "qualifier", "issue_year", "implied_net_migration", "census_year"]].reset_index(drop=True)


def zero_sum_convention(parts: pd.DataFrame) -> str:
    """How the zero-sum table counts a bound, in one sentence with its counts: a ceiling at its bound (the most the plan
    allows, so a sum with ceilings in it is an upper bound), a floor at its bound (a lower bound); and the range of the
    summed targets' issue years."""
    from analysis.vocabulary import CEILINGS, FLOORS

    def listed(mask) -> str:
        return words.join(f"{r.entity} {words.without_glosses(r.target_text)} ({r.year})" for r in parts[mask].itertuples())

    ceilings, floors = parts["qualifier"].isin(CEILINGS), parts["qualifier"].isin(FLOORS)
    n = len(parts)
    said = (f"A ceiling (以内, 不超过) counts at its bound, the most its plan allows, so a sum with a ceiling in it is an upper "
            f"bound: {int(ceilings.sum()) if ceilings.any() else 'none'} of the {n} targets summed "
            f"in the table below {words.agree(int(ceilings.sum()), 'is a ceiling', 'are ceilings')}"
            + (f" ({listed(ceilings)})" if ceilings.any() else ""))
    if floors.any():
        said += (f", and {int(floors.sum())} {words.agree(int(floors.sum()), 'is a floor', 'are floors')} "
                 f"({listed(floors)}), counted at its bound too, the least its plan aims for")
    ranges = parts["qualifier"] == "range"
    if ranges.any():
        said += (f"; {words.agree(int(ranges.sum()), 'a range counts', 'ranges count')} at {words.agree(int(ranges.sum()), 'its', 'their')} "
                 f"midpoint ({listed(ranges)})")
    years = parts["issue_year"].dropna().astype(int)
    unstated = parts.loc[parts["issue_year"].isna(), "plan_id"].nunique()
    if len(years):
        said += (f". The summed targets' plans were issued from {years.min()} to {years.max()}"
                 + (f" ({unstated} plans' issue dates are not stated)" if unstated > 1 else
                    " (one plan's issue date is not stated)" if unstated else ""))
    # analysis.vocabulary.NOT_ADOPTED_FAMILIES: the model sums adopted targets only (analysis.model.fared.zero_sum)
    return said + (". Where a place's plans state more than one figure for a year, the latest-issued plan's is summed (its "
                   "first stated, a number before a bound) and the others are in the row's note. Only adopted targets are summed: a population figure of a study, projection or speech is not "
                   "what a government adopted, so it is left out of the sum and the row's note names it (the accuracy "
                   "summaries above keep such figures, in the study family).")


def own_rate_words(parts: pd.DataFrame, ambition: pd.DataFrame) -> str:
    """Where a summed target's implied migration differs from the one the front page and the Ambition page give: the
    zero-sum table takes every place's latest official natural increase from the census (:func:`analysis.model.fared.zero_sum`),
    the ambition table the natural increase the plan itself states where it states one, from the plan's own baseline
    (:mod:`analysis.model.migration`). One sentence per plan, for its latest target counted from the same census year."""
    own = ambition[(ambition["indicator"] == "pop_resident") & ambition["natural_increase_source"].fillna("").str.startswith("the plan's")]
    rows = parts.dropna(subset=["implied_net_migration"]).merge(
        own[["plan_id", "entity", "year", "base_year", "natural_increase_rate", "natural_increase_source", "implied_net_migration_per_year",
             "official_natural_increase_rate", "implied_net_migration_per_year_at_official_rate"]], on=["plan_id", "entity", "year"])
    rows = rows[rows["base_year"] == rows["census_year"]].sort_values("year").groupby("plan_id").tail(1)
    said = []
    for r in rows.itertuples():
        less = r.natural_increase_rate > r.official_natural_increase_rate
        said.append(
            f"{r.entity}'s {signed(r.implied_net_migration, 1)}万 for {r.year} is {words.fixed(r.implied_net_migration_per_year_at_official_rate)}万 a year "
            f"from the {int(r.census_year)} census at the latest official natural increase ({words.minus(f'{r.official_natural_increase_rate:g}')}‰); the front page "
            f"and the Ambition page give {words.fixed(r.implied_net_migration_per_year)}万 a year for the same target, at the natural increase the plan "
            f"itself states, {r.natural_increase_source.removeprefix('the plan' + chr(39) + 's ')}, which leaves {'less' if less else 'more'} "
            f"of the growth to migration.")
    return " ".join(said)


def chart_facts(frame: pd.DataFrame) -> dict:
    """What the figure shows: its plans (those with a point target's error) and the marks beyond its axis."""
    medians = frame.groupby("plan")["log_error"].median()
    beyond = [(plan, v, "a target") for plan, v in zip(frame["plan"], frame["log_error"]) if abs(v) > AXIS_LIMIT]
    beyond += [(plan, v, "a naive forecast") for plan, v in zip(frame["plan"], frame["naive_log_error"]) if abs(v) > AXIS_LIMIT]
    beyond += [(plan, v, "the plan's median") for plan, v in medians.items() if abs(v) > AXIS_LIMIT]
    return {"n_chart_plans": len(medians), "n_beyond": len(beyond),
            "beyond_count": f"{words.count(len(beyond), 'mark', digits=True)} beyond them {words.agree(len(beyond), 'is', 'are')}", "n_medians_beyond": int((medians.abs() > AXIS_LIMIT).sum()),
            "beyond": words.join(f"{plan} {signed(v, 2)} ({what})" for plan, v, what in sorted(beyond, key=lambda item: item[1])),
            "axis_limit": AXIS_LIMIT, "axis_share_low": 100 * math.exp(-AXIS_LIMIT), "axis_share_high": 100 * math.exp(AXIS_LIMIT)}


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
    government of the plan's place."""
    of_2020 = judged[judged["year"] == 2020].drop_duplicates("plan_id")
    counts = of_2020["plan_level"].value_counts()
    return {"n_plans_2020": len(of_2020), "n_province_plans_2020": int(counts.get("province", 0)),
            "plans_2020_by_level": words.join([f"{level} {int(counts[level])}" for level in LEVELS if level in counts])}


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
    counts = levels[levels.index.isin(medians.index)].value_counts()
    by_level = [f"{int(counts[level])} {LEVEL_WORDS[level]}" for level in LEVELS if level in counts and level in LEVEL_WORDS]
    by_level += [f"{int(counts[level])} of {level} level" for level in counts.index if level not in LEVEL_WORDS]
    return {"n_plans_with_error": len(medians), "n_plans_above": int((medians > 0).sum()),
            "n_plans_below": int((medians < 0).sum()), "n_province_plans_with_error": int(medians.index.isin(provinces).sum()),
            "plans_with_error_by_level": words.join(by_level)}


#: The summary's columns that start hidden on the site (the "Columns" button shows them; the CSV and
#: the interactive table keep them): each naive forecast's own counts and errors, and the split of the
#: official-figure naive by basis. Shown: the plans' errors, planners minus each naive, what is withheld.
SUMMARY_HIDDEN_ON_SITE = ("Judged (share met of)", "Naive: targets", "Naive median log error", "Naive MAPE", "Planners − naive (log error)",
                          "Official naive: targets", "Official naive MAPE", "Planners − official naive (log error)",
                          "Planners − trend naive (MAPE points)", "Official naive: trend / persistence", "Planners − persistence naive (log error)")


#: The targets table's columns that start hidden on the site (shown with "Columns"; kept in the CSV):
#: the naive forecasts' values (their log errors stay in view), the plan's level of government and family (the plan's label starts its title).
TARGETS_HIDDEN_ON_SITE = ("Level", "Family", "Naive", "Official naive")


def summary_view() -> pd.DataFrame:
    summary = table("fared_summary")

    def interval(value, low, high, digits=3, scale=1.0):
        if pd.isna(value):
            return ""
        cell = words.signed_cell
        return f"{cell(value * scale, digits)} ({cell(low * scale, digits)} to {cell(high * scale, digits)})"

    def mape(value, low, high):
        return "" if pd.isna(value) else f"{value:.1f}% ({low:.1f}–{high:.1f})"

    def points(prefix):
        # a difference of MAPEs in percentage points, as the page's prose states it (planners − naive)
        return [interval(*v, digits=1) for v in zip(summary[f"{prefix}_mape"], summary[f"{prefix}_mape_low"], summary[f"{prefix}_mape_high"])]

    return pd.DataFrame({
        "Group": summary["group"],
        "Value": [label(v) if g == "indicator" else FAMILY_WORDS.get(v, v) if g == "family" else v for g, v in zip(summary["group"], summary["group_value"])],
        "Targets": summary["n_targets"], "Plans": summary["n_plans"],
        "Median log error (90% CI)": [interval(*v) for v in zip(summary["median_log_error"], summary["median_log_error_low"], summary["median_log_error_high"])],
        "MAPE (90% CI)": [mape(*v) for v in zip(summary["mape"], summary["mape_low"], summary["mape_high"])],
        "Share met": ["" if pd.isna(v) else f"{v:.0%}" for v in summary["share_met"]],
        "Judged (share met of)": summary["n_judged"],
        "Naive: targets": summary["naive_n_targets"],
        "Naive median log error": [interval(*v) for v in zip(summary["naive_median_log_error"], summary["naive_median_log_error_low"], summary["naive_median_log_error_high"])],
        "Naive MAPE": [mape(*v) for v in zip(summary["naive_mape"], summary["naive_mape_low"], summary["naive_mape_high"])],
        "Planners − naive (log error)": [interval(*v) for v in zip(summary["planners_minus_naive_median_log_error"], summary["planners_minus_naive_low"], summary["planners_minus_naive_high"])],
        "Planners − naive (MAPE points)": points("planners_minus_naive"),
        "Official naive: targets": summary["official_naive_n_targets"],
        "Official naive MAPE": [mape(*v) for v in zip(summary["official_naive_mape"], summary["official_naive_mape_low"], summary["official_naive_mape_high"])],
        "Planners − official naive (log error)": [interval(*v) for v in zip(summary["planners_minus_official_naive_median_log_error"],
                                                                            summary["planners_minus_official_naive_low"], summary["planners_minus_official_naive_high"])],
        "Planners − official naive (MAPE points)": points("planners_minus_official_naive"),
        "Planners − trend naive (MAPE points)": points("planners_minus_official_naive_trend"),
        "Official naive: trend / persistence": [f"{int(t)} / {int(q)}" for t, q in zip(summary["official_naive_trend_n_targets"],
                                                                                      summary["official_naive_persistence_n_targets"])],
        "Planners − persistence naive (log error)": [interval(*v) for v in zip(summary["planners_minus_official_naive_persistence_median_log_error"],
                                                                               summary["planners_minus_official_naive_persistence_low"],
                                                                               summary["planners_minus_official_naive_persistence_high"])],
        "Withheld": [withheld_parts(row) for _, row in summary.iterrows()],
    })


#: The parts of a summary row that can be withheld, with the columns counting what each rests on
#: (analysis.model.fared._summary_row: errors on point targets, share met on judged targets, the naive forecast on targets with one).
WITHHELD_PARTS = (("errors", "n_targets", "n_plans"), ("share met", "n_judged", "n_judged_plans"),
                  ("naive forecast", "naive_n_targets", "naive_n_plans"),
                  ("official-figure naive forecast", "official_naive_n_targets", "official_naive_n_plans"),
                  *((f"official-figure naive forecast ({basis})", f"official_naive_{basis}_n_targets", f"official_naive_{basis}_n_plans")
                    for basis in ("trend", "persistence")))


def withheld_parts(row: pd.Series) -> str:
    """The parts of a summary row withheld, each with what it would rest on ("errors: 2 targets, 1 plan");
    the rule (fewer than the minimum of targets or plans) is stated once, below the table."""
    reason = row["withheld_reason"]
    if not isinstance(reason, str) or not reason:
        return ""
    withheld = {part.split(" withheld:")[0] for part in reason.split("; ")}
    return "; ".join(f"{name}: {words.count(int(row[n]), 'target', digits=True)}, {words.count(int(row[p]), 'plan', digits=True)}"
                     for name, n, p in WITHHELD_PARTS if name in withheld)


def targets_view() -> pd.DataFrame:
    """Every target and projection dated up to 2020, linked to its lines."""
    fared = table("fared")
    frame = pd.DataFrame({
        "Plan": [plan_label(p, place, title) for p, place, title in zip(fared["plan_id"], fared["plan_place"], fared["plan"])],
        "Level": fared["plan_level"], "Family": fared["plan_family"].map(FAMILY_WORDS), "Place": fared["entity"], "Indicator": fared["indicator"].map(label), "Year": fared["year"], "Kind": fared["kind"],
        "Target": fared["target_text"].map(words.without_glosses),
        "Outcome": [(f"{v:.4g} (mean {int(start)}–{year})" if by == "period mean" else f"{v:g}") if not pd.isna(v)
                    else (f"between {lo:g} and {hi:g}" if not pd.isna(lo) else "")
                    for v, lo, hi, by, start, year in zip(fared["outcome"], fared["bound_low"], fared["bound_high"], fared["judged_by"], fared["period_start"], fared["year"])],
        "Status": [s if s else "rejected" for s in fared["status"]],
        "Log error": ["" if pd.isna(v) else words.signed_cell(v) for v in fared["log_error"]],
        "Naive": ["" if pd.isna(v) else f"{v:.4g}" for v in fared["naive"]],
        "Naive log error": ["" if pd.isna(v) else words.signed_cell(v) for v in fared["naive_log_error"]],
        "Official naive": ["" if pd.isna(v) else f"{v:.4g}" for v in fared["official_naive"]],
        "Official naive log error": ["" if pd.isna(v) else words.signed_cell(v) for v in fared["official_naive_log_error"]],
        "Note": [words.without_glosses(r if r else n) for r, n in zip(fared["screen_reason"], fared["note"])],
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
        "Median log error (90% CI)": ["" if pd.isna(v[0]) else f"{words.signed_cell(v[0])} ({words.signed_cell(v[1])} to {words.signed_cell(v[2])})" for v in zip(sens["median_log_error"], sens["median_log_error_low"], sens["median_log_error_high"])],
        "MAPE (90% CI)": [interval(*v, "{:.1f}% ({:.1f}–{:.1f})") for v in zip(sens["mape"], sens["mape_low"], sens["mape_high"])],
        "Share met": ["" if pd.isna(v) else f"{v:.0%}" for v in sens["share_met"]],
        "Not in the other reading": sens["n_not_in_other"],
    })


def pace_words(f: dict) -> str:
    """The paragraph above the pace table: the targets dated 2021–2035, the ones with a recent official figure
    (2021–2024, the post-2020-census vintage: what :mod:`analysis.model.progress` calls recent) by status, the
    ones of them with no 2020 base of that vintage (status ``no base figure``), and the rest; one verdict per target kept by the screen."""
    from analysis.vocabulary import NO_BASE_FIGURE, STATUSES

    pace = f["pace"]
    with_figure = pace[pace["latest_value"].notna()]
    counts = with_figure["status"].value_counts()
    statuses = words.join(f"{int(counts[s])} {s}" for s in STATUSES if s in counts and s != NO_BASE_FIGURE)
    no_base = with_figure[with_figure["status"] == NO_BASE_FIGURE]
    none = int((pace["status"] == "no recent figure").sum())
    rejected = int((pace["screen"] == "rejected").sum())
    conflicts = int(pace["conflict"].fillna(False).astype(bool).sum())
    text = (f"{len(pace)} targets and projections are dated 2021–2035, one verdict per target kept by the screen ({words.count(conflicts, 'target', digits=True)} stated "
            f"with two numbers or more: the most precise judged, the others named in its note); {rejected} of them "
            f"{words.agree(rejected, 'is', 'are')} rejected by the screen. {len(with_figure)} have a recent official figure, one of 2021–2024 "
            f"of the post-2020-census vintage ({statuses})")
    if len(no_base):
        listed = words.join(f"{r.entity} {words.without_glosses(r.target_text)} for {r.year}, {r.latest_value:g} in {int(r.latest_year)}" for r in no_base.itertuples())
        text += (f"; {words.number(len(no_base))} of them ({listed}) {words.agree(len(no_base), 'has', 'have')} no 2020 "
                 f"figure of that vintage to measure a pace from: \"{NO_BASE_FIGURE}\", the figure shown and no verdict")
    return text + f". The other {none} have no recent figure, each with its reason (in fared_pace.csv)."


def pace_view() -> pd.DataFrame:
    """Targets for 2021–2035 with a latest official figure."""
    pace = table("fared_pace")
    pace = pace[pace["latest_value"].notna()].reset_index(drop=True)
    frame = pd.DataFrame({
        "Plan": [plan_label(p, place, title) for p, place, title in zip(pace["plan_id"], pace["plan_place"], pace["plan"])],
        "Place": pace["entity"], "Indicator": pace["indicator"].map(label), "Year": pace["year"], "Target": pace["target_text"].map(words.without_glosses),
        "Latest": [f"{v:g} ({int(y)})" for v, y in zip(pace["latest_value"], pace["latest_year"])],
        "Observed since 2020 / yr": ["" if pd.isna(v) else f"{v:+.3g}" for v in pace["observed_change"]],
        "Still needed / yr": ["" if pd.isna(v) else f"{v:+.3g}" for v in pace["still_needed_change"]],
        "Unit": pace["change_unit"], "Status": pace["status"], "Note": pace["note"].fillna("").map(words.without_glosses),
    })
    return with_sources(frame, "Target", [[Segment(text, _refs(row))] for text, row in zip(frame["Target"], pace.itertuples())])


def zero_sum_view() -> pd.DataFrame:
    zero = table("zero_sum")
    number = lambda v, d=0: "" if pd.isna(v) else f"{v:,.{d}f}".replace(",", "")  # noqa: E731
    return pd.DataFrame({
        "Comparison": zero["comparison"], "Year": zero["year"], "Whole": zero["whole"], "Parts": zero["parts"].map(words.without_glosses),
        "Sum of targets (万)": [number(v, 1) for v in zero["sum_of_targets"]],
        "Whole's target (万)": [number(v, 1) for v in zero["whole_target"]],
        # a share of 0 where no part has a 2020 census count is no share: left empty, the note says why
        "Parts' share of the whole's 2020 census": ["" if pd.isna(v) or not c else f"{v:.1f}%" for v, c in zip(zero["parts_share_of_whole_census"], zero["parts_census_2020"])],
        "Implied net migration (万)": ["" if pd.isna(v) else words.signed_cell(v, 1) for v in zero["implied_net_migration"]],
        "Parts gaining by migration": [f"{g} of {n}" for g, n in zip(zero["n_gaining"], zero["n_migration"])],
        "Note": zero["note"].fillna("").map(words.without_glosses),
    })


def chart_frame() -> pd.DataFrame:
    """Targets (kind target, kept) with a log error, with their plan's label and the naive forecast's error."""
    fared = table("fared")
    rows = fared[(fared["kind"] == "target") & (fared["screen"] == "kept") & fared["log_error"].notna()]
    return pd.DataFrame({
        "plan": chart_labels(rows), "title": [plan_label(p, place, title) for p, place, title in zip(rows["plan_id"], rows["plan_place"], rows["plan"])],
        "level": rows["plan_level"], "log_error": rows["log_error"].astype(float), "naive_log_error": rows["naive_log_error"].astype(float),
    }).reset_index(drop=True)


#: Short words for the plan families in the figure's row labels (the tables name the document).
FAMILY_TAGS = {"population_plan": "pop.", "family_planning_plan": "FP", "health_plan": "health",
               "annual_targets": "annual", "strategy_study": "study", "development_plan": "dev.",
               "urbanisation_plan": "urban.", "spatial_plan": "spatial", "ageing_plan": "ageing",
               "women_children_plan": "W&C"}
#: A province-level name shortened for a figure label (广西壮族自治区 → 广西, 黑龙江省 → 黑龙江).
_PROVINCE_SUFFIX = re.compile(r"(壮族自治区|回族自治区|维吾尔自治区|自治区|省)$")


def chart_labels(rows: pd.DataFrame) -> list[str]:
    """A figure row's label: a seed's own label, else the place (a province without 省 / 自治区, an autonomous prefecture by
    its short name: 红河哈尼族彝族自治州 → 红河州), the plan's
    issue year and its family's short word (「郑州市 2006 spatial」, 「广西 2016 dev.」: :data:`FAMILY_TAGS`, said
    under the figure); two plans that would share a label are told apart by their order (a, b)."""
    seeds = plan_labels()
    plans = rows.drop_duplicates("plan_id")
    base = {p: seeds.get(p) or " ".join(filter(None, ["China" if place == "中国" else autonomous_prefecture_short(place) or _PROVINCE_SUFFIX.sub("", place),
                                                         "" if pd.isna(year) else str(int(year)), FAMILY_TAGS.get(family, family)]))
            for p, place, year, family in zip(plans["plan_id"], plans["plan_place"], plans["issue_year"], plans["plan_family"])}
    counts = pd.Series(base).value_counts()
    seen: dict[str, int] = {}
    for p in sorted(base):
        if counts[base[p]] > 1:
            seen[base[p]] = seen.get(base[p], 0) + 1
            base[p] = f"{base[p]} {'abcdefgh'[seen[base[p]] - 1]}"
    return [base[p] for p in rows["plan_id"]]


def signed(value: float, digits: int = 3) -> str:
    """A signed number for prose: ``+0.006``, ``−0.014`` (the true minus: :func:`words.signed`)."""
    return words.signed(value, digits)
