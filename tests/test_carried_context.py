"""The year and the indicator of a number whose own sentence does not state them, carried from the text around it
(brief ctx), on invented sentences: each rule's form, and a near-miss that must not take the carried year or indicator."""

from __future__ import annotations

from probe_rows import rows


def found(text: str, indicator: str) -> list[tuple]:
    return [(year, value, kind) for code, _, year, value, kind, _ in rows(text) if code == indicator]


# -- a text that sets goals for one year only: its goals without a year are that year's ------------------------------

#: A press report: the goal year in the first paragraph, the document's goals in the next without it.
ONE_GOAL_YEAR = (
    "记者从肇庆市政府新闻发布会上获悉，到2025年，肇庆将建成粤港澳大湾区西部的重要节点城市。\n"
    "此前，肇庆市印发了《关于推进新型城镇化的意见》。《意见》提出，全市常住人口达到450万人，常住人口城镇化率达到55%左右。\n"
)


def test_the_goals_of_a_text_of_one_goal_year_take_that_year():
    assert found(ONE_GOAL_YEAR, "pop_resident") == [(2025, 450.0, "target")]
    assert found(ONE_GOAL_YEAR, "urbanization_resident") == [(2025, 55.0, "target")]


#: A list of items under a lead line whose only year is the goal year (the items say none).
ONE_GOAL_YEAR_LIST = (
    "到2025年，建成区域性先进制造业基地。\n"
    "经济社会发展主要任务\n"
    "1 优化空间布局，提升城市能级\n"
    "■ 常住人口总量控制在620万以内\n"
    "■ 城市公交线路总长达到900公里\n"
)


def test_the_items_under_a_text_of_one_goal_year_take_that_year():
    assert found(ONE_GOAL_YEAR_LIST, "pop_resident") == [(2025, 620.0, "target")]


def test_near_miss_goals_for_two_years_leave_a_yearless_goal_undated():
    text = ONE_GOAL_YEAR.replace("到2025年，肇庆将建成", "到2025年，肇庆将基本建成、到2035年全面建成")
    assert found(text, "pop_resident") == []


def test_near_miss_a_later_year_written_without_goal_words_leaves_it_undated():
    # 2030年 is written as a figure's year, not with 到: the text is not of one goal year
    text = ONE_GOAL_YEAR + "2030年全市常住人口城镇化率为60%。\n"
    assert found(text, "pop_resident") == []


def test_near_miss_this_year_in_an_undated_text_is_not_the_goal_year():
    text = ONE_GOAL_YEAR.replace("《意见》提出，全市常住人口达到450万人", "今年全市常住人口达到450万人")
    assert found(text, "pop_resident") == []


# -- a title naming a five-year period's goals: the items below are of the period's end, not the longer plan's --------

PERIOD_GOALS = (
    "惠州市人口发展规划（2021—2035年）\n"
    "（二）“十四五”时期主要目标\n"
    "1.常住人口控制在640万人以内；\n"
    "2.人均预期寿命达到81岁。\n"
)


def test_items_under_a_title_of_a_five_year_periods_goals_are_of_its_end():
    assert found(PERIOD_GOALS, "pop_resident") == [(2025, 640.0, "target")]
    assert found(PERIOD_GOALS, "life_expectancy") == [(2025, 81.0, "target")]


def test_an_unnumbered_title_of_a_periods_goals_dates_its_items_too():
    text = "惠州市人口发展规划（2021—2035年）\n“十四五”时期人口发展主要目标\n■ 常住人口控制在640万人以内\n■ 人均预期寿命达到81岁\n"
    assert found(text, "life_expectancy") == [(2025, 81.0, "target")]


def test_the_next_title_without_a_period_ends_the_periods_year():
    text = PERIOD_GOALS + "（三）远景目标\n1.常住人口控制在700万人以内。\n"
    assert found(text, "pop_resident") == [(2025, 640.0, "target"), (2035, 700.0, "target")]


def test_near_miss_a_review_of_a_periods_goals_is_no_title_of_goals_ahead():
    text = PERIOD_GOALS.replace("（2021—2035年）", "（2026—2035年）").replace("主要目标", "主要目标完成情况")
    assert (2025, 640.0, "target") not in found(text, "pop_resident")
    assert all(year != 2025 or kind != "target" for year, _, kind in found(text, "life_expectancy"))


