"""Years told relative to the text's own date (去年, 今年, 明年, 今明两年, 上年, 次年, 再过5年), on invented sentences: they
are read against the date the text itself tells (a figure stated both with 去年 and with its year dates a repost's text, not
its page), they carry to the values of their clause, a year written out in the clause wins over them, 今明两年 gives one row
a year, and in a text whose date is unknown they give no year at all (never the year of the sentence before)."""

from __future__ import annotations

import pytest

from analysis.extract.context import relative_year_spans, years
from analysis.extract.meta import infer_meta, page_year, told_year
from analysis.extract.stage import extract_documents
from probe_rows import document, rows


# -- the text's own date, told by a figure it states twice ------------------------------------------------------

#: A report of a meeting early in 2018, reposted by a site that dates its page 2019: its 去年 is 2017, not 2018.
REPOST = (
    "江西去年出生人口52.3万\n"
    "日期:2019-04-02 类别:人口 浏览:\n"
    "记者从省卫生计生委获悉，2017年全省共出生人口52.3万，出生人口性别比继续下降。\n"
    "截至去年末全省常住人口4622.1万人，全年出生人口52.3万人，人口出生率11.33‰。\n"
)


def test_a_figure_told_with_last_year_and_with_its_year_dates_the_text():
    assert told_year(REPOST.splitlines()) == 2018
    assert page_year(document(REPOST)) == 2018


def test_a_reposted_report_reads_last_year_from_its_own_date():
    found = rows(REPOST)
    assert ("pop_resident", "江西省", 2017, 4622.1, "baseline", "none") in found
    assert ("birth_rate", "江西省", 2017, 11.33, "baseline", "none") in found
    # 全年 after 去年末 in the same sentence: the same year
    assert {row[2] for row in found if row[0] == "births"} == {2017}
    meta = infer_meta(document(REPOST))
    assert meta.cutoff == 2017, meta.cutoff_source


def test_a_told_year_after_the_page_date_is_no_date():
    # the figures disagree with the page's date the wrong way (a text cannot be written after its page): the page decides
    text = "日期:2016-03-01\n去年全市常住人口达到812.6万人。2017年全市常住人口812.6万人。\n"
    assert told_year(text.splitlines()) == 2018
    assert page_year(document(text)) == 2016


def test_figures_that_disagree_tell_no_date():
    lines = ["去年全省常住人口达到812.6万人，出生人口13.8万人。", "2017年全省常住人口812.6万人。", "2015年出生人口13.8万人。"]
    assert told_year(lines) is None


def test_short_figures_tell_no_date():
    # 5% and 80岁 are too common to say that two statements are one
    assert told_year(["去年城镇化率达到55%。", "2017年城镇化率达到55%。"]) is None


# -- 今明两年: one row a year ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", ["广州今明两年出生人口均在23万人左右。", "广州今明两年出生人口或将超过23万人。"])
def test_this_and_next_year_give_a_row_each(sentence):
    # a count over each year (均, or exceeding a yearly figure: 或将超过) is each year's
    text = "日期:2018-05-02\n" + sentence + "\n"
    assert [row[:4] for row in rows(text)] == [("births", "广州市", 2018, 23.0), ("births", "广州市", 2019, 23.0)]


@pytest.mark.parametrize("sentence, value, qualifier", [
    ("今明两年，全县常住人口将突破80万人。", 80.0, "gt"),
    ("今明两年，全县常住人口将达到81.5万人。", 81.5, "none"),
])
def test_a_figure_crossed_or_reached_over_this_and_next_year_is_the_last_years(sentence, value, qualifier):
    # reached by the end of the span: one row, next year's (每年/分别 keep a row a year)
    assert rows("日期:2022-06-01\n" + sentence + "\n") == [("pop_resident", "unknown", 2023, value, "projection", qualifier)]


def test_each_year_after_this_and_next_year_gives_a_row_each():
    text = "日期:2018-05-02\n2016年起实施全面两孩政策，政策效应将在今明两年集中释放，预计每年出生人口将超过23万人。\n"
    assert sorted(row[2] for row in rows(text) if row[0] == "births") == [2018, 2019]


def test_a_list_over_this_and_next_year_gives_one_value_a_year():
    mentions = years("今明两年全市常住人口分别达到1530万人、1550万人", page_year=2018)
    assert [(m.role, m.first, m.year) for m in mentions] == [("years", 2018, 2019)]


