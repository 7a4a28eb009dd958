"""The parts of a table: cells, columns, rows, and the table itself."""

from __future__ import annotations

from dataclasses import dataclass, field

from analysis.ingest.document import PlanLine


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


def cell(text: str, line: PlanLine, span: tuple[int, int] | None = None) -> Cell:
    return Cell(text, line.number, (line.number,), span, line.index, (line.index,))


def joined(first: Cell, text: str, line: PlanLine) -> Cell:
    """A cell continued on the next line."""
    return Cell(first.text + text, first.line, first.lines + (line.number,), None, first.index, first.indices + (line.index,))


@dataclass(frozen=True)
class Column:
    """A column of the header. Roles: category, seq, label, unit, attribute, region, rank, change,
    note, other; ``year`` (a year column, possibly naming its indicator: 2020年常住人口);
    ``indicator`` (a column naming an indicator, in a table by place or a table of years)."""

    role: str
    text: str
    year: int | None = None
    indicator: str = ""
    past: bool = False  # headed as observed (基期值, 现状值, 实际)
    projection: bool = False  # headed as expected (预测值, 预计)

    @property
    def holds_values(self) -> bool:
        return self.role in ("year", "indicator")


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
    row_line: PlanLine | None = None
    prelude: str = ""  # a text-only line just above the row: the first part of a wrapped label, or a group name
    trail: str = ""  # a text-only line just below the row: the rest of a wrapped label


@dataclass(frozen=True)
class Table:
    title: str
    title_line: int  # physical line numbers, for reports
    layout: str
    orientation: str  # indicator-rows, region-rows, year-rows
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
        """The columns that hold values (years, or indicators in a table by place)."""
        return [column for column in self.columns if column.holds_values]

    @property
    def indices(self) -> range:
        """Document line indices the table covers, title to last row."""
        return range(self.title_index, self.last_index + 1)
