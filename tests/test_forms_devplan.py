"""Forms of development plans, urbanisation plans and their press reports (brief dv), on invented sentences.

Each form has texts the extractor missed or misread before its rule, and near-misses that must not change."""

from __future__ import annotations

import pandas as pd

from probe_rows import rows

COLUMNS = ["line", "indicator", "entity", "year", "period_start", "value", "qualifier", "kind"]


def read(text: str) -> list[tuple]:
    return [(int(line), i, e, int(y) if y == y else None, None if pd.isna(p) else int(p), round(float(v), 6), q, k)
            for line, i, e, y, p, v, q, k in rows(text, COLUMNS)]


SETTLERS, NEW_URBAN = "urban_hukou_settlers_period_total", "new_urban_population_period_total"

# -- a total summed up to a goal year in a text that states no period -------------------------------------------------

UNDATED_PLAN = "忻州市新型城镇化发展规划\n"  # no period in the title or the text


def test_a_total_up_to_a_goal_year_of_its_sentence_is_read_without_a_first_year():
    assert read(UNDATED_PLAN + "到2020年，忻州市力争使30万左右农业转移人口落户城镇。") == [
        (2, SETTLERS, "忻州市", 2020, None, 30.0, "approx", "target")]


def test_a_total_up_to_the_goal_year_of_the_sentence_before_is_read_without_a_first_year():
    text = UNDATED_PLAN + "《规划》明确，到2020年，忻州市城镇常住人口增至120万人。同时，户籍人口城镇化率提高到40%，推动18万农业转移人口落户城镇。"
    assert [r for r in read(text) if r[1] == SETTLERS] == [(2, SETTLERS, "忻州市", 2020, None, 18.0, "none", "target")]


def test_new_urban_residents_up_to_a_goal_year_are_read_the_same_way():
    assert read(UNDATED_PLAN + "到2025年，忻州市城镇新增人口达到40万人。") == [(2, NEW_URBAN, "忻州市", 2025, None, 40.0, "none", "target")]


def test_near_miss_a_count_of_one_year_is_still_not_a_total():
    # the year written without 到 (a year's count), 截至 (a record), and in the sentence though 到 was said before
    assert read(UNDATED_PLAN + "2014年，忻州市新增落户城镇人口15万人。") == []
    assert read(UNDATED_PLAN + "截至2020年，忻州市累计已有26万农业转移人口落户城镇。") == []
    assert read(UNDATED_PLAN + "到2020年，忻州市城镇常住人口达到120万人。2020年，力争推动25万农业转移人口落户城镇。") == [
        (2, "pop_urban", "忻州市", 2020, None, 120.0, "none", "target")]


def test_near_miss_a_record_up_to_a_year_is_not_a_total_summed_to_a_goal_year():
    # 累计, 已, a review of the past years, 截止到 and 直至 record what was done; 再 adds to a total before: none is read (review
    # rv_dv finding 5)
    report = "忻州市2020年政府工作报告\n"
    assert read(report + "过去五年，我们推动新型城镇化，到2019年底，累计有35万农业转移人口落户城镇。") == []
    assert read(report + "到2019年底，全市累计已有35万农业转移人口落户城镇。") == []
    assert read(UNDATED_PLAN + "到2016年底，全市已累计有22万农业转移人口落户城镇。") == []
    assert read(UNDATED_PLAN + "直至2019年，全市已有24万农业转移人口落户城镇。") == []
    assert read(UNDATED_PLAN + "截止到2019年底，累计有24万农业转移人口落户城镇。") == []
    text = UNDATED_PLAN + "到2020年，努力推动28万人以上农业转移人口落户城镇，到2030年再推动16万人落户城镇。"
    assert read(text) == [(2, SETTLERS, "忻州市", 2020, None, 28.0, "above", "target")]
    # 已 of a level stated before the goal year is no record of the total after it
    text = UNDATED_PLAN + "目前全市城镇化率已达到48%，到2020年，力争实现24万农业转移人口落户城镇。"
    assert [r for r in read(text) if r[1] == SETTLERS] == [(2, SETTLERS, "忻州市", 2020, None, 24.0, "none", "target")]


