"""Extraction: completeness against hand-verified expectations, provenance, and the tricky cases."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis import paths
from analysis.extract.stage import extract_documents

KEY = ["plan_id", "source", "line", "indicator", "entity", "year", "value_text", "qualifier", "kind"]


@pytest.fixture(scope="session")
def extraction(documents, manifest):
    return extract_documents(list(documents.values()), manifest)


@pytest.fixture(scope="session")
def values(extraction):
    return extraction.indicators


def one(frame: pd.DataFrame, **where) -> pd.Series:
    rows = frame
    for column, wanted in where.items():
        rows = rows[rows[column] == wanted]
    assert len(rows) == 1, f"{len(rows)} rows for {where}"
    return rows.iloc[0]


# --- completeness -------------------------------------------------------------------------------

def test_every_expected_value_and_nothing_else(values):
    """Keyed by plan: plans added to the manifest later do not change what is expected of the seeds."""
    expected = pd.read_csv(paths.ROOT / "tests" / "expected" / "indicator_values.csv", keep_default_na=False, dtype=str)
    found = values[values["plan_id"].isin(set(expected["plan_id"]))][KEY].astype(str)
    expected_set = set(map(tuple, expected[KEY].values))
    found_set = set(map(tuple, found.values))
    assert sorted(found_set - expected_set) == [], "values found that were not expected"
    assert sorted(expected_set - found_set) == [], "expected values not found"
    assert len(found) == len(expected)


def test_every_expected_change(extraction):
    columns = ["plan_id", "source", "line", "indicator", "entity", "from_year", "year", "value", "change_type"]
    expected = pd.read_csv(paths.ROOT / "tests" / "expected" / "changes.csv", keep_default_na=False, dtype=str)
    changes = extraction.changes[extraction.changes["plan_id"].isin(set(expected["plan_id"]))]
    found = changes[columns].astype(object).where(changes[columns].notna(), "").astype(str)
    expected["value"] = expected["value"].astype(float).astype(str)
    found["value"] = found["value"].astype(float).astype(str)
    assert set(map(tuple, found.values)) == set(map(tuple, expected[columns].values))


@pytest.mark.parametrize(
    ("plan", "table", "text"),
    [
        ("chongqing-2016-2030", 39, 40),   # 13 rows × 3 years; prose incl. 发展态势 projections
        ("yingkou-2016-2030", 18, 24),     # 6 rows × 3 years
        ("lianyungang-2016-2020", 31, 44),  # 31 rows × 2020 only; baselines are in the prose
        ("suining-2030-draft", 0, 7),      # no table at all
        ("luzhou-2022-2030", 82, 38),      # 专栏1 8 × 3, 表1 22 × 2, 表2 7 × 2
    ],
)
def test_values_per_plan(values, plan, table, text):
    rows = values[values["plan_id"] == plan]
    assert (rows["source"] == "table").sum() == table
    assert (rows["source"] == "text").sum() == text


def test_plans_table(extraction):
    plans = extraction.plans.set_index("plan_id")
    assert plans.loc["luzhou-2022-2030", "n_tables"] == 3
    assert plans.loc["suining-2030-draft", "n_tables"] == 0
    assert plans.loc["lianyungang-2016-2020", "spam_occurrences"] == 54
    assert plans.loc["lianyungang-2016-2020", "body_lines"] == "122–744"
    seeds = ["chongqing-2016-2030", "yingkou-2016-2030", "lianyungang-2016-2020", "suining-2030-draft", "luzhou-2022-2030"]
    assert plans.loc[seeds, "n_values"].sum() == 323


# --- provenance -------------------------------------------------------------------------------

def test_every_quote_is_verbatim_in_its_line(values, extraction, seed_lines):
    for frame in (values, extraction.changes):
        for row in frame.itertuples():
            original = seed_lines[row.seed_file[:3]][row.line - 1]
            assert row.quote in original, (row.seed_file, row.line, row.quote)
            assert row.value_text.split(" ")[0] in original or row.value_text in original, (row.seed_file, row.line, row.value_text)


def test_quotes_contain_their_values(values):
    for row in values.itertuples():
        assert row.value_text.split(" ")[0] in row.quote, (row.line, row.value_text, row.quote)


def test_no_spam_in_any_quote(values, extraction):
    text = values.to_csv() + extraction.changes.to_csv()
    assert "英皇" not in text and "棋牌" not in text and "娱乐场" not in text


# --- table layouts ------------------------------------------------------------------------------

def test_two_level_row_of_000(values):
    row = one(values, plan_id="chongqing-2016-2030", source="table", indicator="urbanization_hukou", year=2020)
    assert (row["indicator_raw"], row["value_text"], row["qualifier"], row["value_low"]) == ("城镇化率/户籍人口", "≥50", "ge", 50.0)
    assert row["line"] == 156 and row["category"] == "人口分布" and row["binding"] == "预期性"


def test_range_and_empty_unit_cells_of_000(values):
    srb = one(values, plan_id="chongqing-2016-2030", source="table", indicator="srb", year=2030)
    assert (srb["value_text"], srb["qualifier"], srb["value_low"], srb["value_high"], srb["value"]) == ("103—107", "range", 103.0, 107.0, 105.0)
    tfr = one(values, plan_id="chongqing-2016-2030", source="table", indicator="tfr", year=2015)
    assert (tfr["value"], tfr["unit_raw"], tfr["unit_source"], tfr["unit"]) == (1.56, "", "codebook", "births per woman")


def test_missing_unit_cells_of_001(values):
    life = one(values, plan_id="yingkou-2016-2030", source="table", indicator="life_expectancy", year=2020)
    assert (life["value"], life["unit_source"], life["indicator_raw"]) == (79.75, "codebook", "人均预期寿命")
    school = one(values, plan_id="yingkou-2016-2030", source="table", indicator="edu_years_working_age", year=2030)
    assert school["indicator_raw"] == "劳动年龄人口平均受教育年限"  # a label split over two lines


def test_category_table_with_attributes_of_002(values, extraction):
    srb = one(values, plan_id="lianyungang-2016-2020", source="table", indicator="srb")
    assert (srb["value_text"], srb["qualifier"], srb["category"]) == ("逐年下降 趋于合理", "qualitative", "人口结构")
    assert math.isnan(srb["value"]) if isinstance(srb["value"], float) else pd.isna(srb["value"])
    years = one(values, plan_id="lianyungang-2016-2020", source="table", indicator="edu_years_new_labour")
    assert (years["value_text"], years["qualifier"], years["binding"]) == ("15以上", "above", "约束性")
    unemployment = one(values, plan_id="lianyungang-2016-2020", source="table", indicator="unemployment_rate_registered")
    assert (unemployment["value_text"], unemployment["qualifier"], unemployment["value_high"]) == ("<4<>", "lt", 4.0)
    garbled = [f for f in extraction.findings if f.kind == "garbled_cell" and f.seed_file.startswith("002")]
    assert sorted(f.line for f in garbled) == [420, 450]


def test_space_separated_rows_of_004(values):
    tfr = values[(values["plan_id"] == "luzhou-2022-2030") & (values["indicator"] == "tfr") & (values["source"] == "table")]
    assert list(tfr.sort_values("year")["value_text"]) == ["-", "1.6", "1.6"]
    assert list(tfr.sort_values("year")["qualifier"]) == ["missing", "none", "none"]
    assert set(tfr["unit_raw"]) == {"%"}  # an odd unit, kept as written
    srb = one(values, plan_id="luzhou-2022-2030", source="table", indicator="srb", year=2020)
    assert (srb["value"], srb["unit_source"]) == (109.2, "codebook")  # no unit cell; values not shifted


def test_statistical_tables_by_region_of_004(values, extraction):
    province = one(values, plan_id="luzhou-2022-2030", indicator="edu_years_15plus", entity="四川省", year=2022)
    assert (province["value"], province["kind"], province["line"]) == (9.24, "baseline", 67)
    district = one(values, plan_id="luzhou-2022-2030", source="table", indicator="pop_resident", entity="泸州市江阳区", year=2010)
    assert district["value"] == 57.52
    change = extraction.changes
    assert one(change, plan_id="luzhou-2022-2030", source="table", entity="泸州市纳溪区")["value"] == -9.66


# --- prose rules ----------------------------------------------------------------------------------

def test_two_values_in_one_sentence(values):
    urban = values[(values["plan_id"] == "chongqing-2016-2030") & (values["indicator"] == "urbanization_resident") & (values["source"] == "text")]
    assert dict(zip(urban["year"], urban["value"])) == {2010: 53.02, 2015: 60.94, 2030: 75.0}
    rates = values[(values["plan_id"] == "lianyungang-2016-2020") & (values["line"] == 216)]
    assert dict(zip(rates["indicator"], rates["value"]))["birth_rate"] == 11.92  # 分别为11.92‰、4.93‰
    assert dict(zip(rates["indicator"], rates["value"]))["natural_growth_rate"] == 4.93


def test_five_year_plan_period_gives_the_years(values):
    rows = values[(values["plan_id"] == "chongqing-2016-2030") & (values["indicator"] == "natural_growth_rate") & (values["source"] == "text")]
    assert dict(zip(rows["year"], rows["value"])) == {2010: 3.79, 2015: 3.86}  # “十二五”期间 … 由3.79‰上升至3.86‰
    during = one(values, plan_id="lianyungang-2016-2020", source="text", indicator="natural_growth_rate", year=2020)
    assert (during["period_start"], during["qualifier"]) == (2016, "approx")  # “十三五”期间 … 控制在7‰左右


def test_shares_of_the_total(values):
    rows = values[(values["plan_id"] == "yingkou-2016-2030") & (values["line"] == 53)]
    assert dict(zip(rows["indicator"], rows["value"])) == {
        "pop_resident": 244.3, "pop_urban": 156.77, "urbanization_resident": 64.17, "pop_rural": 87.53, "share_rural": 35.83,
    }


def test_targets_projections_and_qualifiers(values):
    tfr = one(values, plan_id="suining-2030-draft", indicator="tfr")
    assert (tfr["year"], tfr["value"], tfr["qualifier"], tfr["strive"], tfr["kind"]) == (2030, 1.6, "approx", True, "target")
    share = one(values, plan_id="luzhou-2022-2030", indicator="share_65plus", year=2027)
    assert (share["qualifier"], share["value_low"], share["kind"]) == ("gt", 20.0, "projection")
    peak = one(values, plan_id="luzhou-2022-2030", indicator="pop_peak_year")
    assert (peak["value"], peak["qualifier"], peak["kind"]) == (2027.0, "approx", "projection")
    central = one(values, plan_id="suining-2030-draft", indicator="pop_central_urban")
    assert (central["year"], central["qualifier"], central["value_low"]) == (2025, "gt", 100.0)  # 突破100万人
    forecast = one(values, plan_id="lianyungang-2016-2020", source="text", indicator="pop_resident", year=2020)
    assert forecast["kind"] == "projection"  # 预计到2020年末…在470万左右


def test_section_gives_the_year_when_the_sentence_does_not(values):
    srb = one(values, plan_id="luzhou-2022-2030", source="text", indicator="srb", year=2030)
    assert srb["value"] == 107.0 and srb["section"] == "第三节 发展目标"


def test_period_average(values):
    birth = one(values, plan_id="luzhou-2022-2030", indicator="birth_rate")
    assert (birth["year"], birth["period_start"], birth["value"]) == (2020, 2011, 9.81)  # 十年平均出生率


def test_places_inside_a_plan(values):
    districts = values[(values["plan_id"] == "luzhou-2022-2030") & (values["source"] == "text") & (values["line"] == 89) & (values["indicator"] == "pop_resident")]
    # a county-level place of the plan's own prefecture carries the prefecture (佛山市高明区 in the corpus's convention)
    assert dict(zip(districts["entity"], districts["value"])) == {"泸州市泸县": 76.44, "泸州市江阳区": 76.2, "泸州市合江县": 68.9, "泸州市古蔺县": 65.2}


def test_changes_are_never_levels(values, extraction):
    levels = set(zip(values["plan_id"], values["line"], values["value"].astype(float)))
    for row in extraction.changes.itertuples():
        if row.source == "text":
            assert (row.plan_id, row.line, abs(row.value)) not in levels, row
    change = one(extraction.changes, plan_id="yingkou-2016-2030", indicator="urbanization_resident")
    assert (change["from_year"], change["year"], change["value"], change["change_type"]) == (2010, 2015, 5.31, "percent_or_points")


def test_numbers_that_are_not_values(values, extraction):
    stated = set(values["value_text"]) | set(extraction.changes["value_text"])
    # comparisons with the province or the nation, ranks, counts, spans of years: none is a value
    assert not stated & {"1.11岁", "0.55个千分点", "2.55个百分点", "2.05个百分点", "4.15个百分点", "0.72个百分点", "10年左右", "5—10年", "4个", "7位"}
    luzhou = values[(values["plan_id"] == "luzhou-2022-2030")]
    assert not luzhou["line"].between(9, 52).any()  # table of contents (page numbers)
    assert not ((luzhou["line"] == 102) & (luzhou["value"] == 50.0)).any()  # 超过50%的…临界点
    assert not ((luzhou["line"] == 89) & (luzhou["value"] == 50.0)).any()  # 50万以上的区县
    assert not ((values["plan_id"] == "lianyungang-2016-2020") & (values["value"] == 97.73)).any()  # 失业保险参保率: not coded
    ages = values[values["value_text"].str.contains("岁") & (values["indicator"] != "life_expectancy")]
    assert ages.empty  # age bounds (60岁及以上, 0—14岁) are never values


def test_text_table_disagreements_are_logged(extraction):
    found = {f.detail for f in extraction.findings if f.kind == "text_table_disagreement"}
    assert "urbanization_resident 2020: table says 53 (line 136), text says 50.24% (line 89)" in found
    assert "srb 2020: table says 109.2 (line 133), text says 101.70 (line 61)" in found
    assert "srb 2030: table says 106 (line 133), text says 107 (line 124)" in found
    assert not any("chongqing" in f.seed_file for f in extraction.findings if f.kind == "text_table_disagreement")  # 60.9 vs 60.94 is rounding


def test_a_figure_the_tables_repeat_is_compared_with_each_text_statement_once():
    """A page saved twice repeats its table: each text statement is paired with the table's figure
    once (at its first line), so a text repeated n times gives n pairs, not n²."""
    from analysis.demography.rounding import text_table_pairs

    def row(source, line, value, text):
        return {"plan_id": "p", "indicator": "tfr", "year": 2030, "entity": "某市", "source": source, "line": line, "value": value, "value_text": text}

    rows = [row("table", 40, 1.8, "1.8"), row("table", 140, 1.8, "1.8"), row("table", 150, 1.7, "1.7")]
    rows += [row("text", line, 1.6, "1.6左右") for line in (10, 110, 210)]
    pairs = text_table_pairs(pd.DataFrame(rows))
    assert len(pairs) == 6  # 3 text statements × 2 distinct table figures
    assert sorted(set(pairs["line_table"])) == [40, 150]


def test_a_period_average_without_a_period_of_its_own_takes_the_plans():
    from types import SimpleNamespace

    from analysis.extract.meta import PlanMeta
    from analysis.extract.plan import _period_start

    # 「到2020年，全国总人口在14.2亿人左右，年均自然增长率在6‰左右」 in the 2016–2020 family-planning plan
    meta = PlanMeta("p", "中国", "", None, 2020, period_start=2016)
    value = lambda label, year, start=None: SimpleNamespace(label=label, year=year, period_start=start)  # noqa: E731
    assert _period_start(value("年均自然增长率", 2020), meta) == 2016
    assert _period_start(value("人口自然增长率", 2020), meta) is None  # a level of 2020
    assert _period_start(value("年均自然增长率", 2018), meta) is None  # not dated at the period's end: no period to take
    assert _period_start(value("平均出生率", 2020, 2011), meta) == 2011  # the sentence's own period first
    assert _period_start(value("年均自然增长率", 2020), PlanMeta("p", "中国", "", None, None)) is None
