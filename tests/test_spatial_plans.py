"""General rules for how spatial plans (城市总体规划, 城镇体系规划, 土地利用总体规划 and the State Council's 批复 of them)
state population figures (issue #19, part 3), each tried on invented sentences in several variants. The texts have
no manifest row: place, period and cut-off are inferred as for any new text."""

from __future__ import annotations

import pytest

from analysis.extract.context import plan_terms, years
from analysis.extract.stage import extract_documents
from analysis.ingest.decode import decode_bytes
from analysis.ingest.document import ingest_text


def extract(text: str, name: str = "page.txt"):
    document = ingest_text(decode_bytes(text.encode("utf-8"), name), name)
    return extract_documents([document])


def rows(text: str) -> list[tuple]:
    values = extract(text).indicators
    found = values[["indicator", "entity", "year", "value", "qualifier", "kind"]].itertuples(index=False)
    return sorted(((a, b, int(c), float(d), e, f) for a, b, c, d, e, f in found), key=str)


# --- the central city's population: 中心城区(城市/常住)人口(规模), 中心城区规划人口, a 批复's 主城区城市人口 -----

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("南阳市城市总体规划（2011—2020年）\n到2020年，中心城区城市人口控制在150万人以内。",
         [("pop_central_urban", "南阳市", 2020, 150.0, "le", "target")]),
        ("南阳市城市总体规划（2011—2020年）\n到2020年，中心城区人口规模为180万人。",
         [("pop_central_urban", "南阳市", 2020, 180.0, "none", "target")]),
        ("南阳市城市总体规划（2011—2020年）\n其中，中心城区城市人口规模为160万人。",
         [("pop_central_urban", "南阳市", 2020, 160.0, "none", "target")]),
        ("南阳市城市总体规划（2011—2020年）\n中心城区规划人口150万人。",
         [("pop_central_urban", "南阳市", 2020, 150.0, "none", "target")]),
        ("南陽市城市總體規劃（2011—2020年）\n到2020年，中心城區城市人口控制在150萬人以內。",
         [("pop_central_urban", "南阳市", 2020, 150.0, "le", "target")]),
        ("南阳市城市总体规划（２０１１－２０２０年）\n到２０２０年，中心城区常住人口规模不超过１５０万人。",
         [("pop_central_urban", "南阳市", 2020, 150.0, "le", "target")]),
        ("南阳市城市总体规划（2011—2020年）\n150万人，是2020年中心城区城市人口的上限。",
         []),  # a value before its indicator with no verb between is not read as its level
    ],
)
def test_the_central_citys_population_in_its_wordings(text, expected):
    assert rows(text) == expected


# --- a 批复 addressed to the province: the city whose plan it approves is the place ----------------------------

PIFU = (
    "国务院关于南阳市城市总体规划的批复\n（国函〔2012〕27号）\n河南省人民政府：\n"
    "你省《关于呈报南阳市城市总体规划(2005-2020年)的请示》收悉。现批复如下：\n"
    "一、原则同意修订后的《南阳市城市总体规划(2011年-2020年)》（以下简称《总体规划》）。\n"
    "四、合理控制城市规模。到2020年，中心城区城市人口控制在150万人以内，城市建设用地控制在150平方公里以内。"
)


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        (PIFU, "南阳市"),
        (PIFU.replace("中心城区城市人口", "主城区城市人口"), "南阳市"),
        (PIFU.replace("中心城区城市人口控制在150万人以内", "中心城区常住人口控制在150万人以内"), "南阳市"),
        ("國務院關于哈密市城市總體規劃的批復\n新疆維吾爾自治區人民政府：\n四、合理控制城市規模。到2020年，主城區城市人口控制在46萬人以內。", "哈密市"),
        ("河南省人民政府关于洛阳市土地利用总体规划的批复\n洛阳市人民政府：\n到2020年，中心城区人口控制在300万人以内。", "洛阳市"),
    ],
)
def test_a_pifu_is_the_place_of_the_plan_it_approves(text, entity):
    result = extract(text)
    assert list(result.plans["place_zh"]) == [entity]
    assert set(result.indicators["entity"]) == {entity}
    assert set(result.indicators["indicator"]) == {"pop_central_urban"}


