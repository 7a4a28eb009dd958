"""Data contracts: a pandera schema for every tidy table the pipeline writes.

Floor: contracts. It imports the vocabularies (:mod:`analysis.vocabulary`, the codebook, the
manifest's and quality log's columns) and no stage: every class word and status it checks is
defined in :mod:`analysis.vocabulary`, which the stages import too.

The pipeline validates each table before writing it; the tests validate the committed copies.
Column meanings are in ``data/codebook/columns.csv`` (a test checks both name the same columns).
"""

from __future__ import annotations

import functools

import numpy as np
import pandas as pd
import pandera.pandas as pa
from pandera.engines import pandas_engine

from analysis.codebook import BETTER, COLUMNS, DOMAINS, MEASURES, load_codebook
from analysis import vocabulary as vocab
from analysis.errors import SchemaError
from analysis.units import COMPATIBLE, UNITS

QUALIFIERS = ("none", "approx", "ge", "le", "gt", "lt", "range", "above", "below", "qualitative", "missing")
KINDS = ("baseline", "target", "projection")
SOURCES = ("table", "text")
BINDINGS = ("", "预期性", "约束性")
CHANGE_TYPES = ("absolute", "percentage_points", "per_mille_points", "percent_or_points", "annual_growth_percent", "annual_percentage_points")
LOWER_BOUND = ("ge", "gt", "above")
UPPER_BOUND = ("le", "lt", "below")


class _Text(pandas_engine.STRING):
    """pandera's type of a ``str`` column (pandas' string dtype), its dtype check answered once per column.

    pandera 0.35 answers a column that already has the string dtype with one ``True`` per row, and then
    builds and prints a table of the rows that failed (none) for every text column of every validation:
    most of the time of validating the few rows of one small text. The answer is the same (a column
    of the string dtype passes, any other is checked row by row as before), without that work."""

    def check(self, pandera_dtype, data_container=None):
        try:
            if pandas_engine.Engine.dtype(pandera_dtype).type == self.type:
                return True
        except TypeError:
            pass
        return super().check(pandera_dtype, data_container)


class DataFrameSchema(pa.DataFrameSchema):
    """pandera's ``DataFrameSchema`` (and of its name: pandera writes the class name into the failure cases'
    ``schema_context``, which :func:`analysis.corpus.read_corpus_manifest` sorts by) that first tries to show a table passes (:func:`_passes`) and, when it
    does, hands back the copy pandera would; when it cannot show it, pandera validates as before and its
    errors are raised as before.

    pandera runs every check through machinery that copies each column and builds tables of the rows
    that failed (none, most of the time): validating the few rows of one small text's extraction took
    more than half of its time. The rows that pass and fail are the same: :func:`_passes` calls
    pandera's own dtype and check functions, and says yes only for the schema options this module uses
    (anything else goes to pandera)."""

    @classmethod
    def get_backend(cls, check_obj=None, check_type=None):
        return pa.DataFrameSchema.get_backend(check_obj, check_type)  # pandera's backends are registered by class

    def validate(self, check_obj, head=None, tail=None, sample=None, random_state=None, lazy=False, inplace=False):
        if head is None and tail is None and sample is None and not inplace and _passes_or_unknown(self, check_obj):
            return check_obj.copy()
        return super().validate(check_obj, head=head, tail=tail, sample=sample, random_state=random_state, lazy=lazy, inplace=inplace)


def _passes_or_unknown(schema: pa.DataFrameSchema, frame) -> bool:
    """:func:`_passes`, False (pandera validates) when pandera's internals it calls are not there: ``pandera>=0.35`` lets a
    later pandera in, whose checks may keep their functions elsewhere."""
    try:
        return _passes(schema, frame)
    except (AttributeError, TypeError, ImportError):
        return False


def _passes(schema: pa.DataFrameSchema, frame) -> bool:
    """Whether pandera would accept ``frame`` under ``schema`` (False also when it cannot tell)."""
    from pandera.config import get_config_context

    if type(frame) is not pd.DataFrame or not get_config_context().validation_enabled:
        return False
    if schema.coerce or schema.parsers or schema.index is not None or schema.dtype is not None or schema.add_missing_columns \
            or schema.drop_invalid_rows or schema.strict not in (True, False):
        return False
    # the same columns in the same order: pandera's presence, strict and ordered checks all pass
    if list(frame.columns) != list(schema.columns) or not frame.columns.is_unique:
        return False
    pa.DataFrameSchema.register_default_backends(pd.DataFrame)  # pandera's check functions for pandas objects
    for (name, column), series in zip(schema.columns.items(), (series for _, series in frame.items())):
        if column.regex or column.coerce or column.parsers or column.default is not None or column.drop_invalid_rows or column.name != name:
            return False
        if column.dtype is not None and column.dtype.check(pandas_engine.Engine.dtype(series.dtype), series) is not True:
            return False
        nulls = series.hasnans
        if nulls and not column.nullable or column.unique and not series.is_unique:
            return False
        for check in column.checks:
            if not _check_passes(check, series.dropna() if nulls and check.ignore_na else series):
                return False
    if not all(_check_passes(check, frame) for check in schema.checks):
        return False
    if schema.unique:
        groups = [schema.unique] if all(isinstance(name, str) for name in schema.unique) else schema.unique
        for group in groups:
            subset = [name for name in group if name in frame]
            if subset and frame.duplicated(subset=subset).any():
                return False
    return True


def _check_passes(check: pa.Check, data) -> bool:
    """Whether a pandera check passes on ``data`` (a column without its nulls, or the table), by pandera's own
    check function; False when the check's output is not a plain answer without nulls."""
    if check.groupby is not None or check.element_wise or check.raise_warning:
        return False
    function = check._check_fn
    name = getattr(function, "__name__", None)
    if name is not None and check.is_builtin_check(name):  # as pandera's Check.__call__ does
        function = check.get_builtin_check_fn(name)
    try:
        output = function(data, **check._check_kwargs)
    except Exception:  # pandera reports it as a failed check
        return False
    if isinstance(output, (bool, np.bool_)):
        return bool(output)
    if not isinstance(output, pd.Series) or not output.index.equals(data.index) or str(output.dtype) not in ("bool", "boolean"):
        return False
    return not output.hasnans and bool(output.all())


def _text(nullable: bool = False, **kwargs) -> pa.Column:
    return pa.Column(_Text(), nullable=nullable, **kwargs)


def _year(nullable: bool = False) -> pa.Column:
    return pa.Column("Int64", pa.Check.in_range(1949, 2100), nullable=nullable)


def _indicator_codes() -> list[str]:
    return [*load_codebook().indicators, "unmapped"]