def test_near_miss_a_periods_achievements_keep_the_record_year():
    text = "惠州市人口发展规划（2021—2035年）\n（一）“十三五”时期主要成就\n1.常住人口达到600万人；\n2.人均预期寿命达到80岁。\n"
    assert found(text, "pop_resident") == [(2020, 600.0, "baseline")]


# -- a lead-in that names this year's goals, its items on the lines below: the page's year, goals -----------------------

MEETING = "博罗县召开人口和计划生育工作会议\n2019年3月12日\n"
THIS_YEARS_GOALS = MEETING + "今年全县人口和计划生育工作目标是：\n1.常住人口城镇化率达到67.5%左右；\n2.常住人口控制在105.3万人以内；\n"


def test_items_under_this_years_goals_are_the_pages_year_and_goals():
    assert found(THIS_YEARS_GOALS, "urbanization_resident") == [(2019, 67.5, "target")]
    assert found(THIS_YEARS_GOALS, "pop_resident") == [(2019, 105.3, "target")]


def test_near_miss_this_years_goals_in_an_undated_page_have_no_year():
    assert rows(THIS_YEARS_GOALS.replace("2019年3月12日\n", "")) == []


def test_near_miss_so_far_this_year_is_no_lead_of_goals():
    text = MEETING + "今年以来，全县人口和计划生育工作主要指标如下：\n1.人口出生率为11.2‰；\n2.常住人口城镇化率达到66%；\n"
    assert all(year != 2019 for year, _, _ in found(text, "urbanization_resident"))


def test_near_miss_last_years_indicators_under_a_lead_are_records():
    text = MEETING + "去年全县人口和计划生育工作主要指标是：\n1.人口出生率为11.2‰；\n2.常住人口城镇化率达到66%；\n"
    assert found(text, "urbanization_resident") == [(2018, 66.0, "baseline")]



# -- a lead-in of a year's work goals without its year, in a dated page of no plan period: the page's year ------------

WORK_MEETING = "惠州市召开人口和计划生育工作会议\n发布时间：2019-02-26 10:00\n"
WORK_GOALS_LIST = "全市人口计生工作目标是：\n（一）人口出生率控制在13‰以内；\n（二）政策生育率达到90%以上。\n"


def test_a_lead_in_of_the_years_work_goals_without_a_year_is_the_pages_year():
    text = WORK_MEETING + WORK_GOALS_LIST
    assert found(text, "birth_rate") == [(2019, 13.0, "target")]
    assert found(text, "family_planning_rate") == [(2019, 90.0, "target")]


def test_near_miss_a_plans_main_goals_without_a_year_are_not_the_pages():
    text = WORK_MEETING + WORK_GOALS_LIST.replace("全市人口计生工作目标是", "全市人口发展的主要目标是")
    assert all(year != 2019 for year, _, _ in found(text, "birth_rate") + found(text, "family_planning_rate"))


def test_near_miss_work_goals_in_an_undated_page_have_no_year():
    assert all(year != 2019 for _, _, year, _, _, _ in rows("惠州市召开人口和计划生育工作会议\n" + WORK_GOALS_LIST))


def test_near_miss_work_goals_in_a_plan_of_a_period_take_its_end():
    text = "惠州市人口发展规划（2021—2025年）\n" + WORK_GOALS_LIST
    assert found(text, "birth_rate") == [(2025, 13.0, "target")]


# -- the number of an item in a list run on in one line is no value of the item before it ----------------------------

def test_an_items_number_after_a_bare_ratio_is_not_its_value():
    text = MEETING + "今年全县人口和计划生育工作目标是：1、出生人口性别比下降到106以下；2、总和生育率保持在1.6左右；3、常住人口城镇化率达到67.7%左右。\n"
    assert found(text, "srb") == [(2019, 106.0, "target")]
    assert found(text, "tfr") == [(2019, 1.6, "target")]


def test_near_miss_a_bare_value_before_a_comma_of_enumeration_is_kept():
    text = MEETING + "2018年全县出生人口性别比为108、总和生育率为1.6。\n"
    assert found(text, "srb") == [(2018, 108.0, "baseline")]



# -- the whole year or its end without a year, in a goal of a dated page: the page's year (brief ctx, found blind) -----

PHONE_MEETING = "某某省召开人口和计划生育工作电视电话会议\n发布时间：2012-09-20 09:30\n"


