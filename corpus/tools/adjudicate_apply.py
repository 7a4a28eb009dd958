"""Apply the decisions of a blinded adjudication to the real-corpus gold and keep its record.

    python corpus/tools/adjudicate_apply.py [--work /tmp/adj] [--date 2026-12-07] [--dry-run]

Reads, from the work directory outside the repository, the sheet and key written by
``corpus/tools/adjudication_sheet.py`` and the judge's ``decisions.csv`` (``candidate, decision, corrected,
reason``: ``decision`` is ``level``, ``level_recoded`` or ``not_level``; ``corrected`` lists the right values of a
recoded candidate as ``field=value;…`` over ``indicator, entity, year, period_start, unit, qualifier, kind``).
Every candidate of the sheet must have a decision, or nothing is applied (a partial adjudication is biased).

* a gold or control row judged ``level`` stays as it is;
* a gold or control row judged ``level_recoded`` is edited in ``gold/levels.csv`` (its note says so);
* a gold or control row judged ``not_level`` moves to ``gold/not_values.csv`` (its quote, with the reason);
* an extractor candidate judged ``level`` or ``level_recoded`` is added to ``gold/levels.csv`` with the note
  ``added at adjudication <date>`` — unless the gold (after the edits above) already holds that level (same
  text, line, indicator, year and number), which is then recorded and nothing is added; a not-value of its line
  holding its number is then removed (the adjudication decides; the record keeps the not-value's text and reason);
* an extractor candidate judged ``not_level`` is added to ``gold/not_values.csv`` unless a not-value of its line
  already holds its number.

The record of every candidate (its coding, origin, split, decision, corrected fields, reason and what was done)
is written to ``gold/adjudication.csv``.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1]
GOLD = CORPUS / "gold"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from check_gold import LEVEL_COLUMNS, NOT_VALUE_COLUMNS, MAX_QUOTE, load_lines, load_manifest, read_csv  # noqa: E402

FIELDS = ("indicator", "entity", "year", "period_start", "unit", "qualifier", "kind")
RECORD_COLUMNS = ["candidate", "text_id", "line", "value", "indicator", "entity", "year", "period_start", "unit",
                  "qualifier", "kind", "origin", "split", "decision", "corrected", "reason", "applied"]
NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.]\d)")
STOPS = "，,。；;！!？?|"


def bounds(value: str) -> tuple[float, ...]:
    return tuple(float(part) for part in str(value).split("~"))


def corrections(text: str) -> dict[str, str]:
    out = {}
    for part in filter(None, text.split(";")):
        field, _, value = part.partition("=")
        if field not in FIELDS:
            raise ValueError(f"unknown field {field!r} in {text!r}")
        out[field] = value
    return out


def written(value: str, line: str) -> tuple[str, int, int]:
    """The number(s) of ``value`` as the line writes them (82.40 for 82.4), with the span they cover."""
    wanted = bounds(value)
    found = [(m.group(0), m.start(), m.end()) for m in NUMBER.finditer(line)]
    for i, (text, start, end) in enumerate(found):
        if float(text) != wanted[0]:
            continue
        if len(wanted) == 1:
            return text, start, end
        high = next(((t, e) for t, s, e in found[i + 1:i + 2] if float(t) == wanted[1] and s - end <= 3), None)
        if high:
            return f"{text}~{high[0]}", start, high[1]
    raise ValueError(f"{value} is not written on the line: {line[:80]}")


def quote_around(line: str, start: int, end: int) -> str:
    """The shortest clause (≤ 40 characters) of the line holding the span: cut at punctuation or at 40 characters."""
    left = start
    while left > 0 and line[left - 1] not in STOPS and end - (left - 1) <= MAX_QUOTE // 2:
        left -= 1
    right = end
    while right < len(line) and line[right] not in STOPS and right + 1 - end <= 6 and right + 1 - left <= MAX_QUOTE:
        right += 1
    return line[left:right].strip() or line[start:end]


def same_level(row: dict[str, str], text_id: str, line: str, indicator: str, year: str, value: str) -> bool:
    return (row["text_id"] == text_id and str(row["line"]) == str(line) and row["indicator"] == indicator
            and str(row["year"]) == str(year) and bounds(row["value"]) == bounds(value))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--work", default="/tmp/adj", help="directory holding sheet.csv, key.csv and decisions.csv")
    parser.add_argument("--date", default="2026-12-07")
    parser.add_argument("--dry-run", action="store_true", help="print the counts, write nothing")
    args = parser.parse_args()
    work = Path(args.work)
    sheet = {r["candidate"]: r for r in read_csv(work / "sheet.csv")[1]}
    key = {r["candidate"]: r for r in read_csv(work / "key.csv")[1]}
    decisions = {r["candidate"]: r for r in read_csv(work / "decisions.csv")[1]}
    if set(sheet) != set(decisions) or set(sheet) != set(key):
        sys.exit(f"{len(set(sheet) - set(decisions))} candidates have no decision: nothing applied (a partial adjudication is biased)")
    level_columns, levels = read_csv(GOLD / "levels.csv")
    nv_columns, not_values = read_csv(GOLD / "not_values.csv")
    assert level_columns == LEVEL_COLUMNS and nv_columns == NOT_VALUE_COLUMNS
    lines = load_lines(load_manifest())
    stamp = f"adjudication {args.date}"

    removed: set[int] = set()
    records = {}
    # gold and control rows first: their edits decide whether an extractor candidate is already in the gold
    for cid in sorted(sheet):
        s, k, d = sheet[cid], key[cid], decisions[cid]
        record = {c: s.get(c, "") for c in RECORD_COLUMNS} | {"origin": k["origin"], "split": k["split"],
                                                             "decision": d["decision"], "corrected": d["corrected"],
                                                             "reason": d["reason"]}
        records[cid] = record
        if k["origin"] == "extractor":
            continue
        index = int(k["gold_row"])
        row = levels[index]
        if not same_level(row, k["text_id"], k["line"], k["indicator"], k["year"], k["value"]):
            sys.exit(f"{cid}: levels.csv row {index} is no longer the candidate's row")
        if d["decision"] == "level":
            record["applied"] = "kept"
        elif d["decision"] == "level_recoded":
            fixed = corrections(d["corrected"])
            changes = ", ".join(f"{f} {row[f] or '(empty)'} → {v or '(empty)'}" for f, v in fixed.items())
            row.update(fixed)
            row["note"] = "; ".join(filter(None, [row["note"], f"recoded at {stamp} ({cid}): {changes}"]))
            record["applied"] = f"levels.csv row recoded: {changes}"
        else:
            removed.add(index)
            if any(r["text_id"] == row["text_id"] and r["line"] == row["line"] and r["text"] == row["quote"] for r in not_values):
                record["applied"] = "moved to not_values.csv (the same not-value row as another candidate's)"
            else:
                insert(not_values, {"text_id": row["text_id"], "line": row["line"], "text": row["quote"],
                                    "why": f"{d['reason']} (moved from levels at {stamp}, {cid})"})
                record["applied"] = "moved to not_values.csv"
    kept = [row for i, row in enumerate(levels) if i not in removed]
    for cid in sorted(sheet):
        s, k, d = sheet[cid], key[cid], decisions[cid]
        if k["origin"] != "extractor":
            continue
        record = records[cid]
        line = lines[s["text_id"]][int(s["line"]) - 1]
        value_text, start, end = written(s["value"], line)
        if d["decision"] == "not_level":
            number = value_text.split("~")[0]
            if any(r["text_id"] == s["text_id"] and str(r["line"]) == s["line"] and number in r["text"] for r in not_values):
                record["applied"] = "not added: a not-value of the line already holds the number"
            else:
                insert(not_values, {"text_id": s["text_id"], "line": s["line"], "text": quote_around(line, start, end),
                                    "why": f"{d['reason']} (added at {stamp}, {cid})"})
                record["applied"] = "added to not_values.csv"
            continue
        row = {c: "" for c in LEVEL_COLUMNS} | {f: s[f] for f in FIELDS} | {"text_id": s["text_id"], "line": s["line"]}
        row.update(corrections(d["corrected"]))
        if re.search(r"[A-Za-z]", row["unit"]):  # the extractor's canonical unit, not one the text writes
            row["unit"] = ""
        twin = next((r for r in kept if same_level(r, row["text_id"], row["line"], row["indicator"], row["year"], s["value"])), None)
        if twin is not None:
            record["applied"] = "not added: the gold already holds this level"
            continue
        row.update(source="text", value=value_text, quote=quote_around(line, start, end),
                   note=f"added at {stamp} ({cid}): {d['reason']}")
        if "~" in row["value"]:
            row["qualifier"] = "range"
        insert(kept, row)
        record["applied"] = "added to levels.csv"
        # a number now judged a level is no not-value of its line any more
        number = value_text.split("~")[0]
        clash = [r for r in not_values if r["text_id"] == row["text_id"] and str(r["line"]) == str(row["line"])
                 and re.search(rf"(?<![\d.]){re.escape(number)}(?!\d)", r["text"])]
        for r in clash:
            not_values.remove(r)
        if clash:
            record["applied"] += "; removed from not_values.csv: " + " | ".join(f"{r['text']} ({r['why']})" for r in clash)

    summary: dict[tuple[str, str, str, str], int] = {}
    for record in records.values():
        group = (record["split"], record["origin"], record["decision"], record["applied"].split(":")[0])
        summary[group] = summary.get(group, 0) + 1
    for group in sorted(summary):
        print(*group, summary[group], sep=" | ")
    print(f"levels {len(levels)} → {len(kept)}; not_values {len(read_csv(GOLD / 'not_values.csv')[1])} → {len(not_values)}")
    if args.dry_run:
        return
    write(GOLD / "levels.csv", LEVEL_COLUMNS, kept)
    write(GOLD / "not_values.csv", NOT_VALUE_COLUMNS, not_values)
    write(GOLD / "adjudication.csv", RECORD_COLUMNS, [records[c] for c in sorted(records)])


def insert(rows: list[dict[str, str]], row: dict[str, str]) -> None:
    """Insert a row after the last row of its text whose line is not after its own (at the end if its text has none)."""
    same = [i for i, r in enumerate(rows) if r["text_id"] == row["text_id"]]
    before = [i for i in same if int(r_line(rows[i])) <= int(row["line"])]
    at = (before[-1] + 1) if before else (same[0] if same else len(rows))
    rows.insert(at, row)


def r_line(row: dict[str, str]) -> str:
    return str(row["line"])


def write(path: Path, columns: list[str], rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows({c: row.get(c, "") for c in columns} for row in rows)


if __name__ == "__main__":
    main()
