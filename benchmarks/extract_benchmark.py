"""Benchmark extraction: the five seeds, and a synthetic corpus of plans perturbed from them.

    python benchmarks/extract_benchmark.py            # 5 seeds + 1,000 synthetic plans, 2 processes
    python benchmarks/extract_benchmark.py --plans 200 --processes 1

Each synthetic plan is a seed with every non-year number scaled by a random factor, the city
name swapped for another prefecture-level city, spaces inserted between numbers and units, and
one plan in five re-encoded as GB18030. Timing covers ingestion and extraction (reading,
decoding, normalising, body location, tables, prose, validation); writing the corpus is not timed.
Reported: wall time, plans per second, values per second and peak resident memory.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import statistics
import sys
import tempfile
import time
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis import paths  # noqa: E402
from analysis.extract.stage import extract_documents  # noqa: E402
from analysis.gazetteer import gazetteer  # noqa: E402
from analysis.ingest.stage import ingest_manifest, ingest_paths  # noqa: E402
from analysis.manifest import read_manifest  # noqa: E402

NUMBER = re.compile(r"(?<![\d.])(\d+\.\d+|\d{1,3})(?![\d.])(?!年)")


def perturb(text: str, city: str, other: str, rng: random.Random) -> str:
    """A plausible variant of a plan: other numbers, another city, stray spaces."""
    def scale(match: re.Match[str]) -> str:
        number = match.group(1)
        digits = len(number.split(".")[1]) if "." in number else 0
        value = float(number) * rng.uniform(0.8, 1.2)
        spaced = " " if rng.random() < 0.1 else ""
        return f"{value:.{digits}f}{spaced}"

    return NUMBER.sub(scale, text.replace(city, other))


def make_corpus(folder: Path, count: int, seed: int = 20261124) -> list[Path]:
    rng = random.Random(seed)
    manifest = read_manifest()
    seeds = [(paths.SEEDS / row.seed_file).read_text(encoding="utf-8") for row in manifest.itertuples()]
    cities = [row.place_zh[:-1] for row in manifest.itertuples()]
    others = [place.short for place in gazetteer() if place.level == "prefecture" and len(place.short) >= 2]
    files = []
    for index in range(count):
        which = index % len(seeds)
        text = perturb(seeds[which], cities[which], rng.choice(others), rng)
        path = folder / f"plan_{index:04d}.txt"
        encoding = "gb18030" if index % 5 == 4 else "utf-8"
        path.write_bytes(text.encode(encoding, errors="replace"))
        files.append(path)
    return files


def extract_chunk(files: list[Path]) -> tuple[int, int]:
    documents = ingest_paths(files)
    extraction = extract_documents(documents)
    return len(documents), len(extraction.indicators)


def peak_memory_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def bench_seeds(repeats: int) -> None:
    manifest = read_manifest()
    extract_documents(ingest_manifest(manifest), manifest)  # warm caches (gazetteer, codebook)
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        extraction = extract_documents(ingest_manifest(manifest), manifest)
        times.append(time.perf_counter() - started)
    median = statistics.median(times)
    print(f"seeds: 5 plans, {len(extraction.indicators)} values, median {median:.3f} s over {repeats} runs "
          f"({5 / median:.1f} plans/s), peak RSS {peak_memory_mb()[0]:.0f} MB")


def bench_corpus(count: int, processes: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        files = make_corpus(Path(folder), count)
        size = max(1, len(files) // (processes * 4))
        chunks = [files[i : i + size] for i in range(0, len(files), size)]
        started = time.perf_counter()
        with Pool(processes) as pool:
            results = pool.map(extract_chunk, chunks)
        elapsed = time.perf_counter() - started
    plans = sum(n for n, _ in results)
    values = sum(v for _, v in results)
    own, children = peak_memory_mb()
    print(f"synthetic corpus: {plans} plans, {values} values in {elapsed:.1f} s on {processes} processes "
          f"({plans / elapsed:.1f} plans/s, {values / elapsed:.0f} values/s), peak RSS {own:.0f} MB (parent) / {children:.0f} MB (largest worker)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, default=1000, help="size of the synthetic corpus")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=5, help="timed runs over the five seeds")
    args = parser.parse_args()
    bench_seeds(args.repeats)
    bench_corpus(args.plans, args.processes)


if __name__ == "__main__":
    main()
