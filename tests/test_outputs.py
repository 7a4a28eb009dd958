"""Committed outputs are current (a fresh build reproduces them byte for byte) and documented."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import paths
from analysis.codebook import BETTER, MEASURES, load_codebook
from analysis.extract.stage import run as extract_run
from analysis.schemas import changes_schema, indicators_schema, plans_schema, quality_log_schema

BUILT = [
    "quality_log.csv", "contamination.csv", "indicators.csv", "changes.csv", "plans.csv",
    "trends.csv", "ambition.csv", "outcomes.csv", "progress.csv", "sensitivity.csv", "bands.csv", "cohort.csv", "cohort_backtest.csv", "consistency.csv",
    "figure_verdicts.csv", "error_backtest.csv", "error_distribution.csv", "share_error_backtest.csv", "share_error_distribution.csv", "trajectory_error_backtest.csv", "trajectory_error_distribution.csv", "calibration.csv",
    "fared.csv", "fared_pace.csv", "fared_summary.csv", "fared_sensitivity.csv", "zero_sum.csv", "zero_sum_parts.csv",
]


@pytest.fixture(scope="module")
def fresh(download_build, tmp_path_factory):
    """Every data stage run afresh (once per session, from sources downloaded into an empty cache:
    conftest.download_build), and the extraction run here for its in-memory tables."""
    assert download_build.built.returncode == 0, download_build.built.stderr[-2000:]
    here = tmp_path_factory.mktemp("extract")
    extraction = extract_run(progress=lambda _: None, out_dir=here, codebook_dir=here)
    return download_build.out, extraction


@pytest.mark.parametrize("name", BUILT)
def test_committed_table_equals_fresh_build(fresh, name):
    out, _ = fresh
    assert (out / name).read_bytes() == (paths.PROCESSED / name).read_bytes(), f"data/processed/{name} is stale: run `python -m analysis build`"


@pytest.mark.parametrize("name", ["reference.csv", "observations.csv", "boundary_changes.csv"])
def test_committed_reference_tables_equal_fresh_build(fresh, name):
    out, _ = fresh
    assert (out / name).read_bytes() == (paths.REFERENCE / name).read_bytes(), f"data/reference/{name} is stale: run `python -m analysis sources`"


@pytest.mark.parametrize("name", ["indicators.csv", "changes.csv", "plans.csv", "quality_log.csv"])
def test_committed_corpus_tables_equal_fresh_build(fresh, name):
    out, _ = fresh
    assert (out / "corpus" / name).read_bytes() == (paths.CORPUS_TABLES / name).read_bytes(), f"data/processed/corpus/{name} is stale: run `python -m analysis extract`"


def test_corpus_texts_are_extracted_with_their_text_id(fresh):
    plans = pd.read_csv(paths.CORPUS_TABLES / "plans.csv", dtype=str, keep_default_na=False)
    manifest = pd.read_csv(paths.CORPUS_MANIFEST, dtype=str, keep_default_na=False)
    assert sorted(plans["plan_id"]) == sorted(manifest["text_id"])
    assert (plans["plan_id"] + ".txt" == plans["seed_file"]).all()
    values = pd.read_csv(paths.CORPUS_TABLES / "indicators.csv", dtype=str, keep_default_na=False)
    national = values[(values["plan_id"] == "nation-zhongguo-2017-3") & (values["indicator"] == "pop_resident") & (values["year"] == "2020")]
    assert list(national["value"]) == ["14.2"] and set(national["unit"]) == {"100m persons"} and set(national["kind"]) == {"target"}


def test_committed_parquet_matches(fresh):
    out, _ = fresh
    pd.testing.assert_frame_equal(pd.read_parquet(out / "indicators.parquet"), pd.read_parquet(paths.INDICATORS_PARQUET))
    assert (out / "indicators.parquet").read_bytes() == (out / "indicators.parquet").read_bytes()


def test_build_is_deterministic(fresh, tmp_path):
    out, _ = fresh
    extract_run(progress=lambda _: None, out_dir=tmp_path, codebook_dir=tmp_path)
    for name in ("indicators.csv", "indicators.parquet", "changes.csv", "plans.csv", "quality_log.csv"):
        assert (tmp_path / name).read_bytes() == (out / name).read_bytes(), name


def test_quality_kind_codebook_is_current(fresh):
    out, _ = fresh
    assert (out / "quality_kinds.csv").read_bytes() == (paths.CODEBOOK / "quality_kinds.csv").read_bytes()


def test_tables_pass_their_schemas(fresh):
    _, extraction = fresh
    indicators_schema().validate(extraction.indicators)
    changes_schema().validate(extraction.changes)
    plans_schema().validate(extraction.plans)
    log = pd.read_csv(paths.QUALITY_LOG, dtype={"detail": str})
    log["line"], log["line_end"] = log["line"].astype("Int64"), log["line_end"].astype("Int64")
    quality_log_schema().validate(log.fillna({"detail": ""}))


def test_schema_rejects_a_wrong_row(fresh):
    _, extraction = fresh
    broken = extraction.indicators.copy()
    broken.loc[0, "qualifier"] = "ge"  # a lower bound without value_low
    broken.loc[0, "value_low"] = pd.NA
    with pytest.raises(Exception, match="lower-bound qualifiers set value_low"):
        indicators_schema().validate(broken, lazy=True)


def test_every_column_is_documented(fresh):
    out, extraction = fresh
    documented = pd.read_csv(paths.CODEBOOK / "columns.csv")
    assert documented["description"].str.len().min() > 5
    tables = {
        "indicators": list(extraction.indicators.columns),
        "changes": list(extraction.changes.columns),
        "plans": list(extraction.plans.columns),
        "quality_log": list(pd.read_csv(out / "quality_log.csv").columns),
        "contamination": list(pd.read_csv(out / "contamination.csv").columns),
        "manifest": list(pd.read_csv(paths.MANIFEST).columns),
        "codebook_indicators": list(pd.read_csv(paths.CODEBOOK / "indicators.csv").columns),
        **{name: list(pd.read_csv(out / f"{name}.csv").columns) for name in ("reference", "observations", "boundary_changes", "trends", "ambition", "outcomes", "progress", "sensitivity", "bands", "cohort", "cohort_backtest", "consistency",
                                                                    "error_backtest", "error_distribution", "share_error_backtest", "share_error_distribution", "trajectory_error_backtest", "trajectory_error_distribution", "calibration", "fared", "fared_pace", "fared_summary", "fared_sensitivity", "zero_sum", "zero_sum_parts")},
    }
    for table, columns in tables.items():
        assert documented.loc[documented["table"] == table, "column"].tolist() == columns, table


def test_indicator_codebook_is_complete_and_consistent(fresh):
    _, extraction = fresh
    codebook = load_codebook()
    frame = codebook.frame
    assert frame["code"].is_unique
    assert set(frame["measure"]) <= set(MEASURES) and set(frame["better"]) <= set(BETTER)
    assert set(frame.loc[frame["numerator"] != "", "numerator"]) <= set(frame["code"])
    assert (frame[["name_en", "name_zh", "unit", "definition"]] != "").all().all()
    used = set(extraction.indicators["indicator"]) | set(extraction.changes["indicator"])
    assert used <= set(frame["code"])  # no 'unmapped' row in the seeds
    assert codebook.match_label("主要劳动年龄人口平均受教育年限") != codebook.match_label("劳动年龄人口平均受教育年限")
    assert codebook.match_label("新增劳动力平均受教育年限(年)") == "edu_years_new_labour"
    assert codebook.match_label("16~59岁劳动年龄人口平均受教育年限") == "edu_years_16_59"
    assert codebook.match_label("15~59岁人口占比") == "share_15_59" != codebook.match_label("16~59岁人口占比")
