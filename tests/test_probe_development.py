"""Forms of development and urbanisation plans (规划纲要, 城镇化规划) and the reports of them that real page openings
showed the extractor missing or misreading (issue #19, part 3, probes i19p1). The probes themselves stay outside the
project; every case here is an invented sentence of the same form (another place, other numbers), in several variants
(verbs, units, full-width digits, traditional characters, the year stated earlier).

Rows are (indicator, entity, year, value as written, qualifier, kind); the texts have no manifest row, so place,
period and cut-off are inferred as for any new page.
"""

from __future__ import annotations

import pytest

from analysis.extract.stage import extract_documents
from analysis.gazetteer import same_place
from analysis.ingest.decode import decode_bytes
from analysis.ingest.document import ingest_text

COLUMNS = ["indicator", "entity", "year", "value_text", "qualifier", "kind"]


def rows(text: str) -> list[tuple]:
    document = ingest_text(decode_bytes(text.encode("utf-8"), "page.txt"), "page.txt")
    values = extract_documents([document]).indicators
    return sorted(tuple(row) for row in values[COLUMNS].itertuples(index=False))


def agree(found: list[tuple], expected: list[tuple]) -> bool:
    """Rows alike, a county-level place written with or without its prefecture (泉州市晋江市, 晋江市) counting as one:
    the scorer's convention (:func:`analysis.gazetteer.same_place`)."""
    key = lambda row: (row[0], row[2], row[3])  # noqa: E731
    found, expected = sorted(found, key=key), sorted(expected, key=key)
    return len(found) == len(expected) and all(
        f[0] == e[0] and same_place(f[1], e[1]) and f[2:] == e[2:] for f, e in zip(found, expected)
    )


# -- a current-situation section that quotes only an older year (由2005年的…) keeps the plan's base year -------------

ALXA_12 = "阿拉善盟国民经济和社会发展第十二个五年规划纲要\n一、发展基础\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ALXA_12 + "  ——结构调整持续优化。三次产业结构由2005年的15∶50∶35调整为8∶68∶24。城镇化水平进一步提高，城镇化率达到72%。",
         [("urbanization_resident", "阿拉善盟", 2010, "72%", "none", "baseline")]),
        (ALXA_12 + "  ——结构调整持续优化。三次产业结构比例由2005年的15∶50∶35演进为8∶68∶24，森林覆盖率达到7.5%。",
         [("forest_coverage", "阿拉善盟", 2010, "7.5%", "none", "baseline")]),
        ("阿拉善盟國民經濟和社會發展第十二個五年規劃綱要\n一、發展基礎\n  三次產業結構由2005年的15∶50∶35調整為8∶68∶24。城鎮化率達到７２％。",
         [("urbanization_resident", "阿拉善盟", 2010, "７２％", "none", "baseline")]),
        ("阿拉善盟国民经济和社会发展第十三个五年规划纲要\n一、发展基础\n  三次产业结构由2010年的8∶68∶24调整为6∶60∶34。城镇化率达到77%。",
         [("urbanization_resident", "阿拉善盟", 2015, "77%", "none", "baseline")]),
    ],
)
def test_an_older_year_in_the_present_section_does_not_set_the_base(text, expected):
    assert rows(text) == expected


# -- 提升/延长 with a number and no 到/至 is a change, never the level it adds to -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("某市新闻\n希望通过五年的努力，使全国人均预期寿命从2024年的78岁基础上再提升1岁，达到79岁左右。",
         [("life_expectancy", "中国", 2024, "78岁", "none", "baseline")]),
        ("湖北新闻\n到2025年，全省人均预期寿命提升1.2岁。", []),
        ("湖北新闻\n到2025年，全省人均预期寿命延长1岁，达到79.5岁。", [("life_expectancy", "湖北省", 2025, "79.5岁", "none", "target")]),
        ("湖北新聞\n到2025年，全省人均預期壽命再提升１岁。", []),
    ],
)
def test_an_added_number_of_years_is_a_change(text, expected):
    assert [row for row in rows(text) if row[0] == "life_expectancy"] == expected


