"""Reading the body of a table, one layout at a time.

``tab-cells``   each cell on its own line, marked by a leading tab; blank lines end rows; a line
                without a tab continues the cell above (seed 000; an HTML table with a ``<td>``
                per line reads the same way);
``line-cells``  each cell on its own line, rows not marked (seeds 001, 002): rows are recovered
                from the sequence-number column when there is one, otherwise from the attribute
                column (预期性/约束性) that ends every row;
``*-rows``      one row per line, cells separated by ``|``, tabs, commas or spaces. Rows with the
                header's number of cells are mapped position by position (a group name only on a
                group's first row leaves its cell empty); other rows are mapped from the right,
                where the years are, so a missing unit or category cell never shifts a value into
                the wrong year, and a unit cell written ``—`` or ``1/10万`` is never read as a
                value. A text-only line between rows is the rest of a wrapped label (or a group
                name); page numbers (— 5 —) inside a table are skipped.
``year-rows``   years down, indicators across; turned into one row per indicator.

Nothing is dropped silently: an unreadable row is reported in the table's problems.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from analysis.extract.tables.header import ATTRIBUTES, YEAR_CELL, Header, cell_line, role, split_cells
from analysis.extract.tables.model import Cell, Column, Row, cell, joined
from analysis.extract.values import UNITS, is_value_cell, parse_cell
from analysis.ingest.document import PlanLine
from analysis.numbering import CHAPTER, CHINESE_ITEM_NUMBER

#: A heading that ends a table: a chapter's or an item's number in Chinese numerals (:mod:`analysis.numbering`; a row may open
#: with a number in digits, 1 常住人口 万人 …, so those do not end it).
HEADING = re.compile(r"^\s*(" + CHAPTER + "|" + CHINESE_ITEM_NUMBER + r")")
SEPARATOR_LINE = re.compile(r"^[\s|:\-—=+]+$")
PAGE_NUMBER = re.compile(r"^\s*[-—－]*\s*\d{1,3}\s*[-—－]*\s*$")
YEAR_VALUE = re.compile(r"^(?P<year>(?:19|20)\d{2})年?$")
_LABEL_END = re.compile(r"(率|比|数|寿命|年限|规模|比例|比重|水平|人口|收入|占比|人数|床位数|\))$")
#: Units a unit cell holds (besides those of :data:`analysis.units.UNITS`).
UNIT_CELLS = frozenset({"女=100", "岁", "年", "%", "‰", "‱", "1/10万", "/10万", "例/10万", "人/平方公里", "人/km2", "人/户", "张", "个", "张/千人", "个/千人", "人/千人", "万人", "人", "亿人", "万元", "元", "以女性为100", "女性=100", "男/100女", "人/10万人", "%/‰"})
WRAP_MAX = 12
#: A cell that states a direction instead of a number (逐步提高, 适度回升): a qualitative value.
QUALITATIVE = re.compile(r"^(?=[\u4e00-\u9fff]{2,8}$)[\u4e00-\u9fff]*(?:提高|提升|上升|回升|下降|降低|减少|增加|增长|稳定|保持|合理|平衡|改善|优化|完善|扩大|缩小|趋于|正常)[\u4e00-\u9fff]*$")


def ends_table(line: PlanLine) -> bool:
    text = line.text.strip()
    return bool(HEADING.match(text)) or (len(text) > 40 and bool(re.search(r"[。；;]", text))) or line.role != "body"


def is_unit(text: str) -> bool:
    return text in UNITS or text in UNIT_CELLS or bool(re.fullmatch(r"[万亿]?[人元张户个]|‰|%", text))


def is_missing(text: str) -> bool:
    return parse_cell(text).qualifier == "missing"


# -- one cell per line ------------------------------------------------------------------------

def tab_rows(lines: Sequence[PlanLine], start: int, columns: Sequence[Column]) -> tuple[list[Row], int, list[str]]:
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
            stripped = text.strip()
            start = text.index(stripped) if stripped else 0
            current.append(cell(stripped, line, (start, start + len(stripped)) if stripped else None))
        elif current and not after_blank and not ends_table(line):
            current[-1] = joined(current[-1], text.strip(), line)
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


def _map_cells(cells: list[Cell], columns: Sequence[Column], previous_label: tuple[str, ...], category: tuple[str, ...]) -> tuple[Row | None, str]:
    """Map an explicit row of cells to columns; extra cells widen the label (two-level rows)."""
    roles = [column.role for column in columns]
    extra = len(cells) - len(columns)
    if extra < 0 or "label" not in roles:
        return None, f"line {cells[0].line}: {len(cells)} cells for {len(columns)} columns"
    label_at = roles.index("label")
    expanded = roles[:label_at] + ["label"] * (1 + extra) + roles[label_at + 1 :]
    by_role: dict[str, list[Cell]] = {}
    for cell_role, item in zip(expanded, cells):
        by_role.setdefault(cell_role, []).append(item)
    label = tuple(
        item.text if item else (previous_label[level] if level < len(previous_label) else "")
        for level, item in enumerate(by_role["label"])
    )
    label = tuple(part for part in label if part)
    new_category = tuple(c.text for c in by_role.get("category", []) if c)
    years = [item for role, item in zip(expanded, cells) if role == "year"]
    attribute = next((c.text for c in by_role.get("attribute", []) if c), "")
    unit = next(iter(by_role.get("unit", [])), None)
    return Row(cells[0].line, new_category or category, label, unit, tuple(years), attribute), ""


def _fragments(lines: Sequence[PlanLine], start: int) -> tuple[list[Cell], int]:
    fragments, last = [], start - 1
    for cursor in range(start, len(lines)):
        line = lines[cursor]
        if not line.text.strip():
            continue
        if ends_table(line):
            break
        text = cell_line(line.text)
        if not text:
            continue
        if text == line.text.strip():
            fragments.append(cell(text, line))
        else:  # a column rule at the edge: the cell's span leaves it out of the quote
            begin = line.text.index(text)
            fragments.append(cell(text, line, (begin, begin + len(text))))
        last = cursor
    return fragments, last


def line_rows(lines: Sequence[PlanLine], start: int, columns: Sequence[Column]) -> tuple[list[Row], int, list[str], list[Column]]:
    """Rows of a table flattened one cell per line, and the header's columns (with any trailing
    header cells that name no known column, such as 牵头单位, found by the rows' count)."""
    fragments, last = _fragments(lines, start)
    roles = [column.role for column in columns]
    n_years = roles.count("year")
    counted = _rows_by_count(fragments, columns)
    if "seq" in roles:
        rows, problems = _rows_by_sequence(fragments, n_years)
    elif "attribute" in roles:
        rows, problems = _rows_by_attribute(fragments, n_years)
    else:
        rows, problems = [], [f"line {lines[start].number if start < len(lines) else '?'}: cannot find row boundaries (no sequence or attribute column)"]
    if counted is not None and len(counted[0]) >= len(rows):
        counted_rows, used, counted_problems, counted_columns = counted
        return counted_rows, fragments[used - 1].index, counted_problems, counted_columns
    return rows, last, problems, list(columns)


