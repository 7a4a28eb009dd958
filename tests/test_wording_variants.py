"""The same stated level written the ways Chinese plans and press reports write it (issue #19, part 3): a systematic
stress test of the extractor's recall, crossing year placement, verb and qualifier, value form, place form and
sentence shape for each core indicator (the generator is `tests/wording_variants.py`). Each variant must yield its
row — indicator, entity, year, value, qualifier, kind — among the rows read from its text.

All variants are extracted in one call (one document each), so the file runs in seconds. Run the file as a script
for the failing variants counted per dimension value:
`python tests/test_wording_variants.py`.
"""

from __future__ import annotations

import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent))  # run as a script: this checkout's analysis, not an installed one

from wording_variants import DIMENSIONS, variants  # noqa: E402

from analysis.extract.stage import extract_documents  # noqa: E402
from analysis.ingest.decode import decode_bytes  # noqa: E402
from analysis.ingest.document import ingest_text  # noqa: E402

VARIANTS = variants()
#: Variants the extractor does not yet read, one ident a line (regenerate with `python tests/test_wording_variants.py
#: --write-misses`): each is an expected failure, strict, so a fix that reads one must take it off the list.
MISSES_FILE = Path(__file__).parent / "wording_variants_misses.txt"
MISSES = set(MISSES_FILE.read_text(encoding="utf-8").split("\n")) - {""} if MISSES_FILE.exists() else set()
COLUMNS = ("indicator", "entity", "year", "value", "qualifier", "kind", "unit")


@lru_cache(maxsize=1)
def read_all() -> dict[str, set[tuple]]:
    """Rows read from each variant's text, keyed by the variant's file name."""
    names = [f"variant_{i:04d}.txt" for i in range(len(VARIANTS))]
    documents = [ingest_text(decode_bytes(v.text.encode("utf-8"), name), name) for v, name in zip(VARIANTS, names)]
    frame = extract_documents(documents).indicators
    out: dict[str, set[tuple]] = {name: set() for name in names}
    for file, group in frame.groupby("seed_file"):
        # a count stated in persons (5200000人) keeps its unit; compare it in the codebook's 万人
        out[Path(str(file)).name] = {(r[0], r[1], int(r[2]), round(float(r[3]) / (10000 if r[6] == "persons" else 1), 6), r[4], r[5])
                                     for r in group[list(COLUMNS)].itertuples(index=False)}
    return out


def found(index: int) -> set[tuple]:
    return read_all()[f"variant_{index:04d}.txt"]


def failures() -> list[tuple[int, str]]:
    """(index, what went wrong) for each variant whose row is not read."""
    bad = []
    for i, v in enumerate(VARIANTS):
        rows = found(i)
        if v.expected not in rows:
            same = [r for r in rows if r[0] == v.expected[0]]
            bad.append((i, "no row" if not same else "got " + "; ".join(map(str, sorted(same, key=str)))))
    return bad


def by_dimension(bad: list[tuple[int, str]]) -> dict[str, Counter]:
    counts: dict[str, Counter] = {dim: Counter() for dim in ("indicator", *DIMENSIONS)}
    for i, _ in bad:
        for dim, choice in VARIANTS[i].choices.items():
            counts[dim][choice] += 1
    return counts


def test_the_walk_is_deterministic_and_covers_every_choice():
    again = variants()
    assert [v.text for v in again] == [v.text for v in VARIANTS]
    for dim, choices in DIMENSIONS.items():
        seen = {v.choices[dim] for v in VARIANTS}
        assert {c or "∅" for c in choices} <= seen, dim
    assert 400 <= len(VARIANTS) <= 1000


@pytest.mark.parametrize("index", range(len(VARIANTS)), ids=[v.choices["indicator"] + ":" + "|".join(
    list(v.choices.values())[1:]) for v in VARIANTS])
def test_variant_is_read(index):
    v = VARIANTS[index]
    if v.reason:
        pytest.xfail(v.reason)
    rows = found(index)
    if v.ident in MISSES:
        assert v.expected not in rows, f"read now: take {v.ident} off {MISSES_FILE.name}"
        pytest.xfail("a counted miss: " + v.ident)
    assert v.expected in rows, f"{v.text!r}\nexpected {v.expected}\nread {sorted(rows, key=str)}"


if __name__ == "__main__":
    bad = failures()
    ambiguous = sum(1 for i, _ in bad if VARIANTS[i].reason)
    print(f"{len(VARIANTS) - len(bad)} of {len(VARIANTS)} variants read ({len(bad)} failing, {ambiguous} of them ambiguous: xfail with the reason)")
    for dim, counter in by_dimension(bad).items():
        total = Counter(v.choices[dim] for v in VARIANTS)
        print(f"\n{dim}:")
        for choice, n in sorted(total.items(), key=lambda kv: -counter[kv[0]] / kv[1]):
            print(f"  {choice:24s} {n - counter[choice]:4d}/{n:<4d} pass   ({counter[choice]} failing)")
    if "--write-misses" in sys.argv:
        MISSES_FILE.write_text("".join(sorted({VARIANTS[i].ident + "\n" for i, _ in bad if not VARIANTS[i].reason})), encoding="utf-8")
    if "-v" in sys.argv:
        for i, what in bad:
            print(f"\n{VARIANTS[i].choices}\n{VARIANTS[i].text}\nexpected {VARIANTS[i].expected}\n{what}")
