"""Forms of time, kind and cut-off from the second handout of the held-out part (brief gt, ``forms_Bd.md``), on invented
sentences: a monitoring or mid-term report of an older plan (form 1) — and a near-miss for each form that must not be read,
or must be read differently. Places are placeholders (某某省, 某某市, 某某区) and every figure is made up (review of gt,
finding 9: no sentence repeats the handout's)."""

from __future__ import annotations

from analysis.extract.stage import extract_documents
from probe_rows import document, rows


def found(text: str, indicator: str) -> list[tuple]:
    return [(int(year), float(value), kind, qualifier) for code, _, year, value, kind, qualifier in rows(text) if code == indicator]


def cutoff(text: str) -> int | None:
    plans = extract_documents([document(text)]).plans
    value = plans["cutoff_year"].iloc[0]
    return None if value != value else int(value)


# -- form 1: a monitoring or mid-term report of an older plan reports, it does not plan ----------------------------------

FINAL_REPORT = ("《某某省妇女发展规划(2011—2020年)》终期统计监测报告\n某某省统计局 2021 年 10 月\n3. 女性人均预期寿命超过79岁。\n"
                "2020 年,全省孕产妇死亡率为 12.6/10 万。\n")


def test_a_final_monitoring_report_dated_by_its_month_observes_its_latest_year():
    assert cutoff(FINAL_REPORT) == 2020
    assert found(FINAL_REPORT, "life_expectancy_female") == [(2020, 79.0, "baseline", "gt")]
    assert found(FINAL_REPORT, "mmr") == [(2020, 12.6, "baseline", "none")]


def test_an_undated_mid_term_review_observes_its_year_end():
    text = "某某省人民政府关于“十二五”规划纲要实施中期评估的报告\n评估显示,2012年末全省常住人口4826万人。\n"
    assert cutoff(text) == 2012
    assert found(text, "pop_resident") == [(2012, 4826.0, "baseline", "none")]


def test_a_mid_term_monitoring_report_reads_a_year_reached_as_observed():
    text = "《某某省儿童发展规划(2011—2020年)》中期统计监测报告\n2015年全省九年义务教育巩固率达到92.5%。\n"
    assert cutoff(text) == 2015
    assert found(text, "compulsory_edu_retention") == [(2015, 92.5, "baseline", "none")]


def test_a_mid_term_account_of_a_plan_is_a_report():
    text = "某某省“十二五”规划纲要实施中期情况\n2013年末全省常住人口3874万人,常住人口城镇化率51.23%。\n"
    assert cutoff(text) == 2013
    assert found(text, "urbanization_resident") == [(2013, 51.23, "baseline", "none")]


def test_near_miss_the_plan_itself_sets_a_target():
    text = "《某某省儿童发展规划(2011—2020年)》\n到2020年九年义务教育巩固率达到93%。\n"
    assert found(text, "compulsory_edu_retention") == [(2020, 93.0, "target", "none")]


def test_near_miss_a_forecast_in_a_mid_term_report_is_a_projection_and_sets_no_cut_off():
    text = ("《某某省儿童发展规划(2011—2020年)》中期统计监测报告\n2015年全省九年义务教育巩固率达到92.5%。"
            "预计到2020年末全省九年义务教育巩固率达到95.5%。\n")
    assert cutoff(text) == 2015
    assert found(text, "compulsory_edu_retention") == [(2015, 92.5, "baseline", "none"), (2020, 95.5, "projection", "none")]


def test_near_miss_a_plan_that_schedules_its_mid_term_review_is_no_report():
    text = ("《某某省儿童发展规划(2011—2020年)》\n2015年组织开展规划中期评估。\n2012年,全省九年义务教育巩固率为89%。"
            "到2020年九年义务教育巩固率达到93%。\n")
    assert cutoff(text) == 2010


def test_near_miss_a_month_after_words_that_are_no_signing_body_still_starts_the_sentence():
    text = FINAL_REPORT.replace("某某省统计局 2021 年 10 月", "截至2021年10月")
    assert found(text, "life_expectancy_female") == [(2021, 79.0, "baseline", "gt")]


# -- form 6 (time): a level stated before a clause that reports a plan's goal met stays observed ---------------------------