def counted_rows(lines: Sequence[PlanLine], start: int, columns: Sequence[Column]) -> tuple[list[Row], int, list[str], list[Column]]:
    """Rows flattened one cell per line below a header written on one line (指标 单位 2020年 2025年):
    read by the header's column count only (:func:`_rows_by_count`); no rows when the count does not fit."""
    fragments, last = _fragments(lines, start)
    counted = _rows_by_count(fragments, columns)
    if counted is None:
        return [], start - 1, [], list(columns)
    rows, used, problems, widened = counted
    return rows, fragments[used - 1].index, problems, widened


#: The longest cell a table flattened one cell per line holds, and the fewest rows that make one.
FLAT_CELL_MAX = 40
#: A cell under a header cell that names no known column (责任单位: a list of a dozen offices) may
#: be longer, still without a sentence stop.
FLAT_OTHER_CELL_MAX = 160
FLAT_ROWS_MIN = 2
#: Header cells after the known ones that name no known column (牵头单位, 责任单位, 数据来源): at most
#: this many, each at most this long.
FLAT_EXTRA_HEADERS = 2
FLAT_EXTRA_HEADER_MAX = 8


def _rows_by_count(fragments: list[Cell], columns: Sequence[Column]) -> tuple[list[Row], int, list[str], list[Column]] | None:
    """A table flattened one cell per line, read by its column count: the lines after the header
    fall into runs of as many cells as the header has columns, each run one row, mapped position
    by position (see :func:`_counted_row`). The header may end with cells that name no known column
    (牵头单位); they are the first lines after it, and the count that reads the most rows decides how
    many there are. Reading stops at the first run that is not a row, so prose after the table is
    left to the prose reader. Returns ``None`` when fewer than :data:`FLAT_ROWS_MIN` rows read.
    """
    if any(column.role not in ("seq", "category", "label", "unit", "year", "attribute", "note", "other", "change", "rank") for column in columns):
        return None
    best: tuple[list[Row], int, list[str], list[Column]] | None = None
    for extra in range(FLAT_EXTRA_HEADERS + 1):
        heads = fragments[:extra]
        if any(len(h.text) > FLAT_EXTRA_HEADER_MAX or is_value_cell(h.text) or role(h.text) is not None or not re.fullmatch(r"[\u4e00-\u9fff()（）/、]+", h.text) for h in heads):
            break
        widened = list(columns) + [Column("other", h.text) for h in heads]
        width = len(widened)
        rows: list[Row] = []
        problems: list[str] = []
        used = extra
        header_texts = [column.text for column in widened]
        while used + width <= len(fragments):
            if _repeated_header(fragments[used : used + width], widened):
                used += width  # the header printed again on the next page of the table (序号 | 指标名称 | … | 2022年 |)
                continue
            row = _counted_row(fragments[used : used + width], widened, len(rows) + 1, problems)
            if row is None:
                if rows and [c.text for c in fragments[used : used + width]] == header_texts:
                    used += width  # the header repeated on the next page (序号 | 指标名称 | … again): the rows go on
                    continue
                break
            rows.append(row)
            used += width
        if len(rows) >= FLAT_ROWS_MIN and (best is None or len(rows) > len(best[0])):
            best = (rows, used, problems, widened)
    return best


