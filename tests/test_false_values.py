"""Numbers that are not the plan's levels, in the forms real pages print them (issue #19 part 3): parts of a place that
are no place, rates the codebook lacks qualified by an indicator word, the central city counted with another area,
and a year glued to its value by a damaged copy. Invented sentences, several variants each."""

from __future__ import annotations

import pytest

from analysis.extract.stage import extract_documents
from analysis.ingest.decode import decode_bytes
from analysis.ingest.document import ingest_text


def rows(text: str, columns=("indicator", "entity", "year", "value_text", "kind")) -> list[tuple]:
    values = extract_documents([ingest_text(decode_bytes(text.encode("utf-8"), "plan.txt"), "plan.txt")]).indicators
    return sorted(tuple(row) for row in values[list(columns)].itertuples(index=False, name=None))


PROVINCE = "安徽省城镇化发展规划（2011—2015年）\n"


@pytest.mark.parametrize("parts", [
    "皖江城市带城镇化率达到55%,合肥经济圈城镇化率达到58%。",
    "皖江城市帶城鎮化率達到55%,合肥經濟圈城鎮化率達到58%。",
    "沿淮经济带常住人口达到1000万人，合肥一小时生活圈城镇化率达到70%。",
    "合肥高新区常住人口达到50万人，皖江示范园区常住人口达到30万人。",
])
def test_a_part_of_the_province_that_is_no_place_is_not_the_provinces(parts):
    text = PROVINCE + "到2015年,全省城镇人口达到3200万人。" + parts + "合肥市中心城区人口340万人。"
    assert rows(text) == [("pop_central_urban", "合肥市", 2015, "340万人", "target"), ("pop_urban", "安徽省", 2015, "3200万人", "target")]


def test_a_city_cluster_keeps_its_own_name_as_the_entity():
    # 城市群, 城镇群, 都市圈 are entities of their own (the synthetic corpus's convention), never the province
    text = PROVINCE + "到2015年,全省城镇人口达到3200万人。皖北城市群城镇化率达到46%,合肥都市圈常住人口达到1000万人。"
    assert {entity for _, entity, *_ in rows(text)} == {"安徽省", "皖北城市群", "合肥都市圈"}


def test_a_planned_town_inside_a_city_is_no_level_of_the_city_but_the_city_after_it_is():
    text = ("柳州市城市总体规划（2010—2020年）\n到2030年,汽车城规划总人口约100万人,其中建设用地约138平方公里。"
            "到2020年,全市常住人口达到450万人。")
    assert rows(text) == [("pop_resident", "柳州市", 2020, "450万人", "target")]
    # the area opening an earlier clause is not the subject of a value with a clause of its own
    text = "柳州市城市总体规划（2010—2020年）\n到2020年，融入北部湾城市带，全市常住人口达到450万人。"
    assert rows(text) == [("pop_resident", "柳州市", 2020, "450万人", "target")]
    assert rows("某市人口发展规划（2016—2030年）\n到2030年，开发区域人口集聚度提高，全市常住人口达到450万人。") == [
        ("pop_resident", "某市" if False else "unknown", 2030, "450万人", "target")]


@pytest.mark.parametrize("sentence", [
    "符合政策生育率保持在94%以上,常住人口节育措施落实率、及时率达到100%。",
    "符合政策生育率保持在94%以上,常住人口節育措施落實率、及時率達到100%。",
    "符合政策生育率保持在94%以上，流动人口避孕节育措施落实率达到95%。",
])
def test_a_rate_the_codebook_lacks_after_an_indicator_word_is_not_the_rate_named_before(sentence):
    text = "凯里市人口计生工作会议\n2011年,确保人口出生率控制在13.81‰以内," + sentence
    found = rows(text, ("indicator", "year", "value_text"))
    assert found == [("birth_rate", 2011, "13.81‰以内"), ("family_planning_rate", 2011, "94%以上")]