def test_a_revised_plans_period_decides_the_cutoff():
    """The 请示 cites the old period, the 批复 approves 修订后的 one: the revised plan's start decides (2011 → 2010)."""
    result = extract(PIFU)
    assert int(result.plans["cutoff_year"].iloc[0]) == 2010
    assert rows(PIFU) == [("pop_central_urban", "南阳市", 2020, 150.0, "le", "target")]
    # two cited periods that end in different years say nothing
    other = PIFU.replace("(2005-2020年)", "(2005-2015年)")
    assert int(extract(other).plans["cutoff_year"].iloc[0]) != 2010


# --- a spatial plan's 将 states the plan's figure; only a forecaster's word makes a projection ---------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("南阳市城市总体规划（2011—2020年）\n到2020年，城镇化水平将达到60%，市域总人口将达1200万人左右。",
         [("pop_resident", "南阳市", 2020, 1200.0, "approx", "target"), ("urbanization_resident", "南阳市", 2020, 60.0, "none", "target")]),
        ("南阳市城镇体系规划（2011—2030年）\n规划到2030年，全市城镇人口将增至600万人。",
         [("pop_urban", "南阳市", 2030, 600.0, "none", "target")]),
        ("南阳市土地利用总体规划（2006—2020年）\n到2020年，市域总人口将达到1150萬人，城鎮化水平將達到50%。",
         [("pop_resident", "南阳市", 2020, 1150.0, "none", "target"), ("urbanization_resident", "南阳市", 2020, 50.0, "none", "target")]),
        ("南阳市城市总体规划（2011—2020年）\n人口规模预测：到2020年市域总人口将达到1250万人。",
         [("pop_resident", "南阳市", 2020, 1250.0, "none", "projection")]),
        ("南阳市城市总体规划（2011—2020年）\n预计到2020年，城镇化水平为58%。",
         [("urbanization_resident", "南阳市", 2020, 58.0, "none", "projection")]),
    ],
)
def test_a_spatial_plans_figures_are_targets_unless_forecast(text, expected):
    assert rows(text) == expected


def test_without_a_spatial_plan_will_still_forecasts():
    """The rule is the spatial plan's: a text that names none keeps 将 as a forecaster's word."""
    assert rows("南阳市人口发展研究\n到2020年，南阳市常住人口将达到1200万人。") == [("pop_resident", "南阳市", 2020, 1200.0, "none", "projection")]


# --- 近期 / 远期: the plan's near-term year and its end; a year in brackets after the term is the term's ---------