def test_near_miss_a_goal_year_before_the_end_of_a_stated_period_is_still_not_read():
    # the plan states its period (2016—2020): a count up to 2018 is no total of it, and its first year is not 2016
    assert read("忻州市新型城镇化规划（2016—2020年）\n到2018年，推动25万农业转移人口落户城镇。") == []


def test_near_miss_a_yearly_figure_up_to_a_goal_year_is_not_a_total():
    assert read(UNDATED_PLAN + "到2020年，每年新增城镇人口2万人。") == []


# -- a subheading of figures over the paragraph that states them ------------------------------------------------------

REPORT = "邢台市“十四五”规划纲要全文公布\n记者从邢台市获悉，《邢台市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》全文公布。\n"


def test_a_subheading_of_bare_figures_is_read_as_the_paragraph_below_states_them():
    text = REPORT + "7%、400万人\n《纲要》提出，到2025年，邢台市区常住人口达到300万人，到2035年达到400万人。“十四五”期间，地区生产总值年均增长7%左右。\n"
    assert read(text) == [
        (3, "pop_city_proper", "邢台市", 2035, None, 400.0, "none", "target"),
        (4, "pop_city_proper", "邢台市", 2025, None, 300.0, "none", "target"),
        (4, "pop_city_proper", "邢台市", 2035, None, 400.0, "none", "target"),
    ]


def test_a_subheading_with_the_words_of_a_total_takes_the_year_of_the_item_below():
    text = ("江西省国民经济和社会发展第十三个五年规划纲要（草案）审查\n人口\n320萬農業轉移人口落戶城鎮\n"
            "●到2020年，全省戶籍人口城鎮化率提高到55%\n●到2020年，推動不少於320萬農業轉移人口落戶城鎮\n")
    assert [r for r in read(text) if r[1] == SETTLERS] == [
        (3, SETTLERS, "江西省", 2020, 2016, 320.0, "none", "target"), (5, SETTLERS, "江西省", 2020, 2016, 320.0, "ge", "target")]


def test_near_miss_a_subheading_figure_the_paragraph_states_for_two_years_is_not_read():
    text = REPORT + "400万人\n到2025年，邢台市区常住人口达到400万人，到2035年仍保持在400万人。\n"
    assert [r for r in read(text) if r[0] == 3] == []


def test_near_miss_a_subheading_figure_that_the_paragraph_states_as_no_level_is_not_read():
    # 600亿 is money below it; 1-2 条地铁线路 counts something else; the figure of a later section is not this one's
    text = REPORT + "600亿\n到2025年，全市汽车产业营业收入达到600亿元。\n1-2 条地铁线路\n争取启动建设1-2条地铁线路，到2025年常住人口达到2万人。\n"
    assert read(text) == [(6, "pop_resident", "邢台市", 2025, None, 2.0, "none", "target")]
    text = REPORT + "400万人\n到2025年，全市汽车产业营业收入达到600亿元。\n城市人口\n到2035年，邢台市区常住人口达到400万人。\n"
    assert read(text) == [(6, "pop_city_proper", "邢台市", 2035, None, 400.0, "none", "target")]


def test_near_miss_a_subheading_that_names_another_indicator_takes_no_figure_of_the_paragraph():
    text = REPORT + "户籍人口400万人\n到2035年，邢台市区常住人口达到400万人。\n"
    assert [r for r in read(text) if r[0] == 3 and r[1] == "pop_city_proper"] == []


# -- in a city's or county's text, the clauses after one about its province go on about the province -----------------

CITY_REPORT = "宁波市人口发展规划出炉\n"


def test_in_a_citys_text_a_clause_goes_on_about_the_province_the_clause_before_named():
    text = CITY_REPORT + "统计公报称，2023年末浙江全省常住人口达到6627万人，同2022年末常住人口6577万人相比，多了50万人。\n"
    assert [(r[1], r[2], r[3], r[5]) for r in read(text)] == [
        ("pop_resident", "浙江省", 2022, 6577.0), ("pop_resident", "浙江省", 2023, 6627.0)]
    text = CITY_REPORT + "2022年，全省人口自然增长率为0.04‰，出生率为6.3‰。\n"
    assert [(r[1], r[2]) for r in read(text)] == [("birth_rate", "浙江省"), ("natural_growth_rate", "浙江省")]


