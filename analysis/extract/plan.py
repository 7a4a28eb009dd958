"""Extract one plan: table cells and prose values into tidy rows with units, kinds and provenance.

:func:`extract_plan` is a pure function of an ingested document and its plan metadata. It
returns the indicator levels, the stated changes, a summary of the plan, and quality findings
(garbled cells, unmapped labels, missing units, text–table disagreements).

How a value's ``kind`` is decided:

* a value for a year up to the plan's information cut-off (the later of its base year and the
  year before it was issued) is a **baseline** — a plan cannot set a target for the past, and
  statistical tables by region are baselines whatever their header says;
* a later value is a **projection** when the plan says so (预计, 预测, 将会 …) or when it sits in a
  section about trends (发展态势, 趋势特征);
* any other later value is a **target**.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from analysis.codebook import Codebook
from analysis.extract.crosscheck import text_table_disagreements
from analysis.extract.meta import PlanMeta
from analysis.extract.prose import ProseReader, ProseValue
from analysis.extract.tables import Cell, Row, Table, find_tables
from analysis.extract.values import UNITS, Value, normalise_unit, parse_cell
from analysis.ingest.document import PlanDocument
from analysis.quality import Finding

INDICATOR_COLUMNS = (
    "seed_file", "plan_id", "entity", "indicator", "indicator_raw", "unit", "unit_raw", "unit_source",
    "year", "period_start", "value", "value_text", "value_low", "value_high", "qualifier", "strive",
    "kind", "source", "section", "category", "binding", "line", "quote",
)
CHANGE_COLUMNS = (
    "seed_file", "plan_id", "entity", "indicator", "indicator_raw", "from_year", "year", "value",
    "value_text", "unit", "unit_raw", "change_type", "qualifier", "strive", "source", "section", "line", "quote",
)
UNMAPPED = "unmapped"
_LABEL_UNIT = re.compile(r"\((?P<unit>[^()]*)\)")
_GARBLED_LABEL = re.compile(r"(优于|劣于|达到)类|<>|\\n")


@dataclass(frozen=True)
class PlanExtraction:
    indicators: pd.DataFrame
    changes: pd.DataFrame
    tables: tuple[Table, ...]
    findings: tuple[Finding, ...]


def extract_plan(document: PlanDocument, meta: PlanMeta, codebook: Codebook, places: set[str], tables: Sequence[Table] | None = None) -> PlanExtraction:
    """Every indicator value and stated change of one plan (``tables``: its tables, if already found)."""
    tables = find_tables(document) if tables is None else list(tables)
    table_lines = {index for table in tables for index in table.indices}
    reader = ProseReader(codebook, places, {"baseline": meta.base_year, "target": meta.period_end})
    prose = reader.read(list(document.lines), table_lines)
    findings: list[Finding] = []
    levels, changes = [], []
    for table in tables:
        table_levels, table_changes, table_findings = _table_rows(document, table, meta, codebook)
        levels += table_levels
        changes += table_changes
        findings += table_findings
    for value in prose:
        if value.is_change:
            changes.append(_prose_change(document, value, meta, codebook))
        else:
            levels.append(_prose_level(document, value, meta, codebook))
    return PlanExtraction(typed_frame(levels, INDICATOR_COLUMNS), typed_frame(changes, CHANGE_COLUMNS), tuple(tables), tuple(findings))


def disagreement_findings(indicators: pd.DataFrame) -> list[Finding]:
    """Quality findings for text–table disagreements across all plans (computed once, vectorised)."""
    seeds = dict(zip(indicators["plan_id"], indicators["seed_file"]))
    return [
        Finding(seeds[row.plan_id], int(row.line_text), "text_table_disagreement", row.detail)
        for row in text_table_disagreements(indicators).itertuples()
    ]


# -- tables ---------------------------------------------------------------------------------

def _table_rows(document: PlanDocument, table: Table, meta: PlanMeta, codebook: Codebook) -> tuple[list[dict], list[dict], list[Finding]]:
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
    for row in table.rows:
        label, code = _row_indicator(table, row, codebook)
        if code is None:
            findings.append(Finding(seed, row.line, "unmapped_label", f"table label '{label}' is not in the indicator codebook"))
        if _GARBLED_LABEL.search(label):
            findings.append(Finding(seed, row.line, "garbled_cell", f"label '{label}' has lost characters (a class numeral before 类)"))
        entity = _entity(row, meta)
        for column, cell in zip(table.year_columns, row.values):
            if cell is None:
                continue
            parsed = parse_cell(cell.text)
            if parsed.garbled:
                findings.append(Finding(seed, cell.line, "garbled_cell", f"cell '{_original(document, cell)}' for '{label}' {column.year} read as {parsed.qualifier} {parsed.number:g}"))
            if parsed.qualifier == "missing":
                findings.append(Finding(seed, cell.line, "missing_cell", f"'{label}' {column.year}: cell marked '{cell.text}'"))
            unit_raw, unit_source = _table_unit(table, row, label, parsed)
            if unit_source == "codebook" and not any(f.kind == "unit_missing" and f.line == row.line for f in findings):
                findings.append(Finding(seed, row.line, "unit_missing", f"'{label}' has no unit in the table; codebook unit '{codebook[code].unit if code else ''}' assumed"))
            kind = "baseline" if table.orientation == "region-rows" else _kind(column.year, meta, projection=False, section_kind="unknown")
            levels.append(
                _level_row(
                    document, meta, codebook, code, label, entity, unit_raw, unit_source, column.year, None,
                    parsed, _original(document, cell), kind, "table", table.title, "/".join(row.category),
                    row.attribute or binding_default, cell.line, _table_quote(document, row, cell), strive=False,
                )
            )
        if row.change is not None and len(years) >= 2:
            parsed = parse_cell(row.change.text)
            unit_raw, _ = _table_unit(table, row, label, parsed)
            changes.append(
                {
                    "seed_file": seed, "plan_id": meta.plan_id, "entity": entity, "indicator": code or UNMAPPED,
                    "indicator_raw": label, "from_year": min(years), "year": max(years), "value": parsed.number,
                    "value_text": _original(document, row.change), "unit": normalise_unit(unit_raw), "unit_raw": unit_raw,
                    "change_type": "absolute", "qualifier": parsed.qualifier, "strive": False, "source": "table",
                    "section": table.title, "line": row.line, "quote": _table_quote(document, row, row.change),
                }
            )
    return levels, changes, findings


def _row_indicator(table: Table, row: Row, codebook: Codebook) -> tuple[str, str | None]:
    """The row's label as written (a path for two-level rows) and its code."""
    if table.orientation == "region-rows":
        named = next((column.indicator for column in table.year_columns if column.indicator), "")
        label = named or table.title
        if named:
            return label, codebook.match_label(named)
        mentions = codebook.mentions(table.title)
        return label, (mentions[0].code if mentions else None)
    return "/".join(row.label), codebook.match_path(list(row.label))