def test_a_bare_whole_year_or_year_end_in_a_goal_is_the_pages_year():
    text = PHONE_MEETING + "会议提出，年末全省总人口力争控制在4630万人以内。会议要求，务必使全年人口自然增长率稳定在5.8‰以下。\n"
    assert found(text, "pop_resident") == [(2012, 4630.0, "target")]
    assert found(text, "natural_growth_rate") == [(2012, 5.8, "target")]


def test_near_miss_a_bare_whole_year_in_an_undated_page_has_no_year():
    text = "某某省召开人口和计划生育工作电视电话会议\n会议要求，务必使全年人口自然增长率稳定在5.8‰以下。\n"
    assert rows(text) == []


def test_near_miss_a_record_of_the_whole_year_is_not_the_pages_year():
    text = PHONE_MEETING + "据统计，全年全省出生人口52.4万人，年末常住人口4590万人。\n"
    assert found(text, "births") == [(2011, 52.4, "baseline")]


def test_near_miss_a_year_written_before_the_year_end_keeps_it():
    text = PHONE_MEETING + "2011年全省常住人口4580万人，年末常住人口力争控制在4650万人以内。\n"
    assert all(year == 2011 for year, _, _ in found(text, "pop_resident"))


# -- goals announced at a paragraph's end, listed in the next: goals whatever their verb (brief ctx, found blind) ------

ANNOUNCED = "博罗县召开人口和计划生育工作会议\n2018年2月26日\n会议总结了去年的工作，确定了今年全县人口和计划生育工作目标。\n"


def test_the_values_after_an_announcement_of_the_years_goals_are_goals():
    text = ANNOUNCED + "常住人口城镇化率达到66.2%左右，常住人口控制在103.3万人以内。\n"
    assert found(text, "urbanization_resident") == [(2018, 66.2, "target")]


def test_near_miss_a_record_after_the_announcement_stays_a_record():
    text = ANNOUNCED + "据统计，全县常住人口城镇化率达到65.2%。\n"
    assert found(text, "urbanization_resident") == [(2017, 65.2, "baseline")]



# -- 今年 in an earlier year's report quoted: that report's year, not the page's ------------------------------------

REVIEW_PAGE = "惠州市人口工作回顾\n发布时间：2020-05-20 10:00\n"


def test_this_year_in_an_earlier_years_report_quoted_is_that_year():
    text = REVIEW_PAGE + "2015年，市政府工作报告提出，今年全市常住人口控制在480万人以内。\n"
    assert [year for year, _, _ in found(text, "pop_resident")] == [2015]


def test_this_year_in_a_speech_of_an_earlier_year_is_that_year():
    text = REVIEW_PAGE + "回顾2015年，时任市长在政府工作报告中表示，今年全市人口自然增长率控制在7‰以内。\n"
    assert [year for year, _, _ in found(text, "natural_growth_rate")] == [2015]


def test_near_miss_a_records_year_before_the_report_is_not_its_time():
    text = REVIEW_PAGE + "2019年全市常住人口478万人，市政府工作报告提出，今年全市常住人口控制在490万人以内。\n"
    assert found(text, "pop_resident") == [(2019, 478.0, "baseline"), (2020, 490.0, "target")]


def test_near_miss_a_report_without_a_year_speaks_of_the_pages_year():
    text = REVIEW_PAGE + "市政府工作报告提出，今年全市常住人口控制在490万人以内。\n"
    assert found(text, "pop_resident") == [(2020, 490.0, "target")]



# -- an indicator stated for one place, then a sentence of another place's value only --------------------------------

HUIZHOU_PLAN = "惠州市人口发展规划（2021—2025年）\n"


def test_a_place_and_its_value_after_another_places_level_is_of_the_same_indicator():
    text = HUIZHOU_PLAN + "2020年，全国常住人口城镇化率为63.9%。全市为72.1%。\n"
    assert [(entity, year, value) for code, entity, year, value, _, _ in rows(text) if code == "urbanization_resident"] == [
        ("中国", 2020, 63.9), ("惠州市", 2020, 72.1)]


def test_a_named_city_then_our_city():
    text = HUIZHOU_PLAN + "2020年，广州市人口自然增长率为8.1‰。我市为6.2‰。\n"
    assert ("惠州市", 2020, 6.2) in [(entity, year, value) for code, entity, year, value, _, _ in rows(text) if code == "natural_growth_rate"]


def test_near_miss_two_indicators_before_leave_the_place_value_unread():
    text = HUIZHOU_PLAN + "2020年，全国常住人口城镇化率为63.9%，人均预期寿命77.9岁。全市为72.1%。\n"
    assert all(value != 72.1 for _, _, _, value, _, _ in rows(text))


