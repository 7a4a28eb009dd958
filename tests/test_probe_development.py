"""Forms of development and urbanisation plans (规划纲要, 城镇化规划) and the reports of them that real page openings
showed the extractor missing or misreading (issue #19, part 3, probes i19p1). The probes themselves stay outside the
project; every case here is an invented sentence of the same form (another place, other numbers), in several variants
(verbs, units, full-width digits, traditional characters, the year stated earlier).

Rows are (indicator, entity, year, value as written, qualifier, kind); the texts have no manifest row, so place,
period and cut-off are inferred as for any new page.
"""

from __future__ import annotations

import pytest

from analysis.extract.stage import extract_documents
from analysis.gazetteer import same_place
from analysis.ingest.decode import decode_bytes
from analysis.ingest.document import ingest_text

COLUMNS = ["indicator", "entity", "year", "value_text", "qualifier", "kind"]


def rows(text: str) -> list[tuple]:
    document = ingest_text(decode_bytes(text.encode("utf-8"), "page.txt"), "page.txt")
    values = extract_documents([document]).indicators
    return sorted(tuple(row) for row in values[COLUMNS].itertuples(index=False))


def agree(found: list[tuple], expected: list[tuple]) -> bool:
    """Rows alike, a county-level place written with or without its prefecture (泉州市晋江市, 晋江市) counting as one:
    the scorer's convention (:func:`analysis.gazetteer.same_place`)."""
    key = lambda row: (row[0], row[2], row[3])  # noqa: E731
    found, expected = sorted(found, key=key), sorted(expected, key=key)
    return len(found) == len(expected) and all(
        f[0] == e[0] and same_place(f[1], e[1]) and f[2:] == e[2:] for f, e in zip(found, expected)
    )


JJ = "晋江:城镇化率再创新高\n时间:2020-03-05 10:12:40\n"


# -- a province compared or ranked is not the page's place; 中国 as the subject of a page is the nation --------------------------

@pytest.mark.parametrize(
    "text",
    [
        # the province named only in the comparison or in a rank is no scope of the page: the city is named most
        JJ + "2019年，晋江市城镇化率(67.0%)比全国(60.6%)、福建省(66.5%)高。晋江市城镇化水平在全国、全省均名列前茅。晋江市人口自然增长率为7.2‰。",
        JJ + "晋江市城镇化水平居全省第一。晋江市人口自然增长率为7.2‰，晋江市常住人口为211.2万人。",
    ],
)
def test_a_compared_or_ranked_province_is_not_the_page(text):
    assert [same_place(row[1], "泉州市晋江市") for row in rows(text) if row[0] == "natural_growth_rate"] == [True]


# -- 中国 as the subject of a page is the nation ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("研究报告摘要\n“十四五”时期，中国的城镇化将继续推进。到2025年，预计中国城镇化率将达到65%左右。",
         [("urbanization_resident", "中国", 2025, "65%左右", "approx", "projection")]),
        ("研究報告摘要\n“十四五”時期，中國的城鎮化將繼續推進。到2025年，預計中國城鎮化率將達到６５％左右。",
         [("urbanization_resident", "中国", 2025, "６５％左右", "approx", "projection")]),
        ("研究报告\n中国社会科学院发布报告认为，中国将进入城镇化转型的新阶段，预计到2030年城镇化率达到70%左右。",
         [("urbanization_resident", "中国", 2030, "70%左右", "approx", "projection")]),
    ],
)
def test_china_as_the_subject_is_the_nation(text, expected):
    assert rows(text) == expected


def test_a_slogan_with_china_does_not_make_a_city_page_national():
    text = "健康临沂行动\n为推进健康中国建设，打造健康中国的临沂样板，到2030年，全市人均预期寿命达到80岁。临沂市将…健康中国。"
    assert rows(text) == [("life_expectancy", "临沂市", 2030, "80岁", "none", "target")]