def _repeated_header(cells: Sequence[Cell], columns: Sequence[Column]) -> bool:
    """Whether a run of cells is the header again (a table over two pages prints it on each): every cell the text of
    its column, spaces aside."""
    return all(re.sub(r"\s+", "", c.text) == re.sub(r"\s+", "", column.text) for c, column in zip(cells, columns))


def _counted_row(cells: Sequence[Cell], columns: Sequence[Column], number: int, problems: list[str]) -> Row | None:
    """One row of a flattened table, or ``None`` when the cells cannot be one: every cell short and
    without a sentence stop; the sequence cell the row's number; the label text, not a value; the
    unit not a value; the attribute 预期性 or 约束性; at least one year cell a value or a missing
    mark. A year cell that is neither a value nor a direction (每年提升2%左右或不低于全省平均水平) is not
    read, and said so in the problems."""
    if any(len(c.text) > (FLAT_OTHER_CELL_MAX if column.role == "other" else FLAT_CELL_MAX) or re.search(r"[。；;]", c.text) for column, c in zip(columns, cells)):
        return None
    label: Cell | None = None
    unit: Cell | None = None
    attribute = ""
    categories: list[str] = []
    values: list[Cell | None] = []
    readable = 0
    for column, item in zip(columns, cells):
        text = item.text
        if column.role == "seq":
            if text != str(number):
                return None
        elif column.role == "label":
            if is_value_cell(_clean(text)) or not re.search(r"[\u4e00-\u9fffA-Za-z]", text):
                return None
            label = item
        elif column.role == "category":
            if is_value_cell(_clean(text)):
                return None
            categories.append(text)
        elif column.role == "unit":
            if not (is_unit(text) or is_missing(text)) and (is_value_cell(text) or len(text) > 10):
                return None
            unit = item if is_unit(text) or is_missing(text) or not is_value_cell(text) else None
        elif column.role == "attribute":
            if text not in ATTRIBUTES:
                return None
            attribute = text
        elif column.role == "year":
            if is_value_cell(_clean(text)):
                values.append(item)
                readable += 1
            elif QUALITATIVE.search(text):
                values.append(item)
            else:
                values.append(None)
                problems.append(f"line {item.line}: '{text}' under {column.text} is neither a value nor a direction: not read")
    if label is None or not readable:
        return None
    return Row(cells[0].line, tuple(categories), (label.text,), unit, tuple(values), attribute)


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
        unit = head[-1] if head and (is_unit(head[-1].text) or is_missing(head[-1].text)) else None
        label_cells = head[:-1] if unit else head
        rows.append(Row(fragments[begin].line, category, ("".join(c.text for c in label_cells),), unit, tuple(values)))
        if tail:
            category = ("".join(c.text for c in tail if c.text not in ATTRIBUTES),) if any(c.text not in ATTRIBUTES for c in tail) else category
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
        if n_years > 1:
            row = _attribute_row(segment, n_years, category, fragment.text)
            if row is None:
                problems.append(f"line {fragment.line}: row of {len(segment)} cells before its attribute")
            else:
                rows.append(row)
                category = row.category
            segment = []
            continue
        if len(segment) < 2:
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


