"""Demographic accounting: targets that births, deaths, migration and ageing link together.

* :func:`balancing_equation` — P(T) − P(t0) = natural increase + net migration. For each resident
  population target, natural increase is taken at the highest rate the plan or official statistics
  give for the period (so the migration the target needs is never overstated):
  ``NI = n × (T − t0) × (P(t0) + P(T)) / 2`` with n in ‰ a year; the net migration needed is
  ``M = P(T) − P(t0) − NI``. It is set against the last period the plan or the census documents —
  the census change 2010–2020 less the natural increase over it, or the plan's own base period —
  and against the migration the plan describes in words. A target that needs net in-migration
  above :data:`NEEDED_INFLOW` ‰ a year in a place whose last documented period had net
  out-migration is a **warning** (the target rests on a reversal the plan does not argue).
* :func:`vital_rates_against_fertility_and_ageing` — a natural-increase (or birth-rate) target
  beyond what the same plan's TFR and age targets allow, with two stated approximations:
  ``CBR ≤ 1000 × TFR × w / 35`` — births are Σ ASFR(x) × women(x); if the women aged 15–49 (share
  w of the population) were spread evenly over the 35 years, births = TFR × W / 35 (the relation
  between the general and the total fertility rate, Preston, Heuveline & Guillot 2001,
  *Demography*, ch. 5); w is half the working-age share spread evenly over its band (35 of its 50
  years for 15–64, 35 of 45 for 15–59), which overstates it where the older working ages are the
  larger cohorts, as in China; and ``CDR ≥ m65 × s65`` (or ``m60 × s60``), counting only deaths
  at old ages at a death rate well below China's (:data:`M65_FLOOR`, :data:`M60_FLOOR`). A stated
  rate above ``CBR_max − CDR_min`` cannot be true together with the TFR and age targets:
  **error**.
* :func:`age_shares_fit` — the age shares a plan gives for one year must fit together: 60+ minus
  65+ (the share aged 60–64) must lie within what the census panel shows for Chinese prefectures,
  and 0–14 + working-age band + 60+/65+ must leave a remainder equal to the ages the bands leave
  out (or count twice), estimated from the census panel. Negative 60–64 share: **error**; outside
  the census range: **warning**.
"""

from __future__ import annotations

from typing import NamedTuple

import pandas as pd

from analysis.consistency.census_panel import latest_census
from analysis.consistency.findings import Finding, number, plan_evidence, reference_evidence
from analysis.consistency.plan_figures import USABLE
from analysis.model import metrics

#: Needed net in-migration (‰ of the mean population a year) that counts as "sustained".
NEEDED_INFLOW = 1.0
#: Past net migration (‰ a year) below which a place counts as one of net out-migration.
PAST_OUTFLOW = -0.5
#: Lower bounds of the death rate at old ages (deaths per 1000 people of that age a year).
#: China 2020: 7.07‰ crude death rate (NBS statistical communiqué 2020) with 13.50% aged 65+
#: (census): even if a quarter of deaths were under 65, the 65+ death rate would be about 39‰;
#: 30‰ errs in the plan's favour. The 60+ group adds the 60–64-year-olds (a quarter to a third of
#: it in the census panel), whose death rate is far lower: 20‰.
M65_FLOOR = 30.0
M60_FLOOR = 20.0
CHILDBEARING_YEARS = 35
BANDS = {"share_15_64": (15, 64), "share_15_59": (15, 59), "share_16_59": (16, 59)}


def census_evidence(entity: str, code: str, year: int, value: float) -> str:
    return f"census panel data/raw/leiii-census/census_city_2010-2020_v1.csv: {entity} {year} {code} = {value:.4g}"


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


# -- balancing equation ----------------------------------------------------------------------------------

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
            p0_value, p0_text = p0[1], f"{p0[1]:.2f}万 (census {start})"
            evidence.append(census_evidence(plan.place_zh, "pop_resident", start, p0[1]))
        else:
            change = stated[stated["from_year"] == start]
            if change.empty or p1 is None:
                continue
            row = change.iloc[0]
            p0_value, p0_text = p1[0] - float(row["value"]), f"{p1[0] - float(row['value']):.2f}万 ({start}, = {p1[1]} less {row['value_text']})"
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