def _entity(row: Row, meta: PlanMeta) -> str:
    if not row.region:
        return meta.place
    return meta.scope_entity(row.region)


def _table_unit(table: Table, row: Row, label: str, parsed: Value) -> tuple[str, str]:
    """The unit as written and where it was found: table cell, label, value, or codebook."""
    if row.unit is not None and row.unit.text.strip():
        return row.unit.text.strip(), "table"
    for match in _LABEL_UNIT.finditer(label):
        if match.group("unit") in UNITS or match.group("unit") in ("%", "‰", "岁", "年", "张", "/10万", "万元"):
            return match.group("unit"), "label"
    if parsed.unit_raw:
        return parsed.unit_raw, "value"
    if table.unit_text:
        return table.unit_text, "table"
    return "", "codebook"


def _original(document: PlanDocument, cell: Cell) -> str:
    """The verbatim text of a cell (joined with a space when it spans lines)."""
    if cell.span is not None:
        return document.lines[cell.index].original_text(*cell.span)
    return " ".join(_whole(document.lines[index]) for index in cell.indices)


def _whole(line) -> str:
    """The verbatim text behind a whole line of the document (a segment of its physical line)."""
    return line.original_text(0, len(line.text)).strip()


def _table_quote(document: PlanDocument, row: Row, cell: Cell) -> str:
    line = document.lines[cell.index]
    return line.quote(0, len(line.text))


