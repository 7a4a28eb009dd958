"""General rules for wordings of real published plans and reports (issue #19, part 3), each tried on
invented sentences in several variants (the texts have no manifest row: place, period and cut-off are
inferred as for any new text)."""

from __future__ import annotations

import pytest

from analysis.extract.stage import extract_documents
from analysis.ingest.decode import decode_bytes
from analysis.ingest.document import ingest_text
from analysis.ingest.place import names_in


def extract(text: str, name: str = "page.txt"):
    document = ingest_text(decode_bytes(text.encode("utf-8"), name), name)
    return extract_documents([document])


def rows(text: str, columns=("indicator", "entity", "year", "value", "qualifier", "kind")) -> list[tuple]:
    values = extract(text).indicators
    return sorted((tuple(row) for row in values[list(columns)].itertuples(index=False)), key=str)


# --- a county whose name has a one-character stem is not read inside an ordinary word -------------

@pytest.mark.parametrize(
    "text",
    ["推进健康县城建设", "全民健康县创建", "城市和县城人口", "形成县域经济", "加强管理县级医院", "相应县区要落实", "全面建成县乡村三级网络"],
)
def test_a_one_character_stem_county_is_not_read_inside_a_word(text):
    assert not {"康县", "和县", "成县", "理县", "应县"} & names_in(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [("安徽省和县人口发展规划", "和县"), ("马鞍山和县常住人口", "和县"), ("甘肃康县", "康县"), ("，康县常住人口20万人", "康县"),
     ("在和县召开", "和县"), ("和县人口发展规划（2021—2035年）", "和县"), ("2020年成县常住人口", "成县")],
)
def test_a_one_character_stem_county_standing_apart_is_the_place(text, name):
    assert name in names_in(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [("全民健康县创建加快推进。到2025年，全县常住人口达到30万人，人均预期寿命达到78岁。", "unknown"),
     ("城市和县城人口增长较快，到2025年全省常住人口达到6200万人。", "unknown"),
     ("陇南市推进健康县城建设，到2035年常住人口达到250万人。", "陇南市"),
     ("和县人口发展规划（2021—2035年）\n到2035年，全县常住人口达到50万人。", "和县")],
)
def test_a_health_county_word_does_not_make_the_page_a_countys(text, place):
    result = extract(text)
    assert list(result.plans["place_zh"]) == [place]
    assert set(result.indicators["entity"]) == {place}
