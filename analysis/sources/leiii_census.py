"""The 2010 and 2020 census panel of github.com/leiii/census (pinned source ``leiii-census``).

Two kinds of file, read by pure functions:

* the **city CSV** (``census_city_2010-2020_v1.csv``): one row per prefecture (2020 codes and
  boundaries; 2010 figures adjusted to 2020 boundaries), resident, urban and rural population,
  household size, sex ratio and the shares 0–14 / 15–59 / 60+ / 65+ for both years. Two known errors
  are corrected here from the cited official figure (:data:`CORRECTIONS`);
* the **county XLSX** (``census_county_2010_v1.xlsx``, ``census_county_2020_v1.xlsx``): the census
  yearbooks' tables for the nation (2020 only), provinces, prefectures and counties, with
  population by sex in five-year age groups. 2010 rows use 2010 codes and boundaries.

For cohort work: :func:`population_by_age_sex` gives population by sex and five-year age group
(0–4 … 85+) for any GB/T 2260 code the XLSX has, in 2010 and 2020; :func:`prefecture_panel` gives
every prefecture's population, urban share and age shares in both years (corrected), with a flag
where the 2010 figure of the XLSX (2010 boundaries) differs from the panel's (2020 boundaries).

The XLSX are read with ``python-calamine`` (pandas ``engine="calamine"``): about 0.7 s a file, the
same cell values as openpyxl (checked cell by cell when the source was added), against 6.5 s.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from analysis import paths
from analysis.gazetteer import Place, county_stem
from analysis.sources import registry

SOURCE_ID = "leiii-census"
CITY_CSV_NAME = "census_city_2010-2020_v1.csv"
COUNTY_XLSX_NAMES = {2010: "census_county_2010_v1.xlsx", 2020: "census_county_2020_v1.xlsx"}
YEARS = (2010, 2020)


def folder() -> Path:
    """Where the source's files are read from (mirror or download cache; :mod:`analysis.sources.registry`)."""
    return registry.folder(SOURCE_ID)


def __getattr__(name: str):
    # FOLDER, CITY_CSV and COUNTY_XLSX are resolved when first used, not at import: obtaining the
    # files may mean a download.
    if name == "FOLDER":
        return folder()
    if name == "CITY_CSV":
        return folder() / CITY_CSV_NAME
    if name == "COUNTY_XLSX":
        return {year: folder() / file for year, file in COUNTY_XLSX_NAMES.items()}
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

#: Census day: 1 November, 00:00.
CENSUS_DAY = "11-01"
NATION_CODE = "100000"
#: Five-year age groups of the county tables (the tables' 0 and 1–4 are merged into 0–4).
AGE_GROUPS = ("0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49", "50-54", "55-59",
              "60-64", "65-69", "70-74", "75-79", "80-84", "85+")
SEXES = ("male", "female")
#: The city CSV codes the four municipalities as xx0100 but gives the whole municipality's figures
#: (重庆 500100: 32,054,159 = the census total of 500000); the county tables use xx0000.
MUNICIPALITIES = {"110100": "110000", "120100": "120000", "310100": "310000", "500100": "500000"}
CITY_NUMBERS = ("popu_2020", "popu_urban_2020", "popu_rural_2020", "popu_2010", "popu_urban_2010", "popu_rural_2010",
                "household_2020", "household_2010", "male_female_2020", "male_female_2010", "age_0_14_2020", "age_15_59_2020",
                "age_60_2020", "age_65_2020", "age_0_14_2010", "age_15_59_2010", "age_60_2010", "age_65_2010")


@dataclass(frozen=True)
class Correction:
    """One value of the city CSV replaced by the official figure, with the evidence."""

    city_code: str
    column: str
    published: float
    corrected: float
    source: str
    quote: str
    reason: str