@pytest.mark.parametrize("area", ["中心城区和滨海新区核心区的城镇人口规模为630万人", "中心城区及东部新城人口规模为630万人",
                                  "主城区与空港新区的常住人口为630万人"])
def test_the_central_city_together_with_another_area_is_no_level(area):
    text = "天津市城市总体规划（2005—2020年）\n2020年常住人口控制在1350万人。城镇人口1210万人," + area + "。"
    assert rows(text, ("indicator", "value_text")) == [("pop_resident", "1350万人"), ("pop_urban", "1210万人")]


@pytest.mark.parametrize(("sentence", "year", "value"), [
    ("城镇化水平由2005年的45.45%提高到201051.27%,提高5.82个百分点。", 2010, "51.27%"),
    ("城镇化水平由2005年的45.45%提高到2010 51.27%。", None, None),
    ("城镇化率从2005年的45.45%上升至20109.5%。", 2010, "9.5%"),
])
def test_a_year_glued_to_its_percentage_is_the_year_and_the_value(sentence, year, value):
    text = "某市城市总体规划（2011—2020年）新闻发布会\n“十一五”时期," + sentence
    found = rows(text, ("indicator", "year", "value_text"))
    assert ("urbanization_resident", 2005, "45.45%") in found
    assert all(float(text.rstrip("%")) <= 100 for _, _, text in found)
    if year is not None:
        assert ("urbanization_resident", year, value) in found


def test_a_header_printed_again_inside_a_flattened_table_is_no_row():
    header = "序号 |\n指标名称 |\n单位 |\n2022年 |\n2025年 |\n2027年 |\n牵头单位 |\n"
    rows_text = ("1 |\n居民健康素养水平 |\n% |\n21.6 |\n≥31.5 |\n≥33 |\n县卫健局 |\n"
                 "2 |\n婴儿死亡率 |\n‰ |\n3.64 |\n持续改善 |\n持续改善 |\n县卫健局 |\n")
    more = "3 |\n5岁以下儿童死亡率 |\n‰ |\n6.07 |\n持续改善 |\n持续改善 |\n县卫健局 |\n"
    text = "某县人均预期寿命提升行动计划主要目标责任清单\n" + header + rows_text + header + more
    found = rows(text, ("indicator", "year", "value_text"))
    assert not [row for row in found if row[2].endswith("年")]
    assert {("health_literacy_rate", 2022, "21.6"), ("imr", 2022, "3.64"), ("u5mr", 2022, "6.07")} <= set(found)


@pytest.mark.parametrize("flow", ["平均每年100万", "平均每年約100萬", "每年约100万", "年均每年100万"])
def test_a_count_per_year_is_a_flow_not_a_level(flow):
    text = ("《浙江省城镇体系规划(2011-2020)》解读\n到2020年,浙江的城市化水平达到72%。未来10年里,将有约1000万农民、外来人口和新生儿成为新市民,"
            + flow + "。")
    # the yearly 100万 is no level; the 1000万 who become 新市民 over the ten years are new urban residents, a total over
    # the period (tests/test_probe_population_counts.py), not a level either
    assert sorted(rows(text, ("indicator", "year", "value_text"))) == [("new_urban_population_period_total", 2020, "1000万"),
                                                                       ("urbanization_resident", 2020, "72%")]


@pytest.mark.parametrize("threshold", ["依照国际通行标准,城市化水平超过70%,标志着一个地区已经基本完成城市化进程。",
                                       "按照國際通行標準,城市化水平超過70%,意味著基本完成城市化。",
                                       "根据联合国的标准,65岁及以上人口占比超过14%即为深度老龄化社会。"])