def test_a_raised_level_with_to_is_still_a_level():
    assert rows("湖北新闻\n到2025年，全省人均预期寿命提升至79.5岁。") == [("life_expectancy", "湖北省", 2025, "79.5岁", "none", "target")]


# -- 比上年(度/末)的 X: the level of the year before the sentence's ---------------------------------------------------------------

JJ = "晋江:城镇化率再创新高\n时间:2020-03-05 10:12:40\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (JJ + "2019年，晋江市城镇化率比上年度66.1%的城镇化率提高了0.9个百分点。",
         [("urbanization_resident", "泉州市晋江市", 2018, "66.1%", "none", "baseline")]),
        (JJ + "2019年，晋江市常住人口为211.2万人，比上年末的209.6万人增加了1.6万人。",
         [("pop_resident", "泉州市晋江市", 2018, "209.6万人", "none", "baseline"), ("pop_resident", "泉州市晋江市", 2019, "211.2万人", "none", "baseline")]),
        (JJ + "2019年，晋江市常住人口为211.2万人，较上一年209.6万人的常住人口增加1.6万人。",
         [("pop_resident", "泉州市晋江市", 2018, "209.6万人", "none", "baseline"), ("pop_resident", "泉州市晋江市", 2019, "211.2万人", "none", "baseline")]),
        ("晉江:城鎮化率再創新高\n時間:2020-03-05 10:12:40\n2019年，晉江市常住人口為２１１.２萬人，比上年度２０９.６萬人的常住人口增加了1.6萬人。",
         [("pop_resident", "泉州市晋江市", 2018, "２０９.６萬人", "none", "baseline"), ("pop_resident", "泉州市晋江市", 2019, "２１１.２萬人", "none", "baseline")]),
    ],
)
def test_the_level_of_the_year_before(text, expected):
    assert agree(rows(text), expected)


def test_a_count_before_another_population_word_stays_unread():
    # only the base of a comparison (比上年…的常住人口) is the population named after 的; 500万人的城市 is none
    assert rows("某省新闻\n到2020年，全省将建成5个500万人的城市。") == []


# -- a transition told as done (提高到了) ends at an observed year ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("宁夏新闻\n“十三五”期间，全区常住人口城镇化率由2015年的55.2%提高到了2020年的64.9%。",
         [("urbanization_resident", "宁夏回族自治区", 2015, "55.2%", "none", "baseline"), ("urbanization_resident", "宁夏回族自治区", 2020, "64.9%", "none", "baseline")]),
        ("寧夏新聞\n“十三五”期間，全區常住人口城鎮化率由2015年的55.2%上升到了2020年的64.9%，年均提高1.9個百分點。",
         [("urbanization_resident", "宁夏回族自治区", 2015, "55.2%", "none", "baseline"), ("urbanization_resident", "宁夏回族自治区", 2020, "64.9%", "none", "baseline")]),
    ],
)
def test_a_transition_told_as_done_is_observed(text, expected):
    assert rows(text) == expected


def test_a_transition_ahead_is_not_observed():
    # 将 in a page that reports no plan: a forecast (README, Kinds)
    assert rows("宁夏新闻\n“十三五”期间，全区常住人口城镇化率将由2015年的55.2%提高到2020年的60%。") == [
        ("urbanization_resident", "宁夏回族自治区", 2015, "55.2%", "none", "baseline"),
        ("urbanization_resident", "宁夏回族自治区", 2020, "60%", "none", "projection"),
    ]


# -- places compared, each with its level in brackets -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (JJ + "2019年，晋江市城镇化率(67.0%)比全国(60.6%)、福建省(66.5%)、泉州市(66.9%)的城镇化率分别高出6.4、0.5和0.1个百分点。",
         [("urbanization_resident", "中国", 2019, "60.6%", "none", "baseline"), ("urbanization_resident", "泉州市", 2019, "66.9%", "none", "baseline"),
          ("urbanization_resident", "泉州市晋江市", 2019, "67.0%", "none", "baseline"), ("urbanization_resident", "福建省", 2019, "66.5%", "none", "baseline")]),
        (JJ + "2019年，晋江市人均预期寿命（80.2岁）高于全国（77.3岁）和福建省（78.3岁）。",
         [("life_expectancy", "中国", 2019, "77.3岁", "none", "baseline"), ("life_expectancy", "泉州市晋江市", 2019, "80.2岁", "none", "baseline"),
          ("life_expectancy", "福建省", 2019, "78.3岁", "none", "baseline")]),
    ],
)
def test_each_compared_place_keeps_its_bracketed_level(text, expected):
    assert agree(rows(text), expected)


