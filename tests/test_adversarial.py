"""Hostile text shapes (digit runs, 分别 lists of thousands of items, ranges, pipe rows, a page
without newlines …) are read in time linear in their length: each shape at a small size, and at
four times that size, under a generous limit. A pattern that backtracks over a run, or a pass over
all findings for every cell, makes the larger text take 16 times as long and fails here.
(The full benchmark, 0.1 to 10 MB with growth exponents: benchmarks/adversarial_benchmark.py.)"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

from analysis import paths
from analysis.errors import BatchError
from analysis.extract import budget
from analysis.extract.stage import extract_documents, extract_paths
from analysis.ingest.stage import ingest_paths

sys.path.insert(0, str(paths.ROOT / "benchmarks"))
from adversarial_shapes import SHAPES  # noqa: E402

SMALL = 8_000  # bytes
LIMIT = 30.0  # seconds for the larger text: generous (a quadratic shape took minutes at this size)


def _seconds(path: Path, repetitions: int) -> float:
    """CPU seconds of the shortest of ``repetitions`` extractions of one file (the machine may be
    shared: CPU time, unlike the wall clock, does not grow with other processes' load)."""
    times = []
    for _ in range(repetitions):
        started = time.process_time()
        extraction = extract_documents(ingest_paths([path]))  # reading and extracting
        times.append(time.process_time() - started)
        assert not extraction.failures, extraction.failures
    return min(times)


@pytest.mark.parametrize("shape", list(SHAPES))
def test_each_hostile_shape_is_read_in_linear_time(shape, tmp_path):
    small, large = tmp_path / "small.txt", tmp_path / "large.txt"
    small.write_text(SHAPES[shape](SMALL), encoding="utf-8")
    large.write_text(SHAPES[shape](4 * SMALL), encoding="utf-8")
    # the small text, the yardstick, is timed twice (its shorter time: a slow outlier there would loosen the
    # bound); the large one once, since an outlier there can only make the test fail, never pass
    t_small = _seconds(small, 2)
    t_large = _seconds(large, 1)
    assert t_large < LIMIT, f"{shape}: {t_large:.1f} s for {4 * SMALL // 1000} KB"
    assert t_large <= 10 * t_small + 2.0, f"{shape}: {t_small:.2f} s for {SMALL // 1000} KB but {t_large:.2f} s for four times as much (linear is 4×, quadratic 16×)"


def test_a_text_over_its_budget_is_stopped_with_a_finding_and_the_batch_goes_on(tmp_path, monkeypatch):
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(SHAPES["spaced_numbers"](300_000), encoding="utf-8")
    plan = tmp_path / "plan.txt"
    plan.write_bytes((paths.SEEDS / "001_5ce9d41989af5780.txt").read_bytes())
    monkeypatch.setattr(budget, "seconds_for", lambda n_bytes: 0.3 if n_bytes > 200_000 else 600.0)
    extraction = extract_documents(ingest_paths([hostile, plan]))
    stopped = [f for f in extraction.findings if f.kind == "extraction_budget"]
    assert [f.seed_file for f in stopped] == ["hostile.txt"] and "budget" in stopped[0].detail
    assert set(extraction.indicators["seed_file"]) == {"plan.txt"}  # the stopped text's rows are discarded
    out = tmp_path / "v.csv"
    with pytest.raises(BatchError) as raised:
        extract_paths([hostile, plan], out, progress=lambda message: None)
    assert "hostile.txt" in str(raised.value) and "budget" in str(raised.value)
    assert "plan.txt" in out.read_text(encoding="utf-8") and "hostile.txt" not in out.read_text(encoding="utf-8")


def test_the_budget_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("PLANWATCH_EXTRACT_BUDGET", "7")
    assert budget.seconds_for(10**7) == 7.0
    monkeypatch.delenv("PLANWATCH_EXTRACT_BUDGET")
    assert budget.seconds_for(0) == budget.BASE_SECONDS


def test_the_time_a_text_took_to_ingest_counts_against_its_budget(tmp_path):
    from dataclasses import replace

    plan = tmp_path / "plan.txt"
    plan.write_bytes((paths.SEEDS / "001_5ce9d41989af5780.txt").read_bytes())
    [document] = ingest_paths([plan])
    assert document.ingest_seconds > 0
    assert len(extract_documents([document]).indicators) > 0
    spent = replace(document, ingest_seconds=budget.seconds_for(10**6) + 1)  # ingestion used the whole budget
    extraction = extract_documents([spent])
    assert [f.kind for f in extraction.findings if f.kind == "extraction_budget"] == ["extraction_budget"]
    assert extraction.indicators.empty
