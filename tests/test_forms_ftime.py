"""Forms of time from the handout of the forms round (brief ftime), on invented sentences: partial-year figures
(截至6月末) are no levels (form 11); a year relative to the report's date (2022年初 = the year-end before, 到年底, 未来五年主要目标:
form 1); a later year statistics show is observed (form 7); the year in a plan's name (form 13); the base year of a change
(form 20) — and a near-miss for each that must not be read, or must be read differently."""

from __future__ import annotations

from analysis.extract.meta import HORIZON_NAME
from probe_rows import rows


def found(text: str, indicator: str) -> list[tuple]:
    return [(int(year), float(value), kind) for code, _, year, value, kind, _ in rows(text) if code == indicator]


DATED = "发布时间：2015-10-10\n"


# -- form 11: a figure over part of a year, its months without a year, is no level -------------------------------------

def test_a_count_and_rate_up_to_a_months_end_are_no_levels():
    text = DATED + "截至6月末，全市总人口312万人，出生1.6万人，出生率5.1‰。\n"
    assert rows(text) == []


def test_the_end_of_a_month_without_its_year_written_after_a_scope():
    text = DATED + "全市截至9月底，常住人口城镇化率为56.2%。\n"
    assert found(text, "urbanization_resident") == []


def test_near_miss_a_year_end_is_a_level():
    assert found(DATED + "截至2015年末全市总人口312万人。\n", "pop_resident") == [(2015, 312.0, "baseline")]


def test_near_miss_the_end_of_december_is_the_year_end():
    text = DATED + "2014年全市人口发展平稳。截至12月底，全市总人口312万人。\n"
    assert found(text, "pop_resident") == [(2014, 312.0, "baseline")]


def test_near_miss_a_year_end_goal_after_the_months_figure_is_read():
    text = DATED + "截至6月末，全市总人口312万人，年底力争控制在320万人以内。\n"
    assert found(text, "pop_resident") == [(2015, 320.0, "target")]


def test_near_miss_a_sentence_after_the_months_figure_keeps_its_own_year():
    text = DATED + "截至6月末，全市出生1.6万人。2014年末全市总人口310万人。\n"
    assert found(text, "pop_resident") == [(2014, 310.0, "baseline")]


def test_near_miss_the_end_of_a_month_dating_an_act_leaves_the_figure_alone():
    # the month-end is when the plan was issued or the reporter learnt it, not when the figure was counted
    text = "发布时间：2021-04-10\n今年3月底，省政府印发实施方案，明确到“十四五”末全省常住人口城镇化率达到65%。\n"
    assert found(text, "urbanization_resident") == [(2025, 65.0, "target")]
    text = "发布时间：2021-06-10\n5月底，记者从市统计局获悉，2020年全市常住人口为312万人。\n"
    assert found(text, "pop_resident") == [(2020, 312.0, "baseline")]


def test_a_months_end_cut_off_before_a_source_word_is_still_part_of_the_year():
    text = DATED + "截至6月末，据市统计局公布，全市总人口312万人。2014年末全市总人口310万人。\n"
    assert found(text, "pop_resident") == [(2014, 310.0, "baseline")]


def test_near_miss_last_years_end_as_a_base_of_comparison_is_no_whole_year():
    # 较上年末, 比去年底: the base of the change, so the level after it is still of the months, not of last year
    for text in ("截至9月底，全市常住人口较上年末增加1万人，达到312万人。", "截至9月底，全市常住人口比去年底增加1万人，总量达到312万人。"):
        assert found(DATED + text + "2014年末全市常住人口311万人。\n", "pop_resident") == [(2014, 311.0, "baseline")]
    assert found(DATED + "截至9月底，全市出生1.6万人，去年底全市常住人口为311万人。\n", "pop_resident") == [(2014, 311.0, "baseline")]


def test_this_years_months_end_is_part_of_the_year_too():
    assert found(DATED + "截至今年9月末，全市常住人口城镇化率为56.2%。\n", "urbanization_resident") == []


# -- form 1: a year told relative to the report's date ----------------------------------------------------------------

