"""How five-year development plans (规划纲要, their drafts and reports) and new-urbanisation plans state
their population figures (issue #19, part 3): each rule with invented sentences in several variants
(verbs, traditional characters and pinyin glosses, full-width digits, the year stated earlier).

Rows are (indicator, entity, year, value as written, qualifier, kind); the texts have no manifest row, so
place, period and cut-off are inferred as for any new page.
"""

from __future__ import annotations

import pytest

from analysis.extract.stage import extract_documents
from analysis.ingest.decode import decode_bytes
from analysis.ingest.document import ingest_text

COLUMNS = ["indicator", "entity", "year", "value_text", "qualifier", "kind"]


def rows(text: str) -> list[tuple]:
    document = ingest_text(decode_bytes(text.encode("utf-8"), "page.txt"), "page.txt")
    values = extract_documents([document]).indicators
    return sorted(tuple(row) for row in values[COLUMNS].itertuples(index=False))


GX = "广西新闻\n"
TITLE_13 = "江苏省国民经济和社会发展第十三个五年规划纲要\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a five-year name in quotes before a goal (实现, 目标, 力争) is the period's end
        (GX + "“十三五”实现全区常住人口城镇化率达到54%。", [("urbanization_resident", "广西壮族自治区", 2020, "54%", "none", "target")]),
        (GX + '"十三五"实现全区常住人口城镇化率达到54%', [("urbanization_resident", "广西壮族自治区", 2020, "54%", "none", "target")]),
        ("廣西新聞\n“十三五”實現全區常住人口城鎮化率達到５４％。", [("urbanization_resident", "广西壮族自治区", 2020, "５４％", "none", "target")]),
        (GX + '"十四五"目标：全区户籍人口城镇化率提高到40%左右。', [("urbanization_hukou", "广西壮族自治区", 2025, "40%左右", "approx", "target")]),
        (GX + "“十三五”力争全区城镇化水平达到55%以上。", [("urbanization_resident", "广西壮族自治区", 2020, "55%以上", "above", "target")]),
    ],
)
def test_a_five_year_name_before_a_goal_is_the_periods_end(text, expected):
    assert rows(text) == expected


def test_an_unquoted_fifteen_is_no_five_year_plan():
    # 十五年来: fifteen years, not the 十五 plan (the bare form needs its quotes)
    assert rows("某省新闻\n他说，十五年来全省城镇化率达到54%。") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TITLE_13 + "提出劳动年龄人口平均受教育年限12.2年、城镇登记失业率低于4%。",
         [("edu_years_working_age", "江苏省", 2020, "12.2年", "none", "target"), ("unemployment_rate_registered", "江苏省", 2020, "低于4%", "lt", "target")]),
        (TITLE_13 + "在“环境美”方面，提出空气质量优良天数比率达到72%，森林覆盖率达24%。",
         [("air_quality_good_days_share", "江苏省", 2020, "72%", "none", "target"), ("forest_coverage", "江苏省", 2020, "24%", "none", "target")]),
        ("江蘇省國民經濟和社會發展第十三個五年規劃綱要\n提出勞動年齡人口平均受教育年限12.2年。",
         [("edu_years_working_age", "江苏省", 2020, "12.2年", "none", "target")]),
    ],
)
def test_goals_a_development_plan_proposes_without_a_year_are_dated_to_its_end(text, expected):
    # 第十三个五年规划 names the 十三五 period (2016—2020); 提出 (the plan proposes) makes the values goals
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "江苏新闻\n江苏“十三五”规划纲要提出，“十三五”期末户籍人口城镇化率67%、研发经费支出占地区生产总值比重2.8%左右、现代农业发展水平90%以上。",
        "江苏新闻\n“十三五”期末，户籍人口城镇化率67%；研发经费支出占地区生产总值比重2.8%左右；现代农业发展水平90%以上。",
        "江蘇新聞\n“十三五”期末戶籍人口城鎮化率67%、研發經費支出佔地區生產總值比重2.8%左右、現代農業發展水平90%以上。",
    ],
)
def test_an_item_of_an_indicator_list_that_names_its_own_indicator_is_not_the_one_before(text):
    found = rows(text)
    assert [(r[0], r[2], r[3]) for r in found] == [("urbanization_hukou", 2020, "67%")]


def test_a_list_joined_inside_a_noun_phrase_keeps_its_indicator():
    # 、 inside one indicator's name (no value before it) is not a list of indicators
    text = "连云港市人口发展规划（2016—2020年）\n到2020年,随迁子女与户籍学生在流入地接受义务教育、参加升学考试等方面享受同等待遇的比例达到100%。"
    assert [(r[0], r[2], r[3]) for r in rows(text)] == [("migrant_children_edu_share", 2020, "100%")]


