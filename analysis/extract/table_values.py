"""Table cells into rows of the indicator and change tables, with units and quality findings.

Each cell of a year column is one value of the row's indicator for that year and the row's
place (the plan's place, or the region a statistical table names), unless the cell's bracketed note
names its own year or place (``78.2(2021年)``, ``35(邵阳市)``: :func:`analysis.extract.values.cell_note`). The unit comes from the
row's unit cell, else the label (``人口自然增长率(‰)``), the value (``78岁``), the table's unit
line (``单位：万人``), or the codebook — and where it came from is recorded. A unit that cannot
be a unit of the indicator (岁 for a population, "%" for a TFR) is reported
(:func:`analysis.extract.fit.unit_misfit`) and the cell kept: the row names the indicator.
"""

from __future__ import annotations

import re

from analysis.codebook import TOTAL, Codebook
from analysis.extract import budget
from analysis.extract.fit import family, implausible, unit_misfit
from analysis.extract.meta import PlanMeta
from analysis.extract.rows import change_row, kind_of, level_row
from analysis.extract.tables import Cell, Row, Table
from analysis.extract.values import UNITS, Value, cell_note, parse_cell
from analysis.ingest.document import PlanDocument
from analysis.quality import Finding

_LABEL_UNIT = re.compile(r"[(（](?P<unit>[^()（）]*)[)）]")
_GARBLED_LABEL = re.compile(r"(优于|劣于|达到)类|<>|\\n")
_LABEL_UNITS = ("%", "‰", "岁", "年", "张", "/10万", "万元", "万人", "人", "亿人", "个", "人/平方公里")


#: Units of a row of no code that count things, not people or rates (个, 家, 所, 座, 处, 项): its cells are no levels
#: (the rows of codes keep theirs: 托位数 in 个 per 1000, beds in 张).
COUNTED_THINGS = frozenset({"个", "家", "所", "座", "处", "项", "支", "条"})


def table_rows(document: PlanDocument, table: Table, meta: PlanMeta, codebook: Codebook) -> tuple[list[dict], list[dict], list[Finding]]:
    """Levels, changes and findings of one table."""
    seed = document.seed_file
    years = [column.year for column in table.year_columns]
    findings = [
        Finding(
            seed,
            table.title_line,
            "table_found",
            f"table '{table.title}': {table.layout}, {table.orientation}, {len(table.rows)} rows × "
            f"{len(years)} year columns ({', '.join(map(str, years))})",
            table.last_line,
        )
    ]
    findings += [Finding(seed, table.title_line, "table_problem", problem) for problem in table.problems]
    binding_default = "预期性" if "预期" in table.title else ""
    levels, changes = [], []
    unit_missing: set[int] = set()  # lines already given a unit_missing finding (a set: one look-up per cell)
    projected = bool(PROJECTION_TITLE.search(table.title))
    for row in table.rows:
        budget.check()
        label, code = _row_indicator(table, row, codebook)
        if code is None and not _per_column(table):
            findings.append(Finding(seed, row.line, "unmapped_label", f"table label '{label}' is not in the indicator codebook"))
        if _GARBLED_LABEL.search(label):
            findings.append(Finding(seed, row.line, "garbled_cell", f"label '{label}' has lost characters (a class numeral before 类)"))
        entity = meta.scope_entity(row.region) if row.region else meta.place
        for column, cell in zip(table.year_columns, row.values):
            if cell is None:
                continue
            if _per_column(table):
                label, code = column.indicator, codebook.match_label(column.indicator)
            parsed = parse_cell(cell.text)
            original = original_text(document, cell)
            if parsed.garbled:
                findings.append(Finding(seed, cell.line, "garbled_cell", f"cell '{original}' for '{label}' {column.year} read as {parsed.qualifier} {parsed.number:g}"))
            if parsed.qualifier == "missing":
                findings.append(Finding(seed, cell.line, "missing_cell", f"'{label}' {column.year}: cell marked '{cell.text}'"))
            unit_raw, unit_source = _table_unit(table, row, label, parsed, codebook[code] if code else None)
            if code is None and unit_raw in COUNTED_THINGS:
                continue  # 省级慢性病综合防控示范区 | 个 | 0: a count of zones, facilities or projects is no level of a population
            if code and parsed.number is not None:
                misfit = unit_misfit(codebook[code], unit_raw)
                if misfit:
                    findings.append(Finding(seed, cell.line, "unit_misfit", f"'{label}' {column.year} = '{original}': {misfit}; kept: the row names the indicator, the unit cell is wrong"))
                odd = implausible(codebook[code], parsed.number, unit_raw, column.year)
                if odd:
                    findings.append(Finding(seed, cell.line, "implausible_value", f"'{label}' {column.year} = '{original}': {odd} (kept)"))
            if unit_source == "codebook" and row.line not in unit_missing:
                unit_missing.add(row.line)
                findings.append(Finding(seed, row.line, "unit_missing", f"'{label}' has no unit in the table; codebook unit '{codebook[code].unit if code else ''}' assumed"))
            _, noted_year, noted_place = cell_note(cell.text)
            year = noted_year if noted_year is not None and (column.year is None or noted_year <= column.year) else column.year
            kind = "baseline" if table.orientation == "region-rows" else kind_of(year, meta, projection=column.projection or projected, section_kind="unknown", past=column.past)
            line = document.lines[cell.index]
            period_start = None
            if code and codebook[code].measure == TOTAL:
                # a total over a period (城镇新增人口 | 650 | 700): the plan's period in its end year's column; another
                # column's period is not stated, and its cell is no level of its year either
                if meta.period_start is None or column.year != meta.period_end or meta.period_start >= column.year:
                    continue
                period_start = meta.period_start
            levels.append(
                level_row(
                    seed, meta, codebook, code, label, meta.scope_entity(noted_place) if noted_place else entity, unit_raw, unit_source, year, period_start, parsed,
                    line, cell.span or (0, len(line.text)), kind, "table", table.title, "/".join(row.category),
                    row.attribute or binding_default, line.quote(0, len(line.text)), strive=False,
                    value_text=original if cell.span is None else None,
                )
            )
        if row.change is not None and len(years) >= 2:
            parsed = parse_cell(row.change.text)
            line = document.lines[row.change.index]
            changes.append(
                change_row(
                    seed, meta, code, label, entity, min(years), max(years), parsed.number, parsed, line,
                    row.change.span or (0, len(line.text)), "absolute", False, "table", table.title, line.quote(0, len(line.text)),
                )
            )
    return levels, changes, findings


