"""Forms of the handout (issue #19, forms round) on vocabulary, place and false values: indicator names written
shorter or otherwise (form 3), neighbouring quantities that are no population (10), a part after 其中 (17), a count of
places over a bound (18). Invented sentences, with near-misses that must not be read."""

from __future__ import annotations

import pytest

from probe_rows import rows

PROVINCE = "湖南省卫生健康发展规划(2021-2025年)\n"
CITY = "长沙市人口发展规划(2021-2035年)\n"


def levels(text: str) -> list[tuple]:
    return rows(text, ["indicator", "entity", "year", "value", "qualifier"])


# -- form 3: names of indicators written without a word the lexicon had -------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("到2025年,全省15岁以上吸烟率降至21.5%。", ("smoking_rate_15plus", "湖南省", 2025, 21.5, "none")),
    ("到2025年,全省15岁及以上吸烟率控制在20%以下。", ("smoking_rate_15plus", "湖南省", 2025, 20.0, "below")),
    ("到2025年,全省空气优良天数比达90%。", ("air_quality_good_days_share", "湖南省", 2025, 90.0, "none")),
    ("到2025年,全省空气优良天数比例达到92%。", ("air_quality_good_days_share", "湖南省", 2025, 92.0, "none")),
    ("到2025年,全省地表水达到或好于Ⅲ类水体比达到85%。", ("surface_water_quality_share", "湖南省", 2025, 85.0, "none")),
    ("到2025年,全省城镇失业率控制在4.5%以内。", ("unemployment_rate_registered", "湖南省", 2025, 4.5, "le")),
    ("到2025年,全省居民平均寿命达到78岁。", ("life_expectancy", "湖南省", 2025, 78.0, "none")),
])
def test_a_shorter_name_of_an_indicator_is_read(sentence, expected):
    assert levels(PROVINCE + sentence) == [expected]


def test_the_central_city_s_total_population_is_the_central_city_s():
    assert levels(CITY + "到2030年,长沙市中心城区总人口将达350万人。") == [("pop_central_urban", "长沙市", 2030, 350.0, "none")]


def test_a_sex_s_average_lifespan_is_that_sex_s_life_expectancy():
    assert levels(PROVINCE + "到2025年,全省男性平均寿命达到76岁,女性平均寿命达到81岁。") == [
        ("life_expectancy_female", "湖南省", 2025, 81.0, "none"), ("life_expectancy_male", "湖南省", 2025, 76.0, "none")]


@pytest.mark.parametrize("sentence", [
    "到2025年,长沙市平均寿命达到79岁。", "到2025年,全市人口平均寿命达到79岁。", "到2025年,长沙市的平均寿命达到79岁。",
    "2020年,平均寿命达到79岁。"])
def test_平均寿命_of_the_place_or_its_people_is_the_life_expectancy(sentence):
    assert levels(CITY + sentence)[0][0] == "life_expectancy" and levels(CITY + sentence)[0][3] == 79.0


@pytest.mark.parametrize("sentence", [
    "2020年,全市医务人员平均寿命为68岁。", "2020年,全市环卫工人平均寿命为66岁。", "2020年,我国运动员的平均寿命为65岁。",
    "2020年,全市教师平均寿命为70岁。", "2020年,贫困地区平均寿命为70岁。"])
def test_a_group_s_平均寿命_is_no_life_expectancy_of_the_place(sentence):
    assert levels(CITY + sentence) == []


@pytest.mark.parametrize("sentence", [
    "2020年全省空气优良天数比上年增加12天,达到300天。",
    "2020年全省空气优良天数比2019年提高5个百分点。",
    "2020年全省好于Ⅲ类水体比全国平均高3个百分点。",
    "全省中小企业平均寿命为3.5年。",
    "全省产品的平均寿命为12年。",
])
def test_near_misses_of_the_shorter_names_are_not_read(sentence):
    assert levels(PROVINCE + sentence) == []


DISTRICT = "长沙市雨花区“十四五”规划(2021-2025年)\n"


@pytest.mark.parametrize(("sentence", "qualifier"), [
    ("“十四五”期间,雨花区人口将不超过90万。", "le"), ("到2025年,雨花区人口不低于85万。", "ge"), ("到2025年,雨花区人口达到90万。", "none")])
def test_plain_人口_after_the_district_s_name_is_its_population(sentence, qualifier):
    assert levels(DISTRICT + sentence) == [("pop_resident", "长沙市雨花区", 2025, 90.0 if qualifier != "ge" else 85.0, qualifier)]


@pytest.mark.parametrize("sentence", [
    "到2025年,雨花区人口密度不超过1万人/平方公里。", "到2025年,雨花区人口增量不超过10万。", "到2025年,雨花区人口不超过全市的15%。"])
