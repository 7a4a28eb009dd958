"""Indicators that are counts summed over a period (the codebook's measure ``total``; issue #19,
part 3): people settled (hukou) in towns, new urban residents and births over a plan's period. Each is read
from invented sentences in the wordings of urbanisation plans and their press copies — the count
before or after its indicator, full-width digits, traditional characters, the period stated in the
sentence or only by the plan — always dated at the period's end with its first year
(``period_start``); a yearly figure, or one whose period is unknown, is not read (unless it is summed up to a goal
year in a text that states no period: tests/test_forms_devplan.py); and no outcome
table judges a total as the level of its end year."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.codebook import load_codebook
from analysis.demography import periods
from analysis.extract.stage import extract_documents
from analysis.ingest.decode import decode_bytes
from analysis.ingest.document import ingest_text

SETTLERS, NEW_URBAN = "urban_hukou_settlers_period_total", "new_urban_population_period_total"
PROVINCE = "山西省新型城镇化规划（2015—2020年）\n"
PLAN_16_20 = "广西壮族自治区国民经济和社会发展第十三个五年规划纲要\n"
COLUMNS = ["indicator", "entity", "year", "period_start", "value", "qualifier", "kind"]


def rows(text: str, codes=(SETTLERS, NEW_URBAN)) -> list[tuple]:
    document = ingest_text(decode_bytes(text.encode("utf-8"), "plan.txt"), "plan.txt")
    values = extract_documents([document]).indicators
    values = values[values["indicator"].isin(codes)]
    return sorted(tuple(None if pd.isna(v) else v for v in row) for row in values[COLUMNS].itertuples(index=False))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the count before its indicator, the period the plan's (2015—2020)
        (PROVINCE + "到2020年，全省常住人口城镇化率达到60%以上，实现350万左右农业转移人口和其他常住人口在城镇落户。",
         [(SETTLERS, "山西省", 2020, 2015, 350.0, "approx", "target")]),
        (PROVINCE + "到2020年，实现300万农业转移人口落户城镇。", [(SETTLERS, "山西省", 2020, 2015, 300.0, "none", "target")]),
        # full-width digits, traditional characters, a floor
        (PROVINCE + "到２０２０年，實現不少於３５０萬農業轉移人口及其他常住人口落戶城鎮。",
         [(SETTLERS, "山西省", 2020, 2015, 350.0, "ge", "target")]),
        # the count after its indicator, the period stated in the sentence (“十三五”期间 → 2016)
        (PLAN_16_20 + "“十三五”期间，实现城镇新增人口700万、农民工和其他暂住人口在城镇落户600万，全区常住人口城镇化率达到54%。",
         [(NEW_URBAN, "广西壮族自治区", 2020, 2016, 700.0, "none", "target"),
          (SETTLERS, "广西壮族自治区", 2020, 2016, 600.0, "none", "target")]),
        # citizenisation of a stated number, new residents named after their count
        (PLAN_16_20 + "到2020年，解决好500万存量农业转移人口市民化、300万新增人口城镇化问题。",
         [(NEW_URBAN, "广西壮族自治区", 2020, 2016, 300.0, "none", "target"),
          (SETTLERS, "广西壮族自治区", 2020, 2016, 500.0, "none", "target")]),
        # a forecast over the next plan's period (“十四五” → 2021—2025), 累计 before the indicator
        ("河南省国民经济和社会发展第十四个五年规划纲要\n《纲要》预计在“十四五”期间，全省将累计新增城镇常住人口约600万人。",
         [(NEW_URBAN, "河南省", 2025, 2021, 600.0, "approx", "projection")]),
        # the people named only by 人, and the count after the indicator in other wordings
        (PROVINCE + "到2020年，推动50万人进城落户，农业转移人口市民化30万人。",
         [(SETTLERS, "山西省", 2020, 2015, 30.0, "none", "target"), (SETTLERS, "山西省", 2020, 2015, 50.0, "none", "target")]),
        (PROVINCE + "到2020年，落户城镇的农业转移人口达到200万人以上。", [(SETTLERS, "山西省", 2020, 2015, 200.0, "above", "target")]),
        # the province's own migrants and those of other provinces: only the province's count is read
        ("广东省新型城镇化规划（2016—2020年）\n到2020年，实现不少于600万本省和700万外省农业转移人口及其他常住人口落户城镇。",
         [(SETTLERS, "广东省", 2020, 2016, 600.0, "ge", "target")]),
    ],
)
def test_period_totals_are_read_with_their_period(text, expected):
    assert rows(text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        PROVINCE + "到2020年，每年新增城镇人口20万人，年均农业转移人口落户城镇30万人。",  # yearly figures
        PROVINCE + "国家提出，到2020年促进约1亿农业转移人口落户城镇。",  # the nation's goal quoted by a province
        PROVINCE + "2014年，全省新增落户城镇人口15万人。",  # a year's count, no period it is summed over
        PROVINCE + "到2020年，推进农业转移人口落户城镇，城镇人口达到2200万人。",  # the wording with no count of its own
    ],
)
def test_no_period_total_is_read_from_a_yearly_count_or_another_places(text):
    assert rows(text) == []


def test_the_level_beside_a_total_keeps_its_code():
    text = PROVINCE + "到2020年，实现300万农业转移人口落户城镇，城镇人口达到2200万人。"
    assert rows(text, ("pop_urban", SETTLERS)) == [("pop_urban", "山西省", 2020, None, 2200.0, "none", "target"),
                                                   (SETTLERS, "山西省", 2020, 2015, 300.0, "none", "target")]


def test_a_total_is_never_judged_as_the_level_of_its_end_year():
    assert load_codebook()[SETTLERS].measure == "total"
    # whatever its wording: no 年均, no words of increase, and even with no known period
    assert periods.reading(SETTLERS, "农业转移人口落户城镇", "实现", 2020, 2015) == (periods.CHANGE, 2015)
    assert periods.reading(NEW_URBAN, "城镇新增人口", "", 2020, None) == (periods.CHANGE, None)
    assert periods.reading("pop_urban", "城镇人口", "达到", 2020, 2015) == (periods.LEVEL, None)
    reason = periods.change_reason(2016, 2020, "在城镇落户600万", SETTLERS)
    assert reason.startswith("a total over 2016–2020 (「在城镇落户600万」), not the level of 2020")


BIRTHS_TOTAL = "births_period_total"
FAMILY_PLAN = "安徽省“十三五”人口发展规划\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # births over the period the sentence states (“十三五”时期 → 2016—2020), a forecast; one order's births are a part
        (FAMILY_PLAN + "全面两孩政策实施后，预计“十三五”时期，新出生人口486万人，其中两孩新出生人口86万人。",
         [(BIRTHS_TOTAL, "安徽省", 2020, 2016, 486.0, "none", "projection")]),
        # a run of years, 累计, traditional characters and full-width digits
        ("安徽省“十四五”人口发展规划\n2016—2020年，全省累計出生人口４９０萬人以上。", [(BIRTHS_TOTAL, "安徽省", 2020, 2016, 490.0, "above", "baseline")]),
        # a year's births stay births; an average over the period stays births with its period
        (FAMILY_PLAN + "2015年，全省出生人口为80.2万人。", [("births", "安徽省", 2015, None, 80.2, "none", "baseline")]),
        (FAMILY_PLAN + "“十三五”时期，全省年均出生人口97万人左右。", [("births", "安徽省", 2020, 2016, 97.0, "approx", "target")]),
    ],
)
def test_births_over_a_stated_period_are_their_total(text, expected):
    assert rows(text, (BIRTHS_TOTAL, "births")) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        FAMILY_PLAN + "“十二五”期间，全省累计清理瞒报出生人口67.17万人。",  # found by a programme
        FAMILY_PLAN + "2016年1至4月份，全省出生19762人。",  # part of a year
        FAMILY_PLAN + "“十二五”时期，全省少生5000万人。",  # averted
        FAMILY_PLAN + "“十三五”时期，全省两孩出生人口约150万人。",  # one order's births
    ],
)
def test_no_births_total_from_a_programme_part_of_a_year_or_one_order(text):
    assert rows(text, (BIRTHS_TOTAL, "births")) == []


def test_a_table_row_of_a_total_is_read_for_the_plans_period_only():
    # the end year's column is the plan's period (2016—2020); the base year's column states no period and is not read
    text = ("广西壮族自治区新型城镇化规划（2016—2020年）\n表1 新型城镇化主要指标\n指标 | 2015年 | 2020年\n"
            "常住人口城镇化率（%） | 47.1 | 54\n城镇新增人口（万人） | 650 | 700\n农业转移人口落户城镇（万人） | — | 600\n")
    assert rows(text) == [(NEW_URBAN, "广西壮族自治区", 2020, 2016, 700.0, "none", "target"),
                          (SETTLERS, "广西壮族自治区", 2020, 2016, 600.0, "none", "target")]
