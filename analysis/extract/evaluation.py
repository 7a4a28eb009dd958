"""Score extracted values against hand-annotated expected values (the test corpus, tests/corpus/).

A expected value is **found** when an extracted row has the same file, line, indicator and year
and the same number (for a range, the same bounds); of several such rows, one of the expected place
is taken. Among the values found:

* the **kind** is right when baseline / projection / target agree;
* the **entity** is right when the place agrees (:func:`places_agree`: a county-level place written
  with its prefecture, 佛山市高明区 — the convention of the extractor and the real corpus — is the same
  place as the bare name the synthetic corpus writes, 高明区).

An extracted row is **false** when no expected value matches it on file, line and number (a
number read where there is none, or read twice) — rows the extractor files as ``unmapped`` table
cells count like any other. Measures: recall = found / expected; kind accuracy = right kinds /
found; false share = false rows / extracted rows. The plan's place and cut-off are scored per file.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from analysis.gazetteer import same_place
from analysis.units import expected_bounds

GOALS = {"recall": 0.90, "kind_accuracy": 0.90, "false_share": 0.10}


@dataclass(frozen=True)
class Score:
    expected: int
    extracted: int
    found: int
    kind_right: int
    entity_right: int
    false: int

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def kind_accuracy(self) -> float:
        return self.kind_right / self.found if self.found else 1.0

    @property
    def entity_accuracy(self) -> float:
        return self.entity_right / self.found if self.found else 1.0

    @property
    def false_share(self) -> float:
        return self.false / self.extracted if self.extracted else 0.0

    def describe(self) -> str:
        return (
            f"recall {self.recall:.3f} ({self.found}/{self.expected}), kind {self.kind_accuracy:.3f}, "
            f"place {self.entity_accuracy:.3f}, false {self.false_share:.3f} ({self.false}/{self.extracted})"
        )


def extracted_bounds(row) -> tuple[float, float]:
    if row.qualifier == "range" and pd.notna(row.value_low) and pd.notna(row.value_high):
        return float(row.value_low), float(row.value_high)
    return float(row.value), float(row.value)


def _same(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return all(math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-9) for x, y in zip(a, b))


def match(expected: pd.DataFrame, extracted: pd.DataFrame, also_stated: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every expected row with the extracted row it matches (``found``, ``kind_found``,
    ``entity_found``), and every unmatched extracted row as ``false`` (expected columns empty).
    An extracted number that is a stated level's number on its line is no false value, whatever
    indicator or year it was given (it is that level missed or misread); ``also_stated`` are levels
    stated but not scored (the real corpus's ``uncoded:`` levels, of indicators the codebook lacks),
    whose numbers read as ``unmapped`` (a value of no code) are no false values either — read as a
    code the codebook has, such a number is one (a share of care beds read as the share of the elderly)."""
    extracted = extracted[extracted["value"].notna()].reset_index(drop=True)
    by_line: dict[tuple[str, int], list[int]] = {}
    for index, row in enumerate(extracted.itertuples()):
        by_line.setdefault((row.file, int(row.line)), []).append(index)
    used: set[int] = set()
    rows = []
    for gold in expected.itertuples():
        bounds = expected_bounds(str(gold.value))
        candidates = [i for i in by_line.get((gold.file, int(gold.line)), []) if i not in used and _same(extracted_bounds(extracted.iloc[i]), bounds)]
        exact = [i for i in candidates if extracted.at[i, "indicator"] == gold.indicator and int(extracted.at[i, "year"]) == int(gold.year)]
        # of rows alike but for their place (a value 均 gives to each of two cities), the one of the expected place
        chosen = next((i for i in exact if same_place(str(gold.entity), str(extracted.at[i, "entity"]))), exact[0]) if exact else None
        record = {**gold._asdict(), "found": chosen is not None, "number_found": bool(candidates)}
        if chosen is not None:
            used.add(chosen)
            record.update(kind_found=extracted.at[chosen, "kind"], entity_found=extracted.at[chosen, "entity"])
        elif candidates:
            other = extracted.iloc[candidates[0]]
            record.update(indicator_found=other["indicator"], year_found=int(other["year"]))
        rows.append(record)
    matched = pd.DataFrame(rows)
    def stated(levels: pd.DataFrame | None) -> set[tuple[str, int, tuple[float, float]]]:
        return set() if levels is None else {(gold.file, int(gold.line), expected_bounds(str(gold.value))) for gold in levels.itertuples()}

    numbers, unscored = stated(expected), stated(also_stated)
    false = [
        row for i, row in enumerate(extracted.itertuples())
        if i not in used and not any(_same(extracted_bounds(row), b) for f, l, b in numbers if f == row.file and l == int(row.line))
        and not (row.indicator == "unmapped" and any(_same(extracted_bounds(row), b) for f, l, b in unscored if f == row.file and l == int(row.line)))
    ]
    false_frame = pd.DataFrame([{"file": r.file, "line": int(r.line), "indicator_found": r.indicator, "year_found": int(r.year), "value_text": r.value_text, "false": True} for r in false])
    out = pd.concat([matched.assign(false=False), false_frame], ignore_index=True)
    for column in ("found", "number_found", "false"):
        out[column] = out[column].astype("boolean").fillna(False).astype(bool) if column in out else False
    return out


def places_agree(expected: pd.Series, found: pd.Series) -> pd.Series:
    """Row by row, whether two columns of place names name the same place (see the module docstring)."""
    return pd.Series([same_place(str(a), str(b)) for a, b in zip(expected, found)], index=expected.index, dtype=bool)


def score(matched: pd.DataFrame, n_extracted: int) -> Score:
    gold = matched[~matched["false"]]
    found = gold[gold["found"]]
    for column in ("kind", "entity", "kind_found", "entity_found"):
        if column not in found:  # no coded level (or none found) in these texts, only false values: no such column was made
            found = found.assign(**{column: pd.Series(dtype=str)})
    return Score(
        expected=len(gold), extracted=n_extracted, found=len(found),
        kind_right=int((found["kind"] == found["kind_found"]).sum()),
        entity_right=int(places_agree(found["entity"], found["entity_found"]).sum()),
        false=int(matched["false"].sum()),
    )