def test_plain_人口_before_another_quantity_is_not_read(sentence):
    assert levels(DISTRICT + sentence) == []

# -- form 10: a neighbouring quantity is no population -------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "到2025年,全市常住人口增量达50万人。",
    "到2025年,全市常住人口的增量约为60万人。",
    "到2025年,全市就业人口规模控制在500至550万人。",
    "到2025年,全市服务人口规模达到1300万人。",
    "到2025年,中心城区人口密度控制在0.8万人/平方公里以内。",
    "到2025年,中心城区常住人口密度控制在1.2万人/平方公里。",
])
def test_an_increase_employment_or_a_density_is_no_population(sentence):
    assert levels(CITY + sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("2020年,全市常住人口增量达5万人,总量达到665万人。", [("pop_resident", "长沙市", 2020, 665.0, "none")]),
    ("2020年,全市常住人口的增量约为5万人,总量为665万人。", [("pop_resident", "长沙市", 2020, 665.0, "none")]),
    ("2020年,全市户籍人口净增量为3万人,总数达到520万人。", [("pop_hukou", "长沙市", 2020, 520.0, "none")]),
])
def test_the_total_after_an_increase_keeps_the_count_the_increase_named(sentence, expected):
    # the increase's own value is no level; the total stated after it in the same sentence is the count's level
    assert levels(CITY + sentence) == expected


def test_the_resident_population_s_scale_is_still_read():
    assert levels(CITY + "到2025年,全市常住人口规模控制在1200万人以内,中心城区人口达到600万人。") == [
        ("pop_central_urban", "长沙市", 2025, 600.0, "none"), ("pop_resident", "长沙市", 2025, 1200.0, "le")]


# -- form 17: a part after 其中 keeps no indicator of the whole ----------------------------------------------------

@pytest.mark.parametrize("parts", [
    "其中,城城之间流动人口约80万人,乡城流动人口约220万人。",
    "其中,跨省流动人口120万人。",
    "其中省际流动人口约90万人,省内流动人口约210万人。",
])
def test_a_kind_of_migrants_after_其中_is_no_floating_population_of_the_place(parts):
    assert levels(CITY + "2020年全市流动人口300万人," + parts) == [("pop_floating", "长沙市", 2020, 300.0, "none")]


def test_a_coded_part_after_其中_is_still_read():
    assert levels(CITY + "2020年全市常住人口1000万人。其中,中心城区人口600万。") == [
        ("pop_central_urban", "长沙市", 2020, 600.0, "none"), ("pop_resident", "长沙市", 2020, 1000.0, "none")]


# -- form 18: a count of places over a bound is no level ---------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "已有三个市人均预期寿命超过80岁。",
    "全省有5个县常住人口超过100万人。",
    "14个市州人均预期寿命均超过75岁。",
    "共有2个城市常住人口城镇化率达到70%以上。",
])
def test_a_count_of_places_over_a_bound_is_no_level(sentence):
    assert levels(PROVINCE + "2019年全省人均预期寿命77.6岁," + sentence) == [("life_expectancy", "湖南省", 2019, 77.6, "none")]


def test_a_place_count_in_a_clause_of_its_own_leaves_the_level_after_it():
    assert levels(CITY + "到2025年,建成3个区域中心城市,全市常住人口达到1200万人。") == [("pop_resident", "长沙市", 2025, 1200.0, "none")]


# -- form 12: the population peak ---------------------------------------------------------------------------------

POPULATION_PLAN = "湖南省人口发展规划(2016-2030年)\n"


@pytest.mark.parametrize("sentence", ["全省人口将在二○三○年左右达到峰值。", "我省人口预计在2030年左右达到峰值。"])
def test_the_peak_year_of_the_place_s_plain_population(sentence):
    assert rows(POPULATION_PLAN + sentence) == [("pop_peak_year", "湖南省", 2030, 2030.0, "projection", "approx")]


@pytest.mark.parametrize("sentence", ["全省人口老龄化将在2040年达到峰值。", "全省老年人口将在2040年达到峰值。", "老龄化将在2040年达到高峰。"])
def test_a_peak_of_something_else_is_no_peak_year(sentence):
    assert rows(POPULATION_PLAN + sentence) == []


def test_the_peak_population_by_the_middle_of_the_century_is_a_level_of_2050():
    assert levels(POPULATION_PLAN + "本世纪中叶以前,全省人口峰值控制在1.1亿左右。") == [("pop_resident", "湖南省", 2050, 1.1, "approx")]


