"""Reference statistics: official figures (and higher-level plan targets) mapped to the codebook.

Reads ``data/reference/reference_statistics.csv`` (verbatim from the shared sources) and
``data/reference/derived_statistics.csv`` (values derived from stated figures, with the
derivation), keeps every source column, and adds:

* ``indicator`` — the codebook code of the published indicator name (0-14岁人口占比 →
  share_0_14; 全国总人口 → pop_resident), empty if the codebook has none;
* ``role`` — statistic, plan_target (规划目标), plan_projection (规划预测) or plan_baseline (a
  plan's own base figure, such as the 13th Five-Year family-planning plan's TFR of 1.6);
* ``document`` — the plan a target comes from (the national plan 2016–2030 when unnamed);
* ``statistic`` — census, sample_survey (1% survey), year_end_estimate (年末常住人口) or annual
  (another yearly statistic): census counts and annual estimates are different vintages;
* ``value`` and ``unit`` in the codebook's unit (亿人 → 万人), with the published ones kept;
* ``qualifier`` — approx (左右), below (以下) … as stated around the figure in the quote.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.codebook import Codebook, load_codebook
from analysis.extract.values import normalise_unit

SOURCE_COLUMNS = ("entity", "indicator", "year", "value", "unit", "source_title", "source_url", "quote", "confidence")
COLUMNS = (
    "entity", "indicator", "indicator_zh", "role", "document", "statistic", "year", "value", "qualifier", "unit",
    "value_published", "unit_published", "source_title", "source_url", "quote", "confidence", "derivation",
    "source_file", "source_row",
)
NATIONAL_PLAN = "国家人口发展规划（2016—2030年）"
ALIASES = {"全国总人口": "pop_resident"}
_PLAN_ROW = re.compile(r"^(?P<role>规划目标|规划预测)\s*[:：]\s*(?P<name>[^(（]+)(?:[(（](?P<doc>[^)）]+)[)）])?$")
_SCALE = {"亿人": (10000.0, "10k persons")}


def read_sources(folder: Path = paths.REFERENCE) -> pd.DataFrame:
    """Both source files, with every column, the file name and the 1-based data row number."""
    frames = []
    for name in ("reference_statistics.csv", "derived_statistics.csv"):
        frame = pd.read_csv(folder / name, dtype=str, keep_default_na=False)
        missing = [column for column in SOURCE_COLUMNS if column not in frame.columns]
        if missing:
            raise ValueError(f"{folder / name}: missing columns {missing}")
        frame["derivation"] = frame["derivation"] if "derivation" in frame else ""
        frame["source_file"] = name
        frame["source_row"] = range(1, len(frame) + 1)
        frames.append(frame)
    return pd.concat(frames, ignore_index=True)


def tidy_reference(sources: pd.DataFrame, codebook: Codebook | None = None) -> pd.DataFrame:
    """Map source rows to codes, roles, vintages and codebook units (see the module docstring)."""
    codebook = codebook or load_codebook()
    rows = []
    for row in sources.itertuples(index=False):
        published = row.indicator.strip()
        plan = _PLAN_ROW.match(published)
        name = plan.group("name").strip() if plan else re.sub(r"[(（][^)）]*[)）]", "", published).strip()
        document = ""
        if plan:
            role = "plan_target" if plan.group("role") == "规划目标" else "plan_projection"
            document = plan.group("doc") or (NATIONAL_PLAN if row.entity == "中国" else "")
        elif "基数" in published:
            role, document = "plan_baseline", re.search(r"[(（]([^)）]*)[)）]", published).group(1).replace("基数", "")
        else:
            role = "statistic"
        code = ALIASES.get(name) or codebook.match_label(name.replace("-", "~").replace("—", "~"))
        value = float(row.value)
        unit_published = row.unit.strip()
        scale, unit = _SCALE.get(unit_published, (1.0, normalise_unit(re.sub(r"[(（].*$", "", unit_published))))
        if not unit and code:
            unit = codebook[code].unit
        rows.append(
            {
                "entity": row.entity, "indicator": code or "", "indicator_zh": published, "role": role, "document": document,
                "statistic": _statistic(published, row, role), "year": int(row.year), "value": round(value * scale, 6),
                "qualifier": _qualifier(row.value, unit_published, row.quote), "unit": unit,
                "value_published": row.value, "unit_published": unit_published, "source_title": row.source_title,
                "source_url": row.source_url, "quote": row.quote, "confidence": row.confidence, "derivation": row.derivation,
                "source_file": row.source_file, "source_row": row.source_row,
            }
        )
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    frame["year"] = frame["year"].astype("Int64")
    frame["source_row"] = frame["source_row"].astype("Int64")
    frame["value"] = frame["value"].astype("Float64")
    return frame


def _statistic(published: str, row, role: str) -> str:
    if role != "statistic":
        return ""
    if "抽样调查" in published:
        return "sample_survey"
    if "年末" in published:
        return "year_end_estimate"
    if int(row.year) % 10 == 0 and ("普查" in row.source_title or "普查" in row.quote or row.confidence == "derived"):
        return "census"
    return "annual"


def _qualifier(value: str, unit: str, quote: str) -> str:
    if "以下" in unit:
        return "below"
    number = re.escape(value.rstrip("0").rstrip(".") if "." in value else value)
    match = re.search(rf"{number}0*\s*[^\d\s,，。;；]{{0,3}}?(左右|以下|以上|以内)", quote)
    if match:
        return {"左右": "approx", "以下": "below", "以内": "below", "以上": "above"}[match.group(1)]
    return "none"
