"""General rules for wordings of real published plans and reports (issue #19, part 3), each tried on
invented sentences in several variants (the texts have no manifest row: place, period and cut-off are
inferred as for any new text)."""

from __future__ import annotations

import pytest

from analysis.extract.stage import extract_documents
from analysis.ingest.decode import decode_bytes
from analysis.ingest.document import ingest_text
from analysis.ingest.place import names_in


def extract(text: str, name: str = "page.txt"):
    document = ingest_text(decode_bytes(text.encode("utf-8"), name), name)
    return extract_documents([document])


def rows(text: str, columns=("indicator", "entity", "year", "value", "qualifier", "kind")) -> list[tuple]:
    values = extract(text).indicators
    return sorted((tuple(row) for row in values[list(columns)].itertuples(index=False)), key=str)


# --- a county whose name has a one-character stem is not read inside an ordinary word -------------

@pytest.mark.parametrize(
    "text",
    ["推进健康县城建设", "全民健康县创建", "城市和县城人口", "形成县域经济", "加强管理县级医院", "相应县区要落实", "全面建成县乡村三级网络"],
)
def test_a_one_character_stem_county_is_not_read_inside_a_word(text):
    assert not {"康县", "和县", "成县", "理县", "应县"} & names_in(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [("安徽省和县人口发展规划", "和县"), ("马鞍山和县常住人口", "和县"), ("甘肃康县", "康县"), ("，康县常住人口20万人", "康县"),
     ("在和县召开", "和县"), ("和县人口发展规划（2021—2035年）", "和县"), ("2020年成县常住人口", "成县")],
)
def test_a_one_character_stem_county_standing_apart_is_the_place(text, name):
    assert name in names_in(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [("全民健康县创建加快推进。到2025年，全县常住人口达到30万人，人均预期寿命达到78岁。", "unknown"),
     ("城市和县城人口增长较快，到2025年全省常住人口达到6200万人。", "unknown"),
     ("陇南市推进健康县城建设，到2035年常住人口达到250万人。", "陇南市"),
     ("和县人口发展规划（2021—2035年）\n到2035年，全县常住人口达到50万人。", "和县")],
)
def test_a_health_county_word_does_not_make_the_page_a_countys(text, place):
    result = extract(text)
    assert list(result.plans["place_zh"]) == [place]
    assert set(result.indicators["entity"]) == {place}


# --- this year's targets in an undated report: the year after the year it reports as complete ---------

ANNUAL = [
    # (text, expected rows: indicator, entity, year, value, qualifier, kind)
    ("2019年末，全市常住人口为350万人。今年，全市人口自然增长率控制在5‰以内，出生人口性别比控制在108以下。",
     [("natural_growth_rate", "unknown", 2020, 5.0, "le", "target"), ("pop_resident", "unknown", 2019, 350.0, "none", "baseline"),
      ("srb", "unknown", 2019 + 1, 108.0, "below", "target")]),
    ("绵阳市2019年全年出生人口3.9万人，出生率8.1‰。年内全市人口出生率控制在9‰左右。",
     [("birth_rate", "绵阳市", 2019, 8.1, "none", "baseline"), ("birth_rate", "绵阳市", 2020, 9.0, "approx", "target"),
      ("births", "绵阳市", 2019, 3.9, "none", "baseline")]),
    ("2016年1月1日全面两孩政策实施以来，全省再生育申请增加。全年出生人口52.3万人，人口自然增长率6.1‰。本年度全省人口自然增长率控制在7‰以内。",
     [("births", "unknown", 2016, 52.3, "none", "baseline"), ("natural_growth_rate", "unknown", 2016, 6.1, "none", "baseline"),
      ("natural_growth_rate", "unknown", 2017, 7.0, "le", "target")]),
    # traditional characters, full-width digits, ‰ printed as %。
    ("河南省２０１４年末總人口10662萬人。年內全省人口自然增長率控制在5.8%。以內。",
     [("natural_growth_rate", "河南省", 2015, 5.8, "le", "target"), ("pop_resident", "河南省", 2014, 10662.0, "none", "baseline")]),
    # two indicators in one clause, 分别
    ("截至2011年，全县户籍人口45万人。今年全县人口出生率、自然增长率分别控制在12‰和6‰以内。",
     [("birth_rate", "unknown", 2012, 12.0, "le", "target"), ("natural_growth_rate", "unknown", 2012, 6.0, "le", "target"),
      ("pop_hukou", "unknown", 2011, 45.0, "none", "baseline")]),
]


