"""Census figures (2010, 2020) of the plan places, their provinces and the nation, as observations.

From the leiii census panel (:mod:`analysis.sources.leiii_census`):

* a **prefecture** (营口, 连云港, 遂宁, 泸州) takes population, urban and rural population, household
  size, sex ratio and the four published age shares from the city CSV (2020: communiqués; 2010:
  yearbook on 2020 boundaries; the known errors corrected), and what the CSV lacks — the 15–64 share,
  dependency ratios, the 2010 birth, death and natural-growth rates — from the census yearbook table;
* a **province** (and 重庆, a province-level municipality) and the **nation** take everything from the
  yearbook table: counts as published, shares and ratios computed from the age × sex counts.

Computed figures say how in ``derived_from``: ``urban share = urban / total × 100``, ``share_15_64 =
(15–19 … 60–64) / total × 100``, ``dependency_total = (0–14 + 65+) / 15–64 × 100`` (UN definition),
``sex ratio = men / women × 100``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.sources import leiii_census as census
from analysis.sources.common import frame, observation, places

RESIDENT = "resident population (常住人口)"
NATION_BASE = "resident population of the 31 provinces (active servicemen not included)"
_SHARES = {"share_0_14": "0–14", "share_15_59": "15–59", "share_15_64": "15–64", "share_60plus": "60+", "share_65plus": "65+"}
_DEPENDENCY = {
    "dependency_total": "(0–14 + 65+) / 15–64 × 100, from the age × sex counts",
    "dependency_child": "0–14 / 15–64 × 100, from the age × sex counts",
    "dependency_old": "65+ / 15–64 × 100, from the age × sex counts",
}
_CSV_COLUMNS = {
    "sex_ratio_total": ("male_female_{year}", "males per 100 females"),
    "household_size": ("household_{year}", "persons per household"),
    "share_0_14": ("age_0_14_{year}", "%"),
    "share_15_59": ("age_15_59_{year}", "%"),
    "share_60plus": ("age_60_{year}", "%"),
    "share_65plus": ("age_65_{year}", "%"),
}


def census_observations() -> pd.DataFrame:
    """Every census observation of the plan places, their provinces and the nation."""
    rows: list[dict] = []
    for place in places().to_dict("records"):
        for year in census.YEARS:
            if place["level"] == "prefecture":
                rows += _prefecture(place, year)
                if _in_county_table(place["code"], year):  # a prefecture coded anew after 2010 (毕节市 520500, 522400 in 2010)
                    rows += _from_table(place, year, only=("share_15_64", *_DEPENDENCY, "birth_rate", "death_rate", "natural_growth_rate"))
            elif place["level"] != "county" or _in_county_table(place["code"], year):
                rows += _from_table(place, year)
            # else: a county-level place created or recoded after that census (吴江区 320509, 吴江市 320584 until
            # 2012) has no row under its code in that census's table: no observation is made of it for that year,
            # rather than one taken from another code, and the outcome rules then say no figure exists
    return frame(rows)


def _in_county_table(code: str, year: int) -> bool:
    """Whether the county table of ``year`` has the place under this code (its own row or its counties): a
    prefecture created or recoded after 2010 has its 2010 figures in the city panel only, under the new code, so
    its 2010 age-derived rows (15–64 share, dependency, vital rates) are not made rather than taken from another place."""
    try:
        census.place_rows(code, year)
    except KeyError:
        return False
    return True


def _base(place: dict, year: int) -> dict:
    return {"entity_code": place["code"], "entity_name": place["name"], "entity_level": place["level"], "year": year,
            "reference_date": f"{year}-{census.CENSUS_DAY}", "basis": "census", "source_id": census.SOURCE_ID,
            "population_base": NATION_BASE if place["level"] == "nation" else RESIDENT}


def _prefecture(place: dict, year: int) -> list[dict]:
    panel = census.city_panel()
    code = next((k for k, v in census.MUNICIPALITIES.items() if v == place["code"]), place["code"])
    index = panel.index[panel["city_code"] == code]
    record = panel.loc[index[0]]
    line = int(index[0]) + 2  # 1-based file line: the header is line 1
    corrected = set(filter(None, record["corrected"].split(";")))
    fixes = {fix.column: fix for fix in census.CORRECTIONS if fix.city_code == code}
    vintage = "census_communique" if year == 2020 else "census_yearbook"
    boundary = "" if year == 2020 else "2010 figure on 2020 boundaries (leiii adjustment)"
    base = {**_base(place, year), "vintage": vintage}
    file = census.CITY_CSV_NAME

    def cell(column: str) -> dict:
        note = boundary
        quote = ""
        if column in corrected:
            fix = fixes[column]
            note = "; ".join(filter(None, [f"corrected: the CSV has {fix.published:g} ({fix.reason}); official figure from {fix.source}", boundary]))
            quote = fix.quote
        return {"locator": f"{file} line {line}, column {column}", "quote": quote, "note": note}

    rows = []
    total = record[f"popu_{year}"]
    rows.append(observation(**base, indicator="pop_resident", value=round(total / 1e4, 4), unit="10k persons", **cell(f"popu_{year}")))
    for indicator, column in (("pop_urban", f"popu_urban_{year}"), ("pop_rural", f"popu_rural_{year}")):
        rows.append(observation(**base, indicator=indicator, value=round(record[column] / 1e4, 4), unit="10k persons", **cell(column)))
    urban = cell(f"popu_urban_{year}")
    rows.append(observation(**base, indicator="urbanization_resident", value=round(record[f"popu_urban_{year}"] / total * 100, 2), unit="%",
                            derived_from=f"urban / total × 100 = {record[f'popu_urban_{year}']:.0f} / {total:.0f} × 100", **urban))
    for indicator, (pattern, unit) in _CSV_COLUMNS.items():
        column = pattern.format(year=year)
        rows.append(observation(**base, indicator=indicator, value=record[column], unit=unit, **cell(column)))
    # a cell the city CSV leaves empty (乌鲁木齐市's 2020 urban, rural, sex-ratio and household cells) is a gap of the
    # source: no observation is made of it, and the outcome rules then say no figure exists
    return [row for row in rows if pd.notna(row["value"])]


def _from_table(place: dict, year: int, only: tuple[str, ...] | None = None) -> list[dict]:
    table = census.county_table(year)
    selected, method = census.place_rows(place["code"], year, table)
    file = census.COUNTY_XLSX_NAMES[year]
    locator = f"{file} row {int(selected.iloc[0]['row'])} (code {place['code']})" if len(selected) == 1 else f"{file}: {method}"
    base = {**_base(place, year), "vintage": "census_yearbook", "locator": locator,
            "note": "" if method in ("own row", "national row") else method}
    counts = census.population_by_age_sex(place["code"], year)
    shares = census.age_shares(counts)
    totals = {key: float(selected[key].sum()) for key in ("total", "male", "female", "urban", "rural")}
    one = selected.iloc[0] if len(selected) == 1 else None
    rows = [
        observation(**base, indicator="pop_resident", value=round(totals["total"] / 1e4, 4), unit="10k persons",
                    derived_from="" if one is not None else "sum of the provinces' totals"),
        observation(**base, indicator="pop_urban", value=round(totals["urban"] / 1e4, 4), unit="10k persons"),
        observation(**base, indicator="pop_rural", value=round(totals["rural"] / 1e4, 4), unit="10k persons"),
        observation(**base, indicator="urbanization_resident", value=round(totals["urban"] / totals["total"] * 100, 2), unit="%",
                    derived_from=f"urban / total × 100 = {totals['urban']:.0f} / {totals['total']:.0f} × 100"),
    ]
    if one is not None and not np.isnan(one["sex_ratio"]):
        rows.append(observation(**base, indicator="sex_ratio_total", value=float(one["sex_ratio"]), unit="males per 100 females"))
    else:
        rows.append(observation(**base, indicator="sex_ratio_total", value=round(totals["male"] / totals["female"] * 100, 2), unit="males per 100 females",
                                derived_from=f"men / women × 100 = {totals['male']:.0f} / {totals['female']:.0f} × 100"))
    if one is not None and not np.isnan(one["household_size"]):
        rows.append(observation(**base, indicator="household_size", value=float(one["household_size"]), unit="persons per household"))
    for indicator, band in _SHARES.items():
        rows.append(observation(**base, indicator=indicator, value=round(shares[indicator], 2), unit="%",
                                derived_from=f"population aged {band} / total × 100, from the age × sex counts (total {shares['total']:.0f})"))
    for indicator, formula in _DEPENDENCY.items():
        rows.append(observation(**base, indicator=indicator, value=round(shares[indicator], 2), unit="%", derived_from=formula))
    if one is not None and year == 2010:
        for indicator in ("birth_rate", "death_rate", "natural_growth_rate"):
            if not np.isnan(one[indicator]):
                rows.append(observation(**{**base, "note": "births and deaths in the 12 months before the census day"}, indicator=indicator,
                                        value=float(one[indicator]), unit="‰"))
    if only:
        rows = [row for row in rows if row["indicator"] in only]
    return rows
