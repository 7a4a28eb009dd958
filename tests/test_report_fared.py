"""The words and the figure of "How the plans fared" (analysis/report/fared_views.py, plots.fared_chart):
verdicts read from the intervals, withheld cells with what they rest on, the figure's axis and what it shows."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from analysis.report import fared_views  # noqa: E402
from analysis.vocabulary import CORPUS_PLAN_FAMILIES, POPULATION_PLANS_PROPER  # noqa: E402

NAN = float("nan")


def _summary_row(group, value, median, low, high, **extra):
    return {"group": group, "group_value": value, "median_log_error": median, "median_log_error_low": low, "median_log_error_high": high, **extra}


def test_every_plan_family_has_words_and_the_targets_table_names_each():
    assert set(fared_views.FAMILY_WORDS) == set(CORPUS_PLAN_FAMILIES)
    targets = fared_views.targets_view()
    assert targets["Family"].notna().all() and (targets["Family"] != "").all()
    assert "spatial plan" in set(targets["Family"])


def test_the_other_families_are_read_from_the_table_not_typed():
    from analysis.report.views import table

    facts = fared_views.facts()
    fared = table("fared")
    others = fared[~fared["plan_family"].isin(POPULATION_PLANS_PROPER)].groupby("plan_family")["plan_id"].nunique()
    for family, n in others.items():
        assert f"{fared_views.words.plural(fared_views.FAMILY_WORDS[family])} ({n})" in facts["other_families"]
    assert facts["n_chart_plans"] + facts["n_plans_without_error"] == facts["n_plans"]
    assert facts["n_plans_above"] + facts["n_plans_below"] <= facts["n_chart_plans"] == facts["n_plans_with_error"]


def test_withheld_cells_say_what_they_would_rest_on():
    row = pd.Series({"withheld_reason": "errors withheld: 2 target(s) from 1 plan(s): below the minimum of 5 targets from 3 plans; "
                                        "naive forecast withheld: 1 target(s) from 1 plan(s): below the minimum of 5 targets from 3 plans",
                     "n_targets": 2, "n_plans": 1, "n_judged": 5, "n_judged_plans": 3, "naive_n_targets": 1, "naive_n_plans": 1})
    assert fared_views.withheld_parts(row) == "errors: 2 targets, 1 plan; naive forecast: 1 target, 1 plan"
    assert fared_views.withheld_parts(pd.Series({**row, "withheld_reason": ""})) == ""
    # every withheld row of the real summary names each withheld part with its counts
    summary = fared_views.summary_view()
    real = fared_views.table("fared_summary")
    for shown, reason in zip(summary["Withheld"], real["withheld_reason"].fillna("")):
        assert bool(shown) == bool(reason)
        for part in ("errors", "share met", "naive forecast"):
            assert (f"{part} withheld" in reason) == (f"{part}:" in shown)


def test_where_the_targets_leaned_is_read_from_each_interval():
    summary = pd.DataFrame([
        _summary_row("overall", "all", 0.0, -0.01, 0.01),
        _summary_row("level", "province", -0.016, -0.030, -0.002),
        _summary_row("level", "nation", 0.0, -0.009, 0.006),
        _summary_row("vintage", "issued up to 2010", 0.028, 0.002, 0.049),
        _summary_row("indicator", "tfr", NAN, NAN, NAN),
    ])
    words = fared_views.leaning_words(summary)
    assert "above what happened for plans issued up to 2010 (+0.028, +0.002 to +0.049)" in words
    assert "below what happened for provincial plans (−0.016, −0.030 to −0.002)" in words
    assert "national" not in words and words.endswith("the 1 other group with an error (by level, indicator, vintage and family) has an interval that includes zero")
    undated = fared_views.leaning_words(pd.DataFrame([_summary_row("vintage", "issue date not stated", 0.03, 0.01, 0.05)]))
    assert undated.startswith("the targets sat systematically above what happened for plans whose issue date is not stated (+0.030")
    none = fared_views.leaning_words(summary[summary["group_value"].isin(["all", "nation"])])
    assert none.startswith("no group") and "1)" in none


def test_the_naive_verdict_follows_the_mape_interval_and_the_lean_the_median_interval():
    row = pd.Series({"naive_n_targets": 20, "naive_n_plans": 12, "planners_minus_naive_mape": -6.8, "planners_minus_naive_mape_low": -14.5,
                     "planners_minus_naive_mape_high": -1.6, "planners_minus_naive_median_log_error": 0.038, "planners_minus_naive_low": -0.036,
                     "planners_minus_naive_high": 0.089})
    words = fared_views.naive_comparison_words(row)
    assert words.startswith("over the 20 point targets from 12 plans that have one, the plans' targets came closer")
    assert "(90% interval −14.5 to −1.6)" in words and "no measurable difference in which way they leaned" in words
    higher = fared_views.naive_comparison_words(pd.Series({**row, "planners_minus_naive_low": 0.01}))
    assert "the plans' targets sat higher than the naive forecast" in higher
    assert "too few" in fared_views.naive_comparison_words(pd.Series({**row, "planners_minus_naive_mape": NAN}))


def test_the_sensitivity_says_how_far_the_hand_reading_moves_each_measure():
    extracted = pd.Series({"median_log_error": -0.0024, "median_log_error_low": -0.0089, "median_log_error_high": 0.0058, "mape": 11.66,
                           "mape_low": 7.11, "mape_high": 17.0})
    annotated = extracted.copy()
    annotated[["median_log_error", "mape"]] = [-0.0031, 6.22]
    words = fared_views.sensitivity_words(extracted, annotated)
    assert "moves from −0.002 to −0.003 (inside the extracted reading's interval)" in words
    assert "the MAPE from 11.7% to 6.2% (−5.4 points, outside its interval, 7.1–17.0)" in words
    assert "stays at −0.002" in fared_views.sensitivity_words(extracted, extracted)
    assert fared_views.sensitivity_verdict(extracted, annotated).endswith("within its interval but make their errors look larger")
    assert fared_views.sensitivity_verdict(extracted, extracted).startswith("the misreadings move neither")
    shifted = pd.Series({**annotated, "median_log_error": 0.02, "mape": 20.0})
    assert "move both" in fared_views.sensitivity_verdict(extracted, shifted) and "look smaller" in fared_views.sensitivity_verdict(extracted, shifted)


def test_the_provinces_sum_is_set_against_their_own_census():
    row = pd.Series({"n_parts": 2, "year": 2030, "sum_of_targets": 300.0, "parts_census_2020": 250.0, "parts_share_of_whole_census": 0.2,
                     "whole_target": 145000.0, "implied_net_migration": 12.34, "n_migration": 2, "n_gaining": 1})
    words = fared_views.zero_sum_words(row)
    assert words.startswith("The 2 provinces with a 2030 population target sum to 300万, 120.0% of their own 2020 census count (250万, 0.2% of the nation's)")
    assert "the nation's own target for 2030 is 145000万" in words and "net migration of +12.3万, and 1 of the 2 plan" in words


def test_the_figure_keeps_its_axis_and_draws_what_lies_beyond_at_the_edge():
    from analysis.report import plots

    frame = pd.DataFrame({"plan": ["A", "A", "A", "B", "B"], "level": ["province"] * 3 + ["county"] * 2,
                          "log_error": [-3.2, 0.01, 0.02, 0.9, 1.1], "naive_log_error": [NAN, 0.8, NAN, NAN, NAN]})
    figure = plots.fared_chart(frame, 0.5)
    axes = figure.axes[0]
    low, high = axes.get_xlim()
    assert -0.6 < low < -0.55 and 0.55 < high < 0.6
    texts = [t.get_text() for t in axes.texts]
    assert texts == ["+1.00"]  # B's median, beyond the axis, printed; A's −3.2 is a target: a triangle, listed on the page
    edge_marks = [c.get_offsets()[:, 0].tolist() for c in axes.collections if len(c.get_offsets()) and abs(c.get_offsets()[0, 0]) > 0.5]
    assert sorted(x for marks in edge_marks for x in marks) == pytest.approx([-0.55, 0.55, 0.55, 0.55, 0.55])
    plt.close(figure)
    facts = fared_views.chart_facts(frame)
    assert (facts["n_chart_plans"], facts["n_beyond"], facts["n_medians_beyond"]) == (2, 5, 1)
    assert facts["beyond_count"] == "5 marks beyond them are" and fared_views.chart_facts(
        pd.DataFrame({"plan": ["C"] * 3, "level": ["county"] * 3, "log_error": [0.0, 0.0, 0.9], "naive_log_error": [NAN] * 3}))["beyond_count"] == "1 mark beyond them is"
    assert facts["beyond"] == "A −3.20 (a target), A +0.80 (a naive forecast), B +0.90 (a target), B +1.00 (the plan's median) and B +1.10 (a target)"
    assert facts["axis_share_low"] == pytest.approx(60.65, abs=0.01) and facts["axis_share_high"] == pytest.approx(164.87, abs=0.01)


def test_a_whole_whose_parts_have_no_census_count_shows_no_share():
    view = fared_views.zero_sum_view()
    zero = fared_views.table("zero_sum")
    for shown, census, note in zip(view["Parts' share of the whole's 2020 census"], zero["parts_census_2020"], view["Note"]):
        assert (shown == "") == (not census)
        if not census:
            assert "census count" in note
    row = pd.Series({"n_parts": 2, "year": 2030, "sum_of_targets": 1510.0, "parts_census_2020": 0.0})
    assert fared_views.zero_sum_words(row).endswith("none has a 2020 census count.")


def test_a_reading_of_the_sensitivity_table_in_words():
    row = pd.Series({"n_targets": 250.0, "n_plans": 73.0, "n_judged": 114.0, "n_point_errors": 77.0, "median_log_error": -0.0024,
                     "median_log_error_low": -0.0089, "median_log_error_high": 0.0058, "mape": 11.66, "mape_low": 7.11, "mape_high": 17.0,
                     "share_met": 0.42})
    assert fared_views.reading_words(row) == ("250 targets and projections from 73 plans, 114 targets judged, 77 point targets with an error: "
                                             "median signed log error −0.002 (−0.009 to +0.006), MAPE 11.7% (7.1–17.0), 42% met")
    assert fared_views.reading_words(pd.Series({**row, "median_log_error": NAN, "share_met": NAN})).endswith("too few point targets for a median")


def test_the_figure_fits_the_page_with_the_plans_of_today():
    from analysis.report import plots, style
    from analysis.report.style import FIGURE_HEIGHT, FIGURE_WIDTH

    style.setup()  # the CJK font the labels are measured in
    frame = fared_views.chart_frame()
    figure = plots.fared_chart(frame, fared_views.AXIS_LIMIT)
    figure.canvas.draw()
    box = figure.get_tightbbox(figure.canvas.get_renderer())
    # saved with a tight box and 0.1 in of padding on each side (save_figure)
    assert box.height + 0.2 <= FIGURE_HEIGHT and box.width + 0.2 <= FIGURE_WIDTH and frame["plan"].nunique() >= 40
    plt.close(figure)


def _basis(basis, n, plans, mape=(NAN, NAN, NAN), median=(NAN, NAN, NAN), own=(NAN, NAN, NAN)):
    """Summary columns of one basis of the official-figure naive (fared_summary.official_naive_<basis>_*)."""
    minus = f"planners_minus_official_naive_{basis}"
    return {f"official_naive_{basis}_n_targets": n, f"official_naive_{basis}_n_plans": plans,
            f"{minus}_mape": mape[0], f"{minus}_mape_low": mape[1], f"{minus}_mape_high": mape[2],
            f"{minus}_median_log_error": median[0], f"{minus}_low": median[1], f"{minus}_high": median[2],
            f"official_naive_{basis}_median_log_error": own[0], f"official_naive_{basis}_median_log_error_low": own[1],
            f"official_naive_{basis}_median_log_error_high": own[2]}


def test_the_page_leads_with_the_naive_forecast_with_more_targets():
    row = pd.Series({"naive_n_targets": 16, "naive_n_plans": 11, "planners_minus_naive_mape": -5.2, "planners_minus_naive_mape_low": -8.0,
                     "planners_minus_naive_mape_high": -2.3, "planners_minus_naive_median_log_error": 0.007, "planners_minus_naive_low": -0.036,
                     "planners_minus_naive_high": 0.077, "official_naive_n_targets": 3, "official_naive_n_plans": 2,
                     "planners_minus_official_naive_mape": NAN, "planners_minus_official_naive_mape_low": NAN, "planners_minus_official_naive_mape_high": NAN,
                     "planners_minus_official_naive_median_log_error": NAN, "planners_minus_official_naive_low": NAN, "planners_minus_official_naive_high": NAN,
                     **_basis("trend", 3, 2), **_basis("persistence", 0, 0)})
    assert fared_views.naive_order(row) == ["naive", "official_naive"]
    text = fared_views.naives_words(row)
    first, second = text.split(". Against")
    assert first.startswith("Against a naive forecast made from the plan's own stated baselines") and "over the 16 point targets from 11 plans" in first
    assert "published before the plan was issued" in second and "(3 point targets from 2 plans, below the minimum of 5 targets from 3 plans)" in second
    # more official-figure targets…
    more = pd.Series({**row, "official_naive_n_targets": 40, "official_naive_n_plans": 20, "planners_minus_official_naive_mape": 1.0,
                      "planners_minus_official_naive_mape_low": 0.5, "planners_minus_official_naive_mape_high": 2.0,
                      "planners_minus_official_naive_median_log_error": 0.02, "planners_minus_official_naive_low": 0.01, "planners_minus_official_naive_high": 0.03,
                      **_basis("trend", 4, 2), **_basis("persistence", 36, 18, mape=(-3.0, -5.0, -1.0), median=(0.2, 0.15, 0.25), own=(-0.2, -0.3, -0.1))})
    # …but a lead taken on no-change (persistence) rows is no lead: only trend-based targets count for it
    assert fared_views.naive_order(more) == ["naive", "official_naive"]
    trendier = pd.Series({**more, **_basis("trend", 20, 12)})
    assert fared_views.naive_order(trendier) == ["official_naive", "naive"]
    apart = fared_views.basis_words(more)
    assert apart.startswith("Apart by basis: from the trend of two official figures of one series, too few targets have a naive forecast to compare "
                            "(4 point targets from 2 plans, below the minimum")
    assert ("from the only official figure of its series carried unchanged (no change, persistence), over the 36 point targets from 18 plans "
            "that have one, the plans' targets came closer to the outcome than the naive forecast: planners minus naive is −3.0 points") in apart
    # the no-change caveat counts the outcomes above and below the figure carried unchanged, by indicator, from the table
    fared = pd.DataFrame({"kind": "target", "screen": "kept", "log_error": 0.1, "official_naive_log_error": -0.1,
                          "official_naive_basis": ["persistence", "persistence", "persistence", "trend"],
                          "indicator": ["pop_resident", "pop_resident", "urbanization_resident", "pop_resident"],
                          "official_naive": [100.0, 100.0, 50.0, 100.0], "outcome": [110.0, 90.0, 60.0, 120.0]})
    caveat = fared_views.persistence_caveat(more, fared)
    assert "of the 3 point targets it was made for, the outcome lay above the figure carried unchanged in 2 (" in caveat and "and below it in 1" in caveat
    assert "median signed log error is −0.200 (−0.300 to −0.100), below the outcomes" in caveat
    assert caveat.endswith("the trend-based comparison, the stricter test, rests on too few targets to be made")
    assert caveat in fared_views.naives_words(more, fared)
    assert fared_views.naives_words(more).startswith("Against a naive forecast made from the plan's own stated baselines")
    assert fared_views.naives_words(trendier).startswith("Against a naive forecast made from the official figures published before the plan was issued")
    assert "the naive forecast came closer" in fared_views.naives_words(more) and "sat higher than the naive forecast" in fared_views.naives_words(more)
    assert fared_views.naive_order(pd.Series({**row, "official_naive_n_targets": 16, "official_naive_n_plans": 11})) == ["naive", "official_naive"]
    withheld = pd.Series({**row, "withheld_reason": "official-figure naive forecast withheld: 3 target(s) from 2 plan(s): below the minimum"})
    assert fared_views.withheld_parts(withheld) == "official-figure naive forecast: 3 targets, 2 plans"


def test_the_page_counts_why_targets_have_no_official_figure_naive():
    fared = pd.DataFrame({"kind": "target", "screen": "kept", "log_error": 0.1, "official_naive": [NAN, NAN, NAN, 5.0],
                          "official_naive_method": ["the plan's issue date is not stated in its texts, so …: no official-figure naive forecast",
                                                    "no official figure dated before 2008 (the plan's issue year) in the sources: no …",
                                                    "no official figure dated before 2009 (the plan's issue year) in the sources: no …", "trend: linear change …"]})
    words = fared_views.official_naive_gaps(fared)
    assert words == "of the 3 point targets without one, 1 target from plans with no stated issue date and 2 targets with none dated before it"


def test_where_the_targets_beat_or_lost_to_the_naive_forecast_follows_the_intervals():
    def row(group, value, mape, mape_low, mape_high, median, low, high, n=6, plans=3):
        return {"group": group, "group_value": value, "naive_n_targets": n, "naive_n_plans": plans, "planners_minus_naive_mape": mape,
                "planners_minus_naive_mape_low": mape_low, "planners_minus_naive_mape_high": mape_high,
                "planners_minus_naive_median_log_error": median, "planners_minus_naive_low": low, "planners_minus_naive_high": high}

    summary = pd.DataFrame([
        row("overall", "all", -5.2, -8.0, -2.3, 0.007, -0.036, 0.077),  # the overall row is said elsewhere
        row("level", "province", -8.4, -12.2, -7.1, 0.013, -0.227, 0.077),
        row("indicator", "pop_resident", -0.6, -1.4, 0.2, 0.015, 0.006, 0.031, plans=6),
        row("level", "prefecture", -3.2, -9.1, 0.2, -0.012, -0.059, 0.033, n=7, plans=5),
        row("family group", "all other families", 2.0, 1.0, 3.0, -0.05, -0.09, -0.01, n=5, plans=5),
        row("level", "county", NAN, NAN, NAN, NAN, NAN, NAN, n=1, plans=1),
    ])
    words = fared_views.naive_groups_words(summary)
    assert words.startswith("of the 4 groups with enough targets, the targets came closer to the outcome than the naive forecast for "
                            "provincial plans (−8.4 points in MAPE, −12.2 to −7.1; 6 targets, 3 plans)")
    assert "the naive forecast came closer for plans of all other families (+2.0 points in MAPE, +1.0 to +3.0; 5 targets, 5 plans)" in words
    assert "the targets sat higher than the naive forecast for resident population (+0.015 in median log error, +0.006 to +0.031" in words
    assert "sat lower than the naive forecast for plans of all other families (−0.050" in words
    assert "prefecture" not in words and "county" not in words
    assert fared_views.naive_groups_words(summary[summary["group"] == "overall"]).startswith("no group")


def test_the_screen_counts_its_rejections_by_reason_each_in_its_own_words():
    reasons = pd.Series(["dated 2015, before the plan was issued (2016): a level of the past read as a target, not judged"] * 2
                        + ["10万 is 0.0219 times 扬州市's census count (455.98万, 2020), outside 0.5–3 times: a figure of another place"])
    said = fared_views.screen_words(reasons)
    assert said == ("3 figures were rejected by the screen: 2 dated before the plan was issued (a level of the past read as a target) "
                    "and 1 with a population count under 0.5 or over 3 times the place's census count, which cannot be that place's own")
    assert fared_views.screen_words(reasons.iloc[:0]) == "No figure was rejected by the screen"
    misread = pd.Series(["10 is outside 80–150, impossible for a sex ratio at birth: a misread number, not a target"])
    assert fared_views.screen_words(misread) == ("1 figure was rejected by the screen: 1 with a value no real place can have "
                                                 "(a misread number: the bounds the extractor flags such a value by)")
    # the 2020 census's other area (西安 with 西咸新区) in its own words, not as a change of area between the censuses
    xian = pd.Series(["西安市's official 2020 census figure (1295.3万) is of another area than its counties (1218.3万 in the census "
                      "county table, -5.9%: a zone administered across the boundary), and a plan issued before 2020 may be of either"])
    assert fared_views.screen_words(xian) == ("1 figure was rejected by the screen: 1 of a prefecture whose official 2020 figure counts "
                                              "another area than its counties, in a plan issued before 2020 (of which area: unknown)")
    # the page's count: every figure the screen rejected, not the changes and totals over a period, by its reason in fared.csv
    # (a level of the past over a period — 成都's 十五 mean birth rate — has a period_start but is no change)
    fared = fared_views.table("fared")
    screened = fared[(fared["screen"] == "rejected") & ~fared["screen_reason"].fillna("").str.startswith(("a change over ", "a total over "))]
    past = int(screened["screen_reason"].str.startswith("dated ").sum())
    assert fared_views.facts()["rejected_words"].startswith(f"{len(screened)} figures were rejected by the screen: ")
    assert f"{past} dated before the plan was issued" in fared_views.facts()["rejected_words"]


def test_the_zero_sum_states_how_it_counts_a_bound_and_when_its_targets_were_set():
    parts = pd.DataFrame({"entity": ["北京市", "甘肃省", "上海市", "长沙市", "江西省"], "year": [2020, 2020, 2020, 2025, 2020],
                          "target_text": ["2300萬人以內", "2890万以内", "2250万", "突破1200万", "4800万左右"],
                          "plan_id": ["b", "g", "s", "c", "j"], "qualifier": ["le", "le", "none", "gt", "approx"],
                          "issue_year": [2016, 2007, 2010, 2021, NAN]})
    said = fared_views.zero_sum_convention(parts)
    assert said.startswith("A ceiling (以内, 不超过) counts at its bound, the most its plan allows, so a sum with a ceiling in it is an "
                           "upper bound: 2 of the 5 targets summed in the table below are ceilings (北京市 2300萬人以內 (2020) and 甘肃省 2890万以内 (2020)), "
                           "and 1 is a floor (长沙市 突破1200万 (2025))")
    assert "The summed targets' plans were issued from 2007 to 2021 (one plan's issue date is not stated). Where a place's plans state more than one figure" in said and "Only adopted targets are summed" in said
    # the page's table: its parts come with their qualifier and issue year from the model (zero_sum_parts.csv), a target
    # summed in two comparisons once, and one written with a space before its unit counted too (湘潭市 300 万人以内)
    real = fared_views.zero_sum_parts(fared_views.table("zero_sum_parts"))
    assert real["qualifier"].notna().all() and len(real) == real[["entity", "year", "plan_id"]].drop_duplicates().shape[0]
    assert ("北京市", "le") in set(zip(real["entity"], real["qualifier"])) and ("湘潭市", 2010, "le") in set(zip(real["entity"], real["year"], real["qualifier"]))
    said = fared_views.zero_sum_convention(real)
    assert f"{len(real)} targets summed" in said and "湘潭市 300 万人以内 (2010)" in said
    assert "ranges count at their midpoint (南宁市 690万人~710万人 (2010)" in said
    # what the sentence promises: a study's figure (上海's 2010 人口发展趋势预测, 2250万) is in no part and in a note
    zero = fared_views.table("zero_sum")
    assert "2250万" not in set(real["target_text"]) and zero["note"].str.contains("not summed, a figure of a study", na=False).any()


def test_a_target_summed_at_the_official_rate_points_to_the_plans_own_rate():
    parts = pd.DataFrame({"entity": ["泸州市"], "year": [2030], "target_text": ["500"], "plan_id": ["luzhou-2022-2030"],
                          "implied_net_migration": [92.6], "census_year": [2020.0]})
    ambition = pd.DataFrame({"plan_id": ["luzhou-2022-2030"], "entity": ["泸州市"], "year": [2030], "indicator": ["pop_resident"],
                             "base_year": [2020], "natural_increase_rate": [3.26], "natural_increase_source": ["the plan's 3.26‰ (2011–2020)"],
                             "implied_net_migration_per_year": [5.950582], "official_natural_increase_rate": [-3.89],
                             "implied_net_migration_per_year_at_official_rate": [9.258922]})
    assert fared_views.own_rate_words(parts, ambition) == (
        "泸州市's +92.6万 for 2030 is 9.26万 a year from the 2020 census at the latest official natural increase (−3.89‰); the front "
        "page and the Ambition page give 5.95万 a year for the same target, at the natural increase the plan itself states, "
        "3.26‰ (2011–2020), which leaves less of the growth to migration.")
    assert fared_views.own_rate_words(parts.assign(census_year=2010.0), ambition) == ""  # counted from another census: not the same figure


def test_the_mape_differences_the_prose_states_are_columns_of_the_summary_table():
    # the site reader could trace "planners minus naive is −3.8 points in MAPE" to no column: each difference the
    # naive paragraph states is in the summary table (site: under "Columns" where hidden; PDF: the two main ones)
    from analysis.report.words import minus

    summary, facts = fared_views.summary_view(), fared_views.facts()
    overall = summary.iloc[0]
    for column in ("Planners − naive (MAPE points)", "Planners − official naive (MAPE points)", "Planners − trend naive (MAPE points)"):
        estimate = overall[column].split(" (")[0]
        assert estimate and f"{minus(estimate)} points in MAPE" in facts["naives"], column
    raw = fared_views.table("fared_summary").iloc[0]
    assert overall["Planners − naive (MAPE points)"] == (f"{raw['planners_minus_naive_mape']:+.1f} ({raw['planners_minus_naive_mape_low']:+.1f} "
                                                        f"to {raw['planners_minus_naive_mape_high']:+.1f})")
    assert overall["Judged (share met of)"] == raw["n_judged"]


# --- the site reader's findings (i20s) ----------------------------------------------------------------

def test_the_pace_prose_counts_agree_with_the_statuses_of_its_table():
    from analysis.report.views import table

    facts = fared_views.facts()
    text = fared_views.pace_words(facts)
    pace = table("fared_pace")
    shown = fared_views.pace_view()
    with_figure = pace[pace["latest_value"].notna()]
    assert len(shown) == len(with_figure) and f"{len(with_figure)} have a recent official figure, one of 2021–2024" in text
    # no row of the table shows a figure beside "no recent figure"; the one without a 2020 base says so
    assert "no recent figure" not in set(shown["Status"])
    assert "重庆市 103—107 for 2030, 108.18 in 2022" in text and '"no base figure"' in text
    none = int((pace["status"] == "no recent figure").sum())
    rejected = int((pace["screen"] == "rejected").sum())
    assert len(with_figure) + none + rejected == len(pace) and f"The other {none} have no recent figure" in text
    assert "to judge by" not in text


def test_a_value_that_rounds_to_zero_gets_one_more_digit_or_no_sign():
    words = fared_views.words
    assert words.signed(-0.04, 1) == f"{words.MINUS}0.04"  # "−1.7 to −0.04": the interval excludes zero, and says so
    assert words.signed(-0.004, 1) == "0.0" and words.signed(0.0) == "0.000" and words.fixed(-0.001, 1) == "0.0"
    assert words.signed(-1.74, 1) == f"{words.MINUS}1.7" and words.signed(0.006) == "+0.006"
    summary = fared_views.summary_view()
    for column in summary.columns:
        assert not summary[column].astype(str).str.contains(f"[{words.MINUS}+-]0\\.0+(?![0-9])", regex=True).any(), column


def test_pinyin_glosses_are_shown_without_and_kept_in_the_tables():
    from analysis.report.views import table

    words = fared_views.words
    assert words.without_glosses("232.79萬(wàn)人") == "232.79萬人" and words.without_glosses("超過(guò)1248萬(wàn)人") == "超過1248萬人"
    assert words.without_glosses("面积(km)") == "面积(km)" and words.without_glosses("(wàn)") == "(wàn)"  # only after a CJK character
    assert words.without_glosses("拉萨(lā sà)市") == "拉萨市"  # a gloss of two syllables, with a space
    fared = table("fared")
    assert fared["target_text"].str.contains("(wàn)", regex=False).any()  # the CSV keeps the quote as read
    targets = fared_views.targets_view()
    assert not targets["Target"].astype(str).str.contains("(wàn)", regex=False).any()


def test_the_page_opens_with_a_sentence_that_reads():
    from analysis import paths

    text = (paths.ROOT / "notebooks" / "06_fared.py").read_text(encoding="utf-8")
    assert "the documents the corpus of real published texts reports" not in text
    assert "the plans of the corpus of real published texts (texts of the same place and title grouped into one plan)" in " ".join(text.split()).replace('" f"', "")


def test_the_outcomes_page_counts_the_target_without_a_base_beside_the_judged_ones():
    from analysis.report.headline_views import headlines

    h = headlines()
    # every own progress row with a recent figure is on track, behind, or without a 2020 base (重庆's sex ratio at birth)
    assert h["n_progress_with_figure"] == h["n_progress_on_track"] + h["n_progress_behind"] + h["n_progress_no_base"]
    assert h["n_progress_no_base"] == 1