@pytest.mark.parametrize(("text", "expected"), ANNUAL)
def test_this_years_targets_in_an_undated_report_follow_its_last_complete_year(text, expected):
    assert rows(text) == sorted(expected, key=str)


def test_a_dated_page_keeps_its_date_for_this_year():
    text = "来源：绵阳日报 2021-03-05 09:00\n2019年末，绵阳市常住人口为350万人。年内全市人口自然增长率控制在5‰以内。"
    assert ("natural_growth_rate", "绵阳市", 2021, 5.0, "le", "target") in rows(text)


@pytest.mark.parametrize("text", ["2019年末，全市常住人口为350万人。五年内全市常住人口达到400万人。", "2019年末，全市常住人口为350万人。近年内常住人口达到400万人。"])
def test_within_some_years_is_not_this_year(text):
    assert 2020 not in {row[2] for row in rows(text)}


def test_births_found_by_a_check_are_no_level():
    text = "2009年末，全省总人口9470万人。共清理瞒报出生人口67.17万人，全省已少生5000万人。今年人口出生率控制在13‰以内。"
    assert [row[0] for row in rows(text)] == ["birth_rate", "pop_resident"]


# --- one qualifier after a 分别 list holds for every value; ‰ printed as %。 before its qualifier ------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("成都市人口发展规划（2021—2035年）\n到2025年，全市人口出生率、自然增长率分别控制在9‰和3‰以内。",
         [("birth_rate", 9.0, "le"), ("natural_growth_rate", 3.0, "le")]),
        ("成都市人口发展规划（2021—2035年）\n到2025年，全市人均预期寿命、总和生育率分别稳定在82岁、1.2左右。",
         [("life_expectancy", 82.0, "approx"), ("tfr", 1.2, "approx")]),
        ("成都市人口发展规划（2021—2035年）\n到2025年，全市城镇化率、人均预期寿命分别达到80%和81岁以上。",
         [("life_expectancy", 81.0, "above"), ("urbanization_resident", 80.0, "above")]),
        # a qualifier of its own on an earlier value is kept
        ("成都市人口发展规划（2021—2035年）\n到2025年，全市常住人口、城镇化率分别达到2200万左右和82%以上。",
         [("pop_resident", 2200.0, "approx"), ("urbanization_resident", 82.0, "above")]),
        # ‰ printed as %。 before 以内 / 左右 (a page that lost its ‰)
        ("成都市人口发展规划（2021—2035年）\n到2025年，全市人口自然增长率控制在3.5%。以内，出生率稳定在9%。左右。",
         [("birth_rate", 9.0, "approx"), ("natural_growth_rate", 3.5, "le")]),
    ],
)
def test_a_qualifier_after_a_list_and_per_mille_printed_as_percent_full_stop(text, expected):
    assert rows(text, ("indicator", "value", "qualifier")) == sorted(expected, key=str)


def test_per_mille_printed_as_percent_full_stop_has_its_unit():
    values = extract("成都市人口发展规划（2021—2035年）\n到2025年，全市人口自然增长率控制在3.5%。以内。").indicators
    assert list(values["unit"]) == ["‰"] and list(values["year"]) == [2025]


@pytest.mark.parametrize(
    ("text", "sentences", "value"),
    [
        ("自然增长率控制在7.5%。以内。", ["自然增长率控制在7.5%。以内。"], ("7.5%。以内", "‰", "le")),
        ("婴儿死亡率为3.29%。，比上年下降了0.2个千分点。", ["婴儿死亡率为3.29%。，比上年下降了0.2个千分点。"], ("3.29%。", "‰", "none")),
        ("出生率为9.5%。下降了0.3个千分点。", ["出生率为9.5%。下降了0.3个千分点。"], ("9.5%。", "‰", "none")),
        # 余 and 内 are qualifiers after a number but open sentences too (内蒙古…): the 。 before them is a full stop
        ("城镇化率为52.5%。内蒙古的城镇化率更高。", ["城镇化率为52.5%。", "内蒙古的城镇化率更高。"], ("52.5%", "%", "none")),
        ("城镇化率为52.5%。余下各县低于全市。", ["城镇化率为52.5%。", "余下各县低于全市。"], ("52.5%", "%", "none")),
    ],
)
def test_one_rule_for_per_mille_printed_as_percent_full_stop(text, sentences, value):
    """The sentence and the value read the 。 after % by the one rule, PERMILLE_STOP: where the value takes it as ‰,
    the sentence does not end there, and where the sentence ends, the value is a plain %."""
    from analysis.extract.prose.words import SENTENCE
    from analysis.extract.values import find_values

    assert [m.group() for m in SENTENCE.finditer(text)] == sentences
    first = find_values(text)[0]
    assert (first.text, first.unit_raw, first.qualifier) == value