PRESS_2015 = "发布时间：2015-04-22\n2014年末，全市常住人口483万人。\n"


def test_a_level_before_a_goal_met_early_is_observed():
    text = PRESS_2015 + "全市常住人口城镇化率已达53.7%,提前完成“十二五”规划确定的城镇化率51%的目标。\n"
    assert (2014, 53.7, "baseline", "none") in found(text, "urbanization_resident")


def test_a_level_before_a_goal_met_without_its_figure_is_observed():
    text = PRESS_2015 + "全市常住人口城镇化率达到56%,完成了规划目标。\n"
    assert found(text, "urbanization_resident") == [(2014, 56.0, "baseline", "none")]


def test_near_miss_a_goal_still_to_be_met_early_keeps_the_level_from_the_present():
    text = PRESS_2015 + "全市常住人口城镇化率达到56%,力争提前完成“十二五”规划目标。\n"
    assert [row for row in found(text, "urbanization_resident") if row[2] == "baseline"] == []


def test_near_miss_a_level_with_a_goal_year_stays_its_target():
    text = PRESS_2015 + "到2015年全市常住人口城镇化率达到56%,提前完成“十二五”规划目标。\n"
    assert found(text, "urbanization_resident") == [(2015, 56.0, "target", "none")]


# -- form 9: 到YYYY年 + 已经 in a retrospective is observed; the year a goal was set is past ---------------------------------

def test_a_goal_year_reached_with_already_is_observed_and_the_year_a_goal_was_set_is_past():
    text = ("2006年某某市提出的人口目标是到2020年常住人口不超过820万;据市统计局数据,到2012年全市常住人口已经达到846万,"
            "其中流动人口173万。\n")
    assert cutoff(text) == 2012
    assert found(text, "pop_resident") == [(2012, 846.0, "baseline", "none"), (2020, 820.0, "target", "le")]
    assert found(text, "pop_floating") == [(2012, 173.0, "baseline", "none")]


def test_near_miss_a_goal_year_reached_with_will_is_no_record():
    text = "某某市提出的人口目标是到2020年常住人口不超过820万;到2012年全市常住人口将达到846万。2008年末全市常住人口为790万。\n"
    assert cutoff(text) == 2008
    assert (2012, 846.0, "projection", "none") in found(text, "pop_resident")


def test_near_miss_a_years_own_goal_is_still_a_goal_year():
    text = "2013年全市目标是常住人口控制在830万以内。2012年末全市常住人口为812万。\n"
    assert cutoff(text) == 2012
    assert (2013, 830.0, "target", "le") in found(text, "pop_resident")


# -- form 11: 年内 after 明年 is within next year ------------------------------------------------------------------------

def test_within_the_year_after_next_year_is_next_year():
    text = "发布时间：2018-12-14\n某某区提出,明年争取年内将常住人口压减到96万人以内。\n"
    assert found(text, "pop_resident") == [(2019, 96.0, "target", "le")]


def test_near_miss_within_this_year_is_the_reports_year():
    text = "发布时间：2018-12-14\n某某区提出,今年年内常住人口降至98万人以内。\n"
    assert found(text, "pop_resident") == [(2018, 98.0, "target", "le")]


def test_near_miss_within_the_year_after_a_sentence_end_is_the_reports_year():
    text = "发布时间：2018-12-14\n明年全区任务更加艰巨。年内常住人口降至98万人以内。\n"
    assert found(text, "pop_resident") == [(2018, 98.0, "target", "le")]


# -- form 4 (damaged punctuation): a comma left before a full stop ---------------------------------------------------------

def test_a_lead_of_a_years_goals_ending_with_a_damaged_stop_still_dates_its_list():
    text = ("发布时间：2017-01-18\n政府工作报告提出了2017年全县经济社会发展的主要预期目标,。\n"
            "主要预期目标是:地区生产总值增长7.5%;城镇登记失业率控制在3.8%以内;人口自然增长率控制在7.2‰,。以内。\n")
    assert found(text, "unemployment_rate_registered") == [(2017, 3.8, "target", "le")]
    assert found(text, "natural_growth_rate") == [(2017, 7.2, "target", "le")]


