"""The forms two reviewers (rva, rvb) found misread on invented sentences and the round after them left (brief lo): each
form with the sentence misread before its rule and near-misses that must keep their reading. Every sentence is invented."""

from __future__ import annotations

from probe_rows import rows

COLUMNS = ["indicator", "entity", "year", "value", "qualifier", "kind"]


def read(text: str) -> list[tuple]:
    return [(i, e, int(y) if y == y else None, round(float(v), 6), q, k) for i, e, y, v, q, k in rows(text, COLUMNS)]


def found(text: str, indicator: str) -> list[tuple]:
    return [(year, value, kind) for code, _, year, value, _, kind in read(text) if code == indicator]


# -- 1. a 分别 list whose last value lost its sign ---------------------------------------------------------------------


def test_a_list_of_crude_rates_sharing_their_head_pairs_by_position():
    text = "2021年，甲县人口出生率、死亡率和自然增长率分别为11.3‰、7.4‰和3.9‰。\n"
    assert [(code, value) for code, _, _, value, _, _ in read(text)] == [
        ("birth_rate", 11.3), ("death_rate", 7.4), ("natural_growth_rate", 3.9)]


def test_the_last_value_of_a_list_that_lost_its_per_mille_sign_keeps_its_place():
    # the page lost the last ‰: three rows paired by position, not six crossed ones
    text = "2021年，甲县人口出生率、死亡率和自然增长率分别为11.3‰、7.4‰和3.9。\n"
    assert [(code, value) for code, _, _, value, _, _ in read(text)] == [
        ("birth_rate", 11.3), ("death_rate", 7.4), ("natural_growth_rate", 3.9)]
    text = "2021年，甲县人口出生率和自然增长率分别为11.3‰和3.9。\n"
    assert [(code, value) for code, _, _, value, _, _ in read(text)] == [("birth_rate", 11.3), ("natural_growth_rate", 3.9)]


def test_near_miss_a_bare_last_value_of_a_rate_in_another_unit_stays_bare():
    # the total fertility rate takes no sign: 1.7 stays 1.7, and the ‰ before it is not carried over
    text = "2021年，甲县人口自然增长率和总和生育率分别为3.9‰和1.7。\n"
    assert [(code, value) for code, _, _, value, _, _ in read(text)] == [("natural_growth_rate", 3.9), ("tfr", 1.7)]
    # items of different heads and units: the % of the unemployment rate gives the rate in ‰ after it no sign (3.9 stays unread)
    text = "2021年，甲县城镇登记失业率和人口自然增长率分别为3.1%和3.9。\n"
    assert read(text) == [("unemployment_rate_registered", "unknown", 2021, 3.1, "none", "target")]


def test_a_list_the_pairing_cannot_pair_is_withheld_not_crossed():
    # a count at the place of a rate: no item takes 3.9万人, and the rates are not all given 11.3 and 7.4 (six crossed rows
    # before): each value whose item takes its unit is that item's, the others are withheld
    assert [(code, value) for code, _, _, value, _, _ in read("2021年，甲县人口出生率、死亡率和自然增长率分别为11.3‰、7.4‰和3.9万人。\n")] == [
        ("birth_rate", 11.3), ("death_rate", 7.4)]


def test_near_miss_a_value_shared_by_items_without_fen_bie_is_still_shared():
    # A、B达到98%: without 分别 the items share the value, as before
    text = "2021年，甲县城镇基本医疗保险和新型农村合作医疗参合率达到98%，人口出生率和死亡率为11.3‰。\n"
    assert ("birth_rate", 11.3) in [(code, value) for code, _, _, value, _, _ in read(text)]


def test_near_miss_a_list_with_no_sign_at_all_gives_nothing():
    assert read("2021年，甲县人口出生率、死亡率和自然增长率分别为11.3、7.4和3.9。\n") == []


# -- 2. a news dateline names where the report was filed, not its subject ------------------------------------------------