def test_a_stock_at_the_start_of_a_year_is_the_year_end_before():
    text = "发布时间：2022-05-01\n丙县2022年初常住人口仅有48.6万。\n"
    assert found(text, "pop_resident") == [(2021, 48.6, "baseline")]


def test_a_stock_at_the_start_of_a_year_after_a_comma():
    text = "截至2024年初，全市户籍人口城镇化率为52.3%。\n"
    assert found(text, "urbanization_hukou") == [(2023, 52.3, "baseline")]


def test_near_miss_the_start_of_a_year_as_the_time_of_an_act_dates_nothing_back():
    # the year of an act (印发, 提出): the goals keep their own year, and nothing is moved to the year before
    text = "2024年初，市政府印发规划，提出到2027年全市常住人口城镇化率达到60%。\n"
    assert found(text, "urbanization_resident") == [(2027, 60.0, "target")]


def test_near_miss_a_goal_stated_at_the_start_of_a_year_keeps_its_year():
    # an act across the comma (县委提出), a goal word before the figure (目标为) or before the year (力争在…): no year-end before
    text = "发布时间：2022-05-01\n2022年初，县委提出全县常住人口城镇化率达到55%的目标。\n"
    assert found(text, "urbanization_resident") == [(2022, 55.0, "target")]
    text = "发布时间：2022-01-10\n2022年初全市常住人口城镇化率目标为60%。\n"
    assert found(text, "urbanization_resident") == [(2022, 60.0, "target")]
    text = "发布时间：2022-01-10\n力争在2030年初全市常住人口达到400万人。\n"
    assert found(text, "pop_resident") == [(2030, 400.0, "target")]
    text = "发布时间：2023-03-01\n2023年初，乙县确定全县户籍人口城镇化率计划提高到47%。\n"
    assert found(text, "urbanization_hukou") == [(2023, 47.0, "target")]


def test_near_miss_since_the_start_of_a_year_is_no_year_end():
    text = "发布时间：2022-10-01\n2022年初以来，全市出生人口1.2万人。2021年末全市常住人口312万人。\n"
    assert found(text, "births") == [] and found(text, "pop_resident") == [(2021, 312.0, "baseline")]


def test_a_datelines_year_does_not_govern_the_years_ahead_below_it():
    text = "甲省政府工作报告\n2023年1月12日\n今后五年，全省常住人口城镇化率达到68%。\n"
    assert found(text, "urbanization_resident") == [(2027, 68.0, "target")]


def test_near_miss_a_dateline_with_its_weekday_leaves_the_page_undated():
    # the dateline's year opens no sentence; with a weekday it is no page date, so 今后五年 has no present to count from
    text = "甲省政府工作报告\n2023年1月12日 星期四\n今后五年，全省常住人口城镇化率达到68%。\n"
    assert found(text, "urbanization_resident") == []
    assert found(text.replace(" 星期四", ""), "urbanization_resident") == [(2027, 68.0, "target")]


def test_near_miss_a_year_with_its_comma_on_a_line_opens_the_next_sentence():
    text = "甲省新闻\n2020年，\n全省常住人口城镇化率达到60%。\n"
    assert [year for year, _, _ in found(text, "urbanization_resident")] == [2020]


def test_near_miss_the_years_ahead_with_a_yearly_growth_are_a_change():
    text = "发布时间：2023-01-12\n今后五年，全省生产总值年均增长8%，常住人口年均增长1%，人均预期寿命达到80岁。\n"
    assert found(text, "pop_resident") == [] and found(text, "life_expectancy") == [(2027, 80.0, "target")]


def test_near_miss_five_years_past_is_a_change_of_the_past():
    text = "发布时间：2023-01-12\n五年来，全省人均预期寿命提高了1.5岁，达到78.5岁。\n"
    assert found(text, "life_expectancy") == [(2022, 78.5, "baseline")]


def test_by_the_years_end_with_an_estimate_is_the_pages_year():
    text = "发布时间：2011-11-20\n乙市计生委：预计到年底，全市总人口控制在560万人以内。\n"
    assert [(y, v) for y, v, _ in found(text, "pop_resident")] == [(2011, 560.0)]


