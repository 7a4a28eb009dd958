"""Forms met in the development texts of the eleventh collection (annual targets, conference reports, spatial plans):
the served population named after its count, births outside the plan, the per-100 base of a sex ratio, GDP and its growth
rate beside population figures, a year's plan figure (计划出生人口) and a year's level compared with the year before as
a record. Invented sentences, each with a near-miss that must keep its value."""

from __future__ import annotations

import pytest

from analysis.extract.stage import extract_documents
from analysis.ingest.decode import decode_bytes
from analysis.ingest.document import ingest_text


def extracted(text: str):
    return extract_documents([ingest_text(decode_bytes(text.encode("utf-8"), "plan.txt"), "plan.txt")])


def rows(text: str, columns=("indicator", "year", "value_text", "kind")) -> list[tuple]:
    values = extracted(text).indicators
    return sorted(tuple(row) for row in values[list(columns)].itertuples(index=False, name=None))


SPATIAL = "某县国土空间总体规划（2021—2035年）\n"
MEETING = "某市人口和计划生育工作会议\n"


@pytest.mark.parametrize("sentence", [
    "在常住人口基础上考虑20万服务人口，全县实际服务人口为100万人。",
    "在常住人口基础上另计20万管理服务人口。",
])
def test_a_count_named_after_as_served_population_is_no_resident_population(sentence):
    text = SPATIAL + "规划至2035年，全县常住人口规模控制在80万人。" + sentence
    assert rows(text) == [("pop_resident", 2035, "80万人", "target")]


def test_the_resident_population_before_a_served_population_keeps_its_value():
    text = SPATIAL + "规划至2035年，全县常住人口80万人，服务人口100万人。"
    assert rows(text) == [("pop_resident", 2035, "80万人", "target")]


@pytest.mark.parametrize("part", ["其中计划外出生310人", "其中政策外出生人口310人", "其中，政策外出生310人"])
def test_births_outside_the_plan_are_a_part_of_the_births(part):
    text = MEETING + f"2010年，全市户籍人口出生5200人，{part}，出生人口性别比为112.5，比上年下降2.1。"
    assert rows(text, ("indicator", "year", "value_text")) == [("births", 2010, "5200人"), ("srb", 2010, "112.5")]


def test_births_of_the_year_without_a_part_word_stay_births():
    text = MEETING + "2010年，全市户籍人口出生5200人，出生人口性别比为112.5，比上年下降2.1。"
    assert ("births", 2010, "5200人") in rows(text, ("indicator", "year", "value_text"))


@pytest.mark.parametrize("ratio, expected", [
    ("出生人口性别比控制在105—110/100", "105—110"),
    ("出生人口性别比控制在108/100", "108"),
])
def test_the_per_hundred_base_of_a_sex_ratio_is_no_value(ratio, expected):
    text = MEETING + f"2005年，全市人口出生率控制在11‰以内，{ratio}。"
    assert rows(text, ("indicator", "value_text")) == [("birth_rate", "11‰以内"), ("srb", expected)]


def test_the_definition_of_the_sex_ratio_states_no_value_but_the_ratio_after_its_base_is_read():
    text = MEETING + "2010年，全市出生人口性别比为118.5，比上年下降3.2。出生人口性别比，通常用女婴数量为100时所对应的男婴数来表示。"
    assert rows(text, ("indicator", "value_text")) == [("srb", "118.5")]
    # near-miss: the ratio written after its base in brackets is read
    text = MEETING + "2010年，全市出生人口性别比（女婴为100）为106.5，比上年下降3.2。"
    assert rows(text, ("indicator", "value_text")) == [("srb", "106.5")]


@pytest.mark.parametrize("economy", ["，2020年GDP289.8亿，增速3.2%。", "；2020年GDP289.8亿，增幅3.2%。", ".经济 2020年GDP289.8亿,增速3.2%"])
def test_gdp_and_its_growth_rate_after_a_population_are_no_levels(economy):
    text = "某市国土空间总体规划（2021—2035年）\n全市2020年户籍人口60.1万人，中心城区常住人口约30万" + economy
    found = rows(text, ("indicator", "value_text"))
    assert found == [("pop_central_urban", "30万"), ("pop_hukou", "60.1万人")]


def test_a_population_count_after_gdp_in_a_list_of_goals_is_read():
    text = "某市人口发展规划（2021—2035年）\n到2025年，为某市冲刺万亿级GDP、千万级常住人口的“双万”目标提供动力。"
    assert ("pop_resident", 2025) in {(indicator, year) for indicator, year, *_ in rows(text)}