# -- a year written out wins over a relative one in its clause ---------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "去年（2017年）全省常住人口达到5000万人。",
    "2017年即去年全省常住人口达到5000万人。",
])
def test_a_written_year_wins_over_a_relative_one_in_its_clause(sentence):
    # the page is dated 2019, so 去年 alone would be 2018: the digits of the clause decide
    text = "日期:2019-01-10\n" + sentence + "\n"
    assert [row[:4] for row in rows(text)] == [("pop_resident", "unknown", 2017, 5000.0)]


# -- other relative forms ----------------------------------------------------------------------------------------

def test_last_year_in_a_report_follows_its_date_not_the_goal_before():
    text = "日期:2016-02-01\n到2020年，全省常住人口达到1亿人。上年末全省常住人口9847万人。\n"
    assert ("pop_resident", "unknown", 2015, 9847.0, "baseline", "none") in rows(text)


def test_a_count_over_this_year_so_far_is_no_level():
    # 今年以来 counts part of a year (like 1至4月份): no year's births
    text = "日期:2019-09-01\n今年以来，全市出生人口3.2万人，去年全年出生人口8.1万人。\n"
    assert [row[:4] for row in rows(text)] == [("births", "unknown", 2018, 8.1)]


def test_the_year_before_the_one_the_sentence_named():
    # 上年末 after 2015年末 is 2014, whatever the page's date
    text = "日期:2016-02-01\n2015年末全省常住人口9847万人，上年末为9789万人。\n"
    assert [row[2:4] for row in rows(text)] == [(2014, 9789.0), (2015, 9847.0)]


def test_the_year_after_a_named_year():
    text = "日期:2020-06-01\n2018年全市出生人口5.2万人，次年出生人口4.9万人。\n"
    assert [row[2:4] for row in rows(text) if row[0] == "births"] == [(2018, 5.2), (2019, 4.9)]


def test_in_so_many_years_counts_from_the_text_date():
    text = "日期:2020-06-01\n再过5年，全市常住人口将达到800万人。\n"
    assert [row[2:4] for row in rows(text)] == [(2025, 800.0)]


# -- a text whose date is unknown --------------------------------------------------------------------------------

def test_a_relative_year_of_an_undated_text_gives_no_year():
    # no date anywhere: 去年 is no year, never the 2030 of the sentence before
    text = ("某市卫生健康委员会\n"
            "《健康某市2030规划纲要》提出，到2030年全市人均预期寿命达到80.5岁。而去年全市常住人口就达到了812.6万人。\n"
            "对全市2021年人口工作提出要求：一是把今年的工作做好，二是确保人口出生率控制在13.5‰以内。\n")
    assert page_year(document(text)) is None
    found = rows(text)
    assert [row for row in found if row[0] == "pop_resident"] == []
    # past its clause the relative year dates nothing: the year written before it is back
    assert [row[2:4] for row in found if row[0] == "birth_rate"] == [(2021, 13.5)]
    assert relative_year_spans("而去年全市常住人口就达到了812.6万人") == [(1, 3)]


def test_a_change_told_with_a_relative_year_of_an_undated_text_gives_no_year():
    text = "某市卫生健康委员会\n到2030年全市人均预期寿命达到80.5岁。去年全市常住人口增加12.3万人。\n"
    extracted = extract_documents([document(text)])
    assert extracted.changes.empty
    # the same text's goal is read: the test cannot pass on a text that yields nothing
    assert [row[:4] for row in rows(text)] == [("life_expectancy", "unknown", 2030, 80.5)]


def test_an_undated_text_is_dated_by_a_figure_told_twice():
    text = ("某市卫生健康委员会\n"
            "2020年，全市人均预期寿命81.25岁。到2030年全市人均预期寿命达到82岁。"
            "而去年全市人均预期寿命就达到了81.25岁，全市常住人口812.6万人。\n")
    assert page_year(document(text)) == 2021
    assert [row[2:4] for row in rows(text) if row[0] == "pop_resident"] == [(2020, 812.6)]


