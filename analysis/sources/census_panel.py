"""The census figures the audit and the model compare plans with: one reader, one narrow table.

:func:`census_panel` reads the prefecture panel of the 2010 and 2020 censuses
(``census_city_2010-2020_v1.csv`` of the pinned source ``leiii-census``, Dong, Du & Liu 2022;
provenance in ``data/sources/leiii-census.toml``) and returns it long: one row per place × census year ×
measure, with the measure named by the codebook's indicator code. The checks read census figures
only through this function (and look figures up in its table with the pure functions of
:mod:`analysis.demography.census`), so it can be pointed at another table of official
observations without touching them.

The panel is read through :func:`analysis.sources.leiii_census.city_panel`, which corrects the
source's known errors from the cited official figures (连云港's 2010 age shares, which repeat its
2020 values; 遂宁's 2010 urban population, which gives 36.88 % where the communiqué says 38.38 %).
"""

from __future__ import annotations

import functools
from pathlib import Path

import pandas as pd

YEARS = (2010, 2020)
COLUMNS = ("entity", "year", "indicator", "value")

#: indicator code → (column stem in the CSV, how the value is made from the row of that year)
_SHARES = {"share_0_14": "age_0_14", "share_15_59": "age_15_59", "share_60plus": "age_60", "share_65plus": "age_65"}


@functools.cache
def census_panel(path: Path | None = None) -> pd.DataFrame:
    """``entity, year, indicator, value``: for every prefecture and census year, the resident,
    urban and rural population (万), the urban share (%, urban ÷ resident × 100), the average
    household size (persons), the sex ratio (males per 100 females) and the age shares 0–14,
    15–59, 60+, 65+ (%)."""
    from analysis.sources.leiii_census import city_panel, correct_city_panel, read_city_panel

    raw = city_panel() if path is None else correct_city_panel(read_city_panel(path))
    rows = []
    for year in YEARS:
        values = {
            "pop_resident": raw[f"popu_{year}"] / 1e4,
            "pop_urban": raw[f"popu_urban_{year}"] / 1e4,
            "pop_rural": raw[f"popu_rural_{year}"] / 1e4,
            "urbanization_resident": raw[f"popu_urban_{year}"] / raw[f"popu_{year}"] * 100,
            "household_size": raw[f"household_{year}"],
            "sex_ratio_total": raw[f"male_female_{year}"],
            **{code: raw[f"{stem}_{year}"] for code, stem in _SHARES.items()},
        }
        for code, series in values.items():
            rows.append(pd.DataFrame({"entity": raw["city"], "year": year, "indicator": code, "value": pd.to_numeric(series, errors="coerce")}))
    out = pd.concat(rows, ignore_index=True).dropna(subset=["value"])
    return out.sort_values(["entity", "indicator", "year"]).reset_index(drop=True)[list(COLUMNS)]