CQ = "重庆市新型城镇化规划（2021—2035年）\n\n"


@pytest.mark.parametrize(
    "text",
    [
        CQ + "到2025年\n\n新型城镇化水平迈上新台阶\n\n常住人口城镇化率达到73%以上\n\n空气质量优良天数比率达到92.6%\n\n到2035年：\n\n新型城镇化基本实现\n\n城镇人口达到2800万人左右\n",
        CQ + "● 到2025年\n新型城镇化水平迈上新台阶\n常住人口城镇化率达到73%以上\n空气质量优良天数比率达到92.6%\n● 到2035年\n新型城镇化基本实现\n城镇人口达到2800万人左右\n",
        "重慶市新型城鎮化規劃（2021—2035年）\n\n到2025年\n\n新型城鎮化水平邁上新臺階\n\n常住人口城鎮化率達(dá)到73%以上\n\n空氣質量優良天數比率達(dá)到92.6%\n\n到2035年\n\n新型城鎮化基本實現\n\n城鎮人口達(dá)到2800萬人左右\n",
    ],
)
def test_a_line_that_is_only_a_goal_year_dates_the_goals_listed_below_it(text):
    # one goal a line without punctuation, a line of description between: the year line heads them all,
    # and a line ending in its value is a finished clause (92.6% is not the urbanisation rate above it)
    assert [(r[0], r[2], r[3], r[5]) for r in rows(text)] == [
        ("air_quality_good_days_share", 2025, "92.6%", "target"),
        ("pop_urban", 2035, "2800万人左右" if "萬" not in text else "2800萬人左右", "target"),
        ("urbanization_resident", 2025, "73%以上", "target"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("天津市人口发展“十四五”规划政策解读\n到“十三五”末，婴儿死亡率控制在6‰以下。户籍人口人均预期寿命从81.33岁提高到81.91岁，居民健康素养水平从17.42%提升到28.52%。",
         [("health_literacy_rate", 2015, "17.42%"), ("health_literacy_rate", 2020, "28.52%"), ("imr", 2020, "6‰以下"), ("life_expectancy", 2015, "81.33岁"), ("life_expectancy", 2020, "81.91岁")]),
        ("某市人口发展“十四五”规划政策解读\n“十三五”时期，全市具有大专及以上学历的比重从24.70%提高到31.10%。",
         [("tertiary_share", 2015, "24.70%"), ("tertiary_share", 2020, "31.10%")]),
    ],
)
def test_a_transition_without_years_after_a_five_year_periods_end_spans_the_period(text, expected):
    assert [(r[0], r[2], r[3]) for r in rows(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("保定市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n到2025年，保定市区常住人口达到355万人，到2035年达到500万人。",
         [("pop_city_proper", "保定市", 2025, "355万人", "none", "target"), ("pop_city_proper", "保定市", 2035, "500万人", "none", "target")]),
        ("惠州新闻\n截至2016年末，惠州市区常住人口超240万。", [("pop_city_proper", "惠州市", 2016, "超240万", "gt", "baseline")]),
    ],
)
def test_the_resident_population_of_the_city_proper(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "广东省国民经济和社会发展第十三个五年规划纲要\n●到2020年,每千人口醫(yī)療機(jī)構(gòu)床位達(dá)到6.0張\n●到2020年,每萬(wàn)人全科醫(yī)生數(shù)達(dá)到3人\n●到2020年,每千名老人擁有養(yǎng)老服務(wù)床位數(shù)35張\n●2020年底前全省優(yōu)良水質(zhì)斷面比例達(dá)到84.5%以上。",
        "广东省国民经济和社会发展第十三个五年规划纲要\n到2020年，每千人口医疗机构床位达到6.0张，每万人全科医生数达到3人，每千名老人拥有养老服务床位数35张，全省优良水质断面比例达到84.5%以上。",
    ],
)
def test_the_social_indicators_of_a_development_plan_in_their_press_wordings(text):
    assert [(r[0], r[2], r[4]) for r in rows(text)] == [
        ("elderly_care_beds_per_1000", 2020, "none"), ("gps_per_10k", 2020, "none"),
        ("hospital_beds_per_1000", 2020, "none"), ("surface_water_quality_share", 2020, "above"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("湖北省国民经济和社会发展第十四个五年规划纲要\n到2025年，全省常住人口控制在6000万人以内，城镇人口达到3900万人。",
         [("pop_resident", "湖北省", 2025, "6000万人以内", "le", "target"), ("pop_urban", "湖北省", 2025, "3900万人", "none", "target")]),
        ("上海新闻\n《纲要》提出，到2020年，全市常住人口不超过2500万人。", [("pop_resident", "上海市", 2020, "不超过2500万人", "le", "target")]),
        ("北京市国民经济和社会发展第十三个五年规划纲要\n全市常住人口总量控制在2300万人以内。", [("pop_resident", "北京市", 2020, "2300万人以内", "le", "target")]),
    ],
)
def test_resident_population_ceilings_and_urban_population(text, expected):
    assert rows(text) == expected


