"""Indicators added from the development rows of the real-corpus gold by i20k (issue #19, part 3): the talent
counts talent and population plans state (人才资源总量, 专业技术人才, 技能劳动者总量, 高技能人才) and the health
management rate of people aged 65 and over (老年人健康管理率) — each read from invented sentences in several
wordings, and each kept apart from what it is not: a part's share of the count (高技能人才占技能劳动者的比例), talent per
10 000 people, people trained (万人次), 高层次人才 (no national definition: left uncoded), and the traditional-medicine
management rate (老年人中医药健康管理率)."""

from __future__ import annotations

import pytest

from analysis.codebook import load_codebook
from analysis.demography.ex_post import reason_unpublished
from analysis.extract.stage import extract_documents
from analysis.ingest.decode import decode_bytes
from analysis.ingest.document import ingest_text

ADDED = ("talent_total", "professional_technical_talent", "skilled_workers", "high_skill_talent", "elderly_health_management_rate")
CITY = "常州市“十四五”人口发展规划\n"
PROVINCE = "河北省人口发展规划（2016—2030年）\n"
#: A level stated before a text that must stay unread, so that a test of what is not read cannot pass on a text that yields nothing.
STATED = "2015年末，全省常住人口7425万人。"
STATED_ROW = ("pop_resident", "河北省", 2015, 7425.0, "10k persons", "none", "baseline")


def rows(text: str) -> list[tuple]:
    document = ingest_text(decode_bytes(text.encode("utf-8"), "plan.txt"), "plan.txt")
    values = extract_documents([document]).indicators
    return sorted(tuple(row) for row in values[["indicator", "entity", "year", "value", "unit", "qualifier", "kind"]].itertuples(index=False))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the talent block of a city plan: the total, then its parts after 其中 (高层次人才 is no code: not read)
        (CITY + "2020年全市人才资源总量突破160万人，其中高层次人才12.6万人，高技能人才38.2万人，专业技术人才92.75万人。",
         [("high_skill_talent", "常州市", 2020, 38.2, "10k persons", "none", "baseline"),
          ("professional_technical_talent", "常州市", 2020, 92.75, "10k persons", "none", "baseline"),
          ("talent_total", "常州市", 2020, 160.0, "10k persons", "gt", "baseline")]),
        # skilled workers and the highly skilled among them; 达到
        (CITY + "2020年，全市技能劳动者总量达到150万人，其中高技能人才45万人。",
         [("high_skill_talent", "常州市", 2020, 45.0, "10k persons", "none", "baseline"),
          ("skilled_workers", "常州市", 2020, 150.0, "10k persons", "none", "baseline")]),
        # goals: 人才总量, 高技能人才总量, 专业技术人才总量, in traditional characters too
        (PROVINCE + "到2030年，全省人才總量達到1200萬人，高技能人才總量達到300萬人以上，專業技術人才總量達到450萬人左右。",
         [("high_skill_talent", "河北省", 2030, 300.0, "10k persons", "above", "target"),
          ("professional_technical_talent", "河北省", 2030, 450.0, "10k persons", "approx", "target"),
          ("talent_total", "河北省", 2030, 1200.0, "10k persons", "none", "target")]),
        # the health management of people aged 65 and over, as population and health plans word it
        (PROVINCE + "到2020年，65周岁以上老年人健康管理率达到75%以上。",
         [("elderly_health_management_rate", "河北省", 2020, 75.0, "%", "above", "target")]),
        (PROVINCE + "到2025年，65岁及以上老年人城乡社区规范健康管理服务率达到65%。",
         [("elderly_health_management_rate", "河北省", 2025, 65.0, "%", "none", "target")]),
        # 65岁及以上老年人 is not the count of people aged 65+ when the rate's words follow
        (PROVINCE + "2015年，全省65岁及以上老年人健康管理率为68.5%。",
         [("elderly_health_management_rate", "河北省", 2015, 68.5, "%", "none", "baseline")]),
    ],
)
def test_the_added_indicators_are_read(text, expected):
    assert rows(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part's share of the count is neither count (the codebook has no code for it)
        (PROVINCE + STATED + "到2025年，高技能人才占技能劳动者的比例达到30%。", [STATED_ROW]),
        # talent per 10 000 people and people trained are not the talent stock
        (CITY + "2020年，全市人才资源总量达到70.69万人，每万人口人才占有量为1359人。",
         [("talent_total", "常州市", 2020, 70.69, "10k persons", "none", "baseline")]),
        (PROVINCE + STATED + "到2020年，培养培训各类专业技术人才30万人次。", [STATED_ROW]),
        # a flow of people trained or recruited is not the stock
        (PROVINCE + STATED + "每年新培养高技能人才1万人以上，引进各类专业技术人才2万人。", [STATED_ROW]),
        # the traditional-medicine management rate of older people is another indicator
        (PROVINCE + STATED + "到2020年，65岁以上老年人中医药健康管理率达到75%。", [STATED_ROW]),
    ],
)
def test_what_the_added_indicators_are_not(text, expected):
    assert rows(text) == sorted(expected)


@pytest.mark.parametrize(
    ("label", "code"),
    [
        ("人才资源总量(万人)", "talent_total"),
        ("专业技术人才总量(万人)", "professional_technical_talent"),
        ("技能劳动者总量(万人)", "skilled_workers"),
        ("高技能人才总量(万人)", "high_skill_talent"),
        ("劳动者中高技能人才比例(%)", "high_skill_worker_share"),  # the share keeps its code
        ("65岁及以上老年人健康管理率(%)", "elderly_health_management_rate"),
    ],
)
def test_table_labels_of_the_added_indicators(label, code):
    assert load_codebook().match_label(label) == code


@pytest.mark.parametrize("code", ADDED)
def test_no_official_outcome_is_looked_for_and_the_note_says_why(code):
    """Organisation-, human-resources- and health-department figures: outside the census and the communiqués, so the
    outcome note says the indicator is not a population statistic (analysis.demography.ex_post)."""
    assert load_codebook()[code].domain in ("economy", "ageing")
    assert reason_unpublished(code, "常州市").startswith("not a population statistic: outside the census")


@pytest.mark.parametrize(
    "part",
    ["教育专业技术人才达到3.6万人", "中级专业技术人才2.4万人", "农村实用人才资源达到8.5万人", "企业技能人才总量达到27万人"],
)
def test_a_sectors_or_a_grades_talent_is_no_count_of_the_place(part):
    # a sector (教育, 农村实用, 企业) or a grade (中级) before the count's name: a part, unread; the place's own count is read
    text = CITY + "2020年，全市人才资源总量达到95万人，" + part + "。"
    assert rows(text) == [("talent_total", "常州市", 2020, 95.0, "10k persons", "none", "baseline")]