@pytest.mark.parametrize(
    "text",
    [
        # the province named only in the comparison or in a rank is no scope of the page: the city is named most
        JJ + "2019年，晋江市城镇化率(67.0%)比全国(60.6%)、福建省(66.5%)高。晋江市城镇化水平在全国、全省均名列前茅。晋江市人口自然增长率为7.2‰。",
        JJ + "晋江市城镇化水平居全省第一。晋江市人口自然增长率为7.2‰，晋江市常住人口为211.2万人。",
    ],
)
def test_a_compared_or_ranked_province_is_not_the_page(text):
    assert [same_place(row[1], "泉州市晋江市") for row in rows(text) if row[0] == "natural_growth_rate"] == [True]


# -- 中国 as the subject of a page is the nation ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("研究报告摘要\n“十四五”时期，中国的城镇化将继续推进。到2025年，预计中国城镇化率将达到65%左右。",
         [("urbanization_resident", "中国", 2025, "65%左右", "approx", "projection")]),
        ("研究報告摘要\n“十四五”時期，中國的城鎮化將繼續推進。到2025年，預計中國城鎮化率將達到６５％左右。",
         [("urbanization_resident", "中国", 2025, "６５％左右", "approx", "projection")]),
        ("研究报告\n中国社会科学院发布报告认为，中国将进入城镇化转型的新阶段，预计到2030年城镇化率达到70%左右。",
         [("urbanization_resident", "中国", 2030, "70%左右", "approx", "projection")]),
    ],
)
def test_china_as_the_subject_is_the_nation(text, expected):
    assert rows(text) == expected


def test_a_slogan_with_china_does_not_make_a_city_page_national():
    text = "健康临沂行动\n为推进健康中国建设，打造健康中国的临沂样板，到2030年，全市人均预期寿命达到80岁。临沂市将…健康中国。"
    assert rows(text) == [("life_expectancy", "临沂市", 2030, "80岁", "none", "target")]


# -- the counties of a province together (县域) are no place -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("陕西新闻\n到2020年，全省县域城镇化率达到50%，全省常住人口城镇化率达到62%。",
         [("urbanization_resident", "陕西省", 2020, "62%", "none", "target")]),
        ("陝西新聞\n按照計劃，力爭在2020年使全省縣域城鎮化水平達到50%。", []),
        ("陕西新闻\n到2020年，全省县域常住人口达到1500万人，全省常住人口达到3900万人。",
         [("pop_resident", "陕西省", 2020, "3900万人", "none", "target")]),
    ],
)
def test_the_counties_together_are_no_place(text, expected):
    assert rows(text) == expected


def test_in_a_countys_own_plan_the_county_area_is_the_county():
    text = "宜君县国民经济和社会发展第十三个五年规划纲要\n到2020年，县域常住人口达到10万人。"
    assert rows(text) == [("pop_resident", "宜君县", 2020, "10万人", "none", "target")]


