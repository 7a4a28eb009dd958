"""Time and peak memory of extraction on hostile text shapes, and their growth exponents (not a test).

    python benchmarks/adversarial_benchmark.py                   # every shape at 0.1, 1 and 10 MB
    python benchmarks/adversarial_benchmark.py --sizes 0.1 1 --shapes digit_runs pipe_rows
    python benchmarks/adversarial_benchmark.py --timeout 300     # kill a run after 300 s

Each shape (:mod:`benchmarks.adversarial_shapes`: digit runs, 分别 lists, ranges, pipe-table rows,
a seed without its newlines …) is written at each size and read with
``python -m analysis extract FILE --out X.csv`` in a fresh process; wall time and the process's
peak resident memory are reported, with the process's CPU time (which the load of a shared machine
does not stretch). The growth exponent is the slope of log(time) against log(size) (least squares
over the sizes), after the start-up time of a one-line text is subtracted: 1 is linear, 2 quadratic. A run stopped by the
per-text budget (``extraction_budget``, :mod:`analysis.extract.budget`) is marked ``budget``.
"""

from __future__ import annotations

import argparse
import math
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from adversarial_shapes import SHAPES  # noqa: E402


#: Runs ``python -m analysis ARGS…`` and writes its own peak resident memory (kB) on exit.
_WRAPPER = (
    "import atexit, resource, runpy, sys; "
    "atexit.register(lambda: sys.stderr.write('PEAK_RSS_KB %d CPU_S %.2f\\n' % (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "
    "resource.getrusage(resource.RUSAGE_SELF).ru_utime + resource.getrusage(resource.RUSAGE_SELF).ru_stime))); "
    "sys.argv = ['analysis', *sys.argv[1:]]; runpy.run_module('analysis', run_name='__main__')"
)


def run_one(shape: str, megabytes: float, timeout: float) -> tuple[float, float | None, float | None, str]:
    """(wall seconds, peak RSS in MB, CPU seconds, outcome) of extracting one shape at one size in a
    fresh process (CPU time: what the shared machine's load does not stretch)."""
    with tempfile.TemporaryDirectory() as folder:
        text = Path(folder) / f"{shape}.txt"
        text.write_text(SHAPES[shape](int(megabytes * 1e6)), encoding="utf-8")
        command = [sys.executable, "-c", _WRAPPER, "extract", str(text), "--out", str(Path(folder) / "v.csv")]
        started = time.perf_counter()
        try:
            done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return time.perf_counter() - started, None, None, "killed"
        elapsed = time.perf_counter() - started
    line = next((line.split() for line in done.stderr.splitlines() if line.startswith("PEAK_RSS_KB")), None)
    peak, cpu = (int(line[1]) / 1024, float(line[3])) if line else (None, None)
    outcome = "budget" if "budget" in done.stdout + done.stderr else ("ok" if done.returncode == 0 else f"exit {done.returncode}")
    return elapsed, peak, cpu, outcome


def exponent(sizes: list[float], times: list[float]) -> float | None:
    """Least-squares slope of log(time) on log(size)."""
    if len(sizes) < 2:
        return None
    xs, ys = [math.log(s) for s in sizes], [math.log(max(t, 1e-3)) for t in times]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    den = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / den if den else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", type=float, default=[0.1, 1, 10], help="sizes in MB")
    parser.add_argument("--shapes", nargs="+", default=list(SHAPES), choices=list(SHAPES))
    parser.add_argument("--timeout", type=float, default=600, help="seconds before a run is killed")
    args = parser.parse_args()
    start_wall, _, start_cpu, _ = run_one("digit_runs", 0, args.timeout)  # a text of one title line: starting Python, imports
    print(f"start-up (a one-line text): {start_wall:.1f} s wall, {start_cpu:.1f} s CPU — subtracted before the exponents are fitted", flush=True)
    print("shape                  " + " | ".join(f"{s:g} MB: wall, CPU, peak RSS, outcome" for s in args.sizes) + " | growth exponent (wall; CPU)", flush=True)
    for shape in args.shapes:
        cells, walls, cpus = [], [], []
        for size in args.sizes:
            elapsed, peak, cpu, outcome = run_one(shape, size, args.timeout)
            walls.append(elapsed)
            cpus.append(cpu if cpu is not None else elapsed)
            memory = f"{peak:5.0f} MB" if peak is not None else "    ? MB"
            cells.append(f"{elapsed:6.1f} s {cpus[-1]:6.1f} s {memory} {outcome:<6s}")
            print(f"   {shape} {size:g} MB: {elapsed:.1f} s wall, {cpus[-1]:.1f} s CPU, {memory.strip()}, {outcome}", file=sys.stderr, flush=True)
        wall = exponent(args.sizes, [max(t - start_wall, 0.05) for t in walls])
        cpu = exponent(args.sizes, [max(t - start_cpu, 0.05) for t in cpus])
        print(f"{shape:22s} " + " | ".join(cells) + (f" | {wall:.2f}; {cpu:.2f}" if wall is not None else ""), flush=True)


if __name__ == "__main__":
    main()