def test_a_population_named_after_gdp_keeps_its_value_and_its_growth_rate_is_a_change():
    text = "某市国土空间总体规划（2021—2035年）\n2020年，全市地区生产总值289.8亿元、常住人口50万，常住人口增速为1.2%。"
    assert rows(text, ("indicator", "value_text")) == [("pop_resident", "50万")]


def test_a_years_planned_figure_is_a_target_and_a_stated_one_a_baseline():
    text = "某省社会发展计划\n据统计，2006年底我省实际总人口数为5593万人，出生人数73.1万人。2007年计划出生人口71.4万人。"
    assert ("births", 2007, "71.4万人", "target") in rows(text)
    text = "某省社会发展计划\n据统计，2006年底我省实际总人口数为5593万人，出生人数73.1万人。2007年出生人口71.4万人。"
    assert ("births", 2007, "71.4万人", "baseline") in rows(text)


def test_a_years_level_compared_with_the_year_before_is_observed():
    text = MEETING + "2010年，某市出生人口性别比达118.5，比上年度下降3.2个比值，人口自然增长率4.35‰。"
    assert rows(text, ("indicator", "year", "kind")) == [("natural_growth_rate", 2010, "baseline"), ("srb", 2010, "baseline")]
    assert int(extracted(text).plans["cutoff_year"].iloc[0]) == 2010
    # near-miss: a year's goal with its base (控制在…以内，比上年下降) stays a goal
    text = MEETING + "2010年，某市出生人口性别比控制在118以内，比上年下降3。"
    assert rows(text, ("indicator", "year", "kind")) == [("srb", 2010, "target")]


def test_a_years_plan_figure_compared_with_the_year_before_stays_a_target():
    text = MEETING + "2013年全市计划出生人口3.3万人，比上年增加0.1万人。"
    assert rows(text, ("indicator", "year", "kind")) == [("births", 2013, "target")]
    assert extracted(text).plans["cutoff_year"].isna().all()
    # near-miss: the same figure stated, not planned, is the year's record
    text = MEETING + "2013年全市出生人口3.3万人，比上年增加0.1万人。"
    assert rows(text, ("indicator", "year", "kind")) == [("births", 2013, "baseline")]


def test_a_level_a_year_reaches_compared_with_the_year_before_needs_a_record_or_later_goals():
    text = "某某市人口形势分析\n2025年全市常住人口达到360万人，比上年增加2万人。"
    assert rows(text, ("indicator", "year", "kind")) == [("pop_resident", 2025, "target")]
    # near-misses: told as a record (年末, 了), or beside goals of a later year
    for text in ["某某市人口形势分析\n2021年末全市常住人口达到360万人，比上年增加了2万人。",
                 "某某市人口形势分析\n2021年全市常住人口达到360万人，比上年增加2万人。到2025年，全市常住人口达到380万人。"]:
        assert ("pop_resident", 2021, "baseline") in rows(text, ("indicator", "year", "kind"))


def test_the_population_of_a_plan_of_the_citys_districts_is_the_city_propers():
    text = "《湖州市区国土空间总体规划（2021—2035年）（草案）》公示\n发展规模：\n至2025年，常住人口规模达到262万人；\n至2035年，常住人口规模达到315万人。"
    assert rows(text, ("indicator", "entity", "year", "value_text")) == [
        ("pop_city_proper", "湖州市", 2025, "262万人"), ("pop_city_proper", "湖州市", 2035, "315万人")]
    # the whole city named in such a plan stays the city's
    text = "《湖州市区国土空间总体规划（2021—2035年）（草案）》公示\n至2035年，全市常住人口规模达到410万人，市区常住人口315万人。"
    assert rows(text, ("indicator", "value_text")) == [("pop_city_proper", "315万人"), ("pop_resident", "410万人")]


@pytest.mark.parametrize("title", [
    "《湖州市区国土空间总体规划（2021—2035年）（草案）》公示\n",
    "湖州市区人口发展规划（2021—2035年）\n",
    "征求意见！事关湖州市区未来发展\n近期，湖州市自然资源和规划局发布了《湖州市区国土空间总体规划（2021—2035年）（草案）》。\n",
])
def test_a_plan_of_the_citys_districts_is_told_by_its_own_title(title):
    assert rows(title + "至2035年，常住人口规模达到315万人。", ("indicator", "value_text")) == [("pop_city_proper", "315万人")]