def _attribute_row(segment: Sequence[Cell], n_years: int, category: tuple[str, ...], attribute: str) -> Row | None:
    """A row of several year columns that ends with its attribute (指标 单位 2020年 2025年 属性 flattened one cell per line):
    its last ``n_years`` cells values or directions, at least one a number; a unit cell before them when there is one (a row
    may lack it); the label before that; any cells before the label its categories. ``None`` when the cells are no such row."""
    values, rest = list(segment[-n_years:]), list(segment[:-n_years])
    if not all(QUALITATIVE.search(c.text) or (is_value_cell(_clean(c.text)) and not BARE_YEAR.fullmatch(c.text)) for c in values):
        return None
    if not any(is_value_cell(_clean(c.text)) and not is_missing(c.text) for c in values):
        return None
    unit = rest[-1] if rest and (is_unit(rest[-1].text) or is_missing(rest[-1].text)) else None
    labels = rest[:-1] if unit else rest
    if not labels or len(labels) > 3 or is_value_cell(_clean(labels[-1].text)) or not re.search(r"[\u4e00-\u9fffA-Za-z]", labels[-1].text):
        return None
    categories = tuple(c.text for c in labels[:-1]) or category
    return Row(labels[-1].line, categories, (labels[-1].text,), unit, tuple(values), attribute)


#: A cell that is only a year (2022年): the header of a year column printed again (a table over two pages), never a value.
BARE_YEAR = re.compile(r"\s*(?:19|20)\d{2}\s*年\s*")


def _value_run(segment: Sequence[Cell], n_years: int) -> int | None:
    """Where the row's values start: the first run of value cells, past a unit cell written as a
    unit or as a missing marker (— in a unit column, followed by the row's values); else the first run of
    value cells and directions (22 / 逐步提高: the base year's number and a target in words) that holds a number."""
    for begin in range(len(segment) - n_years + 1):
        if is_unit(segment[begin].text):
            continue
        if all(is_value_cell(item.text) and not BARE_YEAR.fullmatch(item.text) for item in segment[begin : begin + n_years]):
            while begin + n_years < len(segment) and is_missing(segment[begin].text) and is_value_cell(segment[begin + n_years].text):
                begin += 1
            return begin
    for begin in range(len(segment) - n_years + 1):
        run = segment[begin : begin + n_years]
        if is_unit(segment[begin].text) or not all(QUALITATIVE.search(item.text) or (is_value_cell(item.text) and not BARE_YEAR.fullmatch(item.text)) for item in run):
            continue
        if any(is_value_cell(item.text) and not is_missing(item.text) for item in run):
            return begin
    return None


# -- one row per line -------------------------------------------------------------------------