#: A table whose title says it holds forecasts: its later values are projections.
PROJECTION_TITLE = re.compile(r"预测|预计|展望|趋势")


def _per_column(table: Table) -> bool:
    """A table by place whose columns name different indicators (常住人口, 出生率 …)."""
    return table.orientation == "region-rows" and len({c.indicator for c in table.year_columns if c.indicator}) > 1


def _row_indicator(table: Table, row: Row, codebook: Codebook) -> tuple[str, str | None]:
    """The row's label as written (a path for two-level rows) and its code."""
    if table.orientation == "region-rows":
        named = next((column.indicator for column in table.year_columns if column.indicator), "")
        label = named or table.title
        if named:
            return label, codebook.match_label(named)
        mentions = codebook.mentions(table.title)
        return label, (mentions[0].code if mentions else None)
    label = "/".join(row.label)
    code = codebook.match_path(list(row.label))
    if codebook.exact(label):
        return label, code
    for joined in (row.prelude + label if row.prelude else "", label + row.trail if row.trail else ""):
        if joined and (codebook.exact(joined) or (code is None and codebook.match_label(joined))):
            return joined, codebook.match_label(joined)  # a label wrapped onto two lines
    return label, code


def _table_unit(table: Table, row: Row, label: str, parsed: Value, indicator=None) -> tuple[str, str]:
    """The unit as written and where it was found: table cell, label, value, the table's unit
    line (the one of several, 单位：万人、‰, whose family fits the indicator), or the codebook."""
    if row.unit is not None and row.unit.text.strip():
        if parse_cell(row.unit.text).qualifier == "missing":
            return "", "table"
        return row.unit.text.strip(), "table"
    for match in _LABEL_UNIT.finditer(label):
        if match.group("unit") in UNITS or match.group("unit") in _LABEL_UNITS:
            return match.group("unit"), "label"
    if parsed.unit_raw:
        return parsed.unit_raw, "value"
    if table.unit_text:
        units = [u.strip() for u in re.split(r"[、,，/;；\s]+", table.unit_text) if u.strip()]
        if len(units) == 1:
            return units[0], "table"
        if indicator is not None:
            fitting = [u for u in units if family(u) and family(u) == family(indicator.unit)]
            if fitting:
                return fitting[0], "table"
    return "", "codebook"


def original_text(document: PlanDocument, cell: Cell) -> str:
    """The verbatim text of a cell (joined with a space when it spans lines)."""
    if cell.span is not None:
        return document.lines[cell.index].original_text(*cell.span).strip()
    return " ".join(_whole(document.lines[index]) for index in cell.indices)


def _whole(line) -> str:
    """The verbatim text behind a whole line of the document (a segment of its physical line)."""
    return line.original_text(0, len(line.text)).strip()