# -- form 9: an autonomous prefecture by its short name ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "州卫健委发布健康工作方案\n州卫健委近日发布健康工作方案,到2020年,楚雄州人均预期寿命达到76岁。",
    "楚雄州健康工作方案\n到2020年,全州人均预期寿命达到76岁。",
    "健康工作方案\n到2020年,我州人均预期寿命达到76岁,楚雄州常住人口达到280万人。",
])
def test_an_autonomous_prefecture_written_with_州_is_that_prefecture(text):
    assert {entity for _, entity, *_ in levels(text)} == {"楚雄彝族自治州"}


def test_each_autonomous_prefecture_has_its_short_name_and_no_other_place_has_it():
    from analysis.gazetteer import autonomous_prefecture_short, gazetteer, names_index
    shorts = {autonomous_prefecture_short(p.name): p.name for p in gazetteer() if p.name.endswith("自治州")}
    assert None not in shorts and len(shorts) == 30
    assert shorts["黔东南州"] == "黔东南苗族侗族自治州" and shorts["巴音郭楞州"] == "巴音郭楞蒙古自治州"
    assert all([p.name for p in names_index()[short]] == [name] for short, name in shorts.items())
    assert autonomous_prefecture_short("全州县") is None and autonomous_prefecture_short("杭州市") is None


def test_a_county_named_全州_is_no_prefecture():
    assert {entity for _, entity, *_ in levels("广西壮族自治区人口发展规划(2016-2030年)\n到2020年,全州县常住人口达到80万人。")} == {"全州县"}


# -- form 8: a neighbouring place as the clause's topic -------------------------------------------------------------

REPORT = "衡阳市卫生健康报道\n2018年衡阳市人均预期寿命78.9岁,"


@pytest.mark.parametrize(("clause", "place", "value"), [
    ("而邻近的邵阳市只有77.2岁。", "邵阳市", 77.2), ("而同处湘南的郴州市则为78.1岁。", "郴州市", 78.1),
    ("邻近的邵阳市人均预期寿命只有77.2岁。", "邵阳市", 77.2),
])
def test_a_neighbouring_place_heading_its_clause_has_the_figure(clause, place, value):
    assert levels(REPORT + clause) == [("life_expectancy", "衡阳市", 2018, 78.9, "none"), ("life_expectancy", place, 2018, value, "none")]


@pytest.mark.parametrize("clause", ["高于邻近的邵阳市。", "比邻近的邵阳市高1.7岁。", "与邻近的邵阳市持平。",
                                    "邻近的邵阳市人均预期寿命比我市低1.7岁。", "而邻近的邵阳市比本市低1.7岁。", "邵阳市人均预期寿命比我市低1.7岁。"])
def test_a_neighbour_compared_gives_no_figure(clause):
    assert levels(REPORT + clause) == [("life_expectancy", "衡阳市", 2018, 78.9, "none")]


def test_the_own_place_s_level_before_a_difference_from_我市_is_still_read():
    assert levels("湖南省卫生健康报道\n2018年全省人均预期寿命77.6岁,比我省2015年高1.2岁。") == [("life_expectancy", "湖南省", 2018, 77.6, "none")]


def test_a_place_beside_a_neighbour_keeps_its_own_figure():
    assert levels("衡阳市“十四五”规划(2021-2025年)\n到2025年,衡阳市常住人口达到700万人,毗邻邵阳市的衡阳县常住人口达到100万人。") == [
        ("pop_resident", "衡阳市", 2025, 700.0, "none"), ("pop_resident", "衡阳市衡阳县", 2025, 100.0, "none")]


# -- form 5: a level stated through the noun 目标 -------------------------------------------------------------------

@pytest.mark.parametrize("sentence", ["到2035年实现人均预期寿命达到81岁的目标。", "到2035年,全省人均预期寿命达到81岁的目标。"])
def test_a_number_of_years_before_的目标_is_the_goal(sentence):
    assert levels(PROVINCE + sentence) == [("life_expectancy", "湖南省", 2035, 81.0, "none")]


@pytest.mark.parametrize("sentence", [
    "全省人均预期寿命接近中等发达国家80岁的水平。", "2020年全省人均预期寿命接近发达国家80岁的平均水平。",
    "全省人均预期寿命达到中等发达国家80岁左右的水平。"])
def test_an_age_before_的水平_is_a_benchmark_and_no_level(sentence):
    # a benchmark of other countries, with no year of its own: no row (only 的目标 makes the age a goal)
    assert levels(PROVINCE + sentence) == []


@pytest.mark.parametrize("sentence", ["2023年末雨花区常住人口72万,距90万的目标仍有差距。", "2023年末雨花区常住人口72万,距离实现90万人的目标仍有差距。"])
def test_the_distance_to_a_goal_restates_the_goal_and_is_no_level_of_the_year(sentence):
    assert levels("长沙市雨花区人口报道\n" + sentence) == [("pop_resident", "长沙市雨花区", 2023, 72.0, "none")]


