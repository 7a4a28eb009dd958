"""Forms of the second handout (issue #19, forms round 2, `forms_Bd.md`) on place, vocabulary and structure (brief gv): the
central city named without 人口 (form 5), a round-up of districts' ceilings (2), the age band set by the paragraph (7), one
figure for a group of places (8), 个人卫生支出比例 (13), a qualified subgroup's share (14), a duration before 提高了 (15).
Invented sentences, with near-misses that must not be read (or must be read otherwise)."""

from __future__ import annotations

import pytest

from probe_rows import rows

HEALTH = "湖南省卫生健康发展规划(2016-2020年)\n"


def levels(text: str) -> list[tuple]:
    return rows(text, ["indicator", "entity", "year", "value", "qualifier"])


def kinds(text: str) -> list[tuple]:
    return rows(text, ["indicator", "entity", "year", "value", "qualifier", "kind"])


# -- form 13: 个人卫生支出比例, a name of the out-of-pocket share --------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("到2020年,个人卫生支出比例下降到28%左右。", ("oop_health_spending_share", "湖南省", 2020, 28.0, "approx")),
    ("到2020年,全省个人卫生支出比例控制在30%以内。", ("oop_health_spending_share", "湖南省", 2020, 30.0, "le")),
])
def test_the_out_of_pocket_share_named_with_bili_is_read(sentence, expected):
    assert levels(HEALTH + sentence) == [expected]


def test_a_change_of_the_out_of_pocket_share_is_no_level():
    assert levels(HEALTH + "到2020年,个人卫生支出比例比2015年下降3个百分点。") == []


# -- form 5: the central city named without 人口 ---------------------------------------------------------------------

MASTER = "绵阳市城市总体规划(2016-2030年)\n"


def test_the_central_area_as_the_second_item_of_a_pair_of_counts_is_its_population():
    assert levels(MASTER + "到2025年绵阳城镇人口320万人,中心城区160万人。") == [
        ("pop_central_urban", "绵阳市", 2025, 160.0, "none"), ("pop_urban", "绵阳市", 2025, 320.0, "none")]


@pytest.mark.parametrize("sentence", [
    "到2025年绵阳常住人口增加20万人,中心城区10万人。",  # a change, no pair of levels
    "到2025年绵阳市域面积2.02万平方公里,中心城区300平方公里。",  # an area
    "到2025年绵阳城镇人口320万人,新区60万人。",  # another part
])
def test_a_central_area_s_change_or_area_or_another_part_gives_no_central_population(sentence):
    assert not [row for row in levels(MASTER + sentence) if row[0] == "pop_central_urban" or row[3] in (10.0, 300.0, 60.0)]


def test_the_central_area_after_a_bound_of_the_whole_is_its_population():
    assert levels(MASTER + "到2030年,绵阳常住人口超过600万人,中心城区达到300万人。") == [
        ("pop_central_urban", "绵阳市", 2030, 300.0, "none"), ("pop_resident", "绵阳市", 2030, 600.0, "gt")]


def test_the_central_area_s_entry_with_a_ceiling_of_its_residents_is_the_central_area_s():
    assert levels(MASTER + "(一)中心城区:到2030年,常住人口控制在380万人以内,建设用地控制在400平方公里以内。") == [
        ("pop_central_urban", "绵阳市", 2030, 380.0, "le")]


def test_the_central_area_s_entry_of_a_city_system_gives_its_plain_population():
    entry = "至2030年城镇体系规划如下。\n中心城区:含河东、河西两个片区,用地约400平方公里,人口规模380万人;\n"
    assert levels(MASTER + entry) == [("pop_central_urban", "绵阳市", 2030, 380.0, "none")]
    assert levels(MASTER + entry.replace("人口规模", "规划人口")) == [("pop_central_urban", "绵阳市", 2030, 380.0, "none")]


