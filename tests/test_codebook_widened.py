"""Indicators added from the development rows of the real-corpus gold by i19r6 (issue #19, part 3): the
non-agricultural (hukou) population, the illiteracy rate, mean years of schooling with no age band and the
university-educated population (a count in 万人, written with the words of the per-100 000 rate) — each
read from invented sentences in several wordings (verbs, full-width digits, traditional characters, the year
stated in the sentence before), and each kept apart from the narrower indicators the codebook does not have
(青壮年文盲率, a schooling figure whose band is stated)."""

from __future__ import annotations

import pytest

from analysis.codebook import load_codebook
from analysis.extract.stage import extract_documents
from analysis.ingest.decode import decode_bytes
from analysis.ingest.document import ingest_text

PROVINCE = "安徽省人口发展“十二五”规划\n"
CITY = "平凉市新型城镇化发展规划（2015—2020年）\n"
ADDED = ("pop_nonagricultural_hukou", "illiteracy_rate", "edu_years_age_unstated", "pop_univ_educated", "univ_per_100k")


def rows(text: str, codes=ADDED) -> list[tuple]:
    document = ingest_text(decode_bytes(text.encode("utf-8"), "plan.txt"), "plan.txt")
    values = extract_documents([document]).indicators
    values = values[values["indicator"].isin(codes)]
    return sorted(tuple(row) for row in values[["indicator", "entity", "year", "value", "unit", "qualifier", "kind"]].itertuples(index=False))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the year stated in the sentence before; 下降至, 为
        (PROVINCE + "2010年全省常住人口中，大学程度人口390.4万人。总人口文盲率下降至8.34%；人口平均受教育年限为8.06年，提高1.18年。",
         [("edu_years_age_unstated", "安徽省", 2010, 8.06, "years", "none", "baseline"),
          ("illiteracy_rate", "安徽省", 2010, 8.34, "%", "none", "baseline"),
          ("pop_univ_educated", "安徽省", 2010, 390.4, "10k persons", "none", "baseline")]),
        # the count in 万人 and the rate per 100 000 in 人, in one sentence and in traditional characters
        ("无锡市“十四五”人口发展规划\n2020年，全市具有大学文化程度人口达163.17万人，每10万人中具有大学文化程度人上升为21867人。",
         [("pop_univ_educated", "无锡市", 2020, 163.17, "10k persons", "none", "baseline"),
          ("univ_per_100k", "无锡市", 2020, 21867.0, "persons", "none", "baseline")]),
        ("安徽省“十四五”人口发展规划\n2020年，全省具有大學文化程度的人口為８５０萬人；每10萬人中，具有大學文化程度的人口為13280人。",
         [("pop_univ_educated", "安徽省", 2020, 850.0, "10k persons", "none", "baseline"),
          ("univ_per_100k", "安徽省", 2020, 13280.0, "persons", "none", "baseline")]),
        # goals; full-width digits; 降到, 达到
        (PROVINCE + "到２０１５年，全省人口文盲率降到６%以下，人口平均受教育年限达到９年。",
         [("edu_years_age_unstated", "安徽省", 2015, 9.0, "years", "none", "target"),
          ("illiteracy_rate", "安徽省", 2015, 6.0, "%", "below", "target")]),
        # traditional characters
        (PROVINCE + "2010年，全省文盲率為5.2%，居民平均受教育年限為8.5年。",
         [("edu_years_age_unstated", "安徽省", 2010, 8.5, "years", "none", "baseline"),
          ("illiteracy_rate", "安徽省", 2010, 5.2, "%", "none", "baseline")]),
        # the non-agricultural population, 按户籍统计, its year carried from the sentence before
        (CITY + "《规划》提出，到2020年，全市城镇常住人口达到100万人以上。按户籍统计，非农业人口达到80万人以上，户籍人口城镇化率达到34%以上。",
         [("pop_nonagricultural_hukou", "平凉市", 2020, 80.0, "10k persons", "above", "target")]),
        (CITY + "2014年末，全市非農業人口為52.3萬人，非农业户口人口占户籍人口的24.1%。",
         [("pop_nonagricultural_hukou", "平凉市", 2014, 52.3, "10k persons", "none", "baseline")]),
    ],
)
def test_the_added_indicators_are_read(text, expected):
    assert rows(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 青壮年文盲率 is the rate of ages 15–50: not the population's illiteracy rate, and not read as it
        (PROVINCE + "到2015年，全省青壮年文盲率控制在2%以内。", []),
        # a band stated before the words: not the band-less indicator (the 15+ code where the codebook has it)
        (PROVINCE + "2010年，全省15岁以上常住人口平均受教育年限为8.6年。", []),
        (PROVINCE + "2010年，全省15岁及以上人口平均受教育年限为8.6年，劳动年龄人口平均受教育年限为9.8年。",
         [("edu_years_15plus", "安徽省", 2010, 8.6, "years", "none", "baseline"),
          ("edu_years_working_age", "安徽省", 2010, 9.8, "years", "none", "baseline")]),
        # a hard-wrapped paragraph whose next line opens with a list number: the number is no level of the words before it
        (PROVINCE + "2、2010年全省常住人口中，大学程度人口390.4万人，增加171.4万\n3、人；总人口文盲率下降至8.34%。",
         [("illiteracy_rate", "安徽省", 2010, 8.34, "%", "none", "baseline"),
          ("pop_univ_educated", "安徽省", 2010, 390.4, "10k persons", "none", "baseline")]),
    ],
)
def test_narrower_indicators_are_not_read_as_the_added_ones(text, expected):
    assert rows(text, (*ADDED, "edu_years_15plus", "edu_years_working_age")) == sorted(expected)


@pytest.mark.parametrize(
    ("label", "code"),
    [("文盲率(%)", "illiteracy_rate"), ("人口平均受教育年限(年)", "edu_years_age_unstated"), ("非农业人口(万人)", "pop_nonagricultural_hukou"),
     ("15岁及以上人口平均受教育年限(年)", "edu_years_15plus"), ("青壮年文盲率(%)", None)],
)
def test_table_labels(label, code):
    assert load_codebook().match_label(label) == code