@pytest.mark.parametrize(("text", "value"), [
    ("常住人口控制在3790万内，", ("3790万内", "le")), ("常住人口3790万内蒙古方向", ("3790万", "none")),
    ("城镇化率60%内蒙古", ("60%", "none")), ("城镇化率60%以内", ("60%以内", "le")),
])
def test_a_bare_nei_bounds_a_value_only_where_no_word_goes_on(text, value):
    from analysis.extract.values import find_values

    first = find_values(text)[0]
    assert (first.text, first.qualifier) == value

# --- life expectancy: 期望寿命 wordings and the figures for each sex --------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("绵阳市人口发展规划（2021—2035年）\n2020年，全市居民期望寿命78.2岁（男性75.9岁，女性80.7岁）。",
         [("life_expectancy", 2020, 78.2), ("life_expectancy_female", 2020, 80.7), ("life_expectancy_male", 2020, 75.9)]),
        ("绵阳市人口发展规划（2021—2035年）\n2020年全市平均期望寿命为78.2岁，其中男性75.9岁、女性80.7岁。",
         [("life_expectancy", 2020, 78.2), ("life_expectancy_female", 2020, 80.7), ("life_expectancy_male", 2020, 75.9)]),
        ("绵阳市人口发展规划（2021—2035年）\n到2035年，全市人均期望寿命达到81岁（男79岁，女83岁）。",
         [("life_expectancy", 2035, 81.0), ("life_expectancy_female", 2035, 83.0), ("life_expectancy_male", 2035, 79.0)]),
        # traditional characters
        ("綿陽市人口發展規劃（2021—2035年）\n2020年，全市居民期望壽命78.2歲（男性75.9歲，女性80.7歲）。",
         [("life_expectancy", 2020, 78.2), ("life_expectancy_female", 2020, 80.7), ("life_expectancy_male", 2020, 75.9)]),
        # a share of women is not a sex's life expectancy
        ("绵阳市人口发展规划（2021—2035年）\n2020年，全市人均预期寿命78.2岁，常住人口中女性占49.6%。",
         [("life_expectancy", 2020, 78.2)]),
    ],
)
def test_life_expectancy_wordings_and_each_sexs_figure(text, expected):
    assert [row for row in rows(text, ("indicator", "year", "value")) if row[0].startswith("life")] == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        # a province's page quoting a city's report: 我市/本市/全市 is that city
        ("浙江省人口发展规划（2021—2035年）\n宁波市2021年居民期望寿命正式公布。2021年，我市居民期望寿命82.40岁。", "宁波市"),
        ("浙江省人口发展规划（2021—2035年）\n据宁波市卫健委发布，2021年本市人均预期寿命为82.4岁。", "宁波市"),
        ("浙江省人口发展规划（2021—2035年）\n宁波市卫健委发布数据。2021年全市人均预期寿命为82.4岁。", "宁波市"),
        # a municipality's 全市 is the municipality, whatever city its page names
        ("上海市人口发展规划（2021—2035年）\n与苏州市合作。2020年全市人均预期寿命为83.7岁。", "上海市"),
        # a city's own page
        ("宁波市人口发展规划（2021—2035年）\n与杭州市相比，2020年我市人均预期寿命为82.4岁。", "宁波市"),
    ],
)
def test_a_city_scope_word_in_a_provinces_page_is_the_city_it_names(text, entity):
    assert {row[1] for row in rows(text)} == {entity}


