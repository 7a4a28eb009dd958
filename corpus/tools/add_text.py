"""Add one text to the real-text corpus.

Usage: python corpus/tools/add_text.py META.json < TEXT
META.json holds the manifest columns except file, sha256, split and access_date
(access_date defaults to 2026-12-06). The text is read verbatim from stdin
(UTF-8), a single trailing newline is kept, and the row is appended to
corpus/manifest.csv; run refresh_sha256.py afterwards (or rely on this script,
which fills sha256 for the new row).
"""
import csv
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COLUMNS = ["text_id", "file", "place_zh", "admin_level", "document_title", "doc_number",
           "issuer", "issue_date", "page_title", "address", "access_date", "kind", "plan_family", "kept",
           "sha256", "split", "note"]


def main() -> None:
    meta = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    text = sys.stdin.buffer.read().decode("utf-8").rstrip("\n") + "\n"
    tid = meta["text_id"]
    path = ROOT / "texts" / f"{tid}.txt"
    if path.exists():
        sys.exit(f"{path} exists")
    path.write_bytes(text.encode("utf-8"))
    row = {c: "" for c in COLUMNS}
    row.update(meta)
    row["file"] = f"texts/{tid}.txt"
    row.setdefault("access_date", "2026-12-06")
    if not row["access_date"]:
        row["access_date"] = "2026-12-06"
    row["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
    manifest = ROOT / "manifest.csv"
    new = not manifest.exists()
    with manifest.open("a", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        if new:
            w.writeheader()
        w.writerow({c: row[c] for c in COLUMNS})
    print(tid, row["sha256"][:12], len(text), "chars")


if __name__ == "__main__":
    main()
