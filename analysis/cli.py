"""Command-line interface: one subcommand per pipeline stage, one for the data, one for everything.

Floor: top (it may import every stage). The stages run in one order, each reading only what the
earlier ones wrote: ingest → extract → sources → audit → model → report.

    python -m analysis sources     # obtain and verify the pinned data sets; reference and observations tables
    python -m analysis ingest      # seeds -> quality log
    python -m analysis data        # ingest, extract, sources, audit, model (no report)
    python -m analysis build       # data (unless nothing changed since the last data run), then the report

Every stage prints what it read and wrote. Outputs are all-or-nothing: ``data`` and ``build``
stage every table and move them into place only when all stages succeeded (the report's site is
swapped in the same way), and a single stage commits its own set of tables at once
(:mod:`analysis.io`). A lock keeps two builds in one checkout apart.

Exit status: 0 done; 1 some files of an ``extract PATH…`` batch could not be read (the others'
rows were written); 2 an input problem, explained in one line naming the file and the reason;
130 interrupted (Ctrl-C) — a commit of tables is never cut in half: the outputs are those of before
the run, or (when a set of tables was already committed, e.g. the data before the report) the
message says which were replaced.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import time
from collections.abc import Callable, Sequence

from analysis.errors import BatchError, PlanwatchError


def _stage(name: str, function: Callable[[], object]) -> None:
    print(f"== {name}", flush=True)
    started = time.perf_counter()
    function()
    print(f"   {name} done in {time.perf_counter() - started:.1f} s", flush=True)


def _ingest(args: argparse.Namespace) -> None:
    from analysis.ingest.stage import run

    _stage("ingest", lambda: run(progress=_progress))


def _extract(args: argparse.Namespace) -> None:
    from pathlib import Path

    from analysis.extract.stage import extract_paths, run

    files = getattr(args, "paths", None)
    if files:
        out = Path(args.out) if args.out else Path("indicators.csv")
        _stage("extract", lambda: extract_paths([Path(p) for p in files], out, progress=_progress))
    elif getattr(args, "out", None):
        raise PlanwatchError(f"--out {args.out}: name the plan files to extract (python -m analysis extract PLAN.txt … --out {args.out}); without files, extract reads the manifest's seeds")
    else:
        from analysis.extract.stage import run_corpus

        _stage("extract", lambda: (run(progress=_progress), run_corpus(progress=_progress)))


def _sources(args: argparse.Namespace) -> None:
    from analysis.sources import registry
    from analysis.sources.stage import run

    if getattr(args, "mirror", None):
        os.environ[registry.MIRROR_ENV] = args.mirror
    _stage("sources", lambda: run(progress=_progress))


def _status_changes(args: argparse.Namespace) -> None:
    """Rewrite ``data/reference/county_status_changes.csv`` from the 2020 census county table. Not a data stage:
    ingest reads the file (through the gazetteer) before the sources stage runs, so it is committed and rewritten
    only when the gazetteer package or the census table changes (a test checks the committed file against them)."""
    from analysis import io, paths, schemas
    from analysis.gazetteer import STATUS_CHANGES, vintage_places
    from analysis.sources import leiii_census

    if getattr(args, "mirror", None):
        from analysis.sources import registry

        os.environ[registry.MIRROR_ENV] = args.mirror
    frame = leiii_census.status_changes(leiii_census.county_table(2020), vintage_places())
    schemas.validate(frame, schemas.county_status_changes_schema(), STATUS_CHANGES.name)
    with io.transaction():
        io.write_all({STATUS_CHANGES: io.csv_bytes(frame)})
    print(f"   {paths.display(STATUS_CHANGES)}: {len(frame)} county-level places whose status changed after the gazetteer's vintage", flush=True)


def _audit(args: argparse.Namespace) -> None:
    from analysis.consistency.stage import run

    _stage("audit", lambda: run(progress=_progress))


def _model(args: argparse.Namespace) -> None:
    from analysis.model.stage import run

    _stage("model", lambda: run(progress=_progress))


def _report(args: argparse.Namespace) -> None:
    from analysis.report.build import build

    if args.command == "report":
        require_tables_current()  # ``build`` has just made (or checked) them
    _stage("report", lambda: build(progress=_progress))


def require_tables_current() -> None:
    """Before ``report`` on its own: refuse data tables that are not the pipeline's build of the
    seeds as they are now — a seed, the manifest or the codebook changed since (the report would
    print the old values beside the new text), a table edited, or a run record missing (nothing
    could be checked). One line naming the file and the command to run; exit status 2."""
    from analysis import paths
    from analysis.errors import InputError
    from analysis.corpus import corpus_inputs
    from analysis.manifest import extraction_inputs
    from analysis.runrecord import RECORD, read_record, require_current, verify_file

    for folder in (paths.PROCESSED, paths.CORPUS_TABLES, paths.REFERENCE):
        record = read_record(folder)
        if not record:
            raise InputError(f"{paths.display(folder / RECORD)}: missing, so the tables cannot be checked; run python -m analysis data (or make report)")
        for name in sorted(record):
            verify_file(folder / name)
        unrecorded = sorted(p.name for p in folder.glob("*.csv") if p.name not in record and folder == paths.PROCESSED)
        if unrecorded:
            raise InputError(f"{paths.display(folder / unrecorded[0])}: not in the run record (not written by the pipeline); run python -m analysis data")
    require_current([paths.INDICATORS, paths.CHANGES, paths.PLANS], extraction_inputs(), "extract")
    require_current([paths.CORPUS_TABLES / name for name in ("indicators.csv", "changes.csv", "plans.csv")], corpus_inputs(), "extract")


def _progress(message: str) -> None:
    print(f"   {message}", flush=True)


def _data(args: argparse.Namespace) -> None:
    """Every data stage in one transaction: the tables change together or not at all."""
    from analysis import io
    from analysis.freshness import digests, mark_current

    started = time.perf_counter()
    before = digests()  # the inputs as they are when the run starts: an edit made during it leaves the stamp stale
    already = len(io.committed)
    with io.transaction():
        for name in DATA_ORDER:
            COMMANDS[name][1](args)
    mark_current(before=before, written=io.committed[already:])
    print(f"== data finished in {time.perf_counter() - started:.1f} s", flush=True)


def _build(args: argparse.Namespace) -> None:
    from analysis.freshness import is_current

    started = time.perf_counter()
    if is_current():
        print("== data: the tables are already the build of the current seeds, sources and code (unchanged since the last data run): reused; python -m analysis data rebuilds them anyway", flush=True)
    else:
        _data(args)
    _report(args)
    print(f"== build finished in {time.perf_counter() - started:.1f} s", flush=True)


COMMANDS: dict[str, tuple[str, Callable[[argparse.Namespace], None]]] = {
    "ingest": ("decode and normalise the seeds, locate plan bodies, write the quality log", _ingest),
    "extract": ("extract every indicator value (tables and prose) into the tidy tables", _extract),
    "sources": ("obtain the pinned official data sets (local mirror, download cache or download), verify every SHA-256, and build the official statistics tables: reference statistics and observations of the plan places", _sources),
    "audit": ("run the consistency audit: within plans, across plans, against higher-level targets and statistics; verdicts on plan figures", _audit),
    "check": ("the same as audit (its former name)", _audit),
    "model": ("fit trend models, measure each target's ambition, compare past targets with outcomes", _model),
    "data": ("run ingest, extract, sources, audit and model; the tables change together or not at all", _data),
    "status-changes": ("rewrite data/reference/county_status_changes.csv (county-level places whose status changed after the gazetteer's vintage) from the 2020 census county table; not a data stage: ingest reads it", _status_changes),
    "report": ("build the report site and PDF (Quarto if installed, otherwise the fallback)", _report),
    "build": ("run the data stages (unless seeds, sources, code and tables are unchanged since the last data run), then build the report", _build),
}
DATA_ORDER = ("ingest", "extract", "sources", "audit", "model")


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m analysis", description="planwatch pipeline")
    commands = top.add_subparsers(dest="command", required=True)
    for name, (help_text, _) in COMMANDS.items():
        command = commands.add_parser(name, help=help_text, description=help_text)
        if name == "extract":
            command.add_argument("paths", nargs="*", help="plan text files to extract without manifest rows (default: the manifest's seeds)")
            command.add_argument("--out", help="CSV file for the values of PATHS (also writes <stem>_changes.csv and <stem>_plans.csv)")
        if name in ("sources", "status-changes"):
            command.add_argument("--mirror", help="folder holding the sources, one folder per source id (default: $PLANWATCH_SOURCES_MIRROR, else ../shared/reference/sources/ if present, else download)")
    return top


def main(argv: Sequence[str] | None = None) -> int:
    import threading

    # a Ctrl-C is recorded (analysis.io.interrupt), so one a finaliser swallows still stops the commit; the handler
    # is the process's only while the command runs (a test calling main keeps its own)
    previous = signal.getsignal(signal.SIGINT)
    own = threading.current_thread() is threading.main_thread()
    try:
        return _main(argv, own)
    finally:
        if own:
            signal.signal(signal.SIGINT, previous)


def _main(argv: Sequence[str] | None, own: bool) -> int:
    try:
        args = parser().parse_args(argv)
        from analysis.io import recover, interrupt, interrupts  # imports pandas: a Ctrl-C here is an interruption like any other

        interrupts.clear()
        if own:
            signal.signal(signal.SIGINT, interrupt)
        from analysis.lock import build_lock

        with build_lock():
            finished = recover()
            if finished:
                print(f"   finished moving {len(finished)} files of an interrupted run into place", flush=True)
            COMMANDS[args.command][1](args)
    except BatchError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except PlanwatchError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"interrupted: {_what_changed()}", file=sys.stderr)
        return 130
    except Exception as error:
        if os.environ.get("PLANWATCH_DEBUG"):
            raise
        print(f"error: {type(error).__name__}: {error} (a defect of planwatch: rerun with PLANWATCH_DEBUG=1 for the traceback and report it)", file=sys.stderr)
        return 3
    return 0


def _what_changed() -> str:
    """What an interruption left: nothing changed, or the tables a finished commit put in place."""
    io = sys.modules.get("analysis.io")
    committed = list(getattr(io, "committed", ()))
    if not committed:
        return "the previous outputs are unchanged"
    from pathlib import Path

    folders = sorted({str(Path(target).parent.name) for target in committed})
    return f"{len(committed)} files written before the interruption are in place (in {', '.join(folders)}: each set whole); the outputs not yet written are unchanged"