def test_a_kept_floor_repeating_an_old_figure_is_no_date():
    # 79.46岁 of 2019 comes back as this year's floor (保持在…以上): no observed level stated twice, the page's date stands
    text = ("日期:2023-02-10\n2019年，全区人口平均预期寿命为79.46岁。\n"
            "去年全区人口平均预期寿命达到80.12岁，全区常住人口345.7万人。\n"
            "今年全区人口平均预期寿命力争保持在79.46岁以上，全区常住人口预计为347万人。\n")
    assert told_year(text.splitlines()) is None
    assert page_year(document(text)) == 2023
    assert infer_meta(document(text)).cutoff == 2022
    assert ("pop_resident", "unknown", 2022, 345.7, "baseline", "none") in rows(text)


def test_a_goal_year_figure_is_no_date():
    # 到2025年 is a goal's year, not the year of an observed 6.789万
    assert told_year(["到2025年全县出生人口达到6.789万人。", "去年全县出生人口6.789万人。"]) is None


def test_a_text_that_writes_its_page_year_keeps_its_date():
    # the same figure with 去年 and with 2020年 would make the text of 2021, but it writes 2023年 itself: the page's date stands
    text = ("日期:2023-01-20\n2020年全县出生人口3.456万人。去年全县出生人口3.456万人。\n"
            "2023年全县常住人口力争达到98万人。\n")
    assert told_year(text.splitlines()) == 2021
    assert page_year(document(text)) == 2023
    assert infer_meta(document(text)).cutoff == 2022


@pytest.mark.parametrize("sentence, year", [
    ("2016年全县人口自然增长率为6.12‰，低于上年；人口出生率为10.83‰。", 2016),
    ("2019年全县出生人口3.1万人，多于上年，人口出生率为9.7‰。", 2019),
    ("2018年全县出生人口3.1万人，是上年的95%；人口出生率9.7‰。", 2018),
])
def test_the_base_of_a_comparison_with_the_year_before_dates_nothing(sentence, year):
    # 低于上年, 多于上年, 是上年的95%: 上年 is what the sentence's year is compared with, not the year of what follows
    found = rows("日期:2021-04-01\n" + sentence + "\n")
    assert [row[:3] for row in found if row[0] == "birth_rate"] == [("birth_rate", "unknown", year)]


def test_a_bracketed_year_after_the_figure_of_a_relative_year_dates_it():
    # 去年…（2020年末数据）: the brackets after the figure give its year, not the year of the sentence before
    text = "日期:2021-05-01\n2016年，全区常住人口为231万人。去年全区常住人口246.3万人（2020年末数据）。\n"
    assert [row[2:4] for row in rows(text)] == [(2016, 231.0), (2020, 246.3)]


def test_a_relative_year_listed_with_a_written_one_keeps_its_value():
    # 去年和2019年…分别: two years, one value each
    text = "日期:2021-05-01\n去年和2019年全区出生人口分别为2.7万人和3.3万人。\n"
    assert [row[2:4] for row in rows(text)] == [(2019, 3.3), (2020, 2.7)]


@pytest.mark.parametrize("sentence", [
    "今年1—5月，与去年同期相比，全县出生人口1.3万人，人口出生率3.9‰。",
    "今年以来，全县出生人口比上年同期减少0.1万人，人口出生率为4.7‰。",
])
def test_the_same_months_of_last_year_are_no_whole_year(sentence):
    # 去年同期/上年同期 is the base of a comparison over part of a year: the count and rate after it are of no whole year
    found = rows("日期:2022-07-15\n" + sentence + "去年全年出生人口3.2万人。\n")
    assert [row[:4] for row in found] == [("births", "unknown", 2021, 3.2)]


def test_in_so_many_years_after_a_named_year_counts_from_it():
    # 再过10年 after 到2030年 in the same sentence: 2040, not ten years after the page's 2022
    text = "日期:2022-04-01\n到2030年，全区常住人口达到260万人，再过10年将达到280万人。\n"
    assert [row[2:4] for row in rows(text)] == [(2030, 260.0), (2040, 280.0)]


def test_past_the_clause_of_a_relative_year_of_an_undated_text_the_sentence_before_gives_no_year():
    # no date: 去年's clause has no year, and neither has the clause after it — the 2017 of the sentence before is not back
    text = "某县卫生健康局\n2017年，全县常住人口63万人。去年全县出生人口0.72万人，人口出生率11.4‰。\n"
    assert [row[:4] for row in rows(text)] == [("pop_resident", "unknown", 2017, 63.0)]