def test_in_a_countys_text_a_clause_goes_on_about_its_prefecture():
    text = "宁波市鄞州区人口发展规划\n2020年，宁波市常住人口为940.4万人，城镇化率为78%。\n"
    assert [(r[1], r[2]) for r in read(text)] == [("pop_resident", "宁波市"), ("urbanization_resident", "宁波市")]


def test_near_miss_the_citys_own_clause_after_the_provinces_stays_the_citys():
    text = CITY_REPORT + "2023年末浙江全省常住人口达到6627万人，全市常住人口达到970.1万人，城镇化率为79.2%。\n"
    assert [(r[1], r[2], r[5]) for r in read(text)] == [
        ("pop_resident", "宁波市", 970.1), ("pop_resident", "浙江省", 6627.0), ("urbanization_resident", "宁波市", 79.2)]


def test_near_miss_another_city_named_in_a_citys_text_is_not_carried():
    # 杭州市 does not contain 宁波市: the next clause without a place stays the plan's own, as before
    text = CITY_REPORT + "2023年末杭州市常住人口达到1252.2万人，城镇化率为84.2%。\n"
    assert [(r[1], r[2]) for r in read(text)] == [("pop_resident", "杭州市"), ("urbanization_resident", "宁波市")]


def test_the_texts_own_word_after_the_provinces_clause_stops_the_carry():
    # 我市/本市/我区 name the text's own place: it and the clauses after it are the city's (county's), not the province's (review
    # rv_dv finding 1); 市区 (the city's urban districts) is never the province either
    text = CITY_REPORT + "2016年，全国常住人口城镇化率为57.4%，我市常住人口城镇化率为72%。\n"
    assert [(r[2], r[5]) for r in read(text)] == [("中国", 57.4), ("宁波市", 72.0)]
    text = CITY_REPORT + "2016年，浙江省常住人口为5590万人，本市常住人口为788万人，城镇化率为72%。\n"
    assert [(r[1], r[2], r[5]) for r in read(text)] == [
        ("pop_resident", "宁波市", 788.0), ("pop_resident", "浙江省", 5590.0), ("urbanization_resident", "宁波市", 72.0)]
    text = CITY_REPORT + "2016年，全省常住人口城镇化率为67%，我市为72%，户籍人口城镇化率为41%。\n"
    assert [(r[1], r[2], r[5]) for r in read(text)] == [
        ("urbanization_hukou", "宁波市", 41.0), ("urbanization_resident", "宁波市", 72.0), ("urbanization_resident", "浙江省", 67.0)]
    text = CITY_REPORT + "到2025年，全省要实现城镇化率72%的目标，我市城镇化率达到76%，户籍人口城镇化率达到46%。\n"
    assert [(r[1], r[2], r[5]) for r in read(text)] == [
        ("urbanization_hukou", "宁波市", 46.0), ("urbanization_resident", "宁波市", 76.0), ("urbanization_resident", "浙江省", 72.0)]
    text = "宁波市鄞州区人口发展规划\n2021年，宁波市常住人口为954万人，我区常住人口为165万人，城镇化率为86%。\n"
    assert [(r[1], r[2], r[5]) for r in read(text)] == [
        ("pop_resident", "宁波市", 954.0), ("pop_resident", "宁波市鄞州区", 165.0), ("urbanization_resident", "宁波市鄞州区", 86.0)]
    text = CITY_REPORT + "2016年，全省人口出生率为10.9‰，市区人口出生率为9.4‰。\n"
    assert [r[2] for r in read(text) if r[5] == 9.4] in ([], ["宁波市"])


def test_the_citys_scope_word_in_a_clause_without_a_value_stops_the_carry():
    # …全省常住人口达到…，全市要完成的目标是，城镇化率达到…: 全市 names the city again before the value's clause (review rv_dv finding 1,
    # a case of its probes)
    text = CITY_REPORT + "省人口发展规划提出，到2025年全省常住人口达到5800万人，全市要完成的任务是，城镇化率达到78%。\n"
    assert [(r[1], r[2], r[5]) for r in read(text)] == [("pop_resident", "浙江省", 5800.0), ("urbanization_resident", "宁波市", 78.0)]