def test_near_miss_a_damaged_stop_before_another_sentence_still_ends_the_first():
    text = "发布时间：2017-01-18\n2016年末全县人口自然增长率为6.4‰,。2017年全县人口自然增长率控制在7.2‰以内。\n"
    assert found(text, "natural_growth_rate") == [(2016, 6.4, "baseline", "none"), (2017, 7.2, "target", "le")]


# -- form 4: the year of a plan's lead sentence is carried to the ——items below it -----------------------------------------

LEAD = "发布时间：2021-05-26\n城镇化率达61%左右\n《规划》明确,到2025年,某某省将构建新型城镇化格局。\n"


def test_the_dash_items_below_a_plans_lead_sentence_take_its_year():
    text = LEAD + "——城镇化质量稳步提高。全省常住人口城镇化率达到61%左右,户籍人口城镇化率达到43%左右。\n"
    assert found(text, "urbanization_hukou") == [(2025, 43.0, "target", "approx")]
    # the subheading repeating the item's value is read as the item is
    assert found(text, "urbanization_resident") == [(2025, 61.0, "target", "approx")] * 2


def test_near_miss_a_dash_item_with_its_own_year_keeps_it():
    text = LEAD.replace("城镇化率达61%左右\n", "") + "——2020年,全省常住人口城镇化率为54%。\n"
    assert found(text, "urbanization_resident") == [(2020, 54.0, "baseline", "none")]


def test_near_miss_the_lead_year_ends_with_the_dash_items():
    text = LEAD.replace("城镇化率达61%左右\n", "") + "——全省常住人口城镇化率达到61%左右。\n全省户籍人口城镇化率为37%。\n"
    assert found(text, "urbanization_hukou") == [(2020, 37.0, "baseline", "none")]


def test_near_miss_a_lead_sentence_of_no_plan_dates_no_dash_items():
    text = "发布时间：2021-05-26\n记者从发布会上了解到,到2025年,某某省将构建新型城镇化格局。\n——全省户籍人口城镇化率为37%。\n"
    assert found(text, "urbanization_hukou") == [(2020, 37.0, "baseline", "none")]


# -- form 3(b): the year of the text's own document number dates an undated notice ----------------------------------------

def test_the_own_document_number_under_the_title_dates_this_year():
    text = ("某某市人民政府办公室关于加强人口计划生育工作的通知\n某政办发〔2009〕41号\n各县、区人民政府：\n"
            "今年全市人口自然增长率控制在5.8‰以内。\n")
    assert found(text, "natural_growth_rate") == [(2009, 5.8, "target", "le")]


def test_the_own_document_number_closing_the_title_dates_this_year():
    text = "某某市人民政府办公室关于加强人口计划生育工作的通知(某政办发[2009]41号)\n今年全市人口自然增长率控制在5.8‰以内。\n"
    assert found(text, "natural_growth_rate") == [(2009, 5.8, "target", "le")]


def test_near_miss_a_higher_bodys_number_cited_in_a_sentence_dates_nothing():
    text = ("某某市人民政府办公室关于加强人口计划生育工作的通知\n各县、区人民政府：\n按照《某某省人民政府关于稳定低生育水平的意见》"
            "(某政发〔2006〕12号)要求，今年全市人口自然增长率控制在5.8‰以内。\n")
    assert found(text, "natural_growth_rate") == []


# -- form 10: a from–to pair under 过去五年 runs from the span's first year to the present ----------------------------------

PLAN_2016 = "《某某市“十三五”人口发展规划》\n发布时间：2016-09-02\n"


def test_a_from_to_pair_over_the_past_five_years_is_two_observed_levels():
    text = PLAN_2016 + "过去五年,全市人口自然增长率从7.3‰降至5.6‰。\n"
    assert found(text, "natural_growth_rate") == [(2010, 7.3, "baseline", "none"), (2015, 5.6, "baseline", "none")]


def test_a_from_to_pair_since_five_years_is_two_observed_levels():
    text = PLAN_2016 + "五年来,全市人均预期寿命由74.1岁提高到75.8岁。\n"
    assert found(text, "life_expectancy") == [(2010, 74.1, "baseline", "none"), (2015, 75.8, "baseline", "none")]