@pytest.mark.parametrize("entry", [
    "河东片区:用地约100平方公里,人口规模80万人;",
    "副中心:甲镇、乙镇两个镇,人口规模各8万至15万人;",
    "(2)副中心:江山、龙游两个城市,人口规模各8万至15万人。",
    "2、副中心:甲镇、乙镇两个镇,人口规模约20万人;",
])
def test_another_part_s_entry_of_a_city_system_is_no_level_of_the_city(entry):
    assert levels(MASTER + "至2030年城镇体系规划如下。\n" + entry + "\n") == []


def test_a_central_city_built_to_a_size_gives_the_central_population_above_it():
    assert levels("岳阳市城市总体规划(2016-2030年)\n岳阳中心城市力争到2030年建成200万人口以上的大城市。") == [
        ("pop_central_urban", "岳阳市", 2030, 200.0, "above")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("到2030年,岳阳将建成200万人口以上的大城市。", [("pop_resident", "岳阳市", 2030, 200.0, "above")]),  # the city itself, as before
    ("到2030年,岳阳中心城区和新区将建成200万人口以上的大城市。", []),  # two parts together
])
def test_the_city_or_two_parts_built_to_a_size_are_not_the_central_area(sentence, expected):
    assert levels("岳阳市城市总体规划(2016-2030年)\n" + sentence) == expected


def test_a_heading_of_plain_population_repeating_the_central_ceiling_is_the_central_area_s():
    text = "柳州市城市总体规划获批\n人口控制在260万\n到2020年,柳州市中心城区常住人口将控制在260万人以内。"
    assert set(levels(text)) == {("pop_central_urban", "柳州市", 2020, 260.0, "le")}


@pytest.mark.parametrize(("text", "expected"), [
    # the whole place's ceiling next to it: the heading stays the place's population (as the base read it)
    ("柳州市城市总体规划获批\n人口控制在260万\n到2020年,柳州市常住人口将控制在260万人以内。",
     [("pop_resident", "柳州市", 2020, 260.0, "le"), ("pop_resident", "柳州市", 2020, 260.0, "none")]),
    # another figure: no repetition
    ("柳州市城市总体规划获批\n人口控制在300万\n到2020年,柳州市中心城区常住人口将控制在260万人以内。",
     [("pop_central_urban", "柳州市", 2020, 260.0, "le"), ("pop_resident", "柳州市", 2020, 300.0, "none")]),
])
def test_a_heading_that_repeats_no_central_figure_is_read_as_before(text, expected):
    assert levels(text) == expected


# -- form 8: one figure for a group of places --------------------------------------------------------------------

def test_a_group_of_places_over_a_bound_of_life_expectancy_is_no_level():
    assert levels("全国卫生健康事业发展统计公报\n2020年,上海、天津和浙江三个省市的人均预期寿命超过81岁。") == []


def test_each_place_of_a_group_with_jun_keeps_its_figure():
    assert [row[1] for row in levels("全国卫生健康事业发展统计公报\n2020年,上海、天津和浙江的人均预期寿命均超过81岁。")] == [
        "上海市", "天津市", "浙江省"]


@pytest.mark.parametrize("sentence", [
    "到2030年,全市建成4-6个总人口8万人左右的中心镇。",
    "到2030年,甲镇、乙镇两个镇人口规模各8万至15万人。",
    "到2030年,培育甲镇、乙镇两个重点镇,人口规模各8万至15万人。",
])
def test_a_size_shared_by_several_towns_is_no_level(sentence):
    assert levels(MASTER + sentence) == []


def test_one_central_area_s_size_is_read():
    assert levels(MASTER + "至2030年城镇体系规划如下。\n中心城:含老城、新区两个片区,人口规模380万人;\n") == [
        ("pop_central_urban", "绵阳市", 2030, 380.0, "none")]


# -- form 7: the age band set by the paragraph; 高龄; a forecast paragraph ------------------------------------------------

AGEING = "戊市老龄事业发展规划(2021-2025年)\n"


def test_the_band_named_once_in_a_paragraph_is_that_of_its_later_older_population():
    assert kinds(AGEING + "2020年末戊市60岁以上老年人口180万。到2025年,老年人口控制在220万以内,人口老龄化水平达到25%左右。") == [
        ("pop_60plus", "unknown", 2020, 180.0, "none", "baseline"), ("pop_60plus", "unknown", 2025, 220.0, "le", "target"),
        ("share_60plus", "unknown", 2025, 25.0, "approx", "target")]


