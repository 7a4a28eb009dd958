"""Counter-examples to rules of the i21 session, narrowed in i21fB: each invented sentence must come out as the reader gave
it before those rules (98c78ce), while the rules' own cases (in their test files) keep being read. The texts have no
manifest row: place, period and cut-off are inferred as for any new text."""

from __future__ import annotations

import pytest

from analysis.extract.stage import extract_documents
from analysis.ingest.decode import decode_bytes
from analysis.ingest.document import ingest_text


def rows(text: str, columns=("indicator", "year", "value", "kind", "entity")) -> set[tuple]:
    document = ingest_text(decode_bytes(text.encode("utf-8"), "page.txt"), "page.txt")
    values = extract_documents([document]).indicators
    return {tuple(row) for row in values[list(columns)].itertuples(index=False)}


# --- 1. a figure stated again takes the other place only when observed again for the same year -----------------

@pytest.mark.parametrize(("text", "target", "place"), [
    ("株洲市卫生规划（2016—2020年）\n2015年，湖南省人均预期寿命为76.5岁。到2020年，人均预期寿命达到76.5岁。", 2020, "株洲市"),
    ("岳阳市卫生规划（2016—2020年）\n2015年，湖南省人均预期寿命为77.45岁。到2020年，人均预期寿命力争达到77.45岁。", 2020, "岳阳市"),
    ("绵阳市人口规划（2021—2025年）\n2020年，四川省常住人口为8367.5万人。到2025年，常住人口达到8367.5万人。", 2025, "绵阳市"),
])
def test_a_target_restating_a_reference_places_figure_stays_the_plans(text, target, place):
    found = rows(text, ("year", "kind", "entity"))
    assert (target, "target", place) in found
    assert not {row for row in found if row[0] == target and row[2] != place}


# --- 4. a contrast after the plan's year lets 将 be a forecast again -------------------------------------------

@pytest.mark.parametrize(("text", "target", "projection"), [
    ("规划到2030年全市常住人口控制在800万人，但照目前的势头，届时常住人口将突破900万人。",
     ("pop_resident", 2030, 800.0), ("pop_resident", 2030, 900.0)),
    ("目标到2020年全市人口自然增长率控制在6‰以内，而实际上2020年自然增长率将达到7.5‰。",
     ("natural_growth_rate", 2020, 6.0), ("natural_growth_rate", 2020, 7.5)),
    ("计划到2025年，全县常住人口控制在52万人，然而按当前增速计算，届时常住人口将达到58万人。",
     ("pop_resident", 2025, 52.0), ("pop_resident", 2025, 58.0)),
])
def test_a_contrast_ends_the_plans_year_before_will(text, target, projection):
    found = {(indicator, year, value, kind) for indicator, year, value, kind, _ in rows(text)}
    assert target + ("target",) in found
    assert projection + ("projection",) in found


@pytest.mark.parametrize(("text", "goal"), [
    ("计划到2025年，海南常住人口将达到1020万人。", ("pop_resident", 2025, 1020.0)),
    # 不但…而且 and 不过 before a bound are no contrast
    ("规划到2030年全市常住人口不但不过千万，而且将达到980万人。", ("pop_resident", 2030, 980.0)),
    ("计划到2025年，全县常住人口不过百万，将达到95万人。", ("pop_resident", 2025, 95.0)),
])
def test_the_plans_year_before_will_without_a_contrast_stays_a_goal(text, goal):
    assert goal + ("target",) in {row[:4] for row in rows(text)}


# --- 5. a part of a place reaching a count is not the place's population ---------------------------------------

@pytest.mark.parametrize("text", [
    "到2030年，杭州主城区将突破600万人口。",
    "到2025年，台州市区将达到200万人口。",
    "到2030年，全省城镇将达到4000万人口。",
    "到2035年，温州中心城区将达到350万人口。",
    "到2028年，全县县城将突破25万人口。",
])
def test_a_part_of_a_place_reaching_a_count_is_not_read(text):
    assert not {row for row in rows(text) if row[0] == "pop_resident"}


# --- 6. a sum over a part of a place (四县, 县域, 市区) is not the place's total --------------------------------

@pytest.mark.parametrize("text", [
    "2015年，全市四县常住人口合计182.5万人。",
    "2018年，全市县域常住人口合计96.4万人。",
    "2015年，全省地级以上城市市区常住人口合计1820.5万人。",
    "2019年，全区三镇户籍人口共计21.3万人。",
])
def test_a_sum_over_part_of_a_place_is_not_its_total(text):
    assert not {row for row in rows(text) if row[0] in ("pop_resident", "pop_hukou")}


# --- 7. births summed over a span are no year's births ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "2015年，全市五年间共出生31.2万人。",
    "2011年起，全市共出生31.2万人。",
    "截止2015年底，全市共出生31.2万人。",
    "截至2019年底，全县共计出生5.6万人。",
    "2014年、2015年两年全市共出生12.6万人。",
    "2017年和2018年全县共出生1.9万人。",
    "2020年，全省三年来共出生152万人。",
])
def test_births_summed_over_a_span_are_no_years_births(text):
    assert not {row for row in rows(text) if row[0] == "births"}


# --- 11. a count of goals met is a review, not a lead-in to goals ----------------------------------------------

@pytest.mark.parametrize("text", [
    "2015年，全市圆满完成了5项主要指标。\n1.常住人口达到520万人。\n2.城镇化率达到56%。",
    "2018年，全县超额完成3项主要指标。\n1.常住人口达到48万人。\n2.城镇化率达到43%。",
    "2019年，全区实现了六大目标。\n1.常住人口达到73万人。\n2.城镇化率达到61%。",
])
def test_a_count_of_goals_met_does_not_make_the_lines_below_goals(text):
    assert not {row for row in rows(text) if row[3] == "target"}


def test_a_count_of_goals_set_still_leads_in():
    text = "到2010年，我市将实现8大目标。\n1.常住人口达到520万人。\n2.城镇化率达到56%。"
    assert ("pop_resident", 2010, 520.0, "target") in {row[:4] for row in rows(text)}


# --- 12. a birth order's sex ratio is not the place's SRB ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "2020年，全市二孩出生人口性别比为125%。",
    "2018年，全县政策外出生人口性别比为131.2%。",
    "2019年，全省三孩出生性别比为128%。",
    "2016年，全市多孩出生人口性别比高达140.5。",
])
def test_a_birth_orders_sex_ratio_is_not_read(text):
    assert not {row for row in rows(text) if row[0] == "srb"}