def test_a_threshold_of_a_standard_is_no_level(threshold):
    text = "《浙江省城镇体系规划(2011-2020)》解读\n到2020年,浙江的城市化水平达到72%。" + threshold
    assert rows(text, ("indicator", "year", "value_text")) == [("urbanization_resident", 2020, "72%")]
    kept = "《浙江省城镇体系规划(2011-2020)》解读\n按照国家统计标准,到2020年全省城市化水平达到72%。"
    assert rows(kept, ("indicator", "year", "value_text")) == [("urbanization_resident", 2020, "72%")]


@pytest.mark.parametrize(("sentence", "entity"), [
    ("美国人均预期寿命为78.9岁。", "美国"), ("日本人均預期壽命為84歲。", "日本"), ("发达国家城镇化率普遍在80%以上。", "发达国家"),
    ("高收入国家人均预期寿命为80岁。", "高收入国家"), ("世界平均预期寿命为72岁。", "世界"),
])
def test_a_figure_of_another_country_or_the_world_is_never_the_plans_place(sentence, entity):
    # the country or group named (``entity``) is no place of the gazetteer and no level of the text's: withheld (brief fv)
    text = "某省人口发展规划（2016—2030年）\n到2030年，全省人均预期寿命达到79岁。" + sentence
    assert entity in sentence and rows(text) == [("life_expectancy", "unknown", 2030, "79岁", "target")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("2020年城镇化水平达到90。", [("urbanization_resident", 2020, "90")]),
    ("2020年城鎮化水平達到90。", [("urbanization_resident", 2020, "90")]),
    ("2010年全省常住人口出生率为12.70，自然增长率为6.75。", [("birth_rate", 2010, "12.70"), ("natural_growth_rate", 2010, "6.75")]),
    ("2020年出生率明显偏高（见表2）。", []),
])
def test_a_share_or_crude_rate_whose_sign_the_copy_lost(sentence, expected):
    text = "天津市城市总体规划（2005—2020年）\n" + sentence
    found = rows(text, ("indicator", "year", "value_text"))
    assert found == expected
    assert all(unit in ("%", "‰") for unit in rows(text, ("unit",)) for unit in unit)


@pytest.mark.parametrize("flow", [
    "年转移农村人口14万人左右", "年轉移農村人口14萬人左右", "每年转移农业人口５万人", "年均转移农村人口8万人",
    "吸纳农村人口20万人", "转化农村人口10万人", "全年迁出人口2.1万人",
])
def test_people_moved_are_no_level_of_the_population_they_leave(flow):
    # a verb that moves people, right before a population named as a stock: a flow, never that stock's level
    text = "某市城镇化发展规划（2016—2020年）\n到2020年，全市城镇化率达到60%，" + flow + "。全市农村人口控制在200万人。"
    assert rows(text, ("indicator", "year", "value_text")) == [("pop_rural", 2020, "200万人"), ("urbanization_resident", 2020, "60%")]


# -- i21c: parts of a place's population, shares of another base, a difference referred back, lists with 和 in a name --

@pytest.mark.parametrize(("sentence", "kept"), [
    ("2015年全市常住人口2400万人。其中，本市户籍常住人口1430万人；非本市户籍常住人口970万人。", "2400万人"),
    ("2018年末，全省常住人口5850万人，其中户籍常住人口4100万人。", "5850万人"),
    ("2019年，全区常住人口96.5万人，户籍常住人口65.3万人。", "96.5万人"),
])
def test_the_residents_of_one_registration_group_are_no_resident_population(sentence, kept):
    # the residents without the place's registration are its in-migrants (i21a: 非本市户籍常住人口, a name of
    # pop_inmigrant), never its resident population; the registered residents are read as nothing
    found = [row[:2] + row[3:4] for row in rows("某市人口发展报告\n" + sentence)]
    assert [row for row in found if row[0] != "pop_inmigrant"] == [("pop_resident", "unknown", kept)]
    assert [row[2] for row in found if row[0] == "pop_inmigrant"] == (["970万人"] if "非本市" in sentence else [])