@pytest.mark.parametrize("title", [
    "湖州市国土空间总体规划（2021—2035年）\n本规划与湖州市区综合交通专项规划相互衔接。\n",  # another plan a line names
    "湖州市国土空间总体规划（2021—2035年）\n本规划与《湖州市区综合交通专项规划》相互衔接。\n",
    "湖州市区块链与数字经济发展规划（2021—2025年）\n",  # 区块链, not 市区
])
def test_a_plan_only_named_or_a_word_after_the_city_makes_no_plan_of_its_districts(title):
    assert rows(title + "至2035年，常住人口规模达到410万人。", ("indicator", "value_text")) == [("pop_resident", "410万人")]


def test_the_central_city_in_a_plan_of_the_citys_districts_is_no_whole_city():
    title = "《湖州市区国土空间总体规划（2021—2035年）（草案）》公示\n"
    assert rows(title + "至2035年，中心城市常住人口达到280万人。", ("indicator", "value_text")) == [("pop_city_proper", "280万人")]
    # a place of the gazetteer named before the population stays the place's
    assert rows(title + "至2035年，湖州市常住人口达到410万人。", ("indicator", "value_text")) == [("pop_resident", "410万人")]


def test_the_population_of_a_plan_of_the_whole_city_stays_the_citys():
    text = "《湖州市国土空间总体规划（2021—2035年）（草案）》公示\n发展规模：\n至2025年，常住人口规模达到362万人；\n至2035年，常住人口规模达到410万人。"
    assert rows(text, ("indicator", "value_text")) == [("pop_resident", "362万人"), ("pop_resident", "410万人")]


def test_the_city_districts_opening_a_list_of_figures_scope_them():
    text = ("某市国土空间总体规划（2021—2035年）\n全市2020年户籍人口587.32万人，七普常住人口493.18万人，城镇化率58.4%，"
            "市辖区2020年户籍人口121.5万人，七普常住人口118.26万人，城镇化率67.2%，中心城区常住人口约85万。")
    assert rows(text, ("indicator", "value_text")) == [
        ("pop_central_urban", "85万"), ("pop_city_proper", "118.26万人"), ("pop_hukou", "587.32万人"),
        ("pop_resident", "493.18万人"), ("urbanization_resident", "58.4%")]


@pytest.mark.parametrize("introduction", ["某某市辖甲、乙、丙3个县和丁、戊2个市辖区，", "全市下辖3个县、2个市辖区，总面积5800平方公里，",
                                          "全市辖两个市辖区，"])
def test_a_count_of_the_citys_districts_in_its_introduction_opens_no_list(introduction):
    text = "某某市人口发展规划（2021—2035年）\n" + introduction + "2020年末常住人口318.4万人，户籍人口259万人，城镇化率63.1%。"
    assert rows(text, ("indicator", "value_text")) == [
        ("pop_hukou", "259万人"), ("pop_resident", "318.4万人"), ("urbanization_resident", "63.1%")]


def test_the_city_districts_area_before_the_citys_figures_scopes_nothing():
    text = "某市国土空间总体规划（2021—2035年）\n2020年，市辖区面积1500平方公里，全市户籍人口587.32万人，常住人口493.18万人，城镇化率58.4%。"
    assert rows(text, ("indicator", "value_text")) == [
        ("pop_hukou", "587.32万人"), ("pop_resident", "493.18万人"), ("urbanization_resident", "58.4%")]


DRAFT = "《某市国土空间总体规划（2021-2035年）（草案）》发布，规划年限为2021-2035年。\n"


def test_a_dated_page_stating_a_year_end_of_the_plans_period_raises_the_cutoff():
    text = "某市国土空间总规出台\n2022-12-23      来源：某某楼市\n" + DRAFT + "人口：2021年末，全市常住人口352.6万人，常住人口城镇化率64.8%。"
    assert int(extracted(text).plans["cutoff_year"].iloc[0]) == 2021
    assert rows(text, ("indicator", "year", "kind")) == [("pop_resident", 2021, "baseline"), ("urbanization_resident", 2021, "baseline")]