# -- names the codebook lacked: 城镇化水准 (Hong Kong usage), 常驻人口 (for 常住人口), 登记失业率 -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("报告摘要\n预计「十二五」后期，中国城镇化水准可能达到百分之五十二点五。",
         [("urbanization_resident", "中国", 2015, "百分之五十二点五", "none", "projection")]),
        ("报告摘要\n預計「十二五」後期，中國城市化水準可能達到52.5%。",
         [("urbanization_resident", "中国", 2015, "52.5%", "none", "projection")]),
        ("西宁新闻\n2015年末，西宁市常驻人口238万，人口城镇化率为72.1%。",
         [("pop_resident", "西宁市", 2015, "238万", "none", "baseline"), ("urbanization_resident", "西宁市", 2015, "72.1%", "none", "baseline")]),
        ("河北省城市化“十一五”发展规划\n“十一五”期间，全省城镇登记失业率控制在4.5%以内，登记失业率力争控制在4%以内。",
         [("unemployment_rate_registered", "河北省", 2010, "4%以内", "le", "target"), ("unemployment_rate_registered", "河北省", 2010, "4.5%以内", "le", "target")]),
    ],
)
def test_names_the_codebook_lacked(text, expected):
    assert rows(text) == expected


# -- a population outnumbered by another is no subject ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("江西新闻\n预计“十三五”期末，全省城镇人口将首次超过农村人口突破3000万。",
         [("pop_urban", "江西省", 2020, "突破3000万", "gt", "projection")]),
        ("江西新聞\n預計“十三五”期末，全省城鎮人口將首次超過鄉村人口，達到２８００萬人。",
         [("pop_urban", "江西省", 2020, "２８００萬人", "none", "projection")]),
        # 将超 is a forecaster's word in this project's conventions (README, Kinds), the plan's own too
        ("江西省新型城镇化规划（2014—2020年）\n到2020年，全省城镇人口将超过乡村人口，达到2700万人。",
         [("pop_urban", "江西省", 2020, "2700万人", "none", "projection")]),
        ("江西省新型城镇化规划（2014—2020年）\n到2020年，全省老年人口多于少儿人口，城镇人口达到2700万人。",
         [("pop_urban", "江西省", 2020, "2700万人", "none", "target")]),
    ],
)
def test_the_population_outnumbered_is_no_subject(text, expected):
    assert rows(text) == expected


# -- a bound restating the exact level just given (是第一次超过60%, 首次突破1000万) is no level of its own --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("湖南新闻\n2019年末，全省城镇常住人口占总人口的比重已经达到了56.0%，是第一次超过55%。",
         [("urbanization_resident", "湖南省", 2019, "56.0%", "none", "baseline")]),
        ("西安新闻\n2019年末，西安市常住人口达到1020.4万人，首次突破1000万。",
         [("pop_resident", "西安市", 2019, "1020.4万人", "none", "baseline")]),
        ("湖南新聞\n2019年末，全省城鎮常住人口占總人口的比重已經達到了５６.０％，首次超過５５％。",
         [("urbanization_resident", "湖南省", 2019, "５６.０％", "none", "baseline")]),
    ],
)
def test_a_bound_restating_the_level_is_dropped(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bound of its own, or of another year, stays
        ("湖南新闻\n2019年末，全省常住人口城镇化率超过55%。", [("urbanization_resident", "湖南省", 2019, "超过55%", "gt", "baseline")]),
        ("湖南新闻\n2019年末，全省常住人口城镇化率为56.0%，到2025年超过60%。",
         [("urbanization_resident", "湖南省", 2019, "56.0%", "none", "baseline"), ("urbanization_resident", "湖南省", 2025, "超过60%", "gt", "target")]),
    ],
)
def test_a_bound_of_its_own_stays(text, expected):
    assert rows(text) == expected


# -- a province's short name shared with a prefecture (吉林) is the province's in a text whose scope is 全省 -------------------


@pytest.mark.parametrize(
    "text",
    [
        "城镇化“十二五”规划\n“十一五”以来，全省城镇人口持续增长，截至2010年底，城镇化率达到53.3%。我省形成了以长春市和吉林市为核心、具有吉林特色的城镇体系。全省将…",
        "城鎮化“十二五”規劃\n“十一五”以來，全省城鎮人口持續增長，截至2010年底，城鎮化率達到53.3%。我省形成了以長春市和吉林市為核心、具有吉林特色的城鎮體系。全省將…",
    ],
)
def test_a_shared_short_name_is_the_provinces_under_a_province_scope(text):
    assert rows(text) == [("urbanization_resident", "吉林省", 2010, "53.3%", "none", "baseline")]