def test_by_the_years_end_with_a_goal_word_after_it_is_the_pages_year():
    text = "发布时间：2011-11-20\n到年底，全市总人口将达到560万人。\n"
    assert [(y, v) for y, v, _ in found(text, "pop_resident")] == [(2011, 560.0)]


def test_near_miss_by_the_years_end_of_a_record_dates_nothing():
    # no estimate, goal or effort: a report may look back on the year just ended
    text = "发布时间：2012-01-10\n到年底，全市总人口达到558万人。全市出生人口6.2万人。\n"
    assert found(text, "pop_resident") == [] and found(text, "births") == [(2011, 6.2, "baseline")]


def test_near_miss_up_to_the_years_end_or_a_goal_met_is_a_look_back():
    # 截至年末 and a goal met (完成了年度目标, 圆满完成…目标任务) in a page of January: the year just ended, never the page's year
    for text in ("截至年末，全市总人口558万人，圆满完成省下达的人口控制目标任务。", "到年底，全市总人口558万人，完成了年度目标。"):
        assert found("发布时间：2012-01-10\n" + text + "\n", "pop_resident") == []
        assert found("发布时间：2012-01-10\n2011年全市人口发展平稳。" + text + "\n", "pop_resident") == [(2011, 558.0, "baseline")]
    text = "发布时间：2012-01-08\n到年底，全市人口自然增长率控制在5.8‰，圆满完成年度人口计划目标。全市出生人口6.2万人。\n"
    assert found(text, "natural_growth_rate") == [] and found(text, "births") == [(2011, 6.2, "baseline")]


def test_a_goal_to_be_met_by_the_years_end_is_still_the_pages_years_goal():
    text = "发布时间：2012-11-08\n到年底，全市总人口控制在560万人以内，完成年度目标任务。\n"
    assert found(text, "pop_resident") == [(2012, 560.0, "target")]


def test_near_miss_by_the_years_end_in_an_undated_page_has_no_year():
    assert found("乙市计生委：预计到年底，全市总人口控制在560万人以内。\n", "pop_resident") == []


# -- form 1: a title of the years ahead's goals dates the items below it from the text's present -----------------------

AHEAD_TITLE = "发布时间：2023-01-12\n甲省政府工作报告解读\n未来五年主要目标\n■ 全省常住人口城镇化率达到68%\n■ 人均预期寿命达到80岁\n"


def test_the_items_under_a_title_of_the_years_aheads_goals_are_of_the_terms_end():
    assert found(AHEAD_TITLE, "urbanization_resident") == [(2027, 68.0, "target")]
    assert found(AHEAD_TITLE, "life_expectancy") == [(2027, 80.0, "target")]


def test_a_lead_in_of_the_years_aheads_goals_dates_its_items():
    text = "发布时间：2021-02-01\n报告提出，今后五年的奋斗目标是：\n1.常住人口城镇化率达到60%；\n2.常住人口控制在120万人以内。\n"
    assert found(text, "urbanization_resident") == [(2025, 60.0, "target")]
    assert found(text, "pop_resident") == [(2025, 120.0, "target")]


def test_a_dash_list_or_other_marks_under_a_title_of_the_years_ahead():
    # —— (a work report's list) and the marks the line joiner knows (★, ◎): every item is a goal of the years ahead
    for first, second in (("——", "——"), ("★ ", "◎ ")):
        text = ("发布时间：2023-01-12\n甲省政府工作报告解读\n未来五年的主要目标任务\n" + first + "全省常住人口城镇化率达到68%\n"
                + second + "人均预期寿命达到80岁\n")
        assert found(text, "urbanization_resident") == [(2027, 68.0, "target")]
        assert found(text, "life_expectancy") == [(2027, 80.0, "target")]


def test_near_miss_a_dash_line_after_a_paragraph_is_no_item_of_the_years_ahead():
    text = ("发布时间：2023-01-12\n甲省政府工作报告解读\n未来五年的主要目标任务\n——全省常住人口城镇化率达到68%\n"
            "记者了解到，去年全省经济平稳。\n——人均预期寿命达到80岁\n")
    assert found(text, "urbanization_resident") == [(2027, 68.0, "target")]
    assert (2027, 80.0, "target") not in found(text, "life_expectancy")


