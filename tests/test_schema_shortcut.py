"""The schemas' shortcut (schemas.DataFrameSchema, brief speed3): a table shown to pass is handed back without running
pandera's machinery; every table that fails still fails with pandera's own errors, and a table that passes comes
back as pandera hands it back (a copy, equal). Also the text–table pairs of a plan with one side only."""

from __future__ import annotations

import copy

import pandas as pd
import pandera.pandas as pa
import pytest

from analysis import schemas
from analysis.demography.rounding import COLUMNS, text_table_pairs
from probe_rows import document
from analysis.extract.stage import extract_documents

TEXT = "发布时间：2015-10-10\n截至2015年末全市总人口312万人，常住人口城镇化率为55.2%。到2020年，全市常住人口城镇化率达到60%左右。\n"


@pytest.fixture(scope="module")
def extraction():
    return extract_documents([document(TEXT)])


def plain(schema) -> pa.DataFrameSchema:
    """The same schema as a plain pandera ``DataFrameSchema``."""
    schema = copy.copy(schema)
    schema.__class__ = pa.DataFrameSchema
    return schema


def pandera_errors(frame: pd.DataFrame, schema) -> pd.DataFrame:
    """pandera's own answer (a plain pandera schema's validate): its failure cases, or None when the table passes."""
    try:
        plain(schema).validate(frame, lazy=True)
    except pa.errors.SchemaErrors as errors:
        return errors.failure_cases
    return None


def test_every_schema_takes_the_shortcut():
    for name, schema in schemas.SCHEMAS.items():
        assert isinstance(schema(), schemas.DataFrameSchema), name


def test_a_passing_table_is_not_handed_to_pandera_and_comes_back_as_a_copy(extraction, monkeypatch):
    frame = extraction.indicators
    assert len(frame) == 3 and frame["value_low"].isna().any()  # rows with nulls in nullable columns
    expected = plain(schemas.indicators_schema()).validate(frame, lazy=True)
    monkeypatch.setattr(pa.DataFrameSchema, "_validate", lambda *args, **kwargs: pytest.fail("pandera validated a passing table"))
    out = schemas.indicators_schema().validate(frame, lazy=True)
    pd.testing.assert_frame_equal(out, expected)
    assert out is not frame
    out.loc[0, "entity"] = "别处"
    assert frame.loc[0, "entity"] != "别处"
    plans = schemas.validate(extraction.plans, schemas.plans_schema(), "plans")
    pd.testing.assert_frame_equal(plans, extraction.plans)


def broken(frame: pd.DataFrame, how: str) -> pd.DataFrame:
    frame = frame.copy()
    if how == "isin":
        frame.loc[1, "kind"] = "goal"
    elif how == "str_length":
        frame.loc[0, "value_text"] = ""
    elif how == "in_range":
        frame["year"] = frame["year"].astype("Int64")
        frame.loc[2, "year"] = 1900
    elif how == "ge":
        frame["line"] = pd.array([0, 1, 2], dtype="Int64")
    elif how == "null":
        frame.loc[1, "value_start"] = pd.NA
    elif how == "dtype":
        frame["line"] = frame["line"].astype("float64")
    elif how == "text dtype":
        frame["section"] = pd.Series([1, 2, 3], dtype=object)
    elif how == "table check":
        frame.loc[0, "value_end"] = frame.loc[0, "value_start"]
    elif how == "duplicate":
        frame = pd.concat([frame, frame.iloc[[0]]], ignore_index=True)
    elif how == "extra column":
        frame["note"] = "x"
    elif how == "missing column":
        frame = frame.drop(columns=["quote"])
    elif how == "order":
        frame = frame[[frame.columns[1], frame.columns[0], *frame.columns[2:]]]
    return frame


@pytest.mark.parametrize("how", ["isin", "str_length", "in_range", "ge", "null", "dtype", "text dtype", "table check", "duplicate",
                                 "extra column", "missing column", "order"])
def test_a_failing_table_fails_as_pandera_fails_it(extraction, how):
    frame = broken(extraction.indicators, how)
    expected = pandera_errors(frame, schemas.indicators_schema())
    assert expected is not None, how
    assert not schemas._passes(schemas.indicators_schema(), frame)
    with pytest.raises(pa.errors.SchemaErrors) as raised:
        schemas.indicators_schema().validate(frame, lazy=True)
    pd.testing.assert_frame_equal(raised.value.failure_cases, expected)


def test_near_miss_nulls_and_repeats_the_schema_allows_still_pass(extraction):
    frame = extraction.indicators.copy()
    frame["period_start"] = pd.array([pd.NA, 2011, pd.NA], dtype="Int64")  # nullable, checked without its nulls
    frame["section"] = "同一节"  # not unique, and need not be
    assert pandera_errors(frame, schemas.indicators_schema()) is None
    assert schemas._passes(schemas.indicators_schema(), frame)


def test_a_plans_table_with_a_repeated_plan_fails_its_unique_key(extraction):
    plans = pd.concat([extraction.plans, extraction.plans], ignore_index=True)
    assert pandera_errors(plans, schemas.plans_schema()) is not None
    assert not schemas._passes(schemas.plans_schema(), plans)


def pair_rows(sources: list[str]) -> pd.DataFrame:
    return pd.DataFrame([{"plan_id": "p", "indicator": "pop_resident", "year": 2015, "entity": "某市", "value": 312.0 + index,
                          "value_text": str(312 + index), "line": 3 + index, "source": source} for index, source in enumerate(sources)])


@pytest.mark.parametrize("sources", [["text", "text"], ["table", "table"], []])
def test_a_plan_with_one_side_only_has_no_text_table_pairs(sources):
    frame = pair_rows(sources) if sources else pair_rows(["text"]).iloc[0:0]
    pairs = text_table_pairs(frame)
    assert list(pairs.columns) == list(COLUMNS) and pairs.empty


def test_near_miss_a_table_and_a_text_row_make_a_pair():
    pairs = text_table_pairs(pair_rows(["table", "text"]))
    assert pairs[["value_table", "value_text", "difference"]].values.tolist() == [[312.0, 313.0, 1.0]]


def test_a_pandera_without_the_internals_the_shortcut_calls_falls_back_to_pandera(extraction, monkeypatch):
    # pyproject asks pandera>=0.35: a later one may move its checks' functions; then pandera validates, as before the shortcut
    frame = extraction.indicators

    def moved(*_args, **_kwargs):
        raise AttributeError("'Check' object has no attribute '_check_fn'")

    monkeypatch.setattr(schemas, "_passes", moved)
    calls = []
    original = pa.DataFrameSchema.validate
    monkeypatch.setattr(pa.DataFrameSchema, "validate", lambda self, *a, **k: calls.append(1) or original(self, *a, **k))
    assert schemas.indicators_schema().validate(frame).equals(frame) and calls  # pandera ran and passed it
    broken = frame.assign(value=frame["value"].astype(object).where(frame.index != frame.index[0], "x"))
    with pytest.raises(pa.errors.SchemaError):
        schemas.indicators_schema().validate(broken)
