"""The forms two reviewers (rva, rvb) found misread on invented sentences and the round after them left (brief lo): each
form with the sentence misread before its rule and near-misses that must keep their reading. Every sentence is invented."""

from __future__ import annotations

from probe_rows import rows

COLUMNS = ["indicator", "entity", "year", "value", "qualifier", "kind"]


def read(text: str) -> list[tuple]:
    return [(i, e, int(y) if y == y else None, round(float(v), 6), q, k) for i, e, y, v, q, k in rows(text, COLUMNS)]


def found(text: str, indicator: str) -> list[tuple]:
    return [(year, value, kind) for code, _, year, value, _, kind in read(text) if code == indicator]


# -- 1. a 分别 list whose last value lost its sign ---------------------------------------------------------------------


def test_a_list_of_crude_rates_sharing_their_head_pairs_by_position():
    text = "2021年，甲县人口出生率、死亡率和自然增长率分别为11.3‰、7.4‰和3.9‰。\n"
    assert [(code, value) for code, _, _, value, _, _ in read(text)] == [
        ("birth_rate", 11.3), ("death_rate", 7.4), ("natural_growth_rate", 3.9)]


def test_the_last_value_of_a_list_that_lost_its_per_mille_sign_keeps_its_place():
    # the page lost the last ‰: three rows paired by position, not six crossed ones
    text = "2021年，甲县人口出生率、死亡率和自然增长率分别为11.3‰、7.4‰和3.9。\n"
    assert [(code, value) for code, _, _, value, _, _ in read(text)] == [
        ("birth_rate", 11.3), ("death_rate", 7.4), ("natural_growth_rate", 3.9)]
    text = "2021年，甲县人口出生率和自然增长率分别为11.3‰和3.9。\n"
    assert [(code, value) for code, _, _, value, _, _ in read(text)] == [("birth_rate", 11.3), ("natural_growth_rate", 3.9)]


def test_near_miss_a_bare_last_value_of_a_rate_in_another_unit_stays_bare():
    # the total fertility rate takes no sign: 1.7 stays 1.7, and the ‰ before it is not carried over
    text = "2021年，甲县人口自然增长率和总和生育率分别为3.9‰和1.7。\n"
    assert [(code, value) for code, _, _, value, _, _ in read(text)] == [("natural_growth_rate", 3.9), ("tfr", 1.7)]
    # items of different heads and units: the % of the unemployment rate gives the rate in ‰ after it no sign (3.9 stays unread)
    text = "2021年，甲县城镇登记失业率和人口自然增长率分别为3.1%和3.9。\n"
    assert read(text) == [("unemployment_rate_registered", "unknown", 2021, 3.1, "none", "target")]


def test_near_miss_a_list_with_no_sign_at_all_gives_nothing():
    assert read("2021年，甲县人口出生率、死亡率和自然增长率分别为11.3、7.4和3.9。\n") == []