#: The two known errors of the city CSV (``SOURCE.md`` of the source's mirror), each replaced by the
#: figure of the cited official publication. 连云港's 2010 age shares in the CSV repeat its 2020
#: shares; the census yearbook's age counts (county XLSX, same repository) give the 2010 shares
#: (count of the age band ÷ total × 100, rounded to 2 decimals as the CSV is). 遂宁's 2010 urban
#: population in the CSV (1,199,558, 36.88%) is the yearbook table's; the city's census communiqué
#: states 1,248,415 (38.38%) and its rural complement 2,004,136.
CORRECTIONS = (
    Correction("320700", "age_0_14_2010", 21.4, 19.46, "census yearbook 2010 (county XLSX row 连云港市 320700): 0–4 … 10–14 counts / total",
               "连云港市 320700 合计 4393482", "the CSV repeats the 2020 share"),
    Correction("320700", "age_15_59_2010", 58.2, 67.25, "census yearbook 2010 (county XLSX row 连云港市 320700): 15–19 … 55–59 counts / total",
               "连云港市 320700 合计 4393482", "the CSV repeats the 2020 share"),
    Correction("320700", "age_60_2010", 20.4, 13.29, "census yearbook 2010 (county XLSX row 连云港市 320700): 60–64 … 85+ counts / total",
               "连云港市 320700 合计 4393482", "the CSV repeats the 2020 share"),
    Correction("320700", "age_65_2010", 14.63, 9.17, "census yearbook 2010 (county XLSX row 连云港市 320700): 65–69 … 85+ counts / total; the row's own 65岁及以上（%） is 9.17",
               "连云港市 320700 65岁及以上（%） 9.17", "the CSV repeats the 2020 share"),
    Correction("510900", "popu_urban_2010", 1199558, 1248415, "遂宁市第六次全国人口普查主要数据公报 (reference_statistics.csv: 遂宁市 常住人口城镇化率 2010)",
               "在全市常住人口中,城镇人口为1248415人,占38.38%,乡村人口为2004136人,占61.62%。", "the communiqué's urban count; the CSV has the yearbook's 1,199,558 (36.88%)"),
    Correction("510900", "popu_rural_2010", 2053061, 2004136, "遂宁市第六次全国人口普查主要数据公报 (reference_statistics.csv: 遂宁市 常住人口城镇化率 2010)",
               "在全市常住人口中,城镇人口为1248415人,占38.38%,乡村人口为2004136人,占61.62%。", "rural complement of the communiqué's urban count"),
)


# -- the city CSV --------------------------------------------------------------------------------------

def read_city_panel(path: Path | None = None) -> pd.DataFrame:
    """The city CSV as published (without the polygon column), numbers as floats, codes as text."""
    path = path or folder() / CITY_CSV_NAME
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, usecols=lambda c: c != "coord", encoding="utf-8-sig")
    missing = [c for c in ("city", "city_code", "province", "province_code", *CITY_NUMBERS) if c not in frame]
    if missing:
        raise ValueError(f"{paths.display(path)}: missing columns {missing}")
    for column in CITY_NUMBERS:
        frame[column] = pd.to_numeric(frame[column].replace("", None)).astype(float)
    return frame


def correct_city_panel(panel: pd.DataFrame, corrections: tuple[Correction, ...] = CORRECTIONS) -> pd.DataFrame:
    """The city panel with :data:`CORRECTIONS` applied; ``corrected`` names the changed columns.

    Each correction must find the published value it replaces: a changed source fails loudly.
    """
    out = panel.copy()
    out["corrected"] = ""
    for fix in corrections:
        rows = out.index[out["city_code"] == fix.city_code]
        if len(rows) != 1:
            raise ValueError(f"correction for {fix.city_code}: {len(rows)} rows in the city CSV")
        found = out.at[rows[0], fix.column]
        if not np.isclose(found, fix.published):
            raise ValueError(f"correction for {fix.city_code} {fix.column}: expected published {fix.published}, found {found}")
        out.at[rows[0], fix.column] = fix.corrected
        out.at[rows[0], "corrected"] = ";".join(filter(None, [out.at[rows[0], "corrected"], fix.column]))
    return out


@functools.cache
def city_panel() -> pd.DataFrame:
    """The corrected city panel (cached)."""
    return correct_city_panel(read_city_panel())


# -- the county XLSX ------------------------------------------------------------------------------------

