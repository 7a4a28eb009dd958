"""Targets stated over a period rather than for one year — the rule every outcome table shares.

A plan states some targets as an **average over its period**: 安徽's 「“十三五”时期常住人口年均自然
增长率7.8‰左右」 and the nation's 「到2020年…年均自然增长率在6‰左右」 ask for a natural growth rate
of about 7.8‰ (6‰) *on average over 2016–2020*, not for the rate of 2020. Such a target
(:func:`reading` → ``average``: its label or the words before its value say 年均, 平均每年 or
每年平均 — :data:`analysis.vocabulary.PERIOD_AVERAGE_WORDS` — and the period is known, its first
year ``period_start`` as extracted) is judged against the **arithmetic mean of the official annual
figures** of the same place and indicator over the same years, every year required
(:func:`judge_average`); a year without an official figure leaves the target *not observed*, the
missing years named.

Which mean. The annual natural growth rate is the bureau's (国家统计局《统计指标解释》:
人口自然增长率 = (本年出生人数 − 本年死亡人数) / 年平均人数 × 1000‰ = 出生率 − 死亡率; 2011 as the
bureau's head announced it on 2012-01-17: 11.93 − 7.14 = 4.79‰,
www.gov.cn/govweb/wszb/zhibo496/content_2046346.htm). 年均 is 年平均, "per year on average", so a
plan's 年均自然增长率 over a period is read as the arithmetic mean of the period's annual rates (no
plan or bureau text found states another averaging for it). The arithmetic mean of the annual
rates and the rate of the period's whole natural increase over its person-years differ only by the
weighting of the years by population, which changes by about 2% in five years: for the nation's
2016–2020 rates about 0.01‰, the figures' precision. The same mean is used for any indicator
stated as a period average (年均出生人口 …).

A **period total or change** — a count stated over the period rather than at its end (「“十三五”时期
总人口数量预期增长空间在4500万左右」, the room for growth over 2016–2020) — is not a level either:
:func:`reading` → ``change`` for a population count with a period and words of increase before its
value (:data:`analysis.vocabulary.PERIOD_CHANGE_WORDS`); the tables never judge it as the level of
the year and say why (:func:`change_reason`). So is a count whose indicator is itself a period total
(the codebook's measure ``total``: 「实现350万左右农业转移人口和其他常住人口在城镇落户」, people settled in towns
over 2015–2020), whatever its wording.
"""

from __future__ import annotations

import re

import pandas as pd

from analysis.codebook import TOTAL, load_codebook
from analysis.demography import metrics
from analysis.demography.observed import official
from analysis.vocabulary import PERIOD_AVERAGE_WORDS, PERIOD_CHANGE_WORDS

_AVERAGE = re.compile("|".join(PERIOD_AVERAGE_WORDS))
#: An increase word not followed by 到/至/为 (增长到 800万 states a level).
_CHANGE = re.compile(f"(?:{'|'.join(PERIOD_CHANGE_WORDS)})(?!到|至|为)")
AVERAGE, CHANGE, LEVEL = "average", "change", "level"


def reading(indicator: str, label: str, before: str, year: int, period_start: int | None) -> tuple[str, int | None]:
    """``(average | change | level, first year of the period)`` of a target of ``indicator`` for
    ``year``: ``label`` is the indicator as written, ``before`` the statement's words before its
    value, ``period_start`` the first year of the period it is stated over, as extracted (``None``
    for none). A period average without a known period is ``(average, None)``."""
    words = f"{label or ''} {before or ''}"
    start = None if period_start is None or pd.isna(period_start) or int(period_start) >= int(year) else int(period_start)
    if load_codebook()[indicator].measure == TOTAL:
        return CHANGE, start  # a count summed over a period (its code says so): never the level of its end year
    if _AVERAGE.search(words):
        return AVERAGE, start
    if start is not None and load_codebook()[indicator].measure == metrics.STOCK and _CHANGE.search(before or ""):
        return CHANGE, start
    return LEVEL, None


#: How :func:`change_reason` opens its two reasons: what a reader of ``fared.csv`` matches to count the changes and totals
#: over a period among the rejected rows (a rejected row may also carry a ``period_start`` for another reason).
CHANGE_REASON_OPENINGS = ("a change over ", "a total over ")


