"""Numbers that are not the place's level, in the forms press reports, final reviews (终期评估, 监测统计报告), health plans and
work reports print them beside the true levels (issue #19, brief fv): a part of the people or of the land named before
the indicator, a goal restated as met, another country's or the world's figure, another document's goal quoted.
Invented sentences only, each with a near-miss that must still read."""

from __future__ import annotations

import pytest

from analysis.codebook import load_codebook
from probe_rows import rows

REVIEW = "湖南省妇女儿童发展规划（2011—2020年）终期评估报告\n2021年10月15日\n"
CITY = "株洲市卫生健康事业发展“十四五”规划\n"
NATION = "国务院新闻办公室就《中国儿童发展纲要（2011—2020年）》终期统计监测报告举行发布会\n2021年12月21日\n"


def levels(text: str) -> list[tuple]:
    return rows(text, ["indicator", "entity", "year", "value"])


def codes(text: str) -> list[str]:
    return [mention.code for mention in load_codebook().mentions(text)]


# -- a part of the people or of the land named before the indicator ----------------------------------------------

@pytest.mark.parametrize("sentence", [
    "2020年，农村地区婴儿死亡率为4.1‰，城市地区为2.9‰。",
    "2020年，城市孕产妇死亡率为9.8/10万，农村孕产妇死亡率为14.5/10万。",
    "2020年，少数民族聚居地区婴儿死亡率为6.8‰。",
    "2020年，贫困地区5岁以下儿童死亡率下降到6.5‰。",
    "2020年，全省贫困地区新生儿死亡率为3.1‰。",
    "2020年，流动人口孕产妇死亡率为15.2/10万。",
    "2020年，湘西地区孕产妇死亡率仍为18.5/10万。",
    "2020年，湘南地區嬰兒死亡率為4.5‰。",
    "2020年，全省山区婴儿死亡率为5.2‰。",
])
def test_a_part_of_the_province_before_a_rate_is_not_the_provinces_rate(sentence):
    assert levels(REVIEW + "2020年，全省婴儿死亡率为3.5‰。" + sentence) == [("imr", "湖南省", 2020, 3.5)]


@pytest.mark.parametrize("sentence", [
    "2020年，全省婴儿死亡率为3.5‰，其中农村婴儿死亡率为4.2‰。",
    "2020年，全省婴儿死亡率为3.5‰，农村留守儿童婴儿死亡率为4.2‰。",
])
def test_the_part_after_the_whole_does_not_take_the_wholes_indicator(sentence):
    assert levels(REVIEW + sentence) == [("imr", "湖南省", 2020, 3.5)]


@pytest.mark.parametrize(("sentence", "kept"), [
    ("2020年，全市人均预期寿命达到79.6岁，城镇居民人均预期寿命为80.8岁。", [("life_expectancy", "株洲市", 2020, 79.6)]),
    ("2020年，全市人均预期寿命达到79.6岁，株洲市区人均预期寿命为80.5岁。", [("life_expectancy", "株洲市", 2020, 79.6)]),
    ("2020年，全市居民健康素养水平为25.1%，城区居民健康素养水平达到28.5%，农村居民为18.2%。",
     [("health_literacy_rate", "株洲市", 2020, 25.1)]),
])
def test_the_urban_people_or_the_city_proper_are_not_the_city(sentence, kept):
    assert levels(CITY + sentence) == kept


@pytest.mark.parametrize("sentence", [
    "2020年，西部地区婴儿死亡率为7.5‰，中西部地区孕产妇死亡率为19.8/10万。",
    "2020年，中部地区城镇化率为59.0%，东北地区常住人口9851万人。",
    "2020年，苏南地区城镇化率已超过80%，苏北地区为65.3%。",
    "2020年，粵東西北地區孕產婦死亡率仍為14.5/10萬。",
])
def test_a_region_of_the_nation_or_of_a_province_is_not_the_nation(sentence):
    assert levels(NATION + "2020年，全国婴儿死亡率为5.4‰。" + sentence) == [("imr", "中国", 2020, 5.4)]


def test_a_shorter_name_inside_a_narrowed_one_is_no_mention():
    # 二孩出生人口性别比 is a birth order's sex ratio at birth: not the SRB, and its 性别比 is not the total sex ratio either
    assert codes("其中二孩出生人口性别比为106.8") == []
    assert levels(NATION + "2020年，全国出生人口性别比为111.3，其中二孩出生人口性别比为106.8。") == [("srb", "中国", 2020, 111.3)]