def delimited_rows(lines: Sequence[PlanLine], start: int, header: Header) -> tuple[list[Row], int, list[str]]:
    """Rows of a table with one row per line (see the module docstring)."""
    columns = list(header.columns)
    rows: list[Row] = []
    problems: list[str] = []
    last = start - 1
    category: tuple[str, ...] = ()
    pending: list[PlanLine] = []
    for cursor in range(start, len(lines)):
        line = lines[cursor]
        text = line.text
        if not text.strip() or SEPARATOR_LINE.match(text):
            continue
        if PAGE_NUMBER.match(text):
            continue
        if line.role != "body" or HEADING.match(text.strip()):
            break
        row = _delimited_row(line, header, columns, category)
        if row is None:
            if (_wrap_candidate(text) or _continuation_row(text, header) or _label_start(text, header)) and len(pending) < 2:
                pending.append(replace(line, text=" ".join(c for c, _, _ in split_cells(text, header.separator) if c)) if header.separator in ("pipe", "tab") else line)
                continue
            break
        if pending:
            parts = [c for p in pending for c, _, _ in split_cells(p.text, header.separator) if c] if header.separator == "space" else [p.text.strip() for p in pending]
            if header.separator == "space" and len(parts) >= 2:
                row = replace(row, category=(parts[0],))  # the group name on the first line of a wrapped row
                parts = parts[1:]
            words = "".join(parts)
            if rows:
                rows[-1] = replace(rows[-1], trail=words)
            row = replace(row, prelude=words)
            pending = []
        rows.append(row)
        category = row.category
        last = cursor
    if pending and rows:
        rows[-1] = replace(rows[-1], trail="".join(p.text.strip() for p in pending))
        last = max(last, pending[-1].index)
    return rows, last, problems


def _label_start(text: str, header: Header) -> bool:
    """A space-aligned line holding a group name and the first part of a wrapped label
    (妇幼健康　　孕产妇系统管理率和3岁以下儿): two text cells, no values."""
    if header.separator != "space":
        return False
    cells = [c for c, _, _ in split_cells(text, header.separator)]
    return len(cells) == 2 and all(_wrap_candidate(c) or len(c) <= 20 and not is_value_cell(c) and not re.search(r"[。,，；;]", c) for c in cells)


def _continuation_row(text: str, header: Header) -> bool:
    """A pipe or tab row holding only the rest of a wrapped label (│教育年限  │   │   │)."""
    if header.separator not in ("pipe", "tab"):
        return False
    cells = [c for c, _, _ in split_cells(text, header.separator) if c]
    return 0 < len(cells) <= 2 and all(_wrap_candidate(c) for c in cells)


def _wrap_candidate(text: str) -> bool:
    """A line that can be part of a wrapped label: short, one cell, no sentence punctuation, not a value."""
    stripped = text.strip()
    return 0 < len(stripped) <= WRAP_MAX + 2 and " " not in stripped and "\t" not in stripped and not re.search(r"[。,，；;:：]", stripped) and not is_value_cell(stripped)


def _delimited_row(line: PlanLine, header: Header, columns: list[Column], category: tuple[str, ...]) -> Row | None:
    raw = split_cells(line.text, header.separator)
    cells = [cell(text, line, (a, b)) for text, a, b in raw]
    if header.positional and len(cells) == len(columns):
        row = _positional_row(line, cells, columns, category)
        if row is not None:
            return row
    return _row_from_right(line, [c for c in cells if c.text], columns, category)


def _positional_row(line: PlanLine, cells: list[Cell], columns: list[Column], category: tuple[str, ...]) -> Row | None:
    by_role: dict[str, list[Cell]] = {}
    values: list[Cell | None] = []
    for column, item in zip(columns, cells):
        if column.holds_values:
            if item.text and not is_value_cell(_clean(item.text)) and not QUALITATIVE.search(item.text):
                return None
            values.append(item if item.text else None)
        else:
            by_role.setdefault(column.role, []).append(item)
    if not any(v is not None and is_value_cell(_clean(v.text)) and re.search(r"\d", v.text) for v in values):
        return None
    label_cells = [c for c in by_role.get("label", []) if c.text]
    region_cells = [c for c in by_role.get("region", []) if c.text]
    if not label_cells and not region_cells:
        return None
    attribute = next((c.text for c in by_role.get("attribute", []) if c.text in ATTRIBUTES), "")
    unit = next((c for c in by_role.get("unit", []) if c.text), None)
    new_category = tuple(c.text for c in by_role.get("category", []) if c.text)
    change = next((c for c in by_role.get("change", []) if c.text), None)
    if region_cells:
        return Row(line.number, new_category or category, (), unit, tuple(values), attribute, region=region_cells[0].text, change=change, row_line=line)
    return Row(line.number, new_category or category, (label_cells[0].text,), unit, tuple(values), attribute, change=change, row_line=line)