def test_the_citys_own_part_after_qizhong_of_the_province_is_read_as_the_citys():
    # 其中我市…: the city's level inside the province's, not a second level of the province (review rv_dv finding 2)
    text = CITY_REPORT + "2016年，浙江省常住人口为5590万人，其中我市常住人口为788万人，城镇化率为72%。\n"
    assert [(r[1], r[2], r[5]) for r in read(text)] == [
        ("pop_resident", "宁波市", 788.0), ("pop_resident", "浙江省", 5590.0), ("urbanization_resident", "宁波市", 72.0)]


# -- a part after 其中 named with the whole's indicator is no second level of the whole ---------------------------------

PROVINCE_REPORT = "江西省人口发展报告\n"


def test_a_part_after_qizhong_with_the_wholes_name_is_not_read():
    text = PROVINCE_REPORT + "截至2019年底，江西常住人口为4666.1万人，比上年增加18.3万人，其中常住人口为2679万人，占总人口的57.4%。"
    assert [(r[1], r[3], r[5]) for r in read(text) if r[1] == "pop_resident"] == [("pop_resident", 2019, 4666.1)]


def test_a_part_after_qizhong_of_the_whole_named_by_its_scope_word_is_not_read():
    # 全市 and no place are the same place: 市区 after 其中 is a part, no second level of the city (review rv_dv finding 10)
    text = "宁波市人口发展规划（2016—2030年）\n2015年，全市常住人口达到815万人，其中市区常住人口达到390万人。"
    assert [(r[1], r[2], r[5]) for r in read(text)] == [("pop_resident", "宁波市", 815.0)]
    text = PROVINCE_REPORT + "截至2019年底，全省常住人口为4666.1万人，其中常住人口为2679万人。"
    assert [(r[1], r[5]) for r in read(text)] == [("pop_resident", 4666.1)]


def test_near_miss_a_part_after_qizhong_named_as_a_part_is_read():
    # the part's own indicator, another place, another year: each a level of its own
    text = PROVINCE_REPORT + "截至2019年底，江西常住人口为4666.1万人，其中城镇常住人口为2679万人、户籍人口为5100万人。"
    assert [(r[1], r[5]) for r in read(text)] == [("pop_hukou", 5100.0), ("pop_resident", 4666.1), ("pop_urban", 2679.0)]
    text = PROVINCE_REPORT + "截至2019年底，江西常住人口为4666.1万人，其中南昌市常住人口为560.1万人。"
    assert [(r[1], r[2], r[5]) for r in read(text)] == [("pop_resident", "南昌市", 560.1), ("pop_resident", "江西省", 4666.1)]
    text = PROVINCE_REPORT + "到2020年，全省常住人口达到4700万人，到2030年常住人口达到4800万人，其中城镇化率为70%。"
    assert [(r[1], r[3], r[5]) for r in read(text) if r[1] == "pop_resident"] == [("pop_resident", 2020, 4700.0), ("pop_resident", 2030, 4800.0)]


# -- a headline's figure the body states only as a forecast is that forecast ------------------------------------------


def test_a_headline_figure_the_body_forecasts_is_a_projection():
    text = "赣2030年常住人口达4800万\n江西省统计局昨天发布消息称，预计到2025年全省常住人口为4700万人，2030年为4800万人。\n"
    assert [(r[0], r[3], r[5], r[7]) for r in read(text)] == [
        (1, 2030, 4800.0, "projection"), (2, 2025, 4700.0, "projection"), (2, 2030, 4800.0, "projection")]


def test_near_miss_a_headline_figure_the_body_sets_as_a_goal_stays_a_target():
    text = "赣2030年常住人口达4800万\n《规划》提出，到2030年，全省常住人口达到4800万人。\n"
    assert [(r[0], r[7]) for r in read(text)] == [(1, "target"), (2, "target")]
    # the headline's own goal word, and a forecast of another indicator in the body, leave the headline's kind as it is
    text = "赣2030年常住人口目标4800万\n预计到2030年全省常住人口为4800万人。\n"
    assert [(r[0], r[7]) for r in read(text)] == [(1, "target"), (2, "projection")]
    text = "赣2030年常住人口达4800万\n到2030年全省常住人口达到4800万人，预计2030年城镇化率为70%。\n"
    assert [(r[0], r[1], r[7]) for r in read(text)] == [
        (1, "pop_resident", "target"), (2, "pop_resident", "target"), (2, "urbanization_resident", "projection")]