@pytest.mark.parametrize(("sentence", "kept"), [
    # near-misses: the whole place's words (城乡, 全省, 户籍人口) and indicators whose name holds the part
    ("2020年，全省城乡居民健康素养水平达到24.5%。", [("health_literacy_rate", "湖南省", 2020, 24.5)]),
    ("2020年，全省农村人口为3100万人，城镇化率达到58.8%。", [("pop_rural", "湖南省", 2020, 3100.0), ("urbanization_resident", "湖南省", 2020, 58.8)]),
    ("2020年，全省城镇登记失业率为3.6%。", [("unemployment_rate_registered", "湖南省", 2020, 3.6)]),
    ("2020年，全省户籍人口人均预期寿命为78.2岁。", [("life_expectancy", "湖南省", 2020, 78.2)]),
    ("2020年，河南省婴儿死亡率为3.6‰。", [("imr", "河南省", 2020, 3.6)]),
    ("2020年，全省居民人均预期寿命为77.9岁，婴儿死亡率为3.5‰。", [("imr", "湖南省", 2020, 3.5), ("life_expectancy", "湖南省", 2020, 77.9)]),
])
def test_the_whole_places_rates_still_read(sentence, kept):
    assert levels(REVIEW + sentence) == kept


def test_the_parts_are_words_before_the_name_only():
    assert codes("湖南婴儿死亡率") == ["imr"]
    assert codes("广西婴儿死亡率") == ["imr"]
    assert codes("全市区人均预期寿命") == ["life_expectancy"]
    assert codes("城市婴儿死亡率") == []
    assert codes("陕南地区人口出生率") == []


# -- a goal reported as met, restated beside the level reached ----------------------------------------------------

WORK_REPORT = "2021年株洲市政府工作报告\n"


@pytest.mark.parametrize(("text", "kept"), [
    (REVIEW + "2020年，全省孕产妇死亡率为10.2/10万，已提前实现《纲要》提出的“孕产妇死亡率控制在20/10万以下”的目标。",
     [("mmr", "湖南省", 2020, 10.2)]),
    (REVIEW + "《纲要》要求的“婴儿死亡率控制在10‰以下”目标已于2015年提前实现。", []),
    (REVIEW + "2020年，全省出生人口性别比下降到110.5，实现了降至112以下的目标。", [("srb", "湖南省", 2020, 110.5)]),
    (REVIEW + "规划确定的孕产妇死亡率、婴儿死亡率分别控制在20/10万和10‰以下的目标均已提前实现。", []),
    (REVIEW + "规划确定的人均预期寿命77岁的目标已提前实现，2020年达到77.5岁。", [("life_expectancy", "湖南省", 2020, 77.5)]),
    (WORK_REPORT + "“十三五”规划主要目标任务胜利完成，常住人口城镇化率提前一年实现60%的目标。", []),
    (WORK_REPORT + "“十三五”規劃主要目標任務勝利完成，常住人口城鎮化率提前一年實現60%的目標。", []),
])
def test_a_goal_reported_met_is_no_level(text, kept):
    assert levels(text) == kept


@pytest.mark.parametrize(("sentence", "kept"), [
    # near-misses: a goal still ahead, even one to be met early, and a level followed by the words that it met its goal
    ("到2025年，力争提前实现人均预期寿命达到80岁的目标。", [("life_expectancy", "株洲市", 2025, 80.0)]),
    ("到2025年，全市将提前完成孕产妇死亡率控制在10/10万以下的目标。", [("mmr", "株洲市", 2025, 10.0)]),
    ("到2025年，确保实现婴儿死亡率控制在5‰以下的目标。", [("imr", "株洲市", 2025, 5.0)]),
    ("2020年，全市常住人口城镇化率达到60.5%，已实现规划目标。", [("urbanization_resident", "株洲市", 2020, 60.5)]),
    ("2020年，全市婴儿死亡率为3.6‰，提前实现了规划目标。", [("imr", "株洲市", 2020, 3.6)]),
])
def test_a_goal_ahead_and_a_level_that_met_its_goal_still_read(sentence, kept):
    assert levels(CITY + sentence) == kept


# -- another country, a group of countries or the world -----------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "目前，世界平均孕产妇死亡率为211/10万，中高收入国家平均为43/10万。",
    "高收入国家人均预期寿命平均为80.6岁，日本人均预期寿命已达84.6岁。",
    "目前，发达国家城镇化率普遍在80%以上。",
    "OECD國家的人均預期壽命平均為80.5歲。",
])
def test_a_figure_of_another_country_or_the_world_is_withheld(sentence):
    assert levels(NATION + "2020年，全国婴儿死亡率为5.4‰。" + sentence) == [("imr", "中国", 2020, 5.4)]