def _row_from_right(line: PlanLine, cells: list[Cell], columns: list[Column], category: tuple[str, ...]) -> Row | None:
    roles = [column.role for column in columns if column.role != "empty"]
    attribute = ""
    if "attribute" in roles and cells and cells[-1].text in ATTRIBUTES:
        attribute = cells.pop().text
    if roles and roles[-1] == "note" and len(cells) > 1 and not is_value_cell(_clean(cells[-1].text)):
        cells.pop()
    change = None
    if "change" in roles and roles[-1] == "change" or (roles[-2:] == ["change", "attribute"]):
        if not cells or not is_value_cell(CUMULATIVE.sub(r"\1", cells[-1].text)):
            return None
        change = cells.pop()
    n_values = sum(1 for column in columns if column.holds_values)
    if len(cells) < n_values or not all(is_value_cell(_clean(c.text)) or QUALITATIVE.search(c.text) for c in cells[-n_values:]):
        return None
    if not any(re.search(r"\d", c.text) and is_value_cell(_clean(c.text)) for c in cells[-n_values:]):
        return None
    values = tuple(cells[-n_values:])
    cells = cells[:-n_values]
    if "region" in roles:
        if "rank" in roles and cells and cells[0].text.isdigit():
            cells = cells[1:]
        if len(cells) != 1:
            return None
        return Row(line.number, category, (), None, values, attribute, region=cells[0].text, change=change, row_line=line)
    unit = None
    if "unit" in roles and cells and (is_unit(cells[-1].text) or is_missing(cells[-1].text)):
        unit = cells.pop()
    if "seq" in roles and cells and cells[0].text.isdigit():
        cells = cells[1:]
    if not cells or is_value_cell(cells[-1].text):
        return None
    label = cells.pop().text
    if cells:
        category = (" ".join(c.text for c in cells),)
    return Row(line.number, category, (label,), unit, values, attribute, row_line=line)


def _clean(text: str) -> str:
    """A cell without footnote markers (1.5~1.6*, 80①)."""
    return FOOTNOTE.sub("", text)


#: A change cell in brackets: a cumulative change over the period in a development plan's table ([4.15], 〔5〕).
CUMULATIVE = re.compile(r"^[\[［〔【(（]\s*([^\]］〕】)）]*?)\s*[\]］〕】)）]$")
FOOTNOTE = re.compile(r"[*＊※①②③④⑤⑥⑦⑧⑨⑩▲△☆★]+$")


def year_rows(lines: Sequence[PlanLine], start: int, header: Header) -> tuple[list[Row], int, list[str], list[Column]]:
    """Years down, indicators across: read the rows, then turn them into one row per indicator."""
    indicators = [column.text for column in header.columns[1:]]
    by_year: list[tuple[int, list[Cell]]] = []
    last = start - 1
    for cursor in range(start, len(lines)):
        line = lines[cursor]
        if not line.text.strip() or SEPARATOR_LINE.match(line.text):
            continue
        cells = [cell(text, line, (a, b)) for text, a, b in split_cells(line.text, header.separator) if text]
        year = YEAR_VALUE.match(cells[0].text) if cells else None
        if year is None or len(cells) != len(header.columns) or not all(is_value_cell(_clean(c.text)) for c in cells[1:]):
            break
        by_year.append((int(year.group("year")), cells[1:]))
        last = cursor
    year_columns = [Column("label", "指标")] + [Column("year", str(year), year) for year, _ in by_year]
    rows = [
        Row(by_year[0][1][index].line, (), (label,), None, tuple(cells[index] for _, cells in by_year))
        for index, label in enumerate(indicators)
    ] if by_year else []
    return rows, last, [], year_columns


def title_year(title: str) -> int | None:
    """The year a table's title names (表2 2015年各县(市)人口主要指标)."""
    match = re.search(r"((?:19|20)\d{2})年", title)
    return int(match.group(1)) if match else None


__all__ = ["YEAR_CELL", "counted_rows", "delimited_rows", "line_rows", "tab_rows", "year_rows", "title_year", "is_unit", "ends_table"]