def balancing_equation(indicators: pd.DataFrame, changes: pd.DataFrame, plans: pd.DataFrame, reference: pd.DataFrame, census: pd.DataFrame, migration: dict[str, pd.DataFrame]) -> list[Finding]:
    """``migration``: plan_id → :func:`~analysis.consistency.plan_words.migration_statements`."""
    findings = []
    figures = PlanFigures(indicators)
    for plan in plans.itertuples():
        base = int(plan.base_year)
        start = population_at(figures, census, plan, base)
        if start is None:
            continue
        past = past_net_migration(indicators, changes, reference, census, figures, plan)
        words = migration.get(plan.plan_id, pd.DataFrame(columns=["line", "direction", "word", "quote"]))
        outflow_words = words[words["direction"] < 0]
        targets = figures.rows[(figures.rows["plan_id"] == plan.plan_id) & (figures.rows["indicator"] == "pop_resident") & (figures.rows["entity"] == plan.place_zh) & figures.rows["kind"].isin(["target", "projection"]) & (figures.rows["year"] > base)]
        for target in targets.drop_duplicates("year").to_dict("records"):
            year, value = int(target["year"]), float(target["value"]) - band(target)  # the smallest population the target allows
            rates = growth_rates(indicators, reference, plan, base, year)
            if not rates:
                continue
            rate, described, rate_evidence = max(rates, key=lambda r: r[0])
            years = year - base
            natural, needed, needed_rate = balance(start[0], value, years, rate)
            outflow = past is not None and past[0] < PAST_OUTFLOW
            if needed_rate <= NEEDED_INFLOW or not outflow:
                continue
            formula = (f"{base}–{year}: target {target['value_text']} (at least {value:g}) − {start[1]} = {value - start[0]:+.2f}万; natural increase at most {rate:g}‰ × {years} × {(start[0] + value) / 2:.1f}万 = {natural:+.2f}万 "
                       f"({described}, the highest rate given); net migration needed {needed:+.2f}万 ({needed_rate:+.2f}‰ a year); {past[1]}")
            said = "; the plan itself speaks of " + "、".join(dict.fromkeys(outflow_words["word"])) if not outflow_words.empty else ""
            findings.append(
                Finding(
                    "accounting.balancing_equation", (plan.plan_id,), ("pop_resident", "natural_growth_rate"), year, "warning",
                    f"the {year} population target of {target['value_text']} needs net in-migration of {needed:.1f}万 ({needed_rate:+.1f}‰ a year) even at the highest natural increase given ({rate:g}‰), "
                    f"but net migration was {past[0]:+.1f}‰ a year in the last documented period{said}",
                    tuple(dict.fromkeys([plan_evidence(target), start[2], rate_evidence, *past[2], *(f"seeds/{plan.seed_file} line {int(r.line)}: 「{r.quote}」" for r in outflow_words.itertuples())])),
                    formula,
                )
            )
    return findings


# -- vital rates against fertility and ageing --------------------------------------------------------------

def _working_share(figures: PlanFigures, census: pd.DataFrame, plan, year: int) -> tuple[float, int, str, list[str]] | None:
    """(share %, years in the band, how it was obtained, evidence) of the working-age population."""
    get = lambda code: figures.get(plan.plan_id, code, plan.place_zh, year)  # noqa: E731
    for code, (low, high) in BANDS.items():
        row = get(code)
        if row is not None:
            return float(row["value"]) + band(row), high - low + 1, f"{code} {row['value_text']}", [plan_evidence(row)]
    dependency = get("dependency_total")
    if dependency is not None:
        ratio = float(dependency["value"]) - band(dependency)
        return 100 / (1 + ratio / 100), 50, f"15–64 = 100 / (1 + {ratio:g}/100) from the dependency ratio {dependency['value_text']}", [plan_evidence(dependency)]
    found = latest_census(census, plan.place_zh, "share_15_59", int(plan.base_year))
    if found:
        return found[1], 45, f"15–59 {found[1]:g}% (census {found[0]})", [census_evidence(plan.place_zh, "share_15_59", found[0], found[1])]
    return None


def vital_rates_against_fertility_and_ageing(indicators: pd.DataFrame, plans: pd.DataFrame, census: pd.DataFrame) -> list[Finding]:
    findings = []
    figures = PlanFigures(indicators)
    for plan in plans.itertuples():
        for code in ("natural_growth_rate", "birth_rate"):
            stated_rows = figures.rows[(figures.rows["plan_id"] == plan.plan_id) & (figures.rows["indicator"] == code) & (figures.rows["entity"] == plan.place_zh) & figures.rows["kind"].isin(["target", "projection"]) & figures.rows["period_start"].isna()]
            for stated in stated_rows.drop_duplicates("year").to_dict("records"):
                year = int(stated["year"])
                tfr = figures.get(plan.plan_id, "tfr", plan.place_zh, year)
                old = figures.latest(plan.plan_id, "share_65plus", plan.place_zh, year)
                floor, old_band = M65_FLOOR, "65+"
                if old is None:
                    old, floor, old_band = figures.latest(plan.plan_id, "share_60plus", plan.place_zh, year), M60_FLOOR, "60+"
                working = _working_share(figures, census, plan, year)
                if tfr is None or working is None or (code == "natural_growth_rate" and old is None):
                    continue
                share, width, how, working_evidence = working
                w = share / 100 / 2 * CHILDBEARING_YEARS / width
                cbr_max = 1000 * (float(tfr["value"]) + band(tfr)) * w / CHILDBEARING_YEARS
                cdr_min = floor * (float(old["value"]) - band(old)) / 100 if old is not None else 0.0
                bound = cbr_max - cdr_min if code == "natural_growth_rate" else cbr_max
                low = float(stated["value"]) - band(stated)
                if low <= bound:
                    continue
                formula = (f"w = {share:.2f}% / 2 × 35/{width} = {w * 100:.2f}% ({how}); CBR ≤ 1000 × {float(tfr['value']) + band(tfr):g} × {w:.4f} / 35 = {cbr_max:.2f}‰"
                           + (f"; CDR ≥ {floor:g}‰ × {float(old['value']) - band(old):g}% ({old_band} {old['value_text']}, {int(old['year'])}) = {cdr_min:.2f}‰; natural increase ≤ {bound:.2f}‰" if code == "natural_growth_rate" else "")
                           + f"; stated {stated['value_text']} (at least {low:g}‰)")
                findings.append(
                    Finding(
                        "accounting.vital_rates", (plan.plan_id,), (code, "tfr") + ((("share_65plus" if old_band == "65+" else "share_60plus"),) if old is not None else ()), year, "error",
                        f"the {year} {code} target of {stated['value_text']} cannot be reached with the plan's own TFR of {tfr['value_text']}"
                        + (f" and {old_band} share of {old['value_text']}" if old is not None else "") + f": at most {bound:.1f}‰",
                        tuple(dict.fromkeys([plan_evidence(stated), plan_evidence(tfr), *([plan_evidence(old)] if old is not None else []), *working_evidence])),
                        formula,
                    )
                )
    return findings


