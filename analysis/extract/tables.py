"""Find indicator tables in a plan body and read their cells, by general rules.

A table is found from its **header**: a run of header cells (领域, 序号, 主要指标, 单位, 属性,
地区, … and at least one year column such as ``2020年``). Its title is the short line just above.
The header also tells the layout:

``tab-cells``   each cell on its own line, marked by a leading tab; blank lines end rows; a line
                without a tab continues the cell above (seed 000);
``line-cells``  each cell on its own line, rows not marked (seeds 001, 002): rows are recovered
                from the sequence-number column when there is one, otherwise from the attribute
                column (预期性/约束性) that ends every row;
``space-rows``  one row per line, cells separated by spaces or tabs (seed 004);
``pipe-rows``   one row per line, cells separated by ``|`` (Markdown-style; separator lines skipped).

and the orientation: ``indicator-rows`` (one indicator per row, years across), ``region-rows``
(one place per row, as in a statistical table; the indicator comes from the title or header), or
``year-rows`` (one year per row, indicators across: ``年份 常住人口(万人) 城镇化率(%)``), which is
turned into indicator rows when read.

Cells are mapped to header columns from the right, where the year columns are, so a missing
unit or category cell does not shift values into the wrong year. Nothing is dropped silently:
an unreadable row is reported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from analysis.extract.values import UNITS, is_value_cell
from analysis.ingest.document import PlanDocument, PlanLine

HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "category": ("领域", "类别", "指标类别", "指标性质", "分类", "类型"),
    "seq": ("序号", "编号"),
    "label": ("主要指标", "指标名称", "指标", "指标名"),
    "unit": ("单位", "计量单位"),
    "attribute": ("属性", "指标属性"),
    "region": ("地区", "区县", "城市", "市(州)", "县(市、区)"),
    "rank": ("排名", "位次"),
    "change": ("提高幅度", "增长/减少", "增减", "变化", "增幅", "增减量"),
}
_ROLE_OF = {word: role for role, words in HEADER_WORDS.items() for word in words}
YEAR_CELL = re.compile(r"^(?P<year>(?:19|20)\d{2})年(?:末|底)?(?P<rest>[^\d]*)$")
YEAR_VALUE = re.compile(r"^(?P<year>(?:19|20)\d{2})年?$")
YEAR_COLUMN_WORDS = ("年份", "年度", "年")
PIPE_SEPARATOR = re.compile(r"^[\s|:\-—]+$")
ATTRIBUTES = ("预期性", "约束性")
TITLE = re.compile(r"^(专栏|表)\s*\d+|指标体系|指标$|目标$|指标表$")
HEADING = re.compile(r"^\s*(第[一二三四五六七八九十百]+[章节篇]|[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))")
UNIT_LINE = re.compile(r"^\s*单位\s*[:：]\s*(?P<unit>\S+)\s*$")
_LABEL_END = re.compile(r"(率|比|数|寿命|年限|规模|比例|比重|水平|人口|收入|占比|人数|床位数|\))$")
_QUALITATIVE = re.compile(r"下降|上升|提高|降低|趋于|合理|正常|平衡|稳定|保持|增长|减少|逐年|逐步|持续")


@dataclass(frozen=True)
class Cell:
    """A table cell: normalised text, the physical line(s) it is written on, the document lines
    (indices) it spans, and (for cells sharing a line) its span in that line's normalised text."""

    text: str
    line: int
    lines: tuple[int, ...]
    span: tuple[int, int] | None = None
    index: int = 0
    indices: tuple[int, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.text.strip())


@dataclass(frozen=True)
class Column:
    role: str  # category, seq, label, unit, attribute, region, rank, change, year
    text: str
    year: int | None = None
    indicator: str = ""  # for year columns that name their indicator (2020年常住人口)
    past: bool = False  # a year column headed as observed (基期值, 现状值, 实际)
    projection: bool = False  # a year column headed as expected (预测值, 预计)


@dataclass(frozen=True)
class Row:
    line: int
    category: tuple[str, ...]
    label: tuple[str, ...]
    unit: Cell | None
    values: tuple[Cell | None, ...]
    attribute: str = ""
    region: str = ""
    change: Cell | None = None
    row_line: PlanLine | None = None  # for space-rows: the whole row line