# --- a year the text names as a goal is a goal year in a headline too -----------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("山东:2030年人均预期寿命达到81岁\n\n27日，省政府发布实施意见，到2030年，人均预期寿命达到81岁左右。",
         [("life_expectancy", 2030, "none", "target"), ("life_expectancy", 2030, "approx", "target")]),
        ("绵阳2025年常住人口达500万\n记者获悉，力争2025年全市常住人口达到500万人，城镇化率达到60%以上。",
         [("pop_resident", 2025, "none", "target"), ("pop_resident", 2025, "none", "target"), ("urbanization_resident", 2025, "above", "target")]),
        # a figure of the year after the cut-off that the text never names as a goal stays observed
        ("绵阳市人口发展规划（2021—2035年）\n2021年，全市出生人口为2.86万人。到2035年，全市常住人口达到520万人。",
         [("births", 2021, "none", "baseline"), ("pop_resident", 2035, "none", "target")]),
    ],
)
def test_a_year_named_as_a_goal_is_a_goal_in_a_headline_too(text, expected):
    assert rows(text, ("indicator", "year", "qualifier", "kind")) == sorted(expected, key=str)


# --- a headline's hedge does not make a projection of the body's target -----------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("到2030年西藏人均期望寿命有望达到73岁\n\n自治区卫计委主任说，下一步，到2030年人均期望寿命达到73岁。",
         [("life_expectancy", 2030, 73.0, "target"), ("life_expectancy", 2030, 73.0, "target")]),
        ("绵阳常住人口2035年或将达520万人\n记者获悉，到2035年，全市常住人口达到520万人。",
         [("pop_resident", 2035, 520.0, "target"), ("pop_resident", 2035, 520.0, "target")]),
        # a headline forecast the body does not state as a target stays a projection
        ("绵阳常住人口2035年有望达540万人\n记者获悉，到2035年，全市常住人口达到520万人。",
         [("pop_resident", 2035, 520.0, "target"), ("pop_resident", 2035, 540.0, "projection")]),
    ],
)
def test_a_headline_hedge_of_the_bodys_target_stays_a_target(text, expected):
    assert rows(text, ("indicator", "year", "value", "kind")) == sorted(expected, key=str)


def test_a_headline_forecast_stays_a_projection():
    text = "绵阳常住人口2035年预计达520万人\n记者获悉，到2035年，全市常住人口达到520万人。"
    assert rows(text, ("indicator", "year", "value", "kind")) == [("pop_resident", 2035, 520.0, "projection"), ("pop_resident", 2035, 520.0, "target")]


@pytest.mark.parametrize("text", ["2009年末，全省总人口已达9470万。计划生育30多年来，全省已少生5000万人口。",
                                  "2009年末，全省总人口已达9470万，实行计划生育以来少生了约5000万人。"])
def test_births_averted_are_no_population(text):
    assert rows(text, ("indicator", "value")) == [("pop_resident", 9470.0)]


# --- the qualifier of 控制在/保持在/稳定在 follows its bound word; without one it is none (gold conventions:
# 人口总量控制在14.5亿 → none; 控制在…以内 is a bound) ----------------------------------------------------

@pytest.mark.parametrize(
    ("phrase", "value", "qualifier"),
    [("全省常住人口控制在3790万人", 3790.0, "none"), ("全省常住人口控制在3790万人以内", 3790.0, "le"),
     ("全省常住人口控制在3790万内", 3790.0, "le"), ("全省常住人口控制在3790万人左右", 3790.0, "approx"),
     ("全省常住人口不超过3790万人", 3790.0, "le"), ("全省常住人口控制在3790万以下", 3790.0, "below"),
     ("全省常住人口保持在3790万人以上", 3790.0, "above"), ("全省常住人口稳定在3790万人", 3790.0, "none"),
     ("全省常住人口達到3790萬人以內", 3790.0, "le"), ("全省常住人口控制在３７９０万人以内", 3790.0, "le")],
)
def test_the_qualifier_follows_the_bound_word(phrase, value, qualifier):
    text = f"福建省人口发展规划（2016—2030年）\n到2020年，{phrase}。"
    assert rows(text, ("indicator", "year", "value", "qualifier", "kind")) == [("pop_resident", 2020, value, qualifier, "target")]