def test_near_miss_an_older_terms_goals_quoted_are_not_of_the_years_ahead():
    # 上届政府提出: the five years ahead of the term before, not of this report (2027)
    for lines in ("上届政府提出，未来五年的主要目标是：\n1.常住人口城镇化率达到63%；\n",
                  "甲省政府工作报告解读\n上届政府提出的未来五年主要目标\n■ 全省常住人口城镇化率达到63%\n"):
        text = "发布时间：2023-01-12\n" + lines + "\n2022年全省人均预期寿命78岁。\n"
        assert all(year != 2027 for year, _, _ in found(text, "urbanization_resident"))
        assert found(text, "life_expectancy") == [(2022, 78.0, "baseline")]
    text = "发布时间：2023-01-12\n报告提出，未来五年的主要目标是：\n1.常住人口城镇化率达到68%；\n"
    assert found(text, "urbanization_resident") == [(2027, 68.0, "target")]


def test_near_miss_the_present_among_the_items_is_no_goal_of_the_years_ahead():
    text = AHEAD_TITLE + "■ 目前全省常住人口城镇化率为62%\n"
    assert found(text, "urbanization_resident") == [(2022, 62.0, "baseline"), (2027, 68.0, "target")]


def test_near_miss_the_present_inside_an_item_is_no_goal_of_the_years_ahead():
    # 目前 after the item's subject, under a title that follows a paragraph (and so ends no sentence of its own)
    for before in ("", "2022年全省人均预期寿命78岁。\n"):
        text = "发布时间：2023-01-12\n" + before + "未来五年主要目标\n■ 全省常住人口城镇化率目前为62%\n■ 人均预期寿命达到80岁\n"
        assert found(text, "urbanization_resident") == [(2022, 62.0, "baseline")]
        assert (2027, 80.0, "target") in found(text, "life_expectancy")


def test_near_miss_a_paragraph_after_the_items_is_not_of_the_years_ahead():
    text = AHEAD_TITLE + "\n记者了解到，全省常住人口城镇化率达到63%。\n"
    assert found(text, "urbanization_resident") == [(2027, 68.0, "target")]


def test_near_miss_a_review_of_the_years_aheads_goals_is_no_title_of_goals():
    text = AHEAD_TITLE.replace("未来五年主要目标", "过去五年主要目标完成情况")
    assert found(text, "urbanization_resident") == [(2022, 68.0, "baseline")]


def test_near_miss_a_title_of_the_years_ahead_in_an_undated_text_dates_nothing():
    text = AHEAD_TITLE.replace("发布时间：2023-01-12\n", "").replace("未来五年主要目标", "2022年全省人均预期寿命78岁。\n未来五年主要目标")
    assert found(text, "urbanization_resident") == []
    assert [year for year, _, _ in found(text, "life_expectancy")] == [2022]


def test_near_miss_a_title_of_the_years_ahead_with_its_period_keeps_the_period():
    text = "发布时间：2021-02-01\n未来五年（“十四五”）主要目标\n■ 全省常住人口城镇化率达到68%\n"
    assert found(text, "urbanization_resident") == [(2025, 68.0, "target")]


# -- form 7: a later year statistics show is observed, whatever plan period the text names -----------------------------

BULLETIN = ("发布时间：2020-04-01\n“十三五”期间，全省卫生健康事业稳步发展。公报显示，我省人均预期寿命由2018年的77.1岁提高到2019年的77.4岁。\n")


def test_a_transition_statistics_show_is_observed_in_a_text_naming_a_plan_period():
    assert found(BULLETIN, "life_expectancy") == [(2018, 77.1, "baseline"), (2019, 77.4, "baseline")]


def test_near_miss_a_goal_beside_the_statistics_stays_a_goal():
    text = BULLETIN + "预计到2020年，全省人均预期寿命提高到77.8岁。\n"
    assert (2020, 77.8, "projection") in found(text, "life_expectancy") or (2020, 77.8, "target") in found(text, "life_expectancy")
    assert (2019, 77.4, "baseline") in found(text, "life_expectancy")


