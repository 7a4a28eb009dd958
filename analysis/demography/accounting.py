"""The balancing equation, natural increase and past net migration of a plan's place.

Pure functions over the extraction tables, the reference table and the census panel, used by the
audit (:mod:`analysis.consistency.demographic_accounting`) and by the model's implied migration
(:mod:`analysis.model.migration`):

* :func:`balance` — P(T) − P(t0) = natural increase + net migration, natural increase on the mean
  population (``NI = n × (T − t0) × (P(t0) + P(T)) / 2``, n in ‰ a year);
* :func:`growth_rates` — every natural-increase rate the plan or official statistics give for a
  period;
* :func:`population_at` — the plan's baseline population of a year, or the census count;
* :func:`past_net_migration` — the net migration of the last documented period.
"""

from __future__ import annotations

from typing import NamedTuple

import pandas as pd

from analysis.demography import metrics
from analysis.demography.census import census_evidence, latest_census
from analysis.demography.evidence import plan_evidence, reference_evidence

#: Qualifiers whose value is a usable level (a bound is read at its bound).
USABLE = ("none", "approx", "le", "lt", "ge", "gt", "below", "above")


class PlanFigures:
    """The first usable statement of each plan × indicator × place × year (prose before table)."""

    def __init__(self, indicators: pd.DataFrame):
        rows = indicators[indicators["value"].notna() & indicators["qualifier"].isin(USABLE)]
        self.rows = rows.sort_values(["year", "source", "line"], ascending=[True, False, True])
        self._first: dict[tuple, dict] = {}
        for row in self.rows[self.rows["period_start"].isna()].to_dict("records"):
            self._first.setdefault((row["plan_id"], row["indicator"], row["entity"], int(row["year"])), row)

    def get(self, plan_id: str, code: str, entity: str, year: int) -> dict | None:
        return self._first.get((plan_id, code, entity, year))

    def latest(self, plan_id: str, code: str, entity: str, year: int) -> dict | None:
        found = [r for (p, c, e, y), r in self._first.items() if (p, c, e) == (plan_id, code, entity) and y <= year]
        return max(found, key=lambda r: r["year"]) if found else None


def band(row: dict) -> float:
    return metrics.approx_band(float(row["value"]), str(row["value_text"]))


def balance(p0: float, p1: float, years: int, rate: float) -> tuple[float, float, float]:
    """The balancing equation over ``years`` with natural increase ``rate`` (‰ a year):
    natural increase ``NI = rate / 1000 × years × (p0 + p1) / 2`` (the rate on the mean population),
    net migration ``M = p1 − p0 − NI`` and its rate ``M / years / ((p0 + p1) / 2) × 1000`` (‰ a year).
    Returns ``(NI, M, rate of M)`` in the unit of the populations."""
    mean = (p0 + p1) / 2
    natural = rate / 1000 * years * mean
    migration = p1 - p0 - natural
    return natural, migration, migration / years / mean * 1000


def growth_rates(indicators: pd.DataFrame, reference: pd.DataFrame, plan, start: int, end: int) -> list[tuple[float, str, str]]:
    """(rate ‰, description, evidence) of every natural-increase rate given for the years start–end."""
    rates = []
    rows = indicators[(indicators["plan_id"] == plan.plan_id) & (indicators["indicator"] == "natural_growth_rate") & (indicators["entity"] == plan.place_zh) & indicators["value"].notna()]
    for row in rows.sort_values(["year", "line"]).to_dict("records"):
        if start <= int(row["year"]) <= end or (not pd.isna(row["period_start"]) and int(row["period_start"]) <= end and int(row["year"]) >= start):
            rates.append((float(row["value"]), f"the plan's {row['value_text']} ({int(row['period_start']) if not pd.isna(row['period_start']) else ''}{'–' if not pd.isna(row['period_start']) else ''}{int(row['year'])})", plan_evidence(row)))
    official = reference[(reference["role"] == "statistic") & (reference["indicator"] == "natural_growth_rate") & (reference["entity"] == plan.place_zh) & reference["year"].between(start, end)]
    for row in official.sort_values("year").to_dict("records"):
        rates.append((float(row["value"]), f"the official {row['value_published']}‰ ({int(row['year'])})", reference_evidence(row)))
    return rates


def population_at(figures: PlanFigures, census: pd.DataFrame, plan, year: int) -> tuple[float, str, str] | None:
    row = figures.get(plan.plan_id, "pop_resident", plan.place_zh, year)
    if row is not None and row["kind"] == "baseline":
        return float(row["value"]), f"{row['value_text']}", plan_evidence(row)
    found = latest_census(census, plan.place_zh, "pop_resident", year)
    if found and found[0] == year:
        return found[1], f"{found[1]:.2f}万 (census)", census_evidence(plan.place_zh, "pop_resident", year, found[1])
    return None


class PastMigration(NamedTuple):
    rate: float  # net migration, ‰ of the mean population a year
    formula: str
    evidence: list[str]
    start: int
    end: int
    per_year: float  # net migration a year, 万


def past_net_migration(indicators, changes, reference, census, figures, plan, periods: list[tuple[int, int]] | None = None) -> PastMigration | None:
    """Net migration over the last documented period: 2010–2020 census change when the plan was
    written after 2020, otherwise the plan's own base period (its stated change); or the first of
    ``periods`` that can be computed."""
    base = int(plan.base_year)
    stated = changes[(changes["plan_id"] == plan.plan_id) & (changes["indicator"] == "pop_resident") & (changes["entity"] == plan.place_zh) & (changes["year"] == base) & (changes["change_type"] == "absolute")]
    if periods is None:
        periods = [(2010, 2020)] if base >= 2020 else []
        periods += [(int(r.from_year), base) for r in stated.itertuples() if not pd.isna(r.from_year) and base - int(r.from_year) <= 10]
    for start, end in periods:
        p1 = population_at(figures, census, plan, end)
        p0 = latest_census(census, plan.place_zh, "pop_resident", start) if (start, end) == (2010, 2020) else None
        evidence = []
        if p0 and p0[0] == start:
            p0_value = p0[1]
            evidence.append(census_evidence(plan.place_zh, "pop_resident", start, p0[1]))
        else:
            change = stated[stated["from_year"] == start]
            if change.empty or p1 is None:
                continue
            row = change.iloc[0]
            p0_value = p1[0] - float(row["value"])
            evidence.append(plan_evidence(row))
        if p1 is None:
            continue
        rates = growth_rates(indicators, reference, plan, start + 1, end)
        rates = [r for r in rates if "official" not in r[1] or not any("plan" in q[1] for q in rates)]
        if not rates:
            continue
        rate = sum(r[0] for r in rates) / len(rates)
        years = end - start
        natural, migration, per_year = balance(p0_value, p1[0], years, rate)
        formula = (f"{start}–{end}: change {p1[0]:g} − {p0_value:.2f} = {p1[0] - p0_value:+.2f}万; natural increase {rate:.3g}‰ × {years} × {(p0_value + p1[0]) / 2:.1f}万 = {natural:+.2f}万 "
                   f"({'; '.join(r[1] for r in rates)}); net migration {migration:+.2f}万 ({per_year:+.2f}‰ a year)")
        return PastMigration(per_year, formula, [p1[2], *evidence, *(r[2] for r in rates)], start, end, migration / years)
    return None