@pytest.mark.parametrize(
    ("start", "end", "terms"),
    [(2011, 2020, (2015, 2020)), (2009, 2020, (2010, 2020)), (2016, 2030, (2020, 2030)), (2005, 2020, (2010, 2020)),
     (2019, 2020, (2020, 2020)), (None, 2020, None), (2020, 2020, None)],
)
def test_plan_terms(start, end, terms):
    assert plan_terms(start, end) == terms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("南阳市城市总体规划（2011—2020年）\n近期（2015年）市域总人口1100万人，远期（2020年）市域总人口1200万人。",
         [("pop_resident", "南阳市", 2015, 1100.0, "none", "target"), ("pop_resident", "南阳市", 2020, 1200.0, "none", "target")]),
        ("南阳市城市总体规划（2011—2020年）\n规划近期市域人口1100万人，远期1200万人。",
         [("pop_resident", "南阳市", 2015, 1100.0, "none", "target"), ("pop_resident", "南阳市", 2020, 1200.0, "none", "target")]),
        ("南阳市城市总体规划（2011—2020年）\n中心城区人口近期120万人，远期150万人。",
         [("pop_central_urban", "南阳市", 2015, 120.0, "none", "target"), ("pop_central_urban", "南阳市", 2020, 150.0, "none", "target")]),
        ("南阳市城市总体规划（2011—2020年）\n近期目标：到2015年，城镇化水平达到50%。远期目标：城镇化水平达到60%。",
         [("urbanization_resident", "南阳市", 2015, 50.0, "none", "target"), ("urbanization_resident", "南阳市", 2020, 60.0, "none", "target")]),
        ("南陽市城市總體規劃（2011—2020年）\n規劃近期(2015年)中心城區人口達到120萬人，遠期(2020年)達到150萬人。",
         [("pop_central_urban", "南阳市", 2015, 120.0, "none", "target"), ("pop_central_urban", "南阳市", 2020, 150.0, "none", "target")]),
        ("南阳市城镇体系规划（2016—2030年）\n近期市域城镇人口达到500万人，中期（2025年）达到560万人，远期达到620万人。",
         [("pop_urban", "南阳市", 2020, 500.0, "none", "target"), ("pop_urban", "南阳市", 2025, 560.0, "none", "target"),
          ("pop_urban", "南阳市", 2030, 620.0, "none", "target")]),
    ],
)
def test_near_and_far_terms_are_the_plans_years(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text", ["近期，国务院批复了规划", "最近期间", "近期国务院印发通知"])
def test_near_term_meaning_recently_is_no_year(text):
    assert years(text, terms=(2015, 2020)) == []


def test_terms_are_read_in_spatial_plans_only():
    """Outside a spatial plan 近期/远期 without a year in brackets give no year."""
    assert years("近期市域人口1100万人", terms=None) == []
    assert [y.year for y in years("近期（2015年）市域人口1100万人", terms=None)][0] == 2015


# --- the present written without a year (目前, 如今, 依据最新数据): the cut-off year, whatever goal follows -----------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("浙江省城镇体系规划(2011-2020)\n2020年，浙江人口将达到5800万左右。依据最新数据，浙江常住人口为5180万，10年间，将多出620万浙江人。",
         [("pop_resident", "浙江省", 2010, 5180.0, "none", "baseline"), ("pop_resident", "浙江省", 2020, 5800.0, "approx", "target")]),
        ("浙江省城镇体系规划(2011-2020)\n如今，浙江的城市化水平是59%，到2020年将达到72%。",
         [("urbanization_resident", "浙江省", 2010, 59.0, "none", "baseline"), ("urbanization_resident", "浙江省", 2020, 72.0, "none", "target")]),
        ("南阳市人口发展规划（2016—2030年）\n目前全市常住人口为1000万人，将增至1100万人。",
         [("pop_resident", "南阳市", 2015, 1000.0, "none", "baseline"), ("pop_resident", "南阳市", 2030, 1100.0, "none", "target")]),
        ("南阳市城市总体规划（2011—2020年）\n現狀中心城區人口120萬人。",
         [("pop_central_urban", "南阳市", 2010, 120.0, "none", "baseline")]),
    ],
)
def test_the_present_without_a_year_is_the_cutoff_year(text, expected):
    assert rows(text) == expected


# --- 到2030年，X从A提高到B: A is the present level (the base year), B the goal ---------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("安徽省城镇体系规划(2011-2030)\n到2030年，将安徽的城镇化水平从43%提高到70%。",
         [("urbanization_resident", "安徽省", 2010, 43.0, "none", "baseline"), ("urbanization_resident", "安徽省", 2030, 70.0, "none", "target")]),
        ("安徽省城鎮體系規劃(2011-2030)\n到2030年，城鎮化水平由43%提高至70%左右。",
         [("urbanization_resident", "安徽省", 2010, 43.0, "none", "baseline"), ("urbanization_resident", "安徽省", 2030, 70.0, "approx", "target")]),
        ("安徽省城镇体系规划(2011-2030)\n到2030年，将本省流出人口从912万减少到500万。",
         [("pop_outmigrant", "安徽省", 2010, 912.0, "none", "baseline"), ("pop_outmigrant", "安徽省", 2030, 500.0, "none", "target")]),
        ("南阳市人口发展规划（2016—2030年）\n到2030年，人均预期寿命从76.3岁提高到79岁。",
         [("life_expectancy", "南阳市", 2015, 76.3, "none", "baseline"), ("life_expectancy", "南阳市", 2030, 79.0, "none", "target")]),
        ("南阳市人口发展规划（2016—2030年）\n到2030年，人均预期寿命从2015年的76.3岁提高到79岁。",
         [("life_expectancy", "南阳市", 2015, 76.3, "none", "baseline"), ("life_expectancy", "南阳市", 2030, 79.0, "none", "target")]),
        ("南阳市人口发展规划（2016—2030年）\n到2030年，常住人口达到1100万人，城镇化率为65%。",
         [("pop_resident", "南阳市", 2030, 1100.0, "none", "target"), ("urbanization_resident", "南阳市", 2030, 65.0, "none", "target")]),
    ],
)
def test_from_a_to_b_after_a_goal_year(text, expected):
    assert rows(text) == expected


