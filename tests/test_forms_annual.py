"""Forms of annual target texts (brief at): government work reports, a year's population and family-planning work
targets announced at a meeting, and their press reports — on invented sentences, each rule with a near-miss that must
not change."""

from __future__ import annotations

from probe_rows import rows

DATED = "发布时间：2016-04-10\n"


def found(text: str, indicator: str) -> list[tuple]:
    return [(int(year), float(value), kind, qualifier) for code, _, year, value, kind, qualifier in rows(text) if code == indicator]


# -- bare 政策符合率: the birth-policy compliance of a year's family-planning targets ----------------------------------------

def test_bare_policy_compliance_after_the_years_rate_targets():
    text = DATED + "今年全市人口发展目标是出生率控制在12‰以内，自然增长率控制在5‰以内，政策符合率达92%以上。\n"
    assert found(text, "family_planning_rate") == [(2016, 92.0, "target", "above")]


def test_bare_policy_compliance_named_right_after_the_goals_lead_in():
    assert found(DATED + "今年某县的工作目标是政策符合率达到93%以上。\n", "family_planning_rate") == [(2016, 93.0, "target", "above")]


def test_near_miss_another_policys_compliance_is_no_family_planning_rate():
    assert found(DATED + "今年全市的目标是环保政策符合率达92%以上。\n", "family_planning_rate") == []
    assert found(DATED + "去年全市产业政策符合率为92%。\n", "family_planning_rate") == []
    # the births' compliance beside the family-planning rate is another measure (the seeds' list leaves it out)
    text = DATED + "2015年，出生人口性别比下降到111.5，出生政策符合率为89%，计划生育率为92.6%。\n"
    assert found(text, "family_planning_rate") == [(2015, 92.6, "baseline", "none")]


def test_near_miss_bare_policy_compliance_of_projects_in_a_list_or_a_zone_is_no_family_planning_rate():
    # review of brief at: 政策符合率 of another field (no population-work word before it), in a list of names, or of a zone
    text = DATED + "去年全县审批企业项目88个，项目审批办结率、政策符合率均达100%。全县环评执行率达97%，政策符合率为99%。\n"
    assert found(text, "family_planning_rate") == []
    assert found(DATED + "去年全县人口工作稳步推进，经济开发区政策符合率为99%。\n", "family_planning_rate") == []


def test_a_list_of_three_rates_with_two_values_pairs_the_first_two():
    # review of brief at: 政策符合率 named third in a list with two values (分别控制在…、…以内) leaves the first two paired
    text = DATED + "今年全县人口出生率、自然增长率、政策符合率分别控制在11.6‰、5.4‰以内。\n"
    assert found(text, "birth_rate") == [(2016, 11.6, "target", "le")]
    assert found(text, "natural_growth_rate") == [(2016, 5.4, "target", "le")]


# -- births summed over last year (去年…共出生, 总共出生人口): that one year's births -------------------------------------------

def test_births_summed_over_last_year_are_that_years_births():
    assert found(DATED + "去年全市总共出生人口 42317 人，出生率为12.13‰。\n", "births") == [(2015, 42317.0, "baseline", "none")]
    assert found(DATED + "去年全县共计出生4321人。\n", "births") == [(2015, 4321.0, "baseline", "none")]


def test_near_miss_births_summed_since_last_year_or_over_two_years_are_no_years_level():
    assert found(DATED + "去年以来全市共出生人口42317人。\n", "births") == []
    assert found(DATED + "前年至去年全市共出生人口8万人。\n", "births") == []
    assert found(DATED + "去年同期全市共出生人口42317人。\n", "births") == []


def test_near_miss_last_years_births_on_an_undated_page_have_no_year():
    assert found("去年全市共出生人口42317人。\n", "births") == []


# -- plain 人口 after a year told relative to the page (明年人口将破亿, 今年底人口控制在…) ----------------------------------------

def test_plain_population_after_next_year_crossing_a_hundred_million_in_words():
    text = DATED + "湖北省目前是中部人口最多的省份，预估明年人口将破亿。\n"
    assert found(text, "pop_resident") == [(2017, 10000.0, "projection", "gt")]


def test_plain_population_after_this_years_end_is_the_years_ceiling():
    assert found(DATED + "湖北省今年底人口控制在8978万以内。\n", "pop_resident") == [(2016, 8978.0, "target", "le")]


