"""Provincial year-end resident population 2005–2024 (pinned source ``pik-population``).

The National Bureau of Statistics' year-end resident population by province (data portal table
E0103), as compiled in PyPSA-China-PIK. Units of 10,000 persons, rounded to whole 万.

Vintages (stated per row, and the reason no series crosses them):

* 2005–2009 — ``pre_2010_census``: estimates made before the 2010 census and never rebased, so the
  2009→2010 step is a break (四川 8185 → 8045万, 广西 4856 → 4610万), not a change in population;
* 2010 and 2020–2024 — ``first_published``: year-end figures benchmarked on the census of 2010 or
  2020 as first released;
* 2011–2019 — ``revised_after_2020_census``: the intercensal figures the bureau revised after the 2020
  census (重庆 2019: 3188万 here; first published as 3124.32万).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.sources import registry
from analysis.sources.common import frame, observation, places

SOURCE_ID = "pik-population"
FILE_NAME = "historical_population.csv"


def __getattr__(name: str):
    if name == "FILE":  # resolved when first used: obtaining the file may mean a download
        return registry.folder(SOURCE_ID) / FILE_NAME
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: English names of the file → Chinese province names of the census tables.
PROVINCES = {
    "Beijing": "北京市", "Tianjin": "天津市", "Hebei": "河北省", "Shanxi": "山西省", "InnerMongolia": "内蒙古自治区", "Liaoning": "辽宁省",
    "Jilin": "吉林省", "Heilongjiang": "黑龙江省", "Shanghai": "上海市", "Jiangsu": "江苏省", "Zhejiang": "浙江省", "Anhui": "安徽省",
    "Fujian": "福建省", "Jiangxi": "江西省", "Shandong": "山东省", "Henan": "河南省", "Hubei": "湖北省", "Hunan": "湖南省",
    "Guangdong": "广东省", "Guangxi": "广西壮族自治区", "Hainan": "海南省", "Chongqing": "重庆市", "Sichuan": "四川省", "Guizhou": "贵州省",
    "Yunnan": "云南省", "Tibet": "西藏自治区", "Shaanxi": "陕西省", "Gansu": "甘肃省", "Qinghai": "青海省", "Ningxia": "宁夏回族自治区",
    "Xinjiang": "新疆维吾尔自治区",
}


def vintage(year: int) -> str:
    """The vintage of a year's figure in this file (see the module docstring)."""
    if year < 2010:
        return "pre_2010_census"
    if 2010 < year < 2020:
        return "revised_after_2020_census"
    return "first_published"


def read_series(path: Path | None = None) -> pd.DataFrame:
    """The file as a long table: ``province`` (Chinese), ``region`` (as in the file), ``year``, ``value`` (万)."""
    path = path or registry.folder(SOURCE_ID) / FILE_NAME
    wide = pd.read_csv(path, comment="#", dtype=str)
    if "region" not in wide:
        raise ValueError(f"{paths.display(path)}: no region column")
    unknown = sorted(set(wide["region"]) - set(PROVINCES))
    if unknown:
        raise ValueError(f"{paths.display(path)}: unknown regions {unknown}")
    long = wide.melt(id_vars="region", var_name="year", value_name="value")
    long["year"] = long["year"].astype(int)
    long["value"] = pd.to_numeric(long["value"]).astype(float)
    long["province"] = long["region"].map(PROVINCES)
    long["line"] = long["region"].map({region: i + 3 for i, region in enumerate(wide["region"])})  # comment and header lines first
    return long.sort_values(["province", "year"]).reset_index(drop=True)


def observations(path: Path | None = None) -> pd.DataFrame:
    """Year-end resident population of the plan places that are provinces (and the plans' provinces)."""
    series = read_series(path)
    wanted = places()
    wanted = wanted[wanted["level"] == "province"]
    rows = []
    for place in wanted.to_dict("records"):
        for record in series[series["province"] == place["name"]].to_dict("records"):
            note = {"pre_2010_census": "pre-2010-census estimate, not rebased: do not join to 2010 onwards",
                    "revised_after_2020_census": "intercensal figure revised after the 2020 census"}.get(vintage(record["year"]), "")
            rows.append(observation(
                entity_code=place["code"], entity_name=place["name"], entity_level=place["level"], indicator="pop_resident",
                year=record["year"], reference_date=f"{record['year']}-12-31", value=record["value"], unit="10k persons",
                basis="sample_survey", population_base="year-end resident population (常住人口), rounded to 万",
                vintage=vintage(record["year"]), source_id=SOURCE_ID,
                locator=f"{FILE_NAME} line {record['line']} ({record['region']}), column {record['year']}",
                note="; ".join(filter(None, ["annual estimate from the population sample surveys, benchmarked on the census", note])),
            ))
    return frame(rows)
