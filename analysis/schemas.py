"""Data contracts: a pandera schema for every tidy table the pipeline writes.

The pipeline validates each table before writing it; the tests validate the committed copies.
Column meanings are in ``data/codebook/columns.csv`` (a test checks both name the same columns).
"""

from __future__ import annotations

import functools

import pandas as pd
import pandera.pandas as pa

from analysis.codebook import load_codebook
from analysis.errors import SchemaError

QUALIFIERS = ("none", "approx", "ge", "le", "gt", "lt", "range", "above", "below", "qualitative", "missing")
KINDS = ("baseline", "target", "projection")
SOURCES = ("table", "text")
BINDINGS = ("", "预期性", "约束性")
CHANGE_TYPES = ("absolute", "percentage_points", "per_mille_points", "percent_or_points", "annual_growth_percent", "annual_percentage_points")
LOWER_BOUND = ("ge", "gt", "above")
UPPER_BOUND = ("le", "lt", "below")


def _text(nullable: bool = False, **kwargs) -> pa.Column:
    return pa.Column(str, nullable=nullable, **kwargs)


def _year(nullable: bool = False) -> pa.Column:
    return pa.Column("Int64", pa.Check.in_range(1949, 2100), nullable=nullable)


def _indicator_codes() -> list[str]:
    return [*load_codebook().indicators, "unmapped"]


@functools.cache
def indicators_schema() -> pa.DataFrameSchema:
    return pa.DataFrameSchema(
        {
            "seed_file": _text(),
            "plan_id": _text(),
            "entity": _text(checks=pa.Check.str_length(min_value=2)),
            "indicator": _text(checks=pa.Check.isin(_indicator_codes())),
            "indicator_raw": _text(checks=pa.Check.str_length(min_value=1)),
            "unit": _text(),
            "unit_raw": _text(),
            "unit_source": _text(checks=pa.Check.isin(["table", "label", "value", "codebook"])),
            "year": _year(),
            "period_start": _year(nullable=True),
            "value": pa.Column("Float64", nullable=True),
            "value_text": _text(checks=pa.Check.str_length(min_value=1)),
            "value_low": pa.Column("Float64", nullable=True),
            "value_high": pa.Column("Float64", nullable=True),
            "qualifier": _text(checks=pa.Check.isin(QUALIFIERS)),
            "strive": pa.Column(bool),
            "kind": _text(checks=pa.Check.isin(KINDS)),
            "source": _text(checks=pa.Check.isin(SOURCES)),
            "section": _text(),
            "category": _text(),
            "binding": _text(checks=pa.Check.isin(BINDINGS)),
            "line": pa.Column("Int64", pa.Check.ge(1)),
            "quote": _text(checks=pa.Check.str_length(min_value=1)),
        },
        checks=[
            pa.Check(lambda f: f["value"].isna() == f["qualifier"].isin(["qualitative", "missing"]), error="value is empty exactly for qualitative and missing cells"),
            pa.Check(lambda f: ~(f["value_low"].notna() & f["value_high"].notna()) | (f["value_low"] <= f["value_high"]).fillna(False), error="value_low <= value_high"),
            pa.Check(lambda f: ~f["qualifier"].isin(LOWER_BOUND) | (f["value_low"] == f["value"]).fillna(False), error="lower-bound qualifiers set value_low"),
            pa.Check(lambda f: ~f["qualifier"].isin(UPPER_BOUND) | (f["value_high"] == f["value"]).fillna(False), error="upper-bound qualifiers set value_high"),
            pa.Check(lambda f: (f["qualifier"] != "range") | (f["value_low"].notna() & f["value_high"].notna()), error="ranges have both bounds"),
            pa.Check(lambda f: f["period_start"].isna() | (f["period_start"] <= f["year"]).fillna(False), error="period_start <= year"),
            pa.Check(lambda f: ~f.duplicated(["plan_id", "indicator", "entity", "year", "source", "line", "value_text"]), error="one row per stated value"),
        ],
        strict=True,
        ordered=True,
    )


