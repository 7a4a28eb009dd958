"""World Development Indicators for China (pinned source ``wdi``: ``<series>/data.csv``).

Which series are official Chinese figures and which are model estimates (:data:`SERIES`):

* crude **birth and death rates** — the National Bureau of Statistics' published rates from the
  annual population sample survey (WDI 2020: 8.52‰ and 7.07‰, the bureau's communiqué figures), of
  the bureau's current database: 2011–2019 as revised after the 2020 census (2016: 13.57‰ and
  7.04‰, the statistical yearbook's figures since 2021; the 2016 communiqué printed 12.95‰ and
  7.09‰), so labelled ``revised_after_2020_census`` (:func:`official_vintage`), never spliced with
  the communiqués' first-published figures;
* the **natural growth rate** — derived here, for every year with both rates, as birth rate −
  death rate (:func:`natural_growth`): the bureau's definition (人口自然增长率 = (出生人数 − 死亡人数)
  / 年平均人数 × 1000‰ = 人口出生率 − 人口死亡率, 国家统计局《统计指标解释》; its 2020 communiqué:
  8.52 − 7.07 = 1.45‰, its 2024 one 6.77 − 7.76 = −0.99‰). Caveat: the difference of two rates
  published to 0.01‰ can differ by 0.01‰ from the bureau's own figure computed from the counts;
  a published figure of the same vintage (collected statistics) comes first
  (:data:`analysis.demography.observed.SOURCE_ORDER`);
* **total population** — mid-year, the mean of two consecutive NBS year-end figures (2020:
  141,110万 = (141,008 + 141,212) / 2): derived from official figures, not a year-end count;
* **fertility, life expectancy, age shares** — UN Population Division (World Population Prospects)
  model estimates; **infant mortality** — UN IGME model estimates; **urban share** — UN World
  Urbanization Prospects, smoothed from national definitions. These never serve as outcomes of a
  plan target: only as context, labelled ``model_estimate``.

Official series carry the vintage of the bureau's database (:func:`official_vintage`); model series
the vintage ``wdi_2026`` (the snapshot's revision).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.sources import registry
from analysis.sources.common import NATION, frame, observation

SOURCE_ID = "wdi"
COUNTRY = "CHN"


def __getattr__(name: str):
    if name == "FOLDER":  # resolved when first used: obtaining the files may mean a download
        return registry.folder(SOURCE_ID)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")



@dataclass(frozen=True)
class Series:
    indicator: str
    unit: str
    basis: str
    reference: str  # mid-year, calendar year
    scale: float
    note: str


SERIES = {
    "sp.dyn.cbrt.in": Series("birth_rate", "‰", "sample_survey", "year", 1.0, "NBS crude birth rate (annual 1‰ population sample survey), as republished by WDI"),
    "sp.dyn.cdrt.in": Series("death_rate", "‰", "sample_survey", "year", 1.0, "NBS crude death rate (annual 1‰ population sample survey), as republished by WDI"),
    "sp.pop.totl": Series("pop_resident", "10k persons", "sample_survey", "mid", 1e-4, "mid-year: mean of consecutive NBS year-end figures (WDI); not a year-end count"),
    "sp.dyn.tfrt.in": Series("tfr", "births per woman", "model_estimate", "year", 1.0, "UN WPP model estimate (WDI), not an official Chinese figure"),
    "sp.dyn.le00.in": Series("life_expectancy", "years", "model_estimate", "year", 1.0, "UN WPP model estimate (WDI), not an official Chinese figure"),
    "sp.dyn.imrt.in": Series("imr", "‰", "model_estimate", "year", 1.0, "UN IGME model estimate (WDI), not the official (NHC) figure"),
    "sp.urb.totl.in.zs": Series("urbanization_resident", "%", "model_estimate", "mid", 1.0, "UN World Urbanization Prospects estimate (WDI), smoothed; not the NBS figure"),
    "sp.pop.65up.to.zs": Series("share_65plus", "%", "model_estimate", "mid", 1.0, "UN WPP model estimate (WDI), mid-year de facto population"),
    "sp.pop.0014.to.zs": Series("share_0_14", "%", "model_estimate", "mid", 1.0, "UN WPP model estimate (WDI), mid-year de facto population"),
}


def official_vintage(year: int) -> str:
    """The NBS database vintage WDI republishes: 2011–2019 revised after the 2020 census (China's
    2019 birth rate 10.41‰ here, first published as 10.48‰), earlier years as published before the
    2010 census, 2010 and 2020 on as first published."""
    from analysis.sources.pik_population import vintage

    return vintage(year)


def read_series(code: str, folder: Path | None = None) -> pd.DataFrame:
    """China's rows of one series: ``year``, ``value``, ``line`` (1-based line of data.csv)."""
    path = (folder or registry.folder(SOURCE_ID)) / code / "data.csv"
    data = pd.read_csv(path, dtype=str, keep_default_na=False)
    if list(data.columns) != ["Country Name", "Country Code", "Year", "Value"]:
        raise ValueError(f"{paths.display(path)}: unexpected columns {list(data.columns)}")
    data["line"] = range(2, len(data) + 2)
    china = data[(data["Country Code"] == COUNTRY) & (data["Value"] != "")]
    return pd.DataFrame({"year": china["Year"].astype(int), "value": china["Value"].astype(float), "line": china["line"]})


