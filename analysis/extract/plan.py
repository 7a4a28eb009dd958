"""Extract one plan: table cells and prose values into tidy rows with units, kinds and provenance.

:func:`extract_plan` is a pure function of an ingested document and its plan metadata. It
returns the indicator levels, the stated changes, the tables found, and quality findings
(garbled cells, unmapped labels, missing or misfit units, implausible values, rows that fail
their data contract). Nothing in a text raises: a value that fails a check is dropped or kept
with a finding (see :mod:`analysis.extract.fit`), and a row that fails the indicator schema is
dropped with a finding naming the check (:func:`contract_findings`).

How a value's kind is decided is in :mod:`analysis.extract.rows`.
"""

from __future__ import annotations

import re

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd
import pandera.errors

from analysis.codebook import TOTAL, Codebook
from analysis.extract.context import plan_terms
from analysis.extract.crosscheck import text_table_disagreements
from analysis.extract.fit import implausible, unit_misfit
from analysis.extract.meta import PlanMeta, annual_report_year, page_year, single_goal_year
from analysis.extract.prose.words import FORECAST_MARKER
from analysis.extract.prose import ProseReader, ProseValue
from analysis.extract.rows import CHANGE_COLUMNS, INDICATOR_COLUMNS, change_row, kind_of, level_row, typed_frame
from analysis.extract.table_values import table_rows
from analysis.extract.tables import Table, find_tables
from analysis.ingest.document import PlanDocument
from analysis.quality import Finding
from analysis.vocabulary import PERIOD_AVERAGE_WORDS

__all__ = ["CHANGE_COLUMNS", "INDICATOR_COLUMNS", "PlanExtraction", "extract_plan", "typed_frame"]


@dataclass(frozen=True)
class PlanExtraction:
    """One plan's rows (dicts with the columns of :mod:`analysis.extract.rows`; the stage makes
    the typed tables of all plans at once), its tables and its findings."""

    indicators: list[dict]
    changes: list[dict]
    tables: tuple[Table, ...]
    findings: tuple[Finding, ...]


def extract_plan(document: PlanDocument, meta: PlanMeta, codebook: Codebook, places: set[str], tables: Sequence[Table] | None = None) -> PlanExtraction:
    """Every indicator value and stated change of one plan (``tables``: its tables, if already found)."""
    tables = find_tables(document) if tables is None else list(tables)
    table_lines = {index for table in tables for index in table.indices}
    # a year's work report or plan with no period: its goals without a year of their own are that year's (主要预期目标是：…城镇登记失业率控制在4%以内)
    target = meta.period_end if meta.period_end is not None or meta.period_start is not None else annual_report_year(document)
    if target is None:
        target = single_goal_year(document, meta)
    # a level with no year of its own is of the present: the base year, or a later year the text states as observed (a report
    # written during an outline's period, 截至2007年底 in a page of 2008: its headline's 女性平均预期寿命达74.27岁 is 2007's)
    present = meta.observed_year if meta.observed_year is not None and meta.base_year is None and (meta.base is None or meta.observed_year > meta.base) else meta.base
    reader = ProseReader(codebook, places, {"baseline": present, "target": target}, meta.level, page_year(document), meta.place, plan_terms(meta.period_start, meta.period_end),
                         meta.period_start)
    prose = reader.read(list(document.lines), table_lines)
    findings: list[Finding] = list(reader.findings(document.seed_file))
    levels, changes = [], []
    for table in tables:
        table_levels, table_changes, table_findings = table_rows(document, table, meta, codebook)
        levels += table_levels
        changes += table_changes
        findings += table_findings
    for value in prose:
        if value.is_change:
            changes.append(_prose_change(document, value, meta))
        else:
            row, finding = _prose_level(document, value, meta, codebook)
            if row is not None:
                levels.append(row)
            if finding is not None:
                findings.append(finding)
    _headline_restates_body(document, levels)
    return PlanExtraction(levels, changes, tuple(tables), tuple(findings))


def _headline_restates_body(document: PlanDocument, levels: list[dict]) -> None:
    """A headline's hedge (到2030年西藏人均期望寿命有望达到73岁, 或将, 将) does not make a projection of a figure
    the body states as a target (…到2030年…人均期望寿命达到73岁): the headline's row takes the body's kind. A
    forecaster's word in the headline (预计, 预测, 可能会, 将会) keeps it a projection."""
    first = next((line for line in document.lines if line.text.strip() and line.role not in ("chrome", "blank")), None)
    if first is None or FORECAST_MARKER.search(first.text):
        return
    # the headline's span of its physical line: a saved page holds all its paragraphs on one physical line
    start, end = first.offsets[0], first.offsets[-1]

    def in_headline(row: dict) -> bool:
        return row["line"] == first.number and start <= row["value_start"] < end

    stated = {(row["indicator"], row["entity"], row["year"], row["value"]) for row in levels if row["kind"] == "target" and not in_headline(row)}
    for row in levels:
        if in_headline(row) and row["kind"] == "projection" and (row["indicator"], row["entity"], row["year"], row["value"]) in stated:
            row["kind"] = "target"


def contract_findings(frame: pd.DataFrame, schema, name: str) -> tuple[pd.DataFrame, list[Finding]]:
    """The rows that satisfy the table's schema, and a finding for every row that does not (the
    whole table is validated once; only when it fails are the failing rows found and dropped)."""
    try:
        return schema.validate(frame, lazy=True), []
    except pandera.errors.SchemaErrors as errors:
        cases = errors.failure_cases
        rows = sorted({int(index) for index in cases["index"].dropna()})
        if not rows:
            raise
        findings = []
        for index in rows:
            checks = sorted(set(cases.loc[cases["index"] == index, "check"].astype(str)))
            row = frame.loc[index]
            findings.append(Finding(str(row["seed_file"]), int(row["line"]), "invalid_value", f"{name} row '{row['value_text']}' ({row['indicator']}, {row['year']}) fails {', '.join(checks)}; dropped"))
        return schema.validate(frame.drop(index=rows).reset_index(drop=True)), findings


