"""Census figures looked up in the long census panel (``entity, year, indicator, value``).

Pure functions over the table that :func:`analysis.sources.census_panel.census_panel` reads; the
audit and the model both use them, so they sit below both stages.
"""

from __future__ import annotations

import pandas as pd

def census_value(panel: pd.DataFrame, entity: str, indicator: str, year: int) -> float | None:
    """One census figure, or None."""
    rows = panel[(panel["entity"] == entity) & (panel["indicator"] == indicator) & (panel["year"] == year)]
    return None if rows.empty else float(rows["value"].iloc[0])


def latest_census(panel: pd.DataFrame, entity: str, indicator: str, year: int) -> tuple[int, float] | None:
    """The latest census figure for a place at or before ``year`` (year, value), or None."""
    rows = panel[(panel["entity"] == entity) & (panel["indicator"] == indicator) & (panel["year"] <= year)].sort_values("year")
    return None if rows.empty else (int(rows["year"].iloc[-1]), float(rows["value"].iloc[-1]))


def census_evidence(entity: str, code: str, year: int, value: float) -> str:
    """The evidence line of one census-panel figure, as findings and model rows quote it: the pinned
    source's id and file (``data/sources/leiii-census.toml``), place, year, code and value."""
    return f"census panel leiii-census/census_city_2010-2020_v1.csv: {entity} {year} {code} = {value:.4g}"