# -- in a report of a plan, a 将会 in a clause without a figure forecasts nothing ------------------------------------------

PLAN_NEWS = "浙江公布“十四五”养老服务体系规划\n今天，浙江省政府办公厅正式公布《浙江省“十四五”养老服务体系规划》。\n"


def test_a_reporters_jianghui_without_a_figure_leaves_the_goals_after_it_targets():
    text = PLAN_NEWS + "《规划》指出，老年人生活品质将会明显改善，到2025年，基本养老保险参保率将达到97%。\n"
    assert [(r[1], r[7]) for r in read(text)] == [("pension_insurance_coverage", "target")]


def test_near_miss_a_jianghui_of_the_figures_clause_or_a_forecasters_word_after_it_is_a_forecast():
    text = PLAN_NEWS + "《规划》指出，到2025年，全省老年人口将会达到1500万人。\n"
    assert [(r[1], r[7]) for r in read(text)] == [("pop_elderly", "projection")]
    text = PLAN_NEWS + "《规划》指出，人口老龄化将会更快，预计到2025年全省老年人口达到1500万人。\n"
    assert [(r[1], r[7]) for r in read(text)] == [("pop_elderly", "projection")]


def test_a_jianghui_of_the_populations_course_forecasts_the_figures_after_it():
    # the clause of 将会 names the population's course (人口老龄化, 老龄化将会加深): a forecaster's subject, so the figures after it are
    # projections, as before brief dv (review rv_dv finding 6)
    text = PLAN_NEWS + "《规划》指出，我省人口老龄化将会加快，到2025年全省60岁以上老年人口将达到1480万人，占总人口的23%。\n"
    assert [(r[1], r[7]) for r in read(text)] == [("pop_60plus", "projection"), ("share_60plus", "projection")]
    text = PLAN_NEWS + "《规划》指出，今后五年老龄化将会加深，全省老年人口将突破1480万。\n"
    assert [(r[1], r[7]) for r in read(text)] == [("pop_elderly", "projection")]
    # near-miss: a health indicator's course in the 将会 clause is the plan's goal, as brief dv wanted
    text = PLAN_NEWS + "《规划》指出，婴儿死亡率将会继续下降，到2025年，婴儿死亡率将降至4.5‰。\n"
    assert [(r[1], r[7]) for r in read(text)] == [("imr", "target")]


# -- the size of city a place aims at, named as its goal ---------------------------------------------------------------

CITY_PLAN = "宁波市人口发展中长期规划\n"


def test_a_city_size_named_as_the_places_goal_is_its_level():
    assert read(CITY_PLAN + "宁波市提出，到2027年冲刺“千万人口城市”目标。") == [(2, "pop_resident", "宁波市", 2027, None, 1000.0, "ge", "target")]
    assert read(CITY_PLAN + "到2030年，实现千万人口城市的目标。") == [(2, "pop_resident", "宁波市", 2030, None, 1000.0, "ge", "target")]


def test_near_miss_a_city_size_goal_of_several_places_or_without_a_year_is_not_read():
    assert read(CITY_PLAN + "到2027年，宁波、苏州均将冲刺“千万人口城市”目标。") == []
    assert read(CITY_PLAN + "宁波、苏州两市都把“千万人口城市”目标写进了规划。") == []
    assert read(CITY_PLAN + "市委明确了“千万人口城市”目标的实现路径。") == []