@dataclass(frozen=True)
class Table:
    title: str
    title_line: int  # physical line numbers, for reports
    layout: str
    orientation: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    first_line: int
    last_line: int
    unit_text: str = ""
    problems: tuple[str, ...] = field(default=())
    title_index: int = 0  # document line indices
    last_index: int = 0

    @property
    def year_columns(self) -> list[Column]:
        return [column for column in self.columns if column.role == "year"]

    @property
    def indices(self) -> range:
        """Document line indices the table covers, title to last row."""
        return range(self.title_index, self.last_index + 1)


def _cell(text: str, line: PlanLine, span: tuple[int, int] | None = None) -> Cell:
    return Cell(text, line.number, (line.number,), span, line.index, (line.index,))


def _joined(cell: Cell, text: str, line: PlanLine) -> Cell:
    """A cell continued on the next line."""
    return Cell(cell.text + text, cell.line, cell.lines + (line.number,), None, cell.index, cell.indices + (line.index,))


def find_tables(document: PlanDocument) -> list[Table]:
    """Every table in the document body, in order (one pass: reading resumes after each table)."""
    lines = document.lines
    tables: list[Table] = []
    index = 0
    while index < len(lines):
        if lines[index].role == "body":
            header = _read_header(lines, index)
            if header is not None:
                table = _read_table(lines, index, *header)
                if table is not None:
                    tables.append(table)
                    index = table.last_index + 1
                    continue
        index += 1
    return tables


# -- header ---------------------------------------------------------------------------------

def _role(text: str) -> Column | None:
    text = text.strip()
    if text in _ROLE_OF:
        return Column(_ROLE_OF[text], text)
    match = YEAR_CELL.match(text)
    if match:
        return Column("year", text, int(match.group("year")), match.group("rest").strip())
    return None


def _read_header(lines: Sequence[PlanLine], index: int) -> tuple[str, list[Column], int] | None:
    """If a header starts at ``index``: (layout, columns, index of the last header line)."""
    text = lines[index].text
    cells = [cell for cell, _, _ in split_cells(text)]
    row_layout = "pipe-rows" if _is_pipe_row(text) else "space-rows"
    if len(cells) >= 3 and not text.startswith("\t") and all(_role(cell) for cell in cells):
        columns = [_role(cell) for cell in cells]
        return (row_layout, columns, index) if _valid_header(columns) else None
    if len(cells) >= 2 and cells[0] in YEAR_COLUMN_WORDS and not any(_role(cell) for cell in cells[1:]):
        columns = [Column("yearcol", cells[0])] + [Column("indicator", cell) for cell in cells[1:]]
        return (row_layout, columns, index)
    if _role(text) is None:
        return None
    if text.startswith("\t"):
        return _tab_header(lines, index)
    return _line_header(lines, index)


def _is_pipe_row(text: str) -> bool:
    return text.count("|") >= 2


def split_cells(text: str) -> list[tuple[str, int, int]]:
    """Cells of a one-row-per-line table: split on ``|`` if the line has pipes, else on whitespace."""
    if _is_pipe_row(text):
        cells = []
        for match in re.finditer(r"[^|]+", text):
            stripped = match.group().strip()
            if stripped:
                start = match.start() + match.group().index(stripped)
                cells.append((stripped, start, start + len(stripped)))
        return cells
    return [(m.group(), m.start(), m.end()) for m in re.finditer(r"\S+", text)]


def _tab_header(lines: Sequence[PlanLine], index: int) -> tuple[str, list[Column], int] | None:
    """Tab-marked header cells, up to the first blank line."""
    columns, last = [], index
    for cursor in range(index, len(lines)):
        text = lines[cursor].text
        if not text.strip():
            break
        column = _role(text) if text.startswith("\t") else None
        if column is None:
            return None
        columns.append(column)
        last = cursor
    return ("tab-cells", columns, last) if _valid_header(columns) else None


