"""Write a blinded adjudication sheet of the real-corpus gold where gold and extractor disagree.

    python corpus/tools/adjudication_sheet.py [--out /tmp/adj]

The texts of the whole corpus (``load("all")``) are extracted as the benchmark does
(``benchmarks/real_corpus_recall.py``) and matched with the gold by :func:`analysis.extract.evaluation.match`
(coded levels scored; ``uncoded:`` levels given as stated but not scored, as the benchmark does). Candidates:

* ``gold`` — every coded gold level the extractor missed; when the extractor read the same number on that line
  as another indicator or year (the benchmark's ``other indicator`` / ``other year``), that reading is a second
  candidate, of origin ``extractor``;
* ``extractor`` — every false value (an extracted row no gold level matches on file, line and number, as the
  benchmark counts it); when an ``uncoded:`` gold level of the same line has the same number (a false value only
  because the code differs), that gold row is a second candidate, of origin ``gold``;
* ``control`` — every 8th matched (found) gold level, in the order of the SHA-256 of ``text_id|line|value|indicator|year``.

Each candidate is shown the same way whatever its origin: text_id, line, the line's text, the value as a plain
number (a range ``low~high``), unit, indicator, entity, year, period_start, kind and qualifier. Two files are
written outside the repository:

* ``sheet.csv`` — the candidates with a candidate id ``c0001``…, in the order of the SHA-256 of their coding
  (so the origins are shuffled together), with **no origin column**;
* ``key.csv`` — candidate id → origin (``gold`` / ``extractor`` / ``control``), split, and for a gold or control
  candidate the index of its row in ``corpus/gold/levels.csv`` (0-based, data rows), so that decisions can be applied.

The output is deterministic: the same corpus, gold and extractor give the same two files byte for byte.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from analysis.extract.evaluation import _same, expected_bounds, extracted_bounds, match  # noqa: E402
from real_corpus_recall import extract, load  # noqa: E402

CORPUS = ROOT / "corpus"
SHEET_COLUMNS = ["candidate", "text_id", "line", "line_text", "value", "unit", "indicator", "entity", "year",
                 "period_start", "kind", "qualifier"]
KEY_COLUMNS = ["candidate", "origin", "split", "gold_row", "text_id", "line", "value", "indicator", "year"]
CONTROL_EVERY = 8


def digest(*parts: object) -> str:
    return hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()


def number(x: float) -> str:
    """A float as a plain number (15.0 → 15, 1.60 → 1.6)."""
    text = f"{float(x):.10g}"
    return text if "e" not in text else f"{float(x):f}".rstrip("0").rstrip(".")


def gold_value(value: str) -> str:
    low, high = expected_bounds(str(value))
    return number(low) if low == high else f"{number(low)}~{number(high)}"


def extracted_value(row) -> str:
    low, high = extracted_bounds(row)
    return number(low) if low == high else f"{number(low)}~{number(high)}"


def text_lines(manifest: pd.DataFrame) -> dict[str, list[str]]:
    return {row.text_id: (CORPUS / row.file).read_text(encoding="utf-8").split("\n") for row in manifest.itertuples()}


def from_gold(row, lines: dict[str, list[str]], origin: str, split: str) -> dict:
    period = str(row.period_start) if str(row.period_start) not in ("", "nan") else ""
    return {"text_id": row.text_id, "line": int(row.line), "line_text": lines[row.text_id][int(row.line) - 1],
            "value": gold_value(row.value), "unit": row.unit, "indicator": row.indicator, "entity": row.entity,
            "year": int(row.year), "period_start": period, "kind": row.kind, "qualifier": row.qualifier,
            "origin": origin, "split": split, "gold_row": int(row.gold_row)}


def from_extracted(row, text_id: str, lines: dict[str, list[str]], split: str) -> dict:
    unit = row.unit_raw if isinstance(row.unit_raw, str) and row.unit_raw else (row.unit if isinstance(row.unit, str) else "")
    period = "" if pd.isna(row.period_start) else str(int(row.period_start))
    return {"text_id": text_id, "line": int(row.line), "line_text": lines[text_id][int(row.line) - 1],
            "value": extracted_value(row), "unit": unit, "indicator": row.indicator, "entity": row.entity,
            "year": int(row.year), "period_start": period, "kind": row.kind,
            "qualifier": row.qualifier if isinstance(row.qualifier, str) else "none",
            "origin": "extractor", "split": split, "gold_row": ""}


def candidates(manifest: pd.DataFrame, gold: pd.DataFrame, values: pd.DataFrame) -> pd.DataFrame:
    """Every candidate with its origin (see the module docstring), unshuffled."""
    lines = text_lines(manifest)
    split_of = dict(zip(manifest["text_id"], manifest["split"]))
    text_of = dict(zip(manifest["file"], manifest["text_id"]))
    coded = gold[~gold["indicator"].str.startswith("uncoded:")]
    uncoded = gold[gold["indicator"].str.startswith("uncoded:")]
    matched = match(coded, values, uncoded)
    values = values[values["value"].notna()].reset_index(drop=True)
    out: list[dict] = []
    levels = matched[~matched["false"]]
    # (a) missed coded levels, and the extractor's reading of the same number
    for row in levels[~levels["found"]].itertuples():
        out.append(from_gold(row, lines, "gold", split_of[row.text_id]))
        if row.number_found:
            bounds = expected_bounds(str(row.value))
            same = values[(values["file"] == row.file) & (values["line"].astype(int) == int(row.line))]
            reading = next((v for v in same.itertuples() if _same(extracted_bounds(v), bounds)
                            and v.indicator == row.indicator_found and int(v.year) == int(row.year_found)), None)
            if reading is not None:
                out.append(from_extracted(reading, row.text_id, lines, split_of[row.text_id]))
    # (b) false values, and an uncoded gold level of the same number on the line
    for false in matched[matched["false"]].itertuples():
        text_id = text_of[false.file]
        same = values[(values["file"] == false.file) & (values["line"].astype(int) == int(false.line))
                      & (values["value_text"] == false.value_text) & (values["indicator"] == false.indicator_found)
                      & (values["year"].astype(int) == int(false.year_found))]
        reading = next(same.itertuples())
        out.append(from_extracted(reading, text_id, lines, split_of[text_id]))
        bounds = extracted_bounds(reading)
        for level in uncoded[(uncoded["file"] == false.file) & (uncoded["line"] == int(false.line))].itertuples():
            if _same(expected_bounds(str(level.value)), bounds) and not any(
                    c["origin"] == "gold" and c["gold_row"] == int(level.gold_row) for c in out):
                out.append(from_gold(level, lines, "gold", split_of[text_id]))
    # (c) control: every 8th matched level in a stable order
    found = levels[levels["found"]].copy()
    found["order"] = [digest(r.text_id, int(r.line), r.value, r.indicator, int(r.year)) for r in found.itertuples()]
    found = found.sort_values(["order", "gold_row"]).reset_index(drop=True)
    for row in found.iloc[::CONTROL_EVERY].itertuples():
        out.append(from_gold(row, lines, "control", split_of[row.text_id]))
    frame = pd.DataFrame(out)
    # a reading listed twice (the same extracted number as the second candidate of two gold levels) is judged once
    return frame.drop_duplicates().reset_index(drop=True)


def shuffled(frame: pd.DataFrame) -> pd.DataFrame:
    """The candidates in the order of the SHA-256 of their coding (origin not included), numbered c0001…"""
    coding = ["text_id", "line", "value", "unit", "indicator", "entity", "year", "period_start", "kind", "qualifier"]
    frame = frame.assign(order=[digest("adjudication", *(row[c] for c in coding), row["gold_row"]) for _, row in frame.iterrows()])
    frame = frame.sort_values("order").reset_index(drop=True).drop(columns="order")
    return frame.assign(candidate=[f"c{i + 1:04d}" for i in range(len(frame))])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default="/tmp/adj", help="directory outside the repository (default /tmp/adj)")
    args = parser.parse_args()
    out = Path(args.out)
    if out.resolve().is_relative_to(ROOT.resolve()):
        sys.exit("write the sheet and key outside the repository")
    out.mkdir(parents=True, exist_ok=True)
    manifest, gold, _ = load("all")
    if len(gold) != len(pd.read_csv(CORPUS / "gold" / "levels.csv")):
        sys.exit("every gold row must be of a manifest text")
    gold = gold.assign(gold_row=gold.index)  # load() keeps the row numbers of levels.csv
    values, _ = extract(manifest)
    frame = shuffled(candidates(manifest, gold, values))
    frame[SHEET_COLUMNS].to_csv(out / "sheet.csv", index=False)
    frame[KEY_COLUMNS].to_csv(out / "key.csv", index=False)
    print(f"{len(frame)} candidates written to {out / 'sheet.csv'} (key: {out / 'key.csv'}, not to be opened before judging)")
    print(f"by split: {frame['split'].value_counts().sort_index().to_dict()}")
    # origins are not printed: the judge stays blind until every candidate is judged


if __name__ == "__main__":
    main()
