"""Forms of the second handout (issue #19, forms round 2, `forms_Bd.md`) on place, vocabulary and structure (brief gv): the
central city named without 人口 (form 5), a round-up of districts' ceilings (2), the age band set by the paragraph (7), one
figure for a group of places (8), 个人卫生支出比例 (13), a qualified subgroup's share (14), a duration before 提高了 (15).
Invented sentences, with near-misses that must not be read (or must be read otherwise)."""

from __future__ import annotations

import pytest

from probe_rows import rows

HEALTH = "湖南省卫生健康发展规划(2016-2020年)\n"


def levels(text: str) -> list[tuple]:
    return rows(text, ["indicator", "entity", "year", "value", "qualifier"])


def kinds(text: str) -> list[tuple]:
    return rows(text, ["indicator", "entity", "year", "value", "qualifier", "kind"])


# -- form 13: 个人卫生支出比例, a name of the out-of-pocket share --------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("到2020年,个人卫生支出比例下降到28%左右。", ("oop_health_spending_share", "湖南省", 2020, 28.0, "approx")),
    ("到2020年,全省个人卫生支出比例控制在30%以内。", ("oop_health_spending_share", "湖南省", 2020, 30.0, "le")),
])
def test_the_out_of_pocket_share_named_with_bili_is_read(sentence, expected):
    assert levels(HEALTH + sentence) == [expected]


def test_a_change_of_the_out_of_pocket_share_is_no_level():
    assert levels(HEALTH + "到2020年,个人卫生支出比例比2015年下降3个百分点。") == []
