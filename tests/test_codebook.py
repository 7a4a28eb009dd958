"""The indicator codebook (``data/codebook/indicators.csv``): its schema, and the indicators added
from the real-corpus gold (issue #19, part 3) read from one invented sentence per family.

Each sentence is written for the test in the wording of the national plans the definitions cite
(《“健康中国2030”规划纲要》, 《“十三五”卫生与健康规划》); rows are (indicator, entity, year, value,
unit as written and normalised, kind, qualifier). The texts have no manifest row, so the place,
period and cut-off (2015 for a 2016—2030 plan) are inferred as for any new plan.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import paths
from analysis.codebook import Codebook, load_codebook
from analysis.errors import SchemaError
from analysis.extract.stage import extract_documents
from analysis.ingest.decode import decode_bytes
from analysis.ingest.document import ingest_text
from analysis.schemas import indicator_codebook_schema, validate

PROVINCE = "江苏省人口发展规划（2016—2030年）\n"
CITY = "绵阳市人口发展规划（2021—2035年）\n"


def rows(text: str) -> list[tuple]:
    document = ingest_text(decode_bytes(text.encode("utf-8"), "plan.txt"), "plan.txt")
    values = extract_documents([document]).indicators
    columns = ["indicator", "entity", "year", "value", "unit", "kind", "qualifier"]
    return sorted(tuple(row) for row in values[columns].itertuples(index=False))


def codebook_frame() -> pd.DataFrame:
    return pd.read_csv(paths.CODEBOOK / "indicators.csv", dtype=str, keep_default_na=False)


def test_the_codebook_validates():
    validate(codebook_frame(), indicator_codebook_schema(), "data/codebook/indicators.csv")


@pytest.mark.parametrize(
    ("column", "value"),
    [("unit", "per fortnight"), ("measure", "count"), ("better", "up"), ("domain", "sport"), ("numerator", "no_such_code"),
     ("synonyms", "居民健康素养水平||健康素养水平"), ("definition", ""), ("code", "Health Literacy")],
)
def test_a_malformed_row_fails_the_schema(column, value):
    frame = codebook_frame()
    frame.loc[frame["code"] == "health_literacy_rate", column] = value
    with pytest.raises(SchemaError, match=column if column != "numerator" else "numerator is a code"):
        validate(frame, indicator_codebook_schema(), "data/codebook/indicators.csv")


@pytest.mark.parametrize("values", [pd.Series([3, 4]), pd.Series(["健康素养水平", 3], dtype=object), pd.Series([3.5, float("nan")])])
def test_a_text_column_holding_other_than_text_fails_its_type_check_row_by_row(values):
    """A text column of the string dtype passes its type check at once (schemas._Text); any other column is still
    checked row by row, and each row that is no text is a failure case of that check, as pandera reports it."""
    frame = codebook_frame().head(2).assign(definition=values.values)
    with pytest.raises(SchemaError, match=r"definition\s+dtype\('string\[pyarrow\]'\)"):
        validate(frame, indicator_codebook_schema(), "data/codebook/indicators.csv")
    validate(frame.assign(definition=[str(value) for value in values]), indicator_codebook_schema(), "data/codebook/indicators.csv")


def test_a_malformed_codebook_stops_extraction_before_any_text_is_read(monkeypatch, tmp_path):
    from analysis.extract import stage

    frame = codebook_frame()
    frame.loc[frame["code"] == "nurses_per_1000", "measure"] = "count"
    monkeypatch.setattr(stage, "load_codebook", lambda: Codebook(frame))
    monkeypatch.setattr(stage, "read_manifest", lambda path: pytest.fail("a text was read"))
    with pytest.raises(SchemaError, match="data/codebook/indicators.csv fails its schema"):
        stage.run(progress=lambda _: None, out_dir=tmp_path)


@pytest.mark.parametrize(
    ("label", "code"),
    [
        ("居民健康素养水平(%)", "health_literacy_rate"),
        ("城乡居民达到《国民体质测定标准》合格以上的人数比例(%)", "fitness_standard_pass_share"),
        ("经常参加体育锻炼人数(亿人)", "regular_exercisers"),
        ("经常参加体育锻炼人数比例(%)", "regular_exercise_share"),
        ("30~70岁重大慢性病过早死亡率(%)", "premature_chronic_disease_mortality"),
        ("总体癌症5年生存率(%)", "cancer_5yr_survival_rate"),
        ("结核病报告发病率(1/10万)", "tb_notified_incidence"),
        ("中小学生及在园幼儿溺亡率(/10万)", "child_drowning_rate"),
        ("道路交通事故死亡率(/10万)", "road_traffic_death_rate"),
        ("个人卫生支出占卫生总费用的比重(%)", "oop_health_spending_share"),
        ("每千常住人口执业(助理)医师数(人)", "doctors_per_1000"),
        ("每千人口注册护士数(人)", "nurses_per_1000"),
        ("每万人口全科医生数(人)", "gps_per_10k"),
        ("户籍人口占常住人口比重(%)", "hukou_share_of_resident"),
        ("男性人均预期寿命(岁)", "life_expectancy_male"),
        ("女性人均预期寿命(岁)", "life_expectancy_female"),
        ("人口自然增长数(万人)", "natural_increase"),
        ("15岁以上人群吸烟率(%)", "smoking_rate_15plus"),
        ("人均预期寿命(岁)", "life_expectancy"),  # the both-sexes figure keeps its code
        ("人口自然增长率(‰)", "natural_growth_rate"),  # the rate is not the count
    ],
)
def test_table_labels_of_the_added_indicators(label, code):
    assert load_codebook().match_label(label) == code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # health literacy and fitness (《“健康中国2030”规划纲要》's table: 30 % and 92.2 % in 2030)
        (PROVINCE + "到2030年，全省居民健康素养水平达到30%，城乡居民达到《国民体质测定标准》合格以上的人数比例达到92.2%。",
         [("fitness_standard_pass_share", "江苏省", 2030, 92.2, "%", "target", "none"),
          ("health_literacy_rate", "江苏省", 2030, 30.0, "%", "target", "none")]),
        # health workforce per 1000 / per 10 000 people: a value in 人 is a level of each
        (PROVINCE + "到2025年，全省每千人口执业（助理）医师数达到3.2人，每千人口注册护士数达到3.8人，每万人口全科医生数达到4人。",
         [("doctors_per_1000", "江苏省", 2025, 3.2, "persons", "target", "none"),
          ("gps_per_10k", "江苏省", 2025, 4.0, "persons", "target", "none"),
          ("nurses_per_1000", "江苏省", 2025, 3.8, "persons", "target", "none")]),
        # mortality and disease: a premature-mortality % is not a crude death rate read as ‰
        (PROVINCE + "2015年，全省重大慢性病过早死亡率为16.5%，总体癌症5年生存率为40.5%，肺结核发病率为45/10万，"
         "道路交通事故死亡率为6.2/10万，儿童溺水死亡率为1.2/10万。",
         [("cancer_5yr_survival_rate", "江苏省", 2015, 40.5, "%", "baseline", "none"),
          ("child_drowning_rate", "江苏省", 2015, 1.2, "per 100000", "baseline", "none"),
          ("premature_chronic_disease_mortality", "江苏省", 2015, 16.5, "%", "baseline", "none"),
          ("road_traffic_death_rate", "江苏省", 2015, 6.2, "per 100000", "baseline", "none"),
          ("tb_notified_incidence", "江苏省", 2015, 45.0, "per 100000", "baseline", "none")]),
        # health spending
        (PROVINCE + "到2030年，个人卫生支出占卫生总费用的比重下降到25%左右。",
         [("oop_health_spending_share", "江苏省", 2030, 25.0, "%", "target", "approx")]),
        # behaviour: exercise (share and count) and smoking
        (PROVINCE + "到2030年，经常参加体育锻炼人数比例达到40%以上，15岁以上人群吸烟率降低到20%。",
         [("regular_exercise_share", "江苏省", 2030, 40.0, "%", "target", "above"),
          ("smoking_rate_15plus", "江苏省", 2030, 20.0, "%", "target", "none")]),
        (PROVINCE + "到2030年，全省经常参加体育锻炼人数达到3200万人。",
         [("regular_exercisers", "江苏省", 2030, 3200.0, "10k persons", "target", "none")]),
        # population: the registered population's share of the resident one, natural increase as a count
        (CITY + "到2035年，全市户籍人口占常住人口的比重提高到45%。",
         [("hukou_share_of_resident", "绵阳市", 2035, 45.0, "%", "target", "none")]),
        (PROVINCE + "2015年，全省人口自然增长数为25.6万人，自然增长率为3.2‰。",
         [("natural_growth_rate", "江苏省", 2015, 3.2, "‰", "baseline", "none"),
          ("natural_increase", "江苏省", 2015, 25.6, "10k persons", "baseline", "none")]),
        # life expectancy by sex beside the both-sexes figure
        (PROVINCE + "2015年，全省人均预期寿命为77.5岁，其中男性人均预期寿命为75.2岁，女性人均预期寿命为80.1岁。",
         [("life_expectancy", "江苏省", 2015, 77.5, "years", "baseline", "none"),
          ("life_expectancy_female", "江苏省", 2015, 80.1, "years", "baseline", "none"),
          ("life_expectancy_male", "江苏省", 2015, 75.2, "years", "baseline", "none")]),
    ],
)
def test_added_indicators_are_read_from_prose(text, expected):
    assert rows(text) == sorted(expected)


def test_a_share_after_the_hukou_count_is_not_taken_for_the_hukou_share():
    """hukou_share_of_resident has no numerator: a percentage after 户籍人口 is as often a share of the
    province or a growth rate as a share of the resident population, so only the named indicator
    gives it."""
    assert load_codebook()["hukou_share_of_resident"].numerator == ""
    assert [row[0] for row in rows(CITY + "2020年，全市户籍人口520万人，占全省总数的6.2%。")] == ["pop_hukou"]