def test_near_miss_a_from_to_pair_with_a_goal_year_ends_in_a_target():
    text = PLAN_2016 + "到2020年,全市出生人口性别比从116.7下降到111。\n"
    assert (2020, 111.0, "target", "none") in found(text, "srb")


def test_near_miss_a_review_that_turns_ahead_is_left_alone():
    text = PLAN_2016 + "五年来,全市人口自然增长率从7.3‰降至5.6‰,今后要控制在6‰以内。\n"
    assert (2010, 7.3, "baseline", "none") not in found(text, "natural_growth_rate")


# -- form 6: a plan's goal restated as a noun phrase is a target of the plan's end ----------------------------------------

def test_a_goal_met_early_of_a_named_five_year_plan_is_its_end_years_target():
    text = PRESS_2015 + "全市常住人口城镇化率已达53.7%,提前完成“十二五”规划确定的城镇化率51%的目标。\n"
    assert found(text, "urbanization_resident") == [(2014, 53.7, "baseline", "none"), (2015, 51.0, "target", "none")]


def test_the_distance_to_the_goal_of_a_reports_plan_is_its_end_years_target():
    text = "《某某省儿童发展规划(2011—2020年)》中期统计监测报告\n2015年全省九年义务教育巩固率达到92.5%,距95%的规划目标还差2.5个百分点。\n"
    assert found(text, "compulsory_edu_retention") == [(2015, 92.5, "baseline", "none"), (2020, 95.0, "target", "none")]


def test_a_goal_stated_below_in_a_reports_plan_is_a_lt_target_of_its_end():
    text = "《某某省儿童发展规划(2011—2020年)》中期统计监测报告\n2015年,全省婴儿死亡率为6.3‰,低于9‰的规划目标。\n"
    assert found(text, "imr") == [(2015, 6.3, "baseline", "none"), (2020, 9.0, "target", "lt")]


def test_near_miss_two_goals_restated_together_give_no_one_value_to_both():
    text = "《某某省儿童发展规划(2011—2020年)》中期统计监测报告\n2015年,全省婴儿死亡率和5岁以下儿童死亡率两项指标均已低于9‰和12‰的规划目标。\n"
    assert found(text, "u5mr") == [] and (2015, 9.0, "target", "lt") not in found(text, "imr")


def test_near_miss_a_goal_of_no_plan_that_can_be_told_is_still_no_value():
    text = "发布时间：2016-11-08\n2015年,全省婴儿死亡率为6.3‰,低于9‰的规划目标。全省常住人口城镇化率为53%,低于规划目标2.1个百分点。\n"
    assert found(text, "imr") == [(2015, 6.3, "baseline", "none")]
    assert found(text, "urbanization_resident") == [(2015, 53.0, "baseline", "none")]


def test_near_miss_the_goal_of_a_plan_whose_period_is_over_is_no_value():
    text = "2021年某某市人民政府工作报告\n“十三五”规划确定的主要目标任务全面完成，常住人口城镇化率提前两年实现57%的目标。\n"
    assert found(text, "urbanization_resident") == []


# -- form 3(a): a first line that looks back on a period is no title --------------------------------------------------------

def test_a_retrospective_first_line_gives_way_to_the_plan_the_body_names():
    text = ("“十三五”时期,某某省新型城镇化建设成效明显,2020年全省常住人口城镇化率达到55.4%。\n"
            "《某某省“十四五”新型城镇化规划》明确,到2025年,全省常住人口城镇化率达到61%左右。\n")
    assert cutoff(text) == 2020
    assert found(text, "urbanization_resident") == [(2020, 55.4, "baseline", "none"), (2025, 61.0, "target", "approx")]


def test_near_miss_a_title_naming_a_period_without_a_figure_keeps_its_period():
    text = "“十三五”期间某某省新型城镇化规划\n到2020年,全省常住人口城镇化率达到55%。\n"
    assert cutoff(text) == 2015


# -- form 3(d): a cited release date of another body is not the page's date -------------------------------------------------

def test_a_cited_release_date_does_not_date_the_page():
    text = ("十三届全国人大四次会议举行新闻发布会\n大会新闻发布会于3月4日举行。\n2020年我国居民人均预期寿命已达77.3岁。\n"
            "某某省卫生健康委2020年8月26日发布的数据显示,全省孕产妇死亡率为13.2/10万。\n")
    assert cutoff(text) == 2020
    assert found(text, "life_expectancy") == [(2020, 77.3, "baseline", "none")]


