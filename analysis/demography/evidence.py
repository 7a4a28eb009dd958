"""Evidence lines: how a plan figure, a reference figure or a number is cited.

The audit's findings and the model's rows quote their evidence the same way, so a reader can
find every figure by file and line; these helpers sit below both stages.
"""

from __future__ import annotations


def plan_evidence(row) -> str:
    """``seeds/004_….txt line 136: 「…」`` for a row of the indicator or change table."""
    return f"seeds/{row['seed_file']} line {int(row['line'])}: 「{row['quote']}」"


def reference_evidence(row) -> str:
    """``data/reference/reference_statistics.csv row 12: 「…」 (source title)``."""
    return f"data/reference/{row['source_file']} row {int(row['source_row'])}: 「{row['quote']}」 ({row['source_title']})"


def number(value: float) -> str:
    """A number as a reader would write it (no float noise)."""
    return f"{value:.6g}"