def test_near_miss_a_transition_to_a_goal_year_without_statistics_stays_a_goal():
    text = ("发布时间：2017-04-01\n“十三五”期间，全省卫生健康事业稳步发展。规划提出，我省人均预期寿命由2015年的77.1岁提高到2020年的78岁。\n")
    assert (2020, 78.0, "target") in found(text, "life_expectancy")


def test_near_miss_statistics_beside_a_goal_word_tell_no_observed_year():
    # 力争 in the sentence: not a record (NOT_A_RECORD), so 2019 is not made observed by it
    text = ("发布时间：2017-04-01\n“十三五”期间，全省卫生健康事业稳步发展。数据显示，力争我省人均预期寿命由2015年的77.1岁提高到2019年的77.6岁。\n")
    assert (2019, 77.6, "baseline") not in found(text, "life_expectancy")


# -- form 20: the base year of a change, its level written before 基础上, is not the year of the level after it ----------

def test_the_base_year_of_a_change_with_its_level_is_not_the_goals_year():
    text = "发布时间：2012-03-01\n到2020年，人均预期寿命在2010年74.8岁的基础上提高1岁，达到76岁左右。\n"
    assert (2020, 76.0, "target") in found(text, "life_expectancy")
    # the level before 的基础上 is the base year's (brief lo; it was left unread before)
    assert found(text, "life_expectancy") == [(2010, 74.8, "baseline"), (2020, 76.0, "target")]


def test_near_miss_a_record_on_the_base_of_an_earlier_year_keeps_its_own_year():
    text = "2012年，全市人均预期寿命在2010年74.8岁的基础上提高了1岁，达到75.8岁。\n"
    assert (2012, 75.8, "baseline") in found(text, "life_expectancy")


def test_near_miss_a_year_before_a_base_without_a_level_still_dates_the_level():
    # 在现有基础上 names no level of the year: 2015 stays the year of the figure
    text = "2015年全市在现有基础上常住人口达到500万人。\n"
    assert [(year, value) for year, value, _ in found(text, "pop_resident")] == [(2015, 500.0)]


def test_the_level_between_the_base_year_and_jichu_is_that_years():
    text = "发布时间：2009-03-01\n到2012年，全县总人口在2008年底47.36万基础上控制在50万人以内。\n"
    assert found(text, "pop_resident") == [(2008, 47.36, "baseline"), (2012, 50.0, "target")]


def test_a_base_level_with_de_is_the_base_years_and_the_goal_keeps_its_year():
    # 在2010年74.8岁的基础上: the level before 的基础上 is the base year's (brief lo), never given the goal's year; the goal is 2020's
    for text, code, base, goal in (("到2020年，人均预期寿命在2010年74.8岁的基础上提高1岁，达到76岁左右。", "life_expectancy", 74.8, 76.0),
                                   ("到2020年，全市常住人口在2010年末500万人的基础上增加30万人，达到530万人。", "pop_resident", 500.0, 530.0),
                                   ("到2020年，全市常住人口城镇化率在2015年60.5%的基础上提高5个百分点，达到65.5%。", "urbanization_resident", 60.5, 65.5)):
        year = 2015 if code == "urbanization_resident" else 2010
        assert found(text + "\n", code) == [(year, base, "baseline"), (2020, goal, "target")]


# -- form 13: the year only in the plan's name — its horizon dates the goals without a year ------------------------------

def test_a_master_plan_named_by_its_horizon_dates_its_goals():
    text = "发布时间：2017-09-30\n国家批准甲市2035总体规划，常住人口控制在1500万以内。\n"
    assert found(text, "pop_resident") == [(2035, 1500.0, "target")]


def test_a_plan_named_in_brackets_ending_in_its_horizon_dates_its_goals():
    assert found("发布时间：2019-09-30\n《健康甲市2030》提出，人均预期寿命达到80岁。\n", "life_expectancy") == [(2030, 80.0, "target")]
    assert found("《甲市国土空间总体规划2035》提出，常住人口控制在1500万以内。\n", "pop_resident") == [(2035, 1500.0, "target")]


def test_near_miss_a_record_of_a_year_beside_the_horizon_keeps_its_year():
    text = "发布时间：2019-09-30\n《健康甲市2030》提出，人均预期寿命达到80岁。2018年全市人均预期寿命为78.2岁。\n"
    assert (2018, 78.2, "baseline") in found(text, "life_expectancy")