@functools.cache
def indicators_schema() -> pa.DataFrameSchema:
    return DataFrameSchema(
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
            "value_start": pa.Column("Int64", pa.Check.ge(0)),
            "value_end": pa.Column("Int64", pa.Check.ge(1)),
            "quote": _text(checks=pa.Check.str_length(min_value=1)),
        },
        checks=[
            pa.Check(lambda f: f["value"].isna() == f["qualifier"].isin(["qualitative", "missing"]), error="value is empty exactly for qualitative and missing cells"),
            pa.Check(lambda f: (f["value_start"] < f["value_end"]).fillna(False), error="value_start < value_end"),
            pa.Check(lambda f: ~(f["value_low"].notna() & f["value_high"].notna()) | (f["value_low"] <= f["value_high"]).fillna(False), error="value_low <= value_high"),
            pa.Check(lambda f: ~f["qualifier"].isin(LOWER_BOUND) | (f["value_low"] == f["value"]).fillna(False), error="lower-bound qualifiers set value_low"),
            pa.Check(lambda f: ~f["qualifier"].isin(UPPER_BOUND) | (f["value_high"] == f["value"]).fillna(False), error="upper-bound qualifiers set value_high"),
            pa.Check(lambda f: (f["qualifier"] != "range") | (f["value_low"].notna() & f["value_high"].notna()), error="ranges have both bounds"),
            pa.Check(lambda f: f["period_start"].isna() | (f["period_start"] <= f["year"]).fillna(False), error="period_start <= year"),
            pa.Check(lambda f: ~f.duplicated(["plan_id", "indicator", "entity", "year", "source", "line", "value_start"], keep="first"), error="one row per stated value"),
        ],
        strict=True,
        ordered=True,
    )


@functools.cache
def changes_schema() -> pa.DataFrameSchema:
    return DataFrameSchema(
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
            "value_start": pa.Column("Int64", pa.Check.ge(0)),
            "value_end": pa.Column("Int64", pa.Check.ge(1)),
            "quote": _text(checks=pa.Check.str_length(min_value=1)),
        },
        checks=[pa.Check(lambda f: f["from_year"].isna() | (f["from_year"] < f["year"]).fillna(False), error="from_year < year")],
        strict=True,
        ordered=True,
    )


