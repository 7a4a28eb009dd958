"""Tables flattened one cell per line (web copies of HTML plan tables), on invented tables.

Each layout is read through the table code path (`analysis/extract/tables/`): the header's column
count splits the lines below it into rows. The plan is dated by its title (2021—2035), so the
2020 column holds baselines and later columns targets.
"""

from __future__ import annotations

from analysis.extract.stage import extract_documents
from analysis.ingest.decode import decode_bytes
from analysis.ingest.document import ingest_text

CITY = "绵阳市人口发展规划（2021—2035年）\n"
COLUMNS = ("indicator", "year", "value_text", "qualifier", "kind", "source", "line")


def extract(text: str):
    document = ingest_text(decode_bytes(text.encode("utf-8"), "plan.txt"), "plan.txt")
    return extract_documents([document])


def found(text: str) -> list[tuple]:
    values = extract(CITY + text).indicators
    return sorted(tuple(row) for row in values[list(COLUMNS)].itertuples(index=False))


def lines(*cells: str) -> str:
    return "".join(f"{c}\n" for c in cells)


def test_header_and_rows_one_cell_per_line_with_column_rules_and_a_trailing_unknown_column():
    # 序号 | 指标名称 | 单位 | 2020年 | 2025年 | 2030年 | 牵头单位, every cell on its own line with its rule
    table = "表1 主要目标\n" + lines(
        "序号 |", "指标名称 |", "单位 |", "2020年 |", "2025年 |", "2030年 |", "牵头单位 |",
        "1 |", "常住人口 |", "万人 |", "300 |", "≥320 |", "340左右 |", "市统计局 |",
        "2 |", "人均预期寿命 |", "岁 |", "77.5 |", "- |", "≥79 |", "市卫健委 |",
        "3 |", "婴儿死亡率 |", "‰ |", "4.2 |", "每年下降2%左右或不高于全省平均水平 |", "持续下降 |", "市卫健委 |",
    ) + "第二章 发展环境\n"
    values = [row for row in found(table) if row[5] == "table"]
    numeric = [row[:5] for row in values if row[3] not in ("qualitative", "missing")]
    assert numeric == sorted([
        ("pop_resident", 2020, "300", "none", "baseline"),
        ("pop_resident", 2025, "≥320", "ge", "target"),
        ("pop_resident", 2030, "340左右", "approx", "target"),
        ("life_expectancy", 2020, "77.5", "none", "baseline"),
        ("life_expectancy", 2030, "≥79", "ge", "target"),
        ("imr", 2020, "4.2", "none", "baseline"),
    ])
    # a dash is a missing cell and a direction a qualitative one, each in its own column
    assert ("life_expectancy", 2025, "-", "missing", "target") in [row[:5] for row in values]
    assert ("imr", 2030, "持续下降", "qualitative", "target") in [row[:5] for row in values]
    # each value on its own line (line 1 is the title, 2 the caption, 3–9 the header, 10 the row's number)
    assert ("pop_resident", 2025, 14) in {(row[0], row[1], row[6]) for row in values}
    # a sentence in a year cell is not read, and the table's problems say so
    findings = extract(CITY + table).findings
    assert any(f.kind == "table_problem" and "每年下降2%左右" in f.detail for f in findings)
    # 市统计局 / 市卫健委 are the unknown column's cells, never a value or a category of the next row
    assert not any("局" in row[2] or "委" in row[2] for row in values)


def test_header_one_cell_per_line_without_sequence_or_unit_rows_end_with_the_attribute():
    table = "主要指标\n" + lines(
        "指标", "2020年", "2025年", "属性",
        "常住人口（万人）", "300", "320", "预期性",
        "城镇化率（%）", "58.2", "65", "预期性",
        "孕产妇死亡率（1/10万）", "12", "≤10", "约束性",
    ) + "第二章 发展环境\n"
    assert [row[:5] for row in found(table) if row[5] == "table"] == sorted([
        ("pop_resident", 2020, "300", "none", "baseline"), ("pop_resident", 2025, "320", "none", "target"),
        ("urbanization_resident", 2020, "58.2", "none", "baseline"), ("urbanization_resident", 2025, "65", "none", "target"),
        ("mmr", 2020, "12", "none", "baseline"), ("mmr", 2025, "≤10", "le", "target"),
    ])