@pytest.mark.parametrize(("text", "expected"), [
    # two bands named: the bare one stays unbanded
    ("2020年末戊市60岁以上老年人口180万,65岁以上老年人口120万。到2025年,老年人口达到220万。",
     [("pop_60plus", 2020, 180.0), ("pop_65plus", 2020, 120.0), ("pop_elderly", 2025, 220.0)]),
    # another paragraph
    ("2020年末戊市60岁以上老年人口180万。\n到2025年,老年人口达到220万。", [("pop_60plus", 2020, 180.0), ("pop_elderly", 2025, 220.0)]),
    # a band of its own stays
    ("2020年末戊市60岁以上老年人口180万。其中65岁以上老年人口占比为14%。", [("pop_60plus", 2020, 180.0), ("share_65plus", 2020, 14.0)]),
])
def test_a_band_not_set_by_the_paragraph_is_not_carried(text, expected):
    assert [(row[0], row[2], row[3]) for row in levels(AGEING + text)] == expected


def test_the_oldest_old_are_the_population_aged_80_and_over():
    assert levels(AGEING + "到2025年,全市高龄老人达到40万。") == [("pop_80plus", "unknown", 2025, 40.0, "none")]
    assert levels(AGEING + "2020年,全市80岁以上高龄老人12万人,失能高龄老人3万人。") == [("pop_80plus", "unknown", 2020, 12.0, "none")]


@pytest.mark.parametrize("sentence", [
    "到2025年,高龄老人津贴发放人数达到5万人。",
    "到2025年,享受高龄津贴的老人达到5万人,高龄化趋势明显。",
])
def test_an_allowance_of_the_oldest_old_is_no_count_of_them(sentence):
    assert levels(AGEING + sentence) == []


FORECAST = "规划预测,2020年末戊市60岁以上户籍老年人口180万。预计2025年老年人口增至220万,人口老龄化水平达到25%左右。2035年前后,老年人口接近300万,老龄化水平超过32%,高龄老年人口突破40万。"


def test_a_forecast_paragraph_of_a_plan_makes_its_later_dated_values_projections():
    assert kinds(AGEING + FORECAST) == [
        ("pop_60plus", "unknown", 2020, 180.0, "none", "baseline"), ("pop_60plus", "unknown", 2025, 220.0, "none", "projection"),
        ("pop_60plus", "unknown", 2035, 300.0, "below", "projection"), ("pop_80plus", "unknown", 2035, 40.0, "gt", "projection"),
        ("share_60plus", "unknown", 2025, 25.0, "approx", "projection"), ("share_60plus", "unknown", 2035, 32.0, "gt", "projection")]


def test_a_goal_in_a_forecast_paragraph_stays_a_goal():
    assert kinds(AGEING + "规划预测,2020年末戊市60岁以上老年人口180万。到2025年,全市力争老年人口控制在220万。") == [
        ("pop_60plus", "unknown", 2020, 180.0, "none", "baseline"), ("pop_60plus", "unknown", 2025, 220.0, "none", "target")]


def test_a_headline_over_the_forecast_keeps_no_band_of_the_body():
    # measured on the described slice, giving the headline the body's band lost a level: not done (see README). Its kind is
    # not pinned: the headline's 将 reads as a goal (target) though the body forecasts it — a known wrong kind, left open
    rows_ = kinds("戊市老年人口2035年将接近300万\n" + FORECAST)
    assert [row[:5] for row in rows_ if row[0] in ("pop_elderly", "pop_60plus") and row[2] == 2035] == [
        ("pop_60plus", "unknown", 2035, 300.0, "below"), ("pop_elderly", "unknown", 2035, 300.0, "below")]
    assert [row for row in rows_ if row[0] != "pop_elderly"] == kinds(AGEING + FORECAST)


# -- form 14: a qualified subgroup's share -----------------------------------------------------------------------

ELDERLY_PLAN = "湖南省老龄事业发展规划(2021-2025年)\n"