_COLUMNS = {
    2010: {"name": "地区", "code": "区划代码", "total": "合计", "male": "男", "female": "女", "sex_ratio": "性别比\n（女=100）",
           "urban": "城镇人口", "rural": "乡村人口", "household_size": "户规模\n（人/户）", "share_0_14": "0-14岁（%）",
           "share_15_64": "15-64岁（%）", "share_65plus": "65岁及以上（%）", "birth_rate": "出生率（‰）", "death_rate": "死亡率（‰）",
           "natural_growth_rate": "自然增长率（‰）"},
    2020: {"name": "区县", "code": "区划代码", "province_name": "省", "prefecture_name": "市", "total": "人口数_合计", "male": "人口数_男",
           "female": "人口数_女", "sex_ratio": "性别比（女=100）", "urban": "城镇人口", "rural": "乡村人口", "household_size": "户规模",
           "share_0_14": "人口比重_0-14岁", "share_15_64": "人口比重_15-64岁", "share_65plus": "人口比重_65岁及以上"},
}
_AGE_LABELS = {
    2010: ["0岁", "1-4岁", *[f"{a}-{a + 4}岁" for a in range(5, 85, 5)], "85岁及以上"],
    2020: ["0岁", "1到4岁", *[f"{a}到{a + 4}岁" for a in range(5, 85, 5)], "85岁以上"],
}


def _age_column(year: int, label: str, sex: str) -> str:
    zh = "男" if sex == "male" else "女"
    return f"{label}（{zh}）" if year == 2010 else f"{zh}_{label}"


def read_county_table(year: int, path: Path | None = None) -> pd.DataFrame:
    """One census yearbook table, tidied: one row per place with its level, code and counts.

    Columns: ``row`` (1-based data row), ``code`` (GB/T 2260, text, empty for groups such as
    市辖区 and for development zones), ``name``, ``level`` (nation, province, prefecture, county,
    group, zone), ``province_code``, the totals of :data:`_COLUMNS`, and ``male_0-4`` …
    ``female_85+`` (the tables' 0 and 1–4 summed). Rows without a population (blank separators,
    an advertisement line in the 2010 file) are dropped.
    """
    path = path or folder() / COUNTY_XLSX_NAMES[year]
    raw = pd.read_excel(path, engine="calamine", header=0, dtype=object)
    raw.columns = [str(c) for c in raw.columns]
    names = _COLUMNS[year]
    columns = {key: column for key, column in names.items()}
    fixes = {"45-49岁（女)": "45-49岁（女）"}  # one header of the 2010 file closes with an ASCII parenthesis
    raw = raw.rename(columns=fixes)
    missing = [c for c in columns.values() if c not in raw]
    ages = {(sex, label): _age_column(year, label, sex) for label in _AGE_LABELS[year] for sex in SEXES}
    missing += [c for c in ages.values() if c not in raw]
    if missing:
        raise ValueError(f"{paths.display(path)}: missing columns {missing}")
    frame = pd.DataFrame({"row": range(1, len(raw) + 1)})
    for key, column in columns.items():
        values = raw[column]
        if key in ("name", "province_name", "prefecture_name"):
            frame[key] = values.map(lambda v: "" if pd.isna(v) else str(v).strip())
        elif key == "code":
            frame[key] = values.map(lambda v: "" if pd.isna(v) else f"{int(v):06d}")
        else:
            frame[key] = pd.to_numeric(values, errors="coerce").astype(float)
    for sex in SEXES:
        counts = np.column_stack([pd.to_numeric(raw[ages[(sex, label)]], errors="coerce").fillna(0).to_numpy(float) for label in _AGE_LABELS[year]])
        counts = np.column_stack([counts[:, 0] + counts[:, 1], counts[:, 2:]])  # 0 + 1–4 → 0–4
        for index, group in enumerate(AGE_GROUPS):
            frame[f"{sex}_{group}"] = counts[:, index]
    frame = frame[frame["total"].notna()].reset_index(drop=True)
    frame["level"] = [_level(code, name) for code, name in zip(frame["code"], frame["name"])]
    frame["province_code"] = [f"{code[:2]}0000" if code else "" for code in frame["code"]]
    if year == 2020:
        frame["province_code"] = _fill_province(frame)
    else:
        frame["province_code"] = frame["province_code"].replace("", None).ffill().fillna("")
    return frame


def _level(code: str, name: str) -> str:
    if name == "全国":
        return "nation"
    if not code:
        return "group" if name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划") else "zone"
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "prefecture"
    return "county"


def _fill_province(frame: pd.DataFrame) -> list[str]:
    provinces = dict(zip(frame.loc[frame["level"] == "province", "name"], frame.loc[frame["level"] == "province", "code"]))
    return [provinces.get(name, "") if level != "nation" else "" for name, level in zip(frame["province_name"], frame["level"])]


