"""Forms of annual target texts (brief at): government work reports, a year's population and family-planning work
targets announced at a meeting, and their press reports — on invented sentences, each rule with a near-miss that must
not change."""

from __future__ import annotations

from probe_rows import rows

DATED = "发布时间：2016-04-10\n"


def found(text: str, indicator: str) -> list[tuple]:
    return [(int(year), float(value), kind, qualifier) for code, _, year, value, kind, qualifier in rows(text) if code == indicator]


# -- bare 政策符合率: the birth-policy compliance of a year's family-planning targets ----------------------------------------

def test_bare_policy_compliance_after_the_years_rate_targets():
    text = DATED + "今年全市人口发展目标是出生率控制在12‰以内，自然增长率控制在5‰以内，政策符合率达92%以上。\n"
    assert found(text, "family_planning_rate") == [(2016, 92.0, "target", "above")]


def test_bare_policy_compliance_named_right_after_the_goals_lead_in():
    assert found(DATED + "今年某县的工作目标是政策符合率达到93%以上。\n", "family_planning_rate") == [(2016, 93.0, "target", "above")]


def test_near_miss_another_policys_compliance_is_no_family_planning_rate():
    assert found(DATED + "今年全市的目标是环保政策符合率达92%以上。\n", "family_planning_rate") == []
    assert found(DATED + "去年全市产业政策符合率为92%。\n", "family_planning_rate") == []
