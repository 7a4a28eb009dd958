"""Forms of press reports of plans and of their results, learnt from real page openings the extractor had never met
(issue #19, part 3, third probe set; the openings stay outside the project). Every sentence here is invented — other
places, other numbers, other wording — in the shapes those pages use:

* a report reviewing a five-year period (“十三五”以来, 收官之年, 发展成就) gives records from the period's base year to a year
  inside it: a transition from the base year (由2010年的…降至2014年的…) or a bare year's level compared with the base year
  (2024年…达到79岁，比2020年提高1.1岁) — baselines, not the period's targets (:func:`analysis.extract.meta.record_years`);
* a bare 高/低/少 after the year of a comparison (比2015年高0.96岁) is a difference, never a level
  (:data:`analysis.extract.prose.words.CHANGE_VERB`);
* an official's title and name (老龄司司长王海东：) is a person, not a place (:data:`analysis.ingest.place.MASKS`);
* a transition reported by released data (发布的数据显示，…从2012年的81.35岁增长到2023年的82.51岁) is a record, its end
  year no goal year (:func:`analysis.extract.meta.tense_cutoff`);
* history told for contrast (新中国成立前，我国人均寿命只有35岁), the population a city serves (按服务人口测算，…人口规模有望超过
  2000万人) and a lead over another place (领先武汉超过100万人) are no levels (:mod:`analysis.extract.prose.not_values`);
* the places of a 分别 list with no indicator of their own (长沙、合肥也将分别达到1500万人、1300万人) take the indicator of the
  clause before (:func:`analysis.extract.prose.respectively.place_list`), and a 分别 list of a transition's starts and
  its ends each takes the year written before it (分别从2015年的a、b、c降至2019年的x、y、z; `LIST_YEAR`);
* names the codebook lacked: 每千人口医疗卫生机构床位, 每万人口全科医生.

All texts are extracted in one call, so the file runs in seconds.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from probe_rows import read_texts

#: name → text
TEXTS = {
    # a review of the “十二五”: transitions from its base year 2010 to 2013 are records
    "review_transition": "“十二五”卫生计生工作成效显著\n"
                         "江苏省卫生计生委介绍，“十二五”以来，全省婴儿死亡率由2010年的6.2‰降至2013年的4.9‰，"
                         "孕产妇死亡率由2010年的9.5/10万降至2013年的7.1/10万。\n",
    # the same in traditional characters, with 從…提高到
    "review_traditional": "“十三五”以來浙江居民健康水平持續提高\n"
                          "“十三五”以來，浙江省人均預期壽命從2015年的78.2歲提高到2018年的78.9歲，嬰兒死亡率從2015年的2.9‰下降到2018年的2.4‰。\n",
    # a bare year's level compared with the base year of the “十四五”
    "review_compared": "四川省介绍“十四五”时期卫生健康发展成就\n"
                       "2023年，四川省人均预期寿命达到78.5岁，比2020年提高1.3岁。\n",
    # full-width digits, the year stated in its own clause, 较 for 比
    "review_fullwidth": "“十三五”以来湖北健康事业发展回顾\n"
                        "２０１８年，湖北省常住人口城镇化率为６０．３％，较２０１５年提高4.4个百分点。\n",
    # a plan of the “十四五” setting its targets the same way stays a plan: targets
    "plan_compared": "某省“十四五”卫生健康规划\n"
                     "到2025年，河北省人均预期寿命达到79.5岁，比2020年提高1岁；婴儿死亡率从2020年的4.9‰降至2025年的4.5‰。\n",
    # a bare 高/低 after the year of a comparison: the difference is no level
    "difference_higher": "2019年广西卫生健康统计公报\n"
                         "2019年，广西壮族自治区居民人均预期寿命达到77.6岁，比2015年高1.1岁；婴儿死亡率3.9‰，比上年低0.3‰。\n",
    # an official's name that contains a place name (海东)
    "person_name": "青岛市人口发展规划发布\n"
                   "青岛市政府新闻办举行发布会，市发展改革委主任赵海东：到2030年，全市常住人口达到1150万人左右。\n",
    "person_name_nation": "老龄工作新闻发布会\n"
                          "国家卫健委老龄司司长李海东表示，预计到2030年，全国60岁及以上老年人口占比将超过25%。\n",
    # a transition reported by released data, in a text without a period: a record, its end year no goal
    "data_shown": "上海市居民健康水平继续提高\n"
                  "上海市卫生健康委2023年9月5日发布的数据显示，全市居民平均期望寿命从2010年的82.13岁增长到2022年的83.18岁，"
                  "婴儿死亡率从2010年的5.97‰下降到2022年的2.24‰。\n",
    "data_shown_traditional": "廣東居民健康水平提升\n"
                              "廣東省衛生健康委發布的統計顯示，全省人均預期壽命從2015年的77.1歲增長到2021年的79.3歲。\n",
    # history told for contrast: no level of the plan's years
    "historic_era": "“十三五”期间湖南居民健康水平稳步提高\n"
                    "2019年，湖南省人均预期寿命达到77.2岁，比2015年提高1.1岁。新中国成立前，湖南人均寿命只有33岁，解放前婴儿死亡率高达200‰。\n",
    # the population a city serves, and a lead over another city, are no resident population
    "service_population": "西安市国土空间总体规划草案公示\n"
                          "到2035年，西安市常住人口将达到1500万人；按服务人口测算，西安的人口规模有望超过1800万人，"
                          "常住人口规模将领先成都超过50万人。\n",
    # places of a 分别 list with no indicator of their own take the one of the clause before
    "respectively_carried": "中部省会国土空间总体规划草案\n"
                            "到2035年，南昌市常住人口将达到1000万人，太原、石家庄也将分别达到700万人、1250万人。\n",
    "respectively_carried_plain": "长江中游城市群人口目标\n"
                                  "到2030年，武汉市常住人口达到1500万人左右，长沙、南昌分别为1200万人、900万人。\n",
    # a 分别 list of a transition's starts and one of its ends, each with its year written before it
    "respectively_years": "贵州省“十四五”卫生健康发展规划\n"
                          "“十三五”时期，全省孕产妇死亡率、婴儿死亡率、5岁以下儿童死亡率分别由2015年的26.1/10万、8.9‰、11.6‰"
                          "下降到2020年的17.3/10万、5.9‰、8.2‰。\n",
    "respectively_years_traditional": "“十三五”以來陝西居民健康水平提高\n"
                                      "“十三五”以來，陝西省嬰兒死亡率、5歲以下兒童死亡率分別從2015年的6.3‰、8.0‰降至2019年的4.7‰、6.1‰。\n",
    # names the codebook lacked
    "beds_and_gps": "2022年福建省卫生健康事业发展统计公报\n"
                    "2022年末，福建省每千人口医疗卫生机构床位达5.6张，每万人口全科医生3.3人。\n",
}

#: name → rows that must be read: (indicator, entity, year, value, qualifier, kind)
EXPECTED = {
    "review_transition": [("imr", "江苏省", 2013, 4.9, "none", "baseline"), ("imr", "江苏省", 2010, 6.2, "none", "baseline"),
                          ("mmr", "江苏省", 2013, 7.1, "none", "baseline")],
    "review_traditional": [("life_expectancy", "浙江省", 2018, 78.9, "none", "baseline"),
                           ("imr", "浙江省", 2018, 2.4, "none", "baseline")],
    "review_compared": [("life_expectancy", "四川省", 2023, 78.5, "none", "baseline")],
    "review_fullwidth": [("urbanization_resident", "湖北省", 2018, 60.3, "none", "baseline")],
    "plan_compared": [("life_expectancy", "河北省", 2025, 79.5, "none", "target"), ("imr", "河北省", 2025, 4.5, "none", "target")],
    "difference_higher": [("life_expectancy", "广西壮族自治区", 2019, 77.6, "none", "baseline"),
                          ("imr", "广西壮族自治区", 2019, 3.9, "none", "baseline")],
    "person_name": [("pop_resident", "青岛市", 2030, 1150.0, "approx", "target")],
    "data_shown": [("life_expectancy", "上海市", 2022, 83.18, "none", "baseline"), ("imr", "上海市", 2022, 2.24, "none", "baseline"),
                   ("life_expectancy", "上海市", 2010, 82.13, "none", "baseline")],
    "data_shown_traditional": [("life_expectancy", "广东省", 2021, 79.3, "none", "baseline")],
    "historic_era": [("life_expectancy", "湖南省", 2019, 77.2, "none", "baseline")],
    "service_population": [("pop_resident", "西安市", 2035, 1500.0, "none", "target")],
    "respectively_carried": [("pop_resident", "南昌市", 2035, 1000.0, "none", "target"), ("pop_resident", "太原市", 2035, 700.0, "none", "target"),
                             ("pop_resident", "石家庄市", 2035, 1250.0, "none", "target")],
    "respectively_carried_plain": [("pop_resident", "长沙市", 2030, 1200.0, "none", "target"), ("pop_resident", "南昌市", 2030, 900.0, "none", "target")],
    "respectively_years": [("mmr", "贵州省", 2015, 26.1, "none", "baseline"), ("imr", "贵州省", 2015, 8.9, "none", "baseline"),
                           ("u5mr", "贵州省", 2015, 11.6, "none", "baseline"), ("imr", "贵州省", 2020, 5.9, "none", "baseline"),
                           ("u5mr", "贵州省", 2020, 8.2, "none", "baseline")],
    "respectively_years_traditional": [("imr", "陕西省", 2015, 6.3, "none", "baseline"), ("u5mr", "陕西省", 2015, 8.0, "none", "baseline"),
                                       ("imr", "陕西省", 2019, 4.7, "none", "baseline"), ("u5mr", "陕西省", 2019, 6.1, "none", "baseline")],
    "beds_and_gps": [("hospital_beds_per_1000", "福建省", 2022, 5.6, "none", "baseline"),
                     ("gps_per_10k", "福建省", 2022, 3.3, "none", "baseline")],
}

#: name → (indicator, value) pairs that must not be read as levels, or entities that must not appear
FORBIDDEN_VALUES = {
    "review_compared": [("life_expectancy", 1.3)],
    "plan_compared": [("life_expectancy", 1.0)],
    "difference_higher": [("life_expectancy", 1.1), ("imr", 0.3)],
    "historic_era": [("life_expectancy", 33.0), ("imr", 200.0)],
    "service_population": [("pop_resident", 1800.0), ("pop_resident", 50.0)],
}
FORBIDDEN_ENTITIES = {"person_name": "海东市", "person_name_nation": "海东市"}


@lru_cache(maxsize=1)
def read_all() -> dict[str, list[tuple]]:
    return read_texts(TEXTS)


@pytest.mark.parametrize("name,row", [(name, row) for name, rows in EXPECTED.items() for row in rows])
def test_row_is_read(name: str, row: tuple) -> None:
    assert row in read_all()[name], read_all()[name]


@pytest.mark.parametrize("name,pair", [(name, pair) for name, pairs in FORBIDDEN_VALUES.items() for pair in pairs])
def test_difference_is_no_level(name: str, pair: tuple) -> None:
    assert not [row for row in read_all()[name] if (row[0], row[3]) == pair], read_all()[name]


@pytest.mark.parametrize("name", list(FORBIDDEN_ENTITIES))
def test_person_is_no_place(name: str) -> None:
    assert all(row[1] != FORBIDDEN_ENTITIES[name] for row in read_all()[name]), read_all()[name]


def test_person_name_nation_keeps_its_share() -> None:
    """李海东's statement is of the nation: the share is read, of 中国 or of no place, never of 海东市."""
    rows = [row for row in read_all()["person_name_nation"] if row[0] == "share_60plus"]
    assert rows and all(row[2:] == (2030, 25.0, "gt", "projection") for row in rows), rows