@functools.cache
def changes_schema() -> pa.DataFrameSchema:
    return pa.DataFrameSchema(
        {
            "seed_file": _text(),
            "plan_id": _text(),
            "entity": _text(),
            "indicator": _text(checks=pa.Check.isin(_indicator_codes())),
            "indicator_raw": _text(),
            "from_year": _year(nullable=True),
            "year": _year(),
            "value": pa.Column("Float64"),
            "value_text": _text(checks=pa.Check.str_length(min_value=1)),
            "unit": _text(),
            "unit_raw": _text(),
            "change_type": _text(checks=pa.Check.isin(CHANGE_TYPES)),
            "qualifier": _text(checks=pa.Check.isin(QUALIFIERS)),
            "strive": pa.Column(bool),
            "source": _text(checks=pa.Check.isin(SOURCES)),
            "section": _text(),
            "line": pa.Column("Int64", pa.Check.ge(1)),
            "quote": _text(checks=pa.Check.str_length(min_value=1)),
        },
        checks=[pa.Check(lambda f: f["from_year"].isna() | (f["from_year"] < f["year"]).fillna(False), error="from_year < year")],
        strict=True,
        ordered=True,
    )


@functools.cache
def quality_log_schema() -> pa.DataFrameSchema:
    from analysis.quality import KINDS as QUALITY_KINDS, SEVERITIES

    return pa.DataFrameSchema(
        {
            "seed_file": _text(),
            "line": pa.Column("Int64", pa.Check.ge(1), nullable=True),
            "line_end": pa.Column("Int64", pa.Check.ge(1), nullable=True),
            "kind": _text(checks=pa.Check.isin(list(QUALITY_KINDS))),
            "severity": _text(checks=pa.Check.isin(list(SEVERITIES))),
            "detail": _text(checks=pa.Check.str_length(min_value=1)),
        },
        checks=[pa.Check(lambda f: f["line_end"].isna() | (f["line_end"] >= f["line"]).fillna(False), error="line_end >= line")],
        strict=True,
        ordered=True,
    )


@functools.cache
def plans_schema() -> pa.DataFrameSchema:
    from analysis.manifest import COLUMNS as MANIFEST

    columns = {name: _text(nullable=True) for name in MANIFEST}
    columns.update({name: _year(nullable=True) for name in ("period_start", "period_end", "base_year")})
    columns.update(
        {
            "city_identified": _text(),
            "encoding": _text(checks=pa.Check.isin(["utf-8", "gb18030"])),
            "body_lines": _text(),
            "spam_occurrences": pa.Column("Int64", pa.Check.ge(0)),
            "n_tables": pa.Column("Int64", pa.Check.ge(0)),
            "n_values": pa.Column("Int64", pa.Check.ge(0)),
            "n_table_values": pa.Column("Int64", pa.Check.ge(0)),
            "n_text_values": pa.Column("Int64", pa.Check.ge(0)),
            "n_changes": pa.Column("Int64", pa.Check.ge(0)),
            "n_baseline": pa.Column("Int64", pa.Check.ge(0)),
            "n_target": pa.Column("Int64", pa.Check.ge(0)),
            "n_projection": pa.Column("Int64", pa.Check.ge(0)),
            "n_indicators": pa.Column("Int64", pa.Check.ge(0)),
            "latest_baseline_year": _year(nullable=True),
        }
    )
    return pa.DataFrameSchema(
        columns,
        checks=[pa.Check(lambda f: f["n_values"] == f["n_table_values"] + f["n_text_values"], error="values = table + text"),
                pa.Check(lambda f: f["n_values"] == f["n_baseline"] + f["n_target"] + f["n_projection"], error="values = baseline + target + projection")],
        strict=True,
        ordered=True,
        unique=["plan_id"],
    )


def validate(frame: pd.DataFrame, schema: pa.DataFrameSchema, name: str) -> pd.DataFrame:
    """Validate a table, raising :class:`SchemaError` that lists every failure."""
    try:
        return schema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as error:
        cases = error.failure_cases[["column", "check", "failure_case", "index"]].head(20).to_string(index=False)
        raise SchemaError(f"{name} fails its schema:\n{cases}") from None
