"""Find indicator tables in a plan body and read their cells, by general rules.

A table is found from its **header** (:mod:`analysis.extract.tables.header`); its title is the
short line just above, and a unit line (单位：万人、%) above the header or a unit in the title's
brackets applies to rows without a unit of their own. The header tells the layout
(:mod:`analysis.extract.tables.layouts`) and the orientation:

``indicator-rows``  one indicator per row, years across;
``region-rows``     one place per row (a statistical table by district or county), with years or
                    indicators across; a table without year columns takes its year from its title;
``year-rows``       one year per row, indicators across (年份 常住人口(万人) 城镇化率(%)), turned
                    into indicator rows when read.

The search is one pass over the document: after a table, reading resumes below it, so the time
taken grows linearly with the length of the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.extract import budget
from analysis.extract.tables.header import Header, read_header, split_cells
from analysis.extract.tables.layouts import counted_rows, delimited_rows, line_rows, tab_rows, title_year, year_rows
from analysis.extract.tables.model import Cell, Column, Row, Table
from analysis.ingest.document import PlanDocument, PlanLine

__all__ = ["Cell", "Column", "Row", "Table", "find_tables", "split_cells"]

TITLE = re.compile(r"^(专栏|表|附表)\s*\d+|指标体系|指标$|目标$|指标表$|一览表|预测$|情况$")
UNIT_LINE = re.compile(r"^\s*[(（]?\s*单位\s*[:：]\s*(?P<unit>[^)）\s]+)\s*[)）]?\s*$")
UNIT_IN_TITLE = re.compile(r"[(（]\s*单位\s*[:：]\s*(?P<unit>[^)）]+)[)）]")


def find_tables(document: PlanDocument) -> list[Table]:
    """Every table in the document body, in order."""
    lines = document.lines
    tables: list[Table] = []
    index = 0
    while index < len(lines):
        budget.check()
        if lines[index].role == "body":
            header = read_header(lines, index)
            if header is not None:
                table = _read_table(lines, index, header)
                if table is not None:
                    tables.append(table)
                    index = table.last_index + 1
                    continue
        index += 1
    return tables


def _read_table(lines: Sequence[PlanLine], header_start: int, header: Header) -> Table | None:
    title_index, unit_text = _title(lines, header_start)
    title = re.sub(r"\s+", " ", lines[title_index].text.strip()) if title_index is not None else ""
    columns = list(header.columns)
    if columns[0].role == "yearcol":
        orientation = "year-rows"
        rows, last, problems, columns = year_rows(lines, header.last + 1, header)
    else:
        orientation = "region-rows" if any(c.role == "region" for c in columns) else "indicator-rows"
        if orientation == "region-rows" and any(c.role == "indicator" for c in columns):
            year = title_year(title)
            if year is None:
                return None
            columns = [Column(c.role, c.text, year, c.indicator) if c.role == "indicator" else c for c in columns]
            header = Header(header.layout, header.separator, tuple(columns), header.last, header.positional)
        if header.layout == "tab-cells":
            rows, last, problems = tab_rows(lines, header.last + 1, columns)
        elif header.layout == "line-cells":
            rows, last, problems, columns = line_rows(lines, header.last + 1, columns)
        else:
            rows, last, problems = delimited_rows(lines, header.last + 1, header)
            if not rows and orientation == "indicator-rows":
                # a header written on one line over rows flattened one cell per line
                rows, last, problems, columns = counted_rows(lines, header.last + 1, [c for c in columns if c.role != "empty"])
    if not rows:
        return None
    unit_in_title = UNIT_IN_TITLE.search(title)
    title_at = title_index if title_index is not None else header_start
    return Table(
        title=title,
        title_line=lines[title_at].number,
        layout=header.layout,
        orientation=orientation,
        columns=tuple(columns),
        rows=tuple(rows),
        first_line=lines[header_start].number,
        last_line=lines[last].number,
        unit_text=unit_text or (unit_in_title.group("unit").strip() if unit_in_title else ""),
        problems=tuple(problems),
        title_index=title_at,
        last_index=last,
    )


def _title(lines: Sequence[PlanLine], header_start: int) -> tuple[int | None, str]:
    """The table title (nearest short line above the header) and a 单位: line if present."""
    unit_text = ""
    for cursor in range(header_start - 1, max(-1, header_start - 6), -1):
        text = lines[cursor].text.strip()
        if not text:
            continue
        unit = UNIT_LINE.match(text)
        if unit:
            unit_text = unit.group("unit")
            continue
        if len(text) <= 50 and (TITLE.search(text) or not re.search(r"[。,;；]", text)):
            return cursor, unit_text
        return None, unit_text
    return None, unit_text