def test_near_miss_population_after_the_base_of_a_comparison_or_on_an_undated_page_is_not_read():
    assert found(DATED + "湖北省比去年人口增加到8978万。\n", "pop_resident") == []
    assert found("湖北省预估明年人口将破亿。\n", "pop_resident") == []
    assert found(DATED + "湖北省明年人口流入将超过20万。\n", "pop_resident") == []


# -- insurance coverage written 覆盖率 / 参保覆盖率 (a work report's review of its people's livelihood) -------------------------

def test_two_insurances_sharing_their_coverage_word_respectively():
    text = DATED + "2015年，全区养老保险、医疗保险参保覆盖率分别达到95%、96%。\n"
    assert found(text, "pension_insurance_coverage") == [(2015, 95.0, "baseline", "none")]
    assert found(text, "medical_insurance_coverage") == [(2015, 96.0, "baseline", "none")]


def test_near_miss_a_scheme_beside_the_basic_insurance_is_no_coverage_of_it():
    # review of brief at: 大病, 商业, 补充 insurances are other schemes, whether written 覆盖率 or 参保率
    text = DATED + "2015年全县大病医疗保险覆盖率达到99%，商业医疗保险覆盖率为17%，补充养老保险参保率为11%。\n"
    assert found(text, "medical_insurance_coverage") == [] and found(text, "pension_insurance_coverage") == []
    text = DATED + "2015年全县城乡居民基本医疗保险覆盖率达到97%，补充养老保险覆盖率为11%。\n"
    assert found(text, "medical_insurance_coverage") == [(2015, 97.0, "baseline", "none")]


def test_basic_pension_insurance_coverage_beside_the_medical_participation_rate():
    text = DATED + "2015年，全区基本养老保险覆盖率提高到87.4%，城乡基本医疗保险参保率稳稳保持在96%以上。\n"
    assert found(text, "pension_insurance_coverage") == [(2015, 87.4, "baseline", "none")]
    assert found(text, "medical_insurance_coverage") == [(2015, 96.0, "baseline", "above")]


def test_near_miss_other_insurances_sharing_the_coverage_word_are_not_read():
    assert rows(DATED + "2015年，全区失业保险、工伤保险参保覆盖率分别达到85%、86%。\n") == []


# -- a record from long before a cited plan's period to a year inside it (由2000年的…下降到2008年的…) is observed ---------------

from analysis.extract.stage import extract_documents  # noqa: E402
from probe_rows import document  # noqa: E402

SPEECH = ("前日举行的全省母婴保健座谈会通报，成绩可喜：全省婴儿死亡率从1999年的18.2‰下降到{year}年的6.1‰；孕产妇死亡率由1999年"
          "35.1/10万下降到{year}年17.2/10万。\n"
          "厅长强调，《某省国民经济和社会发展“十一五”规划纲要》提出实施母婴平安工程，{goal}到2020年，婴儿死亡率降低到5‰以下。\n")


def speech(year: int = 2008, goal: str = "争取") -> tuple[int | None, list[tuple]]:
    extraction = extract_documents([document(SPEECH.format(year=year, goal=goal))])
    cutoff = extraction.plans["cutoff_year"].iloc[0]
    values = extraction.indicators
    return (None if cutoff != cutoff or cutoff is None else int(cutoff),
            sorted((code, int(year), float(value), kind) for code, year, value, kind in values[["indicator", "year", "value", "kind"]].itertuples(index=False)))


def test_a_record_from_long_before_a_cited_plans_period_into_it_is_observed():
    cutoff, values = speech()
    assert cutoff == 2008
    assert ("imr", 2008, 6.1, "baseline") in values and ("mmr", 2008, 17.2, "baseline") in values
    assert ("imr", 2020, 5.0, "target") in values


def test_near_miss_a_transition_ending_in_a_milestone_year_stays_the_plans():
    cutoff, values = speech(year=2010)
    assert cutoff == 2005
    assert ("imr", 2010, 6.1, "baseline") not in values


PLAN = ("某市人口发展规划（2006—2020年）\n三、发展指标\n（一）全市婴儿死亡率由2000年的15‰下降到2012年的9‰。\n"
        "{second}（三）到2020年，全市常住人口控制在480万人以内。\n")


def plan_values(second: str) -> tuple[int | None, list[tuple]]:
    extraction = extract_documents([document(PLAN.format(second=second))])
    cutoff = extraction.plans["cutoff_year"].iloc[0]
    return (None if cutoff != cutoff or cutoff is None else int(cutoff),
            sorted((code, int(year), float(value), kind) for code, year, value, kind in
                   extraction.indicators[["indicator", "year", "value", "kind"]].itertuples(index=False)))