@pytest.mark.parametrize("sentence", [
    "到2025年,参加老年大学学习的老年人口比例达到25%。",
    "到2025年,经常参加体育锻炼的老年人口比例达到60%。",
    "到2025年,享受居家养老服务的老年人口达到300万人。",
])
def test_the_share_or_count_of_older_people_doing_something_is_no_level_of_the_older_population(sentence):
    assert levels(ELDERLY_PLAN + sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("到2025年,全省老年人口比例达到18%。", ("share_elderly", "湖南省", 2025, 18.0, "none")),
    ("到2025年,参加老年大学学习的老人超过10万,全省的老年人口比例为22%。", ("share_elderly", "湖南省", 2025, 22.0, "none")),
])
def test_the_older_population_s_own_share_is_still_read(sentence, expected):
    assert levels(ELDERLY_PLAN + sentence) == [expected]


# -- form 15: a duration before 提高了 ---------------------------------------------------------------------------------

PRESS = "国家卫生健康委新闻发布会\n"


@pytest.mark.parametrize("tail", ["平均每年提高0.25岁,4年提高了1.0岁。", "4年累计提高1.0岁。"])
def test_a_number_of_years_before_a_change_is_no_level(tail):
    assert [row[3] for row in levels(PRESS + "2015年至2019年,我国人均预期寿命由76.3岁升至77.3岁," + tail)] == [76.3, 77.3]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("到2025年,全省劳动年龄人口平均受教育年限由10年提高到11年。", [10.0, 11.0]),  # a from–to of years stays
    ("到2025年,全省劳动年龄人口平均受教育年限达到11年,提高了1年。", [11.0]),
])
def test_levels_in_years_before_a_change_are_still_read(sentence, expected):
    assert sorted(row[3] for row in levels("湖南省教育发展规划(2021-2025年)\n" + sentence)) == expected


# -- form 2: a round-up of several districts' ceilings -------------------------------------------------------------

ROUND_UP = "广州各区公布人口上限\n广州市11区中已有5个区公布人口上限。"


def places(text: str) -> list[tuple]:
    return rows(text, ["entity", "year", "value", "qualifier"])


def test_each_district_that_speaks_has_its_own_ceiling_also_with_quan_qu():
    text = ROUND_UP + "越秀区提出,五年内即到2021年常住人口减少约5%,控制在115万人以内;荔湾区表示,全区常住人口到2017年底不超过98万人。"
    assert places(text) == [("广州市荔湾区", 2017, 98.0, "le"), ("广州市越秀区", 2021, 115.0, "le")]


def test_a_district_as_the_topic_of_mu_biao_has_the_ceiling():
    assert places(ROUND_UP + "到2021年,海珠区的上限目标是180万人。") == [("广州市海珠区", 2021, 180.0, "le")]


@pytest.mark.parametrize("verb", ["为", "分别为"])
def test_two_districts_and_two_numbers_with_or_without_fenbie_are_a_pair(verb):
    assert places(ROUND_UP + f"到2021年,天河区和白云区的目标{verb}200万人和280万人。") == [
        ("广州市天河区", 2021, 200.0, "le"), ("广州市白云区", 2021, 280.0, "le")]


@pytest.mark.parametrize("sentence", [
    "其中,海珠区的上限目标是180万人。",  # no year anywhere: no year guessed
    "2017年1月,海珠区的上限目标是180万人。",  # the report's date is no goal year
    "到2021年,天河区和白云区的目标为200万人。",  # two districts and one number
    "其余三区的上限在50万至70万之间。",  # a class bound of several districts
])
def test_no_ceiling_is_read_without_a_year_or_for_several_districts(sentence):
    assert places(ROUND_UP + sentence) == []


def test_without_a_ceiling_named_the_district_s_goal_is_not_a_ceiling():
    assert places("广州各区发展目标\n广州市11区中已有5个区公布发展目标。到2021年,海珠区的目标是180万人。") == []