def change_reason(first: int | None, year: int, quote: str, indicator: str = "") -> str:
    """Why a period change (or a period total, an indicator whose measure is ``total``) is not judged."""
    if indicator and load_codebook()[indicator].measure == TOTAL:
        span = f"{first}–{year}" if first is not None else f"the period ending {year}"
        return (f"a total over {span} (「{quote}」), not the level of {year}: not judged as a level, and no official "
                f"figure of the total is among the sources")
    return (f"a change over {first}–{year} (「{quote}」), not the level of {year}: not judged as a level, and no official "
            f"figure of the change is among the sources")


def judge_average(observations: pd.DataFrame, entity: str, indicator: str, first: int | None, year: int, qualifier: str, judged: float,
                  low: float | None, high: float | None, baseline: float | None = None) -> dict:
    """The outcome of a period-average target: the arithmetic mean of the official annual figures
    ``first``–``year`` (the preferred figure of each year, :func:`analysis.demography.observed.official`),
    judged under ``qualifier`` like a level (:func:`analysis.demography.metrics.outcome_status`, the
    same tolerance); ``judged_by = period mean``. Every year is required; otherwise *not observed*,
    naming the missing years. ``baseline``: the level the target starts from (the latest official
    figure before ``first`` if none)."""
    if first is None:
        return {"judged_by": "", "status": "not observed",
                "note": f"a period average (年均) dated {year} whose first year the text does not state: no period to average over"}
    same = official(observations, entity, indicator)
    same = same[same["family"] != "pre_2010_census"].drop_duplicates("year")
    years = list(range(first, year + 1))
    found = same[same["year"].isin(years)]
    missing = [y for y in years if y not in set(found["year"].astype(int))]
    if missing:
        present = ", ".join(str(int(y)) for y in same["year"]) or "none"
        return {"judged_by": "", "status": "not observed",
                "note": (f"a period average (年均) over {first}–{year} needs the official figure of every year; none for "
                         f"{', '.join(map(str, missing))} (official figures exist for {present})")}
    values = found["value"].astype(float)
    mean = float(values.mean())
    if baseline is None or pd.isna(baseline):
        earlier = same[same["year"] < first]
        baseline = float(earlier.iloc[-1]["value"]) if not earlier.empty else None
    direction = 0 if baseline is None else (judged > float(baseline)) - (judged < float(baseline))
    code = load_codebook()[indicator]
    band = metrics.tolerance(code.code, code.measure, code.unit, judged)
    status = metrics.outcome_status(qualifier, judged, low, high, mean, direction, band, metrics.is_neutral(indicator))
    vintages = sorted({str(v).replace("_", " ") for v in found["vintage"]})
    figures = "; ".join(f"{int(r.year)}: {float(r.value):g} ({r.source_id}: {str(r.locator).split(': ')[0]})" for r in found.itertuples())
    return {
        "outcome": mean, "judged_by": "period mean", "status": status, "difference": mean - judged,
        "difference_relative": (mean - judged) / judged if judged else None,
        "outcome_statistic": f"mean of the official annual figures {first}–{year} ({', '.join(sorted(set(found['basis'])))}; {', '.join(vintages)})",
        "outcome_source": figures, "met_within_tolerance": None, "revision_artefact": "",
        "note": (f"a period average (年均) over {first}–{year}: judged against the arithmetic mean of the {len(years)} annual official "
                 f"figures, {mean:.4g}" + ("" if len(vintages) == 1 else f"; the figures are of different vintages ({' and '.join(vintages)})")),
    }


def _before_value(row: dict) -> str:
    """The words of a statement's quote before its value (the quote ends with the value)."""
    quote, text = str(row.get("quote") or ""), str(row.get("value_text") or "")
    at = quote.rfind(text) if text else -1
    return quote[:at] if at >= 0 else quote


def of_statements(statements: list[dict], lead: dict, indicator: str, year: int) -> tuple[str, int | None]:
    """How a target stated by several statements (rows of an extraction table: ``indicator_raw``,
    ``quote``, ``value_text``, ``period_start``) is stated over time: a period average when any of
    them reads as one (:func:`reading`; its first year the earliest stated), a period change when
    ``lead`` (the statement the target is read from) does, otherwise a level."""
    def one(row: dict) -> tuple[str, int | None]:
        start = row.get("period_start")
        start = None if start is None or pd.isna(start) else int(start)
        return reading(indicator, str(row.get("indicator_raw") or ""), _before_value(row), year, start)

    averages = [first for kind, first in map(one, statements) if kind == AVERAGE]
    if averages:
        known = [first for first in averages if first is not None]
        return AVERAGE, min(known) if known else None
    kind, first = one(lead)
    return (kind, first) if kind == CHANGE else (LEVEL, None)