def test_near_miss_a_plans_own_transition_past_a_goal_year_is_its_goal():
    # review of brief at: an undated plan's own transition (由2000年的…下降到2012年的…) beside a goal year before it (到2010年)
    # is the plan's goal, and raises no cut-off over that goal's targets
    cutoff, values = plan_values("（二）到2010年，全市常住人口城镇化率达到43%，人口自然增长率控制在5.5‰以内。\n")
    assert cutoff == 2005
    assert ("imr", 2012, 9.0, "target") in values and ("urbanization_resident", 2010, 43.0, "target") in values


def test_near_miss_an_undated_plans_own_transition_without_a_review_is_its_goal():
    cutoff, values = plan_values("")
    assert cutoff == 2005
    assert ("imr", 2012, 9.0, "target") in values


# -- 千分之 with Arabic digits, a copy's space between them (千分之 6.5以下) -----------------------------------------------------

def test_per_mille_words_before_arabic_digits_after_a_space():
    text = DATED + "务必使全年人口自然增长率稳定在千分之 6.5以下，出生率控制在千分之　12.5 以内。\n"
    assert found(text, "natural_growth_rate") == [(2016, 6.5, "target", "below")]
    assert found(text, "birth_rate") == [(2016, 12.5, "target", "le")]


def test_near_miss_per_mille_words_of_no_rate_give_no_value():
    assert rows(DATED + "去年全市有千分之 3 的家庭获得奖励。\n") == []


# -- a year's goal told with an effort before its verb (今年…要达到…, 争取, 务必, 力求) ------------------------------------------

def test_this_years_level_after_an_effort_and_its_verb_is_a_target():
    assert found(DATED + "今年全市常住人口城镇化率要达到63%左右。\n", "urbanization_resident") == [(2016, 63.0, "target", "approx")]
    assert found(DATED + "今年全市计划生育率争取达到90%以上。\n", "family_planning_rate") == [(2016, 90.0, "target", "above")]


def test_near_miss_main_and_needed_are_no_efforts_and_a_past_year_stays_observed():
    text = "2017年1月10日\n2016年全市常住人口城镇化率达到64.5%，主要指标需要达到的目标都已完成。\n"
    assert found(text, "urbanization_resident") == [(2016, 64.5, "baseline", "none")]


# -- bare 全年 / 年末 right after a meeting's demand or the year's goals (会议要求，全年…; 工作目标：全年…) ---------------------------

def test_the_whole_year_after_a_meetings_demand_is_the_pages_year():
    assert found(DATED + "会议要求，全年出生人口控制在5万人以内。\n", "births") == [(2016, 5.0, "target", "le")]
    assert found(DATED + "会议确定，年末全市总人口控制在800万人以内。\n", "pop_resident") == [(2016, 800.0, "target", "le")]


def test_the_whole_year_after_the_goals_named_without_their_year():
    text = DATED + "全市人口计生工作目标：全年出生人口控制在5万人以内，人口出生率控制在12.6‰以内。\n"
    assert found(text, "births") == [(2016, 5.0, "target", "le")]
    assert found(text, "birth_rate") == [(2016, 12.6, "target", "le")]


def test_near_miss_the_whole_year_after_a_source_or_alone_is_not_dated_so():
    assert found(DATED + "据统计，全年出生人口控制在5万人以内。\n", "births") == []
    assert found(DATED + "全年出生人口控制在5万人以内。\n", "births") == []
    assert found("会议要求，全年出生人口控制在5万人以内。\n", "births") == []


def test_near_miss_the_demands_year_is_not_carried_into_the_next_sentences_whole_year():
    # review of brief at: the page's year a demand gives a bare 年末/全年 stays in its sentence
    text = DATED + "会议提出，年末全县常住人口控制在61万人以内。全年全县出生人口0.7万人。\n"
    assert found(text, "pop_resident") == [(2016, 61.0, "target", "le")]
    assert found(text, "births") == [(2015, 0.7, "baseline", "none")]
    text = DATED + "工作目标：全年出生人口控制在0.8万人以内。据统计，全年全县出生人口0.7万人。\n"
    assert found(text, "births") == [(2015, 0.7, "baseline", "none"), (2016, 0.8, "target", "le")]


