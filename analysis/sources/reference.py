"""Reference statistics: official figures (and higher-level plan targets) mapped to the codebook.

Reads ``data/reference/reference_statistics.csv`` (verbatim from the shared sources),
``data/reference/collected_statistics.csv`` (figures collected for this project from communiqués and
yearbooks, same columns) and ``data/reference/derived_statistics.csv`` (values derived from stated
figures, with the derivation), applies ``data/reference/reference_corrections.csv`` (each
correction names the row, the published and the corrected value, and the reason; the source files
stay verbatim), keeps every source column, and adds:

* ``indicator`` — the codebook code of the published indicator name (0-14岁人口占比 →
  share_0_14; 全国总人口 → pop_resident), empty if the codebook has none;
* ``role`` — statistic, plan_target (规划目标), plan_projection (规划预测) or plan_baseline (a
  plan's own base figure, such as the 13th Five-Year family-planning plan's TFR of 1.6);
* ``document`` — the plan a target comes from (the national plan 2016–2030 when unnamed);
* ``statistic`` — census, sample_survey (1% survey), year_end_estimate (年末常住人口) or annual
  (another yearly statistic): census counts and annual estimates are different vintages;
* ``value`` and ``unit`` in the codebook's unit (亿人 → 万人), with the published ones kept;
* ``qualifier`` — approx (左右), below (以下) … as stated around the figure in the quote;
* ``vintage`` — for statistics: census_communique (a census count), first_published (an annual figure
  as first released) or revised_after_2020_census (a figure from a yearbook that revised the
  intercensal series after the 2020 census); empty for plan figures;
* ``correction`` — what ``reference_corrections.csv`` changed in the row, and why.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.codebook import Codebook, load_codebook
from analysis.units import normalise_unit

SOURCE_COLUMNS = ("entity", "indicator", "year", "value", "unit", "source_title", "source_url", "quote", "confidence")
COLUMNS = (
    "entity", "indicator", "indicator_zh", "role", "document", "statistic", "year", "value", "qualifier", "unit",
    "value_published", "unit_published", "source_title", "source_url", "quote", "confidence", "derivation",
    "source_file", "source_row", "vintage", "correction",
)
SOURCE_FILES = ("reference_statistics.csv", "collected_statistics.csv", "derived_statistics.csv")
CORRECTIONS = "reference_corrections.csv"
NATIONAL_PLAN = "国家人口发展规划（2016—2030年）"
ALIASES = {"全国总人口": "pop_resident", "死亡率": "death_rate"}
_PLAN_ROW = re.compile(r"^(?P<role>规划目标|规划预测)\s*[:：]\s*(?P<name>[^(（]+)(?:[(（](?P<doc>[^)）]+)[)）])?$")
_SCALE = {"亿人": (10000.0, "10k persons")}


def read_sources(folder: Path = paths.REFERENCE) -> pd.DataFrame:
    """Both source files, with every column, the file name and the 1-based data row number."""
    frames = []
    for name in SOURCE_FILES:
        frame = pd.read_csv(folder / name, dtype=str, keep_default_na=False)
        missing = [column for column in SOURCE_COLUMNS if column not in frame.columns]
        if missing:
            raise ValueError(f"{folder / name}: missing columns {missing}")
        frame["derivation"] = frame["derivation"] if "derivation" in frame else ""
        frame["source_file"] = name
        frame["source_row"] = range(1, len(frame) + 1)
        frames.append(frame)
    return pd.concat(frames, ignore_index=True)


def read_corrections(folder: Path = paths.REFERENCE) -> pd.DataFrame:
    """The corrections to apply, one per (file, row, column)."""
    path = folder / CORRECTIONS
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    expected = ["source_file", "source_row", "column", "published", "corrected", "reason"]
    if list(frame.columns) != expected:
        raise ValueError(f"{path}: columns must be {expected}")
    frame["source_row"] = frame["source_row"].astype(int)
    return frame


def tidy_reference(sources: pd.DataFrame, codebook: Codebook | None = None, corrections: pd.DataFrame | None = None) -> pd.DataFrame:
    """Map source rows to codes, roles, vintages and codebook units (see the module docstring)."""
    codebook = codebook or load_codebook()
    corrections = read_corrections() if corrections is None else corrections
    fixes = {(r.source_file, r.source_row, r.column): r for r in corrections.itertuples()}
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
        record = {
            "entity": row.entity, "indicator": code or "", "indicator_zh": published, "role": role, "document": document,
            "statistic": _statistic(published, row, role), "year": int(row.year), "value": round(value * scale, 6),
            "qualifier": _qualifier(row.value, unit_published, row.quote), "unit": unit,
            "value_published": row.value, "unit_published": unit_published, "source_title": row.source_title,
            "source_url": row.source_url, "quote": row.quote, "confidence": row.confidence, "derivation": row.derivation,
            "source_file": row.source_file, "source_row": row.source_row, "correction": "",
        }
        record["vintage"] = _vintage(record)
        applied = []
        for column in ("role", "value", "vintage"):
            fix = fixes.pop((row.source_file, row.source_row, column), None)
            if fix is None:
                continue
            current = f"{record[column]:g}" if column == "value" else str(record[column])
            if current != fix.published:
                raise ValueError(f"{CORRECTIONS}: {row.source_file} row {row.source_row} {column} is {current}, not {fix.published}")
            record[column] = round(float(fix.corrected) * scale, 6) if column == "value" else fix.corrected
            applied.append(f"{column} {fix.published} → {fix.corrected}: {fix.reason}")
        if record["role"] != "statistic":
            record["statistic"], record["vintage"] = "", ""
        record["correction"] = " | ".join(applied)
        rows.append(record)
    present = set(zip(sources["source_file"], sources["source_row"]))
    missed = sorted(key for key in fixes if (key[0], key[1]) in present)
    if missed:
        raise ValueError(f"{CORRECTIONS}: corrections for columns that were not applied {missed}")
    # corrections for rows absent from ``sources`` (a synthetic source set in a test) do not apply
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    frame["year"] = frame["year"].astype("Int64")
    frame["source_row"] = frame["source_row"].astype("Int64")
    frame["value"] = frame["value"].astype("Float64")
    return frame


def _vintage(record: dict) -> str:
    if record["role"] != "statistic":
        return ""
    return "census_communique" if record["statistic"] == "census" else "first_published"


def _statistic(published: str, row, role: str) -> str:
    if role != "statistic":
        return ""
    if "抽样调查" in published:
        return "sample_survey"
    if "年末" in published:
        return "year_end_estimate"
    if int(row.year) % 10 == 0 and ("普查" in row.source_title or "普查" in row.quote):
        return "census"
    return "annual"


def _qualifier(value: str, unit: str, quote: str) -> str:
    if "以下" in unit:
        return "below"
    number = re.escape(value.rstrip("0").rstrip(".") if "." in value else value)
    match = re.search(rf"{number}0*\s*[^\d\s,，。;；]{{0,3}}?(左右|以下|以上|以内)", quote)
    if match:
        return {"左右": "approx", "以下": "below", "以内": "le", "以上": "above"}[match.group(1)]  # 以内 is le, as the extractor writes it
    return "none"