@functools.cache
def county_table(year: int) -> pd.DataFrame:
    """:func:`read_county_table` for the source's file of ``year`` (cached)."""
    if year not in COUNTY_XLSX_NAMES:
        raise ValueError(f"no census county table for {year} (years: {', '.join(map(str, YEARS))})")
    return read_county_table(year)


#: Columns of :func:`status_changes` (``data/reference/county_status_changes.csv``).
STATUS_CHANGE_COLUMNS = ("code", "name", "code_2020", "name_2020", "row")


def status_changes(table: pd.DataFrame, places: Sequence[Place]) -> pd.DataFrame:
    """County-level places whose status changed after the gazetteer's vintage (宁乡县 → 宁乡市 in 2017, 肥乡县 →
    肥乡区): each county row of the 2020 census table (:func:`read_county_table`) whose name and code are not
    the gazetteer's ``places``, matched to the one county-level place of the same prefecture (first four digits
    of the code) with the same stem (:func:`analysis.gazetteer.county_stem`) and another suffix. Renamed places
    (桥东区 → 襄都区) and places that moved to another prefecture are left out. ``row`` is the table's data row."""
    names = {place.name for place in places}
    codes = {place.code for place in places}
    by_stem: dict[tuple[str, str], list[Place]] = {}
    for place in places:
        if place.level == "county":
            by_stem.setdefault((place.code[:4], county_stem(place.name)), []).append(place)
    rows = []
    for row in table[table["level"] == "county"].itertuples():
        if row.name in names or row.code in codes:
            continue
        earlier = by_stem.get((row.code[:4], county_stem(row.name)), [])
        if len(earlier) == 1 and earlier[0].name != row.name:
            rows.append((earlier[0].code, earlier[0].name, row.code, row.name, int(row.row)))
    return pd.DataFrame(rows, columns=list(STATUS_CHANGE_COLUMNS)).sort_values("code", kind="stable").reset_index(drop=True)


def _age_columns() -> list[str]:
    return [f"{sex}_{group}" for sex in SEXES for group in AGE_GROUPS]


def place_rows(code: str, year: int, table: pd.DataFrame | None = None) -> tuple[pd.DataFrame, str]:
    """The rows that make up a place in a census table, and how they were chosen.

    The place's own row where the table has one; the nation in 2010 (the table has no national
    row) as the sum of the 31 provinces; a prefecture code without a row (the municipalities'
    市辖区 110100, provincially administered groups 429000 …) as the sum of the counties whose code
    starts with its first four digits.
    """
    table = county_table(year) if table is None else table
    code = f"{int(code):06d}"
    if code == NATION_CODE:
        nation = table[table["level"] == "nation"]
        if len(nation) == 1:
            return nation, "national row"
        return table[table["level"] == "province"], "sum of the 31 provinces (the table has no national row)"
    own = table[table["code"] == code]
    if len(own) == 1:
        return own, "own row"
    if len(own) > 1:
        raise ValueError(f"code {code} appears {len(own)} times in the {year} census table")
    if code.endswith("00") and not code.endswith("0000"):
        counties = table[(table["level"] == "county") & table["code"].str.startswith(code[:4])]
        if not counties.empty:
            return counties, f"sum of {len(counties)} counties coded {code[:4]}xx (the table has no row for {code})"
    raise KeyError(f"code {code} is not in the {year} census table")


def population_by_age_sex(code: str, year: int) -> pd.DataFrame:
    """Census population by sex and five-year age group (0–4 … 85+) of one place.

    ``code``: a GB/T 2260 code the county table of ``year`` has (province, prefecture, county), or
    ``100000`` for the nation (31 provinces; active servicemen are not included). Returns one row
    per sex × age group: ``code``, ``name``, ``year``, ``sex``, ``age_group``, ``age_start``,
    ``population`` (persons), and ``method`` (own row, or what was summed). 2010 tables use 2010
    codes and boundaries: see :func:`prefecture_panel` for the prefectures whose boundaries changed.
    """
    rows, method = place_rows(code, year)
    counts = rows[_age_columns()].sum()
    name = "全国" if f"{int(code):06d}" == NATION_CODE else rows.iloc[0]["name"] if len(rows) == 1 else rows.iloc[0]["name"] + " …"
    records = [
        {"code": f"{int(code):06d}", "name": name, "year": year, "sex": sex, "age_group": group,
         "age_start": int(group.rstrip("+").split("-")[0]), "population": int(round(counts[f"{sex}_{group}"])), "method": method}
        for sex in SEXES for group in AGE_GROUPS
    ]
    return pd.DataFrame(records)