def test_the_registered_population_stays_and_non_registered_is_not_it():
    text = "某市人口发展报告\n2015年末，全市常住人口2400万人，其中户籍人口1430万人，非本市户籍人口970万人。"
    assert rows(text, ("indicator", "value_text")) == [("pop_hukou", "1430万人"), ("pop_inmigrant", "970万人"), ("pop_resident", "2400万人")]


@pytest.mark.parametrize("sentence", [
    "2016年，全市常住人口出生21.5万人。其中，户籍人口出生11.2万人；非户籍人口出生10.3万人。",
    "2016年，全市常住人口出生21.5万人。其中，本市户籍出生11.2万人，非本市户籍出生10.3万人。",
    "2016年，全市常住人口出生21.5万人，流动人口出生4.6万人。",
])
def test_the_births_of_a_part_are_no_births_of_the_place(sentence):
    assert rows("某市人口发展报告\n" + sentence, ("indicator", "value_text")) == [("births", "21.5万人")]


@pytest.mark.parametrize("sentence", ["2014年，全县户籍人口出生1.2万人，出生率11.3‰。", "2014年全市户籍出生人口1.2万人，出生率11.3‰。"])
def test_the_registered_births_of_a_family_planning_text_are_its_births(sentence):
    # without 其中 the registered population's births are the births the text counts
    assert rows("某县计生工作总结\n" + sentence, ("indicator", "value_text")) == [("birth_rate", "11.3‰"), ("births", "1.2万人")]


@pytest.mark.parametrize("sentence", [
    "2012年全市出生人口性别比为112.5。其中，流动人口出生性别比偏高，达到120.34。",
    "2012年全市出生人口性别比为112.5，外来人口出生性别比为121.6。",
    "2012年全市出生人口性别比为112.5，农民工出生率为15.2‰。",
])
def test_the_migrants_own_rates_are_not_the_places(sentence):
    assert rows("某市人口计生工作\n" + sentence, ("indicator", "value_text")) == [("srb", "112.5")]


@pytest.mark.parametrize("share", ["老年志愿者注册人数占老年人口比例达到15%", "养老机构床位数占老年人口比例为3.5%",
                                   "参加体育锻炼的老年人占老年人口比例达到40%"])
def test_a_share_of_something_among_older_people_is_no_older_share(share):
    text = "某市老龄事业发展规划（2016—2020年）\n到2020年，" + share + "，全市老年人口比重达到20%。60岁以上老年人口占总人口的比例为22%。"
    assert rows(text, ("indicator", "value_text")) == [("share_60plus", "22%"), ("share_elderly", "20%")]


def test_a_share_of_something_among_older_people_in_a_table_row_is_no_older_share():
    text = ("某市老龄事业发展规划（2011—2015年）\n表1 主要指标\n| 指标 | 2010年 | 2015年 |\n|---|---|---|\n"
            "| 老年人口比重 | 16% | 18% |\n| 养老机构床位数占老年人口比例 | 1.9% | 3% |\n")
    # the row is kept as an unmapped row of its own, never as the older people's share
    assert [row for row in rows(text, ("indicator", "value_text")) if row[0] != "unmapped"] == [("share_elderly", "16%"), ("share_elderly", "18%")]


@pytest.mark.parametrize("text", [
    "柳州市城市总体规划（2010—2020年）\n到2030年,汽车城规划占地面积约203平方公里,其中建设用地约138平方公里,规划总人口约100万人。",
    "宜昌市城市总体规划（2011—2030年）\n根据规划,重点打造东部新城;到2030年,东部新城规划用地约80平方公里,规划总人口约50万人。",
    "宜昌市城市总体规划（2011—2030年）\n科学城占地面积约50平方公里，到2030年人口规模约30万人。",
])
def test_a_part_opening_its_sentence_stays_the_subject_of_its_later_clauses(text):
    assert rows(text) == []