def _line_header(lines: Sequence[PlanLine], index: int) -> tuple[str, list[Column], int] | None:
    """One header cell per non-blank line; a cell split over two lines (指标 / 类别) is joined."""
    fragments = [cursor for cursor in range(index, min(len(lines), index + 40)) if lines[cursor].text.strip()]
    columns, last, position = [], index, 0
    while position < len(fragments):
        text = lines[fragments[position]].text.strip()
        joined = _role(text + lines[fragments[position + 1]].text.strip()) if position + 1 < len(fragments) else None
        if joined is not None and joined.role != "year":
            columns.append(joined)
            last = fragments[position + 1]
            position += 2
            continue
        column = _role(text)
        if column is None:
            break
        columns.append(column)
        last = fragments[position]
        position += 1
    return ("line-cells", columns, last) if _valid_header(columns) else None


def _valid_header(columns: Sequence[Column]) -> bool:
    roles = [column.role for column in columns]
    return "year" in roles and any(role in roles for role in ("label", "region", "category")) and len(columns) >= 3


# -- table body -----------------------------------------------------------------------------

def _read_table(lines: Sequence[PlanLine], header_start: int, layout: str, columns: list[Column], header_end: int) -> Table | None:
    title_index, unit_text = _title(lines, header_start)
    if columns[0].role == "yearcol":
        orientation = "year-rows"
        rows, last, problems, columns = _year_rows(lines, header_end + 1, columns)
    else:
        orientation = "region-rows" if any(c.role == "region" for c in columns) else "indicator-rows"
        reader = {"tab-cells": _tab_rows, "line-cells": _line_rows, "space-rows": _space_rows, "pipe-rows": _space_rows}[layout]
        rows, last, problems = reader(lines, header_end + 1, columns)
    if not rows:
        return None
    title = lines[title_index].text.strip() if title_index is not None else ""
    title_at = title_index if title_index is not None else header_start
    return Table(
        title=re.sub(r"\s+", " ", title),
        title_line=lines[title_at].number,
        layout=layout,
        orientation=orientation,
        columns=tuple(columns),
        rows=tuple(rows),
        first_line=lines[header_start].number,
        last_line=lines[last].number,
        unit_text=unit_text,
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
        if len(text) <= 40 and (TITLE.search(text) or not re.search(r"[。,;；]", text)):
            return cursor, unit_text
        return None, unit_text
    return None, unit_text


def _ends_table(line: PlanLine) -> bool:
    text = line.text.strip()
    return bool(HEADING.match(text)) or (len(text) > 40 and bool(re.search(r"[。；;]", text))) or line.role != "body"


def _tab_rows(lines: Sequence[PlanLine], start: int, columns: list[Column]) -> tuple[list[Row], int, list[str]]:
    raw_rows: list[list[Cell]] = []
    current: list[Cell] = []
    last = start - 1
    after_blank = False
    cursor = start
    while cursor < len(lines):
        line = lines[cursor]
        text = line.text
        if not text.strip() and not text.startswith("\t"):
            if current:
                raw_rows.append(current)
                current = []
            after_blank = True
            cursor += 1
            continue
        if text.startswith("\t"):
            current.append(_cell(text.strip(), line))
        elif current and not after_blank and not _ends_table(line):
            previous = current[-1]
            current[-1] = _joined(previous, text.strip(), line)
        else:
            break
        after_blank = False
        last = cursor
        cursor += 1
    if current:
        raw_rows.append(current)
    rows, problems = [], []
    previous_label: tuple[str, ...] = ()
    category: tuple[str, ...] = ()
    for cells in raw_rows:
        row, problem = _map_cells(cells, columns, previous_label, category)
        if problem:
            problems.append(problem)
            continue
        rows.append(row)
        previous_label, category = row.label, row.category
    return rows, last, problems


def _map_cells(cells: list[Cell], columns: list[Column], previous_label: tuple[str, ...], category: tuple[str, ...]) -> tuple[Row | None, str]:
    """Map an explicit row of cells to columns; extra cells widen the label (two-level rows)."""
    roles = [column.role for column in columns]
    extra = len(cells) - len(columns)
    if extra < 0 or "label" not in roles:
        return None, f"line {cells[0].line}: {len(cells)} cells for {len(columns)} columns"
    label_at = roles.index("label")
    by_role: dict[str, list[Cell]] = {}
    position = 0
    for role in roles:
        width = 1 + extra if role == "label" else 1
        by_role.setdefault(role, []).extend(cells[position : position + width])
        position += width
    label_cells = by_role["label"]
    label = tuple(
        cell.text if cell else (previous_label[level] if level < len(previous_label) else "")
        for level, cell in enumerate(label_cells)
    )
    label = tuple(part for part in label if part)
    new_category = tuple(c.text for c in by_role.get("category", []) if c)
    years = [cell for role, cell in zip_roles(roles, cells, label_at, extra) if role == "year"]
    attribute = next((c.text for c in by_role.get("attribute", []) if c), "")
    unit = next(iter(by_role.get("unit", [])), None)
    return Row(cells[0].line, new_category or category, label, unit, tuple(years), attribute), ""


def zip_roles(roles: list[str], cells: list[Cell], label_at: int, extra: int) -> list[tuple[str, Cell]]:
    """Pair each cell with its column role, the label spanning ``1 + extra`` cells."""
    expanded = roles[:label_at] + ["label"] * (1 + extra) + roles[label_at + 1 :]
    return list(zip(expanded, cells))


def _fragments(lines: Sequence[PlanLine], start: int) -> tuple[list[Cell], int]:
    """Non-blank lines from ``start`` until the table ends: one cell fragment each."""
    fragments, last = [], start - 1
    for cursor in range(start, len(lines)):
        line = lines[cursor]
        if not line.text.strip():
            continue
        if _ends_table(line):
            break
        fragments.append(_cell(line.text.strip(), line))
        last = cursor
    return fragments, last


def _line_rows(lines: Sequence[PlanLine], start: int, columns: list[Column]) -> tuple[list[Row], int, list[str]]:
    fragments, last = _fragments(lines, start)
    roles = [column.role for column in columns]
    n_years = roles.count("year")
    if "seq" in roles:
        rows, problems = _rows_by_sequence(fragments, n_years)
        return rows, last, problems
    if "attribute" in roles:
        rows, problems = _rows_by_attribute(fragments, n_years)
        return rows, last, problems
    return [], last, [f"line {start + 1}: cannot find row boundaries (no sequence or attribute column)"]


def _rows_by_sequence(fragments: list[Cell], n_years: int) -> tuple[list[Row], list[str]]:
    """Rows start at the sequence numbers 1, 2, 3 …; categories sit just before them."""
    starts = []
    expected = 1
    for position, fragment in enumerate(fragments):
        if fragment.text == str(expected):
            starts.append(position)
            expected += 1
    rows, problems = [], []
    category: tuple[str, ...] = tuple(f.text for f in fragments[: starts[0]]) if starts else ()
    category = ("".join(category),) if category else ()
    for number, begin in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(fragments)
        segment = fragments[begin + 1 : end]
        value_at = _value_run(segment, n_years)
        if value_at is None:
            problems.append(f"line {fragments[begin].line}: no run of {n_years} values after sequence number {number + 1}")
            continue
        head, values, tail = segment[:value_at], segment[value_at : value_at + n_years], segment[value_at + n_years :]
        unit = head[-1] if head and _is_unit(head[-1].text) else None
        label_cells = head[:-1] if unit else head
        rows.append(Row(fragments[begin].line, category, ("".join(c.text for c in label_cells),), unit, tuple(values)))
        if tail:
            category = ("".join(c.text for c in tail),)
    return rows, problems


def _rows_by_attribute(fragments: list[Cell], n_years: int) -> tuple[list[Row], list[str]]:
    """Each row ends with its attribute (预期性/约束性): categories, label, value(s), attribute."""
    rows, problems = [], []
    segment: list[Cell] = []
    category: tuple[str, ...] = ()
    for fragment in fragments:
        if fragment.text not in ATTRIBUTES:
            segment.append(fragment)
            continue
        if n_years != 1 or len(segment) < 2:
            problems.append(f"line {fragment.line}: row of {len(segment)} cells before its attribute")
            segment = []
            continue
        if is_value_cell(segment[-1].text):
            label_at = len(segment) - 2
            value = segment[-1]
        else:
            label_at = max((i for i, c in enumerate(segment[:-1]) if _LABEL_END.search(c.text)), default=0)
            parts = segment[label_at + 1 :]
            value = Cell(" ".join(c.text for c in parts), parts[0].line, tuple(c.line for c in parts), None, parts[0].index, tuple(c.index for c in parts))
        categories = tuple(c.text for c in segment[:label_at])
        if categories:
            category = categories
        rows.append(Row(segment[label_at].line, category, (segment[label_at].text,), None, (value,), fragment.text))
        segment = []
    if segment:
        problems.append(f"line {segment[0].line}: {len(segment)} cells after the last row")
    return rows, problems


def _value_run(segment: Sequence[Cell], n_years: int) -> int | None:
    for begin in range(len(segment) - n_years + 1):
        if all(is_value_cell(cell.text) for cell in segment[begin : begin + n_years]):
            return begin
    return None


def _is_unit(text: str) -> bool:
    return text in UNITS or text in ("女=100", "岁", "年", "%") or bool(re.fullmatch(r"[万亿]?[人元张户个]|/10万|‰|%", text))


def _space_rows(lines: Sequence[PlanLine], start: int, columns: list[Column]) -> tuple[list[Row], int, list[str]]:
    """One row per line; cells mapped from the right (attribute, change, years, unit)."""
    roles = [column.role for column in columns]
    rows, problems = [], []
    last = start - 1
    category: tuple[str, ...] = ()
    for cursor in range(start, len(lines)):
        line = lines[cursor]
        if not line.text.strip() or PIPE_SEPARATOR.match(line.text):
            continue
        row = _space_row(line, roles, category)
        if row is None:
            break
        rows.append(row)
        category = row.category
        last = cursor
    return rows, last, problems


def _year_rows(lines: Sequence[PlanLine], start: int, columns: list[Column]) -> tuple[list[Row], int, list[str], list[Column]]:
    """Years down, indicators across: read the rows, then turn them into one row per indicator."""
    indicators = [column.text for column in columns[1:]]
    by_year: list[tuple[int, list[Cell]]] = []
    last = start - 1
    for cursor in range(start, len(lines)):
        line = lines[cursor]
        if not line.text.strip() or PIPE_SEPARATOR.match(line.text):
            continue
        cells = [_cell(text, line, (a, b)) for text, a, b in split_cells(line.text)]
        year = YEAR_VALUE.match(cells[0].text) if cells else None
        if year is None or len(cells) != len(columns) or not all(is_value_cell(c.text) for c in cells[1:]):
            break
        by_year.append((int(year.group("year")), cells[1:]))
        last = cursor
    year_columns = [Column("label", "指标")] + [Column("year", str(year), year) for year, _ in by_year]
    rows = [
        Row(by_year[0][1][index].line if by_year else start + 1, (), (label,), None, tuple(cells[index] for _, cells in by_year))
        for index, label in enumerate(indicators)
    ] if by_year else []
    return rows, last, [], year_columns


def _space_row(line: PlanLine, roles: list[str], category: tuple[str, ...]) -> Row | None:
    cells = [_cell(text, line, (start, end)) for text, start, end in split_cells(line.text)]
    attribute = cells.pop().text if "attribute" in roles and cells and cells[-1].text in ATTRIBUTES else ""
    if "attribute" in roles and not attribute:
        return None
    change = None
    if "change" in roles and roles[-1] == "change":
        if not cells or not is_value_cell(cells[-1].text):
            return None
        change = cells.pop()
    n_years = roles.count("year")
    if len(cells) < n_years or not all(is_value_cell(c.text) for c in cells[-n_years:]):
        return None
    values = tuple(cells[-n_years:])
    cells = cells[:-n_years]
    if "region" in roles:
        if "rank" in roles and cells and cells[0].text.isdigit():
            cells = cells[1:]
        if len(cells) != 1:
            return None
        return Row(line.number, category, (), None, values, attribute, region=cells[0].text, change=change, row_line=line)
    unit = None
    if "unit" in roles and cells and _is_unit(cells[-1].text):
        unit = cells.pop()
    if "seq" in roles and cells and cells[0].text.isdigit():
        cells = cells[1:]
    if not cells:
        return None
    label = cells.pop().text
    if cells:
        category = (" ".join(c.text for c in cells),)
    return Row(line.number, category, (label,), unit, values, attribute, row_line=line)
