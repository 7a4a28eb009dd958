"""The rows of the indicator and change tables: their columns, how a row is built, its kind.

How a value's ``kind`` is decided (:func:`kind_of`):

* a value for a year up to the plan's information cut-off (:attr:`PlanMeta.cutoff`) is a
  **baseline** — a plan cannot set a target for the past, and statistical tables by region are
  baselines whatever their header says;
* a later value is a **projection** when the plan says so (预计, 预测, 将会 …) or when it sits in a
  section about trends (发展态势, 趋势特征);
* any other later value is a **target**.

Without a cut-off (a fragment that states no period, base year or date) the wording decides:
past-tense years (2020年末, 普查, 已) make baselines, 预计/预测 projections, the rest targets.

Every row records where its value is: the physical ``line`` of the file and ``value_start``/
``value_end``, the value's character offsets in that line, so a reader (and the report's source
pages) can find it; ``quote`` is a verbatim piece of the same line, and ``value_text`` is the text at
``value_start:value_end``. A sentence a page broke across physical lines is read as one logical line
(:mod:`analysis.ingest.wrap`); its rows take the physical line where the value's number starts
(:meth:`PlanLine.locate <analysis.ingest.document.PlanLine.locate>`), and a number cut by the break
(``130`` / ``0万人``) is read whole in ``value`` (1300) while ``value_text``, its offsets and ``quote`` are its
piece on that line (``130``): every one of them stays a verbatim piece of one physical line.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from analysis.codebook import Codebook
from analysis.extract.meta import PlanMeta
from analysis.extract.values import Value
from analysis.units import normalise_unit
from analysis.ingest.document import PlanLine

INDICATOR_COLUMNS = (
    "seed_file", "plan_id", "entity", "indicator", "indicator_raw", "unit", "unit_raw", "unit_source",
    "year", "period_start", "value", "value_text", "value_low", "value_high", "qualifier", "strive",
    "kind", "source", "section", "category", "binding", "line", "value_start", "value_end", "quote",
)
CHANGE_COLUMNS = (
    "seed_file", "plan_id", "entity", "indicator", "indicator_raw", "from_year", "year", "value",
    "value_text", "unit", "unit_raw", "change_type", "qualifier", "strive", "source", "section", "line",
    "value_start", "value_end", "quote",
)
UNMAPPED = "unmapped"


def kind_of(year: int | None, meta: PlanMeta, projection: bool, section_kind: str, past: bool = False) -> str:
    """``baseline``, ``projection`` or ``target`` (see the module docstring)."""
    cutoff = meta.cutoff
    if year is not None and cutoff is not None and year <= cutoff:
        return "baseline"
    if cutoff is None and (past or section_kind == "baseline"):
        return "baseline"
    if projection or section_kind == "projection":
        return "projection"
    return "target"


def level_row(
    seed_file: str, meta: PlanMeta, codebook: Codebook, code: str | None, label: str, entity: str,
    unit_raw: str, unit_source: str, year: int | None, period_start: int | None, parsed: Value,
    line: PlanLine, span: tuple[int, int], kind: str, source: str, section: str, category: str,
    binding: str, quote: str, strive: bool, value_text: str | None = None,
) -> dict:
    """One row of the indicator table. ``span`` is the value's span in ``line``'s normalised text
    (``value_text`` overrides the text behind it, for a cell written over several lines)."""
    number, start, end, text = line.locate(*span)  # the physical line of the number (a logical line spans several)
    quote = quote if not line.parts or quote in line.physical(number) else text.strip()  # a quote stays on that line
    return {
        "seed_file": seed_file, "plan_id": meta.plan_id, "entity": entity, "indicator": code or UNMAPPED,
        "indicator_raw": label, "unit": normalise_unit(unit_raw) if unit_raw else (codebook[code].unit if code else ""),
        "unit_raw": unit_raw, "unit_source": unit_source, "year": year, "period_start": period_start,
        "value": parsed.number, "value_text": value_text or text.strip(), "value_low": parsed.low,
        "value_high": parsed.high, "qualifier": parsed.qualifier, "strive": strive, "kind": kind, "source": source,
        "section": section, "category": category, "binding": binding, "line": number,
        "value_start": start, "value_end": end, "quote": quote,
    }


def change_row(
    seed_file: str, meta: PlanMeta, code: str | None, label: str, entity: str, from_year: int | None, year: int | None,
    value: float | None, parsed: Value, line: PlanLine, span: tuple[int, int], change_type: str, strive: bool,
    source: str, section: str, quote: str,
) -> dict:
    """One row of the change table."""
    number, start, end, text = line.locate(*span)
    quote = quote if not line.parts or quote in line.physical(number) else text.strip()
    return {
        "seed_file": seed_file, "plan_id": meta.plan_id, "entity": entity, "indicator": code or UNMAPPED,
        "indicator_raw": label, "from_year": from_year, "year": year, "value": value,
        "value_text": text.strip(), "unit": normalise_unit(parsed.unit_raw), "unit_raw": parsed.unit_raw,
        "change_type": change_type, "qualifier": parsed.qualifier, "strive": strive, "source": source,
        "section": section, "line": number, "value_start": start, "value_end": end, "quote": quote,
    }


def typed_frame(rows: Sequence[dict], columns: Sequence[str]) -> pd.DataFrame:
    """Rows as a frame with the table's column order and nullable integer and float types."""
    frame = pd.DataFrame(list(rows), columns=list(columns))
    for column in ("year", "period_start", "line", "from_year", "value_start", "value_end"):
        if column in frame:
            frame[column] = pd.to_numeric(frame[column]).astype("Int64")
    for column in ("value", "value_low", "value_high"):
        if column in frame:
            frame[column] = pd.to_numeric(frame[column]).astype("Float64")
    if "strive" in frame:
        frame["strive"] = frame["strive"].astype(bool)
    for column in frame.columns:
        if frame[column].dtype == object or len(frame) == 0 and column not in _TYPED:
            frame[column] = frame[column].astype("str")
    return frame


_TYPED = {"year", "period_start", "line", "from_year", "value_start", "value_end", "value", "value_low", "value_high", "strive"}