def disagreement_findings(indicators: pd.DataFrame) -> list[Finding]:
    """Quality findings for text–table disagreements across all plans (computed once, vectorised)."""
    seeds = dict(zip(indicators["plan_id"], indicators["seed_file"]))
    return [
        Finding(seeds[row.plan_id], int(row.line_text), "text_table_disagreement", row.detail)
        for row in text_table_disagreements(indicators).itertuples()
    ]


#: A report on the execution of a year's plan (2020年国民经济和社会发展计划执行情况), named in its first lines — not a budget's
#: (预算执行情况: its population figures are no preliminary figures of the plan; brief fy).
EXECUTION_REPORT = re.compile(r"计划执行情况")


def _prose_level(document: PlanDocument, value: ProseValue, meta: PlanMeta, codebook: Codebook) -> tuple[dict | None, Finding | None]:
    line = value.line
    unit_raw = value.value.unit_raw
    indicator = codebook[value.code]
    quote = line.quote(value.quote_start, value.value.end)
    at = line.locate(value.quote_start, value.value.end)[0]  # the physical line of the value and of its quote
    misfit = unit_misfit(indicator, unit_raw)
    if misfit:
        return None, Finding(document.seed_file, at, "unit_misfit", f"'{quote}': {misfit}; not recorded")
    period_start = _period_start(value, meta, indicator.measure == TOTAL)
    if indicator.measure == TOTAL and period_start is None and not (value.summed_to and meta.period_start is None):
        # 2020年新增落户城镇人口3.5万人: a count of one year, or of a period the text does not state, is not a total
        # over a known period, and no level of its year either — unless it is summed up to a goal year (到2020年，实现25万人…
        # 在城镇落户) in a text that states no period at all: a total up to that year, its first year unknown
        return None, Finding(document.seed_file, at, "unassigned_value", f"'{quote}': {indicator.label_en.lower()} stated with no period it is summed over; not recorded")
    finding = None
    if value.value.number is not None:
        odd = implausible(indicator, value.value.number, unit_raw, value.year)
        if odd:
            finding = Finding(document.seed_file, at, "implausible_value", f"'{quote}': {odd} (kept)")
    kind = kind_of(value.year, meta, value.projection, value.section_kind, value.past)
    if kind == "target" and meta.cutoff is not None and value.year == meta.cutoff + 1 and not value.goal and value.section_kind != "target" and value.year not in meta.goal_years:
        # 2021年，全市出生人口为2.86万人: a figure of the year after the cut-off, stated as observed — unless the
        # text names that year as a goal elsewhere (a headline 2030年人均预期寿命达到81岁 over 到2030年…)
        kind = "baseline"
    if (kind == "baseline" and value.forecast and not value.past and value.year is not None and value.year == meta.cutoff
            and meta.issue_year is not None and value.year == meta.issue_year - 1
            and any(EXECUTION_REPORT.search(line.text) for line in document.lines[:12])):
        # 常住人口城镇化率预计达到53% in a report of February 2021 on the 2020 plan (预计全市…；…控制在3.9%以内 in a report of
        # December 2010): a preliminary figure of the year just ended or under way, a projection (brief wr; the gold's convention)
        kind = "projection"
    if kind != "baseline" and value.start_of_change and not value.forecast and (meta.issue_year is None or value.year <= meta.issue_year):
        # 该省城镇人口五年后将由2010年的3186万人增加到4100万人: a plan cannot set (and 将 does not forecast) the level a
        # change starts from; only a forecaster's word (预计由2017年的…) or a year after the page's makes it a projection
        kind = "baseline"
    row = level_row(
        document.seed_file, meta, codebook, value.code, value.label, meta.scope_entity(value.entity) if value.entity else meta.place,
        unit_raw, "value" if unit_raw else "codebook", value.year, period_start, value.value, line,
        (value.value.start, value.value.end), kind, "text", value.section, "", "", quote, value.strive,
    )
    return row, finding


def _period_start(value: ProseValue, meta: PlanMeta, total: bool = False) -> int | None:
    """The first year of the period a level is stated over: the sentence's, else — for a figure
    its label calls a period average (年均自然增长率, :data:`analysis.vocabulary.PERIOD_AVERAGE_WORDS`),
    or a count of an indicator that is a period total (``total``: 到2020年，实现350万左右农业转移人口…在城镇落户),
    dated at the end of the plan's period (到2020年…年均自然增长率在6‰左右 in a 2016–2020 plan) — the
    plan's period; otherwise none (a level of its year)."""
    if value.period_start is not None:
        return value.period_start
    if ((total or any(word in (value.label or "") for word in PERIOD_AVERAGE_WORDS)) and meta.period_start is not None
            and meta.period_end is not None and value.year == meta.period_end and meta.period_start < meta.period_end):
        return meta.period_start
    return None


def _prose_change(document: PlanDocument, value: ProseValue, meta: PlanMeta) -> dict:
    number = value.value.number
    return change_row(
        document.seed_file, meta, value.code, value.label, meta.scope_entity(value.entity) if value.entity else meta.place,
        value.from_year, value.year, None if number is None else value.sign * number, value.value, value.line,
        (value.value.start, value.value.end), value.change_type, value.strive, "text", value.section,
        value.line.quote(value.quote_start, value.value.end),
    )
