"""Time and memory of reading one large plan text (not a test): linear in size up to the limit.

    python benchmarks/size_benchmark.py 1 10 50   # sizes in MB

Each text repeats seed 004 to the size asked; ingestion plus extraction runs in a fresh process so
peak memory is its own. Texts above analysis.ingest.decode.MAX_BYTES are refused by design.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(megabytes: float) -> tuple[float, float]:
    seed = (ROOT / "seeds" / "004_e8939c2fa138f567.txt").read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as folder:
        text = Path(folder) / f"plan_{megabytes:g}mb.txt"
        copies = max(1, int(megabytes * 1e6 // len(seed.encode("utf-8"))))  # at most the size asked: 50 is the limit
        text.write_text(seed * copies, encoding="utf-8")
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "analysis", "extract", str(text), "--out", str(Path(folder) / "v.csv")], cwd=ROOT, check=True, capture_output=True)
        elapsed = time.perf_counter() - started
    return elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="+", type=float, help="sizes in MB")
    for size in parser.parse_args().sizes:
        elapsed, peak = run(size)
        print(f"{size:g} MB: {elapsed:.1f} s, peak RSS {peak:.0f} MB (largest so far)")


if __name__ == "__main__":
    main()