def place_totals(code: str, year: int) -> dict[str, float]:
    """Totals of a place in a census table: population, men, women, urban, rural (persons)."""
    rows, method = place_rows(code, year)
    totals = {key: float(rows[key].sum()) for key in ("total", "male", "female", "urban", "rural")}
    return {**totals, "method": method, "household_size": float(rows.iloc[0]["household_size"]) if len(rows) == 1 else float("nan"),
            "name": rows.iloc[0]["name"] if len(rows) == 1 else ""}


def age_shares(counts: pd.DataFrame) -> dict[str, float]:
    """Shares (%) of 0–14, 15–59, 15–64, 60+, 65+ and the dependency ratios from age counts.

    ``share = population of the band / total × 100``; ``dependency_total = (0–14 + 65+) / 15–64 × 100``,
    ``dependency_child = 0–14 / 15–64 × 100``, ``dependency_old = 65+ / 15–64 × 100`` (UN definitions).
    """
    by_age = counts.groupby("age_start")["population"].sum()
    total = float(by_age.sum())
    band = lambda low, high=200: float(by_age[(by_age.index >= low) & (by_age.index < high)].sum())  # noqa: E731
    young, working59, working64, old60, old65 = band(0, 15), band(15, 60), band(15, 65), band(60), band(65)
    return {
        "share_0_14": young / total * 100, "share_15_59": working59 / total * 100, "share_15_64": working64 / total * 100,
        "share_60plus": old60 / total * 100, "share_65plus": old65 / total * 100,
        "dependency_total": (young + old65) / working64 * 100, "dependency_child": young / working64 * 100,
        "dependency_old": old65 / working64 * 100, "total": total,
    }


# -- the prefecture panel ---------------------------------------------------------------------------------

PANEL_COLUMNS = ("code", "name", "province", "province_code", "year", "population", "urban_share", "share_0_14", "share_15_59",
                 "share_60plus", "share_65plus", "sex_ratio", "household_size", "corrected", "population_xlsx", "boundary_note")


def prefecture_panel() -> pd.DataFrame:
    """Every prefecture of the city CSV in 2010 and 2020 (corrected), one row per prefecture × year.

    ``population`` in persons; ``urban_share = urban / total × 100``; age shares in % as published
    (corrected where :data:`CORRECTIONS` says so). ``population_xlsx`` is the county table's total
    for the same code (2010 rows: 2010 code and boundaries, empty where the 2010 table has no such
    code); ``boundary_note`` says when the two differ by more than 0.1% — for cohort methods the
    2010 age counts of such a place are on other boundaries than its 2020 counts.
    """
    panel = city_panel()
    rows = []
    for year in YEARS:
        table = county_table(year)
        totals = dict(zip(table["code"], table["total"]))
        for record in panel.to_dict("records"):
            population = record[f"popu_{year}"]
            code = MUNICIPALITIES.get(record["city_code"], record["city_code"])
            xlsx = totals.get(code, np.nan)
            note = ""
            if not np.isnan(population) and not np.isnan(xlsx) and abs(xlsx - population) > 0.001 * population:
                note = f"census table {year} total {int(xlsx)} differs from the panel's {int(population)} (boundary change or revision)"
            elif np.isnan(xlsx) and not np.isnan(population):
                note = f"code not in the {year} census table"
            rows.append(
                {
                    "code": record["city_code"], "name": record["city"], "province": record["province"], "province_code": record["province_code"],
                    "year": year, "population": population,
                    "urban_share": record[f"popu_urban_{year}"] / population * 100 if population else np.nan,
                    "share_0_14": record[f"age_0_14_{year}"], "share_15_59": record[f"age_15_59_{year}"],
                    "share_60plus": record[f"age_60_{year}"], "share_65plus": record[f"age_65_{year}"],
                    "sex_ratio": record[f"male_female_{year}"], "household_size": record[f"household_{year}"],
                    "corrected": ";".join(c for c in record["corrected"].split(";") if c.endswith(str(year))),
                    "population_xlsx": xlsx, "boundary_note": note,
                }
            )
    frame = pd.DataFrame(rows, columns=list(PANEL_COLUMNS))
    return frame.sort_values(["code", "year"]).reset_index(drop=True)