# -- this year's figure written with a goal's bound (不超过, 不低于, ≤, ≥, 以内) is a target ------------------------------------

def test_this_years_figures_with_the_bound_of_a_goal_are_targets():
    text = DATED + "今年计划生育工作的主要指标：出生率≤12‰，自然增长率≤6‰，出生人口性别比≤115。\n"
    assert found(text, "birth_rate") == [(2016, 12.0, "target", "le")]
    assert found(text, "srb") == [(2016, 115.0, "target", "le")]
    assert found(DATED + "今年全市人口出生率不超过12‰。\n", "birth_rate") == [(2016, 12.0, "target", "le")]


def test_near_miss_a_past_years_figure_with_a_bound_stays_observed():
    assert found("2016年3月10日\n2015年全市人口出生率≤12‰。\n", "birth_rate") == [(2015, 12.0, "baseline", "le")]
    assert found("2016年3月10日\n2015年全市人口出生率不超过12‰，完成了年度目标。\n", "birth_rate") == [(2015, 12.0, "baseline", "le")]


# -- this year's level on a page of that year is no observed level: the year's goal (今年…达到63%左右) ----------------------------

def test_this_years_level_without_a_goal_word_is_the_years_target():
    assert found(DATED + "今年全市常住人口城镇化率达到63%左右。\n", "urbanization_resident") == [(2016, 63.0, "target", "approx")]
    assert found(DATED + "今年底全市常住人口达到812万人。\n", "pop_resident") == [(2016, 812.0, "target", "none")]


def test_near_miss_this_years_figures_of_a_year_end_summary_or_of_another_place_stay_observed():
    # review of brief at: no verb of reaching (a bare 为 or none), or a change told as done in the sentence: a summary, no goal
    text = "发布时间：2016-12-28\n今年全县出生人口0.61万人，出生率为10.9‰，出生人口性别比为107.6。\n"
    assert found(text, "births") == [(2016, 0.61, "baseline", "none")]
    assert found(text, "srb") == [(2016, 107.6, "baseline", "none")]
    text = DATED + "今年全县常住人口城镇化率已达到47.3%。全省今年城镇化率为49.6%。\n"
    assert [row for row in found(text, "urbanization_resident") if row[2] == "target"] == []
    text = DATED + "今年全县出生人口性别比下降了0.8个百分点，城镇人口达到26万人。\n"
    assert found(text, "pop_urban") == [(2016, 26.0, "baseline", "none")]


def test_married_women_in_the_sentence_tell_nothing_done():
    # 已婚 is no 已 of a level reached (review of brief at): this year's level after it stays the year's goal
    text = DATED + "今年全县已婚育龄妇女综合避孕率稳定在85%以上，常住人口城镇化率达到47%左右。\n"
    assert found(text, "urbanization_resident") == [(2016, 47.0, "target", "approx")]


def test_near_miss_outcomes_of_this_year_so_far_are_no_years_level():
    assert rows(DATED + "今年以来，全市出生人口2.1万人，出生率控制在5.6‰以内。\n") == []
    assert found(DATED + "今年以来，全市常住人口城镇化率达到64.5%。\n", "urbanization_resident") == []


def test_near_miss_this_years_level_told_as_reached_and_last_years_stay_observed():
    assert found(DATED + "今年全市常住人口城镇化率已达到63%。\n", "urbanization_resident") == [(2016, 63.0, "baseline", "none")]
    assert found(DATED + "去年全市常住人口城镇化率达到64.5%。\n", "urbanization_resident") == [(2015, 64.5, "baseline", "none")]


# -- a later sentence of a paragraph reviewing the past years (过去五年，…。…保持在98%以上) is of the review's present ----------

REPORT = "2022年1月9日\n"


def test_a_level_kept_in_a_later_sentence_of_a_review_of_five_years():
    text = REPORT + "过去五年，我们尽心办好民生实事，社会保障网越织越密。基本养老保险覆盖率提高到88.6%，城乡基本医疗保险参保率一直保持在97%以上。\n"
    assert found(text, "medical_insurance_coverage") == [(2021, 97.0, "baseline", "above")]
    assert found(text, "pension_insurance_coverage") == [(2021, 88.6, "baseline", "none")]