def test_near_miss_a_city_size_goal_approached_in_a_year_of_news_is_not_a_level():
    # no verb of reaching it (向…目标迈进, 朝着…目标), the goal's groundwork (目标的基础), a year of news or review: no level of
    # 1000万 for that year (review rv_dv finding 4)
    news = "宁波人口增量居全省前列\n2025-01-18\n"
    assert [r[5] for r in read(news + "2024年，宁波向“千万人口城市”目标再迈进一步，全市常住人口达到977.5万人。")] == [977.5]
    assert read(news + "去年，宁波朝着“千万人口城市”目标稳步前进。") == []
    text = "宁波市2022年政府工作报告\n2021年，宁波实现“千万人口城市”目标的基础更加扎实，常住人口达到954万人。"
    assert [r[5] for r in read(text)] == [954.0]


def test_near_miss_the_distance_left_to_a_city_size_goal_is_no_level():
    # the goal's size restated as the distance left to it: no level of 1000万 for the observed year (review rv_dv, before brief dv)
    text = "宁波市人口发展规划（2016—2030年）\n2023年，宁波常住人口为969.7万人，距离千万人口城市目标还差30.3万人。"
    assert [r[5] for r in read(text)] == [969.7]


def test_a_city_size_with_yishang_is_a_floor():
    assert read(CITY_PLAN + "到2035年，实现600万人口以上大城市的目标。") == [(2, "pop_resident", "宁波市", 2035, None, 600.0, "above", "target")]
    assert read(CITY_PLAN + "力争2029年实现“千万人口城市”目标。") == [(2, "pop_resident", "宁波市", 2029, None, 1000.0, "ge", "target")]


# -- the end of a five-year plan in a sentence of goals is ahead, not past ---------------------------------------------


def test_a_plans_end_named_with_mo_in_a_sentence_of_goals_is_a_target():
    text = "邢台日报\n《纲要》提出，“十四五”末全市常住人口城镇化率提升到61%、户籍人口城镇化率提升到47%。"
    assert [(r[1], r[3], r[7]) for r in read(text)] == [("urbanization_hukou", 2025, "target"), ("urbanization_resident", 2025, "target")]


def test_the_end_reached_stays_past_beside_the_end_ahead():
    # 已 keeps the first a baseline; before the rule the 末 of the second made it one too
    text = "邢台日报\n《纲要》提出，“十三五”末全市常住人口城镇化率已达到55%，“十四五”末达到60%。"
    assert [(r[3], r[7]) for r in read(text)] == [(2020, "baseline"), (2025, "target")]


def test_near_miss_a_plans_end_without_a_goal_word_is_still_past():
    text = "邢台日报\n“十三五”期末全市常住人口城镇化率为55%。"
    assert [(r[3], r[7]) for r in read(text)] == [(2020, "baseline")]


def test_a_plans_end_beside_a_goal_reviewed_or_a_later_plans_end_stays_past():
    # the noun 目标 of a goal reviewed, a report of goals met, and an earlier plan's end beside the later one named in the sentence
    # keep the 末 a word of the past in an undated text (review rv_dv finding 3)
    for text in ("目标任务圆满完成，“十三五”末全市常住人口城镇化率达到57%。",
                 "对照“十三五”规划的目标，“十三五”末全市常住人口城镇化率达到57%，超额完成了任务。",
                 "“十三五”规划确定的各项目标全面完成，“十三五”期末全市户籍人口城镇化率为44%。"):
        assert [(r[3], r[7]) for r in read("邢台日报\n" + text)] == [(2020, "baseline")], text
    text = "邢台日报\n《纲要》提出，“十三五”末全市常住人口城镇化率为54%，“十四五”末提高到59%。"
    assert [(r[3], r[5], r[7]) for r in read(text)] == [(2020, 54.0, "baseline"), (2025, 59.0, "target")]


def test_near_miss_a_goal_noun_that_leads_goals_in_still_makes_the_plans_end_ahead():
    text = "邢台日报\n《纲要》确定的目标是，“十四五”末全市常住人口城镇化率达到64%。"
    assert [(r[3], r[7]) for r in read(text)] == [(2025, "target")]
    # a completion still ahead (确保全面完成) reports no goal met
    text = "邢台日报\n《纲要》提出，确保全面完成各项任务，“十四五”末全市常住人口城镇化率达到63%。"
    assert [(r[3], r[7]) for r in read(text)] == [(2025, "target")]


# -- another place's level after the comparison and its possessive 的 ------------------------------------------------