def test_near_miss_the_pages_own_release_stamp_still_dates_it():
    text = "某某省卫生健康事业发展统计公报\n2020年8月26日发布\n2019年全省孕产妇死亡率为13.2/10万,人均预期寿命已达77.3岁。\n"
    assert cutoff(text) == 2019


def test_a_headlines_period_label_is_overruled_by_the_bodys_years():
    text = "“十三五”期间某某省人均预期寿命由76.3岁升至77.6岁\n发布时间：2020-07-15\n2015年至2019年底,全省人均预期寿命由76.3岁升至77.6岁。\n"
    assert sorted(set(found(text, "life_expectancy"))) == [(2015, 76.3, "baseline", "none"), (2019, 77.6, "baseline", "none")]


def test_near_miss_a_headlines_period_label_the_body_dates_at_its_end_keeps_that_year():
    text = "“十三五”期间某某省人均预期寿命将由76.3岁升至77.6岁\n发布时间：2016-07-15\n到2020年,全省人均预期寿命由76.3岁提高到77.6岁。\n"
    assert {row[0] for row in found(text, "life_expectancy") if row[1] == 77.6} == {2020}


# -- review of brief gt: right readings of the base kept -------------------------------------------------------------------

def test_review_a_plan_citing_another_plans_monitoring_report_stays_a_plan():
    # finding 1: a plan of its own (its title) whose first line cites an older plan's report is no report
    text = ("某某市人口发展规划（2016—2030年）\n“十二五”规划终期监测报告显示，全市人口发展总体平稳。\n"
            "2020年，全市常住人口城镇化率达到63%。\n2025年，全市常住人口达到640万人。\n")
    assert cutoff(text) == 2015
    assert found(text, "urbanization_resident") == [(2020, 63.0, "target", "none")]
    assert found(text, "pop_resident") == [(2025, 640.0, "target", "none")]


def test_review_a_scheme_for_a_mid_term_review_is_no_report():
    # finding 1: a title naming a task (…中期评估工作方案) names no report
    text = "某某县“十四五”人口发展规划中期评估工作方案\n2023年6月底前，完成评估报告初稿。\n2025年，全县常住人口达到43万人。\n"
    assert cutoff(text) == 2020
    assert found(text, "pop_resident") == [(2025, 43.0, "target", "none")]


def test_review_near_miss_a_report_cited_under_a_title_of_no_plan_is_still_a_report():
    text = "某某区人口发展情况\n《某某区人口发展规划(2016—2025年)》中期评估报告显示，2019年末全区常住人口87万人。\n"
    assert cutoff(text) == 2019
    assert found(text, "pop_resident") == [(2019, 87.0, "baseline", "none")]


def test_review_a_goal_compared_in_a_plan_before_its_period_is_no_goal_of_the_plan():
    # finding 2: the older plan is named in the sentence before; the text's own plan has not started
    text = ("某某市“十四五”人口发展规划\n“十三五”时期，全市人口发展取得显著成效。2020年，全市人口自然增长率为3.7‰，低于7‰的规划目标；"
            "常住人口城镇化率达到64%，超过61%的规划目标。\n")
    assert found(text, "natural_growth_rate") == [(2020, 3.7, "baseline", "none")]
    assert found(text, "urbanization_resident") == [(2020, 64.0, "baseline", "none")]


def test_review_near_miss_a_goal_compared_in_a_report_inside_its_plans_period_is_its_end_years_target():
    text = "某某市“十三五”人口发展规划实施中期评估报告\n2018年3月\n2017年末，全市常住人口城镇化率为57%，距61%的规划目标仅差4个百分点。\n"
    assert found(text, "urbanization_resident") == [(2017, 57.0, "baseline", "none"), (2020, 61.0, "target", "none")]


def test_review_a_year_whose_goals_are_to_be_met_is_a_goal_year_not_the_year_they_were_set():
    # finding 3: 2020年全面完成…规划确定的…目标 — the year the goals are met, not set
    text = "2015年全市常住人口为470万人。\n2020年全面完成“十三五”规划确定的人口发展目标，常住人口控制在520万人以内。\n"
    assert (2020, 520.0, "target", "le") in found(text, "pop_resident")


