"""Hostile-input findings of issue #23: where outputs go, interruptions during a commit and at
start-up, staging folders of other processes."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from analysis import io, paths
from analysis.errors import PlanwatchError
from analysis.extract.stage import extract_paths

SEED = paths.SEEDS / "001_5ce9d41989af5780.txt"


def test_extract_out_naming_an_input_or_a_folder_is_refused_and_the_input_kept(tmp_path):
    plan = tmp_path / "plan.csv"
    shutil.copy(SEED, plan)
    before = plan.read_bytes()
    with pytest.raises(PlanwatchError, match="would overwrite the input"):
        extract_paths([plan], plan, progress=lambda message: None)
    other = tmp_path / "v_changes.csv"  # the changes file of --out v.csv
    shutil.copy(SEED, other)
    with pytest.raises(PlanwatchError, match="would overwrite the input"):
        extract_paths([other], tmp_path / "v.csv", progress=lambda message: None)
    assert plan.read_bytes() == before and other.read_bytes() == before
    with pytest.raises(PlanwatchError, match="is a folder"):
        extract_paths([plan], tmp_path, progress=lambda message: None)


def test_outputs_on_another_filesystem_are_moved_in_whole(tmp_path, monkeypatch):
    real_replace = os.replace

    def cross_device(source, target):
        if str(source).startswith(str(io.STAGING)) and not str(target).startswith(str(io.STAGING)):
            raise OSError(18, "Invalid cross-device link")  # EXDEV, as for --out /dev/shm/…
        return real_replace(source, target)

    monkeypatch.setattr(io.os, "replace", cross_device)
    out = tmp_path / "v.csv"
    extract_paths([SEED], out, progress=lambda message: None)
    assert out.read_text(encoding="utf-8").count("\n") > 10 and (tmp_path / "v_plans.csv").exists()
    assert not list(tmp_path.glob(".*planwatch-*"))


@pytest.mark.skipif(not Path("/dev/shm").is_dir() or os.stat("/dev/shm").st_dev == os.stat(paths.ROOT).st_dev, reason="needs /dev/shm on another filesystem")
def test_extract_out_on_dev_shm(tmp_path):
    folder = Path(tempfile_dir := f"/dev/shm/planwatch-test-{os.getpid()}")
    try:
        extract_paths([SEED], folder / "v.csv", progress=lambda message: None)
        assert (folder / "v.csv").stat().st_size > 1000
    finally:
        shutil.rmtree(tempfile_dir, ignore_errors=True)


def test_ctrl_c_during_the_moves_of_a_commit_waits_for_the_last_move(tmp_path, monkeypatch):
    targets = [tmp_path / f"table_{i}.csv" for i in range(21)]
    for target in targets:
        target.write_text("old\n", encoding="utf-8")
    real_move = io._move
    moved = []

    def move(staged, target):
        moved.append(target)
        if len(moved) == 6:
            os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C after 6 of 21 moves
        real_move(staged, target)

    monkeypatch.setattr(io, "_move", move)
    with pytest.raises(KeyboardInterrupt):
        io.write_all({target: b"new\n" for target in targets})
    assert [target.read_text(encoding="utf-8") for target in targets] == ["new\n"] * 21  # whole, not 6 of 21
    assert not (io.STAGING / "COMMIT").exists()


def test_a_crash_during_a_commit_keeps_the_staged_files_the_journal_needs(tmp_path):
    transaction = io.Transaction()
    target = tmp_path / "t.csv"
    transaction.write(target, b"new\n")
    journal = transaction.folder.parent / "COMMIT"
    journal.write_text(__import__("json").dumps([(str(p), str(t)) for t, p in transaction.staged.items()]), encoding="utf-8")
    transaction.discard()  # what the cleanup does after an interruption
    assert transaction.folder.exists()
    io.recover()  # the next run finishes the commit
    assert target.read_text(encoding="utf-8") == "new\n" and not journal.exists()


def test_recovery_leaves_the_staging_folders_of_live_processes(tmp_path):
    root = tmp_path / "staging"
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        live = root / f"run-{sleeper.pid}-abc"
        dead = root / "run-999999999-abc"
        old = root / "run-abcdef"
        for folder in (live, dead, old):
            folder.mkdir(parents=True)
        io.recover(root)
        assert live.exists() and not dead.exists() and not old.exists()
    finally:
        sleeper.kill()
        sleeper.wait()


def test_ctrl_c_while_the_cli_imports_pandas_gives_one_line_and_130(monkeypatch, capsys):
    """Ctrl-C while the command imports its modules (pandas: a second or more under load) is an
    interruption like any other: one line, exit status 130, no traceback."""
    from analysis import cli

    class Interrupted:
        def __getattr__(self, name):
            if name == "recover":
                raise KeyboardInterrupt  # arrives while ``from analysis.io import recover`` runs
            raise AttributeError(name)

    monkeypatch.setitem(sys.modules, "analysis.io", Interrupted())
    monkeypatch.setattr(io, "committed", [])
    assert cli.main(["extract", str(SEED), "--out", "unused.csv"]) == 130
    assert capsys.readouterr().err == "interrupted: the previous outputs are unchanged\n"


def test_the_interruption_message_says_when_tables_were_replaced(monkeypatch):
    from analysis import cli

    monkeypatch.setattr(io, "committed", [])
    assert cli._what_changed() == "the previous outputs are unchanged"
    monkeypatch.setattr(io, "committed", [str(paths.PROCESSED / "indicators.csv")])
    assert "in place" in cli._what_changed() and "unchanged" in cli._what_changed()


def test_plan_ids_that_differ_only_in_chinese_characters_get_their_own_source_pages():
    from analysis.report import links

    names = {links.page_name(plan_id) for plan_id in ("绵阳-2021-2030", "德阳-2021-2030", "../德阳-2021-2030")}
    assert len(names) == 3 and all("/" not in name and not name.startswith(".") for name in names)
    assert links.page_name("chongqing-2016-2030") == "chongqing-2016-2030"  # ids that need no change keep their names


def test_an_input_edited_while_the_data_stages_run_leaves_the_stamp_stale(tmp_path):
    from analysis.freshness import digests, is_current, mark_current

    for name, text in {"seeds/a.txt": "人口", "data/processed/indicators.csv": "x\n1\n", "analysis/stage.py": "A = 1\n"}.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    stamp = tmp_path / ".stamp"
    for edited in ("seeds/a.txt", "analysis/stage.py", None):
        before = digests(tmp_path)  # the run starts
        (tmp_path / "data/processed/indicators.csv").write_text(f"x\n{edited}\n", encoding="utf-8")  # the run writes its table
        if edited:
            (tmp_path / edited).write_text("edited during the run\n", encoding="utf-8")  # someone edits an input meanwhile
        mark_current(tmp_path, stamp, before=before, written=[tmp_path / "data/processed/indicators.csv"])
        assert is_current(tmp_path, stamp) == (edited is None), edited  # stale: the next build runs the data stages again


@pytest.fixture
def clone(tmp_path):
    """A copy of the committed repository (what a fresh clone holds)."""
    target = tmp_path / "repo"
    files = subprocess.run(["git", "ls-files", "-z"], cwd=paths.ROOT, capture_output=True, text=True, check=True).stdout.split("\0")
    for name in filter(None, files):
        if (paths.ROOT / name).is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(paths.ROOT / name, target / name)
    return target


def test_report_refuses_tables_older_than_the_seeds_or_without_their_run_record(clone):
    def report() -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "analysis", "report"], cwd=clone, capture_output=True, text=True, timeout=300)

    seed = clone / "seeds" / "001_5ce9d41989af5780.txt"
    original = seed.read_bytes()
    seed.write_bytes(original.replace("营口".encode(), "营囗".encode(), 1))
    result = report()
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "python -m analysis" in result.stderr
    seed.write_bytes(original)
    (clone / "data" / "processed" / "run.json").unlink()
    result = report()
    assert result.returncode == 2 and "run.json: missing" in result.stderr, result.stderr


def test_the_page_cache_key_follows_the_sources_licences_and_attributions(tmp_path):
    from analysis.report import inputs

    for name in ("data/sources/wdi.toml", "data/sources/leiii-census.toml", "data/reference/reference_statistics.provenance.toml", "LICENSE-REPORT.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("attribution = 'A'\n", encoding="utf-8")
    for name in ("data/sources/wdi.toml", "data/sources/leiii-census.toml", "data/reference/reference_statistics.provenance.toml", "LICENSE-REPORT.md"):
        before = inputs.fingerprint(tmp_path)
        (tmp_path / name).write_text("attribution = 'B'\n", encoding="utf-8")
        assert inputs.fingerprint(tmp_path) != before, name  # an edited attribution executes the methods page again
        (tmp_path / name).write_text("attribution = 'A'\n", encoding="utf-8")
        assert inputs.fingerprint(tmp_path) == before, name  # and a revert is a revert


def test_socket_folders_of_killed_page_builds_are_removed_by_the_next(tmp_path):
    from analysis.report.pages import remove_abandoned_sockets

    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        live, dead = tmp_path / f"planwatch-ipc-{sleeper.pid}-x1", tmp_path / "planwatch-ipc-999999999-x2"
        live.mkdir(), dead.mkdir()
        assert remove_abandoned_sockets(tmp_path) == [dead]
        assert live.exists() and not dead.exists()
    finally:
        sleeper.kill()
        sleeper.wait()


def test_statistics_of_a_place_no_plan_names_any_more_keep_their_gazetteer_code(monkeypatch):
    import pandas as pd

    from analysis.sources import common

    only_nation = pd.DataFrame([dict(zip(("code", "name", "level"), common.NATION))])
    monkeypatch.setattr(common, "places", lambda: only_nation)  # as if the Chongqing plan were removed
    assert common.place("重庆市") == {"code": "500000", "name": "重庆市", "level": "province"}
    with pytest.raises(KeyError):
        common.place("不存在市")


def test_cached_pages_are_reused_only_while_the_report_outputs_are_theirs(tmp_path, monkeypatch):
    import nbformat

    from analysis.report import build
    from analysis.report.pages import ExecutedPage

    executed: list[int] = []

    def execute_many(sources, **kwargs):
        executed.append(len(sources))
        return [ExecutedPage(source, "t", nbformat.v4.new_notebook()) for source in sources]

    monkeypatch.setattr(build, "execute_many", execute_many)
    monkeypatch.setenv("PLANWATCH_OUTPUT", str(tmp_path / "_report"))
    cache = tmp_path / "cache"
    n = len(build.report_sources())
    build.execute_all(progress=lambda message: None, cache=cache)
    build.execute_all(progress=lambda message: None, cache=cache)  # everything from the cache
    shutil.rmtree(tmp_path / "_report")  # make clean: the figures and tables are gone
    build.execute_all(progress=lambda message: None, cache=cache)
    assert executed == [n, n]


def test_an_interruption_caught_inside_code_compiled_from_a_string_still_exits_130(tmp_path):
    """Python 3.11 marks a Ctrl-C raised in exec'd code (a dataclass being made during an import)
    as unhandled even when the command catches it, and would exit by SIGINT (-2): the suite's
    SIGINT test failed so under load. ``python -m analysis`` ends an interrupted command with 130."""
    script = (
        "import runpy, sys\n"
        "import analysis.cli as cli\n"
        "def main(argv=None):\n"
        "    try:\n"
        "        exec('raise KeyboardInterrupt')\n"
        "    except KeyboardInterrupt:\n"
        "        print('interrupted: the previous outputs are unchanged', file=sys.stderr)\n"
        "        return 130\n"
        "cli.main = main\n"
        "runpy.run_module('analysis', run_name='__main__')\n"
    )
    (tmp_path / "probe.py").write_text(script, encoding="utf-8")  # run with -m, as python -m analysis is
    env = {**os.environ, "PYTHONPATH": str(paths.ROOT)}
    result = subprocess.run([sys.executable, "-m", "probe"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 130 and result.stderr == "interrupted: the previous outputs are unchanged\n", (result.returncode, result.stderr)