def test_the_round_up_of_districts_is_the_city_s_report():
    from probe_rows import document
    from analysis.extract.meta import infer_meta
    text = "广州各区公布人口上限\n截至昨日,广州共有5个区公布人口上限。越秀区提出,到2021年常住人口控制在115万人以内;荔湾区表示,全区常住人口到2017年底不超过98万人。"
    assert infer_meta(document(text)).place == "广州市"
    # one district and the city's count of districts: the district's report, as before
    one = "越秀区公布人口上限\n广州共有11个区。越秀区提出,到2021年常住人口控制在115万人以内,全区常住人口到2017年底不超过98万人。"
    assert infer_meta(document(one)).place == "广州市越秀区"
    # a district's own report that compares it with another district and ranks it among the city's: the district's
    own = "各区人口情况\n2020年末天河区常住人口224万人,比海珠区多42万人,居全市11个区之首。天河区户籍人口100万人,全区城镇化率100%。"
    assert infer_meta(document(own)).place in ("天河区", "广州市天河区")
    ranked = "各区人口情况\n2020年末天河区常住人口224万人,比海珠区多42万人,在全市各区中排名第一。"
    assert infer_meta(document(ranked)).place in ("天河区", "广州市天河区")
    assert infer_meta(document("各区人口上限\n广州各区公布人口上限:天河区到2021年控制在200万人以内,海珠区控制在180万人以内。")).place == "广州市"


# -- form 12: the 将 of an area's clause -------------------------------------------------------------------------------

REPOST = "“双核联动”建设新衢州\n"


def test_the_jiang_of_an_area_s_clause_makes_no_population_figure_a_projection():
    assert kinds(REPOST + "到2030年,衢州市域面积将达到8800平方公里,其中中心城区120平方公里,全市人口达到300万人。") == [
        ("pop_resident", "衢州市", 2030, 300.0, "none", "target")]


@pytest.mark.parametrize("sentence", [
    "预计到2030年,全市人口将达到300万人。",
    "到2030年,衢州建成区面积将扩大到120平方公里,全市人口将达到300万人。",  # the population's own 将
    "到2030年,衢州市域面积将达到8800平方公里,预计全市人口达到300万人。",
])
def test_a_population_told_as_a_forecast_stays_a_projection(sentence):
    assert [row[5] for row in kinds(REPOST + sentence)] == ["projection"]


def test_a_municipality_s_districts_that_speak_have_their_own_ceilings():
    text = ("北京各区公布人口上限\n截至昨日,北京共有6个区公布人口上限。海淀区提出,到2020年常住人口控制在350万人以内;"
            "丰台区表示,全区常住人口到2020年不超过230万人。")
    assert places(text) == [("北京市丰台区", 2020, 230.0, "le"), ("北京市海淀区", 2020, 350.0, "le")]


# -- review of brief gv (brief xgv): right readings of the base that the rules above had turned wrong --------------------

DEVPLAN = "绵阳市国民经济和社会发展第十四个五年规划纲要\n"


@pytest.mark.parametrize(("sentence", "expected"), [
    # a task's heading ending in a part's name before the colon is no city-system entry (finding 1)
    ("（二）做大做强中心城区：到2025年，中心城区常住人口达到150万人。", [("pop_central_urban", "绵阳市", 2025, 150.0, "none")]),
    ("建设特色小镇：到2025年，全市常住人口达到500万人。", [("pop_resident", "绵阳市", 2025, 500.0, "none")]),
    ("建设特色小镇：到2025年，常住人口达到500万人。", [("pop_resident", "绵阳市", 2025, 500.0, "none")]),
    # a short label but the value's clause names the whole city: the city's
    ("河东片区：到2025年，全市常住人口达到500万人。", [("pop_resident", "绵阳市", 2025, 500.0, "none")]),
])
def test_a_heading_or_a_clause_naming_its_place_is_no_part_s_entry(sentence, expected):
    assert levels(DEVPLAN + sentence) == expected