def test_a_dateline_with_its_year_names_no_place_and_dates_the_report():
    # 新华社北京2012年5月3日电: not 北京市's figures; the dateline's date is the report's, so 2010 is reported, not a goal
    text = "新华社北京2012年5月3日电\n人口发展报告\n人均预期寿命从2005年的75.9岁提高到2010年的77.3岁。\n"
    assert read(text) == [("life_expectancy", "unknown", 2005, 75.9, "none", "baseline"),
                          ("life_expectancy", "unknown", 2010, 77.3, "none", "baseline")]
    for agency in ("中新网", "人民网"):
        text = f"{agency}北京2012年5月3日电 人均预期寿命从2005年的75.9岁提高到2010年的77.3岁。\n"
        assert [(e, y, k) for _, e, y, _, _, k in read(text)] == [("unknown", 2005, "baseline"), ("unknown", 2010, "baseline")]


def test_a_dateline_in_a_text_of_the_nation_leaves_the_nation():
    text = "中新网北京2012年5月3日电 2011年全国总人口134702万人。\n"
    assert read(text) == [("pop_resident", "中国", 2011, 134702.0, "none", "baseline")]


def test_near_miss_a_place_that_opens_the_sentence_is_its_subject():
    assert read("北京市2020年常住人口2186万人。\n") == [("pop_resident", "北京市", 2020, 2186.0, "none", "target")]
    # after a dateline too: the place the sentence names is the subject, the dateline dates the report
    text = "新华社北京2012年5月3日电 北京市常住人口从2005年的1536万人增加到2010年的1958万人。\n"
    assert read(text) == [("pop_resident", "北京市", 2005, 1536.0, "none", "baseline"), ("pop_resident", "北京市", 2010, 1958.0, "none", "baseline")]


def test_near_miss_a_stamped_page_date_wins_over_the_datelines():
    # the page's own stamp (2013) dates it, not the dateline's year (2011): 2012 is a year reported, not a goal ahead
    text = "发布时间：2013-02-10\n新华社北京2011年5月3日电 全市常住人口城镇化率2012年达到60%。\n"
    assert found(text, "urbanization_resident") == [(2012, 60.0, "baseline")]
    assert found("新华社北京2011年5月3日电 全市常住人口城镇化率2012年达到60%。\n", "urbanization_resident") == [(2012, 60.0, "target")]


# -- 3. 目前的 before a value: the present level -------------------------------------------------------------------------


def test_a_value_after_mu_qian_de_is_the_present_level():
    # a report of 2012 (its date line): 目前 is the latest observed year, the text's cut-off 2011
    text = "2012年5月3日\n全国总和生育率已经下降到目前的1.6左右。\n"
    assert read(text) == [("tfr", "中国", 2011, 1.6, "approx", "baseline")]
    text = "2012年5月3日\n全国总和生育率已经下降到目前的一点六左右。\n"
    assert read(text) == [("tfr", "中国", 2011, 1.6, "approx", "baseline")]


def test_the_start_of_a_goals_transition_after_mu_qian_de_is_the_present_level():
    text = "2012年5月3日\n到2015年，全市常住人口城镇化率由目前的51%提高到56%。\n"
    assert found(text, "urbanization_resident") == [(2011, 51.0, "baseline"), (2015, 56.0, "target")]


def test_near_miss_mu_qian_opening_the_clause_and_a_goal_after_it_keep_their_readings():
    assert found("2012年5月3日\n全国总和生育率目前为1.6左右。\n", "tfr") == [(2011, 1.6, "baseline")]
    # 目前的 qualifies the goal's lead, not the value: the goal keeps its year
    text = "2012年5月3日\n目前的目标是到2016年全县常住人口城镇化率达到56%。\n"
    assert found(text, "urbanization_resident") == [(2016, 56.0, "target")]


# -- 4. an age of a group after a life-expectancy clause -----------------------------------------------------------------


def test_an_average_age_of_a_group_is_no_life_expectancy():
    for age in ("72.6岁", "七十二点六岁"):
        text = f"2021年，甲县人均预期寿命达到78.3岁，65岁及以上老人平均年龄{age}。\n"
        assert found(text, "life_expectancy") == [(2021, 78.3, "target")]