def test_the_countrys_own_figure_beside_the_worlds_still_reads():
    text = NATION + "2020年，我国人均预期寿命为77.9岁，高于世界平均水平。全国婴儿死亡率为5.4‰，优于中高收入国家平均水平。"
    assert levels(text) == [("imr", "中国", 2020, 5.4), ("life_expectancy", "中国", 2020, 77.9)]


# -- a national document's goal quoted in a province's or a city's text -------------------------------------------

def test_a_national_documents_goal_quoted_below_the_nation_is_the_nations():
    text = REVIEW + "《“健康中国2030”规划纲要》要求，到2030年人均预期寿命达到79岁，我省目标为80岁。"
    assert levels(text) == [("life_expectancy", "中国", 2030, 79.0), ("life_expectancy", "湖南省", 2030, 80.0)]


@pytest.mark.parametrize(("text", "kept"), [
    # near-misses: the province's own document, a scope word after the quote, the nation's own text
    (REVIEW + "《“健康湖南2030”规划纲要》提出，到2030年全省人均预期寿命达到79.5岁。", [("life_expectancy", "湖南省", 2030, 79.5)]),
    (REVIEW + "《“健康中国2030”规划纲要》要求，到2030年全省人均预期寿命达到80岁。", [("life_expectancy", "湖南省", 2030, 80.0)]),
    (NATION + "《“健康中国2030”规划纲要》提出，到2030年人均预期寿命达到79岁。", [("life_expectancy", "中国", 2030, 79.0)]),
])
def test_the_texts_own_goals_after_a_cited_document_stay_its_own(text, kept):
    assert levels(text) == kept


# -- a norm's reference value, a margin, a birth order's births ---------------------------------------------------

@pytest.mark.parametrize(("sentence", "kept"), [
    ("2020年，全市总和生育率约为1.5，低于2.1的更替水平。", [("tfr", "株洲市", 2020, 1.5)]),
    ("2020年，全市总和生育率为1.5，长期低于更替水平2.1。", [("tfr", "株洲市", 2020, 1.5)]),
    ("2020年，出生人口性别比的正常值域为103—107，全市仍为110.5。", [("srb", "株洲市", 2020, 110.5)]),
    ("2020年，全市出生人口性别比为106.2，处于正常范围（103—107）。", [("srb", "株洲市", 2020, 106.2)]),
    ("2020年，全市出生人口性别比为108.3，超出103—107的国际公认标准。", [("srb", "株洲市", 2020, 108.3)]),
    ("2020年，全市人均预期寿命为79.6岁，高出全省平均1.7岁。", [("life_expectancy", "株洲市", 2020, 79.6)]),
    ("2020年，全市人均预期寿命为79.6岁，比湘潭市高出0.6岁。", [("life_expectancy", "株洲市", 2020, 79.6)]),
    ("2020年，全市出生人口2.9万人，其中二孩1.1万人，三孩0.3万人。", [("births", "株洲市", 2020, 2.9)]),
    ("2020年，全市出生人口2.9万人，其中男婴1.5万人，女婴1.4万人。", [("births", "株洲市", 2020, 2.9)]),
])
def test_a_norm_a_margin_or_a_part_of_the_births_is_no_level(sentence, kept):
    assert levels(CITY + sentence) == kept


@pytest.mark.parametrize(("sentence", "kept"), [
    # near-misses: the replacement level named without its number, another place's level in brackets, 正常水平 reached
    ("2020年，全市总和生育率为1.5，约为更替水平的七成。", [("tfr", "株洲市", 2020, 1.5)]),
    ("2020年，全市人均预期寿命为79.6岁，高于全国平均水平（77.3岁）。", [("life_expectancy", "中国", 2020, 77.3), ("life_expectancy", "株洲市", 2020, 79.6)]),
    ("全面两孩政策实施后，2020年全市出生人口2.9万人。", [("births", "株洲市", 2020, 2.9)]),
])
def test_the_levels_beside_a_norm_or_a_birth_order_still_read(sentence, kept):
    assert levels(CITY + sentence) == kept


# -- the review's year: 实施情况 before 终期评估 names the review, no task --------------------------------------------

def test_a_final_review_of_the_implementation_observes_the_periods_last_year():
    text = ("河南省儿童发展纲要（2011—2020年）实施情况终期评估报告\n发布时间：2021-09-30\n"
            "全省出生人口性别比为110.5，较2010年的117.8下降7.3。")
    assert levels(text) == [("srb", "河南省", 2010, 117.8), ("srb", "河南省", 2020, 110.5)]


def test_a_task_to_carry_out_the_final_review_still_keeps_the_base_year():
    # near-miss: 实施 as a task verb (按要求实施规划终期评估) names no review
    text = "河南省儿童发展纲要（2011—2020年）\n2021-09-30\n按要求实施规划终期评估。全省婴儿死亡率为5.4‰。"
    assert levels(text) == [("imr", "河南省", 2010, 5.4)]


