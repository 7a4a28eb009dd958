"""Kinds and indicators real pages get wrong (issue #19 part 3): the urban population under its other names, and a
record of the past years (5年来, 过去五年, 近年来 … 保持在) that is a baseline, never a goal of the period's end."""

from __future__ import annotations

import pytest

from analysis.extract.stage import extract_documents
from analysis.ingest.decode import decode_bytes
from analysis.ingest.document import ingest_text


def rows(text: str, columns=("indicator", "year", "value_text", "kind")) -> list[tuple]:
    values = extract_documents([ingest_text(decode_bytes(text.encode("utf-8"), "plan.txt"), "plan.txt")]).indicators
    return sorted(tuple(row) for row in values[list(columns)].itertuples(index=False, name=None))


PLAN = "某市人口发展规划（2016—2030年）\n"


@pytest.mark.parametrize(("wording", "value"), [
    ("全市城镇总人口达到300万人", "300万人"), ("城镇總人口達到300萬人", "300萬人"), ("城镇常住总人口为300万人", "300万人"),
    ("城镇人口总量达到300万人", "300万人"), ("城镇常住人口达到３００万人", "３００万人"),
])
def test_the_urban_population_under_its_other_names_is_not_the_resident_population(wording, value):
    assert rows(PLAN + "到2020年，" + wording + "。") == [("pop_urban", 2020, value, "target")]


@pytest.mark.parametrize("record", [
    "5年来，人口自然增长率保持在5‰左右。",
    "五年来，人口自然增长率稳定在5‰左右。",
    "５年來，人口自然增長率保持在5‰左右。",
    "过去五年，人口自然增长率控制在5‰左右。",
    "近年来，全市人口自然增长率保持在5‰左右。",
    "近五年，人口自然增长率保持在5‰左右。",
    "2011年以来，人口自然增长率保持在5‰左右。",
])
def test_a_record_of_the_past_years_is_a_baseline_even_after_a_sentence_of_goals(record):
    text = PLAN + "到2020年，全市常住人口达到300万人。" + record
    assert ("natural_growth_rate", 2015, "5‰左右", "baseline") in rows(text)
    assert ("pop_resident", 2020, "300万人", "target") in rows(text)


def test_the_years_ahead_and_a_press_reports_last_five_years():
    assert rows(PLAN + "今后五年，人口自然增长率控制在6‰以内。近5年内，出生率控制在12‰以内。") == [
        ("birth_rate", 2030, "12‰以内", "target"), ("natural_growth_rate", 2030, "6‰以内", "target")]
    text = ("2018-03-02 10:00 来源：某某日报\n记者获悉，全市人口计生工作会议召开。过去五年，全市人口自然增长率稳定在6‰左右，"
            "今年人口自然增长率控制在7‰以内。")
    assert rows(text) == [("natural_growth_rate", 2017, "6‰左右", "baseline"), ("natural_growth_rate", 2018, "7‰以内", "target")]


def test_years_told_in_the_future_tense_are_no_observed_years_of_an_undated_study():
    text = ("嘉兴多少人居住才适宜\n课题组根据生命表预测得出，2015年嘉兴市常住人口将维持在573.49万~584.90万。"
            "到2020年，嘉兴市常住人口将维持在598.56万~611.01万。")
    found = rows(text)
    assert ("pop_resident", 2015, "573.49万~584.90万", "projection") in found
    assert ("pop_resident", 2020, "598.56万~611.01万", "projection") in found
    traditional = "嘉興多少人居住才適宜\n2015年嘉興市常住人口將維持在580萬左右，到2020年達到600萬。"
    assert ("pop_resident", 2015, "580萬左右", "projection") in rows(traditional)


@pytest.mark.parametrize(("hedge", "value"), [("或成", "600万"), ("或将达", "600万"), ("或超", "超600万"), ("将超", "超600万")])
def test_a_reporters_hedge_outside_a_report_of_a_plan_is_a_projection(hedge, value):
    text = f"某市人口观察\n到2020年，某市会有多少人？专家认为人口仍将增长。2020年某市常住人口{hedge}600万。"
    assert rows(text) == [("pop_resident", 2020, value, "projection")]


