"""Internal consistency of one plan: each check is a function from the tidy tables to findings.

Severity is used as defined in :mod:`analysis.consistency.findings` (error: two statements that
cannot both be true; warning: a reader would be misled; note: context).

Numbers are compared at the precision they are written with (``rounding_tolerance``): a stated
64.17% agrees with 156.77 / 244.30 = 64.171% because both sides are rounded.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import pandas as pd

from analysis.codebook import Codebook
from analysis.consistency.findings import Finding
from analysis.demography.evidence import number, plan_evidence, reference_evidence
from analysis.demography.rounding import decimals, text_table_pairs
from analysis.units import compatible

#: Plausible ranges: values outside are flagged (codes, or the measure for all shares). Narrower on purpose than
#: :data:`analysis.demography.metrics.IMPOSSIBLE` (what no real place can have, by which the extractor flags a value
#: and the fared screen rejects it): a value outside these is doubtful and audited, not impossible.
PLAUSIBLE = {
    "tfr": (0.5, 8.0, "a total fertility rate"),
    "srb": (103.0, 130.0, "a sex ratio at birth (biologically about 103–107)"),
    "sex_ratio_total": (85.0, 125.0, "a sex ratio of the whole population"),
    "life_expectancy": (40.0, 95.0, "a life expectancy"),
    "imr": (0.0, 200.0, "an infant mortality rate"),
    "household_size": (1.0, 8.0, "an average household size"),
}
RELATIVE_ERROR = 0.01  # text and table differing by more than 1% of the value: error, not warning


def half_unit(text_or_value) -> float:
    """Half a unit of the last written digit."""
    return 0.5 * 10 ** -decimals(str(text_or_value))


def _levels(indicators: pd.DataFrame) -> pd.DataFrame:
    return indicators[indicators["value"].notna() & (indicators["indicator"] != "unmapped")]


# -- text against table -------------------------------------------------------------------------------

def text_vs_table(indicators: pd.DataFrame) -> list[Finding]:
    """The same indicator, year and place stated differently in the prose and the table."""
    findings = []
    rows = indicators.set_index(["plan_id", "line", "value_text"])
    for pair in text_table_pairs(indicators).itertuples():
        if abs(pair.difference) <= pair.tolerance + 1e-9:
            continue
        relative = abs(pair.difference) / abs(pair.value_table) if pair.value_table else math.inf
        table = rows.loc[(pair.plan_id, pair.line_table, pair.text_table)]
        text = rows.loc[(pair.plan_id, pair.line_text, pair.text_text)]
        table, text = (table.iloc[0] if isinstance(table, pd.DataFrame) else table), (text.iloc[0] if isinstance(text, pd.DataFrame) else text)
        findings.append(
            Finding(
                "internal.text_vs_table", (pair.plan_id,), (pair.indicator,), int(pair.year),
                "error" if relative > RELATIVE_ERROR else "warning",
                f"{pair.indicator} {pair.year}: the table says {pair.text_table}, the text says {pair.text_text}",
                (plan_evidence({**table.to_dict(), "seed_file": table["seed_file"], "line": pair.line_table}),
                 plan_evidence({**text.to_dict(), "seed_file": text["seed_file"], "line": pair.line_text})),
                f"table {number(pair.value_table)}; text {number(pair.value_text)}; difference {number(pair.difference)} ({relative:.1%})",
            )
        )
    return findings


# -- table headers ----------------------------------------------------------------------------------------

def header_years(indicators: pd.DataFrame, reference: pd.DataFrame) -> list[Finding]:
    """A table column whose values are stated elsewhere for another year than its header says."""
    findings = []
    table = _levels(indicators)
    table = table[(table["source"] == "table") & (table["kind"] == "baseline")]
    text = _levels(indicators)
    text = text[(text["source"] == "text") & (text["kind"] == "baseline")]
    statistics = reference[reference["role"] == "statistic"]
    for (plan_id, section, year), column in table.groupby(["plan_id", "section", "year"]):
        other_years: dict[int, list[str]] = {}
        same_year = False
        for row in column.itertuples():
            tolerance = half_unit(row.value_text)
            for match in text[(text["plan_id"] == plan_id) & (text["indicator"] == row.indicator) & (text["entity"] == row.entity)].itertuples():
                if abs(match.value - row.value) <= tolerance + half_unit(match.value_text):
                    if match.year == year:
                        same_year = True
                    else:
                        other_years.setdefault(int(match.year), []).append(plan_evidence(match._asdict()))
            for match in statistics[(statistics["entity"] == row.entity) & (statistics["indicator"] == row.indicator)].itertuples():
                if abs(match.value - row.value) <= tolerance + half_unit(match.value_published):
                    if match.year == year:
                        same_year = True
                    else:
                        other_years.setdefault(int(match.year), []).append(reference_evidence(match._asdict()))
        if same_year or len(other_years) != 1:
            continue
        actual, evidence = next(iter(other_years.items()))
        first = column.sort_values("line").iloc[0]
        findings.append(
            Finding(
                "internal.header_year", (plan_id,), tuple(sorted(column["indicator"].unique())), int(year), "warning",
                f"the column headed {year} of table '{section}' holds values stated elsewhere for {actual}",
                (plan_evidence(first), *evidence),
                f"{len(evidence)} of {len(column)} values in the column match {actual} statements; none matches {year}",
            )
        )
    return findings


# -- units and plausible values ---------------------------------------------------------------------------

def units_and_ranges(indicators: pd.DataFrame, codebook: Codebook) -> list[Finding]:
    """Impossible units (a TFR in %: a unit typo of a cell, warning), ratios without their base (note),
    and implausible values."""
    findings = []
    levels = _levels(indicators)
    for (plan_id, code, unit), group in levels[levels["unit_source"] != "codebook"].groupby(["plan_id", "indicator", "unit"]):
        expected = codebook[code].unit
        if not compatible(expected, unit):
            row = group.sort_values("line").iloc[0]
            findings.append(
                Finding(
                    "internal.unit", (plan_id,), (code,), None, "warning",
                    f"{code} is stated in '{row['unit_raw']}' ({unit}); it is measured in {expected}",
                    (plan_evidence(row),), f"{len(group)} values with this unit",
                )
            )
    ratios = levels[levels["indicator"].map(lambda c: codebook[c].unit == "males per 100 females") & (levels["unit_source"] == "codebook")]
    for (plan_id, code), group in ratios.groupby(["plan_id", "indicator"]):
        row = group.sort_values("line").iloc[0]
        findings.append(
            Finding(
                "internal.unit", (plan_id,), (code,), None, "note",
                f"{code} is given without its base (女=100); read as males per 100 females",
                (plan_evidence(row),), f"{len(group)} values without a base",
            )
        )
    for row in levels.itertuples():
        indicator = codebook[row.indicator]
        low, high, what = PLAUSIBLE.get(row.indicator, (0.0, 100.0, "a percentage") if indicator.unit == "%" and indicator.measure == "share" else (None, None, ""))
        if low is None or row.qualifier in ("range",):
            continue
        if not low <= row.value <= high:
            findings.append(
                Finding(
                    "internal.implausible_value", (row.plan_id,), (row.indicator,), int(row.year),
                    "warning" if row.indicator in ("srb", "tfr") else "error",
                    f"{row.indicator} {row.year} = {row.value_text} is outside {low:g}–{high:g}, the plausible range of {what}"
                    + ("; it looks like the sex ratio of the whole population" if row.indicator == "srb" and row.value < low else ""),
                    (plan_evidence(row._asdict()),), f"value {number(row.value)}; plausible {low:g}–{high:g}",
                )
            )
    return findings


# -- arithmetic --------------------------------------------------------------------------------------------

class Statements:
    """The first exact statement (table before text) of each plan × indicator × place × year."""

    def __init__(self, levels: pd.DataFrame):
        exact = levels[(levels["qualifier"] == "none") & levels["period_start"].isna()].sort_values(["source", "line"])
        self._rows: dict[tuple, dict] = {}
        for row in exact.to_dict("records"):
            self._rows.setdefault((row["plan_id"], row["indicator"], row["entity"], row["year"]), row)

    def get(self, plan_id: str, code: str, entity: str, year: int) -> dict | None:
        return self._rows.get((plan_id, code, entity, year))


def shares_and_totals(indicators: pd.DataFrame, codebook: Codebook) -> list[Finding]:
    """A stated share against its count over the total (and, if it fails, other denominators)."""
    findings = []
    levels = _levels(indicators)
    levels = levels[levels["kind"] == "baseline"]
    numerators = {i.code: i.numerator for i in codebook.indicators.values() if i.numerator}
    statements = Statements(levels)
    for row in levels[levels["indicator"].isin(numerators) & (levels["qualifier"] == "none")].itertuples():
        count = statements.get(row.plan_id, numerators[row.indicator], row.entity, row.year)
        if count is None:
            continue
        tried = []
        for denominator in ("pop_resident", "pop_hukou"):
            total = statements.get(row.plan_id, denominator, row.entity, row.year)
            if total is None:
                continue
            low = (count["value"] - half_unit(count["value_text"])) / (total["value"] + half_unit(total["value_text"])) * 100
            high = (count["value"] + half_unit(count["value_text"])) / (total["value"] - half_unit(total["value_text"])) * 100
            fits = low - half_unit(row.value_text) <= row.value <= high + half_unit(row.value_text)
            tried.append((denominator, total, count["value"] / total["value"] * 100, fits))
            if fits:
                break
        if not tried or tried[0][3]:
            continue
        matched = next((t for t in tried if t[3]), None)
        resident = tried[0]
        message = f"{row.indicator} {row.year} = {row.value_text} but {numerators[row.indicator]} / {resident[0]} = {resident[2]:.2f}%"
        if matched:
            message += f"; it equals {numerators[row.indicator]} / {matched[0]} ({matched[2]:.2f}%): the share is of the {matched[0].replace('pop_', '')} population"
        severity = "error"
        if matched:
            elsewhere = _resident_elsewhere(levels, statements, row, numerators[row.indicator])
            severity = "warning" if elsewhere else "note"
            message += (f"; elsewhere the plan uses the resident population for this measure ({elsewhere})" if elsewhere
                        else "; the plan uses this denominator throughout for this measure (its own convention)")
        findings.append(
            Finding(
                "internal.share_of_total", (row.plan_id,), (row.indicator, numerators[row.indicator], resident[0]), int(row.year),
                severity, message,
                (plan_evidence(row._asdict()), plan_evidence(count), plan_evidence(resident[1])),
                "; ".join(f"{numerators[row.indicator]} / {d} = {v:.3f}%" for d, _, v, _ in tried),
            )
        )
    return findings


def _resident_elsewhere(levels: pd.DataFrame, statements: Statements, row, numerator: str) -> str:
    """Where the plan states the same measure on the resident population: a label saying 常住, or
    another statement of the measure that equals count / resident population."""
    same = levels[(levels["plan_id"] == row.plan_id) & (levels["indicator"] == row.indicator) & (levels["line"] != row.line)]
    for other in [row._asdict(), *same.to_dict("records")]:
        if "常住" in str(other["indicator_raw"]):
            return f"line {int(other['line'])}: {other['indicator_raw']}"
    for other in same.to_dict("records"):
        count = statements.get(other["plan_id"], numerator, other["entity"], other["year"])
        total = statements.get(other["plan_id"], "pop_resident", other["entity"], other["year"])
        if count and total and abs(count["value"] / total["value"] * 100 - other["value"]) <= half_unit(other["value_text"]) + 0.05:
            return f"line {int(other['line'])}: {other['value_text']} = {count['value_text']} / {total['value_text']}"
    return ""


def parts_and_wholes(indicators: pd.DataFrame, changes: pd.DataFrame, plans: pd.DataFrame) -> list[Finding]:
    """Parts that must add up: urban + rural, age groups, shares to 100, and the total dependency
    ratio from the age shares (tables by district: :mod:`analysis.consistency.parts_wholes`)."""
    findings: list[Finding] = []
    levels = _levels(indicators)
    levels = levels[levels["kind"] == "baseline"]
    groups = {
        "urban + rural": (("pop_urban", "pop_rural"), "pop_resident"),
        "age groups 0–14, 15–59, 60+": (("pop_0_14", "pop_15_59", "pop_60plus"), "pop_resident"),
        "age groups 0–14, 15–64, 65+": (("pop_0_14", "pop_15_64", "pop_65plus"), "pop_resident"),
        "age shares 0–14, 15–59, 60+": (("share_0_14", "share_15_59", "share_60plus"), 100.0),
        "age shares 0–14, 15–64, 65+": (("share_0_14", "share_15_64", "share_65plus"), 100.0),
        "urban + rural shares": (("urbanization_resident", "share_rural"), 100.0),
    }
    statements = Statements(levels)
    for (plan_id, entity, year), _ in levels.groupby(["plan_id", "entity", "year"]):
        for name, (parts, whole) in groups.items():
            stated = [statements.get(plan_id, code, entity, year) for code in parts]
            if any(s is None for s in stated):
                continue
            total = whole if isinstance(whole, float) else statements.get(plan_id, whole, entity, year)
            if total is None:
                continue
            total_value = total if isinstance(total, float) else total["value"]
            tolerance = sum(half_unit(s["value_text"]) for s in stated) + (0 if isinstance(total, float) else half_unit(total["value_text"]))
            summed = sum(s["value"] for s in stated)
            if abs(summed - total_value) > tolerance + 1e-9:
                evidence = tuple(plan_evidence(s) for s in stated) + (() if isinstance(total, float) else (plan_evidence(total),))
                findings.append(
                    Finding("internal.parts_and_whole", (plan_id,), tuple(parts), int(year), "error",
                            f"{name} in {year} add up to {summed:.4g}, not {total_value:.6g}", evidence,
                            f"sum {number(summed)}; whole {number(total_value)}; rounding allows ±{tolerance:.3g}")
                )
        _dependency(statements, plan_id, entity, year, findings)
    return findings


def _dependency(statements: Statements, plan_id: str, entity: str, year: int, findings: list[Finding]) -> None:
    stated = {code: statements.get(plan_id, code, entity, year) for code in ("dependency_total", "share_0_14", "share_65plus")}
    if any(s is None for s in stated.values()):
        return
    young, old, ratio = stated["share_0_14"], stated["share_65plus"], stated["dependency_total"]
    bounds = []
    for dy in (-1, 1):
        for do in (-1, 1):
            y = young["value"] + dy * half_unit(young["value_text"])
            o = old["value"] + do * half_unit(old["value_text"])
            bounds.append((y + o) / (100 - y - o) * 100)
    low, high = min(bounds), max(bounds)
    if not low - half_unit(ratio["value_text"]) <= ratio["value"] <= high + half_unit(ratio["value_text"]):
        findings.append(
            Finding("internal.dependency_ratio", (plan_id,), ("dependency_total", "share_0_14", "share_65plus"), int(year), "error",
                    f"total dependency ratio {ratio['value_text']} in {year} does not follow from the age shares ({low:.2f}–{high:.2f}%)",
                    (plan_evidence(ratio), plan_evidence(young), plan_evidence(old)), f"implied {low:.3f}–{high:.3f}")
        )


def stated_changes(indicators: pd.DataFrame, changes: pd.DataFrame, reference: pd.DataFrame) -> list[Finding]:
    """A stated change (增加…, 提高…个百分点, 年均增长…%) against its two endpoints, where both are known
    (from the plan, or from official statistics for the start year)."""
    findings = []
    levels = _levels(indicators)
    statistics = reference[reference["role"] == "statistic"]
    for change in changes[changes["from_year"].notna()].itertuples():
        end = levels[(levels["plan_id"] == change.plan_id) & (levels["indicator"] == change.indicator) & (levels["entity"] == change.entity) & (levels["year"] == change.year)]
        same_line = end[end["line"] == change.line]
        end = (same_line if len(same_line) else end).sort_values(["source", "line"])
        start_plan = levels[(levels["plan_id"] == change.plan_id) & (levels["indicator"] == change.indicator) & (levels["entity"] == change.entity) & (levels["year"] == change.from_year) & (levels["kind"] == "baseline")]
        start_official = statistics[(statistics["entity"] == change.entity) & (statistics["indicator"] == change.indicator) & (statistics["year"] == change.from_year)]
        if end.empty or (start_plan.empty and start_official.empty):
            continue
        end = end.iloc[0]
        if not start_plan.empty:
            start = start_plan.sort_values(["source", "line"]).iloc[0]
            start_value, start_text, start_evidence, origin = start["value"], start["value_text"], plan_evidence(start), "the plan"
        else:
            start = start_official.sort_values(["statistic", "source_row"]).iloc[0]
            start_text = f"{start['value']:g}" if start.get("correction", "") else start["value_published"]  # a corrected figure is read as corrected
            start_value, start_evidence, origin = start["value"], reference_evidence(start), f"the {start['statistic'].replace('_', ' ')}"
        candidates = _implied_changes(change.change_type, start_value, end["value"], change.from_year, change.year)
        tolerance = half_unit(change.value_text) + half_unit(end["value_text"]) + half_unit(start_text)
        if change.change_type == "annual_growth_percent":
            tolerance = half_unit(change.value_text) + 0.01
        if any(abs(value - change.value) <= tolerance + 1e-9 for _, value in candidates):
            continue
        implied = "; ".join(f"{how} {value:.3g}" for how, value in candidates)
        severity = "note" if origin != "the plan" else "error"
        findings.append(
            Finding(
                "internal.stated_change", (change.plan_id,), (change.indicator,), int(change.year), severity,
                f"stated change {change.value_text} ({int(change.from_year)}–{change.year}) does not match the endpoints "
                f"{start_text} → {end['value_text']} ({origin} for {int(change.from_year)}): implied {implied}"
                + (f" — different vintages: the plan's {int(change.from_year)} figure is a year-end estimate as published in the plan, the official one is the {start['statistic'].replace('_', ' ')} of {int(change.from_year)} ({start['source_title']})" if origin != "the plan" else ""),
                (plan_evidence(change._asdict()), plan_evidence(end), start_evidence),
                f"stated {number(change.value)}; implied {implied}; rounding allows ±{tolerance:.3g}",
            )
        )
    return findings


def _implied_changes(change_type: str, start: float, end: float, t0: int, t1: int) -> list[tuple[str, float]]:
    if change_type in ("absolute", "percentage_points", "per_mille_points", "annual_percentage_points"):
        value = end - start if change_type != "annual_percentage_points" else (end - start) / (t1 - t0)
        return [("difference", value)]
    if change_type == "annual_growth_percent":
        return [("compound growth %", ((end / start) ** (1 / (t1 - t0)) - 1) * 100)]
    return [("points", end - start), ("percent", (end / start - 1) * 100)]


# -- targets against the plan's own projections -------------------------------------------------------------

def targets_against_own_projection(indicators: pd.DataFrame) -> list[Finding]:
    """A plan that expects its population to peak before a year while targeting growth up to it."""
    findings = []
    levels = _levels(indicators)
    for peak in levels[levels["indicator"] == "pop_peak_year"].itertuples():
        peak_year = int(peak.value)
        targets = levels[(levels["plan_id"] == peak.plan_id) & (levels["indicator"] == "pop_resident") & (levels["entity"] == peak.entity) & (levels["kind"] == "target")]
        before = targets[targets["year"] <= peak_year].sort_values("year")
        after = targets[targets["year"] > peak_year].sort_values("year")
        if before.empty or after.empty:
            continue
        low, high = before.iloc[-1], after.iloc[-1]
        if high["value"] > low["value"]:
            findings.append(
                Finding(
                    "internal.target_vs_own_projection", (peak.plan_id,), ("pop_resident", "pop_peak_year"), int(high["year"]), "error",
                    f"the plan expects the population to peak around {peak_year} and decline after, yet targets growth from "
                    f"{low['value_text']}万 ({low['year']}) to {high['value_text']}万 ({high['year']})",
                    (plan_evidence(peak._asdict()), plan_evidence(low), plan_evidence(high)),
                    f"peak {peak_year}; target {number(low['value'])} → {number(high['value'])} (+{(high['value'] / low['value'] - 1):.1%})",
                )
            )
    return findings


def all_internal(indicators: pd.DataFrame, changes: pd.DataFrame, plans: pd.DataFrame, reference: pd.DataFrame, codebook: Codebook) -> Iterable[Finding]:
    yield from text_vs_table(indicators)
    yield from header_years(indicators, reference)
    yield from units_and_ranges(indicators, codebook)
    yield from shares_and_totals(indicators, codebook)
    yield from parts_and_wholes(indicators, changes, plans)
    yield from stated_changes(indicators, changes, reference)
    yield from targets_against_own_projection(indicators)