def test_near_miss_the_present_beside_the_horizon_is_no_goal_of_it():
    text = "发布时间：2019-09-30\n国家批准甲市2035总体规划。目前，全市常住人口为1300万人。\n"
    assert found(text, "pop_resident") == [(2018, 1300.0, "baseline")]


def test_near_miss_a_five_year_plans_vision_year_is_no_horizon_of_its_table():
    text = "甲市“十四五”规划和2035年远景目标纲要\n主要目标\n常住人口控制在1500万以内。\n"
    assert found(text, "pop_resident") == [(2025, 1500.0, "target")]


def test_near_miss_a_years_plan_is_no_horizon():
    # 2020年计划 is a year's plan, 2035年远景目标 a vision: neither is a plan named by its horizon
    assert HORIZON_NAME.search("甲市2020年计划执行情况") is None
    assert HORIZON_NAME.search("甲市“十四五”规划和2035年远景目标纲要") is None
    assert HORIZON_NAME.search("甲市2035年城市总体规划").group("year2") == "2035"


def test_near_miss_preliminary_figures_of_a_year_keep_the_year():
    # 初步 (preliminary) is no start of the year
    text = "发布时间：2023-03-01\n据2022年初步统计，全市常住人口为48.6万人。\n"
    assert found(text, "pop_resident") == [(2022, 48.6, "baseline")]
    assert found("2022年初步核算，全县常住人口48.6万人。\n", "pop_resident")[0][:2] == (2022, 48.6)


def test_near_miss_a_programme_named_by_a_year_is_no_horizon():
    assert HORIZON_NAME.search("贯彻落实《中国制造2025》") is None


def test_near_miss_a_year_whose_level_is_named_before_its_base_keeps_its_level():
    # the base year is not moved onto the goal after it, and the goal keeps its year
    text = "在2020年全市常住人口达到500万人的基础上，力争到2025年达到550万人。\n"
    assert [(year, value) for year, value, _ in found(text, "pop_resident") if value == 550.0] == [(2025, 550.0)]
    assert all(year == 2020 for year, value, _ in found(text, "pop_resident") if value == 500.0)


# -- form 16 met through a supplied year: a three-item 分别 list with a non-level in the middle (paired by fstruct) -------

def test_a_respectively_list_with_a_non_level_in_the_middle_under_the_years_ahead():
    text = "发布时间：2023-01-12\n未来五年主要目标\n■ 城镇登记失业率、居民消费价格涨幅和人口自然增长率分别控制在4%、3%、5‰以内\n"
    assert found(text, "unemployment_rate_registered") == [(2027, 4.0, "target")]
    assert found(text, "natural_growth_rate") == [(2027, 5.0, "target")]


# -- form 1: 目前 is the latest observed year, never a goal ---------------------------------------------------------------

def test_the_present_after_this_years_goal_is_no_goal():
    text = "发布时间：2021-03-01\n今年全市常住人口城镇化率目标为60%，目前已达到58%。\n"
    assert found(text, "urbanization_resident") == [(2020, 58.0, "baseline"), (2021, 60.0, "target")]


def test_near_miss_the_present_picking_a_subgroup_is_no_present_level():
    # 当前…较低的县城: a goal for the counties whose rate is low now, not the province's present level
    text = "发布时间：2021-03-01\n到2025年，全省常住人口城镇化率达到65%，当前城镇化率较低的县城常住人口城镇化率达到50%以上。\n"
    assert found(text, "urbanization_resident") == [(2025, 65.0, "target")]
    text = "发布时间：2021-03-01\n到2025年，全省常住人口城镇化率达到65%，当前全省的城镇化率为58%。\n"
    assert found(text, "urbanization_resident") == [(2020, 58.0, "baseline"), (2025, 65.0, "target")]


def test_near_miss_a_goal_after_the_present_stays_a_goal():
    text = "发布时间：2021-03-01\n目前，全市常住人口城镇化率达到60%，力争到2025年达到65%。\n"
    assert found(text, "urbanization_resident") == [(2020, 60.0, "baseline"), (2025, 65.0, "target")]
