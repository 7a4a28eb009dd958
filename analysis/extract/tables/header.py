"""Table headers: which line starts a table, how its cells are separated, what each column holds.

A header is a row of header cells: words for the category, sequence, label, unit, attribute,
region, change and note columns (:data:`HEADER_WORDS`), year columns (``2020年``, ``2025年目标``,
``2020``), and year groups (``基期值``/``目标值``) whose years are on a second header row.

Cells are separated by ``|`` (Markdown, HTML rows, box-drawing tables after normalisation), by
tabs, by commas (a CSV-like table), or by runs of spaces (text aligned with spaces or full-width
spaces). Tab, pipe and comma rows keep their empty cells, so a row can be mapped to its header
position by position.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from analysis.extract.tables.model import Column
from analysis.ingest.document import PlanLine

HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "category": ("领域", "类别", "指标类别", "分类", "类型", "指标类型", "维度", "方面", "板块"),
    "seq": ("序号", "编号", "序"),
    "label": ("主要指标", "指标名称", "指标", "指标名", "项目", "指标项", "具体指标", "名称", "指标内容", "主要指标名称"),
    "unit": ("单位", "计量单位"),
    "attribute": ("属性", "指标属性", "指标性质", "性质"),
    "region": (
        "地区", "区县", "县区", "城市", "市(州)", "市州", "县(市、区)", "县(市)", "区(县)", "县(市区)", "县市区", "区(市、县)",
        "区(市)", "地市", "区域", "行政区", "各县(市、区)", "乡镇", "街道", "乡镇(街道)", "县(区)", "州(市)", "盟(市)",
        "旗(县、市、区)", "县(市、区、旗)", "市", "县", "省份", "省(区、市)",
    ),
    "rank": ("排名", "位次"),
    "change": ("提高幅度", "增长/减少", "增减", "变化", "增幅", "增减量", "变化幅度", "累计增长", "增减变化"),
    "note": ("备注", "说明"),
}
ROLE_OF = {word: role for role, words in HEADER_WORDS.items() for word in words}
#: The change column of a development plan's indicator table (指标 | 2015年 | 2020年 | 年均增长〔累计〕 | 属性):
#: 年均增长, 年均增长(%), 年均增速, 累计, 年均增长(累计), 五年累计.
CHANGE_CELL = re.compile(r"(?:年均(?:增长率?|增速|增幅|提高|增减|变化)|累计(?:增长|增减|提高)?|五年累计)(?:[(〔［][^()〔〕［］]{0,8}[)〕］])*")
#: Year groups over a second header row of years: base (observed), target, projection.
YEAR_GROUPS = {
    "base": ("基期值", "基期", "基准值", "基准年", "基期年", "现状值", "现状", "现状年", "实际值", "实际", "基数"),
    "target": ("目标值", "目标", "规划目标", "预期值", "预期目标", "规划值", "规划期末", "发展目标", "规划目标值"),
    "projection": ("预测值", "预测", "预计", "预计值"),
}
GROUP_OF = {word: group for group, words in YEAR_GROUPS.items() for word in words}
YEAR_CELL = re.compile(r"^(?P<year>(?:19|20)\d{2})(?P<nian>年)?(?:末|底)?(?P<rest>[^\d]*)$")
YEAR_ROW_WORDS = ("年份", "年度", "年", "年 份")
ATTRIBUTES = ("预期性", "约束性")
#: Units a year column's header can carry in brackets: 2020年(万人).
UNIT_WORDS = frozenset({"万人", "人", "亿人", "%", "‰", "岁", "年", "万", "个", "张", "/10万", "1/10万"})
_BRACKETS = re.compile(r"[()（）\[\]【】]")
#: A rule drawn at the edge of a cell written on a line of its own (序号 |, | 2025年): web copies of
#: HTML tables flattened one cell per line keep the column rule.
_EDGE_RULE = re.compile(r"^\s*[|｜]\s*|\s*[|｜]\s*$")


def cell_line(text: str) -> str:
    """The cell a line holds when a table is flattened one cell per line: the text without a column
    rule at either edge (``序号 |`` → ``序号``); a line with a rule inside is not one cell."""
    stripped = _EDGE_RULE.sub("", text.strip())
    return text.strip() if re.search(r"[|｜]", stripped) else stripped


@dataclass(frozen=True)
class Header:
    layout: str  # tab-cells, line-cells, pipe-rows, tab-rows, comma-rows, space-rows
    separator: str  # pipe, tab, comma, space ('' for one cell per line)
    columns: tuple[Column, ...]
    last: int  # index of the last header line
    positional: bool  # rows are mapped to columns position by position (empty cells kept)


#: A cell of a space-aligned row: a run of non-spaces, or single characters joined by single spaces.
SPACED_CELL = re.compile(r"[\u4e00-\u9fff](?: [\u4e00-\u9fff](?= |$))+|\S+")


def separator_of(text: str) -> str:
    if text.count("|") >= 2:
        return "pipe"
    if "\t" in text.strip("\t ") or text.count("\t") >= 2:
        return "tab"
    if text.count(",") >= 1 and "。" not in text and all(len(part.strip()) <= 24 for part in text.split(",")):
        return "comma"
    return "space"


def split_cells(text: str, separator: str) -> list[tuple[str, int, int]]:
    """Cells of a row as (text, start, end); empty cells are kept except with spaces, where a
    word spaced out character by character (指 标 名 称) is one cell."""
    if separator == "space":
        return [(m.group().replace(" ", ""), m.start(), m.end()) for m in SPACED_CELL.finditer(text)]
    mark = {"pipe": "|", "tab": "\t", "comma": ","}[separator]
    cells = []
    position = 0
    for part in text.split(mark):
        stripped = part.strip()
        start = position + (part.index(stripped) if stripped else 0)
        cells.append((stripped, start, start + len(stripped)))
        position += len(part) + 1
    if separator == "pipe":
        cells = [(_undash(c), a, b) for c, a, b in cells]
        if cells and not cells[0][0] and text.lstrip().startswith("|"):
            cells = cells[1:]
        if cells and not cells[-1][0] and text.rstrip().endswith("|"):
            cells = cells[:-1]
    if separator == "tab" and cells and not cells[-1][0]:
        cells = cells[:-1]
    return cells


def _undash(cell: str) -> str:
    """A box-table cell without the rules drawn into it (单位  ------ → 单位)."""
    return re.sub(r"^[-\s]+|[-\s]+$", "", cell) if "-" in cell and not re.search(r"\d-|-\d", cell) else cell


def role(text: str) -> Column | None:
    """The column a header cell stands for, or ``None`` for a cell that is not a header word."""
    text = _BRACKETS.sub(lambda m: "(" if m.group() in "(（[【" else ")", text.strip())
    if " " in text and re.fullmatch(r"[\u4e00-\u9fff ()、]+", text):
        text = text.replace(" ", "")  # 指 标, 领 域: a header word spaced out
    if text in ROLE_OF:
        return Column(ROLE_OF[text], text)
    if CHANGE_CELL.fullmatch(text):
        return Column("change", text)
    if text in GROUP_OF:
        return Column("group", text, past=GROUP_OF[text] == "base", projection=GROUP_OF[text] == "projection")
    match = YEAR_CELL.match(text)
    if match and (match.group("nian") or match.group("rest") == ""):
        rest = match.group("rest").strip("()（） ")
        group = next((g for word, g in GROUP_OF.items() if word in rest), None)
        if rest in UNIT_WORDS:
            rest = ""  # 2020年(万人): the column's unit, not an indicator
        return Column(
            "year", text, int(match.group("year")), "" if group or not rest else rest,
            past=group == "base", projection=group == "projection",
        )
    return None


def read_header(lines: Sequence[PlanLine], index: int) -> Header | None:
    """The header starting at ``index``, if one does."""
    text = lines[index].text
    if not text.strip():
        return None
    if text.startswith("\t") and len([c for c in text.split("\t") if c.strip()]) == 1:
        return _tab_header(lines, index)
    separator = separator_of(text)
    cells = split_cells(text, separator)
    if len([c for c in cells if c[0]]) >= 2:
        header = _row_header(lines, index, separator, [c[0] for c in cells])
        if header is not None:
            return header
    single = cell_line(text)
    if len(single) <= 12 and role(single) is not None:
        return _line_header(lines, index)
    return None


def _row_header(lines: Sequence[PlanLine], index: int, separator: str, cells: list[str]) -> Header | None:
    layout = {"pipe": "pipe-rows", "tab": "tab-rows", "comma": "comma-rows", "space": "space-rows"}[separator]
    positional = separator != "space"
    named = [c for c in cells if c]
    if named[0] in YEAR_ROW_WORDS and len(named) >= 2 and not any(role(c) for c in named[1:]):
        columns = [Column("yearcol", named[0])] + [Column("indicator", c, indicator=c) for c in named[1:]]
        return Header(layout, separator, tuple(columns), index, False)
    roles = [role(c) if c else Column("empty", "") for c in cells]
    known = [r for r in roles if r is not None and r.role != "empty"]
    if any(r.role == "region" for r in known) and not any(r.role == "label" for r in known):
        columns = [r if r is not None else Column("indicator", c, indicator=c) for r, c in zip(roles, cells)]
        if any(c.role in ("indicator", "year") for c in columns):
            return Header(layout, separator, tuple(columns), index, positional)
        return None
    unknown = sum(r is None for r in roles)
    kinds = {r.role for r in known}
    if kinds & {"label", "category"} and not kinds & {"year", "group"} and unknown == 0 and len(known) >= 2:
        return _years_below(lines, index, separator, [r if r is not None else Column("other", c) for r, c in zip(roles, cells)], layout)
    if not kinds & {"label", "category"} or not kinds & {"year", "group"} or unknown > 1 or len(known) < 2:
        return None
    columns = [r if r is not None else Column("other", c) for r, c in zip(roles, cells)]
    last = index
    if "group" in kinds:
        merged = _second_row(lines, index, separator, columns)
        if merged is None:
            return None
        columns, last, positional = merged
    columns = [c for c in columns if c.role != "empty" or positional]
    if not any(c.role == "year" for c in columns):
        return None
    return Header(layout, separator, tuple(columns), last, positional)


def _years_below(lines: Sequence[PlanLine], index: int, separator: str, columns: list[Column], layout: str) -> Header | None:
    """指标 | 单位 over a second header row that holds only the years (a box table's header)."""
    following = next((i for i in range(index + 1, min(len(lines), index + 4)) if lines[i].text.strip() and not re.fullmatch(r"[\s|\-+]+", lines[i].text)), None)
    if following is None:
        return None
    cells = [c for c, _, _ in split_cells(lines[following].text, separator)]
    years = [role(c) if c else Column("empty", "") for c in cells]
    if not any(y is not None and y.role == "year" for y in years) or any(y is None or y.role not in ("year", "empty", "group") for y in years):
        return None
    named = [c for c in columns if c.role != "empty"]
    merged = list(named) + [y for y in years if y.role == "year"]
    return Header(layout, separator, tuple(merged), following, False)


def _second_row(lines: Sequence[PlanLine], index: int, separator: str, columns: list[Column]) -> tuple[list[Column], int, bool] | None:
    """基期值/目标值 over a row of years: the columns with the years put in."""
    following = next((i for i in range(index + 1, min(len(lines), index + 3)) if lines[i].text.strip()), None)
    if following is None:
        return None
    cells = split_cells(lines[following].text, separator)
    years = [role(c) if c else Column("empty", "") for c, _, _ in cells]
    if not any(y is not None and y.role == "year" for y in years) or any(y is None or y.role not in ("year", "empty", "attribute", "note", "unit") for y in years):
        return None
    trailing = [y for y in years if y.role in ("attribute", "note")]
    if trailing and any(c.role == t.role for t in trailing for c in columns):
        trailing = []
    if separator != "space" and len(cells) <= len(columns) and len(cells) >= len(columns) - 1:
        merged, group = [], None
        for position, column in enumerate(columns):
            if column.role == "group":
                group = column
            year = years[position] if position < len(years) else None
            if year is not None and year.role == "year":
                merged.append(Column("year", year.text, year.year, year.indicator, past=bool(group and group.past) or year.past, projection=bool(group and group.projection) or year.projection))
            elif column.role == "group":
                continue
            else:
                merged.append(column)
        return merged, following, True
    found = [y for y in years if y.role == "year"]
    groups = [c for c in columns if c.role == "group"]
    shares = [1] * len(groups)
    if len(found) > len(groups):
        extra = len(found) - len(groups)
        targets = [i for i, g in enumerate(groups) if not g.past] or [len(groups) - 1]
        for k in range(extra):
            shares[targets[k % len(targets)] if len(targets) > 1 else targets[0]] += 1
    elif len(found) < len(groups):
        return None
    merged, cursor, group_index = [], 0, 0
    for column in columns:
        if column.role != "group":
            if column.role != "empty":
                merged.append(column)
            continue
        for _ in range(shares[group_index]):
            year = found[cursor]
            merged.append(Column("year", year.text, year.year, "", past=column.past, projection=column.projection))
            cursor += 1
        group_index += 1
    return merged + trailing, following, False


def _tab_header(lines: Sequence[PlanLine], index: int) -> Header | None:
    """Tab-marked header cells, one per line, up to the first blank line."""
    columns, last = [], index
    for cursor in range(index, len(lines)):
        text = lines[cursor].text
        if not text.strip():
            break
        column = role(text) if text.startswith("\t") else None
        if column is None:
            return None
        columns.append(column)
        last = cursor
    return Header("tab-cells", "", tuple(columns), last, False) if valid(columns) else None


def _line_header(lines: Sequence[PlanLine], index: int) -> Header | None:
    """One header cell per non-blank line; a cell split over two lines (指标 / 类别) is joined."""
    fragments = [cursor for cursor in range(index, min(len(lines), index + 40)) if lines[cursor].text.strip()]
    columns, last, position = [], index, 0
    while position < len(fragments):
        text = cell_line(lines[fragments[position]].text)
        pair = role(text + cell_line(lines[fragments[position + 1]].text)) if position + 1 < len(fragments) else None
        if pair is not None and pair.role != "year":
            columns.append(pair)
            last = fragments[position + 1]
            position += 2
            continue
        column = role(text)
        if column is None:
            break
        columns.append(column)
        last = fragments[position]
        position += 1
    return Header("line-cells", "", tuple(columns), last, False) if valid(columns) else None


def valid(columns: Sequence[Column]) -> bool:
    roles = [column.role for column in columns]
    return "year" in roles and any(role in roles for role in ("label", "region", "category")) and len(columns) >= 3
