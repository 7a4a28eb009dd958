"""Rounding: how precisely a number is written, and when two written numbers agree.

Two statements agree when their numbers differ by no more than the rounding of the less precise
one (60.9 in a table and 60.94 in the text agree; 53 and 50.24 do not). Extraction reports the
pairs that disagree in the quality log, the audit raises them as findings, and the model prefers
the statement that agrees with the official figure: all three use these functions.
"""

from __future__ import annotations

import re

import pandas as pd

COLUMNS = ("plan_id", "indicator", "year", "entity", "value_table", "value_text", "text_table", "text_text", "line_table", "line_text", "difference", "tolerance", "detail")


def decimals(text: str) -> int:
    """Decimal places of the first number written in ``text`` (``60.94`` → 2, ``53`` → 0)."""
    match = re.search(r"\d+(?:\.(\d+))?", text)
    return len(match.group(1)) if match and match.group(1) else 0


def rounding_tolerance(text_a: str, text_b: str) -> float:
    """Half a unit of the last digit of the less precise of two written numbers."""
    return 0.5 * 10 ** -min(decimals(text_a), decimals(text_b))


def text_table_pairs(indicators: pd.DataFrame) -> pd.DataFrame:
    """Every (table row, text row) pair for the same plan, indicator, year and place, with numbers."""
    numeric = indicators[indicators["value"].notna() & (indicators["indicator"] != "unmapped")]
    if not numeric["source"].isin(["table"]).any() or not numeric["source"].isin(["text"]).any():
        return pd.DataFrame(columns=list(COLUMNS))  # one side is empty: no pair (as the merge below would find)
    keys = ["plan_id", "indicator", "year", "entity"]
    sides = []
    for source in ("table", "text"):
        side = numeric[numeric["source"] == source][keys + ["value", "value_text", "line"]]
        if source == "table":
            # a figure the tables repeat (a page saved twice, a summary table) is compared once, at its
            # first line: without this a text repeated n times would give n² pairs
            side = side.sort_values("line", kind="mergesort").drop_duplicates(keys + ["value_text"])
        sides.append(side.rename(columns={"value": f"value_{source}", "value_text": f"text_{source}", "line": f"line_{source}"}))
    pairs = sides[0].merge(sides[1], on=keys)
    if pairs.empty:
        return pd.DataFrame(columns=list(COLUMNS))
    pairs["difference"] = (pairs["value_text"].astype(float) - pairs["value_table"].astype(float)).round(6)
    pairs["tolerance"] = [rounding_tolerance(a, b) for a, b in zip(pairs["text_table"], pairs["text_text"])]
    pairs["detail"] = [
        f"{row.indicator} {row.year}: table says {row.text_table} (line {row.line_table}), text says {row.text_text} (line {row.line_text})"
        for row in pairs.itertuples()
    ]
    return pairs[list(COLUMNS)].sort_values(["plan_id", "indicator", "year", "line_text"]).reset_index(drop=True)