def test_rows_one_cell_per_line_with_units_but_without_sequence_or_attribute():
    # no sequence number and no attribute to mark where a row ends: only the column count tells
    table = "表2 人口发展主要指标\n" + lines(
        "指标名称", "单位", "2020年", "2025年", "2035年",
        "常住人口", "万人", "300", "320", "350",
        "总和生育率", "—", "1.3", "1.5", "1.6",
        "出生人口性别比", "女=100", "112", "≤110", "107",
    ) + "第二章 发展环境\n"
    got = [row[:5] for row in found(table) if row[5] == "table"]
    assert len(got) == 9
    assert ("tfr", 2035, "1.6", "none", "target") in got
    assert ("srb", 2020, "112", "none", "baseline") in got
    assert ("srb", 2025, "≤110", "le", "target") in got
    assert ("pop_resident", 2035, "350", "none", "target") in got


def test_header_on_one_line_over_rows_one_cell_per_line():
    table = "表1 主要指标\n指标 单位 2020年 2025年 属性\n" + lines(
        "常住人口", "万人", "300", "320", "预期性",
        "孕产妇死亡率", "1/10万", "12", "≤10", "约束性",
    ) + "第二章 发展环境\n"
    assert [row[:5] for row in found(table) if row[5] == "table"] == sorted([
        ("mmr", 2020, "12", "none", "baseline"), ("mmr", 2025, "≤10", "le", "target"),
        ("pop_resident", 2020, "300", "none", "baseline"), ("pop_resident", 2025, "320", "none", "target"),
    ])


def test_reading_stops_where_the_rows_stop_and_the_prose_below_is_read_as_prose():
    table = lines(
        "指标", "单位", "2020年", "2025年",
        "常住人口", "万人", "300", "320",
        "城镇化率", "%", "58.2", "65",
        "到2030年，常住人口达到350万人。",
    )
    values = found(table)
    assert [row[:5] for row in values if row[5] == "table"] == sorted([
        ("pop_resident", 2020, "300", "none", "baseline"), ("pop_resident", 2025, "320", "none", "target"),
        ("urbanization_resident", 2020, "58.2", "none", "baseline"), ("urbanization_resident", 2025, "65", "none", "target"),
    ])
    assert ("pop_resident", 2030, "350万人", "none", "target", "text") in [row[:6] for row in values]


def test_prose_written_in_short_lines_is_not_read_as_a_table():
    prose = lines(
        "一、发展目标",
        "到2025年",
        "常住人口",
        "达到320万人",
        "城镇化率",
        "达到65%",
        "指标",
        "逐步完善",
        "2025年",
        "各地要高度重视",
    )
    values = found(prose)
    assert not any(row[5] == "table" for row in values)


def test_a_header_followed_by_a_single_run_of_cells_is_not_a_table():
    # one run of cells is not a repeated column count: too little to call it a table
    text = lines("指标", "单位", "2020年", "2025年", "常住人口", "万人", "300", "320", "各部门要抓好落实", "加强统筹协调")
    assert not any(row[5] == "table" for row in found(text))


def test_a_flattened_header_right_under_the_title_is_no_menu_and_a_surface_water_row_is_read():
    # 主要指标 / 序号 / 指标名称 / 单位: four short unpunctuated lines, which alone would be taken for a
    # navigation menu; two of them are table header cells, so they stay in the body
    table = "主要指标\n" + lines(
        "序号", "指标名称", "单位", "2023年", "2025年",
        "1", "地表水质量达到或好于Ⅲ类水体比例", "%", "93.9", "97.3",
        "2", "人均预期寿命", "岁", "78.09", "≥79.2",
    ) + "第二章 发展环境\n"
    got = [row[:5] for row in found(table) if row[5] == "table"]
    assert ("surface_water_quality_share", 2025, "97.3", "none", "target") in got