def test_settlers_over_the_period_are_no_level_and_a_rise_in_points_is_a_change():
    text = "某市新型城镇化规划\n到2020年，实现100万农业转移人口落户城镇，城镇化水平达到60%左右，比2015年提高5个百分点。"
    # the settlers are a total summed up to 2020 (no level of a population; its first year unknown: brief dv), the 5 points a change
    assert [(r[0], r[2], r[3]) for r in rows(text)] == [("urban_hukou_settlers_period_total", 2020, "100万"), ("urbanization_resident", 2020, "60%左右")]


@pytest.mark.parametrize(
    "text",
    [
        "某省新闻\n到「十三五」末，全省常住人口城镇化率达到60%左右。",
        "某省新闻\n『十三五』实现全省常住人口城镇化率达到60%左右。",
        "某省新闻\n到“十三五”末，全省常住人口城镇化率达到60%左右。",
    ],
)
def test_five_year_names_in_corner_brackets(text):
    assert [(r[0], r[2], r[3], r[5]) for r in rows(text)] == [("urbanization_resident", 2020, "60%左右", "target")]


def test_a_city_name_before_shiqu_is_the_city_proper_only_after_a_city():
    # 全市区 is no city's name: its 常住人口 stays the resident population
    assert [r[0] for r in rows("某市新闻\n到2025年，全市区常住人口达到355万人。")] == ["pop_resident"]


HB = "湖北省国民经济和社会发展第十三个五年规划纲要\n"
TABLE_ROWS = [
    ("life_expectancy", "湖北省", 2015, "75.5", "none", "baseline"), ("life_expectancy", "湖北省", 2020, "76.5", "none", "target"),
    ("urbanization_hukou", "湖北省", 2015, "40", "none", "baseline"), ("urbanization_hukou", "湖北省", 2020, "45", "none", "target"),
    ("urbanization_resident", "湖北省", 2015, "56.85", "none", "baseline"), ("urbanization_resident", "湖北省", 2020, "61", "none", "target"),
]


@pytest.mark.parametrize(
    "text",
    [
        HB + "指标 2015年 2020年 年均增长 属性\n常住人口城镇化率（%） 56.85 61 4.15 预期性\n户籍人口城镇化率（%） 40 45 5 预期性\n人均预期寿命（岁） 75.5 76.5 1 预期性\n",
        HB + "指标 2015年 2020年 年均增长〔累计〕 属性\n常住人口城镇化率（%） 56.85 61 〔4.15〕 预期性\n户籍人口城镇化率（%） 40 45 〔5〕 预期性\n人均预期寿命（岁） 75.5 76.5 〔1〕 预期性\n",
        HB + "指标 2015年 2020年 年均增长[累计] 属性\n常住人口城镇化率(%) 56.85 61 [4.15] 预期性\n户籍人口城镇化率(%) 40 45 [5] 预期性\n人均预期寿命(岁) 75.5 76.5 [1] 约束性\n",
        HB + "指标\t2015年\t2020年\t年均增长（%）\t属性\n常住人口城镇化率（%）\t56.85\t61\t〔4.15〕\t预期性\n户籍人口城镇化率（%）\t40\t45\t〔5〕\t预期性\n人均预期寿命（岁）\t75.5\t76.5\t〔1〕\t预期性\n",
        HB + "指标\n2015年\n2020年\n年均增长\n属性\n常住人口城镇化率（%）\n56.85\n61\n[4.15]\n预期性\n户籍人口城镇化率（%）\n40\n45\n[5]\n预期性\n人均预期寿命（岁）\n75.5\n76.5\n[1]\n预期性\n",
    ],
)
def test_a_development_plans_indicator_table_with_its_change_column(text):
    # 指标 | 2015年 | 2020年 | 年均增长〔累计〕 | 属性: the bracketed cumulative change is no level; rows aligned with
    # spaces, tabs or one cell a line
    assert rows(text) == sorted(TABLE_ROWS)