def test_a_margin_over_a_year_stays_a_change_and_the_city_keeps_its_level():
    # near-miss of 高出全省平均1.7岁: 多出 after a year is a change, and the clause after it goes on about the city named
    text = "湖南省人口和计划生育工作要点\n长沙2021年末常住人口比2020年末多出5万，达到1029万人。"
    assert ("pop_resident", "长沙市", 2021, 1029.0) in levels(text)


# -- an open class of places, a birth order's sex ratio ---------------------------------------------------------------

def test_two_places_and_deng_are_a_class_whose_bound_is_no_level():
    assert levels(NATION + "2020年，全国孕产妇死亡率为16.9/10万，西藏、青海等省区孕产妇死亡率仍在30/10万以上。") == [("mmr", "中国", 2020, 16.9)]


@pytest.mark.parametrize(("text", "kept"), [
    # near-misses: places given each its own value (分别), one place's own level
    ("湖南省人口发展报告\n2020年，长沙、株洲城镇化率分别为82.6%和70.1%。",
     [("urbanization_resident", "株洲市", 2020, 70.1), ("urbanization_resident", "长沙市", 2020, 82.6)]),
    (NATION + "2020年，全国孕产妇死亡率为16.9/10万，西藏孕产妇死亡率为30.5/10万。", [("mmr", "中国", 2020, 16.9), ("mmr", "西藏自治区", 2020, 30.5)]),
])
def test_places_each_with_its_value_still_read(text, kept):
    assert levels(text) == kept


def test_a_class_of_cities_is_no_part_of_the_text_s_place_either():
    # 等城市 names a class of cities, 长沙 among them: a bound of the class, no level of 长沙 (it was read as 株洲's)
    assert levels("长沙市人口发展规划（2021—2035年）\n2020年，长沙、株洲等城市人均预期寿命超过80岁。") == []


def test_a_birth_orders_sex_ratio_after_the_places_is_no_srb():
    text = CITY + "2020年，全市出生人口性别比为108.2，其中一孩107.5，二孩109.0，三孩及以上125.3。"
    assert levels(text) == [("srb", "株洲市", 2020, 108.2)]


def test_births_added_by_a_policy_named_after_the_verb_are_no_births():
    assert levels(NATION + "实施全面两孩政策后，预计每年将多出生人口300万左右。") == []
    # near-miss: the year's births themselves
    assert levels(NATION + "2016年全国出生人口1786万人，比2015年多131万人。") == [("births", "中国", 2016, 1786.0)]


@pytest.mark.parametrize("clause", ["比目标少0.4万人", "较年度计划少出4000人", "比规划目标值低0.4万人"])
def test_a_difference_from_a_goal_is_no_level(clause):
    assert levels(WORK_REPORT + f"2020年全市出生人口3.1万人，{clause}。") == [("births", "株洲市", 2020, 3.1)]


def test_a_change_from_last_year_beside_a_goal_word_stays_a_change():
    # near-miss: 比上年 is a change over time (no row), the goal's own figure after 目标 is read
    got = levels(WORK_REPORT + "2020年全市出生人口3.1万人，比上年少0.4万人。今年目标为出生人口3.3万人。")
    assert ("births", "株洲市", 2020, 3.1) in got and all(value != 0.4 for *_, value in got)


# -- a group's own share, a narrower rate ---------------------------------------------------------------------------

def test_the_share_of_a_group_without_a_code_does_not_take_the_share_before_it():
    text = CITY + "2020年全市常住人口中，0—14岁人口占17.2%，外省流入人口占8.5%。"
    assert levels(text) == [("share_0_14", "株洲市", 2020, 17.2)]


def test_the_share_of_a_coded_count_still_reads():
    # near-miss: the towns' share is the urbanisation rate, the older people's their share
    text = CITY + "2020年全市常住人口中，城镇人口占65.8%，60岁及以上人口占21.3%。"
    assert levels(text) == [("share_60plus", "株洲市", 2020, 21.3), ("urbanization_resident", "株洲市", 2020, 65.8)]


def test_the_early_neonatal_rate_is_not_the_neonatal_rate():
    assert levels(CITY + "2020年，全市新生儿死亡率为1.8‰，其中早期新生儿死亡率为1.2‰。") == [("nmr", "株洲市", 2020, 1.8)]


# -- the world's clause goes on; a higher government's goal in a comparison -----------------------------------------