def test_near_miss_the_groups_count_and_its_own_life_expectancy_are_still_read():
    text = "2021年，甲县人均预期寿命达到78.3岁，65岁及以上老人达到7.3万人。\n"
    assert [(code, value) for code, _, _, value, _, _ in read(text)] == [("life_expectancy", 78.3), ("pop_65plus", 7.3)]
    # an expectancy written out again in the clause stays one (no age word between): the registered population's
    text = "2021年，甲县人均预期寿命达到78.3岁，户籍人口人均预期寿命为80.6岁。\n"
    assert sorted(value for _, value, _ in found(text, "life_expectancy")) == [78.3, 80.6]
    # …but the urban part's is withheld since brief fv (a part named before a rate: not the place's level)
    text = "2021年，甲县人均预期寿命达到78.3岁，城镇人口人均预期寿命为80.6岁。\n"
    assert sorted(value for _, value, _ in found(text, "life_expectancy")) == [78.3]


def test_a_neighbours_difference_from_the_text_stays_unread():
    # already right before brief lo (DIFFERENCE takes 比我市): pinned here beside the form of the same reviewer's list
    text = "衡阳市卫生健康工作报告\n2019年3月1日\n2018年，邻近的邵阳市人均预期寿命比我市低1.7岁。\n"
    assert read(text) == []


# -- 5. a base level written with 的 before 基础上 ----------------------------------------------------------------------


def test_a_base_level_with_de_is_the_base_years_level():
    assert found("到2025年，甲县人均预期寿命在2020年77.9岁的基础上提高1岁。\n", "life_expectancy") == [(2020, 77.9, "baseline")]
    assert found("到2025年，甲县常住人口在2020年末86万人的基础上增加4万人。\n", "pop_resident") == [(2020, 86.0, "baseline")]
    text = "到2025年，甲县常住人口城镇化率在2020年48.2%的基础上提高4个百分点，达到52.2%。\n"
    assert found(text, "urbanization_resident") == [(2020, 48.2, "baseline"), (2025, 52.2, "target")]


def test_near_miss_a_base_without_its_year_or_with_its_verb_is_not_that_years_level():
    # 在现有…的基础上: no year written before the level, nothing to date it by
    assert found("到2025年，甲县常住人口在现有86万人的基础上增加4万人。\n", "pop_resident") == []
    # the base year's level stated with its verb is read as before (the year's figure), and the goal keeps its year
    text = "在2020年甲县常住人口达到86万人的基础上，力争到2025年达到90万人。\n"
    assert (2025, 90.0, "target") in found(text, "pop_resident")
    assert all(year == 2020 for year, value, _ in found(text, "pop_resident") if value == 86.0)


# -- 6. a density's transition with the area spelled out at both ends ---------------------------------------------------


def test_both_ends_of_a_density_transition_spelled_per_square_kilometre_are_read():
    text = "发布时间：2021-05-10\n全市人口密度由2010年的每平方公里286人增加到2020年的每平方公里297人。\n"
    assert found(text, "pop_density") == [(2010, 286.0, "baseline"), (2020, 297.0, "baseline")]


def test_the_start_of_a_spelled_density_transition_without_its_year_is_no_goal():
    # 由每平方公里286人: the transition's start, the base (the cut-off, 2024) as for 由300万人增加到…, never a goal of 2025
    text = "到2025年，全市人口密度由每平方公里286人增加到每平方公里297人。\n"
    assert found(text, "pop_density") == [(2024, 286.0, "baseline"), (2025, 297.0, "target")]
    assert found("到2025年，全市常住人口由286万人增加到297万人。\n", "pop_resident") == [(2024, 286.0, "baseline"), (2025, 297.0, "target")]


def test_near_miss_a_count_after_a_density_is_no_density():
    text = "发布时间：2021-05-10\n全市人口密度由2010年的每平方公里286人增加到2020年的320万人。\n"
    assert found(text, "pop_density") == [(2010, 286.0, "baseline")]


# -- 7. unmarked goal lines under a title of the years ahead --------------------------------------------------------------


