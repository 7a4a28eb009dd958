"""Reliability (issue #15): batches, one-line errors, all-or-nothing outputs, run records, the lock,
interrupts, file permissions, and a corpus that grows as the README says."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from analysis import io, paths
from analysis.errors import InputError, ManifestError
from analysis.lock import build_lock
from analysis.manifest import read_manifest
from conftest import copy_tracked_files, own_checkout

CORPUS = paths.ROOT / "tests" / "corpus" / "texts" / "dev"


def cli(*args: str, cwd: Path | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    """Run the command line in ``cwd`` (default: the tests' own copy of the repository, never this
    checkout, whose build lock a running build may hold)."""
    return subprocess.run([sys.executable, "-m", "analysis", *args], capture_output=True, text=True, cwd=cwd or own_checkout(), timeout=timeout)


def digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob("*")) if p.is_file()}


# --- batches and one-line errors -------------------------------------------------------------------

def test_a_batch_writes_the_good_files_and_names_each_bad_one(tmp_path):
    good = tmp_path / "plan.TXT"
    shutil.copy(CORPUS / "kunshan_14th.txt", good)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    out = tmp_path / "values.csv"
    result = cli("extract", str(good), str(tmp_path / "empty.txt"), str(tmp_path / "image.txt"), str(tmp_path / "missing.txt"), "--out", str(out))
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert errors[0] == "error: 3 of 4 files could not be read:"
    assert any("empty.txt: file is empty (0 bytes)" in line for line in errors)
    assert any("image.txt: binary file" in line for line in errors)
    assert any("missing.txt: file not found" in line for line in errors)
    assert "Traceback" not in result.stderr
    values = pd.read_csv(out)
    assert set(values["seed_file"]) == {"plan.TXT"} and len(values) > 20


def test_a_text_above_the_size_limit_is_refused_with_one_line_before_it_is_read(tmp_path):
    from analysis.ingest.decode import MAX_BYTES

    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:  # sparse: the size is checked before a byte is read
        handle.truncate(MAX_BYTES + 1)
    result = subprocess.run([sys.executable, "-m", "analysis", "extract", str(huge), "--out", str(tmp_path / "v.csv")], cwd=own_checkout(), capture_output=True, text=True)
    assert result.returncode == 1, result.stderr
    assert "50.0 MB is above the 50 MB limit for one plan text" in result.stderr + result.stdout
    assert pd.read_csv(tmp_path / "v.csv").empty and pd.read_csv(tmp_path / "v_plans.csv").empty  # a batch with no readable file still writes its (empty) tables


def test_utf16_text_and_out_without_files(tmp_path):
    text = (CORPUS / "kunshan_14th.txt").read_text(encoding="utf-8")
    (tmp_path / "plan.txt").write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    out = tmp_path / "v.csv"
    assert cli("extract", str(tmp_path / "plan.txt"), "--out", str(out)).returncode == 0
    assert len(pd.read_csv(out)) > 20
    result = cli("extract", "--out", str(out))
    assert result.returncode == 2 and result.stderr.startswith("error: --out") and len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize(
    ("content", "encoding", "message"),
    [
        ("2015年", "utf-8", "row 2, column base_year: '2015年' is not a year"),
        ("2015", "gbk", "not UTF-8"),
        ('"unbalanced', "utf-8", "not a readable CSV"),
    ],
)
def test_malformed_manifests_give_one_line(tmp_path, content, encoding, message):
    lines = paths.MANIFEST.read_text(encoding="utf-8").splitlines()
    header, first = lines[0], lines[1].split(",")
    columns = header.split(",")
    if content == "2015年":
        first[columns.index("base_year")] = content
    elif content == '"unbalanced':
        first[0] = content
    else:
        first[columns.index("plan_title")] = "重庆市人口发展规划"
    path = tmp_path / "manifest.csv"
    path.write_bytes("\n".join([header, ",".join(first)]).encode(encoding))
    with pytest.raises(ManifestError) as error:
        read_manifest(path)
    assert message in str(error.value) and "\n" not in str(error.value)


# --- all-or-nothing outputs and run records --------------------------------------------------------

def test_a_failing_transaction_leaves_every_output_untouched(tmp_path):
    a, b = tmp_path / "x" / "a.csv", tmp_path / "y" / "a.csv"
    io.write_all({a: b"old a\n", b: b"old b\n"})
    with pytest.raises(RuntimeError):
        with io.transaction():
            io.write_all({a: b"new a\n"})
            assert io.resolve(a).read_bytes() == b"new a\n" and a.read_bytes() == b"old a\n"
            io.write_all({b: b"new b\n"})
            raise RuntimeError("a later stage fails")
    assert (a.read_bytes(), b.read_bytes()) == (b"old a\n", b"old b\n")
    with io.transaction():
        io.write_all({a: b"new a\n"})
        io.write_all({b: b"new b\n"})  # same file name, other folder: two staged files
    assert (a.read_bytes(), b.read_bytes()) == (b"new a\n", b"new b\n")


def test_an_interrupted_commit_is_finished_by_the_next_run(tmp_path):
    root = tmp_path / ".staging"
    (root / "run-x").mkdir(parents=True)
    staged = root / "run-x" / "00001-a.csv"
    staged.write_text("new", encoding="utf-8")
    target = tmp_path / "a.csv"
    target.write_text("old", encoding="utf-8")
    (root / "COMMIT").write_text(f'[["{staged}", "{target}"]]', encoding="utf-8")
    assert io.recover(root) == [str(target)]
    assert target.read_text(encoding="utf-8") == "new" and not (root / "COMMIT").exists() and not (root / "run-x").exists()


def test_files_take_the_mode_the_umask_allows(tmp_path):
    old = os.umask(0o022)
    try:
        io.write_all({tmp_path / "a.csv": b"x\n"})
    finally:
        os.umask(old)
    assert (tmp_path / "a.csv").stat().st_mode & 0o777 == 0o644


def test_an_edited_or_truncated_table_is_refused(tmp_path):
    from analysis.model.stage import run

    folder = tmp_path / "processed"
    shutil.copytree(paths.PROCESSED, folder)
    table = folder / "indicators.csv"
    table.write_bytes(b"".join(table.read_bytes().splitlines(keepends=True)[:60]))
    with pytest.raises(InputError) as error:
        run(progress=lambda m: None, out_dir=folder)
    assert "indicators.csv: not the table the extract stage wrote (edited or truncated?)" in str(error.value)


def test_tables_from_different_runs_are_refused(tmp_path):
    from analysis.runrecord import RECORD, require_same_run

    folder = tmp_path / "processed"
    shutil.copytree(paths.PROCESSED, folder)
    record = (folder / RECORD).read_text(encoding="utf-8")
    (folder / RECORD).write_text(record.replace('"stage": "extract",\n  "inputs": "', '"stage": "extract",\n  "inputs": "0', 1), encoding="utf-8")
    with pytest.raises(InputError, match="come from different runs of extract"):
        require_same_run([folder / "indicators.csv", folder / "changes.csv", folder / "plans.csv"])


def test_a_second_build_in_the_checkout_stops_with_one_line(tmp_path):
    lock = tmp_path / "lock"
    with build_lock(lock):
        from analysis.errors import PlanwatchError

        with pytest.raises(PlanwatchError, match="another planwatch command is running"):
            with build_lock(lock):
                pass
    with build_lock(lock):  # released when the holder ends
        pass


@pytest.fixture
def repo_copy(tmp_path):
    """A copy of the committed repository (what a fresh clone holds), with its own package path, and
    the shared folder beside it as on development and CI machines (the sources' mirror)."""
    target = tmp_path / "repo"
    if (paths.ROOT.parent / "shared").is_dir():
        (tmp_path / "shared").symlink_to(paths.ROOT.parent / "shared")
    return copy_tracked_files(target)


def test_two_builds_in_one_checkout(repo_copy):
    first = subprocess.Popen([sys.executable, "-m", "analysis", "data"], cwd=repo_copy, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(1.5)
    second = cli("data", cwd=repo_copy)
    first.send_signal(signal.SIGINT)
    first.communicate(timeout=120)
    assert second.returncode == 2 and second.stderr.startswith("error: another planwatch command is running in this checkout (pid ")
    assert len(second.stderr.strip().splitlines()) == 1


def test_sigint_leaves_the_previous_outputs_intact(repo_copy):
    before = {folder: digests(repo_copy / "data" / folder) for folder in ("processed", "reference", "codebook")}
    for delay in (1.5, 6.0):
        process = subprocess.Popen([sys.executable, "-m", "analysis", "data"], cwd=repo_copy, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(delay)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=120)
        assert process.returncode == 130, stderr
        assert stderr.strip().splitlines()[-1] == "interrupted: the previous outputs are unchanged"
        after = {folder: digests(repo_copy / "data" / folder) for folder in ("processed", "reference", "codebook")}
        assert after == before


def test_adding_a_plan_as_the_readme_says_keeps_the_build_passing(repo_copy):
    """README, "Adding a plan": text in seeds/, a manifest row with its SHA-256, then build."""
    source = CORPUS / "kunshan_14th.txt"
    shutil.copy(source, repo_copy / "seeds" / "005_kunshan.txt")
    row = {
        "plan_id": "kunshan-2021-2025", "seed_file": "005_kunshan.txt", "place_zh": "昆山市", "place_pinyin": "Kunshan",
        "province_zh": "江苏省", "admin_level": "county", "plan_title": "昆山市人口发展“十四五”规划", "issuer": "", "doc_number": "",
        "issue_date": "", "period_start": "2021", "period_end": "2025", "status": "final", "base_year": "2020",
        "base_year_source": "stated", "sha256": hashlib.sha256(source.read_bytes()).hexdigest(), "notes": "test corpus text",
    }
    manifest = pd.read_csv(repo_copy / "seeds" / "manifest.csv", dtype=str, keep_default_na=False)
    pd.concat([manifest, pd.DataFrame([row])]).to_csv(repo_copy / "seeds" / "manifest.csv", index=False, lineterminator="\n")
    result = cli("data", cwd=repo_copy, timeout=600)
    assert result.returncode == 0, result.stderr
    plans = pd.read_csv(repo_copy / "data" / "processed" / "plans.csv", dtype=str, keep_default_na=False)
    assert plans.set_index("plan_id").loc["kunshan-2021-2025", "place_identified"] == "昆山市"
    values = pd.read_csv(repo_copy / "data" / "processed" / "indicators.csv", dtype=str, keep_default_na=False)
    assert (values["plan_id"] == "kunshan-2021-2025").sum() > 20
    seeds = pd.read_csv(paths.PROCESSED / "indicators.csv", dtype=str, keep_default_na=False)
    assert values[values["plan_id"] != "kunshan-2021-2025"].reset_index(drop=True).equals(seeds)  # the seeds' values are unchanged


def test_build_reuses_the_tables_only_while_seeds_sources_code_and_tables_are_unchanged(tmp_path):
    from analysis.freshness import is_current, mark_current

    for name, text in {"seeds/a.txt": "人口", "data/processed/indicators.csv": "x\n1\n", "analysis/stage.py": "A = 1\n", "requirements.lock": "pandas==3.1\n"}.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    stamp = tmp_path / ".stamp"
    assert not is_current(tmp_path, stamp)  # a fresh clone: no stamp, the data stages run
    mark_current(tmp_path, stamp)
    assert is_current(tmp_path, stamp)
    (tmp_path / "analysis" / "__pycache__").mkdir()
    (tmp_path / "analysis" / "__pycache__" / "stage.cpython-311.pyc").write_bytes(b"\0")
    assert is_current(tmp_path, stamp)  # byte-code is not a change
    for name, text in {"seeds/a.txt": "人口。", "analysis/stage.py": "A = 2\n", "data/processed/indicators.csv": "x\n2\n", "requirements.lock": "pandas==3.2\n", "seeds/b.txt": "新"}.items():
        before = (tmp_path / name).read_bytes() if (tmp_path / name).exists() else None
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert not is_current(tmp_path, stamp), name
        if before is None:
            (tmp_path / name).unlink()
        else:
            (tmp_path / name).write_bytes(before)
        assert is_current(tmp_path, stamp), name


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_an_interrupt_a_finaliser_swallowed_still_stops_the_commit(tmp_path):
    # Python prints "Exception ignored" for a KeyboardInterrupt raised in a __del__ or weakref callback and goes on:
    # the command line's handler records the interrupt, so the transaction refuses to put the outputs in place
    import gc

    target = tmp_path / "table.csv"
    target.write_text("old\n", encoding="utf-8")

    class Finalised:
        def __del__(self):
            io.interrupt(signal.SIGINT, None)  # raises KeyboardInterrupt inside a finaliser: Python swallows it

    io.interrupts.clear()
    try:
        with pytest.raises(KeyboardInterrupt):
            with io.transaction():
                io.write_all({target: b"new\n"})
                Finalised()
                gc.collect()
        assert target.read_text(encoding="utf-8") == "old\n"
    finally:
        io.interrupts.clear()
    with io.transaction():  # without an interrupt the same write goes through
        io.write_all({target: b"new\n"})
    assert target.read_text(encoding="utf-8") == "new\n"