def test_the_clause_after_the_worlds_figure_goes_on_about_the_world():
    text = NATION + "根据世界卫生组织的数据，2019年全球人均预期寿命为73.3岁，健康预期寿命为63.7岁。"
    assert levels(text) == []
    # near-miss: the country named again takes the sentence back
    assert levels(NATION + "2019年全球人均预期寿命为73.3岁，我国为77.3岁。") == [("life_expectancy", "中国", 2019, 77.3)]


@pytest.mark.parametrize(("sentence", "kept"), [
    ("2021年全市出生人口性别比为107.2，比省控目标110低2.8。", [("srb", "株洲市", 2021, 107.2)]),
    ("2021年全市符合政策生育率达到95.6%，高于省考核指标（90%）5.6个百分点。", [("family_planning_rate", "株洲市", 2021, 95.6)]),
    # near-miss: the city's own goal at the ceiling the province assigned it
    ("今年，全市人口出生率控制在省下达的12‰以内。", [("birth_rate", "株洲市", 2021, 12.0)]),
])
def test_a_higher_governments_goal_in_a_comparison_is_no_level(sentence, kept):
    assert levels(WORK_REPORT + sentence) == kept


# -- a level of an era named, not dated -------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "kept"), [
    ("上世纪50年代，我国婴儿死亡率高达200‰左右，目前已降至5.4‰。", [("imr", "中国", 2020, 5.4)]),
    ("解放初期，全国孕产妇死亡率高达1500/10万，2020年下降到16.9/10万。", [("mmr", "中国", 2020, 16.9)]),
    ("20世纪70年代初，我国总和生育率高达5.8，目前已降至1.3左右。", [("tfr", "中国", 2020, 1.3)]),
    ("改革开放之初，我国城镇化率仅为17.9%，2020年达到63.9%。", [("urbanization_resident", "中国", 2020, 63.9)]),
    # near-misses: a span up to now (改革开放以来) and a year written (1949年) date their levels
    ("改革开放以来，我国城镇化率持续提高，2020年达到63.9%。", [("urbanization_resident", "中国", 2020, 63.9)]),
    ("1949年，全国孕产妇死亡率高达1500/10万。", [("mmr", "中国", 1949, 1500.0)]),
])
def test_a_level_of_an_era_named_is_no_level_of_the_texts_years(sentence, kept):
    assert levels(NATION + sentence) == kept


def test_tongqi_the_same_period_is_no_comparison_that_hides_the_place_after_it():
    # 同 as 与 masks the place after it (同江苏省相比); 同期 (the same period) does not: 江苏省 is the clause's subject
    got = levels("湖南省人口发展报告\n2020年全省城镇化率为58.8%，同期江苏省为73.4%。")
    assert ("urbanization_resident", "江苏省", 2020, 73.4) in got and ("urbanization_resident", "湖南省", 2020, 73.4) not in got
    got = levels("湖南省人口发展报告\n2020年全省城镇化率为58.8%，而同期江苏省已达73.4%。")
    assert ("urbanization_resident", "湖南省", 2020, 73.4) not in got


def test_the_nations_goal_in_a_bracketed_aside_is_no_goal_of_the_province():
    text = REVIEW + "到2022年和2030年，全省人均预期寿命分别达到78岁和79岁（国家目标为77.7岁和79岁）。"
    assert levels(text) == [("life_expectancy", "湖南省", 2022, 78.0), ("life_expectancy", "湖南省", 2030, 79.0)]
    # near-miss: 全国目标 names the nation: its goal is kept as 中国's
    assert ("imr", "中国", 2030, 5.0) in levels(REVIEW + "到2030年，全省婴儿死亡率控制在4‰以下（全国目标为5‰）。")


def test_one_sexs_population_is_not_the_places():
    assert levels(REVIEW + "2020年，全省女性常住人口3260万人，占全省常住人口的49.1%。") == []
    assert codes("全省男性人口为1012万") == []
    # near-miss: the whole population and the women's life expectancy stay
    assert levels(REVIEW + "2020年，全省常住人口6644万人，女性人均预期寿命为80.2岁。") == [
        ("life_expectancy_female", "湖南省", 2020, 80.2), ("pop_resident", "湖南省", 2020, 6644.0)]


def test_a_group_of_countries_named_by_what_they_share_is_foreign_too():
    assert levels(NATION + "根据经合组织统计，其成员国平均总和生育率为1.6。") == []
    assert levels(NATION + "2020年，我国总和生育率为1.3，低于其他国家平均水平。") == [("tfr", "中国", 2020, 1.3)]


def test_the_texts_own_scope_after_the_worlds_figure_takes_the_sentence_back():
    text = "广东省人口发展规划（2017—2030年）\n2016年，发达国家城镇化率普遍在80%以上，而我省城镇化率为69.2%。"
    assert levels(text) == [("urbanization_resident", "广东省", 2016, 69.2)]