@pytest.mark.parametrize("text", [
    "某市国土空间总规出台\n" + DRAFT + "人口：2021年末，全市常住人口352.6万人。",  # no page date: the period decides
    "某市国土空间总规出台\n2022-12-23      来源：某某楼市\n" + DRAFT + "人口：2020年末，全市常住人口352.6万人。",  # the year before the period
])
def test_without_a_page_date_or_a_year_of_the_period_the_period_decides_the_cutoff(text):
    assert int(extracted(text).plans["cutoff_year"].iloc[0]) == 2020


NEWS = "某市人口发展新闻\n统计显示，2015年末某市常住人口为1415.27万人。"


@pytest.mark.parametrize("condition", ["如果保持目前的态势，", "若延续当前趋势，", "如果能继续保持现在的发展态势，"])
def test_a_figure_on_condition_that_the_present_trend_holds_is_a_projection(condition):
    text = NEWS + f"“{condition}相信某市有能力在2020年将常住人口总量控制在1500万人以内。”某研究所副所长说。"
    assert ("pop_resident", 2020, "1500万人以内", "projection") in rows(text)


@pytest.mark.parametrize("sentence", [
    "“相信某市有能力在2020年将常住人口总量控制在1500万人以内。”某研究所副所长说。",
    "如果保持目前的生育政策，2020年某市常住人口将控制在1500万人以内。",  # a policy kept, not the trend: the goal stays
])
def test_without_the_present_trend_as_the_condition_the_ceiling_stays_a_target(sentence):
    assert ("pop_resident", 2020, "1500万人以内", "target") in rows(NEWS + sentence)


@pytest.mark.parametrize("share, qualifier", [("占全省约6%", "approx"), ("城镇化率63.1%，占全省约6%", "approx"), ("占全省人口的6%", "none"), ("占全省总人口比重为6%", "none")])
def test_a_share_of_the_province_after_the_places_population_is_its_share(share, qualifier):
    text = "某市国土空间总体规划（2021—2035年）\n全市2020年常住人口318.4万人，" + share + "。"
    assert ("share_of_province_pop", 2020, "6%", qualifier) in rows(text, ("indicator", "year", "value_text", "qualifier"))


@pytest.mark.parametrize("between", ["地区生产总值3200亿元，占全省的5.0%", "经济总量占全省的5.0%", "陆域面积占全省的5.7%",
                                     "土地面积5820平方公里，占全省的5.7%", "实现地区生产总值3201亿元、占全省4.9%",
                                     "城镇化率63.1%，土地面积5820平方公里，占全省的6%", "户籍人口268万人，占全省户籍人口的5.4%"])
@pytest.mark.parametrize("place", ["全市", "某某市"])
def test_a_share_of_the_province_with_another_figure_or_noun_after_the_population_is_not_its_share(place, between):
    text = "某某市人口发展规划（2021—2035年）\n2020年末，" + place + "常住人口318.4万人，" + between + "。"
    assert "share_of_province_pop" not in {indicator for indicator, *_ in rows(text)}


def test_a_share_of_the_province_of_the_registered_population_is_not_the_residents_share():
    text = "某某市人口发展规划（2021—2035年）\n2020年末，全市户籍人口259万人，占全省的5.4%。"
    assert "share_of_province_pop" not in {indicator for indicator, *_ in rows(text)}


def test_a_share_of_the_province_after_another_groups_count_is_no_share_of_its_population():
    text = "某市国土空间总体规划（2021—2035年）\n全市2020年城镇人口300万人，占全省的12%。"
    assert "share_of_province_pop" not in {indicator for indicator, *_ in rows(text)}


@pytest.mark.parametrize("goal", ["2009年，务必使全年人口自然增长率稳定在千分之6.5以下。", "2009年，确保全年人口自然增长率在6.5‰。"])
def test_a_whole_years_goal_does_not_make_the_year_observed(goal):
    text = "某省人口和计划生育工作会议\n" + goal
    assert [kind for *_, kind in rows(text)] == ["target"]


def test_a_whole_year_reported_stays_observed():
    text = "某省人口和计划生育工作会议\n2009年，全省出生人口58万人，全年人口自然增长率为6.2‰。"
    assert rows(text) == [("births", 2009, "58万人", "baseline"), ("natural_growth_rate", 2009, "6.2‰", "baseline")]


@pytest.mark.parametrize("report", ["全年人口自然增长率控制在4.8‰以内，完成了省下达的目标任务。", "全年人口自然增长率稳定在4.8‰以下。"])
def test_a_whole_year_reported_with_the_words_of_a_ceiling_stays_observed(report):
    text = "某省人口和计划生育工作会议\n2013年，全省出生人口53万人。" + report
    assert [kind for *_, kind in rows(text)] == ["baseline", "baseline"]
    assert int(extracted(text).plans["cutoff_year"].iloc[0]) == 2013