def test_an_age_before_的_is_still_no_level():
    assert levels(PROVINCE + "到2025年,全省60岁的老人达到1500万人。") == []


# -- form 14: the indicator in the sentence before, the value after a source phrase ----------------------------------

@pytest.mark.parametrize("lead", ["据此前公布的数据,", "根据统计数据显示,", "据之前发布的数据,"])
def test_a_year_s_value_after_a_source_phrase_continues_the_indicator_before(lead):
    assert levels("长沙市卫生报道\n2019年全市人均预期寿命77.3岁。" + lead + "2015年是76.3岁。") == [
        ("life_expectancy", "长沙市", 2015, 76.3, "none"), ("life_expectancy", "长沙市", 2019, 77.3, "none")]


def test_another_place_after_the_source_phrase_is_not_carried():
    assert levels("长沙市卫生报道\n2019年全市人均预期寿命77.3岁。据此前公布的数据,2015年全国是76.3岁。") == [
        ("life_expectancy", "长沙市", 2019, 77.3, "none")]


# -- form 23: the registered population's section ------------------------------------------------------------------

REPORT_2020 = "长沙市人口发展报告\n"


@pytest.mark.parametrize("heading", ["(二)户籍人口", "二、户籍人口变动情况"])
def test_a_bare_natural_growth_rate_under_a_hukou_heading_is_the_hukou_rate(heading):
    found = levels(REPORT_2020 + heading + "\n2020年全市户籍人口达到500万人,出生率10.2‰,自然增长率3.5‰。")
    assert ("natural_growth_rate_hukou", "长沙市", 2020, 3.5, "none") in found
    assert not [row for row in found if row[0] == "natural_growth_rate"]


@pytest.mark.parametrize("heading", ["第二节 全市户籍人口", "(二)长沙市户籍人口的变化情况", "二、2020年户籍人口情况"])
def test_a_hukou_heading_may_name_its_place_or_year(heading):
    found = levels(REPORT_2020 + heading + "\n2020年全市户籍人口达到500万人,自然增长率3.5‰。")
    assert ("natural_growth_rate_hukou", "长沙市", 2020, 3.5, "none") in found


@pytest.mark.parametrize("heading", ["二、稳步提升户籍人口", "(二)有序扩大户籍人口", "三、加快增加户籍人口", "二、推进农业转移人口落户,提高户籍人口"])
def test_a_policy_heading_ending_in_户籍人口_is_no_hukou_section(heading):
    found = levels(REPORT_2020 + heading + "\n到2025年,全市人口自然增长率保持在3‰左右。")
    assert [row[0] for row in found] == ["natural_growth_rate"]


@pytest.mark.parametrize("text", [
    "(二)户籍人口与常住人口\n2020年全市户籍人口达到500万人,常住人口1000万人,人口自然增长率为4.5‰。",
    "2020年全市户籍人口达到500万人。人口自然增长率为4.5‰。",
    "(二)户籍人口城镇化\n2020年全市人口自然增长率为4.5‰。",
    "(二)户籍人口\n2020年全市户籍人口达到500万人。\n(三)常住人口\n2020年全市常住人口1000万人,人口自然增长率为4.5‰。",
])
def test_a_natural_growth_rate_outside_a_hukou_section_stays_the_place_s(text):
    found = levels(REPORT_2020 + text)
    assert ("natural_growth_rate", "长沙市", 2020, 4.5, "none") in found and not [r for r in found if r[0] == "natural_growth_rate_hukou"]



def test_places_listed_with_others_are_no_count_over_a_bound():
    assert rows("2020年11月1日零时，全国31个省（区、市）和现役军人的人口为14.1178亿人。") == [
        ("pop_resident", "中国", 2020, 14.1178, "baseline", "none")]


def test_places_by_their_rank_have_their_figures():
    assert levels("湖南省卫生健康报道\n2019年全省人均预期寿命最高的是长沙,80.2岁;其次是株洲,79.6岁;第三为湘潭,为79.1岁。") == [
        ("life_expectancy", "株洲市", 2019, 79.6, "none"), ("life_expectancy", "湘潭市", 2019, 79.1, "none"),
        ("life_expectancy", "长沙市", 2019, 80.2, "none")]


@pytest.mark.parametrize("text", ["2019年全省人均预期寿命为77.6岁,增幅最高的是长沙,提高1.2岁。", "2019年全省人均预期寿命为77.6岁,最高的是女性,为80.2岁。"])
def test_a_rank_of_a_change_or_of_no_place_gives_no_place_a_figure(text):
    assert [row for row in levels("湖南省卫生健康报道\n" + text) if row[1] != "湖南省"] == []
