"""Words against numbers: a direction the plan states in words against its own figures.

:func:`directions_against_figures` takes the direction statements read from the plan text
(:func:`analysis.consistency.plan_words.direction_statements`) and the plan's own path for the
indicator named (:func:`analysis.consistency.plan_figures.plan_path`; where the plan states no
base-year level, the official figure for the base year):

* ``rise`` / ``fall`` about the future — every target after the base year must lie above / below
  the base-year level; about the past — the latest baseline against the earliest;
* ``slow`` (增速放缓, 速度将有所减缓) — the change a year from the base year to the first target must
  not exceed the change a year over the last stretch before the base year;
* ``rise_then_fall`` (升高后回落) — the last stretch of the plan's path must go down.

Each comparison is made at the end of the rounding range that favours the plan (the slowest
change the written digits allow when the words say "slower", and so on), so a finding never rests
on rounding. A 左右 target says it is approximate: it is read with its tolerance
(:func:`analysis.demography.metrics.tolerance`, ±1% of a stock), not with its written digits
(#20: Suining's heading 人口总量保持增长 over "280万人左右" in 2030 was a false alarm against the
281.42万 of the 2020 census — 280左右 reaches 282.8万, and the plan, drafted after mid-2021,
stood on year-end figures of 278.2万 (2021) and 277.2万 (2022), below 280). Severity:
**warning** (a reader of the sentence would be misled about the plan's own figures).
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from analysis.codebook import Codebook
from analysis.consistency.findings import Finding
from analysis.demography.evidence import reference_evidence
from analysis.consistency.plan_figures import Figure, plan_path, speed
from analysis.demography import metrics

CHECK = "words.direction"
#: The qualifier of a 左右 figure (read with its tolerance).
APPROX = "approx"


def _official_base(reference: pd.DataFrame, entity: str, code: str, year: int) -> Figure | None:
    rows = reference[(reference["role"] == "statistic") & (reference["entity"] == entity) & (reference["indicator"] == code) & (reference["year"] == year)]
    if rows.empty:
        return None
    order = {"census": 0, "sample_survey": 1, "annual": 2, "year_end_estimate": 3}
    row = rows.assign(order=rows["statistic"].map(order)).sort_values(["order", "source_row"]).iloc[0]
    return Figure(year, float(row["value"]), f"{row['value_published']} (official {row['statistic'].replace('_', ' ')})", "baseline", reference_evidence(row), metrics.approx_band(float(row["value"]), str(row["value_published"])))


def _unit(stock: bool) -> str:
    return "% a year" if stock else " points a year"


def _judge(claim: str, future: bool, path: list[Figure], base_year: int, stock: bool) -> tuple[str, str, list[Figure]] | None:
    """(what the figures show, the formula with numbers, figures used) when the words are contradicted."""
    past = [f for f in path if f.year <= base_year]
    ahead = [f for f in path if f.year > base_year and f.kind in ("target", "projection")]
    if claim in ("rise", "fall") and future and past and ahead:
        base = past[-1]
        sign = 1 if claim == "rise" else -1
        wrong = [f for f in ahead if sign * ((f.value + sign * f.band) - (base.value - sign * base.band)) < 0]
        if wrong:
            f = wrong[0]
            return (f"{f.label()} is {'below' if claim == 'rise' else 'above'} {base.label()}",
                    f"{f.value:g} {'<' if claim == 'rise' else '>'} {base.value:g} even at the rounding limits (±{f.band:g}, ±{base.band:g})", [base, f])
    if claim in ("rise", "fall") and not future and len(past) >= 2:
        first, last = past[0], past[-1]
        sign = 1 if claim == "rise" else -1
        if sign * ((last.value + sign * last.band) - (first.value - sign * first.band)) < 0:
            return (f"{first.label()} → {last.label()} went the other way", f"{last.value:g} − {first.value:g} = {last.value - first.value:+.4g}", [first, last])
    if claim == "slow" and future and len(past) >= 2 and ahead:
        before, base, after = past[-2], past[-1], ahead[0]
        then, now = speed(before, base, stock, favour=+1), speed(base, after, stock, favour=-1)
        if now > then:
            return (f"the change a year rises from {then:.3g}{_unit(stock)} ({before.year}–{base.year}) to at least {now:.3g}{_unit(stock)} ({base.year}–{after.year})",
                    f"{before.year}–{base.year}: {before.value:g} → {base.value:g}, at most {then:.4g}{_unit(stock)}; {base.year}–{after.year}: {base.value:g} → {after.value:g}, at least {now:.4g}{_unit(stock)}"
                    + (" (compound growth)" if stock else ""), [before, base, after])
    if claim == "rise_then_fall" and len(ahead) >= 1 and len(path) >= 2:
        last, previous = path[-1], path[-2]
        if last.kind in ("target", "projection") and (last.value - last.band) > (previous.value + previous.band):
            return (f"the plan's path ends rising, {previous.label()} → {last.label()}", f"{last.value:g} − {previous.value:g} = {last.value - previous.value:+.4g}", [previous, last])
    return None


def directions_against_figures(statements: dict[str, pd.DataFrame], indicators: pd.DataFrame, changes: pd.DataFrame, plans: pd.DataFrame, reference: pd.DataFrame, codebook: Codebook) -> list[Finding]:
    """``statements``: plan_id → :func:`~analysis.consistency.plan_words.direction_statements`."""
    findings = []
    for plan in plans.itertuples():
        said = statements.get(plan.plan_id)
        if said is None or said.empty:
            continue
        base_year = int(plan.base_year)
        for (code, claim, future), group in said.groupby(["indicator", "claim", "future"], sort=True):
            path = plan_path(indicators, changes, plan.plan_id, code, plan.place_zh)
            if not any(f.year == base_year for f in path):
                official = _official_base(reference, plan.place_zh, code, base_year)
                path = sorted([*path, official], key=lambda f: f.year) if official else path
            indicator = codebook[code]
            path = [replace(f, band=max(f.band, metrics.tolerance(code, indicator.measure, indicator.unit, f.value))) if f.qualifier == APPROX else f for f in path]
            judged = _judge(claim, bool(future), path, base_year, indicator.measure == "stock")
            if judged is None:
                continue
            shows, formula, used = judged
            words = "、".join(dict.fromkeys(group["word"]))
            quotes = tuple(f"seeds/{plan.seed_file} line {int(r.line)}: 「{r.quote}」" for r in group.itertuples())
            findings.append(
                Finding(
                    CHECK, (plan.plan_id,), (code,), used[-1].year, "warning",
                    f"the plan says {code} {'will ' if future else ''}{ {'rise': 'rise', 'fall': 'fall', 'slow': 'change more slowly', 'rise_then_fall': 'rise and then fall back'}[claim] } ({words}), but its own figures say otherwise: {shows}",
                    tuple(dict.fromkeys([*quotes, *(f.evidence for f in used)])),
                    formula,
                )
            )
    return findings