def test_review_near_miss_the_year_a_goal_was_set_is_still_past():
    text = "2010年市政府确定的人口目标是到2020年常住人口不超过520万人。2013年末全市常住人口为480万人。\n"
    assert (2020, 520.0, "target", "le") in found(text, "pop_resident")
    assert cutoff(text) == 2013


def test_review_a_years_work_points_title_outranks_its_document_number():
    # finding 4: points for a year are issued late in the year before; 今年 is the title's year
    text = "某某县2016年人口和计划生育工作要点\n某政办发〔2015〕33号\n今年全县人口自然增长率控制在7‰以内。\n"
    assert found(text, "natural_growth_rate") == [(2016, 7.0, "target", "le")]
    assert cutoff(text) == 2015


def test_review_a_years_targets_notice_closed_by_its_number_is_of_the_titles_year():
    text = "某某市人民政府关于印发某某市2014年人口计生工作目标的通知(某政发〔2013〕7号)\n今年全市人口自然增长率控制在6.5‰以内。\n"
    assert found(text, "natural_growth_rate") == [(2014, 6.5, "target", "le")]


def test_review_a_damaged_stop_before_a_sentence_opened_by_a_bound_word_keeps_the_stop():
    # finding 5: 以上/以下 opening the next sentence is no bound of the value before the stop
    above = "某某市2013年人口和计划生育工作总结\n2013年，全市常住人口达到415万人,。以上数据为初步统计数。\n"
    below = "某某市2013年人口和计划生育工作总结\n2013年，全市人口自然增长率为4.7‰,。以下分述各项工作。\n"
    assert [row[3] for row in found(above, "pop_resident")] == ["none"]
    assert [row[3] for row in found(below, "natural_growth_rate")] == ["none"]


def test_review_near_miss_a_damaged_stop_before_a_bound_that_ends_the_clause_still_joins_it():
    text = "发布时间：2016-02-10\n今年全市人口自然增长率控制在6.5‰,。以内。\n"
    assert found(text, "natural_growth_rate") == [(2016, 6.5, "target", "le")]


def test_review_a_long_clause_without_a_goal_met_is_read_in_linear_time():
    # finding 6: the clause of a goal met had two open runs; 9 K characters with no 目标 took 8.8 s (cubic)
    import time
    from analysis.extract.prose.not_values import without_goals_met
    line = "已完成规划任务城镇化率为58%" * 600
    started = time.process_time()
    assert without_goals_met(line) == line
    assert time.process_time() - started < 1.0
    # a goal met, named after its plan's title in book-title marks, is still blanked
    met = "城镇化率为61%，已提前实现《某某市新型城镇化规划（2014—2020年）》确定的60%的目标。"
    assert "目标" not in without_goals_met(met)


def test_review_a_signed_month_line_still_starts_an_unnumbered_line_below_it():
    # finding 7: a dated annual summary; 全年 below the month line is that year's (only a numbered heading is kept apart)
    text = "某某县2019年人口和计划生育工作总结\n某某县卫生健康局 2019年12月\n全年全县常住人口城镇化率达到47%。\n"
    assert [row[0] for row in found(text, "urbanization_resident")] == [2019]


def test_review_near_miss_a_numbered_heading_below_a_signed_month_line_is_the_reports_latest_year():
    text = ("《某某县妇女发展规划(2011—2020年)》终期统计监测报告\n某某县统计局 2021年9月\n（二）女性人均预期寿命超过80岁。\n"
            "2020年,全县孕产妇死亡率为10.4/10万。\n")
    assert found(text, "life_expectancy_female") == [(2020, 80.0, "baseline", "gt")]


def test_review_a_past_span_in_a_review_dated_years_after_its_cut_off_is_not_run_from_the_plans_base():
    # finding 8: a mid-term review of a 2021—2025 plan dated 2024; 过去三年 does not end at the plan's base year (2020)
    text = "某某县“十四五”规划纲要实施中期评估报告\n发布时间：2024-03-05\n过去三年，全县人均预期寿命由77.2岁提高到78.1岁。\n"
    assert [row for row in found(text, "life_expectancy") if row[0] in (2017, 2020)] == []


