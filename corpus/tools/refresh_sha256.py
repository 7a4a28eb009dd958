"""Recompute the sha256 column of corpus/manifest.csv from the saved files."""
import csv
import hashlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
manifest = ROOT / "manifest.csv"
with manifest.open(encoding="utf-8", newline="") as fh:
    reader = csv.DictReader(fh)
    cols = reader.fieldnames
    rows = list(reader)
for r in rows:
    r["sha256"] = hashlib.sha256((ROOT / r["file"]).read_bytes()).hexdigest()
with manifest.open("w", encoding="utf-8", newline="") as fh:
    w = csv.DictWriter(fh, fieldnames=cols, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
print(len(rows), "rows")