def test_near_miss_a_value_in_another_unit_is_not_the_indicators():
    text = HUIZHOU_PLAN + "2020年，全国常住人口城镇化率为63.9%。全市为480万人。\n"
    assert all(value != 480 for _, _, _, value, _, _ in rows(text))


def test_near_miss_a_place_that_names_its_own_indicator_keeps_it():
    text = HUIZHOU_PLAN + "2020年，广州市常住人口城镇化率为86.2%。全市出生人口7.6万人。\n"
    assert found(text, "births") == [(2020, 7.6, "baseline")]
    assert all(value != 7.6 for _, value, _ in found(text, "urbanization_resident"))


# -- the generated check of carried forms (benchmarks/carried_forms.py): a fixed sample ------------------------------

def test_a_fixed_sample_of_the_generated_carried_forms_is_read_whole():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import carried_forms
    from forms_grammar import read, score

    batch = carried_forms.samples(180, seed=7)
    found_rows = read(batch)
    misses = [(sample.ident, sample.factors, note) for sample in batch for note in score(sample, found_rows.get(sample.ident)).notes]
    assert {sample.factors["form"] for sample in batch} == set(carried_forms.FORMS)
    assert misses == []


# -- review findings (brief fx): invented near-misses of the carried-context rules -----------------------------------

PRESS = "某某市人民政府新闻办公室新闻发布会\n发布时间：2021-03-05 10:00\n"


def test_near_miss_the_year_end_in_a_plan_of_a_period_is_not_the_pages_year():
    text = "某某市人口发展规划（2021—2025年）\n发布时间：2021-06-05\n规划期内，全市年末常住人口将控制在1300万人以内，常住人口城镇化率达到75%。\n"
    assert found(text, "pop_resident") == [(2025, 1300.0, "target")]
    assert found(text, "urbanization_resident") == [(2025, 75.0, "target")]


def test_near_miss_all_ages_is_not_the_whole_year():
    text = "某某市人口发展规划（2021—2035年）\n发布时间：2021-06-05\n完善覆盖全年龄段的健康服务体系，力争人均预期寿命达到80岁。\n"
    assert found(text, "life_expectancy") == [(2035, 80.0, "target")]


def test_near_miss_all_ages_in_a_dated_page_of_no_plan_gives_no_year():
    text = PRESS + "健全覆盖全年龄段的服务体系，力争人均预期寿命达到80岁。\n"
    assert all(year != 2021 for year, _, _ in found(text, "life_expectancy"))


def test_near_miss_a_forecast_in_another_clause_does_not_date_the_whole_years_record():
    text = "某某市2020年国民经济和社会发展统计公报\n发布时间：2021-03-05\n全年出生人口8.2万人，出生率为8.1‰；年末常住人口820万人，预计将继续增长。\n"
    assert all(year != 2021 for _, _, year, _, _, _ in rows(text))  # was three rows of 2021; none or 2020 is right


def test_near_miss_nearly_is_no_goal_and_the_year_before_is_carried():
    text = PRESS + "2020年全市出生人口9.1万人。年末全市常住人口将近820万人。\n"
    assert all(year != 2021 for year, _, _ in found(text, "pop_resident"))


def test_near_miss_an_expected_year_end_of_a_record_is_not_a_goal_of_the_pages_year():
    text = PRESS + "据统计，全年全市出生人口8.2万人，年末常住人口预计将近820万人。\n"
    assert all(year != 2021 for year, _, _ in found(text, "pop_resident"))


def test_near_miss_a_year_carried_from_the_sentence_before_keeps_the_year_end():
    text = PRESS + "2020年全市出生人口9.1万人。年末全市常住人口力争控制在830万人以内。\n"
    assert all(year != 2021 for year, _, _ in found(text, "pop_resident"))


def test_the_whole_year_goal_in_its_own_clause_is_still_the_pages_year():
    text = PRESS + "会议要求，全市上下务必使全年人口自然增长率稳定在5‰以下。\n"
    assert found(text, "natural_growth_rate") == [(2021, 5.0, "target")]


def test_near_miss_since_a_year_reports_are_no_time_of_speaking():
    text = PRESS + "2016年以来，市政府工作报告多次提出，今年全市常住人口城镇化率要达到70%。\n"
    assert [year for year, _, _ in found(text, "urbanization_resident")] == [2021]