def test_a_reporters_hedge_of_a_plans_goal_stays_a_target():
    text = "记者获悉，《某市人口发展规划（2016—2030年）》印发。到2020年，某市常住人口或将达600万。"
    assert rows(text) == [("pop_resident", 2020, "600万", "target")]


@pytest.mark.parametrize("sentence", [
    "该省城镇人口五年后将由2010年的3186万人增加到4100万人,城市化率由2010年的45%提高到54%。",
    "該省城鎮人口5年後將由2010年的3186萬人增加到4100萬人,城市化率由2010年的45%提高到54%。",
    "该省城镇人口五年之后将从2010年的3186万人增加到4100万人,城市化率从2010年的45%提高到54%。",
])
def test_the_start_of_a_change_is_observed_and_years_later_count_from_the_page(sentence):
    text = "2010-10-30 07:48:00 来源：中国新闻网\n根据河北省《关于加快城市化进程的实施意见》," + sentence
    found = [(code, year, kind) for code, year, _, kind in rows(text)]
    assert found == [("pop_urban", 2010, "baseline"), ("pop_urban", 2015, "target"),
                     ("urbanization_resident", 2010, "baseline"), ("urbanization_resident", 2015, "target")]


def test_a_plan_cannot_target_the_level_its_change_starts_from_but_a_forecaster_can_estimate_it():
    assert rows(PLAN + "到2020年，人口自然增长率由2016年的5.2‰提高到6‰。") == [
        ("natural_growth_rate", 2016, "5.2‰", "baseline"), ("natural_growth_rate", 2020, "6‰", "target")]
    assert rows(PLAN + "预计城镇人口将由2017年的300万人增加到2020年的350万人。") == [
        ("pop_urban", 2017, "300万人", "projection"), ("pop_urban", 2020, "350万人", "projection")]
    later = "2010-10-30 07:48:00 来源：中国新闻网\n该省城镇人口将由2011年的3200万人增加到2015年的4100万人。"
    assert ("pop_urban", 2011, "3200万人", "projection") in rows(later)


@pytest.mark.parametrize("estimate", ["目前我市中心城区城市人口规模预计为125万人", "目前我市中心城区城市人口规模预测为125万人",
                                      "目前我市中心城區城市人口規模預計為125萬人"])
def test_an_estimate_of_the_present_is_of_the_pages_year(estimate):
    text = ("我市确定城市总体规划\n  • 2011-03-30   柳州日报\n" + estimate + ",建设用地规模126平方公里。"
            "按照城市发展规划,至2020年期末,中心城区城市人口规模将达160万人。")
    found = rows(text)
    assert [(code, year, kind) for code, year, _, kind in found] == [("pop_central_urban", 2011, "projection"), ("pop_central_urban", 2020, "target")]


STATISTICS = "某省人口统计分析\n数据显示,截至2019年底,全省常住人口为944.72万人。"


@pytest.mark.parametrize("sentence", ["计划到2025年,全省常住人口将达到1010万人。", "规划到2025年,全省常住人口将突破1010万人。",
                                      "按照目标到2025年全省常住人口将达到1010万人。"])
def test_a_plans_year_before_jiang_is_a_target(sentence):
    assert [(row[0], row[3]) for row in rows(STATISTICS + sentence) if row[1] == 2025] == [("pop_resident", "target")]


@pytest.mark.parametrize("sentence", ["预计到2025年,全省常住人口将达到1010万人。", "到2025年,全省常住人口将达到1010万人。",
                                      "计划到2025年,据测算全省常住人口预计达到1010万人。"])
def test_jiang_or_a_forecasters_word_without_a_plans_year_stays_a_projection(sentence):
    assert [row[3] for row in rows(STATISTICS + sentence) if row[1] == 2025] == ["projection"]