@functools.cache
def quality_log_schema() -> pa.DataFrameSchema:
    from analysis.quality import KINDS as QUALITY_KINDS, SEVERITIES

    return DataFrameSchema(
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
            "place_identified": _text(),
            "place_code": _text(checks=pa.Check.str_matches(r"^(\d{6})?$")),
            "cutoff_year": _year(nullable=True),
            "cutoff_source": _text(),
            "encoding": _text(checks=pa.Check.isin(["utf-8", "gb18030", "utf-16", "big5"])),
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
    return DataFrameSchema(
        columns,
        checks=[pa.Check(lambda f: f["n_values"] == f["n_table_values"] + f["n_text_values"], error="values = table + text"),
                pa.Check(lambda f: f["n_values"] == f["n_baseline"] + f["n_target"] + f["n_projection"], error="values = baseline + target + projection")],
        strict=True,
        ordered=True,
        unique=["plan_id"],
    )


def _number(nullable: bool = True, **kwargs) -> pa.Column:
    return pa.Column("Float64", nullable=nullable, **kwargs)


def _flag() -> pa.Column:
    return pa.Column(bool)


@functools.cache
def reference_schema() -> pa.DataFrameSchema:
    return DataFrameSchema(
        {
            "entity": _text(checks=pa.Check.str_length(min_value=2)),
            "indicator": _text(checks=pa.Check.isin(["", *load_codebook().indicators])),
            "indicator_zh": _text(),
            "role": _text(checks=pa.Check.isin(["statistic", "plan_target", "plan_projection", "plan_baseline"])),
            "document": _text(),
            "statistic": _text(checks=pa.Check.isin(["", "census", "sample_survey", "year_end_estimate", "annual"])),
            "year": _year(),
            "value": _number(nullable=False),
            "qualifier": _text(checks=pa.Check.isin(QUALIFIERS)),
            "unit": _text(),
            "value_published": _text(),
            "unit_published": _text(),
            "source_title": _text(checks=pa.Check.str_length(min_value=1)),
            "source_url": _text(),
            "quote": _text(checks=pa.Check.str_length(min_value=1)),
            "confidence": _text(checks=pa.Check.isin(["high", "medium", "derived"])),
            "derivation": _text(),
            "source_file": _text(checks=pa.Check.isin(["reference_statistics.csv", "collected_statistics.csv", "derived_statistics.csv"])),
            "source_row": pa.Column("Int64", pa.Check.ge(1)),
            "vintage": _text(checks=pa.Check.isin(["", "census_communique", "first_published", "revised_after_2020_census"])),
            "correction": _text(),
        },
        checks=[
            pa.Check(lambda f: (f["role"] == "statistic") == (f["statistic"] != ""), error="statistics have a vintage, plan figures none"),
            pa.Check(lambda f: (f["confidence"] == "derived") == (f["derivation"] != ""), error="derived rows say how"),
            pa.Check(lambda f: (f["role"] == "statistic") == (f["vintage"] != ""), error="statistics have a vintage"),
        ],
        strict=True,
        ordered=True,
        unique=["source_file", "source_row"],
    )


@functools.cache
def boundary_changes_schema() -> pa.DataFrameSchema:
    return DataFrameSchema(
        {
            "code": _text(checks=pa.Check.str_matches(r"^\d{6}$")),
            "prefecture": _text(checks=pa.Check.str_length(min_value=2)),
            "province": _text(checks=pa.Check.str_length(min_value=2)),
            "census_year": pa.Column("int64", pa.Check.isin([2010, 2020])),
            "county_table_count": pa.Column("int64", pa.Check.gt(0)),
            "city_panel_count": pa.Column("int64", pa.Check.gt(0)),
            "relative_difference": _number(nullable=False),
            "threshold": _number(nullable=False, checks=pa.Check.in_range(0, 1)),
            "source_id": _text(checks=pa.Check.isin(list(vocab.SOURCE_IDS))),
            "locator": _text(checks=pa.Check.str_length(min_value=5)),
        },
        checks=[
            pa.Check(lambda f: (f["relative_difference"] - (f["county_table_count"] / f["city_panel_count"] - 1)).abs() < 1e-6,
                     error="the relative difference is the county table's count over the city panel's, minus one"),
            pa.Check(lambda f: f["relative_difference"].abs() > f["threshold"], error="every listed change exceeds the threshold"),
        ],
        strict=True,
        ordered=True,
        unique=["code", "census_year"],
    )


@functools.cache
def observations_schema() -> pa.DataFrameSchema:
    return DataFrameSchema(
        {
            "entity_code": _text(checks=pa.Check.str_matches(r"^\d{6}$")),
            "entity_name": _text(checks=pa.Check.str_length(min_value=2)),
            "entity_level": _text(checks=pa.Check.isin(list(vocab.LEVELS))),
            "indicator": _text(checks=pa.Check.isin(list(load_codebook().indicators))),
            "year": _year(),
            "reference_date": _text(checks=pa.Check.str_matches(r"^\d{4}(-\d{2}-\d{2})?$")),
            "value": _number(nullable=False),
            "unit": _text(checks=pa.Check.str_length(min_value=1)),
            "basis": _text(checks=pa.Check.isin(list(vocab.BASES))),
            "population_base": _text(checks=pa.Check.str_length(min_value=3)),
            "vintage": _text(checks=pa.Check.isin(list(vocab.VINTAGES))),
            "source_id": _text(checks=pa.Check.isin(list(vocab.SOURCE_IDS))),
            "locator": _text(checks=pa.Check.str_length(min_value=5)),
            "quote": _text(),
            "derived_from": _text(),
            "note": _text(),
        },
        checks=[
            pa.Check(lambda f: f["reference_date"].str[:4] == f["year"].astype(str), error="the reference date is in the observation's year"),
            pa.Check(lambda f: (f["basis"] == "model_estimate") == f["vintage"].isin(["wpp_2022", "wdi_2026"]), error="model estimates, and only they, carry a model vintage"),
            pa.Check(lambda f: f["unit"] == f["indicator"].map(lambda code: load_codebook()[code].unit), error="values are in the codebook unit"),
        ],
        strict=True,
        ordered=True,
        unique=["entity_code", "indicator", "year", "reference_date", "vintage", "source_id", "locator"],
    )


TREND_MODELS = ("linear", "loglinear", "logistic", "shortfall", "ets")


@functools.cache
def trends_schema() -> pa.DataFrameSchema:
    return DataFrameSchema(
        {
            "plan_id": _text(), "indicator": _text(), "entity": _text(),
            "data": _text(checks=pa.Check.isin(["plan", "plan+reference", "census"])),
            "model": _text(checks=pa.Check.isin(list(TREND_MODELS))),
            "window": _text(checks=pa.Check.isin(["full", "since_2010", "intercensal"])),
            "points": _text(), "n_points": pa.Column("Int64", pa.Check.ge(0)),
            "first_year": _year(nullable=True), "last_year": _year(nullable=True), "mixed_vintage": _flag(),
            "status": _text(checks=pa.Check.isin(["fitted", "not fitted"])), "reason": _text(),
            "slope": _number(), "df_resid": _number(), "target_year": _year(), "projection": _number(), "se_obs": _number(),
            "preferred": _flag(),
            "pi80_low": _number(), "pi80_high": _number(), "pi95_low": _number(), "pi95_high": _number(),
        },
        checks=[
            pa.Check(lambda f: (f["status"] == "fitted") | (f["reason"] != ""), error="a model not fitted says why"),
            pa.Check(lambda f: f["pi80_low"].isna() | ((f["pi95_low"] <= f["pi80_low"]) & (f["pi80_low"] <= f["projection"]) & (f["projection"] <= f["pi80_high"]) & (f["pi80_high"] <= f["pi95_high"])).fillna(False), error="intervals nest around the projection"),
            pa.Check(lambda f: f["projection"].isna() | (f["last_year"] < f["target_year"]).fillna(False), error="projections are out of sample"),
        ],
        strict=True, ordered=True,
        unique=["plan_id", "indicator", "entity", "data", "model", "window", "target_year"],
    )


@functools.cache
def ambition_schema() -> pa.DataFrameSchema:
    classes = [*vocab.AMBITION_CLASSES, vocab.NOT_ASSESSABLE]
    columns = {
        "plan_id": _text(), "indicator": _text(checks=pa.Check.isin(list(load_codebook().indicators))), "entity": _text(),
        "year": _year(), "kind": _text(checks=pa.Check.isin(["target", "projection"])), "target_text": _text(),
        "qualifier": _text(checks=pa.Check.isin(QUALIFIERS)), "target_low": _number(), "target_high": _number(),
        "sources": _text(checks=pa.Check.isin(["table", "text", "table+text", "reference"])), "lines": _text(), "statements": _text(),
        "other_statements": _text(), "consistency_check": _text(), "binding": _text(checks=pa.Check.isin(BINDINGS)),
        "strive": _flag(), "measure": _text(), "indicator_kind": _text(), "judged_against": _text(checks=pa.Check.isin(["trend", "cohort projection"])),
        "change_unit": _text(), "data": _text(), "model": _text(), "series": _text(), "rejected_inputs": _text(),
        "target": _number(), "judged_as": _text(), "tolerance": _number(), "base_year": _year(nullable=True), "baseline": _number(), "baseline_origin": _text(),
        "direction": _text(checks=pa.Check.isin(["", "up", "down", "hold"])), "met_at_baseline": pa.Column("boolean", nullable=True),
        "required_change": _number(), "historical_from": _year(nullable=True), "historical_change": _number(),
        "required_over_historical": _number(), "projection": _number(), "projection_since_2010": _number(), "projection_intercensal": _number(),
        "trend_low": _number(), "trend_high": _number(), "se_obs": _number(), "pi80_low": _number(), "pi80_high": _number(),
        "band_low": _number(), "band_high": _number(), "band_source": _text(), "trend_change": _number(), "gap": _number(),
        "gap_relative": _number(), "gap_z": _number(), "gap_over_band": _number(), "escap_gap": _number(), "ratio": _number(),
        "pace_gap": _number(), "error_percentile": _number(checks=pa.Check.in_range(0, 100)), "error_distribution": _text(),
        "band_class": _text(checks=pa.Check.isin(["", *vocab.TREND_CLASSES])),
        "cohort_projection": _number(), "cohort_band": _number(), "wpp_projection": _number(),
        "class": _text(checks=pa.Check.isin(classes)), "class_against_wpp": _text(), "reason": _text(), "note": _text(),
    }
    for name in vocab.MIGRATION_COLUMNS:
        columns[name] = _text() if name in ("natural_increase_source", "natural_increase_range", "past_migration_period", "population_framing", "migration_note") else _number()
    return DataFrameSchema(
        columns,
        checks=[
            pa.Check(lambda f: (f["class"] != "not assessable") | (f["reason"] != ""), error="a target that is not assessed says why"),
            pa.Check(lambda f: ~f["class"].isin(["reverses trend", "below trend", "on trend", "ambitious", "very ambitious"]) | f["projection"].notna(), error="a trend class needs a trend projection"),
            pa.Check(lambda f: ~f["class"].isin(list(vocab.COHORT_CLASSES)) | f["cohort_projection"].notna(), error="a cohort class needs a cohort projection"),
            pa.Check(lambda f: (f["judged_against"] == "cohort projection") == f["indicator"].isin(list(vocab.AGE_STRUCTURE)), error="age structure, and only age structure, is judged against the cohort projection"),
            pa.Check(lambda f: f["ratio"].isna() | (f["band_low"].isna() | ~((f["band_low"] <= f["baseline"]) & (f["baseline"] <= f["band_high"])).fillna(False)) | f["pi80_low"].notna(), error="no ratio where the trend is flat within its band"),
            pa.Check(lambda f: (f["band_class"] != "") == f["error_percentile"].notna(), error="a class from the calibrated distribution keeps the band's class beside it, and only such a class"),
        ],
        strict=True, ordered=True,
        unique=["plan_id", "indicator", "entity", "year", "kind", "target_text", "qualifier"],
    )


@functools.cache
def outcomes_schema() -> pa.DataFrameSchema:
    return DataFrameSchema(
        {
            "plan_id": _text(), "indicator": _text(), "entity": _text(), "year": _year(), "period_start": _year(nullable=True),
            "kind": _text(checks=pa.Check.isin(["target", "projection"])), "target_text": _text(),
            "qualifier": _text(checks=pa.Check.isin(QUALIFIERS)), "sources": _text(), "lines": _text(), "target": _number(),
            "outcome": _number(), "outcome_statistic": _text(), "outcome_source": _text(),
            "status": _text(checks=pa.Check.isin(["met", "exceeded", "missed", "as stated", "above", "below", "not observed", "not assessable"])),
            "judged_by": _text(checks=pa.Check.isin(["", "exact", "period mean", "bound"])), "bound_low": _number(), "bound_high": _number(),
            "difference": _number(), "difference_relative": _number(), "met_within_tolerance": pa.Column("boolean", nullable=True),
            "revision_artefact": _text(), "note": _text(),
            "projection": _number(), "trend_error": _number(), "target_error": _number(), "trend_closer": pa.Column("boolean", nullable=True),
        },
        checks=[
            pa.Check(lambda f: f["status"].isin(["met", "exceeded", "missed", "as stated", "above", "below"]) == (f["judged_by"] != ""), error="a verdict says how it was reached"),
            pa.Check(lambda f: ~f["status"].isin(list(vocab.OUTCOMES)) | ~f["indicator"].isin(list(vocab.AGE_STRUCTURE)), error="age structure is above or below its figure, never met or missed"),
            pa.Check(lambda f: f["judged_by"].isin(["exact", "period mean"]) == f["outcome"].notna(), error="an exact outcome exactly when judged by one"),
            pa.Check(lambda f: (f["judged_by"] != "period mean") | (f["period_start"] < f["year"]).fillna(False), error="a period mean has its period"),
            pa.Check(lambda f: (f["judged_by"] == "bound") == (f["bound_low"].notna() & f["bound_high"].notna()), error="bounds exactly when judged by them"),
            pa.Check(lambda f: (f["status"] != "not observed") | (f["note"].str.len() > 10), error="an unobserved target says why"),
            pa.Check(lambda f: f["met_within_tolerance"].isna() == ~(f["status"].isin(["met", "as stated"]) & (f["judged_by"] == "exact")), error="met within tolerance is said of every exact met or as stated verdict, and only of them"),
        ],
        strict=True, ordered=True,
    )


@functools.cache
def progress_schema() -> pa.DataFrameSchema:

    return DataFrameSchema(
        {
            "plan_id": _text(), "indicator": _text(checks=pa.Check.isin(list(load_codebook().indicators))), "entity": _text(),
            "year": _year(), "target_text": _text(), "qualifier": _text(checks=pa.Check.isin(QUALIFIERS)), "target": _number(),
            "base_year": _year(nullable=True), "base_value": _number(), "base_source": _text(),
            "latest_year": _year(nullable=True), "latest_value": _number(), "latest_source": _text(),
            "change_unit": _text(), "required_change": _number(), "observed_change": _number(), "progress_ratio": _number(),
            "still_needed_change": _number(), "observed_change_since_2020": _number(),
            "status": _text(checks=pa.Check.isin(list(vocab.STATUSES))), "note": _text(),
        },
        checks=[
            pa.Check(lambda f: f["latest_value"].notna() | (f["status"] == "no recent figure"), error="a status needs the latest figure"),
            pa.Check(lambda f: (f["latest_year"].isna()) | (f["latest_year"] > 2020).fillna(False), error="latest figures are after 2020"),
        ],
        strict=True, ordered=True,
        unique=["plan_id", "indicator", "entity", "year"],  # one verdict per target (#20)
    )


@functools.cache
def sensitivity_schema() -> pa.DataFrameSchema:
    columns = {
        "plan_id": _text(), "indicator": _text(), "entity": _text(), "year": _year(),
        "kind": _text(), "target_text": _text(), "qualifier": _text(), "preferred": _text(),
        "class_preferred": _text(checks=pa.Check.isin([*vocab.AMBITION_CLASSES, vocab.NOT_ASSESSABLE])),
        "band_class": _text(checks=pa.Check.isin(["", *vocab.TREND_CLASSES])),
    }
    columns.update({name: _text() for name in vocab.VARIANT_COLUMNS})
    columns.update({"n_assessed": pa.Column("Int64", pa.Check.ge(0)), "n_classes": pa.Column("Int64", pa.Check.ge(0)), "stable": _flag()})
    return DataFrameSchema(columns, strict=True, ordered=True)


@functools.cache
def bands_schema() -> pa.DataFrameSchema:
    return DataFrameSchema(
        {
            "indicator": _text(), "model": _text(checks=pa.Check.isin(list(TREND_MODELS))), "units": _text(checks=pa.Check.isin(["prefectures", "provinces"])),
            "n_units": pa.Column("Int64", pa.Check.ge(10)), "period": _text(), "median_change": _number(nullable=False),
            "halfwidth_per_year": _number(nullable=False, checks=pa.Check.gt(0)), "p10_error": _number(nullable=False), "p90_error": _number(nullable=False),
            "use": _text(checks=pa.Check.isin(["band", "context"])), "method": _text(),
        },
        checks=[pa.Check(lambda f: ~f[f["use"] == "band"]["indicator"].duplicated().any(), error="one band per indicator")],
        strict=True, ordered=True, unique=["indicator", "units", "period"],
    )


@functools.cache
def cohort_schema() -> pa.DataFrameSchema:
    return DataFrameSchema(
        {
            "entity_code": _text(checks=pa.Check.str_matches(r"^\d{6}$")), "entity": _text(), "year": _year(), "measure": _text(),
            "value": _number(nullable=False), "band": _number(checks=pa.Check.ge(0)), "wpp_value": _number(), "basis": _text(), "note": _text(),
        },
        checks=[pa.Check(lambda f: (f["year"] > 2020) | f["band"].isna(), error="the census year has no band")],
        strict=True, ordered=True, unique=["entity_code", "year", "measure"],
    )


@functools.cache
def cohort_backtest_schema() -> pa.DataFrameSchema:
    return DataFrameSchema(
        {
            "test": _text(), "measure": _text(), "n_units": pa.Column("Int64", pa.Check.ge(1)), "mean_error": _number(nullable=False),
            "median_abs_error": _number(nullable=False, checks=pa.Check.ge(0)), "p80_abs_error": _number(nullable=False, checks=pa.Check.ge(0)),
            "max_abs_error": _number(nullable=False, checks=pa.Check.ge(0)), "method": _text(),
        },
        strict=True, ordered=True, unique=["test", "measure"],
    )


@functools.cache
def consistency_schema() -> pa.DataFrameSchema:

    return DataFrameSchema(
        {
            "finding_id": _text(checks=pa.Check.str_matches(r"^[a-z]+\.[a-z_]+-\d{3,}$")),  # -001 … -999, then -1000 …
            "check_id": _text(checks=pa.Check.str_matches(r"^(internal|across|vertical|official|accounting|parts|words|plausibility)\.[a-z_]+$")),
            "check_ids": _text(checks=pa.Check.str_matches(r"^[a-z]+\.[a-z_]+(;[a-z]+\.[a-z_]+)*$")),
            "plan_ids": _text(checks=pa.Check.str_length(min_value=1)),
            "indicators": _text(checks=pa.Check.str_length(min_value=1)),
            "year": _year(nullable=True),
            "severity": _text(checks=pa.Check.isin(list(vocab.SEVERITIES))),
            "finding": _text(checks=pa.Check.str_length(min_value=10)),
            "evidence": _text(checks=pa.Check.str_contains("「")),
            "numbers": _text(checks=pa.Check.str_length(min_value=1)),
        },
        strict=True,
        ordered=True,
        unique=["finding_id"],
    )


@functools.cache
def corpus_manifest_schema() -> pa.DataFrameSchema:
    """``corpus/manifest.csv``: one row per real published text (columns: corpus/README.md)."""
    optional = ("doc_number", "note")
    checks = {
        "text_id": [pa.Check.str_matches(r"^(nation|province|prefecture|county)-[a-z0-9]+-\d{4}-\d+$")],
        "file": [pa.Check.str_matches(r"^texts/[a-z0-9-]+\.txt$")],
        "admin_level": [pa.Check.isin(list(vocab.LEVELS))],
        "issue_date": [pa.Check.str_matches(r"^(\d{4}(-\d{2}(-\d{2})?)?)?$")],
        "address": [pa.Check.str_matches(r"^https?://")],
        "access_date": [pa.Check.str_matches(r"^\d{4}-\d{2}-\d{2}$")],
        "kind": [pa.Check.isin(list(vocab.CORPUS_KINDS))],
        "plan_family": [pa.Check.isin(list(vocab.CORPUS_PLAN_FAMILIES))],
        "sha256": [pa.Check.str_matches(r"^[0-9a-f]{64}$")],
        "split": [pa.Check.isin(list(vocab.CORPUS_SPLITS))],
    }
    columns = {
        name: _text(checks=checks.get(name, []) + ([] if name in optional or name in checks else [pa.Check.str_length(min_value=1)]))
        for name in vocab.CORPUS_MANIFEST_COLUMNS
    }
    return DataFrameSchema(
        columns,
        checks=[pa.Check(lambda f: f["text_id"].str.split("-").str[0] == f["admin_level"], error="the text id starts with the admin level")],
        strict=True, ordered=True, unique=["text_id"],
    )


@functools.cache
def county_status_changes_schema() -> pa.DataFrameSchema:
    """``data/reference/county_status_changes.csv`` (:func:`analysis.sources.leiii_census.status_changes`)."""
    code = _text(checks=pa.Check.str_matches(r"^\d{6}$"))
    return DataFrameSchema(
        {"code": code, "name": _text(checks=pa.Check.str_length(min_value=2)), "code_2020": code,
         "name_2020": _text(checks=pa.Check.str_length(min_value=2)), "row": pa.Column(int, pa.Check.ge(1))},
        strict=True, ordered=True, unique=["code"],
    )


def indicator_codebook_schema() -> pa.DataFrameSchema:
    """``data/codebook/indicators.csv``: one row per indicator code (columns: README, "Extraction").

    Every unit is one the unit vocabulary (:mod:`analysis.units`) normalises to or can match a value
    against, so a value can be fitted to it; a numerator is another code; synonyms are ``|``-separated."""
    checks = {
        "code": [pa.Check.str_matches(r"^[a-z][a-z0-9_]*$")],
        "synonyms": [pa.Check(lambda s: ~s.str.contains(r"\|\||^\||\|$|\s", regex=True), element_wise=False, error="synonyms are |-separated, without blanks")],
        "unit": [pa.Check.isin(sorted(set(UNITS.values()) | set(COMPATIBLE)))],
        "measure": [pa.Check.isin(list(MEASURES))],
        "better": [pa.Check.isin(list(BETTER))],
        "domain": [pa.Check.isin(list(DOMAINS))],
    }
    optional = ("synonyms", "numerator")
    columns = {
        name: _text(checks=checks.get(name, []) + ([] if name in optional else [pa.Check.str_length(min_value=1)]))
        for name in COLUMNS
    }
    return DataFrameSchema(
        columns,
        checks=[pa.Check(lambda f: f["numerator"].eq("") | f["numerator"].isin(f["code"]), error="a numerator is a code of the codebook")],
        strict=True, ordered=True, unique=["code"],
    )


@functools.cache
def figure_verdicts_schema() -> pa.DataFrameSchema:
    return DataFrameSchema(
        {
            "plan_id": _text(checks=pa.Check.str_length(min_value=1)),
            "indicator": _text(checks=pa.Check.isin(_indicator_codes())),
            "entity": _text(),
            "year": _year(),
            "source": _text(checks=pa.Check.isin(["", *SOURCES])),
            "line": pa.Column("Int64", pa.Check.ge(1), nullable=True),
            "value_start": pa.Column("Int64", pa.Check.ge(0), nullable=True),
            "value_text": _text(),
            "verdict": _text(checks=pa.Check.isin(list(vocab.FIGURE_VERDICTS))),
            "check_id": _text(checks=pa.Check.str_matches(r"^[a-z]+\.[a-z_]+$")),
            "reason": _text(),
        },
        checks=[
            pa.Check(lambda f: (f["verdict"] == "rejected") == f["line"].notna(), error="a rejected figure names its statement; a conflict names plan, indicator and year only"),
            pa.Check(lambda f: (f["verdict"] != "rejected") | (f["reason"] != ""), error="a rejection says why"),
        ],
        strict=True,
        ordered=True,
    )


@functools.cache
def error_backtest_schema() -> pa.DataFrameSchema:
    return DataFrameSchema(
        {
            "units": _text(checks=pa.Check.isin(["provinces", "prefectures"])), "place": _text(), "size_class": _text(checks=pa.Check.str_length(min_value=1)),
            "base_start": _year(), "launch_year": _year(), "horizon": pa.Column("Int64", pa.Check.in_range(1, 15)),
            "population_at_launch": _number(nullable=False, checks=pa.Check.gt(0)), "trend_pace": _number(nullable=False), "actual_pace": _number(nullable=False),
            "error": _number(nullable=False), "base_vintage": _text(),
        },
        checks=[pa.Check(lambda f: ((f["error"] - (f["actual_pace"] - f["trend_pace"])).abs() < 1e-5).all(), error="error = actual − trend pace (signed)")],
        strict=True, ordered=True, unique=["units", "place", "launch_year", "base_start", "horizon"],
    )


@functools.cache
def error_distribution_schema() -> pa.DataFrameSchema:
    quantiles = {f"q{round(q * 1000):03d}": _number(nullable=False) for q in vocab.ERROR_QUANTILES}
    return DataFrameSchema(
        {
            "units": _text(), "size_class": _text(checks=pa.Check.str_length(min_value=1)), "horizon": pa.Column("Int64", pa.Check.in_range(1, 15)),
            "n_errors": pa.Column("Int64", pa.Check.ge(10)), "n_places": pa.Column("Int64", pa.Check.ge(1)), "launches": _text(),
            **quantiles, "min_error": _number(nullable=False), "max_error": _number(nullable=False),
        },
        checks=[pa.Check(lambda f: (f[list(quantiles)].diff(axis=1).iloc[:, 1:] >= 0).all().all(), error="quantiles rise")],
        strict=True, ordered=True, unique=["units", "size_class", "horizon"],
    )


@functools.cache
def share_error_backtest_schema() -> pa.DataFrameSchema:
    return DataFrameSchema(
        {
            "indicator": _text(), "units": _text(), "series": _text(), "base_start": _year(), "launch_year": _year(),
            "horizon": pa.Column("Int64", pa.Check.in_range(1, 15)), "value_at_launch": _number(nullable=False, checks=pa.Check.in_range(0, 100)),
            "trend_pace": _number(nullable=False), "actual_pace": _number(nullable=False), "error": _number(nullable=False),
        },
        checks=[pa.Check(lambda f: ((f["error"] - (f["actual_pace"] - f["trend_pace"])).abs() < 1e-5).all(), error="error = actual − trend pace (signed)")],
        strict=True, ordered=True, unique=["indicator", "launch_year", "base_start", "horizon"],
    )


@functools.cache
def share_error_distribution_schema() -> pa.DataFrameSchema:
    quantiles = {f"q{round(q * 1000):03d}": _number(nullable=False) for q in vocab.ERROR_QUANTILES}
    return DataFrameSchema(
        {
            "indicator": _text(), "units": _text(), "horizon": pa.Column("Int64", pa.Check.in_range(1, 15)),
            "n_errors": pa.Column("Int64", pa.Check.ge(10)), "n_launches": pa.Column("Int64", pa.Check.ge(1)), "launches": _text(),
            **quantiles, "min_error": _number(nullable=False), "max_error": _number(nullable=False),
        },
        checks=[pa.Check(lambda f: (f[list(quantiles)].diff(axis=1).iloc[:, 1:] >= 0).all().all(), error="quantiles rise")],
        strict=True, ordered=True, unique=["indicator", "horizon"],
    )


@functools.cache
def trajectory_error_backtest_schema() -> pa.DataFrameSchema:
    return DataFrameSchema(
        {
            "indicator": _text(), "units": _text(), "series": _text(), "model": _text(), "base_start": _year(), "launch_year": _year(),
            "horizon": pa.Column("Int64", pa.Check.in_range(1, 15)), "value_at_launch": _number(nullable=False, checks=pa.Check.gt(0)),
            "trend_value": _number(nullable=False, checks=pa.Check.gt(0)), "actual_value": _number(nullable=False, checks=pa.Check.gt(0)), "error": _number(nullable=False),
        },
        checks=[pa.Check(lambda f: (((f["actual_value"] - f["trend_value"]) * f["error"]) >= -1e-12).all(), error="error has the sign of actual − trend value")],
        strict=True, ordered=True, unique=["indicator", "launch_year", "base_start", "horizon"],
    )


@functools.cache
def trajectory_error_distribution_schema() -> pa.DataFrameSchema:
    return share_error_distribution_schema()


@functools.cache
def calibration_schema() -> pa.DataFrameSchema:
    return DataFrameSchema(
        {
            "basis": _text(checks=pa.Check.isin(list(vocab.CLASS_BASES))), "class": _text(checks=pa.Check.isin([*vocab.AMBITION_CLASSES, vocab.NOT_ASSESSABLE])),
            "n_with_outcome": pa.Column("Int64", pa.Check.ge(1)), "n_met": pa.Column("Int64", pa.Check.ge(0)), "n_exceeded": pa.Column("Int64", pa.Check.ge(0)),
            "n_missed": pa.Column("Int64", pa.Check.ge(0)), "share_met": _number(nullable=False, checks=pa.Check.in_range(0, 1)), "targets": _text(),
        },
        checks=[pa.Check(lambda f: (f["n_met"] + f["n_exceeded"] + f["n_missed"] == f["n_with_outcome"]).all(), error="every outcome counted once")],
        strict=True, ordered=True, unique=["basis", "class"],
    )


SCHEMAS = {
    "indicators": indicators_schema,
    "changes": changes_schema,
    "plans": plans_schema,
    "quality_log": quality_log_schema,
    "reference": reference_schema,
    "observations": observations_schema,
    "boundary_changes": boundary_changes_schema,
    "trends": trends_schema,
    "ambition": ambition_schema,
    "outcomes": outcomes_schema,
    "progress": progress_schema,
    "sensitivity": sensitivity_schema,
    "bands": bands_schema,
    "cohort": cohort_schema,
    "cohort_backtest": cohort_backtest_schema,
    "consistency": consistency_schema,
    "figure_verdicts": figure_verdicts_schema,
    "error_backtest": error_backtest_schema,
    "error_distribution": error_distribution_schema,
    "share_error_backtest": share_error_backtest_schema,
    "share_error_distribution": share_error_distribution_schema,
    "trajectory_error_backtest": trajectory_error_backtest_schema,
    "trajectory_error_distribution": trajectory_error_distribution_schema,
    "calibration": calibration_schema,
}


def validate(frame: pd.DataFrame, schema: pa.DataFrameSchema, name: str) -> pd.DataFrame:
    """Validate a table, raising :class:`SchemaError` that lists every failure."""
    try:
        return schema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as error:
        cases = error.failure_cases[["column", "check", "failure_case", "index"]].head(20).to_string(index=False)
        raise SchemaError(f"{name} fails its schema:\n{cases}") from None


_VERDICTS = ["met", "exceeded", "missed", "as stated", "above", "below"]
_PLAN_COLUMNS = ("plan_id", "plan", "plan_level", "plan_place", "issue_year", "vintage", "plan_source", "n_texts")
_FARED_TARGET = ("indicator", "entity", "year", "kind", "target_text", "qualifier", "value", "target", "texts", "lines", "quotes", "links",
                 "n_statements", "conflict", "other_values", "screen", "screen_reason", "census_count")


def _fared_common() -> dict:
    return {
        "plan_id": _text(), "plan": _text(), "plan_level": _text(checks=pa.Check.isin(["nation", "province", "prefecture", "county", "unknown"])),
        "plan_place": _text(), "issue_year": _year(nullable=True), "vintage": _text(), "plan_source": _text(checks=pa.Check.isin(["seed", "corpus", "reference"])),
        "plan_family": _text(checks=pa.Check.isin(list(vocab.CORPUS_PLAN_FAMILIES))), "n_texts": pa.Column("Int64", pa.Check.ge(1)),
        "indicator": _text(checks=pa.Check.isin(list(load_codebook().indicators))), "entity": _text(), "year": _year(),
        "kind": _text(checks=pa.Check.isin(["target", "projection"])), "target_text": _text(), "qualifier": _text(checks=pa.Check.isin(QUALIFIERS)),
        "value": _number(nullable=False), "target": _number(), "texts": _text(), "lines": _text(), "quotes": _text(), "links": _text(),
        "n_statements": pa.Column("Int64", pa.Check.ge(1)), "conflict": _flag(), "other_values": _text(),
        "screen": _text(checks=pa.Check.isin(["kept", "rejected"])), "screen_reason": _text(), "census_count": _number(),
    }


@functools.cache
def fared_schema() -> pa.DataFrameSchema:
    """``data/processed/fared.csv``: every target and projection dated up to 2020 of every plan (seeds,
    corpus, reference) against its official outcome, with errors and the naive forecast."""
    common = _fared_common()
    columns = {}
    for name, column in common.items():
        columns[name] = column
        if name == "year":  # the first year of a period average or change, beside the year
            columns["period_start"] = _year(nullable=True)
    columns.update({
        "judged_as": _text(checks=pa.Check.isin(["", *QUALIFIERS])), "outcome": _number(), "outcome_statistic": _text(), "outcome_source": _text(),
        "judged_by": _text(checks=pa.Check.isin(["", "exact", "period mean", "bound"])),
        "status": _text(checks=pa.Check.isin(["", *_VERDICTS, "not observed"])), "bound_low": _number(), "bound_high": _number(),
        "met_within_tolerance": pa.Column("boolean", nullable=True), "revision_artefact": _text(), "difference": _number(),
        "log_error": _number(), "ape": _number(pa.Check.ge(0)), "naive": _number(), "naive_method": _text(), "naive_log_error": _number(),
        "naive_ape": _number(pa.Check.ge(0)), "naive_status": _text(checks=pa.Check.isin(["", "met", "missed"])),
        "official_naive": _number(), "official_naive_basis": _text(checks=pa.Check.isin(["", "trend", "persistence"])), "official_naive_method": _text(), "official_naive_log_error": _number(),
        "official_naive_ape": _number(pa.Check.ge(0)), "official_naive_status": _text(checks=pa.Check.isin(["", "met", "missed"])), "note": _text(),
    })
    return DataFrameSchema(
        columns,
        checks=[
            pa.Check(lambda f: (f["screen"] == "rejected") == (f["status"] == ""), error="every kept row has a status, no rejected row has one"),
            pa.Check(lambda f: (f["screen"] != "rejected") | (f["screen_reason"].str.len() > 10), error="a rejected figure says why"),
            pa.Check(lambda f: f["judged_by"].isin(["exact", "period mean"]) == f["outcome"].notna(), error="an exact outcome exactly when judged by one"),
            pa.Check(lambda f: (f["judged_by"] != "period mean") | (f["period_start"] < f["year"]).fillna(False), error="a period mean has its period"),
            pa.Check(lambda f: (f["status"] != "not observed") | (f["note"].str.len() > 10), error="an unobserved target says why"),
            pa.Check(lambda f: f["log_error"].isna() | f["judged_by"].isin(["exact", "period mean"]), error="errors only against an exact outcome"),
            pa.Check(lambda f: f["naive"].notna() | (f["naive_method"].str.len() > 10) | (f["screen"] == "rejected"), error="a missing naive forecast says why"),
            pa.Check(lambda f: f["official_naive"].notna() | (f["official_naive_method"].str.len() > 10) | (f["screen"] == "rejected"),
                     error="a missing official-figure naive forecast says why"),
            pa.Check(lambda f: f["official_naive"].isna() | (f["official_naive_method"].str.contains("known before the plan was issued")),
                     error="an official-figure naive forecast names the figures it was carried from"),
            pa.Check(lambda f: f["official_naive"].isna() == (f["official_naive_basis"] == ""), error="an official-figure naive forecast has its basis"),
            pa.Check(lambda f: (f["official_naive_basis"] != "persistence") | f["official_naive_method"].str.startswith("persistence (no change) from the only"),
                     error="a persistence forecast says so"),
            pa.Check(lambda f: (f["year"] <= 2020).fillna(False), error="outcomes are of targets dated up to 2020"),
        ],
        strict=True, ordered=True, unique=["plan_id", "indicator", "entity", "year", "target_text", "qualifier"],
    )


@functools.cache
def fared_pace_schema() -> pa.DataFrameSchema:
    """``data/processed/fared_pace.csv``: every target and projection dated 2021–2035 of every plan:
    the pace still needed from the latest official figure against the pace observed since 2020."""
    columns = _fared_common()
    columns.update({
        "base_year": _year(nullable=True), "base_value": _number(), "base_source": _text(),
        "latest_year": _year(nullable=True), "latest_value": _number(), "latest_source": _text(), "change_unit": _text(),
        "required_change": _number(), "observed_change": _number(), "still_needed_change": _number(), "pace_ratio": _number(),
        "progress_ratio": _number(), "status": _text(checks=pa.Check.isin(["", *vocab.STATUSES])), "note": _text(),
    })
    return DataFrameSchema(
        columns,
        checks=[
            pa.Check(lambda f: (f["screen"] == "rejected") == (f["status"] == ""), error="every kept row has a status, no rejected row has one"),
            pa.Check(lambda f: f["year"].between(2021, 2035).fillna(False), error="paces are of targets dated 2021–2035"),
            pa.Check(lambda f: f["latest_value"].notna() | f["status"].isin(["", "no recent figure"]), error="a status needs the latest figure"),
        ],
        strict=True, ordered=True, unique=["plan_id", "indicator", "entity", "year", "target_text", "qualifier"],
    )


@functools.cache
def fared_summary_schema() -> pa.DataFrameSchema:
    """``data/processed/fared_summary.csv``: accuracy of the targets by group, with bootstrap intervals."""
    interval = lambda name: {name: _number(), f"{name}_low": _number(), f"{name}_high": _number()}  # noqa: E731
    columns = {
        "group": _text(checks=pa.Check.isin(["overall", "family group", "level", "indicator", "vintage", "family"])), "group_value": _text(),
        "n_targets": pa.Column("Int64", pa.Check.ge(0)), "n_plans": pa.Column("Int64", pa.Check.ge(0)),
        "n_judged": pa.Column("Int64", pa.Check.ge(0)), "n_judged_plans": pa.Column("Int64", pa.Check.ge(0)),
        **interval("median_log_error"), **interval("mape"), "share_met": _number(pa.Check.in_range(0, 1)),
        "naive_n_targets": pa.Column("Int64", pa.Check.ge(0)), "naive_n_plans": pa.Column("Int64", pa.Check.ge(0)),
        **interval("naive_median_log_error"), **interval("naive_mape"), "naive_share_met": _number(pa.Check.in_range(0, 1)),
        "planners_minus_naive_median_log_error": _number(), "planners_minus_naive_low": _number(), "planners_minus_naive_high": _number(),
        **interval("planners_minus_naive_mape"),
        "official_naive_n_targets": pa.Column("Int64", pa.Check.ge(0)), "official_naive_n_plans": pa.Column("Int64", pa.Check.ge(0)),
        **interval("official_naive_median_log_error"), **interval("official_naive_mape"), "official_naive_share_met": _number(pa.Check.in_range(0, 1)),
        "planners_minus_official_naive_median_log_error": _number(), "planners_minus_official_naive_low": _number(),
        "planners_minus_official_naive_high": _number(), **interval("planners_minus_official_naive_mape"),
        **{name: column for basis in ("trend", "persistence") for name, column in {
            f"official_naive_{basis}_n_targets": pa.Column("Int64", pa.Check.ge(0)), f"official_naive_{basis}_n_plans": pa.Column("Int64", pa.Check.ge(0)),
            **interval(f"official_naive_{basis}_median_log_error"), **interval(f"official_naive_{basis}_mape"),
            f"official_naive_{basis}_share_met": _number(pa.Check.in_range(0, 1)),
            f"planners_minus_official_naive_{basis}_median_log_error": _number(), f"planners_minus_official_naive_{basis}_low": _number(),
            f"planners_minus_official_naive_{basis}_high": _number(), **interval(f"planners_minus_official_naive_{basis}_mape")}.items()},
        "withheld_reason": _text(),
    }
    return DataFrameSchema(
        columns,
        checks=[
            pa.Check(lambda f: f["median_log_error"].notna() | (f["withheld_reason"].str.len() > 10), error="a withheld summary says why"),
            pa.Check(lambda f: f["median_log_error"].isna() | ((f["median_log_error_low"] <= f["median_log_error"]) & (f["median_log_error"] <= f["median_log_error_high"])).fillna(False),
                     error="the interval contains the median"),
            pa.Check(lambda f: (f["naive_n_targets"] <= f["n_targets"]) & (f["official_naive_n_targets"] <= f["n_targets"]),
                     error="a naive forecast's targets are among the point targets with an error"),
            pa.Check(lambda f: f["official_naive_mape"].notna() | (f["withheld_reason"].str.contains("official-figure naive forecast withheld"))
                     | (f["official_naive_n_targets"] == 0), error="a withheld official-figure naive summary says why"),
            pa.Check(lambda f: f["official_naive_trend_n_targets"] + f["official_naive_persistence_n_targets"] == f["official_naive_n_targets"],
                     error="every official-figure naive forecast is of one basis, trend or persistence"),
        ],
        strict=True, ordered=True, unique=["group", "group_value"],
    )


@functools.cache
def fared_sensitivity_schema() -> pa.DataFrameSchema:
    """``data/processed/fared_sensitivity.csv``: the judgement of the targets as extracted against the
    same built from the hand-annotated gold levels of the corpus texts."""
    interval = lambda name: {name: _number(), f"{name}_low": _number(), f"{name}_high": _number()}  # noqa: E731
    count = lambda: pa.Column("Int64", pa.Check.ge(0))  # noqa: E731
    return DataFrameSchema(
        {
            "basis": _text(checks=pa.Check.isin(["as extracted", "as annotated by hand"])),
            "scope": _text(checks=pa.Check.isin(["all plans", "corpus plans", "population-development plans proper"])),
            "n_targets": count(), "n_plans": count(), "n_judged": count(), "n_judged_plans": count(), "n_point_errors": count(), "n_point_plans": count(),
            **interval("median_log_error"), **interval("mape"), "share_met": _number(pa.Check.in_range(0, 1)), "n_not_in_other": count(),
            "withheld_reason": _text(),
        },
        checks=[
            pa.Check(lambda f: f["median_log_error"].notna() | (f["withheld_reason"].str.len() > 10), error="a withheld summary says why"),
            pa.Check(lambda f: (f["n_point_errors"] <= f["n_judged"]) & (f["n_judged"] <= f["n_targets"]), error="point targets ⊆ judged ⊆ all"),
        ],
        strict=True, ordered=True, unique=["basis", "scope"],
    )


@functools.cache
def zero_sum_schema() -> pa.DataFrameSchema:
    """``data/processed/zero_sum.csv``: provinces' population targets against the nation, parts against the whole."""
    return DataFrameSchema(
        {
            "comparison": _text(checks=pa.Check.isin(["provinces against the nation", "parts against the whole"])), "year": _year(),
            "whole": _text(), "n_parts": pa.Column("Int64", pa.Check.ge(0)), "parts": _text(), "sum_of_targets": _number(),
            "whole_targets": _text(), "whole_target": _number(), "sum_minus_whole_target": _number(), "whole_census_2020": _number(),
            "parts_census_2020": _number(), "parts_share_of_whole_census": _number(pa.Check.in_range(0, 100)),
            "implied_net_migration": _number(), "n_migration": pa.Column("Int64", pa.Check.ge(0)), "n_gaining": pa.Column("Int64", pa.Check.ge(0)),
            "natural_rates": _text(), "note": _text(),
        },
        strict=True, ordered=True, unique=["comparison", "year", "whole"],
    )


@functools.cache
def zero_sum_parts_schema() -> pa.DataFrameSchema:
    """``data/processed/zero_sum_parts.csv``: one row a target summed in a row of ``zero_sum.csv`` (same
    comparison, year and whole), with its qualifier and its plan's issue year."""
    return DataFrameSchema(
        {
            "comparison": _text(checks=pa.Check.isin(["provinces against the nation", "parts against the whole"])), "year": _year(),
            "whole": _text(), "entity": _text(), "plan_id": _text(), "target_text": _text(), "qualifier": _text(checks=pa.Check.isin(QUALIFIERS)),
            "value": _number(nullable=False), "issue_year": _year(nullable=True), "lines": _text(), "census_year": _year(),
            "census_count": _number(), "implied_net_migration": _number(),
        },
        checks=[pa.Check(lambda f: f["implied_net_migration"].isna() | f["census_count"].notna(), error="an implied net migration starts from a census count")],
        strict=True, ordered=True, unique=["comparison", "year", "whole", "entity"],
    )


SCHEMAS.update({"fared": fared_schema, "fared_pace": fared_pace_schema, "fared_summary": fared_summary_schema, "fared_sensitivity": fared_sensitivity_schema,
                "zero_sum": zero_sum_schema, "zero_sum_parts": zero_sum_parts_schema})