@pytest.mark.parametrize("text", [
    "宜昌市城市总体规划（2011—2030年）\n东部新城占地面积约80平方公里，到2030年全市常住人口约600万人。",
    "宜昌市城市总体规划（2011—2030年）\n到2030年，依托高新区规划建设，常住人口达到600万人。",
    "宜昌市城市总体规划（2011—2030年）\n东部新城规划用地约80平方公里；到2030年，常住人口达到600万人。",
])
def test_the_place_after_a_part_or_a_verb_before_a_part_is_read(text):
    assert rows(text, ("indicator", "value_text")) == [("pop_resident", "600万人")]


@pytest.mark.parametrize("sentence", [
    "2022年末台州市常住人口比绍兴市多8.2万人，2021年末这一数据为9.5万人。",
    "2022年台州市人均预期寿命比全省低0.6岁，2020年这一数字为1.1岁。",
    "2023年末，台州市户籍人口比湖州市多50.3万人，2022年末这一数据为49.8万人。",
])
def test_a_figure_referred_back_to_a_difference_is_a_difference(sentence):
    assert rows("台州市人口发展报告\n" + sentence) == []


@pytest.mark.parametrize("sentence", ["2022年末台州市常住人口667.8万人，2021年末这一数字为662.9万人。",
                                      "2022年末台州市常住人口667.8万人，比上年多4.9万人，2021年末这一数据为662.9万人。"])
def test_a_figure_referred_back_to_a_level_or_after_a_change_over_time_is_a_level(sentence):
    assert ("pop_resident", "662.9万人") in rows("台州市人口发展报告\n" + sentence, ("indicator", "value_text"))


@pytest.mark.parametrize(("sentence", "expected"), [
    ("2002年,全市计划生育率、一孩率、妇女总和生育率分别稳定在95.5%、80%和1.0左右。", [("family_planning_rate", "95.5%"), ("tfr", "1.0左右")]),
    ("2002年,全市计划生育政策符合率、二孩率、妇女总和生育率分别为93.1%、25%和1.45。", [("family_planning_rate", "93.1%"), ("tfr", "1.45")]),
    ("2012年,全县合法生育率、多孩率和总和生育率分别为96%、3%和1.6。", [("family_planning_rate", "96%"), ("tfr", "1.6")]),
])
def test_a_conjunction_inside_an_indicators_name_separates_no_items_of_a_list(sentence, expected):
    assert rows("某市人口计生工作会议\n" + sentence, ("indicator", "value_text")) == sorted(expected)


@pytest.mark.parametrize("sentence", ["2015年末，全市60岁以上老年人口占户籍总人口的18.5%，其中80岁以上高龄老人占老年人口的13%。",
                                      "2015年末，全市失能老人占全市老年人口的8.2%，60岁以上老年人口占户籍总人口的18.5%。",
                                      "2015年末，60岁以上老年人口占户籍总人口的18.5%，空巢老人占老年人口的比例为41%。"])
def test_a_share_whose_base_after_zhan_is_a_group_is_no_share_of_the_population(sentence):
    assert rows("某市人口发展规划（2016—2030年）\n" + sentence, ("indicator", "value_text")) == [("share_60plus", "18.5%")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("2015年末，全市60岁以上老年人口为120万人，占常住人口的16.2%。", [("pop_60plus", "120万人"), ("share_60plus", "16.2%")]),
    ("2015年末，全市城镇人口占常住人口的58%。", [("urbanization_resident", "58%")]),
])
def test_a_share_of_the_resident_population_after_zhan_is_read(sentence, expected):
    assert rows("某市人口发展规划（2016—2030年）\n" + sentence, ("indicator", "value_text")) == expected


@pytest.mark.parametrize("sentence", ["2020年，衡阳市人均预期寿命为77.9岁，较湖南省78.5岁的水平低0.6岁。",
                                      "2020年，衡阳市人均预期寿命为77.9岁，比湖南省平均水平78.5岁低0.6岁。",
                                      "2020年，衡阳市出生率为8.1‰，比湖南省平均水平8.5‰低0.4‰。"])
