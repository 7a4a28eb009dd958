"""Counts of people and shares of a population kind in the forms real plans and reports state them, which the
extractor missed (issue i21a: misses of the real corpus's development part, read for their form; every sentence
here is invented — other places, other numbers, other wording):

* a population named with a word added to its name: a size word after it (户籍人口规模, 户籍人口总数), the
  resident population's definition inside it (常住半年以上人口), 规划 before the 人口 of a part of the city
  (中心城规划人口), the place whose registration a 非户籍 population lacks (非本市户籍常住人口), 人均 for 平均 in years of
  schooling, 教育程度 for 文化程度 (:func:`analysis.codebook.derived_synonyms`); and names the codebook lacked
  (市辖区总人口, 人口出生数, 自然增加人口).

All texts are extracted in one call, so the file runs in seconds.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from probe_rows import read_texts

#: name → text
TEXTS = {
    # a size word after the registered population's name
    "hukou_scale": "南京市人口发展规划\n根据规划，2025年，全市户籍人口规模预计为760万人，2030年户籍人口总数达到800万人左右。\n",
    "hukou_total_amount": "某市人口发展报告\n2020年末，全市户籍人口总量为520万人，流动人口总数为80万人。\n",
    # the census definition of the resident population inside its name
    "half_year": "某市人口发展报告\n2018年末，全市常住半年以上人口812.3万人。\n",
    "half_year_province": "甘肃省人口发展规划\n2015年，全省常住半年及以上人口2599.6万人，比2010年增加39万人。\n",
    # the place whose registration the migrants lack
    "not_registered_here": "某市人口发展报告\n2016年末，全市非本市户籍常住人口432万人。\n",
    "not_registered_province": "广东省人口发展规划\n2015年，全省非本省户籍常住人口达到2200万人。\n",
    # the population of the urban districts and the planned population of the central city
    "districts": "芜湖市城市总体规划\n2010年，全市市辖区总人口约150万人。\n",
    "central_planned": "某市城市总体规划\n到2020年，全市总人口650万人，其中中心城规划人口约300万。\n",
    # the university-educated per 100 000 written with 教育程度, and 人均 years of schooling of the 6+
    "education_level": "某省人口发展规划\n据抽样数据显示，与2010年相比，2015年全省每 10 万人中具有大学教育程度人口由 6300 人增长为 9120 人。\n",
    "schooling_per_head": "某省人口发展规划\n2015年，全省6岁以上人口人均受教育年限为8.35年。\n",
    # births named 出生数 after the population they are of, and natural increase named 自然增加
    "births_count": "宁波市人口计生工作要点\n2012年全市户籍人口出生数控制在5.1万人以内。\n",
    "natural_increase": "浙江省人口统计公报\n2022年浙江全省自然增加人口0.5万人，自然增长率为0.08‰。\n",
}

#: name → rows that must be read: (indicator, entity, year, value, qualifier) — the kind follows the title's wording
EXPECTED = {
    "hukou_scale": [("pop_hukou", "南京市", 2025, 760.0, "none"), ("pop_hukou", "南京市", 2030, 800.0, "approx")],
    "hukou_total_amount": [("pop_hukou", "unknown", 2020, 520.0, "none"), ("pop_floating", "unknown", 2020, 80.0, "none")],
    "half_year": [("pop_resident", "unknown", 2018, 812.3, "none")],
    "half_year_province": [("pop_resident", "甘肃省", 2015, 2599.6, "none")],
    "not_registered_here": [("pop_inmigrant", "unknown", 2016, 432.0, "none")],
    "not_registered_province": [("pop_inmigrant", "广东省", 2015, 2200.0, "none")],
    "districts": [("pop_city_proper", "芜湖市", 2010, 150.0, "approx")],
    "central_planned": [("pop_central_urban", "unknown", 2020, 300.0, "approx")],
    "education_level": [("univ_per_100k", "unknown", 2010, 6300.0, "none"), ("univ_per_100k", "unknown", 2015, 9120.0, "none")],
    "schooling_per_head": [("edu_years_6plus", "unknown", 2015, 8.35, "none")],
    "births_count": [("births", "宁波市", 2012, 5.1, "le")],
    "natural_increase": [("natural_increase", "浙江省", 2022, 0.5, "none")],
}

#: name → (indicator, value) pairs that must not be read
FORBIDDEN_VALUES = {
    "hukou_scale": [("pop_resident", 760.0), ("pop_resident", 800.0)],
    "not_registered_here": [("pop_resident", 432.0)],
    "districts": [("pop_resident", 150.0)],
    "central_planned": [("pop_resident", 300.0)],
    "births_count": [("pop_hukou", 5.1)],
}

#: near-misses: texts whose numbers the new spellings must not read
NEAR_TEXTS = {
    # another level of schooling written with 教育程度 is not the university-educated
    "high_school_level": "某省人口发展规划\n2015年，全省每10万人中具有高中教育程度人口由7282人增长为10660人。\n",
    # 15岁以上 years of schooling stay that band's
    "schooling_15": "某省人口发展规划\n2020年，全省15岁以上人口人均受教育年限为9.8年。\n",
    # people added by migration are no natural increase
    "mechanical": "某市人口发展报告\n2019年，全市机械增加人口3.2万人。\n",
    # a size class of cities is no level of the urban population
    "size_class": "某省城镇体系规划\n到2035年，形成城镇人口规模100万以上城市2个。\n",
}
NEAR_FORBIDDEN = {
    "high_school_level": [("univ_per_100k", 7282.0), ("univ_per_100k", 10660.0)],
    "schooling_15": [("edu_years_6plus", 9.8)],
    "mechanical": [("natural_increase", 3.2)],
    "size_class": [("pop_urban", 100.0)],
}


@lru_cache(maxsize=1)
def read_all() -> dict[str, list[tuple]]:
    return read_texts(TEXTS | NEAR_TEXTS)


@pytest.mark.parametrize("name,row", [(name, row) for name, rows in EXPECTED.items() for row in rows])
def test_row_is_read(name: str, row: tuple) -> None:
    assert row in [found[:5] for found in read_all()[name]], read_all()[name]


@pytest.mark.parametrize("name,pair", [(name, pair) for name, pairs in (FORBIDDEN_VALUES | NEAR_FORBIDDEN).items() for pair in pairs])
def test_value_is_not_read_so(name: str, pair: tuple) -> None:
    assert not [row for row in read_all()[name] if (row[0], row[3]) == pair], read_all()[name]


def test_derived_spellings_never_take_another_indicators_synonym() -> None:
    from analysis.codebook import derived_synonyms, load_codebook

    codebook = load_codebook()
    for indicator in codebook.indicators.values():
        for variant in derived_synonyms(indicator):
            written = [other.code for other in codebook.indicators.values() if variant in other.synonyms]
            assert not written or codebook.synonyms[variant] == written[0]
