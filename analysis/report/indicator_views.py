"""Views of the indicators page: comparable indicators side by side, and those that only look alike
(schooling years of different populations)."""

from __future__ import annotations

import os

import pandas as pd

from analysis.codebook import load_codebook
from analysis.report import links, words
from analysis.report.links import Segment
from analysis.report.output import with_sources
from analysis.report.views import label, origin_refs, own_place, plan_labels, table, value_refs


#: Indicators stated by several plans under the same definition, in report order.
COMPARABLE = ("pop_resident", "urbanization_resident", "tfr", "life_expectancy", "srb", "share_65plus", "share_60plus", "imr")


SCHOOLING = ("edu_years_main_working_age", "edu_years_working_age", "edu_years_16_59", "edu_years_15plus", "edu_years_new_labour")


def side_by_side(codes=COMPARABLE) -> pd.DataFrame:
    """Baseline and targets of comparable indicators, per plan, with the change per year required."""
    ambition = own_place(table("ambition"))
    rows = ambition[ambition["indicator"].isin(codes) & (ambition["kind"] == "target")]
    out, baselines, targets_cells = [], [], []
    for (code, plan_id), group in rows.groupby(["indicator", "plan_id"], sort=False):
        # one statement a year, the table's first (as progress.csv judges it): the cell and the
        # required change beside it are of the same statement, and a second number the plan states
        # for that year is shown with it (Luzhou's sex ratio at birth 2030: 106, the text says 107)
        group = group.assign(_text_only=~group["sources"].str.contains("table")).sort_values(["year", "_text_only"], kind="mergesort")
        statements = list(group.drop_duplicates("year").itertuples())
        last = group.drop_duplicates("year").iloc[-1]
        also = {year: list(rest["target_text"]) for year, rest in group[group.duplicated("year")].groupby("year")}
        baseline = "" if pd.isna(last["baseline"]) else f"{last['baseline']:g} ({int(last['base_year'])})"
        out.append(
            {
                "Indicator": label(code),
                "Plan": plan_labels()[plan_id],
                "As written": _raw_label(plan_id, code),
                "Baseline": baseline,
                "Targets": "; ".join(_statement(r, also) for r in statements),
                "Required change per year": "" if pd.isna(last["required_change"]) else f"{last['required_change']:+.2f} {last['change_unit']}",
                "Historical change per year": "" if pd.isna(last["historical_change"]) else f"{last['historical_change']:+.2f} {last['change_unit']} ({int(last['historical_from'])}–{int(last['base_year'])})",
            }
        )
        baselines.append([Segment(baseline, origin_refs(plan_id, last["baseline_origin"]))] if baseline else None)
        targets_cells.append([Segment(_statement(r, also), links.line_refs(plan_id, r.lines, r.sources)) for r in statements])
    order = {label(code): i for i, code in enumerate(codes)}
    frame = pd.DataFrame(out, columns=["Indicator", "Plan", "As written", "Baseline", "Targets", "Required change per year", "Historical change per year"])
    frame = with_sources(with_sources(frame, "Baseline", baselines), "Targets", targets_cells)
    return frame.sort_values(["Indicator", "Plan"], key=lambda s: s.map(order) if s.name == "Indicator" else s).reset_index(drop=True)


def _statement(row, also: dict) -> str:
    """``2030: 106``, or ``2030: 106 (also stated: 107)`` when the plan gives the year two numbers."""
    others = also.get(row.year, [])
    return f"{row.year}: {row.target_text}" + (f" (also stated: {', '.join(others)})" if others else "")


def _raw_label(plan_id: str, code: str) -> str:
    values = table("indicators")
    rows = values[(values["plan_id"] == plan_id) & (values["indicator"] == code)]
    return " / ".join(sorted(set(rows["indicator_raw"])))[:60]


def schooling_definitions() -> pd.DataFrame:
    """Who measures schooling of whom: the definitions behind look-alike indicators."""
    values = table("indicators")
    cities = dict(zip(table("plans")["plan_id"], table("plans")["place_zh"]))
    rows = values[values["indicator"].isin(SCHOOLING) & (values["entity"] == values["plan_id"].map(cities))]  # the plan's own city
    codebook = load_codebook()
    out, cells = [], []
    for (plan_id, code), group in rows.groupby(["plan_id", "indicator"]):
        statements = list(group.sort_values(["year", "source"]).itertuples())
        out.append(
            {
                "Plan": plan_labels()[plan_id],
                "Population measured": (codebook[code].name_en if code in codebook else code).replace("Mean years of schooling of ", ""),
                "As written": " / ".join(sorted(set(group["indicator_raw"]))),
                "Values": "; ".join(f"{r.year}: {r.value_text} ({r.source})" for r in statements),
            }
        )
        cells.append([Segment(f"{r.year}: {r.value_text} ({r.source})", value_refs(plan_id, r.line)) for r in statements])
    frame = pd.DataFrame(out, columns=["Plan", "Population measured", "As written", "Values"])
    return with_sources(frame, "Values", cells)


def _names(codes: list[str]) -> str:
    """The codebook names of ``codes`` joined, their common words said once: ``mean years of
    schooling of new entrants to the labour force and the working-age population (band not stated)``."""
    codebook = load_codebook()
    names = [codebook[code].name_en for code in codes]
    prefix = os.path.commonprefix(names) if len(names) > 1 else ""
    prefix = prefix[: prefix.rfind(" of ") + 4] if " of " in prefix else ""
    said = words.join([name[len(prefix):] for name in names])
    return (prefix + said)[:1].lower() + (prefix + said)[1:]


def definition_clashes() -> dict:
    """The plans that give one number under two definitions (the audit's ``internal.definition``
    findings, one phrase per plan: the years, and two populations for a warning, one measure under
    two labels for a note, as :mod:`analysis.consistency.registry` defines the severity) and the
    look-alike measures other than schooling that the plans define differently
    (``across.definitions``: each plan with the definition it states). Keys: ``n_plans``,
    ``within`` (list of phrases) and ``across`` (list of phrases)."""
    findings, indicators, labels = table("consistency"), table("indicators"), plan_labels()
    within = []
    own = findings[findings["check_id"] == "internal.definition"]
    for plan_id, rows in sorted(own.groupby("plan_ids"), key=lambda item: labels.get(item[0], item[0])):
        years = words.join(sorted({str(int(y)) for y in rows["year"].dropna()}))
        codes = sorted({code for cell in rows["indicators"] for code in cell.split(";")})
        how = "two populations" if (rows["severity"] == "warning").any() else "one measure under two labels"
        within.append(f"{labels.get(plan_id, plan_id)}'s table and text give one number ({years}) for {how}: {_names(codes)}")
    across = []
    for row in findings[findings["check_id"] == "across.definitions"].itertuples():
        codes = row.indicators.split(";")
        if set(codes) <= set(SCHOOLING):
            continue
        stated = [(labels.get(plan_id, plan_id), sorted(set(indicators[(indicators["plan_id"] == plan_id) & indicators["indicator"].isin(codes)]["indicator"])))
                  for plan_id in row.plan_ids.split(";")]
        across.append(f"{row.finding.split(' across the plans')[0]} ("
                      + "; ".join(f"{plan}: {_names(found)}" for plan, found in sorted(stated) if found) + ")")
    return {"n_plans": len(within), "within": within, "across": across}
