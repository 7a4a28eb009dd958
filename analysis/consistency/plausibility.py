"""Plausible change: a target whose change a year exceeds what Chinese places have achieved.

For each target, the change a year from the plan's latest baseline (at the end of the rounding
range that favours the plan: the slowest change its digits allow) is set against the largest
change a year observed over a comparable period:

* measured in the census panel (:func:`analysis.sources.census_panel.census_panel`), the
  largest rise and fall a year among Chinese prefectures between the 2010 and 2020 censuses:
  urban share, 0–14, 60+ and 65+ shares (:func:`panel_maxima`);
* not in the census panel, from cited figures (:data:`LITERATURE`).

A target beyond the maximum is a **warning** (a reader would take it for attainable).
"""

from __future__ import annotations

import pandas as pd

from analysis.consistency.findings import Finding
from analysis.consistency.plan_figures import plan_path, speed

CHECK = "plausibility.change"
#: Measures whose maxima come from the census panel (2010 → 2020, by prefecture).
PANEL_MEASURES = ("urbanization_resident", "share_0_14", "share_60plus", "share_65plus")
#: Largest sustained rise a year (units of the indicator), a short name, and its source.
LITERATURE = {
    "tfr": (0.05, "the fastest sustained recoveries of very low fertility", "sustained recoveries from very low fertility: Russia 1.16 (1999) → 1.78 (2015), +0.039 a year; "
                  "Czechia 1.13 (1999) → 1.71 (2019), +0.029 a year (World Development Indicators SP.DYN.TFRT.IN, "
                  "pinned source wdi, data/sources/wdi.toml); 0.05 a year is above both"),
    "life_expectancy": (0.5, "twice the pace of record life expectancy", "best-practice life expectancy has risen about 0.25 years a year for 160 years (Oeppen & Vaupel 2002, "
                             "Science 296:1029); China 74.83 (2010 census life table) → 77.93 (2020, National Bureau of Statistics), +0.31 a year; "
                             "0.5 a year is twice the record pace"),
    "edu_years_main_working_age": (0.2, "what cohort turnover allows", "cohort turnover: a 40-year age band replaces about a fortieth of its members a year, and entrants "
                                        "have at most about 8 years more schooling than leavers, so the mean can rise about 0.2 years a year; "
                                        "China's 15+ mean rose 9.08 → 9.91 (2010–2020 censuses, seventh-census communiqué), 0.08 a year"),
}
for _code in ("edu_years_working_age", "edu_years_16_59", "edu_years_15plus"):
    LITERATURE[_code] = LITERATURE["edu_years_main_working_age"]


def panel_maxima(census: pd.DataFrame) -> dict[str, tuple[float, float, str, str]]:
    """measure → (largest fall a year, largest rise a year, place of the fall, place of the rise), 2010–2020."""
    out = {}
    for code in PANEL_MEASURES:
        wide = census[census["indicator"] == code].pivot_table(index="entity", columns="year", values="value").dropna()
        per_year = ((wide[2020] - wide[2010]) / 10).sort_values()
        out[code] = (float(per_year.iloc[0]), float(per_year.iloc[-1]), str(per_year.index[0]), str(per_year.index[-1]))
    return out


def plausible_change(indicators: pd.DataFrame, changes: pd.DataFrame, plans: pd.DataFrame, census: pd.DataFrame) -> list[Finding]:
    findings = []
    maxima = panel_maxima(census)
    for plan in plans.itertuples():
        for code in (*PANEL_MEASURES, *LITERATURE):
            path = plan_path(indicators, changes, plan.plan_id, code, plan.place_zh)
            past = [f for f in path if f.kind in ("baseline", "derived") and f.year <= int(plan.base_year)]
            ahead = [f for f in path if f.kind in ("target", "projection") and f.year > int(plan.base_year)]
            if not past or not ahead:
                continue
            base = past[-1]
            for target in ahead:
                rise = target.value >= base.value
                slowest = speed(base, target, stock=False, favour=-1 if rise else +1)
                if code in maxima:
                    fall_max, rise_max, fall_place, rise_place = maxima[code]
                    place = rise_place if rise else fall_place
                    limit = rise_max if rise else fall_max
                    short = f"the largest {'rise' if rise else 'fall'} among Chinese prefectures between the 2010 and 2020 censuses ({place})"
                    source = short + ", census panel"
                    beyond = slowest > limit if rise else slowest < limit
                elif rise:
                    limit, short, source = LITERATURE[code]
                    beyond = slowest > limit
                else:
                    continue
                if not beyond:
                    continue
                findings.append(
                    Finding(
                        CHECK, (plan.plan_id,), (code,), target.year, "warning",
                        f"{code} from {base.label()} to {target.label()} is at least {slowest:+.3g} a year, beyond {limit:+.3g} a year, {short}",
                        (base.evidence, target.evidence),
                        f"({target.value:g} {'−' if rise else '+'} {target.band:g} − ({base.value:g} {'+' if rise else '−'} {base.band:g})) / {target.year - base.year} = {slowest:+.4g} a year; maximum {limit:+.4g} a year: {source}",
                    )
                )
    return findings
