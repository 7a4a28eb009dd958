"""Text against table: the same indicator, year and place stated differently in one plan.

Two statements agree when their numbers differ by no more than the rounding of the less precise
one (60.9 in a table and 60.94 in the text agree; 53 and 50.24 do not). Both rows stay in the
indicator table; a disagreement is reported, never averaged away.
"""

from __future__ import annotations

import pandas as pd

from analysis.demography.rounding import text_table_pairs


def text_table_disagreements(indicators: pd.DataFrame) -> pd.DataFrame:
    """The pairs whose numbers differ by more than rounding."""
    pairs = text_table_pairs(indicators)
    return pairs[pairs["difference"].abs() > pairs["tolerance"] + 1e-9].reset_index(drop=True)
