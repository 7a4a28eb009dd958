"""The year and the indicator of a number whose own sentence does not state them, carried from the text around it
(brief ctx), on invented sentences: each rule's form, and a near-miss that must not take the carried year or indicator."""

from __future__ import annotations

from analysis.extract.stage import extract_documents
from analysis.ingest.decode import decode_bytes
from analysis.ingest.document import ingest_text

COLUMNS = ["indicator", "entity", "year", "value", "kind", "qualifier"]


def document(text: str):
    return ingest_text(decode_bytes(text.encode("utf-8"), "page.txt"), "page.txt")


def rows(text: str) -> list[tuple]:
    values = extract_documents([document(text)]).indicators
    return sorted(values[COLUMNS].itertuples(index=False, name=None))


def found(text: str, indicator: str) -> list[tuple]:
    return [(year, value, kind) for code, _, year, value, kind, _ in rows(text) if code == indicator]


# -- a text that sets goals for one year only: its goals without a year are that year's ------------------------------

#: A press report: the goal year in the first paragraph, the document's goals in the next without it.
ONE_GOAL_YEAR = (
    "记者从肇庆市政府新闻发布会上获悉，到2025年，肇庆将建成粤港澳大湾区西部的重要节点城市。\n"
    "此前，肇庆市印发了《关于推进新型城镇化的意见》。《意见》提出，全市常住人口达到450万人，常住人口城镇化率达到55%左右。\n"
)


def test_the_goals_of_a_text_of_one_goal_year_take_that_year():
    assert found(ONE_GOAL_YEAR, "pop_resident") == [(2025, 450.0, "target")]
    assert found(ONE_GOAL_YEAR, "urbanization_resident") == [(2025, 55.0, "target")]


#: A list of items under a lead line whose only year is the goal year (the items say none).
ONE_GOAL_YEAR_LIST = (
    "到2020年，形成具有全球影响力的科技创新中心基本框架。\n"
    "经济社会发展主要任务\n"
    "1 推进协调发展，增强整体协同性\n"
    "■ 常住人口总量控制在2500万以内\n"
    "■ 轨道交通运营线路总长达到800公里\n"
)


def test_the_items_under_a_text_of_one_goal_year_take_that_year():
    assert found(ONE_GOAL_YEAR_LIST, "pop_resident") == [(2020, 2500.0, "target")]


def test_near_miss_goals_for_two_years_leave_a_yearless_goal_undated():
    text = ONE_GOAL_YEAR.replace("到2025年，肇庆将建成", "到2025年，肇庆将基本建成、到2035年全面建成")
    assert found(text, "pop_resident") == []


def test_near_miss_a_later_year_written_without_goal_words_leaves_it_undated():
    # 2030年 is written as a figure's year, not with 到: the text is not of one goal year
    text = ONE_GOAL_YEAR + "2030年全市常住人口城镇化率为60%。\n"
    assert found(text, "pop_resident") == []


def test_near_miss_this_year_in_an_undated_text_is_not_the_goal_year():
    text = ONE_GOAL_YEAR.replace("《意见》提出，全市常住人口达到450万人", "今年全市常住人口达到450万人")
    assert found(text, "pop_resident") == []
