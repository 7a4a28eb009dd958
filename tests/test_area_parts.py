"""The urban or rural part of a place named after an indicator (婴儿死亡率城市为4.5‰，农村为9.6‰): the value is that part's,
not the place's, and the codebook has no urban or rural code of a rate, so it is withheld (`reader.AREA_PART_BEFORE`).
Found when an official 2015 figure was collected for a national target: an urban under-5 mortality rate had been read as
the nation's, and a "missed" verdict followed. Every sentence is invented."""

from __future__ import annotations

from probe_rows import rows

COLUMNS = ["indicator", "entity", "year", "value", "kind"]


#: A plan's title and date, so a level of 2019 is the plan's baseline.
HEAD = "甲县人口发展规划（2021—2035年）\n2022年3月1日\n"


def read(text: str) -> set[tuple]:
    return {(i, int(y) if y == y else None, round(float(v), 6), k) for i, _, y, v, k in rows(HEAD + text, COLUMNS)}


def test_an_urban_and_a_rural_rate_after_the_indicator_are_not_the_places():
    text = "2019年，甲县婴儿死亡率城市为3.5‰，农村为7.6‰。\n2019年，甲县5岁以下儿童死亡率城市为4.8‰、农村为10.9‰。\n"
    assert read(text) == set()


def test_the_whole_places_rate_stays_and_its_parts_after_qizhong_go():
    text = "2019年甲县孕产妇死亡率为19.1/10万，其中城市17.2/10万，农村21.2/10万。\n"
    assert read(text) == {("mmr", 2019, 19.1, "baseline")}
    text = "2019年，甲县常住人口城镇化率达到61%，其中城区为93%。\n"
    assert read(text) == {("urbanization_resident", 2019, 61.0, "baseline")}


def test_a_count_of_the_urban_part_is_not_the_places_population():
    text = "2019年，甲县常住人口480万，其中城镇290万、农村190万。\n"
    assert read(text) == {("pop_resident", 2019, 480.0, "baseline")}


def test_near_miss_indicators_that_name_the_part_keep_their_reading():
    # 城镇人口, 城市人口 and 城镇化率 name an indicator between the part and the value; a goal of 城乡居民 is the place's
    text = ("2019年，甲县城镇人口为290万，城镇化率为60%。\n2019年，甲县城市人口达到260万，人口自然增长率为4.1‰。\n"
            "到2025年，甲县婴儿死亡率控制在5‰以下，城乡居民人均预期寿命达到80岁。\n")
    assert read(text) == {("pop_urban", 2019, 290.0, "baseline"), ("urbanization_resident", 2019, 60.0, "baseline"),
                          ("pop_city_proper", 2019, 260.0, "baseline"), ("natural_growth_rate", 2019, 4.1, "baseline"),
                          ("imr", 2025, 5.0, "target"), ("life_expectancy", 2025, 80.0, "target")}