# -- prose ----------------------------------------------------------------------------------

def _prose_level(document: PlanDocument, value: ProseValue, meta: PlanMeta, codebook: Codebook) -> dict:
    line = value.line
    unit_raw = value.value.unit_raw
    kind = _kind(value.year, meta, value.projection, value.section_kind)
    return _level_row(
        document, meta, codebook, value.code, value.label, meta.scope_entity(value.entity) if value.entity else meta.place, unit_raw,
        "value" if unit_raw else "codebook", value.year, value.period_start, value.value,
        line.original_text(value.value.start, value.value.end), kind, "text", value.section, "", "",
        line.number, line.quote(value.quote_start, value.value.end), value.strive,
    )


def _prose_change(document: PlanDocument, value: ProseValue, meta: PlanMeta, codebook: Codebook) -> dict:
    line = value.line
    number = value.value.number
    return {
        "seed_file": document.seed_file, "plan_id": meta.plan_id, "entity": meta.scope_entity(value.entity) if value.entity else meta.place,
        "indicator": value.code, "indicator_raw": value.label, "from_year": value.from_year, "year": value.year,
        "value": None if number is None else value.sign * number,
        "value_text": line.original_text(value.value.start, value.value.end),
        "unit": normalise_unit(value.value.unit_raw), "unit_raw": value.value.unit_raw,
        "change_type": value.change_type, "qualifier": value.value.qualifier, "strive": value.strive,
        "source": "text", "section": value.section, "line": line.number,
        "quote": line.quote(value.quote_start, value.value.end),
    }


# -- shared -----------------------------------------------------------------------------------

def _kind(year: int | None, meta: PlanMeta, projection: bool, section_kind: str) -> str:
    cutoff = meta.cutoff
    if year is not None and cutoff is not None and year <= cutoff:
        return "baseline"
    if projection or section_kind == "projection":
        return "projection"
    return "target"


def _level_row(
    document: PlanDocument, meta: PlanMeta, codebook: Codebook, code: str | None, label: str, entity: str,
    unit_raw: str, unit_source: str, year: int | None, period_start: int | None, parsed: Value,
    value_text: str, kind: str, source: str, section: str, category: str, binding: str, line: int,
    quote: str, strive: bool,
) -> dict:
    codebook_unit = codebook[code].unit if code else ""
    return {
        "seed_file": document.seed_file, "plan_id": meta.plan_id, "entity": entity, "indicator": code or UNMAPPED,
        "indicator_raw": label, "unit": normalise_unit(unit_raw) if unit_raw else codebook_unit, "unit_raw": unit_raw,
        "unit_source": unit_source, "year": year, "period_start": period_start, "value": parsed.number,
        "value_text": value_text.strip(), "value_low": parsed.low, "value_high": parsed.high,
        "qualifier": parsed.qualifier, "strive": strive, "kind": kind, "source": source, "section": section,
        "category": category, "binding": binding, "line": line, "quote": quote,
    }


def typed_frame(rows: Sequence[dict], columns: Sequence[str]) -> pd.DataFrame:
    """Rows as a frame with the table's column order and nullable integer and float types."""
    frame = pd.DataFrame(list(rows), columns=list(columns))
    for column in ("year", "period_start", "line", "from_year"):
        if column in frame:
            frame[column] = pd.to_numeric(frame[column]).astype("Int64")
    for column in ("value", "value_low", "value_high"):
        if column in frame:
            frame[column] = pd.to_numeric(frame[column]).astype("Float64")
    if "strive" in frame:
        frame["strive"] = frame["strive"].astype(bool)
    return frame
