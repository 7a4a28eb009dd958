"""Recode gold levels mechanically: ``uncoded:<name>`` → a codebook code, over the whole of ``gold/levels.csv``.

    python corpus/tools/recode_gold.py uncoded:talent_total=talent_total uncoded:skilled_workers=skilled_workers

Every row whose indicator is exactly an old label gets the new code, in the development and the held-out part
alike (the label is the annotators' word for the same indicator); nothing else in the file changes, byte for
byte. The rows are never printed: the tool reports only how many rows of each split changed, per label, so the
held-out gold stays unread. The new code must be in the codebook; ``check_gold.py`` still applies afterwards.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1]
LEVELS = CORPUS / "gold" / "levels.csv"
MANIFEST = CORPUS / "manifest.csv"
CODEBOOK = CORPUS.parent / "data" / "codebook" / "indicators.csv"
#: The indicator is the fourth column; the three before it (text_id, line, source) hold no comma or quote.
INDICATOR = 3


def recode(text: str, mapping: dict[str, str], splits: dict[str, str]) -> tuple[str, dict[tuple[str, str], int]]:
    """``text`` (the file) with each row's indicator recoded by ``mapping``, and the count of changed rows
    by (old label, split of the row's text)."""
    lines = text.split("\n")
    counts: dict[tuple[str, str], int] = {}
    for number, line in enumerate(lines[1:], start=1):
        fields = line.split(",", INDICATOR + 1)
        if len(fields) <= INDICATOR or fields[INDICATOR] not in mapping:
            continue
        if any('"' in field for field in fields[:INDICATOR]):
            raise ValueError(f"levels.csv row {number}: a quote before the indicator column")
        old = fields[INDICATOR]
        fields[INDICATOR] = mapping[old]
        lines[number] = ",".join(fields)
        key = (old, splits.get(fields[0], "unknown"))
        counts[key] = counts.get(key, 0) + 1
    return "\n".join(lines), counts


def main(argv: list[str]) -> int:
    mapping = dict(pair.split("=", 1) for pair in argv)
    with CODEBOOK.open(encoding="utf-8", newline="") as handle:
        codes = {row["code"] for row in csv.DictReader(handle)}
    unknown = sorted(new for new in mapping.values() if new not in codes)
    if unknown or not all(old.startswith("uncoded:") for old in mapping):
        print(f"new codes must be codebook codes and old labels uncoded:…; not codes: {unknown}")
        return 1
    with MANIFEST.open(encoding="utf-8", newline="") as handle:
        splits = {row["text_id"]: row["split"] for row in csv.DictReader(handle)}
    text = LEVELS.read_text(encoding="utf-8")
    recoded, counts = recode(text, mapping, splits)
    LEVELS.write_text(recoded, encoding="utf-8")
    for old in mapping:
        by_split = {split: n for (label, split), n in counts.items() if label == old}
        print(f"{old} → {mapping[old]}: " + (", ".join(f"{split} {n}" for split, n in sorted(by_split.items())) or "no rows"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