def test_the_base_of_a_ratio_as_a_condition_is_no_value_whatever_precedes_it():
    # a damaged copy prints a garbled character for 婴: the condition 为100时 still names the base
    text = MEETING + "2010年，全市出生人口性别比为118.5，比上年下降3.2。出生人口性别比，通常用女?huà)霐数量为100时所对应的男婴数来表示。"
    assert rows(text, ("indicator", "value_text")) == [("srb", "118.5")]
    # near-miss: a ratio of 100 stated as the level is read
    text = MEETING + "2010年，全市出生人口性别比为100，比上年下降3.2。"
    assert rows(text, ("indicator", "value_text")) == [("srb", "100")]


def test_a_table_row_of_no_code_counting_things_gives_no_values_but_a_rate_of_no_code_stays_unmapped():
    text = ("某县健康行动实施方案（2021—2025年）\n表1 主要指标\n序号 | 指标 | 单位 | 2020年 | 2025年\n"
            "1 | 人均预期寿命 | 岁 | 78.5 | 79.5\n2 | 省级慢性病综合防控示范区 | 个 | 0 | 2\n"
            "3 | 无障碍设施建设达标率 | % | 90 | 100\n4 | 社区卫生服务中心 | 家 | 12 | 15\n")
    assert rows(text, ("indicator", "year", "value_text")) == [
        ("life_expectancy", 2020, "78.5"), ("life_expectancy", 2025, "79.5"), ("unmapped", 2020, "90"), ("unmapped", 2025, "100")]


@pytest.mark.parametrize("compared, entity", [("高于湖州全市2.7‰的平均水平", "湖州市"), ("低于浙江全省2.7‰的平均水平", "浙江省")])
def test_another_places_level_named_before_its_scope_word_is_that_places(compared, entity):
    text = "湖州市吴兴区人口发展规划（2021—2035年）\n2020年吴兴区人口自然增长率为3.4‰，" + compared + "。"
    assert rows(text, ("indicator", "entity", "value_text")) == sorted([
        ("natural_growth_rate", entity, "2.7‰"), ("natural_growth_rate", "湖州市吴兴区", "3.4‰")])


def test_a_scope_word_alone_in_a_comparison_keeps_its_place():
    text = "湖州市吴兴区人口发展规划（2021—2035年）\n2020年吴兴区人口自然增长率为3.4‰，高于全市2.7‰的平均水平。"
    assert ("natural_growth_rate", "湖州市", "2.7‰") in rows(text, ("indicator", "entity", "value_text"))


@pytest.mark.parametrize("compared, entity", [("高于吴兴全区2.1‰的平均水平", "湖州市吴兴区"),  # the name with the scope's 区
                                              ("高于同年全省2.1‰的平均水平", "浙江省"),  # a word of time, no name
                                              ("高于某某全区2.1‰的平均水平", None)])  # no place: not read
def test_a_name_before_the_scope_word_that_is_no_place_gives_no_level_of_the_plans_place(compared, entity):
    text = "湖州市人口发展规划（2021—2035年）\n2020年，全市人口自然增长率为3.5‰，" + compared + "。"
    found = rows(text, ("indicator", "entity", "value_text"))
    assert ("natural_growth_rate", "湖州市", "2.1‰") not in found
    assert [row for row in found if row[2] == "2.1‰"] == ([("natural_growth_rate", entity, "2.1‰")] if entity else [])


@pytest.mark.parametrize("word", ["计划出生人口", "人口总数计划为", "力争", "将", "预计"])
def test_every_tense_rule_takes_the_goal_words_of_the_one_list(word):
    from analysis.extract.meta import NOT_A_RECORD, WHOLE_YEAR_GOAL
    from analysis.extract.prose.words import GOAL_WORDS

    assert NOT_A_RECORD.search(word) and WHOLE_YEAR_GOAL.search(word) and GOAL_WORDS.search(word)


@pytest.mark.parametrize("word", ["计划生育率", "计划外出生", "控制在", "完成了目标任务"])
def test_a_word_a_record_of_the_past_uses_too_makes_no_whole_year_a_goal(word):
    from analysis.extract.meta import WHOLE_YEAR_GOAL

    assert not WHOLE_YEAR_GOAL.search(word)