def test_a_difference_after_the_other_places_level_is_no_level(sentence):
    found = rows("衡阳市人口发展报告\n" + sentence, ("entity", "value_text"))
    assert [text for entity, text in found if entity == "衡阳市"] == [sentence[sentence.index("为") + 1 : sentence.index("，比") if "，比" in sentence else sentence.index("，较")]]


@pytest.mark.parametrize("group", ["城镇职工", "农民工", "企业"])
def test_one_groups_social_insurance_coverage_is_not_basic_social_insurance(group):
    text = f"衡阳市民生发展规划（2016—2020年）\n到2020年，全市城乡基本社会保险覆盖率达到96%，{group}基本社会保险覆盖率达到80%。"
    assert rows(text, ("indicator", "value_text")) == [("social_insurance_coverage", "96%")]


@pytest.mark.parametrize("sentence", ["2025年，全区常住人口规模预计为388万人，户籍人口规模预计为186.7万人。",
                                      "到2030年，全市户籍人口规模达到210万人左右，常住人口规模达到404万人。"])
def test_the_registered_populations_size_is_the_registered_population(sentence):
    found = rows("某区人口发展规划（2021—2030年）\n" + sentence, ("indicator", "value_text"))
    assert [indicator for indicator, _ in found] == ["pop_hukou", "pop_resident"]


@pytest.mark.parametrize("title, sentence, rates", [
    # the urban population's share of a larger place's total is no urbanisation rate of the plan's place
    ("徐州市人口发展规划（2021—2035年）", "2020年末，全市城镇人口620万人，占全省的9.5%，城镇化率为66.1%。", ["66.1%"]),
    ("徐州市人口发展规划（2021—2035年）", "2020年末，全市城镇人口620万人，占全国城镇人口的0.7%。", []),
    ("拉萨市人口发展规划（2021—2035年）", "2020年末，全市城镇人口60万人，占全区的25.3%。", []),
    # near-misses: the share of the place's own total is its rate (a city's 全市, a province's 全省, a district's 全区)
    ("徐州市人口发展规划（2021—2035年）", "2020年末，全市城镇人口620万人，占全市总人口的66.1%。", ["66.1%"]),
    ("江苏省人口发展规划（2021—2035年）", "2020年末，全省城镇人口6200万人，占全省总人口的73.4%。", ["73.4%"]),
    ("北京市海淀区人口发展规划（2021—2035年）", "2020年末，全区城镇人口300万人，占全区总人口的98.1%。", ["98.1%"]),
])
def test_a_groups_share_of_a_larger_place_is_no_rate_of_the_plans_place(title, sentence, rates):
    found = [row[3] for row in rows(title + "\n" + sentence + "\n") if row[0] == "urbanization_resident"]
    assert found == rates


def test_a_larger_places_average_stated_before_a_value_is_that_places_level():
    # 全省平均为… is the province's figure (masking had read 全省平均 as a comparison and given the value to the city)
    title = "徐州市人口发展规划（2021—2035年）\n"
    assert sorted(rows(title + "2020年末，全市城镇化率为66.1%，城镇化率全省平均为73.4%。\n")) == sorted([
        ("urbanization_resident", "江苏省", 2020, "73.4%", "baseline"), ("urbanization_resident", "徐州市", 2020, "66.1%", "baseline")])
    # near-misses: a comparison after the city's value keeps it the city's; a gap to the average is no level
    assert rows(title + "2020年末，全市城镇化率为66.1%，低于全省平均水平。\n") == [("urbanization_resident", "徐州市", 2020, "66.1%", "baseline")]
    assert rows(title + "2020年末，全市城镇化率为66.1%，比全省平均低7.3个百分点。\n") == [("urbanization_resident", "徐州市", 2020, "66.1%", "baseline")]