def test_near_miss_the_spirit_of_a_years_conference_is_its_subject():
    text = PRESS + "会议传达了2020年中央经济工作会议精神，要求今年全市常住人口城镇化率达到70%。\n"
    assert [year for year, _, _ in found(text, "urbanization_resident")] == [2021]


def test_near_miss_a_plenum_that_set_goals_then_this_years_own_goal():
    text = PRESS + "2020年10月召开的党的十九届五中全会明确提出了新的目标，今年全市要确保常住人口城镇化率达到70%。\n"
    assert found(text, "urbanization_resident") == [(2021, 70.0, "target")]


def test_near_miss_a_plans_period_in_a_reports_title_is_no_time_of_speaking():
    text = PRESS + "《某某市人口发展规划（2016—2020年）》实施情况的评估报告指出，今年全市常住人口城镇化率将达到70%。\n"
    assert [year for year, _, _ in found(text, "urbanization_resident")] == [2021]


def test_near_miss_a_years_summary_meeting_is_about_that_year_not_held_in_it():
    text = PRESS + "市委书记在2020年度总结大会上的讲话中强调，去年全市常住人口达到850万人。\n"
    assert [year for year, _, _ in found(text, "pop_resident")] == [2020]


def test_this_year_in_a_speech_dated_by_its_day_is_that_year():
    text = PRESS + "2018年3月2日，市长在全市人口工作会议上强调，今年全市常住人口力争达到800万人。\n"
    assert [year for year, _, _ in found(text, "pop_resident")] == [2018]


def test_near_miss_a_five_year_periods_work_goals_are_of_its_end():
    text = "某某市卫健委新闻\n发布时间：2016-03-05\n“十三五”时期全市人口计生工作的主要目标是：\n1.常住人口控制在850万人以内；\n2.人口自然增长率控制在6‰以内。\n"
    assert all(year != 2016 for year, _, _ in found(text, "pop_resident"))


def test_near_miss_a_past_periods_indicators_are_no_goals_of_the_pages_year():
    text = "某某市卫健委新闻\n发布时间：2016-01-20\n“十二五”期间全市人口计生工作的主要指标是：\n1.常住人口为838万人；\n2.人口自然增长率为5.6‰。\n"
    assert all(year != 2016 and kind != "target" for year, _, kind in found(text, "pop_resident"))


def test_near_miss_the_past_five_years_indicators_are_no_goals():
    text = "某某市卫健委新闻\n发布时间：2016-03-05\n过去五年，全市人口计生工作的主要指标是：\n1.常住人口由800万人增加到840万人；\n2.人口自然增长率为5.8‰。\n"
    assert all(kind != "target" for _, _, kind in found(text, "pop_resident"))


def test_near_miss_the_goals_fulfilment_is_a_record():
    text = "某某市卫健委新闻\n发布时间：2016-01-20\n全市人口计生工作目标完成情况如下：\n1.常住人口为838万人；\n2.人口自然增长率为5.6‰。\n"
    assert all(kind != "target" and year != 2016 for year, _, kind in found(text, "pop_resident"))


def test_near_miss_a_place_value_after_a_sentence_of_two_years_is_not_the_later_years():
    text = PRESS + "全国常住人口城镇化率2020年为63.9%，2025年将达到65%。全市为72.1%。\n"
    assert all((year, kind) != (2025, "target") for code, _, year, value, kind, _ in rows(text) if value == 72.1)


def test_a_place_value_after_a_sentence_of_one_year_still_takes_it():
    text = PRESS + "全国常住人口城镇化率2020年为63.9%。全市为72.1%。\n"
    assert ("urbanization_resident", 2020, 72.1) in [(code, year, value) for code, _, year, value, _, _ in rows(text)]


def test_this_year_in_a_speech_at_a_meeting_of_an_earlier_year_is_that_year():
    text = PRESS + "市长在2019年全市人口工作会议上的讲话中指出，今年全市常住人口力争达到800万人。\n"
    assert [year for year, _, _ in found(text, "pop_resident")] == [2019]


def test_near_miss_work_goals_under_a_lead_of_a_year_keep_that_year():
    text = "某某市卫健委新闻\n发布时间：2016-03-05\n（二）“十三五”时期主要目标\n全市人口计生工作目标是：\n1.常住人口控制在850万人以内；\n"
    assert found(text, "pop_resident") == [(2020, 850.0, "target")]