# -- age shares --------------------------------------------------------------------------------------------

def _census_range(census: pd.DataFrame, measure) -> tuple[float, float]:
    """Range over Chinese prefectures (both censuses) of a measure computed from the age shares."""
    wide = census[census["indicator"].str.startswith("share_")].pivot_table(index=["entity", "year"], columns="indicator", values="value")
    values = measure(wide).dropna()
    values = values[values >= 0]  # a negative 60–64 share is a data error of the source, not a place
    return float(values.min()), float(values.max())


def age_shares_fit(indicators: pd.DataFrame, plans: pd.DataFrame, census: pd.DataFrame) -> list[Finding]:
    findings = []
    figures = PlanFigures(indicators)
    sixty_four = _census_range(census, lambda w: w["share_60plus"] - w["share_65plus"])
    single_15 = _census_range(census, lambda w: w["share_0_14"] / 15)
    for plan in plans.itertuples():
        years = sorted({int(y) for y in figures.rows[(figures.rows["plan_id"] == plan.plan_id) & figures.rows["indicator"].str.startswith("share_")]["year"]})
        for year in years:
            get = lambda code: figures.get(plan.plan_id, code, plan.place_zh, year)  # noqa: E731
            s60, s65, child = get("share_60plus"), get("share_65plus"), get("share_0_14")
            if s60 is not None and s65 is not None:
                tolerance = band(s60) + band(s65)
                gap = float(s60["value"]) - float(s65["value"])
                low, high = sixty_four
                if gap < -tolerance or not low - tolerance <= gap <= high + tolerance:
                    findings.append(
                        Finding(
                            "accounting.age_shares", (plan.plan_id,), ("share_60plus", "share_65plus"), year, "error" if gap < -tolerance else "warning",
                            f"60+ {s60['value_text']} and 65+ {s65['value_text']} in {year} leave {gap:.2f}% aged 60–64; Chinese prefectures had {low:.2f}–{high:.2f}% at the 2010 and 2020 censuses",
                            (plan_evidence(s60), plan_evidence(s65)),
                            f"60–64 = {float(s60['value']):g} − {float(s65['value']):g} = {gap:.2f}%; census range {low:.2f}–{high:.2f}%; rounding ±{tolerance:g}",
                        )
                    )
            for work_code, (first, last) in BANDS.items():
                work = get(work_code)
                for old, old_start in ((s60, 60), (s65, 65)):
                    if child is None or work is None or old is None:
                        continue
                    remainder = 100 - float(child["value"]) - float(work["value"]) - float(old["value"])
                    tolerance = band(child) + band(work) + band(old)
                    parts, low, high = [], 0.0, 0.0
                    if first == 16:
                        parts.append("+ age 15")
                        low, high = low + single_15[0], high + single_15[1]
                    if last < old_start - 1:  # 15–59 with 65+: ages 60–64 are in no band
                        parts.append("+ ages 60–64")
                        low, high = low + sixty_four[0], high + sixty_four[1]
                    if last >= old_start:  # 15–64 with 60+: ages 60–64 are counted twice
                        parts.append("− ages 60–64")
                        low, high = low - sixty_four[1], high - sixty_four[0]
                    if low - tolerance <= remainder <= high + tolerance:
                        continue
                    findings.append(
                        Finding(
                            "accounting.age_shares", (plan.plan_id,), ("share_0_14", work_code, old["indicator"]), year, "warning",
                            f"0–14 {child['value_text']}, {work_code} {work['value_text']} and {old['indicator']} {old['value_text']} in {year} leave {remainder:.2f}%, "
                            f"where the ages the bands leave out ({' '.join(parts) or 'none'}) make {low:.2f}–{high:.2f}% in Chinese prefectures",
                            (plan_evidence(child), plan_evidence(work), plan_evidence(old)),
                            f"100 − {float(child['value']):g} − {float(work['value']):g} − {float(old['value']):g} = {remainder:.2f}; expected {' '.join(parts) or '0'} = {low:.2f}–{high:.2f} (census panel); rounding ±{tolerance:g}",
                        )
                    )
    return findings