#: The columns of ``data/reference/boundary_changes.csv`` (:func:`boundary_change_table`; meanings in the codebook).
BOUNDARY_COLUMNS = ("code", "prefecture", "province", "census_year", "county_table_count", "city_panel_count", "relative_difference",
                    "threshold", "source_id", "locator")

#: What each census year's two counts are of (the ``locator`` of :func:`boundary_change_table`).
_BOUNDARY_LOCATORS = {
    2010: f"{COUNTY_XLSX_NAMES[2010]} 合计 of the code (2010 area) against {CITY_CSV_NAME} popu_2010 (2020 area)",
    2020: f"{COUNTY_XLSX_NAMES[2020]} 合计 of the code (its counties) against {CITY_CSV_NAME} popu_2020 (the official figure's area)",
}


def boundary_change_table(threshold: float) -> pd.DataFrame:
    """Prefectures whose official census figures are of another area than the one a plan may have meant: one row per
    prefecture and census where the census county table (``population_xlsx`` of :func:`prefecture_panel`: the sum of
    the counties the prefecture had at that census) and the city panel the outcomes come from (``population``) differ
    by more than ``threshold`` (relative to the panel's figure; :data:`analysis.demography.metrics.BOUNDARY_CHANGE`).

    * 2010 rows: the panel's 2010 figures are on 2020 boundaries, the county table's on 2010's — the area changed
      between the censuses (安庆市: 枞阳县 left for 铜陵 in 2015).
    * 2020 rows: the panel's 2020 figure (the communiqué's) counts a zone the prefecture administers across a county
      boundary that the county table counts with another prefecture (西安市 with 西咸新区, whose counties belong to
      咸阳市; 保定市 without 雄安新区).

    Prefectures whose code is not in a census's county table (renamed: 毕节地区 → 毕节市) have no county count for it and
    are not listed for it."""
    panel = prefecture_panel()
    rows = panel[panel["year"].isin(YEARS) & panel["population_xlsx"].notna() & panel["population"].notna()]
    difference = rows["population_xlsx"] / rows["population"] - 1
    changed = rows[difference.abs() > threshold].sort_values(["code", "year"])
    return pd.DataFrame({
        "code": changed["code"].astype(str), "prefecture": changed["name"], "province": changed["province"],
        "census_year": changed["year"].astype("int64"),
        "county_table_count": changed["population_xlsx"].round().astype("int64"),
        "city_panel_count": changed["population"].round().astype("int64"),
        "relative_difference": (difference[changed.index]).round(6), "threshold": threshold, "source_id": SOURCE_ID,
        "locator": changed["year"].map(_BOUNDARY_LOCATORS),
    }, columns=list(BOUNDARY_COLUMNS)).reset_index(drop=True)


def boundary_changes(table: pd.DataFrame) -> dict[str, dict[int, tuple[float, float]]]:
    """``data/reference/boundary_changes.csv`` (:func:`boundary_change_table`) as the screen reads it: prefecture →
    census year → (the census county table's count, the city panel's count), persons."""
    out: dict[str, dict[int, tuple[float, float]]] = {}
    for r in table.itertuples():
        out.setdefault(str(r.prefecture), {})[int(r.census_year)] = (float(r.county_table_count), float(r.city_panel_count))
    return out


def check_prefecture_totals(year: int) -> pd.DataFrame:
    """Each prefecture's age–sex sum in the county table against the city CSV's total.

    Returns ``code``, ``name``, ``age_sex_sum``, ``city_csv``, ``difference``, ``method`` for every
    prefecture of the city CSV the table can give (differences: boundary changes in 2010, and the
    few yearbook-vs-communiqué gaps such as 遂宁 2010: 3,252,619 vs 3,252,551).
    """
    panel = city_panel()
    out = []
    for record in panel.to_dict("records"):
        try:
            counts = population_by_age_sex(MUNICIPALITIES.get(record["city_code"], record["city_code"]), year)
        except KeyError:
            continue
        total = float(counts["population"].sum())
        out.append({"code": record["city_code"], "name": record["city"], "age_sex_sum": total, "city_csv": record[f"popu_{year}"],
                    "difference": total - record[f"popu_{year}"], "method": counts["method"].iloc[0]})
    return pd.DataFrame(out)
