"""Assign the dev / held-out split of the real-text corpus by place (issue #19, part 2).

Rule (deterministic): places (``place_zh``) are sorted by the SHA-256 of their UTF-8 name. First, for each
administrative level (nation, province, prefecture, county), the first place of that level in this order is
held out, so that every level is represented in the held-out part. Then further places are held out in the
same order until at least a third of the texts (rounded up) are held out. All texts of a place share its
split. Only the ``split`` column of ``manifest.csv`` is written; ``--check`` only reports.
"""

from __future__ import annotations

import csv
import hashlib
import io
import math
import sys
from pathlib import Path

MANIFEST = Path(__file__).resolve().parents[1] / "manifest.csv"
LEVELS = ["nation", "province", "prefecture", "county"]


def held_out_places(rows: list[dict[str, str]]) -> list[str]:
    level = {row["place_zh"]: row["admin_level"] for row in rows}
    count: dict[str, int] = {}
    for row in rows:
        count[row["place_zh"]] = count.get(row["place_zh"], 0) + 1
    order = sorted(level, key=lambda place: hashlib.sha256(place.encode("utf-8")).hexdigest())
    held = [next(place for place in order if level[place] == lvl) for lvl in LEVELS if lvl in level.values()]
    needed = math.ceil(len(rows) / 3)
    for place in order:
        if sum(count[p] for p in held) >= needed:
            break
        if place not in held:
            held.append(place)
    return held


def main() -> int:
    raw = MANIFEST.read_bytes().decode("utf-8")
    terminator = "\r\n" if "\r\n" in raw else "\n"
    text = raw.replace("\r\n", "\n") if terminator == "\r\n" else raw
    reader = csv.DictReader(io.StringIO(text))
    fields, rows = reader.fieldnames, list(reader)
    held = held_out_places(rows)
    for row in rows:
        row["split"] = "heldout" if row["place_zh"] in held else "dev"
    print("held out:", ", ".join(held), f"({sum(r['split'] == 'heldout' for r in rows)} of {len(rows)} texts)")
    if "--check" in sys.argv:
        return 0
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator=terminator)
    writer.writeheader()
    writer.writerows(rows)
    MANIFEST.write_bytes(out.getvalue().encode("utf-8"))  # keeps the file's line ends
    return 0


if __name__ == "__main__":
    sys.exit(main())