# --- a threshold asked about in a question is no level; stated, it is the place's goal -------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("佛山市人口发展规划（2025—2030年）\n成为“常住人口过千万、GDP破万亿”的“双万”城市，在全国处于什么水平？", []),
        ("佛山市人口发展规划（2025—2030年）\n佛山常住人口能否突破千万？", []),
        ("佛山市人口发展规划（2025—2030年）\n佛山常住人口會不會破千萬？", []),
        ("佛山市人口发展规划（2025—2030年）\n五年内佛山常住人口过千万。", [("pop_resident", 2030, 1000.0, "gt", "target")]),
        # a stated number in a question sentence is still read
        ("佛山市人口发展规划（2025—2030年）\n到2030年常住人口达1016万人，这意味着什么？", [("pop_resident", 2030, 1016.0, "none", "target")]),
    ],
)
def test_a_threshold_asked_about_is_no_level(text, expected):
    assert rows(text, ("indicator", "year", "value", "qualifier", "kind")) == expected


# --- the base year's levels listed after 较/比/与 Y年的, in the order of the 分别 list before them ----------

HENAN = "河南省卫生健康“十四五”规划（2021—2025年）\n"


@pytest.mark.parametrize(
    "sentence",
    ["2020年，婴儿死亡率、5岁以下儿童死亡率、孕产妇死亡率分别为3.21‰、5.4‰、9.27/10万，较2015年的4.35‰、5.91‰、10.46/10万分别下降26.21%、8.63%、11.38%。",
     "2020年，全省婴儿死亡率、5岁以下儿童死亡率、孕产妇死亡率分别为3.21‰、5.4‰和9.27/10万，比2015年末的4.35‰、5.91‰和10.46/10万明显下降。",
     "2020年，婴儿死亡率、5岁以下儿童死亡率、孕产妇死亡率分别为3.21‰、5.4‰、9.27/10万，与2015年的4.35‰、5.91‰、10.46/10万相比均有下降。",
     "２０２０年，嬰兒死亡率、5歲以下兒童死亡率、孕產婦死亡率分別為3.21‰、5.4‰、9.27/10萬，較２０１５年的4.35‰、5.91‰、10.46/10萬分別下降。"],
)
def test_the_base_years_levels_listed_after_a_comparison(sentence):
    assert rows(HENAN + sentence, ("indicator", "year", "value", "kind")) == sorted([
        ("imr", 2020, 3.21, "baseline"), ("u5mr", 2020, 5.4, "baseline"), ("mmr", 2020, 9.27, "baseline"),
        ("imr", 2015, 4.35, "baseline"), ("u5mr", 2015, 5.91, "baseline"), ("mmr", 2015, 10.46, "baseline")], key=str)



# --- 本世纪中叶 is 2050; 人口自增率 is the rate of natural increase ---------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("到本世纪中叶，全省人口将降至5800万人。", [("pop_resident", 2050, 5800.0, "projection")]),
        ("到21世纪中叶，全省常住人口预计为5500万人左右。", [("pop_resident", 2050, 5500.0, "projection")]),
        ("到二十一世纪中叶，全省人均预期寿命达到82岁。", [("life_expectancy", 2050, 82.0, "target")]),
        ("到2020年，全省总人口控制在6100万人以内，人口自增率控制在6‰以内。",
         [("natural_growth_rate", 2020, 6.0, "target"), ("pop_resident", 2020, 6100.0, "target")]),
        ("2015年，全省人口自增率为4.9‰，户籍人口自增率为4.5‰。",
         [("natural_growth_rate", 2015, 4.9, "baseline"), ("natural_growth_rate_hukou", 2015, 4.5, "baseline")]),
        ("2015年，全省人口自增率為4.9%。", [("natural_growth_rate", 2015, 4.9, "baseline")]),
    ],
)
def test_mid_century_and_natural_increase_wordings(sentence, expected):
    assert rows("湖北省人口发展规划（2016—2030年）\n" + sentence, ("indicator", "year", "value", "kind")) == sorted(expected, key=str)


# --- a level kept "since" a past year, with no year of its own, is the present (the base year) --------------