def test_near_miss_a_goal_ahead_in_the_review_paragraph_and_a_paragraph_of_no_review():
    text = REPORT + "过去五年，我们尽心办好民生实事。今后五年，城乡基本医疗保险参保率要一直保持在97%以上。\n"
    assert found(text, "medical_insurance_coverage") == [(2026, 97.0, "target", "above")]
    assert found(REPORT + "我们尽心办好民生实事。城乡基本医疗保险参保率一直保持在97%以上。\n", "medical_insurance_coverage") == []


def test_near_miss_goals_after_the_review_turns_to_what_comes_next_are_no_records():
    # review of brief at: once the paragraph turns ahead (下一步, 新的一年), its later sentences are no review's present
    text = REPORT + "近年来，全县人口工作成效明显，出生人口性别比稳定在109以下。下一步，全县人口自然增长率控制在5.5‰以内，政策符合率稳定在91%以上。\n"
    assert found(text, "natural_growth_rate") == [] and found(text, "family_planning_rate") == []
    text = (REPORT + "过去五年，我们坚持把民生放在首位。全县基本医疗保险参保率保持在96%以上。新的一年，全县人口自然增长率控制在5.5‰以内。"
            "城乡居民医保参保率稳定在96%以上。\n")
    assert found(text, "medical_insurance_coverage") == [(2021, 96.0, "baseline", "above")]
    assert found(text, "natural_growth_rate") == []


# -- the births of one order or sex listed after the year's births are parts, no level -------------------------------------

def test_births_of_one_order_or_sex_after_the_years_births_are_no_levels():
    assert found(DATED + "去年全市出生人口5.2万人，其中二孩1.8万人，多孩0.3万人。\n", "births") == [(2015, 5.2, "baseline", "none")]
    assert found(DATED + "去年全市出生人口5.2万人，其中男孩2.8万人，女孩2.4万人。\n", "births") == [(2015, 5.2, "baseline", "none")]


def test_near_miss_the_births_and_their_rate_are_still_read():
    text = DATED + "去年全市出生人口5.2万人，出生率11.2‰。\n"
    assert found(text, "births") == [(2015, 5.2, "baseline", "none")]
    assert found(text, "birth_rate") == [(2015, 11.2, "baseline", "none")]


# -- a meeting that sums up one year's work and lays out the next's: the year summed up is observed -----------------------

MEETING = ("本报讯 1月10日，某市召开全市人口计生工作大会。会议{summed}，部署了2016年工作任务。\n"
           "据介绍，2015年全市出生人口6.1万人，人口出生率11.2‰，自然增长率5.3‰，全面完成了省下达的各项指标。\n"
           "会议提出，2016年全市的人口出生率控制在12.6‰以内，自然增长率控制在6.5‰以内。\n")


def test_the_year_a_meeting_sums_up_is_observed_and_the_year_it_lays_out_is_of_goals():
    text = MEETING.format(summed="总结了2015年工作")
    assert found(text, "birth_rate") == [(2015, 11.2, "baseline", "none"), (2016, 12.6, "target", "le")]
    assert found(text, "births") == [(2015, 6.1, "baseline", "none")]


def test_near_miss_a_quarter_reported_is_no_year_summed_up():
    text = ("本报讯 4月12日，某市召开人口计生工作会。会议通报了2016年度第一季度人口计生工作情况。\n"
            "会上要求，确保2016年人口出生率控制在12.6‰以内。\n")
    assert found(text, "birth_rate") == [(2016, 12.6, "target", "le")]


# -- a year's work points or targets named by their year in the title (2016年…工作要点, …工作目标责任书) ------------------------

def test_the_goals_of_a_years_work_points_are_of_its_year():
    text = ("2016年全市人口和计划生育工作要点\n一、主要目标\n1.人口出生率控制在12‰以内；\n2.人口自然增长率控制在6‰以内；\n"
            "3.政策符合率达到90%以上。\n")
    assert found(text, "birth_rate") == [(2016, 12.0, "target", "le")]
    assert found(text, "family_planning_rate") == [(2016, 90.0, "target", "above")]


def test_the_goals_of_a_years_target_responsibility_letter_are_of_its_year():
    text = DATED + "某县2016年人口计生工作目标责任书\n全县年末总人口控制在52.5万人以内，人口出生率控制在12.5‰以内。\n"
    assert found(text, "pop_resident") == [(2016, 52.5, "target", "le")]


def test_near_miss_a_review_of_a_years_target_responsibility_sets_no_goals():
    text = "关于2015年度人口计生工作目标责任制考核情况的通报\n全市人口出生率控制在11.5‰以内，政策符合率达到92%。\n"
    assert [row for row in found(text, "birth_rate") if row[2] == "target"] == []