def test_unmarked_goal_lines_under_a_title_of_the_years_ahead_are_its_goals():
    # a page of January 2022: its present is 2021, the five years ahead end in 2026
    text = "发布时间：2022-01-10\n乙市政府工作报告解读\n未来五年主要目标：\n全市常住人口城镇化率达到71%，人均预期寿命达到79.7岁。\n"
    assert found(text, "urbanization_resident") == [(2026, 71.0, "target")]
    assert found(text, "life_expectancy") == [(2026, 79.7, "target")]
    text = "发布时间：2022-01-10\n乙市政府工作报告解读\n未来五年的主要目标任务\n全市常住人口城镇化率达到71%；\n人均预期寿命达到79.7岁。\n"
    assert found(text, "urbanization_resident") == [(2026, 71.0, "target")]
    assert found(text, "life_expectancy") == [(2026, 79.7, "target")]


def test_near_miss_a_reporters_or_a_dated_line_after_the_title_is_no_goal_of_it():
    text = "发布时间：2022-01-10\n乙市政府工作报告解读\n未来五年主要目标\n全市常住人口城镇化率达到71%。\n2021年全市人均预期寿命78.6岁。\n"
    assert found(text, "life_expectancy") == [(2021, 78.6, "baseline")]
    text = "发布时间：2022-01-10\n乙市政府工作报告解读\n未来五年主要目标\n记者了解到，全市人均预期寿命达到78.6岁。\n"
    assert (2026, 78.6, "target") not in found(text, "life_expectancy")
    # a line of the present under the title stays the present's
    text = "发布时间：2022-01-10\n乙市政府工作报告解读\n未来五年主要目标\n全市常住人口城镇化率目前为66%。\n"
    assert found(text, "urbanization_resident") == [(2021, 66.0, "baseline")]


# -- 8. one vocabulary of heading and item numbers ------------------------------------------------------------------------


def test_every_heading_number_the_line_joiner_knows_opens_a_heading_and_the_registered_populations_section():
    # one vocabulary (analysis/numbering.py): a number one of them knew and another did not (第3节, (2), 二. before brief lo)
    # is known to all — the joiner continues no line with it, the heading test takes it, the section rule reads past it
    from analysis.extract.context import HEADING
    from analysis.extract.prose.reader import hukou_section
    from analysis.ingest.wrap import OPENS_ITEM

    for number in ("第二章", "第3节", "二、", "二.", "(二)", "(2)", "2、", "2."):
        assert OPENS_ITEM.match(number + "户籍人口"), number
        assert HEADING.match(number + "户籍人口"), number
        assert hukou_section(number + "户籍人口"), number


def test_near_miss_a_number_that_is_no_heading_number_opens_none():
    from analysis.extract.prose.reader import hukou_section
    from analysis.ingest.wrap import OPENS_ITEM

    for text in ("2.5万户籍人口", "2020年户籍人口增加", "十分重视户籍人口"):
        assert not OPENS_ITEM.match(text), text
    assert not hukou_section("二、稳步提升户籍人口")
    assert hukou_section("2 户籍人口")  # a bare number and a space: a heading's number for the section rule only
    assert not OPENS_ITEM.match("2 户籍人口")


# -- brief xlo: what the review of the round (rvl) found ------------------------------------------------------------------
# -- 9. a numbered line with a value is a list item, never a heading ------------------------------------------------------


PLAN = "丙市人口发展规划（2021—2035年）\n"


def test_a_line_numbered_in_any_item_form_that_states_a_value_is_read():
    # (1), （1）, (一), 一., 一．, 第1条: the item numbers of numbering.py, with an indicator and its value, are list items
    for number in ("（1）", "(1)", "(一)", "（一）", "一.", "一．", "1."):
        text = PLAN + "第三章 发展目标\n" + number + "到2035年，全市常住人口410万人左右\n"
        assert found(text, "pop_resident") == [(2035, 410.0, "target")], number
    for number in ("(2)", "二．", "第2条 "):
        text = PLAN + "第一章 发展基础\n" + number + "全市常住人口2020年末396万人\n"
        assert found(text, "pop_resident") == [(2020, 396.0, "baseline")], number
    text = PLAN + "第三章 发展目标\n（1）人口总量：到2035年，全市常住人口410万人左右\n（2）城镇化：到2035年，常住人口城镇化率77%左右\n"
    assert found(text, "pop_resident") == [(2035, 410.0, "target")]
    assert found(text, "urbanization_resident") == [(2035, 77.0, "target")]