GS = "甘肃省新型城镇化规划（2014—2020年）\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (GS + "到2020年，全省城镇化率达到50%以上，兰州市、白银市城镇化率分别达到85%、60%。",
         [("urbanization_resident", "兰州市", 2020, "85%", "none", "target"), ("urbanization_resident", "甘肃省", 2020, "50%以上", "above", "target"),
          ("urbanization_resident", "白银市", 2020, "60%", "none", "target")]),
        (GS + "到2020年，兰州、白银和天水常住人口城镇化率分别达到85%、60%和50%左右。",
         [("urbanization_resident", "兰州市", 2020, "85%", "approx", "target"), ("urbanization_resident", "天水市", 2020, "50%左右", "approx", "target"),
          ("urbanization_resident", "白银市", 2020, "60%", "approx", "target")]),  # 左右 after the last value holds for the list
        (GS + "到2020年，蘭州市、白銀市常住人口分別達到450萬人、180萬人。",
         [("pop_resident", "兰州市", 2020, "450萬人", "none", "target"), ("pop_resident", "白银市", 2020, "180萬人", "none", "target")]),
    ],
)
def test_a_list_of_places_with_one_indicator_gives_each_place_its_value(text, expected):
    assert rows(text) == expected


def test_a_list_of_indicators_is_still_distributed_over_its_indicators():
    text = "江苏省人口发展规划（2016—2030年）\n全省常住人口、户籍人口分别为7976万人、7717万人。"
    assert [(r[0], r[1], r[3]) for r in rows(text)] == [("pop_hukou", "江苏省", "7717万人"), ("pop_resident", "江苏省", "7976万人")]


@pytest.mark.parametrize(
    "text",
    ["江苏新闻\n“十三五”期间，江苏农村贫困人口脱贫年均在300万人。", "某省新闻\n到2020年，全省农村贫困人口每年减贫100万人以上。"],
)
def test_people_lifted_out_of_poverty_are_a_flow_not_the_poor_population(text):
    assert rows(text) == []


GZ = "贵州省人民政府关于推进新型城镇化的意见\n"


@pytest.mark.parametrize(
    "text",
    [
        GZ + "到2025年，贵阳市常住人口达到700万人，城镇化率达到80%左右；全省常住人口城镇化率达到62%。",
        GZ + "到2025年，全省常住人口城镇化率达到62%，贵阳市常住人口达到700万人，城镇化率达到80%左右。",
        "貴州省人民政府關於推進新型城鎮化的意見\n到2025年，貴陽市常住人口達到700萬人，城鎮化率達到80%左右；全省常住人口城鎮化率達到62%。",
    ],
)
def test_in_a_provincial_text_a_clause_goes_on_about_the_city_the_clause_before_named(text):
    assert sorted((r[0], r[1], r[2]) for r in rows(text)) == [
        ("pop_resident", "贵阳市", 2025), ("urbanization_resident", "贵州省", 2025), ("urbanization_resident", "贵阳市", 2025),
    ]


def test_a_comparison_with_another_place_is_not_carried_to_the_next_clause():
    text = "江苏省人口发展规划（2016—2030年）\n2015年全省人均预期寿命77.5岁，高于浙江省77.3岁的水平，婴儿死亡率为3.5‰。"
    assert [(r[0], r[1], r[3]) for r in rows(text) if r[0] == "imr"] == [("imr", "江苏省", "3.5‰")]



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TITLE_13 + "到2020年，全省常住人口城镇化率从56.1%提高到60%，户籍人口城镇化率由40%提高到45%。",
         [("urbanization_hukou", 2015, "40%", "baseline"), ("urbanization_hukou", 2020, "45%", "target"),
          ("urbanization_resident", 2015, "56.1%", "baseline"), ("urbanization_resident", 2020, "60%", "target")]),
        ("安徽省城镇体系规划（2011—2030年）\n到2030年，将安徽的城镇化水平从43%提高到70%。",
         [("urbanization_resident", 2010, "43%", "baseline"), ("urbanization_resident", 2030, "70%", "target")]),
        ("安徽省城鎮體系規劃（2011—2030年）\n到2030年，將安徽的城鎮化水平從43%提高到70%。",
         [("urbanization_resident", 2010, "43%", "baseline"), ("urbanization_resident", 2030, "70%", "target")]),
    ],
)
def test_a_transition_after_a_goal_year_starts_at_the_base_year(text, expected):
    # 到2020年 is the year of the end (提高到60%), not of the start (从56.1%): that is the plan's base year
    assert [(r[0], r[2], r[3], r[5]) for r in rows(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("常州市城市总体规划（2011—2020年）\n到2020年，中心城区城市人口控制在248万人以内。", [("pop_central_urban", "常州市", 2020, "248万人以内", "le", "target")]),
        ("長沙市城市總體規劃（2003—2020年）\n到2020年，中心城區城市人口規模為629萬人。", [("pop_central_urban", "长沙市", 2020, "629萬人", "none", "target")]),
        ("哈尔滨市城市总体规划（2011—2020年）\n到2020年，主城区城市人口控制在460万人以内。", [("pop_central_urban", "哈尔滨市", 2020, "460万人以内", "le", "target")]),
    ],
)
def test_the_urban_population_of_the_central_city(text, expected):
    # 中心城区城市人口 / 主城区城市人口: the central city's population, not the whole city's
    assert rows(text) == expected
