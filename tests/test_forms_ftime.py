"""Forms of time from the handout of the forms round (brief ftime), on invented sentences: partial-year figures
(截至6月末, 1—9月) are no levels; a year relative to the report's date (2022年初 = the year-end before, 到年底, 未来五年主要目标);
and a near-miss for each that must not be read, or must be read differently."""

from __future__ import annotations

from probe_rows import rows


def found(text: str, indicator: str) -> list[tuple]:
    return [(int(year), float(value), kind) for code, _, year, value, kind, _ in rows(text) if code == indicator]


DATED = "发布时间：2015-10-10\n"


# -- form 11: a figure over part of a year, its months without a year, is no level -------------------------------------

def test_a_count_and_rate_up_to_a_months_end_are_no_levels():
    text = DATED + "截至6月末，全市总人口312万人，出生1.6万人，出生率5.1‰。\n"
    assert rows(text) == []


def test_the_end_of_a_month_without_its_year_written_after_a_scope():
    text = DATED + "全市截至9月底，常住人口城镇化率为56.2%。\n"
    assert found(text, "urbanization_resident") == []


def test_near_miss_a_year_end_is_a_level():
    assert found(DATED + "截至2015年末全市总人口312万人。\n", "pop_resident") == [(2015, 312.0, "baseline")]


def test_near_miss_the_end_of_december_is_the_year_end():
    text = DATED + "2014年全市人口发展平稳。截至12月底，全市总人口312万人。\n"
    assert found(text, "pop_resident") == [(2014, 312.0, "baseline")]


def test_near_miss_a_year_end_goal_after_the_months_figure_is_read():
    text = DATED + "截至6月末，全市总人口312万人，年底力争控制在320万人以内。\n"
    assert found(text, "pop_resident") == [(2015, 320.0, "target")]


def test_near_miss_a_sentence_after_the_months_figure_keeps_its_own_year():
    text = DATED + "截至6月末，全市出生1.6万人。2014年末全市总人口310万人。\n"
    assert found(text, "pop_resident") == [(2014, 310.0, "baseline")]


def test_this_years_months_end_is_part_of_the_year_too():
    assert found(DATED + "截至今年9月末，全市常住人口城镇化率为56.2%。\n", "urbanization_resident") == []