def test_near_miss_a_numbered_line_without_a_value_stays_a_heading():
    # （一）人口发展现状 names no value: a heading, and the line under it is read in its section as before
    text = PLAN + "（一）人口总量\n全市常住人口2020年末为396万人。\n"
    assert found(text, "pop_resident") == [(2020, 396.0, "baseline")]
    from analysis.codebook import load_codebook
    from analysis.extract.prose.reader import ProseReader

    codebook = load_codebook()
    for heading in ("（一）人口发展现状", "(2)常住人口", "第1条 常住人口规模", "一．2035年常住人口发展目标", "(3)常住人口城镇化率"):
        named = codebook.mentions(heading)
        assert not ProseReader._list_item(heading, named, False), heading
    assert ProseReader._list_item("(3)常住人口城镇化率77%", codebook.mentions("(3)常住人口城镇化率77%"), False)


# -- 10. an observed line after the goals of the years ahead stays observed -----------------------------------------------

REPORT = "发布时间：2022-01-10\n丁市政府工作报告解读\n"


def test_an_observed_line_after_a_list_of_goals_of_the_years_ahead_stays_observed():
    # a marked goal, then a line with an observed comparison: the present's (2021), not a goal of 2026
    text = REPORT + "今后五年的目标任务\n★全市常住人口城镇化率达到69%\n全市常住人口达到318万人，同比增长0.4%。\n"
    assert found(text, "pop_resident") == [(2021, 318.0, "baseline")]
    for tail in ("全市常住人口达到318万人，居全省第四位。", "全市人均预期寿命达到79.4岁，比全省高0.8岁。"):
        text = REPORT + "未来五年主要目标：\n全市常住人口城镇化率达到69%。\n" + tail + "\n"
        assert all(kind == "baseline" for _, _, kind in found(text, "pop_resident") + found(text, "life_expectancy")), tail
        assert found(text, "urbanization_resident") == [(2026, 69.0, "target")]
    # 达到 alone after a line that ended its sentence is no longer the list's form
    text = REPORT + "未来五年主要目标：\n全市常住人口城镇化率达到69%。\n全市人均预期寿命达到79.4岁，人民生活持续改善。\n"
    assert found(text, "life_expectancy") == [(2021, 79.4, "baseline")]


def test_near_miss_a_goal_only_word_or_the_lists_own_form_keeps_a_line_a_goal():
    # a word only goals use keeps a line after a sentence's end a goal of the years ahead
    text = REPORT + "未来五年主要目标：\n全市常住人口城镇化率达到69%。\n全市人均预期寿命力争达到80.3岁。\n"
    assert found(text, "life_expectancy") == [(2026, 80.3, "target")]
    text = REPORT + "未来五年主要目标：\n全市常住人口城镇化率达到69%。\n全市常住人口330万人左右。\n"
    assert found(text, "pop_resident") == [(2026, 330.0, "target")]
    # the list's own form: the items end with ；, the last with 。
    text = REPORT + "未来五年主要目标\n全市常住人口城镇化率达到69%；\n全市常住人口达到330万人；\n人均预期寿命达到80.3岁。\n"
    assert found(text, "pop_resident") == [(2026, 330.0, "target")]
    assert found(text, "life_expectancy") == [(2026, 80.3, "target")]


# -- 11. 目前的 keeps an observed year the sentence writes -------------------------------------------------------------------


def test_an_observed_year_before_mu_qian_de_stays():
    # a plan whose cut-off is 2020: 截至2017年底 and 2016年 are observed years of the sentence, not the goal's nor the cut-off's
    assert found(PLAN + "截至2017年底，全市常住人口城镇化率已经提高到目前的58.3%。\n", "urbanization_resident") == [(2017, 58.3, "baseline")]
    assert found(PLAN + "全市常住人口城镇化率2016年提高到目前的57.1%。\n", "urbanization_resident") == [(2016, 57.1, "baseline")]


