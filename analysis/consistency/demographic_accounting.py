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

import pandas as pd

from analysis.consistency.findings import Finding
from analysis.demography.evidence import plan_evidence
from analysis.demography.accounting import PlanFigures, balance, band, growth_rates, past_net_migration, population_at
from analysis.demography.census import census_evidence, latest_census

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
