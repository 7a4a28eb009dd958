"""The shared vocabulary of the report's data views: the committed pipeline tables, plan labels,
indicator labels and units, links from a value to the plan line it was read from, and number
formatting. The views of each page are in their own module (:mod:`analysis.report.plan_views`,
:mod:`~analysis.report.indicator_views`, :mod:`~analysis.report.ambition_views`,
:mod:`~analysis.report.consistency_views`, :mod:`~analysis.report.outcome_views`,
:mod:`~analysis.report.method_views`, and :mod:`~analysis.report.headline_views` for the front page).

Every view reads the committed pipeline tables (through :func:`analysis.datasets.load`) and
returns a small data frame, dictionary or sentence; no view computes anything the pipeline does
not. Table views attach each value's source (plan line or reference statistic) with
:func:`analysis.report.output.with_sources`, so the report links every value to where it was read.
"""

from __future__ import annotations

import functools
import re

import pandas as pd

from analysis.codebook import load_codebook
from analysis.datasets import load
from analysis.report import links, words
from analysis.report.links import Segment


@functools.cache
def table(name: str) -> pd.DataFrame:
    return load(name)


def plan_labels() -> dict[str, str]:
    """``chongqing-2016-2030`` → ``Chongqing`` (``Suining (draft)`` for drafts). A plan without a
    pinyin name is labelled by its Chinese name, then by its id; two plans of one place are told
    apart by their period."""
    plans = table("plans")
    names = {}
    for row in plans.itertuples():
        name = row.place_pinyin or row.place_zh or row.plan_id
        names[row.plan_id] = name + (" (draft)" if row.status == "draft" else "")
    repeated = {name for name in names.values() if list(names.values()).count(name) > 1}
    for row in plans.itertuples():
        if names[row.plan_id] in repeated:
            start, end = row.period_start, row.period_end
            period = f"{int(start)}–{int(end)}" if not pd.isna(start) and not pd.isna(end) else ("" if pd.isna(end) else f"to {int(end)}")
            names[row.plan_id] += f" {period or row.plan_id}"
    return names


def corpus() -> dict[str, str]:
    """Words for the corpus as it is: ``five population-development plans (one province-level
    municipality and four prefecture-level cities)``, the list of plans (in the report's order,
    :data:`words.READING_ORDER`), and the plan count."""
    plans = table("plans")
    return {
        "description": words.corpus_phrase(list(plans["admin_level"])),
        "levels": words.levels_phrase(list(plans["admin_level"])),
        "names": words.join([plan_labels()[plan] for plan in in_reading_order(plans=plans)["plan_id"]]),
        "count": words.count(len(plans), "plan"),
    }


def corpus_place(text_id: str) -> str:
    """The pinyin of a corpus text's place, from its id (``<level>-<place>-<yyyy>-<n>``, corpus/README.md)."""
    parts = str(text_id).split("-")
    return parts[1] if len(parts) >= 4 else str(text_id)


def in_reading_order(plans: pd.DataFrame | None = None, corpus: pd.DataFrame | None = None) -> pd.DataFrame:
    """The seeds' plans (``plans.csv``) or the corpus texts (``corpus/manifest.csv``) in the
    report's order (:data:`words.READING_ORDER`); ties keep their id order."""
    if plans is not None:
        keys = [words.reading_order(r["admin_level"], r["place_pinyin"] or r["place_zh"], r["issue_date"]) + (r["plan_id"],) for r in plans.to_dict("records")]
        frame = plans
    else:
        keys = [words.reading_order(r["admin_level"], corpus_place(r["text_id"]), r["issue_date"]) + (r["text_id"],) for r in corpus.to_dict("records")]
        frame = corpus
    order = sorted(range(len(frame)), key=lambda k: keys[k])
    return frame.iloc[order].reset_index(drop=True)


def with_unit(text: str, unit: str) -> str:
    """A target as a reader writes it with its unit: ``3200左右`` + 万 → ``3200万左右``;
    a text that already carries the unit (``2440万人``) is left alone."""
    text = str(text)
    if unit and unit in text:
        return text
    match = re.match(r"^(.*?)(左右|以上|以下|以内|上下)$", text)
    return f"{match.group(1)}{unit}{match.group(2)}" if match else f"{text}{unit}"


def unit_zh(code: str) -> str:
    """The indicator's unit as a Chinese reader writes it on an axis (万人 rather than 10k persons)."""
    if code not in load_codebook():
        return ""
    unit = load_codebook()[code].unit
    return "万人" if unit == "10k persons" else unit


def label(code: str) -> str:
    """The indicator's English label; a code the codebook does not know is shown as it is."""
    return load_codebook()[code].label_en if code in load_codebook() else str(code)


def name_zh(code: str) -> str:
    return load_codebook()[code].name_zh if code in load_codebook() else ""


def domain(code: str) -> str:
    return load_codebook()[code].domain if code in load_codebook() else "~not in the codebook"


def own_place(ambition: pd.DataFrame) -> pd.DataFrame:
    """The plans' own targets (not the higher-level figures the ambition table also judges)."""
    return ambition[~ambition["plan_id"].str.startswith("reference: ")]


def origin_refs(plan_id: str, origin: str) -> tuple[links.Ref, ...]:
    """Where a baseline came from (``plan table, line 121``; ``reference census,
    derived_statistics.csv row 1``) as links."""
    origin = str(origin or "")
    reference = links.REFERENCE_ROW.search(origin)
    if reference:
        ref = links.reference_ref(reference.group("file"), int(reference.group("row")))
        return (ref,) if ref else ()
    if not origin.startswith(("plan", "derived")):
        return ()  # an official figure located in a source file (census_city_… line 262), not a plan line
    line = links.ORIGIN_LINE.search(origin)
    ref = links.line_ref(plan_id, int(line.group("line")), what=origin.split(",")[0].removeprefix("plan ")) if line else None
    return (ref,) if ref else ()


def value_refs(plan_id: str, line) -> tuple[links.Ref, ...]:
    ref = None if pd.isna(line) else links.line_ref(plan_id, int(line))
    return (ref,) if ref else ()


def target_cells(rows: pd.DataFrame, text_column: str = "target_text") -> list[list[Segment]]:
    """Each target or projection linked to the plan lines it was stated on (table and text)."""
    return [[Segment(str(text), links.line_refs(plan_id, lines, sources))] for text, plan_id, lines, sources in zip(rows[text_column], rows["plan_id"], rows["lines"], rows["sources"])]


def counted(counts: dict) -> str:
    """``15 on trend, 9 below trend, …`` — most frequent first."""
    return ", ".join(f"{n} {name}" for name, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def fmt(value: float, digits: int = 2) -> str:
    """A number for prose: fixed decimals (no thousands separators: Chinese figures are in 万), a
    negative one with the true minus (:func:`words.fixed`)."""
    return words.fixed(value, digits)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
