"""Command-line interface: one subcommand per pipeline stage, and one for the whole build.

    python -m analysis ingest      # seeds -> quality log
    python -m analysis build       # every stage, then the report

Every stage prints what it read and wrote. Input problems end with a one-line error naming
the file and the reason, and exit status 2; nothing partial is written.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence

from analysis.errors import PlanwatchError


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
    else:
        _stage("extract", lambda: run(progress=_progress))


def _model(args: argparse.Namespace) -> None:
    from analysis.model.stage import run

    _stage("model", lambda: run(progress=_progress))


def _check(args: argparse.Namespace) -> None:
    from analysis.consistency.stage import run

    _stage("check", lambda: run(progress=_progress))


def _report(args: argparse.Namespace) -> None:
    from analysis.report.build import build

    _stage("report", lambda: build(progress=_progress))


def _progress(message: str) -> None:
    print(f"   {message}", flush=True)


def _build(args: argparse.Namespace) -> None:
    started = time.perf_counter()
    for name in BUILD_ORDER:
        COMMANDS[name][1](args)
    print(f"== build finished in {time.perf_counter() - started:.1f} s", flush=True)


COMMANDS: dict[str, tuple[str, Callable[[argparse.Namespace], None]]] = {
    "ingest": ("decode and normalise the seeds, locate plan bodies, write the quality log", _ingest),
    "extract": ("extract every indicator value (tables and prose) into the tidy tables", _extract),
    "model": ("fit trend models, measure each target's ambition, compare 2020 targets with outcomes", _model),
    "check": ("run the consistency audit: within plans, across plans, against higher-level targets and statistics", _check),
    "report": ("build the report site and PDF (Quarto if installed, otherwise the fallback)", _report),
    "build": ("run every stage in order, then build the report", _build),
}
BUILD_ORDER = ("ingest", "extract", "model", "check", "report")


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m analysis", description="planwatch pipeline")
    commands = top.add_subparsers(dest="command", required=True)
    for name, (help_text, _) in COMMANDS.items():
        command = commands.add_parser(name, help=help_text, description=help_text)
        if name == "extract":
            command.add_argument("paths", nargs="*", help="plan text files to extract without manifest rows (default: the manifest's seeds)")
            command.add_argument("--out", help="CSV file for the values of PATHS (also writes <stem>_changes.csv and <stem>_plans.csv)")
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        COMMANDS[args.command][1](args)
    except PlanwatchError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0