def test_near_miss_a_goal_year_before_mu_qian_de_is_still_dropped():
    text = PLAN + "到2025年，全市常住人口城镇化率由目前的58.3%提高到64%。\n"
    assert found(text, "urbanization_resident") == [(2020, 58.3, "baseline"), (2025, 64.0, "target")]
    # the year of a level stated before in the sentence: the present is after it, the cut-off's
    text = PLAN + "全市常住人口城镇化率2016年为55.2%，已经提高到目前的58.3%。\n"
    assert found(text, "urbanization_resident") == [(2016, 55.2, "baseline"), (2020, 58.3, "baseline")]


# -- 12. an age word names its own quantity, whatever group it is of ----------------------------------------------------


def test_an_average_or_median_age_after_a_life_expectancy_is_no_life_expectancy():
    for clause in ("人口平均年龄为40.7岁", "平均年龄40.7岁", "百岁老人达到268人，平均年龄为101.6岁", "年龄中位数为40.7岁"):
        text = f"2021年，甲县人均预期寿命达到78.3岁，{clause}。\n"
        assert found(text, "life_expectancy") == [(2021, 78.3, "target")], clause


def test_near_miss_an_expectancy_named_after_the_age_word_is_read():
    # the age word is the clause before; the expectancy named after it in the value's clause keeps its value
    text = "2021年，甲县人口平均年龄为40.7岁，人均预期寿命达到78.3岁。\n"
    assert found(text, "life_expectancy") == [(2021, 78.3, "target")]
    text = "2021年，甲县人均预期寿命达到78.3岁，平均年龄提高的同时女性人均预期寿命为81.4岁。\n"
    assert (2021, 81.4, "target") in found(text, "life_expectancy_female")


# -- 13. the bounds of a dateline, an article number and a Chinese item number --------------------------------------------


def test_a_date_before_a_word_opening_with_dian_or_xun_is_no_dateline():
    from analysis.ingest.place import DATELINE

    for text in ("乙市2021年5月3日电视问政节目透露，", "乙市2021年5月3日电话会议上", "乙市2021年5月3日讯息发布"):
        assert DATELINE.search(text) is None, text


def test_near_miss_a_dateline_before_the_body_or_a_bracket_is_one():
    from analysis.ingest.place import DATELINE

    for text in ("新华社长沙2021年5月3日电 乙市常住人口", "人民网长沙5月3日电（记者", "新华社长沙5月3日电据统计"):
        assert DATELINE.search(text) is not None, text


def test_a_bare_bu_or_tiao_after_an_ordinal_and_a_point_before_a_digit_open_no_heading():
    from analysis.extract.context import HEADING
    from analysis.ingest.wrap import OPENS_ITEM

    for text in ("第一条高速公路建成通车", "第一部门负责统计", "一.5万人口转移", "二.8‰的出生率"):
        assert not HEADING.match(text) and not OPENS_ITEM.match(text), text


def test_near_miss_an_article_number_before_a_space_and_a_chinese_item_number_still_open_one():
    from analysis.extract.context import HEADING
    from analysis.ingest.wrap import OPENS_ITEM

    for text in ("第1条 全市常住人口", "第二部分 发展目标", "第一部 总则", "一.人口规模", "二．人口结构"):
        assert HEADING.match(text) and OPENS_ITEM.match(text), text


# -- a 分别 list of places closed by 等 (brief lf, item 1) ---------------------------------------------------------------


def places_found(text: str, indicator: str) -> list[tuple]:
    return sorted((entity, value) for code, entity, _, value, _, _ in read(text) if code == indicator)


def test_a_list_of_places_closed_by_deng_pairs_its_values_by_position():
    # 等 closes the list (等市, 等地): the first place keeps its value, in order
    text = "湖南省人口发展规划\n到2025年，长沙、株洲等市常住人口城镇化率分别达到70%和65%。\n"
    assert places_found(text, "urbanization_resident") == [("株洲市", 65.0), ("长沙市", 70.0)]
    text = "湖南省人口发展规划\n到2025年，长沙、株洲等地常住人口分别达到1000万人和420万人。\n"
    assert places_found(text, "pop_resident") == [("株洲市", 420.0), ("长沙市", 1000.0)]