def test_near_miss_the_work_points_of_a_span_of_years_set_no_one_years_goals():
    text = "2016—2020年全市人口计生工作要点\n一、主要目标\n1.人口出生率控制在12.6‰以内。\n"
    assert found(text, "birth_rate") == [(2020, 12.6, "target", "le")]  # the span's end, not its first year (review of brief at: not only `not in`)


# -- a meeting's demand opening the sentence: its goals told with 将 stay targets (会议提出，今年…将达到…) ------------------------

def test_goals_a_meeting_sets_told_with_jiang_are_targets():
    text = DATED + "会议提出，今年全市人口出生率将控制在12‰以内，政策符合率将达到90%以上。\n"
    assert found(text, "family_planning_rate") == [(2016, 90.0, "target", "above")]


def test_goals_after_a_lead_in_of_the_years_goals_told_with_jiang_are_targets():
    text = DATED + "今年全市人口计生工作的目标是：常住人口将控制在830万人以内，出生人口性别比将下降到112以下。\n"
    assert found(text, "srb") == [(2016, 112.0, "target", "below")]


def test_near_miss_an_estimate_after_the_goals_lead_in_stays_a_projection():
    text = DATED + "今年全市人口工作的主要目标：全市常住人口预计将达到830万人左右。\n"
    assert found(text, "pop_resident") == [(2016, 830.0, "projection", "approx")]


def test_near_miss_an_experts_jiang_and_a_contrast_after_the_demand_stay_forecasts():
    assert found(DATED + "专家表示，今年全市常住人口将达到812万人。\n", "pop_resident") == [(2016, 812.0, "projection", "none")]
    text = DATED + "会议提出，到2020年，全市常住人口控制在850万人以内，但照目前的势头，届时将突破900万人。\n"
    assert found(text, "pop_resident") == [(2020, 850.0, "target", "le"), (2020, 900.0, "projection", "gt")]


def test_near_miss_a_studys_report_or_a_trend_named_after_the_demand_stays_a_projection():
    # review of brief at: any 报告 is no demand (a research report's 将 forecasts), and a trend named after a demand forecasts
    assert found(DATED + "报告提出，到2030年全县常住人口将达到61万人。\n", "pop_resident") == [(2030, 61.0, "projection", "none")]
    text = DATED + "会议提出，按照目前的趋势，到2030年全县常住人口将达到61万人。\n"
    assert found(text, "pop_resident") == [(2030, 61.0, "projection", "none")]
    text = DATED + "县政府工作报告提出，今年全县常住人口将达到61万人。\n"
    assert found(text, "pop_resident") == [(2016, 61.0, "target", "none")]


# -- the same forms in a traditional-character mirror with pinyin glosses (會(huì)議, 萬(wàn)) ------------------------------------

def test_a_meetings_demand_and_bare_policy_compliance_in_a_glossed_traditional_mirror():
    text = "發佈時間：2016-04-10\n會(huì)議要求，全年出生人口控制在5萬(wàn)人以內，政策符合率達(dá)90%以上。\n"
    assert found(text, "births") == [(2016, 5.0, "target", "le")]
    assert found(text, "family_planning_rate") == [(2016, 90.0, "target", "above")]


def test_near_miss_a_sentence_citing_last_years_work_points_leaves_the_pages_year():
    # review of brief at: a mention of the year's work points in a sentence is no title, and never re-dates a dated page
    text = ("某市召开2017年人口计生工作会议\n发布时间：2017-03-20\n会议指出，《2016年全市人口计生工作要点》提出的各项任务已全面完成。\n"
            "会议要求，今年全市人口出生率控制在11.8‰以内，政策符合率达到91%以上。\n")
    assert found(text, "birth_rate") == [(2017, 11.8, "target", "le")]
    text = DATED + "2015年全县人口计生工作目标全面完成，出生人口性别比逐年下降。\n会议确定，今年全县人口出生率控制在11.6‰以内。\n"
    assert found(text, "birth_rate") == [(2016, 11.6, "target", "le")]
    text = DATED + "去年，全县超额完成了市政府下达的2015年人口计生工作目标，人口出生率为11.3‰。\n今年全县人口出生率控制在11.7‰以内。\n"
    assert found(text, "birth_rate") == [(2015, 11.3, "baseline", "none"), (2016, 11.7, "target", "le")]