@pytest.mark.parametrize(("sentence", "row"), [
    # near-misses of a goal met: a goal year before it makes 全面/如期/提前实现…的目标 a goal still
    ("到2020年，全面实现常住人口城镇化率达到60%的目标。", ("urbanization_resident", "株洲市", 2020, 60.0)),
    ("到2025年，提前实现人均预期寿命达到80岁的目标。", ("life_expectancy", "株洲市", 2025, 80.0)),
    ("到2020年，如期实现婴儿死亡率降至5‰以下的目标。", ("imr", "株洲市", 2020, 5.0)),
])
def test_a_goal_to_be_met_by_a_year_ahead_is_still_read(sentence, row):
    assert levels(CITY + sentence) == [row]


# -- review rv_fv (brief xfv): the part words that end a place's name -------------------------------------------------

@pytest.mark.parametrize(("text", "kept"), [
    ("盐城市卫生健康事业发展“十四五”规划\n2020年，盐城市人均预期寿命达到79.8岁。", [("life_expectancy", "盐城市", 2020, 79.8)]),
    ("晋城市人口发展规划\n2020年，晋城市出生人口性别比为108.5。", [("srb", "晋城市", 2020, 108.5)]),
    ("上海市宝山区国民经济和社会发展第十四个五年规划纲要\n2020年末，宝山区常住人口达到223.5万人。", [("pop_resident", "上海市宝山区", 2020, 223.5)]),
    ("深圳市南山区国民经济和社会发展第十四个五年规划纲要\n2020年，南山区常住人口179.6万人。", [("pop_resident", "深圳市南山区", 2020, 179.6)]),
    ("北京市西城区“十四五”时期卫生健康发展规划\n2020年，西城区人均预期寿命达到84.6岁。", [("life_expectancy", "北京市西城区", 2020, 84.6)]),
])
def test_a_part_word_that_ends_the_places_own_name_is_no_part(text, kept):
    assert levels(text) == kept


def test_a_part_word_ending_a_place_name_names_that_place_and_the_part_words_alone_stay_parts():
    assert codes("聊城市孕产妇死亡率") == ["mmr"]
    assert codes("中山区常住人口") == ["pop_resident"]
    assert codes("东城区婴儿死亡率") == ["imr"]
    # near-misses: the city proper after a city's name, the part words alone, a generic name the gazetteer never reads
    assert codes("株洲市区人均预期寿命") == []
    assert codes("全国城市孕产妇死亡率") == []
    assert codes("全省贫困山区婴儿死亡率") == []
    assert codes("老城区人均预期寿命") == []


# -- review rv_fv (brief xfv): the whole place's figure after a part's keeps the part's indicator ---------------------

@pytest.mark.parametrize(("text", "kept"), [
    (REVIEW + "2020年，农村地区婴儿死亡率为4.1‰，全省为3.5‰。", [("imr", "湖南省", 2020, 3.5)]),
    (REVIEW + "2020年，城市孕产妇死亡率为9.8/10万，农村为14.5/10万，全省平均为12.0/10万。", [("mmr", "湖南省", 2020, 12.0)]),
    (NATION + "2020年，贫困地区新生儿死亡率为4.5‰，全国为3.4‰。", [("nmr", "中国", 2020, 3.4)]),
    ("江苏省新型城镇化规划\n2020年，苏南地区常住人口城镇化率达到82%，全省为73.4%。", [("urbanization_resident", "江苏省", 2020, 73.4)]),
])
def test_the_whole_places_figure_after_a_parts_takes_the_parts_indicator(text, kept):
    assert levels(text) == kept


@pytest.mark.parametrize("sentence", [
    # near-misses: another part after the part, and the whole's scope word before the part, are still no level
    "2020年，农村地区婴儿死亡率为4.1‰，城市地区为2.9‰。",
    "2020年，全省农村地区婴儿死亡率为4.1‰，城镇为2.9‰。",
])
def test_a_part_after_a_part_is_still_no_level(sentence):
    assert levels(REVIEW + sentence) == []


# -- review rv_fv (brief xfv): the world's figure does not take the rest of the sentence from the text's place ------

@pytest.mark.parametrize(("sentence", "kept"), [
    ("2020年，全球孕产妇死亡率为211/10万，中国孕产妇死亡率为16.9/10万。", [("mmr", "中国", 2020, 16.9)]),
    ("全球新生儿死亡率为17‰，2020年新生儿死亡率为3.4‰。", [("nmr", "中国", 2020, 3.4)]),
    ("2020年，世界城镇化率约为56%，到2030年，常住人口城镇化率达到70%。", [("urbanization_resident", "中国", 2030, 70.0)]),
    ("2019年，我国人均预期寿命76.3岁，较日本（83.7岁）低7.4岁，婴儿死亡率为8.1‰。",
     [("imr", "中国", 2019, 8.1), ("life_expectancy", "中国", 2019, 76.3)]),
    ("2019年，我国总和生育率为1.6，与日本1.4的水平接近，出生人口性别比为113.5。", [("srb", "中国", 2019, 113.5), ("tfr", "中国", 2019, 1.6)]),
])
def test_the_texts_own_figures_after_a_foreign_one_still_read(sentence, kept):
    assert levels(NATION + sentence) == kept