def test_a_list_of_places_closed_by_deng_of_another_length_than_its_values_is_withheld():
    # three places, two values (or two places, three values): whose value is whose is not known — none is read
    text = "湖南省人口发展规划\n到2025年，长沙、株洲、湘潭等市常住人口城镇化率分别达到70%和65%。\n"
    assert places_found(text, "urbanization_resident") == []
    text = "湖南省人口发展规划\n到2025年，长沙、株洲等市常住人口城镇化率分别达到70%、65%和60%。\n"
    assert places_found(text, "urbanization_resident") == []


def test_near_miss_places_without_deng_and_deng_after_indicators_keep_their_readings():
    text = "湖南省人口发展规划\n到2025年，长沙、株洲、湘潭常住人口城镇化率分别达到70%、65%和60%。\n"
    assert places_found(text, "urbanization_resident") == [("株洲市", 65.0), ("湘潭市", 60.0), ("长沙市", 70.0)]
    text = "湖南省人口发展规划\n到2025年，全省常住人口、户籍人口等指标分别达到7000万人和6800万人。\n"
    assert places_found(text, "pop_resident") == [("湖南省", 7000.0)]
    assert places_found(text, "pop_hukou") == [("湖南省", 6800.0)]
    text = "湖南省人口发展规划\n到2025年，长沙、株洲等市常住人口城镇化率均达到70%。\n"
    assert places_found(text, "urbanization_resident") == [("株洲市", 70.0), ("长沙市", 70.0)]


# -- a national document's requirement named by its title (brief lf, item 4) ------------------------------------------

HUNAN = "湖南省人口发展规划（2016—2030年）\n"


def test_a_national_documents_requirement_named_by_its_title_is_read_as_the_nations_requirement():
    # 国家要求，… is withheld in a province's plan (the nation's goal, no level of the province or a 中国 row); so is 《国家…》要求
    assert places_found(HUNAN + "国家要求，到2020年常住人口城镇化率达到60%左右。\n", "urbanization_resident") == []
    assert places_found(HUNAN + "《国家新型城镇化规划》要求，到2020年常住人口城镇化率达到60%左右。\n", "urbanization_resident") == []
    assert places_found(HUNAN + "《国家人口发展规划（2016—2030年）》要求到2020年常住人口城镇化率达到60%左右。\n", "urbanization_resident") == []


def test_near_miss_a_local_title_after_by_the_requirement_of_keeps_the_local_plans_goal():
    # a province's title: the local plan's own goal; 按照…要求 with 全国 reads alike for 国家 and for a national title
    assert places_found(HUNAN + "《湖南省新型城镇化规划》要求，到2020年常住人口城镇化率达到60%左右。\n", "urbanization_resident") == [("湖南省", 60.0)]
    text = "长沙市人口发展规划（2016—2030年）\n按照《湖南省人口发展规划》要求，到2030年全市常住人口达到1000万人左右。\n"
    assert places_found(text, "pop_resident") == [("长沙市", 1000.0)]
    assert places_found(HUNAN + "《国家新型城镇化规划》要求，到2020年全省常住人口城镇化率达到60%左右。\n", "urbanization_resident") == [("湖南省", 60.0)]
    for subject in ("国家", "《国家人口发展规划》"):
        assert places_found(HUNAN + f"按照{subject}要求，到2030年全国总人口14.5亿左右。\n", "pop_resident") == [("中国", 14.5)]


def test_a_quoted_national_requirement_whose_figure_is_named_the_nations_by_quanguo_is_read_for_the_nation():
    # 全国 after the requirement names the figure as the nation's: a 中国 row, for 国家要求 and a national title alike
    for subject in ("国家", "《国家人口发展规划》"):
        assert places_found(HUNAN + f"{subject}要求，到2030年全国总人口14.5亿左右。\n", "pop_resident") == [("中国", 14.5)]
    text = "国务院印发《国家人口发展规划（2016—2030年）》\n新华社北京1月25日电\n《国家人口发展规划（2016—2030年）》提出，到2020年全国总人口达到14.2亿人左右。\n"
    assert places_found(text, "pop_resident") == [("中国", 14.2)]
