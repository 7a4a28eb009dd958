"""The net migration a population target implies, and the population change the censuses show.

For every resident-population target the balancing equation
(:func:`analysis.consistency.demographic_accounting.balance`, the same the audit uses)

``P(T) − P(b) = natural increase + net migration``,  ``NI = n / 1000 × (T − b) × (P(b) + P(T)) / 2``

gives the net migration the target needs, in 万 a year and in ‰ of the mean population a year.
The natural-increase rate *n* (‰ a year) is the plan's own where it states one (a target or
projection for the years after its base year; otherwise its base-period rate), else the latest
official rate up to the base year (:func:`natural_increase`). A second figure uses the latest
official rate up to the target year (``…_at_official_rate``), which shows what the plan's own
rate assumes (Luzhou's 3.26‰ is its 2011–2020 average; the city's 2022 rate was −3.89‰). And a
**range** (:func:`migration_range`): the net migration a year at the plan's rate and at every
official annual rate after the base year, all of one vintage (``implied_net_migration_low`` …
``_high``, each rate listed in ``natural_increase_range``). Only the annual rates the bundled and
collected sources hold enter (Luzhou: 2022 only; its 2021 rate is not among them).

Set against it: the net migration of the last documented period as the audit computes it (the
2010–2020 census change less natural increase for plans written after 2020, the plan's own base
period otherwise, at the plan's own rate where it gives one:
:func:`analysis.demography.accounting.past_net_migration`), and the 2010–2020
intercensal net migration of every place at the official rates published for those years
(:func:`census_period`; for plans with a 2015 base it came after the plan).

**Decline.** ``census_change`` is the place's compound change a year between the 2010 and 2020
censuses; a negative value names a declining population. Where the trend at the base year falls,
a target is framed by what it asks (:func:`framing`): a faster decline than the trend, slowing
the decline, stopping it (holding the level), or reversing it.
"""

from __future__ import annotations

import pandas as pd

from analysis.demography.accounting import PlanFigures, balance, growth_rates, past_net_migration
from analysis.demography.census import census_value
from analysis.demography.observed import official

NATURAL = "natural_growth_rate"


def _official(observations: pd.DataFrame, entity: str, last_year: int) -> tuple[float, str, int] | None:
    """The latest official natural-increase rate up to ``last_year``: (rate, description, year)."""
    rows = official(observations, entity, NATURAL)
    rows = rows[rows["year"] <= last_year].drop_duplicates("year")
    if rows.empty:
        return None
    row = rows.iloc[-1]
    return float(row["value"]), f"the official {float(row['value']):g}‰ ({int(row['year'])}, {row['source_id']})", int(row["year"])


def natural_increase(indicators: pd.DataFrame, reference: pd.DataFrame, observations: pd.DataFrame, plan, base: int, year: int) -> tuple[float, str] | None:
    """The natural-increase rate (‰ a year) for ``base`` → ``year`` and where it comes from: the
    mean of the rates the plan states for its base year and the years up to ``year`` (its path;
    the official base-year rate where the plan's own is missing or rejected), else the latest
    official rate up to the base year."""
    own = [r for r in growth_rates(indicators, reference, plan, base, year) if r[1].startswith("the plan")]
    own = list({(r[0], r[1][-5:]): r for r in own}.values())  # the same rate for the same year stated in table and text: once
    start = _official(observations, plan.place_zh, base)
    if not own:
        return start[:2] if start is not None else None
    values, described = [r[0] for r in own], [r[1] for r in own]
    if not any(text.endswith(f"{base})") for text in described) and start is not None and start[2] == base:
        values.append(start[0])
        described.append(start[1])
    return sum(values) / len(values), "; ".join(described) + (f" (mean of {len(values)})" if len(values) > 1 else "")


def census_period(census: pd.DataFrame, observations: pd.DataFrame, entity: str) -> tuple[float, float, str] | None:
    """Net migration between the 2010 and 2020 censuses at the official natural-increase rates
    published for 2010–2020 (their mean): (万 a year, ‰ a year, formula)."""
    first, last = census_value(census, entity, "pop_resident", 2010), census_value(census, entity, "pop_resident", 2020)
    rates = official(observations, entity, NATURAL)
    rates = rates[rates["year"].between(2010, 2020)].drop_duplicates("year")
    if not first or not last or rates.empty:
        return None
    rate = float(rates["value"].mean())
    natural, migration, migration_rate = balance(first, last, 10, rate)
    years = ", ".join(f"{float(v):g}‰ ({int(y)})" for y, v in zip(rates["year"], rates["value"]))
    return migration / 10, migration_rate, (f"2010–2020 censuses: {last:.2f} − {first:.2f} = {last - first:+.2f}万; natural increase {rate:.3g}‰ (mean of the official {years}) "
                                           f"× 10 × {(first + last) / 2:.1f}万 = {natural:+.2f}万; net migration {migration:+.2f}万 ({migration_rate:+.2f}‰ a year)")