@pytest.mark.parametrize("sentence", [
    # near-misses: the world's figure again a year later (no indicator named), another of the world's indicators, a country's two
    "2015年全球孕产妇死亡率为216/10万，2020年为211/10万。",
    "2019年全球人均预期寿命为73.3岁，健康预期寿命为63.7岁。",
    "2019年，日本人均预期寿命为84.3岁，婴儿死亡率为1.9‰。",
])
def test_the_worlds_clauses_after_its_figure_stay_withheld(sentence):
    assert levels(NATION + sentence) == []


# -- review rv_fv (brief xfv): a bracketed national goal ends at its bracket ------------------------------------------

PROVINCE_PLAN = "湖南省卫生健康事业发展“十四五”规划\n"


@pytest.mark.parametrize(("sentence", "kept"), [
    ("到2025年，全省人均预期寿命达到79岁（国家目标为78.3岁），孕产妇死亡率控制在9/10万以下。",
     [("life_expectancy", "湖南省", 2025, 79.0), ("mmr", "湖南省", 2025, 9.0)]),
    ("到2025年，人均预期寿命达到80.5岁（国家要求78.3岁），婴儿死亡率控制在3‰以下，孕产妇死亡率控制在9/10万以下。",
     [("imr", "湖南省", 2025, 3.0), ("life_expectancy", "湖南省", 2025, 80.5), ("mmr", "湖南省", 2025, 9.0)]),
    ("到2025年，人均预期寿命达到80.5岁（国家要求78.3岁），婴儿死亡率控制在4‰以下（国家要求5‰）。",
     [("imr", "湖南省", 2025, 4.0), ("life_expectancy", "湖南省", 2025, 80.5)]),
])
def test_the_clauses_after_a_bracketed_national_goal_are_the_provinces(sentence, kept):
    assert levels(PROVINCE_PLAN + sentence) == kept


def test_an_unbracketed_national_requirement_still_takes_its_clauses():
    assert levels(PROVINCE_PLAN + "国家要求到2025年人均预期寿命达到78.3岁，婴儿死亡率控制在5‰以下。") == []


# -- review rv_fv (brief xfv): a local document, or a national one the place follows, says the place's own goals -------

@pytest.mark.parametrize(("text", "kept"), [
    ("株洲市卫生健康事业发展“十四五”规划\n《株洲市创建国家卫生城市工作方案》明确，到2025年人均预期寿命达到80岁。",
     [("life_expectancy", "株洲市", 2025, 80.0)]),
    ("湖南省卫生健康事业发展“十四五”规划\n《湖南省贯彻〈“健康中国2030”规划纲要〉实施方案》提出，到2030年人均预期寿命达到79.5岁。",
     [("life_expectancy", "湖南省", 2030, 79.5)]),
    ("株洲市人口发展规划（2016—2030年）\n按照《国家人口发展规划》提出的要求，到2025年，人口自然增长率控制在5‰以内。",
     [("natural_growth_rate", "株洲市", 2025, 5.0)]),
    ("湖南省新型城镇化规划（2014—2020年）\n依据《国家新型城镇化规划》确定的目标，到2020年常住人口城镇化率达到58%。",
     [("urbanization_resident", "湖南省", 2020, 58.0)]),
])
def test_a_local_document_or_a_national_one_followed_says_the_places_own_goal(text, kept):
    assert levels(text) == kept


def test_a_national_document_cited_as_saying_still_gives_the_nations_goal():
    text = "湖南省卫生健康事业发展“十四五”规划\n《“健康中国2030”规划纲要》要求，到2030年人均预期寿命达到79岁。"
    assert levels(text) == [("life_expectancy", "中国", 2030, 79.0)]


# -- review rv_fv (brief xfv): an era as the base of a change is no time of the clause -------------------------------