HUBEI = "湖北省人口发展规划（2016—2030年）\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("2010年以来，全省人口出生率保持在11‰左右。", [("birth_rate", 2015, 11.0, "baseline")]),
        ("“十二五”以来，全省人口出生率、自然增长率分别控制在12‰和6‰以内。",
         [("birth_rate", 2015, 12.0, "baseline"), ("natural_growth_rate", 2015, 6.0, "baseline")]),
        ("六普以来，全省总和生育率稳定在1.5左右。", [("tfr", 2015, 1.5, "baseline")]),
        ("2013年实施单独两孩政策以来，全省出生人口性别比稳定在112以下。", [("srb", 2015, 112.0, "baseline")]),
        ("2010年以來，全省人口出生率保持在11‰左右。", [("birth_rate", 2015, 11.0, "baseline")]),
        # a year of its own, or a goal year, still decides
        ("2010年以来，全省常住人口稳步增长，2015年达到5850万人。", [("pop_resident", 2015, 5850.0, "baseline")]),
        ("2010年以来人口稳步增长，到2030年全省常住人口控制在6300万人以内。", [("pop_resident", 2030, 6300.0, "target")]),
    ],
)
def test_a_level_kept_since_a_past_year_is_the_present(sentence, expected):
    assert rows(HUBEI + sentence, ("indicator", "year", "value", "kind")) == sorted(expected, key=str)


# --- a forecast introduced earlier in the paragraph (据测算，…) covers the values that follow ----------------

@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("据测算，到2025年全省65岁及以上老年人口达到900万人。到2030年，全省常住人口为6000万人。",
         [("pop_65plus", 2025, 900.0, "projection"), ("pop_resident", 2030, 6000.0, "projection")]),
        ("课题组预测得出以下结果。2025年全省常住人口将维持在5900万人左右。", [("pop_resident", 2025, 5900.0, "projection")]),
        ("测算结果显示，2030年全省常住人口5800万人；2035年降至5600万人。",
         [("pop_resident", 2030, 5800.0, "projection"), ("pop_resident", 2035, 5600.0, "projection")]),
        ("到2030年，全省常住人口可能会超过6000万人。", [("pop_resident", 2030, 6000.0, "projection")]),
        ("據測算，到2030年全省常住人口為6000萬人。", [("pop_resident", 2030, 6000.0, "projection")]),
        # a goal stated after the forecast stays a goal
        ("据测算，到2030年全省常住人口将达6000万人。规划目标是到2030年全省常住人口控制在5900万人以内。",
         [("pop_resident", 2030, 5900.0, "target"), ("pop_resident", 2030, 6000.0, "projection")]),
        # the forecast does not reach the next paragraph
        ("据测算，到2030年全省常住人口将达6000万人。\n到2030年，全省城镇化率达到70%。",
         [("pop_resident", 2030, 6000.0, "projection"), ("urbanization_resident", 2030, 70.0, "target")]),
    ],
)
def test_a_forecast_introduced_earlier_in_the_paragraph(sentence, expected):
    assert rows(HUBEI + sentence, ("indicator", "year", "value", "kind")) == sorted(expected, key=str)


# --- the place becoming a city of a size: its population --------------------------------------------------

GUANGDONG = "广东省人口发展规划（2017—2030年）\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("到2020年，惠州或成500万人口“大城市”。", [("pop_resident", "惠州市", 2020, 500.0)]),
        ("到2020年，惠州将成为500万人口的大城市。", [("pop_resident", "惠州市", 2020, 500.0)]),
        ("到2030年，佛山有望成为千万人口大市。", [("pop_resident", "佛山市", 2030, 1000.0)]),
        ("到2020年，惠州將成為500萬人口的大城市。", [("pop_resident", "惠州市", 2020, 500.0)]),
        # a class of cities is no level
        ("目前全省500万人口以上的城市有5个。", []),
        ("全省共有3个500万人口的大城市。", []),
    ],
)
def test_the_place_becoming_a_city_of_a_size(sentence, expected):
    assert rows(GUANGDONG + sentence, ("indicator", "entity", "year", "value")) == expected


# --- 每千/每万 before a population word: the denominator of a rate, never a population ----------------------

@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("到2030年，每千常住人口拥有的执业医生数超过4人。", [("doctors_per_1000", 4.0)]),
        ("到2030年，每千常住人口擁有的執業醫生數超過4人，每萬常住人口全科醫生數超過6人。", [("doctors_per_1000", 4.0), ("gps_per_10k", 6.0)]),
        ("到2030年，每千人口拥有的注册护士数达到4.7人。", [("nurses_per_1000", 4.7)]),
        # a rate the codebook lacks: the 4人 is no population either
        ("到2030年，每千常住人口拥有的药师数超过4人。", []),
    ],
)
def test_a_per_capita_denominator_is_no_population(sentence, expected):
    assert rows("深圳市人口发展规划（2021—2035年）\n" + sentence, ("indicator", "value")) == expected