# --- a population followed by the number of cities of that size is a class bound ---------------------------------

@pytest.mark.parametrize(
    "text",
    ["安徽省城镇体系规划(2011-2030)\n到2030年形成城镇人口规模200万以上城市4个，100万至200万城市9个，50万至100万的城市有4个。",
     "安徽省城鎮體系規劃(2011-2030)\n到2030年，形成城鎮人口規模200萬以上城市四個、20萬至50萬城鎮46座。"],
)
def test_city_size_classes_with_counts_are_no_levels(text):
    assert rows(text) == []


# --- a city's central area is a place's figure beside size-class words, never a class bound ------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("安徽省城镇化发展规划\n到2015年，合肥市中心城区人口340万人，芜湖市中心城区人口175万人以上，大中小城市合理分布。",
         [("pop_central_urban", "合肥市", 2015, 340.0, "none", "target"), ("pop_central_urban", "芜湖市", 2015, 175.0, "above", "target")]),
        ("南阳市城市总体规划（2011—2020年）\n到2020年，中心城区人口规模200万以上，建成特大城市。",
         [("pop_central_urban", "南阳市", 2020, 200.0, "above", "target")]),
        ("南阳市城市总体规划（2011—2020年）\n到2020年，主城區人口規模達到120萬人以上，成為大城市。",
         [("pop_central_urban", "南阳市", 2020, 120.0, "above", "target")]),
        ("南阳市城市总体规划（2011—2020年）\n城区人口500万以上的特大城市，城区人口100万至500万的大城市。", []),
    ],
)
def test_a_central_area_beside_size_classes_is_a_level(text, expected):
    assert rows(text) == expected


# --- 逾 (more than) as a bound, and 逾千万 in words ----------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("郑州市城市总体规划（2006—2020年）\n到2020年，郑州市域人口逾千万。", [("pop_resident", "郑州市", 2020, 1000.0, "gt", "target")]),
        ("郑州市城市总体规划（2006—2020年）\n到2020年，市域总人口将逾1000万人。", [("pop_resident", "郑州市", 2020, 1000.0, "gt", "target")]),
        ("鄭州市城市總體規劃（2006—2020年）\n到２０２０年，市域總人口逾１０００萬人。", [("pop_resident", "郑州市", 2020, 1000.0, "gt", "target")]),
        ("郑州市城市总体规划（2006—2020年）\n申请人逾期不补正的，视为放弃申请。", []),
    ],
)
def test_more_than_written_yu(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("沈阳市城市总体规划（2011—2020年）\n规划到2020年，沈阳市域常住人口将会达到1130万。", [("pop_resident", "沈阳市", 2020, 1130.0, "none", "target")]),
        ("瀋陽市城市總體規劃（2011—2020年）\n規劃到2020年，市域常住人口將會達到1130萬，中心城區城市人口達735萬人。",
         [("pop_central_urban", "沈阳市", 2020, 735.0, "none", "target"), ("pop_resident", "沈阳市", 2020, 1130.0, "none", "target")]),
        ("沈阳市城市总体规划（2011—2020年）\n到2020年，市域常住人口可能会达到1200万。", [("pop_resident", "沈阳市", 2020, 1200.0, "none", "projection")]),
        ("沈阳市城市总体规划（2011—2020年）\n据测算，到2020年市域常住人口将达到1200万。", [("pop_resident", "沈阳市", 2020, 1200.0, "none", "projection")]),
    ],
)
def test_will_in_a_spatial_plan_is_the_plans_figure(text, expected):
    assert rows(text) == expected
