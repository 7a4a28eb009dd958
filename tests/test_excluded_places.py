"""Places a figure leaves out are not its place (:data:`analysis.ingest.place.MASKS`): national totals
are stated "不含香港、澳门特别行政区和台湾省", and a province's or city's "不包括驻军" or "未含…" — the figure is
the place's before the bracket. Every sentence here is invented."""

from __future__ import annotations

from tests.probe_rows import read_texts

TEXTS = {
    # a national goal with the excluded regions in brackets; the last place named is 台湾省
    "nation_excluding": "国家人口计生委主任日前表示，到2015年，全国人口总量（不含香港、澳门特别行政区和台湾省）将控制在13.9亿人以内。\n",
    # the same in traditional characters, a number in Chinese numerals, and a second figure after the bracket
    "nation_traditional": "據新華社電，到2015年，全國人口總量(不含香港、澳門特別行政區和臺灣省)將控制在十三點九億人以內，人口自然增長率控制在7‰以內。\n",
    # a province leaves out a city's garrison; the place before the bracket is the figure's
    "province_excluding": "到2020年，全省常住人口（不包括驻军和海南省在外务工人员）控制在950万人左右。\n",
}


def test_an_excluded_place_is_not_the_figure_s_place():
    rows = read_texts(TEXTS)
    assert ("pop_resident", "中国", 2015, 13.9, "le", "target") in [(i, e, y, v, q, k) for i, e, y, v, q, k in rows["nation_excluding"]]
    assert {(i, e) for i, e, *_ in rows["nation_traditional"]} == {("pop_resident", "中国"), ("natural_growth_rate", "中国")}
    assert all(e != "台湾省" for name in TEXTS for _, e, *_ in rows[name])
    assert [(i, y, v) for i, _, y, v, *_ in rows["province_excluding"]] == [("pop_resident", 2020, 950.0)]
    assert all(e != "海南省" for _, e, *_ in rows["province_excluding"])


def test_an_ambiguous_district_is_the_one_inside_the_plan_s_own_city():
    """朝阳区 is a district of 北京 and of 长春: in a plan of 北京市朝阳区 whose text names neither city, the plan's own."""
    from analysis.extract.meta import PlanMeta

    beijing = PlanMeta(plan_id="p", place="北京市朝阳区", province="北京市", base_year=None, period_end=None, level="county", prefecture="北京市")
    assert beijing.scope_entity("朝阳区") == "北京市朝阳区"
    changchun = PlanMeta(plan_id="q", place="长春市", province="吉林省", base_year=None, period_end=None, level="prefecture", prefecture="")
    assert changchun.scope_entity("朝阳区") == "长春市朝阳区"