XT = "邢台市人口发展规划（2016—2030年）\n"


def test_a_value_after_a_compared_places_possessive_is_that_places_level():
    assert [(r[1], r[2], r[5]) for r in read(XT + "2015年，全市人均预期寿命提高到78.6岁，高于石家庄市的77.3岁。")] == [
        ("life_expectancy", "石家庄市", 77.3), ("life_expectancy", "邢台市", 78.6)]
    assert [(r[2], r[5]) for r in read(XT + "2015年，全市人均预期寿命提高到78.6岁，高于全国的76.3岁。")] == [("中国", 76.3), ("邢台市", 78.6)]
    assert [(r[2], r[5]) for r in read(XT + "2015年，全市人均预期寿命提高到78.6岁，高于全省平均水平的77.3岁。")] == [("河北省", 77.3), ("邢台市", 78.6)]


def test_the_difference_after_a_compared_places_level_is_no_level():
    assert [(r[2], r[5]) for r in read(XT + "2015年，全市人均预期寿命提高到78.6岁，比石家庄市的77.3岁高1.2岁。")] == [("石家庄市", 77.3), ("邢台市", 78.6)]


def test_near_miss_a_comparison_without_a_value_or_with_a_change_reads_only_the_own_level():
    assert [(r[2], r[5]) for r in read(XT + "2015年，全市人均预期寿命提高到78.6岁，高于全国的平均水平。")] == [("邢台市", 78.6)]
    assert [(r[2], r[5]) for r in read(XT + "2015年，全市常住人口城镇化率达到55%，比全省的平均水平低3个百分点。")] == [("邢台市", 55.0)]


# -- a part's share of the urban population is no urbanisation rate ----------------------------------------------------


def test_a_parts_share_of_the_urban_population_is_not_read():
    assert read(XT + "到2025年，县城常住人口占全市城镇人口比重达到40%。") == []
    assert [(r[1], r[5]) for r in read(XT + "到2025年，城镇化率达到60%，县城人口占城镇人口的比重达到40%。")] == [("urbanization_resident", 60.0)]


def test_in_a_list_after_fenbie_only_the_value_paired_with_the_share_is_not_read():
    # review rv_dv finding 7: the urbanisation rate listed with a part's share keeps its value
    text = XT + "到2025年，常住人口城镇化率和县城人口占城镇人口比重分别达到78%和22%。"
    assert [(r[1], r[5]) for r in read(text)] == [("urbanization_resident", 78.0)]
    text = XT + "到2025年，县城人口占城镇人口比重、常住人口城镇化率分别达到22%、78%。"
    assert [(r[1], r[5]) for r in read(text)] == [("urbanization_resident", 78.0)]


def test_near_miss_the_urban_populations_share_of_the_total_is_the_urbanisation_rate():
    assert [(r[1], r[5]) for r in read(XT + "到2025年，城镇常住人口占全市常住人口的比重达到60%。")] == [("urbanization_resident", 60.0)]
    assert [(r[1], r[5]) for r in read(XT + "2020年，全市城镇人口比重为52.1%。")] == [("urbanization_resident", 52.1)]


# -- the subheadings of figures read the body once, not once a heading ------------------------------------------------


def test_the_body_is_read_once_for_all_headings_of_figures():
    # review rv_dv finding 8: a page of thousands of short lines, each a heading of figures, took the body's every level once a
    # heading (quadratic); the sections are now found in the body sorted once
    from types import SimpleNamespace

    from analysis.extract.prose.reader import _heading_figures

    class Passes(list):
        count = 0

        def __iter__(self):
            Passes.count += 1
            return super().__iter__()

    figure = SimpleNamespace(number=1.0, unit="%")
    headings = [(SimpleNamespace(index=2 * i, text="1%"), [figure], set()) for i in range(300)]
    body = Passes(SimpleNamespace(is_change=False, year_source="sentence", line=SimpleNamespace(index=2 * i + 1), code="urbanization_resident",
                                  entity="", year=2020, period_start=None, value=SimpleNamespace(number=2.0, unit="%")) for i in range(300))
    assert _heading_figures(headings, body) == []
    assert Passes.count == 1