@pytest.mark.parametrize(("sentence", "kept"), [
    ("2020年，我国城镇化率比改革开放之初提高了45.9个百分点，达到63.9%。", [("urbanization_resident", "中国", 2020, 63.9)]),
    ("2020年，与上世纪90年代初相比，孕产妇死亡率下降了80%，降至16.9/10万。", [("mmr", "中国", 2020, 16.9)]),
    ("2020年，人均预期寿命比新中国成立之初提高了41岁，达到77.9岁。", [("life_expectancy", "中国", 2020, 77.9)]),
    # near-miss: the era's own level after 由 stays withheld, the level it rose to reads
    ("2020年，我国城镇化率由改革开放之初的17.9%提高到63.9%。", [("urbanization_resident", "中国", 2020, 63.9)]),
])
def test_an_era_that_is_the_base_of_a_change_leaves_the_level_after_it(sentence, kept):
    assert levels(NATION + sentence) == kept


def test_an_eras_own_level_is_still_no_level():
    assert levels(NATION + "上世纪90年代初，我国孕产妇死亡率为88.8/10万。") == []


# -- review rv_fv (brief xfv): a goal to reach a norm by a year sets the bound as the target ---------------------------

@pytest.mark.parametrize(("sentence", "kept"), [
    ("到2025年，出生人口性别比逐步回归正常范围（107以下）。", [("srb", "株洲市", 2025, 107.0)]),
    ("到2035年，总和生育率逐步提升至更替水平2.1左右。", [("tfr", "株洲市", 2035, 2.1)]),
])
def test_a_goal_to_reach_a_norm_by_a_year_is_the_target(sentence, kept):
    assert levels(CITY + sentence) == kept


@pytest.mark.parametrize(("sentence", "kept"), [
    # near-misses: the norm beside a level, a norm with no goal year
    ("2020年，全市总和生育率为1.3，低于2.1的更替水平。", [("tfr", "株洲市", 2020, 1.3)]),
    ("2020年，全市出生人口性别比为112.5，出生人口性别比的正常值域为103—107。", [("srb", "株洲市", 2020, 112.5)]),
    ("出生人口性别比逐步回归正常范围（107以下）。", []),
])
def test_a_norm_without_a_goal_year_to_reach_it_is_still_no_level(sentence, kept):
    assert levels(CITY + sentence) == kept


def test_one_list_of_birth_orders_narrows_the_srb_as_it_withholds_the_orders_counts():
    # review rv_fv finding 8: the birth-order words are one shared list (BIRTH_ORDER), so 二孩及以上 narrows the SRB too
    assert codes("其中二孩及以上出生人口性别比为125.3") == []
    assert levels(NATION + "2020年，全国出生人口性别比为111.3，二孩及以上出生人口性别比为125.3。") == [("srb", "中国", 2020, 111.3)]
    # near-miss: the SRB of all births still reads
    assert codes("全国出生人口性别比为111.3") == ["srb"]


def test_a_sex_written_with_one_character_before_its_count_is_no_population():
    # review rv_fv finding 9: 其中男…万人，女…万人 (census communiqués) are one sex's counts
    census = "湖南省第七次全国人口普查公报\n"
    assert levels(census + "2020年11月1日零时，全省常住人口为6644万人，其中男3400万人，女3244万人。") == [("pop_resident", "湖南省", 2020, 6644.0)]
    # near-miss: the whole population and its sex ratio after it still read
    assert levels(census + "2020年11月1日零时，全省常住人口为6644万人，总人口性别比为104.8。") == [
        ("pop_resident", "湖南省", 2020, 6644.0), ("sex_ratio_total", "湖南省", 2020, 104.8)]


@pytest.mark.parametrize(("sentence", "kept"), [
    # review rv_fv finding 9: a 分别 list with more or fewer values than items gives no value to every item
    ("2020年，全市婴儿死亡率、5岁以下儿童死亡率分别为2.8‰、3.9‰和4.5‰。", []),
    ("2020年，全市孕产妇死亡率、婴儿死亡率和5岁以下儿童死亡率分别为8.5/10万、2.8‰。", [("mmr", "株洲市", 2020, 8.5)]),
    # near-miss: as many values as items, each its own
    ("2020年，全市孕产妇死亡率、婴儿死亡率和5岁以下儿童死亡率分别为8.5/10万、2.8‰和3.9‰。",
     [("imr", "株洲市", 2020, 2.8), ("mmr", "株洲市", 2020, 8.5), ("u5mr", "株洲市", 2020, 3.9)]),
])
def test_a_respectively_list_whose_values_do_not_match_its_items_is_read_only_where_the_unit_decides(sentence, kept):
    assert levels(CITY + sentence) == kept


def test_a_bound_after_a_national_document_followed_with_no_year_is_withheld():
    # 按照《…纲要》的要求 with no goal year after it: the outline's bound or the province's, not known — neither is read (brief xfv)
    assert levels(REVIEW + "按照《中国妇女发展纲要》的要求，孕产妇死亡率要控制在20/10万以下。") == []
