"""Check the hand-annotated gold of the real-text corpus (issue #19, part 2).

Run from anywhere: ``python corpus/tools/check_gold.py``; prints every problem found and exits 1 if
there is any. The functions are also used by ``tests/test_real_corpus.py``.

Checks:
* ``gold/levels.csv``: columns; every row's text is in the manifest and its line exists; the line contains
  the value (both ends of a range; a value written in words is checked through the note
  ``value written in words: X``, a value glued to a neighbouring number through the word ``glued`` in the
  note) and the quote (≤ 40 characters); the indicator is a codebook code or ``uncoded:<name>``; source,
  qualifier and kind are from their lists; a range has qualifier ``range``; years are integers with
  ``period_start`` < ``year``; every baseline year ≤ the text's cut-off < every target/projection year;
  the entity is 中国 or a full place name.
* ``gold/not_values.csv``: columns; the text is on its line.
* ``gold/cutoffs.csv``: one integer cut-off per manifest text.
* the manifest's ``split``: ``dev`` or ``heldout``, by place, at least a third held out, and every
  administrative level of the corpus represented in the held-out part.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1]
ROOT = CORPUS.parent
GOLD = CORPUS / "gold"
MANIFEST = CORPUS / "manifest.csv"
CODEBOOK = ROOT / "data" / "codebook" / "indicators.csv"

LEVEL_COLUMNS = ["text_id", "line", "source", "indicator", "entity", "year", "period_start", "value", "unit",
                 "qualifier", "kind", "quote", "note"]
NOT_VALUE_COLUMNS = ["text_id", "line", "text", "why"]
CUTOFF_COLUMNS = ["text_id", "cutoff", "reason"]
SOURCES = {"text", "table"}
QUALIFIERS = {"none", "approx", "ge", "le", "gt", "lt", "above", "below", "range"}
KINDS = {"baseline", "projection", "target"}
SPLITS = {"dev", "heldout"}
MAX_QUOTE = 40

NUMBER = r"-?\d+(?:\.\d+)?"
VALUE_RE = re.compile(rf"^{NUMBER}(?:~{NUMBER})?$")
UNCODED_RE = re.compile(r"^uncoded:[a-z][a-z0-9_]*$")
ENTITY_RE = re.compile(r"^(中国|.+(省|市|自治区|特别行政区|区|县|州|盟|旗))$")
WORDS_RE = re.compile(r"value written in words: (\S+?)(?:[;,.]|\s|$)")


def read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def load_manifest() -> list[dict[str, str]]:
    return read_csv(MANIFEST)[1]


def load_codes() -> set[str]:
    return {row["code"] for row in read_csv(CODEBOOK)[1]}


def load_lines(manifest: list[dict[str, str]]) -> dict[str, list[str]]:
    """Physical lines (1-based access via index - 1) of every text, decoded as UTF-8."""
    return {row["text_id"]: (CORPUS / row["file"]).read_text(encoding="utf-8").split("\n") for row in manifest}


def load_cutoffs() -> dict[str, int]:
    return {row["text_id"]: int(row["cutoff"]) for row in read_csv(GOLD / "cutoffs.csv")[1]}


def _number_on_line(number: str, line: str, glued: bool) -> bool:
    if glued:
        return number in line
    return re.search(rf"(?<![\d.]){re.escape(number)}(?!\d)", line) is not None


def _line(lines: dict[str, list[str]], text_id: str, line: str) -> str | None:
    if text_id not in lines or not line.isdigit():
        return None
    number = int(line)
    if not 1 <= number <= len(lines[text_id]):
        return None
    return lines[text_id][number - 1]


def check_level_row(row: dict[str, str], lines: dict[str, list[str]], cutoffs: dict[str, int],
                    codes: set[str]) -> list[str]:
    """Problems of one row of gold/levels.csv (empty list when it is fine)."""
    where = f"levels {row['text_id']}:{row['line']} {row['indicator']} {row['value']}"
    problems = []
    text = _line(lines, row["text_id"], row["line"])
    if text is None:
        return [f"{where}: unknown text or line"]
    if row["source"] not in SOURCES:
        problems.append(f"{where}: source {row['source']!r}")
    if row["indicator"] not in codes and not UNCODED_RE.match(row["indicator"]):
        problems.append(f"{where}: indicator is neither a codebook code nor uncoded:<name>")
    if not ENTITY_RE.match(row["entity"]):
        problems.append(f"{where}: entity {row['entity']!r} is not 中国 or a full place name")
    if row["qualifier"] not in QUALIFIERS:
        problems.append(f"{where}: qualifier {row['qualifier']!r}")
    if row["kind"] not in KINDS:
        problems.append(f"{where}: kind {row['kind']!r}")
    value = row["value"]
    if not VALUE_RE.match(value):
        problems.append(f"{where}: value is not a number or a range a~b")
    elif ("~" in value) != (row["qualifier"] == "range"):
        problems.append(f"{where}: a range needs qualifier 'range' and vice versa")
    else:
        words = WORDS_RE.search(row["note"])
        if words:
            if words.group(1) not in text:
                problems.append(f"{where}: the words {words.group(1)!r} of the note are not on the line")
        else:
            glued = "glued" in row["note"]
            for end in value.split("~"):
                if not _number_on_line(end, text, glued):
                    problems.append(f"{where}: value {end} not on the line")
    quote = row["quote"]
    if not quote or len(quote) > MAX_QUOTE:
        problems.append(f"{where}: quote empty or longer than {MAX_QUOTE} characters")
    elif quote not in text:
        problems.append(f"{where}: quote not on the line")
    if not row["year"].isdigit():
        problems.append(f"{where}: year {row['year']!r}")
        return problems
    year = int(row["year"])
    if row["period_start"] and (not row["period_start"].isdigit() or int(row["period_start"]) >= year):
        problems.append(f"{where}: period_start {row['period_start']!r} not an integer before the year")
    cutoff = cutoffs.get(row["text_id"])
    if cutoff is None:
        problems.append(f"{where}: no cut-off for the text")
    elif row["kind"] == "baseline" and year > cutoff:
        problems.append(f"{where}: baseline year {year} after the cut-off {cutoff}")
    elif row["kind"] in ("target", "projection") and year <= cutoff:
        problems.append(f"{where}: {row['kind']} year {year} not after the cut-off {cutoff}")
    return problems


def check_levels(path: Path = GOLD / "levels.csv") -> list[str]:
    columns, rows = read_csv(path)
    if columns != LEVEL_COLUMNS:
        return [f"levels.csv columns {columns} != {LEVEL_COLUMNS}"]
    manifest = load_manifest()
    lines, cutoffs, codes = load_lines(manifest), load_cutoffs(), load_codes()
    problems = []
    for row in rows:
        problems += check_level_row(row, lines, cutoffs, codes)
    return problems


def check_not_values(path: Path = GOLD / "not_values.csv") -> list[str]:
    columns, rows = read_csv(path)
    if columns != NOT_VALUE_COLUMNS:
        return [f"not_values.csv columns {columns} != {NOT_VALUE_COLUMNS}"]
    lines = load_lines(load_manifest())
    problems = []
    for row in rows:
        text = _line(lines, row["text_id"], row["line"])
        if text is None:
            problems.append(f"not_values {row['text_id']}:{row['line']}: unknown text or line")
        elif not row["text"] or row["text"] not in text:
            problems.append(f"not_values {row['text_id']}:{row['line']}: {row['text']!r} not on the line")
        if not row["why"].strip():
            problems.append(f"not_values {row['text_id']}:{row['line']}: no reason")
    return problems


def check_cutoffs(path: Path = GOLD / "cutoffs.csv") -> list[str]:
    columns, rows = read_csv(path)
    if columns != CUTOFF_COLUMNS:
        return [f"cutoffs.csv columns {columns} != {CUTOFF_COLUMNS}"]
    ids = [row["text_id"] for row in rows]
    expected = [row["text_id"] for row in load_manifest()]
    problems = []
    if sorted(ids) != sorted(expected) or len(set(ids)) != len(ids):
        problems.append("cutoffs.csv does not hold exactly one row per manifest text")
    for row in rows:
        if not re.fullmatch(r"\d{4}", row["cutoff"]) or not row["reason"].strip():
            problems.append(f"cutoffs {row['text_id']}: cut-off {row['cutoff']!r} or reason missing")
    return problems


def check_split(manifest: list[dict[str, str]] | None = None) -> list[str]:
    manifest = manifest if manifest is not None else load_manifest()
    problems = []
    splits_of_place: dict[str, set[str]] = {}
    for row in manifest:
        if row["split"] not in SPLITS:
            problems.append(f"split {row['text_id']}: {row['split']!r} not in {sorted(SPLITS)}")
        splits_of_place.setdefault(row["place_zh"], set()).add(row["split"])
    for place, splits in splits_of_place.items():
        if len(splits) > 1:
            problems.append(f"split: the texts of {place} are in several splits {sorted(splits)}")
    held = [row for row in manifest if row["split"] == "heldout"]
    if 3 * len(held) < len(manifest):
        problems.append(f"split: only {len(held)} of {len(manifest)} texts held out (< 1/3)")
    missing = {row["admin_level"] for row in manifest} - {row["admin_level"] for row in held}
    if missing:
        problems.append(f"split: no held-out text of level(s) {sorted(missing)}")
    return problems


def check_all() -> list[str]:
    return check_cutoffs() + check_levels() + check_not_values() + check_split()


def main() -> int:
    problems = check_all()
    for problem in problems:
        print(problem)
    _, rows = read_csv(GOLD / "levels.csv")
    print(f"{len(rows)} levels, {len(read_csv(GOLD / 'not_values.csv')[1])} not-values, "
          f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
