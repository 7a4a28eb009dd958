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
  at old ages at a death rate well below China's (:data:`M65_FLOOR`, :data:`M60_FLOOR`). The floor
  is anchored on the place (:func:`old_age_floor`): scaled by the place's ratio of crude death
  rate to old-age share against the nation's in the same year, ``m_place = m × (CDR_p / s_p) /
  (CDR_n / s_n)`` (the death rate observed, or the birth rate less the natural increase of the
  same year and vintage), so a place with fewer deaths for its old-age share than the nation
  (Chongqing 2020: 7.70‰ at 17.08% aged 65+, against 7.07‰ at 13.50%) gets a lower floor; a
  census death rate (2010: deaths in the 12 months before the census) is compared with the
  nation's census rate (:func:`national_census_death_rate`), never with the sample survey's;
  without the place's figures the national floor stands. A stated rate above ``CBR_max − CDR_min``
  cannot be true together with the TFR and age targets: **error**.
* :func:`age_shares_fit` — the age shares a plan gives for one year must fit together: 60+ minus
  65+ (the share aged 60–64) must lie within what the place's cohorts allow, and 0–14 +
  working-age band + 60+/65+ must leave a remainder equal to the ages the bands leave out (or
  count twice). Those ages (60–64; age 15 for a 16–59 band) are read from the place's own census
  age table (:func:`cohort_share`): the cohort that will be those ages in year T, counted at the
  latest census C ≤ T (ages shifted by k = T − C, five-year groups spread evenly), over the census
  total — a share that ignores deaths and migration, so its bound is ± the largest error of the
  same estimate over 2010 → 2020 among Chinese prefectures, × |k| / 10 (:func:`cohort_margin`).
  A place without a census age table gets the range of all prefectures at both censuses. Negative
  60–64 share: **error**; outside the bound: **warning**.