@pytest.mark.parametrize("text", [
    # a forecaster and the present trend before the area's 将 (finding 2)
    "衢州人口发展新动向\n课题组认为，按照目前的趋势，到2030年，全市建设用地将达到300平方公里，常住人口达到350万人。",
    "衢州人口发展新动向\n课题组认为，到2030年，全市建设用地将达到300平方公里，常住人口达到350万人。",
    # under a headline of a forecast
    "专家：衢州人口2030年或达350万\n到2030年，全市地区生产总值将突破5000亿元，常住人口达到350万人。",
])
def test_the_jiang_of_an_area_s_clause_is_the_forecaster_s_for_the_whole_sentence(text):
    assert [row[5] for row in kinds(text)] == ["projection"]


@pytest.mark.parametrize(("text", "expected"), [
    # a method note naming the plan's forecast period or basis is no forecast's lead-in (finding 3)
    ("戊市人口发展规划(2021-2035年)\n本规划预测期为2021—2035年。到2035年，全市常住人口控制在700万人以内，人口自然增长率保持在5‰左右。",
     [("natural_growth_rate", "unknown", 2035, 5.0, "approx", "target"), ("pop_resident", "unknown", 2035, 700.0, "le", "target")]),
    ("戊市人口发展规划(2021-2035年)\n规划测算以2020年第七次全国人口普查数据为基础。到2025年，全市常住人口达到650万人。",
     [("pop_resident", "unknown", 2025, 650.0, "none", "target")]),
    # the lead-in with a colon still opens a forecast
    (AGEING + "本规划预测：2035年前后，全市老年人口接近300万。", [("pop_elderly", "unknown", 2035, 300.0, "below", "projection")]),
])
def test_only_a_plan_s_forecast_told_as_a_lead_in_makes_the_paragraph_projections(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    # 区域 after a count is no count of districts (finding 4)
    "区卫生健康工作会议召开\n广州市海珠区卫生健康工作会议昨日召开。海珠区已有3个区域医疗中心投入使用，与天河区共建医联体。"
    "到2025年，海珠区人均预期寿命达到83岁，全区孕产妇死亡率控制在10/10万以下。",
    # a superlative among the city's districts is no round-up of them
    "区政府召开人口计生工作会议\n广州市海珠区人口计生工作会议昨日召开。海珠区常住人口163万人，人口密度在全市各区中最高，比天河区高出一倍。"
    "海珠区提出，到2020年，全区常住人口控制在180万人以内。",
])
def test_a_district_s_report_naming_regions_or_its_rank_among_districts_stays_the_district_s(text):
    from probe_rows import document
    from analysis.extract.meta import infer_meta
    assert infer_meta(document(text)).place == "广州市海珠区"
    assert {row[0] for row in places(text)} == {"广州市海珠区"}


def test_a_district_speaking_of_the_city_s_task_gives_the_city_s_figure():
    # 全市 after the speaker: the city's ceiling, told by the district (finding 5)
    text = "广州市2017年人口和计划生育工作要点\n今年全市常住人口控制在1450万人以内。天河区表示，将全力落实全市人口调控任务，到2020年常住人口控制在1550万人以内。"
    assert places(text) == [("广州市", 2017, 1450.0, "le"), ("广州市", 2020, 1550.0, "le")]


def test_a_speaking_district_whose_name_several_cities_share_is_the_plan_city_s():
    # 白云区 is a district of 广州市 and of 贵阳市: the plan's city decides (finding 11)
    text = ("广州市国民经济和社会发展第十三个五年规划纲要\n到2020年，全市常住人口控制在1550万人以内。天河区表示，到2020年全区常住人口控制在"
            "200万人以内；全市户籍人口达到950万人。\n番禺区提出，到2020年常住人口达到180万人，全市城镇化率达到86%。\n"
            "白云区提出，到2020年，全区人均预期寿命达到81岁，全市人均预期寿命达到82岁。")
    assert [row for row in levels(text) if row[0] == "life_expectancy"] == [
        ("life_expectancy", "广州市", 2020, 82.0, "none"), ("life_expectancy", "广州市白云区", 2020, 81.0, "none")]