#: The series the natural growth rate is derived from: (birth rate, death rate).
NATURAL_GROWTH = ("sp.dyn.cbrt.in", "sp.dyn.cdrt.in")


def natural_growth(births: pd.DataFrame, deaths: pd.DataFrame) -> pd.DataFrame:
    """The natural growth rate (‰) of every year with both rates: birth rate − death rate (the
    NBS definition, see the module docstring), rounded to the rates' 0.01‰. Columns ``year``,
    ``value``, ``birth``, ``death``, ``birth_line``, ``death_line``."""
    both = births.merge(deaths, on="year", suffixes=("_birth", "_death"))
    return pd.DataFrame({
        "year": both["year"], "value": (both["value_birth"] - both["value_death"]).round(2), "birth": both["value_birth"], "death": both["value_death"],
        "birth_line": both["line_birth"], "death_line": both["line_death"],
    }).sort_values("year").reset_index(drop=True)


def observations(folder: Path | None = None, first_year: int = 2000) -> pd.DataFrame:
    """Every series of :data:`SERIES` for China from ``first_year`` on, and the natural growth
    rate derived from the birth and death rates (:func:`natural_growth`)."""
    code, name, level = NATION
    rows = []
    for series_code, spec in SERIES.items():
        data = read_series(series_code, folder)
        for record in data[data["year"] >= first_year].to_dict("records"):
            reference = f"{record['year']}-07-01" if spec.reference == "mid" else str(record["year"])
            rows.append(observation(
                entity_code=code, entity_name=name, entity_level=level, indicator=spec.indicator, year=record["year"],
                reference_date=reference, value=round(record["value"] * spec.scale, 6), unit=spec.unit, basis=spec.basis,
                population_base="de facto population (UN)" if spec.basis == "model_estimate" else "resident population (常住人口)",
                vintage="wdi_2026" if spec.basis == "model_estimate" else official_vintage(record["year"]), source_id=SOURCE_ID, locator=f"{series_code}/data.csv line {record['line']}", note=spec.note,
            ))
    birth_code, death_code = NATURAL_GROWTH
    derived = natural_growth(read_series(birth_code, folder), read_series(death_code, folder))
    for record in derived[derived["year"] >= first_year].to_dict("records"):
        rows.append(observation(
            entity_code=code, entity_name=name, entity_level=level, indicator="natural_growth_rate", year=record["year"], reference_date=str(record["year"]),
            value=record["value"], unit="‰", basis="sample_survey", population_base="resident population (常住人口)",
            vintage=official_vintage(record["year"]), source_id=SOURCE_ID,
            locator=f"{birth_code}/data.csv line {record['birth_line']} − {death_code}/data.csv line {record['death_line']}",
            derived_from=f"birth rate − death rate = {record['birth']:g} − {record['death']:g} (NBS: 人口自然增长率 = 人口出生率 − 人口死亡率)",
            note="derived: NBS natural growth rate as birth rate − death rate, both as republished by WDI; may differ by 0.01‰ from the bureau's figure computed from the counts",
        ))
    return frame(rows)
