"""The demographer's checks on a synthetic plan: clean, it raises nothing; with one planted
inconsistency, it raises exactly the check that should catch it. The census figures are a small
synthetic table in the shape :func:`analysis.sources.census_panel.census_panel` returns."""

from __future__ import annotations

import functools

import pandas as pd
import pytest

from analysis.consistency.stage import audit
from analysis.extract.stage import extract_documents
from analysis.ingest.decode import decode_bytes
from analysis.ingest.document import ingest_text
from analysis.sources.reference import tidy_reference

PLAN = """安康市人口发展规划（2021—2030年）
第一章 发展现状
人口总量基本稳定。2020年末，全市常住人口为250.0万人，较2010年减少2.0万人。常住人口十年平均自然增长率为2.00‰。全市城镇人口为130.0万人，乡村人口为120.0万人，常住人口城镇化率为52.0%，较2010年提高10.0个百分点。全市0—14岁人口占比为16.0%，60岁及以上人口占比为21.0%，65岁及以上人口占比为16.0%，总抚养比为47.06%。家庭户均人口为2.80人，比2010年减少0.30人。全市人均预期寿命为78.0岁。我市是劳动力输出大市，人口净流出状况仍然存在。
表2 安康市各区县常住人口数量变化表
单位:万人
排名 地区 2020年常住人口 2010年常住人口 增长/减少
1 汉滨区 130.0 131.0 -1.0
2 旬阳县 120.0 121.0 -1.0
第二章 发展目标
今后城镇化率增速将有所放缓。到2030年，全市常住人口稳定在250万人左右，总和生育率达到1.6，人口自然增长率为1‰左右，65岁及以上人口占比为20%左右，总抚养比为55%左右，常住人口城镇化率达到60%，人均预期寿命达到80岁。
第三章 保障措施
加强组织领导。
"""


def _census_rows(entity, year, pop, urban, household, s0, s1559, s60, s65):
    values = dict(pop_resident=pop, pop_urban=urban, pop_rural=pop - urban, urbanization_resident=urban / pop * 100, household_size=household,
                  share_0_14=s0, share_15_59=s1559, share_60plus=s60, share_65plus=s65)
    return [dict(entity=entity, year=year, indicator=code, value=value) for code, value in values.items()]


CENSUS = pd.DataFrame(
    _census_rows("安康市", 2010, 252.0, 105.84, 3.10, 17.0, 66.0, 17.0, 11.0) + _census_rows("安康市", 2020, 250.0, 130.0, 2.80, 16.0, 63.0, 21.0, 16.0)
    + _census_rows("宝鸡市", 2010, 372.0, 160.0, 3.00, 12.0, 70.0, 18.0, 16.0) + _census_rows("宝鸡市", 2020, 332.0, 225.0, 2.60, 12.0, 60.0, 28.0, 20.0)
)


@functools.cache
def _reference():
    return tidy_reference(pd.DataFrame([{
        "entity": "安康市", "indicator": "常住人口", "year": "2010", "value": "252.0", "unit": "万人", "source_title": "第六次全国人口普查公报",
        "source_url": "", "quote": "常住人口252.0万人", "confidence": "high", "derivation": "", "source_file": "reference_statistics.csv", "source_row": 1,
    }]))


def run_audit(text: str) -> pd.DataFrame:
    document = ingest_text(decode_bytes(text.encode("utf-8"), "ankang.txt"), "ankang.txt")
    extraction = extract_documents([document])
    lines = {plan_id: list(document.body_lines()) for plan_id in extraction.plans["plan_id"]}
    # the census panel above is invented: no census age table goes with it (the bounds fall back on its range)
    return audit(extraction.indicators, extraction.changes, extraction.plans, _reference(), lines, CENSUS, age_groups=lambda code, year: None)


def test_the_clean_plan_raises_nothing():
    found = run_audit(PLAN)
    assert found.empty, found[["check_ids", "finding"]].to_string()


@pytest.mark.parametrize(
    ("edit", "check", "says"),
    [
        pytest.param(("稳定在250万人左右", "达到270万人左右"), "accounting.balancing_equation", "needs net in-migration of 14.3万", id="target-needs-in-migration"),  # 270 ± 0.5 as written (not ≥ 265: 9.8万)
        pytest.param(("人口自然增长率为1‰左右", "人口自然增长率为6‰左右"), "accounting.vital_rates", "at most 4.8‰", id="natural-increase-beyond-tfr-and-ageing"),
        pytest.param(("60岁及以上人口占比为21.0%", "60岁及以上人口占比为15.0%"), "accounting.age_shares", "leave -1.00% aged 60–64", id="60plus-below-65plus"),
        pytest.param(("旬阳县 120.0 121.0 -1.0", "旬阳县 120.0 122.0 -2.0"), "parts.region_table", "Σ district changes = -3.00, the prose says -2", id="districts-against-prose"),
        pytest.param(("家庭户均人口为2.80人", "家庭户均人口为3.10人"), "parts.households", "it is the 2010 census figure", id="household-size-of-another-census"),
        pytest.param(("常住人口城镇化率达到60%", "常住人口城镇化率达到65%"), "words.direction", "at least 1.25 points a year", id="slower-in-words-faster-in-figures"),
        pytest.param(("人均预期寿命达到80岁", "人均预期寿命达到85岁"), "plausibility.change", "at least +0.645 a year", id="life-expectancy-too-fast"),
    ],
)
def test_one_planted_inconsistency_is_caught_by_its_check(edit, check, says):
    text = PLAN.replace(*edit)
    assert text != PLAN
    found = run_audit(text)
    assert set(found["check_ids"]) == {check}, found[["check_ids", "finding"]].to_string()
    assert found["finding"].str.contains(says, regex=False).any(), found["finding"].tolist()


def test_the_fertility_recoveries_the_plausibility_check_cites_are_those_of_the_bundled_wdi():
    """The TFR maximum's source quotes Russia's and Czechia's recoveries: each figure must be the
    World Development Indicators value of the pinned source wdi."""
    import re

    from analysis.consistency.plausibility import LITERATURE
    from analysis.sources.wdi import FOLDER

    tfr = pd.read_csv(FOLDER / "sp.dyn.tfrt.in" / "data.csv")
    quoted = re.findall(r"(Russia|Czechia) (\d\.\d+) \((\d{4})\) → (\d\.\d+) \((\d{4})\)", LITERATURE["tfr"][2])
    assert len(quoted) == 2
    codes = {"Russia": "RUS", "Czechia": "CZE"}
    for country, start, start_year, end, end_year in quoted:
        rows = tfr[tfr["Country Code"] == codes[country]].set_index("Year")["Value"]
        assert round(rows[int(start_year)], 2) == float(start)
        assert round(rows[int(end_year)], 2) == float(end)
        assert float(end) - float(start) < LITERATURE["tfr"][0] * (int(end_year) - int(start_year))  # the maximum is above both


def test_a_check_with_a_thousand_findings_keeps_its_ids_valid():
    from analysis.consistency.findings import Finding as CheckFinding, frame
    from analysis.schemas import consistency_schema, validate

    findings = [
        CheckFinding("internal.sum", ("plan-a",), ("pop_resident",), 2000 + i % 30, "warning", f"finding number {i} of a long audit", (f"「{i}」",), str(i))
        for i in range(1001)
    ]
    table = validate(frame(findings), consistency_schema(), "consistency")
    assert table["finding_id"].is_unique and "internal.sum-1001" in set(table["finding_id"]) and "internal.sum-001" in set(table["finding_id"])