"""

from __future__ import annotations

import functools

import numpy as np
import pandas as pd

from analysis.consistency.findings import Finding
from analysis.demography.evidence import plan_evidence
from analysis.demography.accounting import PlanFigures, balance, band, growth_rates, past_net_migration, population_at
from analysis.demography.census import census_evidence, latest_census
from analysis.demography.observed import official

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

NATION = "中国"


def _death_rates(observations: pd.DataFrame, entity: str) -> dict[int, tuple[float, str, str]]:
    """year → (crude death rate ‰, how, vintage family): observed, else birth rate − natural increase of the same
    year and vintage family (official figures only)."""
    out: dict[int, tuple[float, str, str]] = {}
    for row in official(observations, entity, "death_rate").drop_duplicates("year").itertuples():
        out[int(row.year)] = (float(row.value), f"{entity} {int(row.year)} death rate {float(row.value):g}‰ ({row.source_id} {row.locator})", row.family)
    births = official(observations, entity, "birth_rate").drop_duplicates("year").set_index("year")
    natural = official(observations, entity, "natural_growth_rate").drop_duplicates("year").set_index("year")
    for year in sorted(set(births.index) & set(natural.index)):
        if int(year) in out or births.loc[year, "family"] != natural.loc[year, "family"]:
            continue
        b, n = float(births.loc[year, "value"]), float(natural.loc[year, "value"])
        out[int(year)] = (b - n, f"{entity} {int(year)} death rate {b - n:.2f}‰ = birth rate {b:g} − natural increase {n:g} ({births.loc[year, 'source_id']} {births.loc[year, 'locator']}; {natural.loc[year, 'source_id']} {natural.loc[year, 'locator']})",
                          births.loc[year, "family"])
    return out


@functools.cache
def national_census_death_rate(year: int) -> tuple[float, str] | None:
    """The nation's death rate in the census yearbook's sense (deaths in the 12 months before the
    census day, 2010 only): the mean of the 31 provinces' rates weighted by their census
    population. The yearbook gives no national row, and the NBS sample-survey rate (7.11‰ in
    2010) is not comparable with the census rates of places (5.58‰ for the nation)."""
    if year != 2010:
        return None
    from analysis.sources.leiii_census import county_table

    provinces = county_table(year).query("level == 'province'")
    rate = float((provinces["death_rate"] * provinces["total"]).sum() / provinces["total"].sum())
    return rate, f"中国 {year} census death rate {rate:.2f}‰ = Σ provinces' census death rate × population / Σ population (leiii-census census_county_{year}, {len(provinces)} provinces)"


def _shares(observations: pd.DataFrame, entity: str, code: str) -> dict[int, tuple[float, str]]:
    rows = official(observations, entity, code).drop_duplicates("year")
    return {int(r.year): (float(r.value), f"{entity} {int(r.year)} {code} {float(r.value):g}% ({r.source_id} {r.locator})") for r in rows.itertuples()}


def old_age_floor(observations: pd.DataFrame | None, entity: str, floor: float, share_code: str, year: int) -> tuple[float, str, list[str]]:
    """The old-age death-rate floor anchored on the place (module docstring): the national floor ×
    the place's CDR / old-age share over the nation's, in the latest year up to ``year`` where all
    four are observed; the national floor where they are not."""
    if observations is None or entity == NATION:
        return floor, f"{floor:g}‰ (national floor)", []
    place_d, place_s = _death_rates(observations, entity), _shares(observations, entity, share_code)
    nation_d, nation_s = _death_rates(observations, NATION), _shares(observations, NATION, share_code)
    for y, (_, _, family_of) in place_d.items():  # a census rate is compared with the nation's census rate, never the sample survey's
        census_rate = national_census_death_rate(y) if family_of == "census" else None
        if census_rate is not None:
            nation_d[y] = (*census_rate, "census")
        elif family_of == "census" or (y in nation_d and nation_d[y][2] != family_of):
            nation_d.pop(y, None)
    common = sorted(y for y in set(place_d) & set(place_s) & set(nation_d) & set(nation_s) if y <= year)
    if not common:
        return floor, f"{floor:g}‰ (national floor: no death rate and {share_code} of {entity} in one year)", []
    y = common[-1]
    place_ratio, nation_ratio = place_d[y][0] / place_s[y][0], nation_d[y][0] / nation_s[y][0]
    anchored = floor * place_ratio / nation_ratio
    how = (f"{anchored:.1f}‰ = {floor:g}‰ × ({place_d[y][0]:.2f} / {place_s[y][0]:g}) / ({nation_d[y][0]:.2f} / {nation_s[y][0]:g}) "
           f"(the national floor scaled by {entity}'s deaths per old-age share against the nation's, {y})")
    return anchored, how, [place_d[y][1], place_s[y][1], nation_d[y][1], nation_s[y][1]]



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


def vital_rates_against_fertility_and_ageing(indicators: pd.DataFrame, plans: pd.DataFrame, census: pd.DataFrame, observations: pd.DataFrame | None = None) -> list[Finding]:
    """``observations``: the official figures the old-age death-rate floor is anchored on (None: the national floor)."""
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
                floor_how, floor_evidence = f"{floor:g}‰", []
                if old is not None:
                    floor, floor_how, floor_evidence = old_age_floor(observations, plan.place_zh, floor, str(old["indicator"]), year)
                cdr_min = floor * (float(old["value"]) - band(old)) / 100 if old is not None else 0.0
                bound = cbr_max - cdr_min if code == "natural_growth_rate" else cbr_max
                low = float(stated["value"]) - band(stated)
                if low <= bound:
                    continue
                formula = (f"w = {share:.2f}% / 2 × 35/{width} = {w * 100:.2f}% ({how}); CBR ≤ 1000 × {float(tfr['value']) + band(tfr):g} × {w:.4f} / 35 = {cbr_max:.2f}‰"
                           + (f"; CDR ≥ {floor:.1f}‰ × {float(old['value']) - band(old):g}% ({old_band} {old['value_text']}, {int(old['year'])}) = {cdr_min:.2f}‰ (old-age floor {floor_how}); natural increase ≤ {bound:.2f}‰" if code == "natural_growth_rate" else "")
                           + f"; stated {stated['value_text']} (at least {low:g}‰)")
                findings.append(
                    Finding(
                        "accounting.vital_rates", (plan.plan_id,), (code, "tfr") + ((("share_65plus" if old_band == "65+" else "share_60plus"),) if old is not None else ()), year, "error",
                        f"the {year} {code} target of {stated['value_text']} cannot be reached with the plan's own TFR of {tfr['value_text']}"
                        + (f" and {old_band} share of {old['value_text']}" if old is not None else "") + f": at most {bound:.1f}‰",
                        tuple(dict.fromkeys([plan_evidence(stated), plan_evidence(tfr), *([plan_evidence(old)] if old is not None else []), *working_evidence, *floor_evidence])),
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


CENSUS_YEARS = (2010, 2020)
#: Ages the bands of the plans leave out: name → (first, last) age.
LEFT_OUT = {"60–64": (60, 64), "age 15": (15, 15)}


def _ages(groups: np.ndarray, first: float, last: float) -> float:
    """Persons aged ``first`` … ``last`` (ages may be fractional or negative) from five-year groups
    0–4 … 80–84, 85+ (spread evenly over five years, the open group over 85–89)."""
    total = 0.0
    for i, count in enumerate(groups):
        low, high = 5 * i, 5 * i + 5
        overlap = max(0.0, min(high, last + 1) - max(low, first))
        total += count * overlap / 5
    return total


def _groups(table: pd.DataFrame) -> dict[str, np.ndarray]:
    from analysis.sources.leiii_census import AGE_GROUPS, SEXES

    values = sum(table[[f"{sex}_{group}" for group in AGE_GROUPS]].to_numpy(float) for sex in SEXES)
    return dict(zip(table["code"].astype(str), values))


@functools.cache
def _census_groups(year: int, level: str) -> dict[str, np.ndarray]:
    from analysis.sources.leiii_census import county_table

    table = county_table(year)
    return _groups(table[table["level"] == level].drop_duplicates("code", keep=False))


def _place_groups(code: str, year: int) -> np.ndarray | None:
    for level in ("prefecture", "province"):
        found = _census_groups(year, level).get(code)
        if found is not None:
            return found
    return None


def cohort_share(groups: np.ndarray, first: int, last: int, shift: int) -> float:
    """Share (%) of ages ``first``–``last`` ``shift`` years after the census: the census's ages
    ``first − shift`` … ``last − shift`` over its total."""
    return _ages(groups, first - shift, last - shift) / float(groups.sum()) * 100


@functools.cache
def cohort_margin(first: int, last: int) -> float:
    """Largest absolute error (points) among Chinese prefectures of :func:`cohort_share` projecting
    2020 from 2010 (k = 10)."""
    earlier, later = _census_groups(2010, "prefecture"), _census_groups(2020, "prefecture")
    errors = [cohort_share(earlier[c], first, last, 10) - _ages(later[c], first, last) / float(later[c].sum()) * 100 for c in sorted(set(earlier) & set(later))]
    return float(np.max(np.abs(errors)))


def place_bound(code: str | None, name: str, year: int, fallback: tuple[float, float], age_groups=None) -> tuple[float, float, str]:
    """(low, high, how) of the share of the ages ``name`` (:data:`LEFT_OUT`) in ``year`` for a place;
    ``age_groups(code, census_year)``: the place's census population by five-year group, or None
    (default: the bundled census age tables)."""
    first, last = LEFT_OUT[name]
    census_year = max([c for c in CENSUS_YEARS if c <= year] or [CENSUS_YEARS[0]])
    groups = (age_groups or _place_groups)(str(code), census_year) if code else None
    if groups is None:
        return fallback[0], fallback[1], f"Chinese prefectures {fallback[0]:.2f}–{fallback[1]:.2f}% (both censuses)"
    shift = year - census_year
    centre = cohort_share(groups, first, last, shift)
    margin = cohort_margin(first, last) * abs(shift) / 10
    return centre - margin, centre + margin, (f"{name} {centre:.2f}% from the {census_year} census cohort aged {first - shift}–{last - shift}"
                                             + (f" ± {margin:.2f} (largest prefecture error 2010→2020 × {abs(shift)}/10)" if margin else ""))


def age_shares_fit(indicators: pd.DataFrame, plans: pd.DataFrame, census: pd.DataFrame, age_groups=None) -> list[Finding]:
    """``age_groups``: see :func:`place_bound`."""
    findings = []
    figures = PlanFigures(indicators)
    national_sixty_four = _census_range(census, lambda w: w["share_60plus"] - w["share_65plus"])
    national_single_15 = _census_range(census, lambda w: w["share_0_14"] / 15)
    for plan in plans.itertuples():
        years = sorted({int(y) for y in figures.rows[(figures.rows["plan_id"] == plan.plan_id) & figures.rows["indicator"].str.startswith("share_")]["year"]})
        code = getattr(plan, "place_code", None)
        for year in years:
            get = lambda code: figures.get(plan.plan_id, code, plan.place_zh, year)  # noqa: E731
            s60, s65, child = get("share_60plus"), get("share_65plus"), get("share_0_14")
            *sixty_four, sixty_four_how = place_bound(code, "60–64", year, national_sixty_four, age_groups)
            *single_15, single_15_how = place_bound(code, "age 15", year, national_single_15, age_groups)
            if s60 is not None and s65 is not None:
                tolerance = band(s60) + band(s65)
                gap = float(s60["value"]) - float(s65["value"])
                low, high = sixty_four
                if gap < -tolerance or not low - tolerance <= gap <= high + tolerance:
                    findings.append(
                        Finding(
                            "accounting.age_shares", (plan.plan_id,), ("share_60plus", "share_65plus"), year, "error" if gap < -tolerance else "warning",
                            f"60+ {s60['value_text']} and 65+ {s65['value_text']} in {year} leave {gap:.2f}% aged 60–64, where the place's cohorts give {low:.2f}–{high:.2f}%",
                            (plan_evidence(s60), plan_evidence(s65)),
                            f"60–64 = {float(s60['value']):g} − {float(s65['value']):g} = {gap:.2f}%; expected {sixty_four_how}; rounding ±{tolerance:g}",
                        )
                    )
            for work_code, (first, last) in BANDS.items():
                work = get(work_code)
                for old, old_start in ((s60, 60), (s65, 65)):
                    if child is None or work is None or old is None:
                        continue
                    remainder = 100 - float(child["value"]) - float(work["value"]) - float(old["value"])
                    tolerance = band(child) + band(work) + band(old)
                    parts, hows, low, high = [], [], 0.0, 0.0
                    if first == 16:
                        parts.append("+ age 15")
                        hows.append(single_15_how)
                        low, high = low + single_15[0], high + single_15[1]
                    if last < old_start - 1:  # 15–59 with 65+: ages 60–64 are in no band
                        parts.append("+ ages 60–64")
                        hows.append(sixty_four_how)
                        low, high = low + sixty_four[0], high + sixty_four[1]
                    if last >= old_start:  # 15–64 with 60+: ages 60–64 are counted twice
                        parts.append("− ages 60–64")
                        hows.append(sixty_four_how)
                        low, high = low - sixty_four[1], high - sixty_four[0]
                    if low - tolerance <= remainder <= high + tolerance:
                        continue
                    findings.append(
                        Finding(
                            "accounting.age_shares", (plan.plan_id,), ("share_0_14", work_code, old["indicator"]), year, "warning",
                            f"0–14 {child['value_text']}, {work_code} {work['value_text']} and {old['indicator']} {old['value_text']} in {year} leave {remainder:.2f}%, "
                            f"where the ages the bands leave out ({' '.join(parts) or 'none'}) make {low:.2f}–{high:.2f}% for the place",
                            (plan_evidence(child), plan_evidence(work), plan_evidence(old)),
                            f"100 − {float(child['value']):g} − {float(work['value']):g} − {float(old['value']):g} = {remainder:.2f}; expected {' '.join(parts) or '0'} = {low:.2f}–{high:.2f} ({'; '.join(hows) or 'nothing left out'}); rounding ±{tolerance:g}",
                        )
                    )
    return findings