def census_change(census: pd.DataFrame, entity: str) -> float | None:
    """Compound change a year (%) of the resident population between the 2010 and 2020 censuses."""
    first, last = census_value(census, entity, "pop_resident", 2010), census_value(census, entity, "pop_resident", 2020)
    if not first or not last:
        return None
    return ((last / first) ** (1 / 10) - 1) * 100


def framing(baseline: float, target: float, projection: float | None, tolerance: float) -> str:
    """What a population target asks where the trend at the base year falls ('' where it does not)."""
    if projection is None or projection >= baseline:
        return ""
    if abs(target - baseline) <= tolerance:
        return "stopping the decline"
    if target > baseline:
        return "reversing the decline"
    if target > projection:
        return "slowing the decline"
    return "a faster decline than the trend"


def implied_migration(row: dict, plan, indicators: pd.DataFrame, changes: pd.DataFrame, reference: pd.DataFrame, observations: pd.DataFrame,
                      census: pd.DataFrame, tolerance: float) -> dict:
    """The migration columns of one resident-population ambition row (``row``: its assessment)."""
    out = {"census_change_2010_2020": census_change(census, plan.place_zh)}
    figures = PlanFigures(indicators)
    past = past_net_migration(indicators, changes, reference, census, figures, plan)
    notes = []
    if past is not None:
        out.update(past_migration_period=f"{past.start}–{past.end}", past_net_migration_per_year=past.per_year, past_net_migration_rate=past.rate)
        notes.append(f"past: {past.formula}")
    intercensal = census_period(census, observations, plan.place_zh)
    if intercensal is not None:
        out.update(census_net_migration_per_year_2010_2020=intercensal[0], census_net_migration_rate_2010_2020=intercensal[1])
        notes.append(intercensal[2])
    baseline, target, base, year = row.get("baseline"), row.get("target"), row.get("base_year"), int(row["year"])
    if baseline is None or target is None or base is None or pd.isna(baseline) or pd.isna(target) or pd.isna(base):
        return {**out, "migration_note": "; ".join(notes or ["no baseline: the balancing equation needs a base-year population"])}
    base, baseline, target = int(base), float(baseline), float(target)
    out["population_framing"] = framing(baseline, target, row.get("projection"), tolerance)
    rate = natural_increase(indicators, reference, observations, plan, base, year)
    if rate is None:
        notes.insert(0, "no natural-increase rate stated or published for the place")
        return {**out, "migration_note": "; ".join(notes)}
    natural, migration, migration_rate = balance(baseline, target, year - base, rate[0])
    out.update(natural_increase_rate=rate[0], natural_increase_source=rate[1], implied_net_migration_per_year=migration / (year - base),
               implied_net_migration_rate=migration_rate)
    notes.insert(0, f"{base}–{year}: {target:g} − {baseline:g} = {target - baseline:+.2f}万; natural increase {rate[0]:.3g}‰ × {year - base} × {(baseline + target) / 2:.1f}万 = {natural:+.2f}万; net migration {migration:+.2f}万 ({migration / (year - base):+.2f}万, {migration_rate:+.2f}‰ a year)")
    latest = _official(observations, plan.place_zh, year)
    if latest is not None:
        _, at_official, _ = balance(baseline, target, year - base, latest[0])
        out.update(official_natural_increase_rate=latest[0], implied_net_migration_per_year_at_official_rate=at_official / (year - base))
        notes.insert(1, f"at {latest[1]}: net migration {at_official / (year - base):+.2f}万 a year")
    out.update(migration_range(baseline, target, base, year, rate, observations, plan.place_zh))
    return {**out, "migration_note": "; ".join(notes)}


def annual_rates(observations: pd.DataFrame, entity: str, base: int, year: int) -> list[tuple[float, int, str]]:
    """Every official annual natural-increase rate after ``base`` up to ``year``, all of one vintage
    family — the family of the latest of them (never spliced): (rate ‰, year, family)."""
    rows = official(observations, entity, NATURAL)
    rows = rows[rows["year"].between(base + 1, year)].drop_duplicates("year")
    if rows.empty:
        return []
    family = rows.iloc[-1]["family"]
    same = rows[rows["family"] == family]
    return [(float(v), int(y), str(family)) for v, y in zip(same["value"], same["year"])]


def migration_range(baseline: float, target: float, base: int, year: int, plan_rate: tuple[float, str], observations: pd.DataFrame, entity: str) -> dict:
    """The net migration a year a target implies at every natural-increase rate that can be held
    for its period: the plan's own (``plan_rate``) and each official annual rate after the base
    year of one vintage (:func:`annual_rates`): the range, and every rate with its migration."""
    years = year - base
    rates = [(plan_rate[0], "the plan's path" if plan_rate[1].startswith("the plan") else plan_rate[1])]
    rates += [(value, f"official {when} ({family.replace('_', ' ')})") for value, when, family in annual_rates(observations, entity, base, year)]
    implied = [(rate, what, balance(baseline, target, years, rate)[1] / years) for rate, what in rates]
    values = [m for _, _, m in implied]
    return {"implied_net_migration_low": min(values), "implied_net_migration_high": max(values),
            "natural_increase_range": "; ".join(f"{rate:+.3g}‰ ({what}): {m:+.2f}万 a year" for rate, what, m in implied)}