@pytest.mark.parametrize(("sentence", "first"), [
    # a group's count before the central area: no pair of the whole place's people (finding 6)
    ("到2025年，全市60岁以上老年人口120万人，中心城区50万人。", ("pop_60plus", "绵阳市", 2025, 120.0, "none")),
    ("到2025年，全市户籍人口480万人，中心城区180万人。", ("pop_hukou", "绵阳市", 2025, 480.0, "none")),
    ("到2025年，全市流动人口80万人，中心城区60万人。", ("pop_floating", "绵阳市", 2025, 80.0, "none")),
])
def test_the_central_area_after_a_group_s_count_is_no_central_population(sentence, first):
    assert levels(MASTER + sentence) == [first]


@pytest.mark.parametrize("sentence", [
    # the central area as the base of what is built (finding 7)
    "到2030年，依托中心城区建成300万人口的大都市区。",
    "到2030年，以中心城市为核心建成300万人口的大都市区。",
])
def test_a_metropolitan_area_built_around_the_central_area_is_not_the_central_area_s_size(sentence):
    assert levels("岳阳市城市总体规划(2016-2030年)\n" + sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # an allowance with its kind between the name and the word (finding 8)
    ("2020年，全市高龄老人生活补贴惠及5.6万人。", []),
    ("2020年，全市高龄老人护理补贴发放人数5.6万人，全市高龄老人12万人。", [("pop_80plus", "unknown", 2020, 12.0, "none")]),
])
def test_an_allowance_of_a_kind_for_the_oldest_old_is_no_count_of_them(sentence, expected):
    assert levels(AGEING + sentence) == expected


def test_a_second_band_named_without_lao_leaves_the_bare_share_unbanded():
    # 65岁及以上人口 is a second band though it says no 老 (finding 9)
    text = AGEING + "2020年全市60岁及以上老年人口180万人，占22%。65岁及以上人口占比16%。预计到2025年，老龄化水平将达到18%。"
    assert levels(text) == [("pop_60plus", "unknown", 2020, 180.0, "none"), ("share_60plus", "unknown", 2020, 22.0, "none"),
                            ("share_65plus", "unknown", 2020, 16.0, "none"), ("share_elderly", "unknown", 2025, 18.0, "none")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # 拥有 of the place's 户籍 is no activity of a group (finding 10)
    ("2020年，全省拥有本省户籍的老年人口180万人。", [("pop_elderly", "湖南省", 2020, 180.0, "none")]),
    # a group of the banded older people doing something: no banded share either
    ("到2025年，经常参加体育锻炼的60岁以上老年人口比例达到60%。", []),
    ("到2025年，拥有智能手机的老年人口比例达到60%。", []),
    ("到2025年，全省60岁以上老年人口比例达到22%。", [("share_60plus", "湖南省", 2025, 22.0, "none")]),
])
def test_a_group_doing_something_is_told_apart_from_the_place_s_older_people(sentence, expected):
    assert levels(ELDERLY_PLAN + sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a level in years told before the change without a comma (finding 12)
    ("到2025年,全省劳动年龄人口平均受教育年限达到11年提高了0.5年。", [11.0]),
    ("到2025年,全省劳动年龄人口平均受教育年限为11年提高了0.5年。", [11.0]),
])
def test_a_level_in_years_right_before_its_change_is_still_read(sentence, expected):
    assert [row[3] for row in levels("湖南省教育发展规划(2021-2025年)\n" + sentence)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the central area's entry after a comma, the pair's item after 其中：, and its own 将 (finding 13)
    ("至2030年，中心城区：规划人口300—350万人。", [("pop_central_urban", "绵阳市", 2030, 325.0, "range")]),
    ("到2025年，全市常住人口达到500万人，其中：中心城区150万人。",
     [("pop_central_urban", "绵阳市", 2025, 150.0, "none"), ("pop_resident", "绵阳市", 2025, 500.0, "none")]),
    ("到2030年，全市城镇人口达到320万人，中心城区将达到160万人。",
     [("pop_central_urban", "绵阳市", 2030, 160.0, "none"), ("pop_urban", "绵阳市", 2030, 320.0, "none")]),
    # another part's entry after a comma: no level
    ("到2030年，河东片区：规划人口80万人。", []),
])
def test_the_central_area_s_entry_or_item_in_other_wordings_is_read(sentence, expected):
    assert levels(MASTER + sentence) == expected