def test_review_near_miss_a_past_span_in_a_plan_dated_the_year_after_its_base_still_runs_to_the_base():
    text = "《某某县“十四五”卫生健康规划》\n发布时间：2021-08-16\n过去三年，全县人均预期寿命由77.2岁提高到78.1岁。\n"
    assert found(text, "life_expectancy") == [(2017, 77.2, "baseline", "none"), (2020, 78.1, "baseline", "none")]


def test_review_within_the_year_after_a_comma_is_the_reports_year():
    # finding 10: 年内 opening a clause of its own after 明年's clause is this year
    text = "发布时间：2019-07-09\n明年全市常住人口争取突破380万人，年内常住人口城镇化率达到58%。\n"
    assert found(text, "urbanization_resident") == [(2019, 58.0, "target", "none")]


def test_review_a_forwarded_texts_own_number_dates_its_body():
    # finding 4 (medium): the forwarding notice's number (〔2011〕) does not date the forwarded opinion (〔2010〕)
    text = ("某某县人民政府办公室转发县卫生局关于加强人口计生工作意见的通知\n某政办发〔2011〕9号\n县卫生局关于加强人口计生工作的意见\n"
            "某卫发〔2010〕27号\n今年全县人口自然增长率控制在6.8‰以内。\n")
    assert found(text, "natural_growth_rate") == [(2010, 6.8, "target", "le")]


def test_review_near_miss_a_forwarding_notice_with_only_its_own_number_is_of_that_year():
    text = "某某县人民政府办公室转发县卫生局关于加强人口计生工作意见的通知\n某政办发〔2011〕9号\n今年全县人口自然增长率控制在6.8‰以内。\n"
    assert found(text, "natural_growth_rate") == [(2011, 6.8, "target", "le")]


def test_review_a_headline_that_looks_ahead_over_a_period_is_still_a_title():
    # finding 11: 将达到 looks ahead; the headline is no retrospective first line
    text = "“十四五”时期，某某县常住人口城镇化率将达到57%\n发布时间：2021-04-02\n到2025年，全县常住人口城镇化率达到57%。\n"
    plans = extract_documents([document(text)]).plans
    assert "looks back" not in plans["cutoff_source"].iloc[0]
    assert cutoff(text) == 2020


def test_review_a_plans_lead_after_a_sentence_that_announces_it_dates_the_dash_items():
    # finding 12: the press form 日前，《…》印发。规划明确，到2025年，… opens the line with the announcement
    text = ("某某县新型城镇化规划出台\n发布时间：2021-06-18\n日前，《某某县新型城镇化规划（2021—2025年）》印发。规划明确，到2025年，"
            "全县城镇化质量明显提升。\n——常住人口城镇化率达到62%。\n")
    assert found(text, "urbanization_resident") == [(2025, 62.0, "target", "none")]


def test_review_near_miss_a_line_that_states_a_value_before_the_lead_dates_no_dash_items():
    text = ("某某县新型城镇化规划出台\n发布时间：2021-06-18\n去年全县常住人口城镇化率为55%。规划明确，到2025年，全县城镇化质量明显提升。\n"
            "——户籍人口城镇化率为41%。\n")
    assert found(text, "urbanization_hukou") == [(2020, 41.0, "baseline", "none")]


def test_review_a_mid_term_report_observes_no_year_from_its_periods_end():
    # finding 1: a goal sentence opened by the period's last year in a mid-term review restates a goal
    text = "某某县“十四五”人口发展规划中期评估报告\n2022年末全县常住人口为61.5万人。\n2025年，全县常住人口达到63万人。\n"
    assert cutoff(text) == 2022
    assert found(text, "pop_resident") == [(2022, 61.5, "baseline", "none"), (2025, 63.0, "target", "none")]


def test_review_near_miss_a_final_review_observes_its_periods_end():
    text = "某某县“十三五”人口发展规划终期评估报告\n2020年，全县常住人口达到58.2万人。\n"
    assert cutoff(text) == 2020
    assert found(text, "pop_resident") == [(2020, 58.2, "baseline", "none")]
