"""How the plans fared: every target of every plan — seeds and the corpus of real published texts —
against the official outcome, a naive forecast, the pace since 2020, and the provinces' sum.

**Plans.** A *plan* is a document, counted once (:func:`document_key`): texts of the same place
and document title are one plan, the title read without its draft mark (征求意见稿, 草案, 送审稿) and with
its brackets unified, so a draft and its final text are one plan, and so are a seed and a corpus copy
of it (营口's 营政发〔2019〕4号 on the health commission's site is the seed ``yingkou-2016-2030``). The
seeds are one text each (``plan_id`` = the seed's, kept when corpus texts join it); a plan of corpus
texts alone is ``corpus:`` and the first text id of its final texts (of its drafts when no final is
held). One row per plan × indicator × place × year: the statements of its texts merge (below), and
**the final over the draft** — where a final text states the indicator, place and year, the draft's
statements of them are dropped (:func:`final_over_draft`; the draft's other figures stay the plan's,
the texts held being excerpts). A revision (2017年修订) is a new document with its own targets and
stays its own plan. Higher-level
plan targets of the reference data are plans too (``reference: <document>``), except a document
every one of whose targets a seed or corpus plan states (the reference's 十三五计生规划 is the
corpus's “十三五”全国计划生育事业发展规划, its 重庆 plan the seed): it is that plan, reported again.

**Plan family** (``plan_family``, :data:`analysis.vocabulary.CORPUS_PLAN_FAMILIES`): a corpus plan's
from the manifest (``corpus/README.md``, "Plan families"), a seed's :data:`SEED_FAMILY` (the seeds
are population-development plans), a reference document's from its title
(:func:`analysis.corpus.plan_family_of`; a title that names no family stops the build). The summary
gives every family and the population-development plans proper (:data:`PROPER`:
:data:`analysis.vocabulary.POPULATION_PLANS_PROPER`) against all the others (:data:`OTHERS`), so a
finding can be said of population plans alone.

**Targets** (:func:`plan_statements`). Every target and projection each plan states, for whatever
place the extractor read it for: the statements of the same indicator, place, year and number
across the plan's texts are one row, every text, line and quote kept as provenance (the merge
rules of :mod:`analysis.model.statements`); different numbers for the same indicator, place and
year stay separate rows, each ``conflict`` and naming the others. Values are in the codebook's
unit (14.2亿 → 142000万). A population count of a place under half or over three times the place's
census count (:data:`analysis.demography.metrics.PLACE_SCREEN`) cannot be the place's own — a
figure of another place or a change read into it (“增长空间在4500万左右” as China's population) —
and is *rejected* with the reason, counted and shown, never dropped; so is a target dated before its plan
was issued (a level of the past read as a target). A count stated as a change over
a period (“十三五”时期总人口数量预期增长空间在4500万左右: ``period_start`` and words of increase) is not a
level either: rejected with that reason (:func:`analysis.demography.periods.reading`).

**Outcomes** (dated up to 2020, ``fared.csv``): judged by the rules the seeds' outcomes use
(:func:`analysis.demography.ex_post.judge`); a seed target is judged as the ambition table reads it
(as in ``outcomes.csv``), a corpus target as the progress table reads a target without one (a
point target of a directional indicator — life expectancy up, mortality down — is a floor or a
ceiling). A target stated as an average over a period (安徽's “十三五”时期常住人口年均自然增长率7.8‰左右,
the nation's 年均自然增长率在6‰左右) is judged against the arithmetic mean of the official annual
figures of its years, every year required, ``judged_by = period mean``
(:func:`analysis.demography.periods.judge_average`, the rule ``outcomes.csv`` uses too), and its
naive forecast is the mean of the naive forecasts of those years. Errors (:mod:`analysis.demography.accuracy`): signed log error ``ln(target / outcome)``
and absolute percentage error, on exact outcomes of **point** targets only: a bounded outcome has a
verdict, not a value, and a target stated as a bound (以内, 以上, 不超过, 超: a ceiling or a floor) states
a limit the plan set, not the value it expected, so its distance from the outcome is no forecast error
(Tayman & Swanson 1999 measure forecasts, not limits); a bound is judged met or missed and counts in
the share met. The **naive forecast** carries the plan's own stated baselines of the indicator and place
forward (two → compound growth for counts, linear for rates; one → from the last census before
it; none → no forecast, and why; nor when the plan's texts state two figures beyond the tolerance for a year
it would use: one is misread or of another base), judged met when within the target's tolerance of the outcome. The
**official-figure naive forecast** (``official_naive``, :func:`_official_naive`) carries forward, by the same
rule, the two latest official figures of the indicator and place the plan's authors could have had —
dated before the year of issue, as then published, of one series
(:func:`analysis.demography.accuracy.official_points`: Tayman & Swanson 1999; Smith, Tayman & Swanson 2013,
ch. 13) — so that targets of plans that state no baseline get a benchmark too; the plan-baseline naive stays
as it was, beside it.

**Pace since 2020** (2021–2035, ``fared_pace.csv``): the progress rules of
:mod:`analysis.model.progress` with the base fixed at the 2020 census: the pace observed 2020 →
latest official figure (2021–2024) against the pace still needed latest → target
(``pace_ratio = still needed / observed``). One row and one verdict per target: of a plan's
conflicting statements of one target the most precise is judged, the others named in its note
(:func:`one_verdict_per_target`).

**Sensitivity to extraction errors** (``fared_sensitivity.csv``, :func:`sensitivity`): the corpus
targets are read by the extractor, and some are misread (a 城镇人口 target read as 常住人口). Every
corpus text also has hand-annotated levels (``corpus/gold/levels.csv``); the same judgement —
plans, merging, screens, outcomes, errors, bootstrap — is built from them (:func:`gold_statements`,
:func:`judged_rows`; the seeds and the reference data as in ``fared.csv``) and set beside the one
from the extraction.

**Summary** (``fared_summary.csv``, :func:`summary`) and **zero-sum** (``zero_sum.csv`` and its
summed parts ``zero_sum_parts.csv``, :func:`zero_sum`): see their docstrings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import SimpleNamespace

import numpy as np
import pandas as pd

from analysis.codebook import load_codebook
from analysis.corpus import plan_family_of
from analysis.demography import accounting, accuracy, ex_post, metrics, periods
from analysis.demography.observed import official
from analysis.model import progress as progress_rules
from analysis.model.statements import Target, _clusters, _specificity
from analysis.units import expected_bounds, normalise_unit
from analysis.vocabulary import CEILINGS, CORPUS_PLAN_FAMILIES, FLOORS, NOT_ADOPTED_FAMILIES, POPULATION_PLANS_PROPER

#: The plan family of the seeds: population-development plans (人口发展规划) all.
SEED_FAMILY = "population_plan"
#: The two groups of plan families the summary sets side by side (vocabulary.POPULATION_PLANS_PROPER).
PROPER, OTHERS = "population-development plans proper", "all other families"
#: Targets dated up to this year are judged against outcomes; later ones up to PACE_LAST by pace.
PACE_LAST = 2035
_LEVEL_ORDER = {"nation": 0, "province": 1, "prefecture": 2, "county": 3, "unknown": 4}
_SCALE = {("100m persons", "10k persons"): 1e4, ("persons", "10k persons"): 1e-4, ("10k persons", "persons"): 1e4}
_JUDGED = ("met", "exceeded", "missed", "as stated", "above", "below")
#: The note of a figure not judged: (rejected by the place screen, a period change).
_REJECTED = {False: "rejected by the place screen: not judged", True: "a change or total over a period, not a level: not judged"}


@dataclass(frozen=True)
class Plan:
    plan_id: str
    title: str
    place: str
    level: str
    issue_year: int | None
    texts: tuple[str, ...]
    source: str  # seed, corpus, reference
    family: str  # vocabulary.CORPUS_PLAN_FAMILIES

    @property
    def vintage(self) -> str:
        if self.issue_year is None:
            return "issue date not stated"
        return next(name for low, high, name in metrics.VINTAGE_BANDS if low <= self.issue_year <= high)


def _year(text) -> int | None:
    found = re.match(r"\s*(\d{4})", str(text or ""))
    return int(found.group(1)) if found else None


def _in_codebook_unit(frame: pd.DataFrame) -> pd.DataFrame:
    """Values, bounds and units in the codebook's unit (亿 → 万)."""
    codebook = load_codebook()
    frame = frame.copy()
    for index, row in frame.iterrows():
        if row["indicator"] not in codebook.indicators:
            continue
        factor = _SCALE.get((row["unit"], codebook[row["indicator"]].unit))
        if factor:
            for column in ("value", "value_low", "value_high"):
                if not pd.isna(row[column]):
                    frame.at[index, column] = float(row[column]) * factor
            frame.at[index, "unit"] = codebook[row["indicator"]].unit
    return frame


#: A draft's mark in a document title (征求意见稿, 草案, 送审稿; bracketed or not): a draft and its
#: final text are one plan (:func:`document_key`), the final leading (:func:`final_over_draft`).
DRAFT_MARK = re.compile(r"[（(]?(?:征求意见稿|草案|送审稿)[)）]?\s*$")  # at the title's end: …2013年计划草案的报告 is a final report


def is_draft(title: str) -> bool:
    """``…（征求意见稿）`` → True; ``…(2017年修订)`` (a revision, a document of its own) → False."""
    return bool(DRAFT_MARK.search(str(title)))


def document_key(place: str, title: str) -> tuple[str, str]:
    """The plan a text belongs to: its place and its title without the draft mark, brackets made
    half-width and spaces dropped — ``东莞市人口发展规划（2020—2035年）（征求意见稿）`` and
    ``东莞市人口发展规划（2020—2035年）`` are one plan, ``营口市人口发展规划(2016—2030年)`` (the seed) and
    ``营口市人口发展规划（2016—2030年）`` (a corpus copy) too."""
    bare = DRAFT_MARK.sub("", str(title)).replace("（", "(").replace("）", ")")
    return str(place).strip(), re.sub(r"\s+", "", bare)


def final_over_draft(statements: pd.DataFrame, drafts: set[str]) -> pd.DataFrame:
    """Drop a draft text's statements of an indicator, place and year that a final text of the same
    plan states: the final over the draft (one plan counted once). ``drafts``: the text ids of drafts."""
    draft = statements["text"].isin(drafts)
    if not draft.any():
        return statements
    keys = ["plan_id", "indicator", "entity", "year"]
    final_keys = set(map(tuple, statements.loc[~draft, keys].astype(str).to_numpy().tolist()))
    superseded = draft & pd.Series([tuple(k) in final_keys for k in statements[keys].astype(str).to_numpy().tolist()], index=statements.index)
    return statements[~superseded].reset_index(drop=True)


def plans_and_statements(seed_indicators: pd.DataFrame, seed_plans: pd.DataFrame, corpus_indicators: pd.DataFrame,
                         corpus_manifest: pd.DataFrame, reference: pd.DataFrame) -> tuple[dict[str, Plan], pd.DataFrame]:
    """Every plan and every statement of it, one frame: ``plan_id``, ``text``, ``link``, and the
    extraction columns (values in the codebook's unit)."""
    plans: dict[str, Plan] = {}
    seeds = seed_indicators.assign(text=seed_indicators["seed_file"])
    seeds["link"] = [f"plans/{p}.html#L{int(line)}" for p, line in zip(seeds["plan_id"], seeds["line"])]
    seed_of = {}
    for plan in seed_plans.itertuples():
        plans[plan.plan_id] = Plan(plan.plan_id, plan.plan_title, plan.place_zh, plan.admin_level, _year(plan.issue_date), (plan.seed_file,), "seed",
                                   SEED_FAMILY)
        seed_of[document_key(plan.place_zh, plan.plan_title)] = plan.plan_id
    groups: dict[tuple[str, str], list] = {}
    for text in corpus_manifest.sort_values("text_id").itertuples():
        groups.setdefault(document_key(text.place_zh, text.document_title), []).append(text)
    of_text, drafts = {}, set()
    for key, texts in groups.items():
        finals = [t for t in texts if not is_draft(t.document_title)]
        drafts.update(t.text_id for t in texts if is_draft(t.document_title))
        lead = (finals or texts)[0]
        if key in seed_of:  # a copy of a seed: the seed's plan, with these texts too
            plan_id = seed_of[key]
            seed = plans[plan_id]
            plans[plan_id] = Plan(plan_id, seed.title, seed.place, seed.level, seed.issue_year, seed.texts + tuple(t.text_id for t in texts), "seed", seed.family)
        else:
            plan_id = f"corpus: {lead.text_id}"
            years = [y for y in (_year(t.issue_date) for t in (finals or texts)) if y is not None]
            plans[plan_id] = Plan(plan_id, lead.document_title, lead.place_zh, lead.admin_level, min(years) if years else None,
                                  tuple(t.text_id for t in texts), "corpus", lead.plan_family)
        of_text.update({t.text_id: plan_id for t in texts})
    corpus = corpus_indicators.assign(text=corpus_indicators["plan_id"], plan_id=corpus_indicators["plan_id"].map(of_text))
    files = dict(zip(corpus_manifest["text_id"], corpus_manifest["file"]))
    corpus["link"] = [f"corpus/{files[t]}#L{int(line)}" for t, line in zip(corpus["text"], corpus["line"])]
    statements = final_over_draft(pd.concat([seeds, corpus], ignore_index=True), drafts)
    stated = {(r.indicator, r.entity, int(r.year), round(float(r.value), 6)) for r in _in_codebook_unit(statements).itertuples()
              if r.kind in ("target", "projection") and not pd.isna(r.value)}
    references = []
    targets = reference[reference["role"].isin(["plan_target", "plan_baseline"]) & (reference["indicator"] != "")]
    for document, rows in targets.groupby("document", sort=True):
        own = rows[rows["role"] == "plan_target"]
        if own.empty or all((r.indicator, r.entity, int(r.year), round(float(r.value), 6)) in stated for r in own.itertuples()):
            continue  # every target of it is a seed's or corpus plan's: that plan, reported again
        from analysis.gazetteer import by_name

        place = str(own["entity"].iloc[0])
        found = by_name(place)
        plan_id = f"reference: {document}"
        family = plan_family_of(document)
        if family is None:
            raise ValueError(f"reference document {document!r}: its title names no plan family (analysis.corpus.PLAN_FAMILY_WORDS)")
        plans[plan_id] = Plan(plan_id, document, place, found.level if found else "unknown", None, (str(rows["source_file"].iloc[0]),), "reference", family)
        for r in rows.itertuples():
            references.append({
                "plan_id": plan_id, "text": r.source_file, "link": f"data/reference/{r.source_file}", "indicator": r.indicator, "entity": r.entity,
                "year": int(r.year), "kind": "target" if r.role == "plan_target" else "baseline", "value": float(r.value),
                "value_low": np.nan, "value_high": float(r.value) if r.qualifier in CEILINGS else np.nan, "unit": load_codebook()[r.indicator].unit,
                "value_text": f"{r.value_published}{r.unit_published if isinstance(r.unit_published, str) else ''}", "qualifier": r.qualifier,
                "line": int(r.source_row), "quote": r.quote, "source": "reference", "value_start": 0, "binding": "", "strive": False,
            })
    statements = pd.concat([statements, pd.DataFrame(references)], ignore_index=True) if references else statements
    statements = _in_codebook_unit(statements)
    return plans, statements


def _census_count(observations: pd.DataFrame, entity: str, year: int) -> tuple[int, float] | None:
    """The place's census count nearest ``year`` (2010 or 2020)."""
    rows = official(observations, entity, "pop_resident")
    rows = rows[rows["family"] == "census"].drop_duplicates("year")
    if rows.empty:
        return None
    row = rows.iloc[(rows["year"].astype(int) - year).abs().argsort(kind="mergesort").iloc[0]]
    return int(row["year"]), float(row["value"])


def screen(observations: pd.DataFrame, indicator: str, entity: str, year: int, value: float | None) -> tuple[str, str, float | None]:
    """``(screen, reason, census count)``: ``rejected`` when the value is impossible for a real place
    (:data:`metrics.IMPOSSIBLE`, the bounds the extractor flags such a value by: a misread number is no target) or a
    population count lies outside :data:`metrics.PLACE_SCREEN` multiples of the place's census count, otherwise ``kept``."""
    if value is not None and indicator in metrics.IMPOSSIBLE:
        low, high, what = metrics.IMPOSSIBLE[indicator]
        if not low <= value <= high:
            return "rejected", f"{value:g} is outside {low:g}–{high:g}, impossible for {what}: a misread number, not a target", None
    if indicator not in metrics.SCREENED_COUNTS or value is None:
        return "kept", "", None
    census = _census_count(observations, entity, year)
    if census is None:
        return "kept", f"not screened: no census count of {entity} in the sources", None
    low, high = metrics.PLACE_SCREEN
    census_year, count = census
    if value < low * count or value > high * count:
        return "rejected", (f"{value:g}万 is {value / count:.3g} times {entity}'s census count ({count:g}万, {census_year}), outside "
                            f"{low:g}–{high:g} times: a figure of another place or a change read as this place's level"), count
    return "kept", "", count


def plan_statements(plans: dict[str, Plan], statements: pd.DataFrame, observations: pd.DataFrame,
                    boundaries: dict[str, dict[int, tuple[float, float]]]) -> list[dict]:
    """Distinct targets and projections of every plan (merged across its texts), screened: a change
    or total over a period, a level dated before its plan was issued, a figure of a prefecture whose
    area changed between the censuses or whose official 2020 figure is of another area than its
    counties (``boundaries``, :func:`boundary_reason`) in a plan issued before 2020 or undated — of
    which area, unknown: no official figure of either judges it —, and a count outside :data:`metrics.PLACE_SCREEN` times the census are rejected."""
    rows = statements[statements["kind"].isin(["target", "projection"]) & statements["value"].notna()
                      & ~statements["qualifier"].isin(["missing", "qualitative"]) & (statements["indicator"] != "unmapped")
                      & statements["indicator"].isin(list(load_codebook().indicators))]
    rows = rows.sort_values(["plan_id", "indicator", "entity", "year", "source", "text", "line", "value_start"], kind="mergesort")
    out = []
    for (plan_id, indicator, entity, year), group in rows.groupby(["plan_id", "indicator", "entity", "year"], sort=True):
        plan = plans[plan_id]
        clusters = _clusters(group.to_dict("records"))
        found = []
        for cluster in clusters:
            lead = sorted(cluster, key=_specificity)[0]
            value = float(lead["value"])
            period, first = periods.of_statements(cluster, lead, indicator, int(year))
            if period == periods.CHANGE:
                verdict, reason, census = "rejected", periods.change_reason(first, int(year), lead["quote"], indicator), None
            elif plan.issue_year is not None and int(year) < plan.issue_year:
                # a document sets no target for a year already past when it was issued: a level of the past (or of
                # another country) read as a target; rejected with the reason, never judged
                verdict, census = "rejected", None
                reason = f"dated {int(year)}, before the plan was issued ({plan.issue_year}): a level of the past read as a target, not judged"
            elif (moved := boundary_reason(entity, boundaries)) and (plan.issue_year is None or plan.issue_year < ex_post.LAST_OBSERVED_YEAR):
                # issued before the 2020 census (LAST_OBSERVED_YEAR), whose area the official figures are on
                verdict, reason, census = "rejected", moved, None
            else:
                verdict, reason, census = screen(observations, indicator, entity, int(year), value)
            found.append({
                "plan_id": plan_id, "plan": plan.title, "plan_level": plan.level, "plan_place": plan.place, "issue_year": plan.issue_year,
                "vintage": plan.vintage, "plan_source": plan.source, "plan_family": plan.family, "n_texts": len(plan.texts), "indicator": indicator, "entity": entity,
                "year": int(year), "period_start": first, "period": period,
                "kind": "target" if any(r["kind"] == "target" for r in cluster) else "projection",
                "target_text": lead["value_text"], "qualifier": lead["qualifier"], "value": value,
                "low": None if pd.isna(lead["value_low"]) else float(lead["value_low"]), "high": None if pd.isna(lead["value_high"]) else float(lead["value_high"]),
                "texts": "; ".join(dict.fromkeys(str(r["text"]) for r in cluster)),
                "lines": "; ".join(f"{r['text']}:{int(r['line'])}" for r in cluster),
                "quotes": " | ".join(f"「{r['quote']}」" for r in cluster), "links": " ".join(dict.fromkeys(r["link"] for r in cluster)),
                "n_statements": len(cluster), "screen": verdict, "screen_reason": reason, "census_count": census,
                "source": "+".join(sorted({str(r["source"]) for r in cluster})), "lead_source_lines": ";".join(str(int(r["line"])) for r in cluster),
            })
        kept = [f for f in found if f["screen"] == "kept"]
        for row in found:
            others = [f"{o['target_text']} ({o['lines']})" for o in kept if o is not row]
            row["conflict"] = row["screen"] == "kept" and bool(others)
            row["other_values"] = "; ".join(others) if row["conflict"] else ""
        out += found
    return out


def _naive(plan_rows: pd.DataFrame, observations: pd.DataFrame, indicator: str, entity: str, year: int) -> tuple[float | None, str]:
    """The naive forecast for ``year`` from the plan's stated baselines (see the module docstring)."""
    code = load_codebook()[indicator]
    measure = code.measure
    base = plan_rows[(plan_rows["kind"] == "baseline") & (plan_rows["indicator"] == indicator) & (plan_rows["entity"] == entity)
                     & plan_rows["value"].notna() & (plan_rows["year"] < year) & plan_rows["qualifier"].isin(["none", "approx", "range"])
                     & plan_rows["period_start"].isna() if "period_start" in plan_rows else plan_rows["value"].notna()]
    base = base[[screen(observations, indicator, entity, int(y), float(v))[0] == "kept" for y, v in zip(base["year"], base["value"])]] if len(base) else base
    points = base.sort_values(["year", "text", "line"], kind="mergesort").drop_duplicates("year")
    if points.empty:
        return None, "no stated baseline of this indicator and place in the plan's texts: no naive forecast"
    for year_stated, values in base[base["year"].isin(points.tail(2)["year"])].groupby("year")["value"]:
        low, high = float(values.min()), float(values.max())
        if high - low > metrics.tolerance(code.code, code.measure, code.unit, high):
            # two figures for one year (944.72万 and 559.56万): one of them is misread or of another base, and which one
            # is the plan's own cannot be told here; the naive forecast is withheld rather than built on either
            return None, (f"the plan's texts state {low:g} and {high:g} for {int(year_stated)}, beyond the tolerance: "
                          "no naive forecast")
    form = "compound growth" if measure == metrics.STOCK else "linear change"
    if len(points) >= 2:
        (t0, v0), (t1, v1) = [(int(r.year), float(r.value)) for r in points.tail(2).itertuples()]
        inputs = f"stated baselines {t0}: {v0:g}, {t1}: {v1:g}"
        method = f"{form} of the plan's stated baselines {t0}: {v0:g} → {t1}: {v1:g}, carried to {year}"
    else:
        t1, v1 = int(points.iloc[0]["year"]), float(points.iloc[0]["value"])
        census = official(observations, entity, indicator)
        census = census[(census["family"] == "census") & (census["year"] < t1)].drop_duplicates("year")
        if census.empty:
            return None, f"one stated baseline ({t1}: {v1:g}) and no census figure of {entity} before it in the sources: no naive forecast"
        t0, v0 = int(census.iloc[-1]["year"]), float(census.iloc[-1]["value"])
        inputs = f"census {t0}: {v0:g}, stated baseline {t1}: {v1:g}"
        method = f"{form} from the census ({t0}: {v0:g}) to the plan's stated baseline ({t1}: {v1:g}), carried to {year}"
    try:
        return accuracy.naive_forecast([(t0, v0), (t1, v1)], year, measure, indicator in metrics.SIGNED_INDICATORS), method
    except ValueError as error:
        return None, f"{inputs}; {error}: no naive forecast"


def _naive_mean(plan_rows: pd.DataFrame, observations: pd.DataFrame, indicator: str, entity: str, first: int | None, year: int) -> tuple[float | None, str]:
    """The naive forecast of a period average: the mean of the naive forecasts of its years."""
    if first is None:
        return None, "a period average without a stated first year: no naive forecast"
    before = plan_rows[plan_rows["year"] < first]  # the same baselines, stated before the period, for every year
    forecasts = [_naive(before, observations, indicator, entity, y) for y in range(first, year + 1)]
    if any(value is None for value, _ in forecasts):
        return None, forecasts[0][1]
    method = forecasts[-1][1].rsplit(", carried to", 1)[0]
    return float(np.mean([value for value, _ in forecasts])), f"{method}, carried to each year {first}–{year} and averaged (a period average)"


def _official_naive(observations: pd.DataFrame, row: dict, years: range) -> tuple[float | None, str, str]:
    """The naive forecast from the official figures the plan's authors could have had
    (:func:`analysis.demography.accuracy.official_points`), carried to each of ``years``
    (:func:`analysis.demography.accuracy.carried_forward`: two figures of one series by their trend,
    the rule of :func:`_naive`; the only figure of its series unchanged, persistence) and averaged
    (one year: its forecast; a period average: the mean). ``(value, method, basis)``: basis
    ``trend``, ``persistence`` or ``""`` (no forecast)."""
    indicator, entity = row["indicator"], row["entity"]
    points, reason = accuracy.official_points(official(observations, entity, indicator), row.get("issue_year"))
    if not points:
        return None, f"{reason}: no official-figure naive forecast", ""
    measure = load_codebook()[indicator].measure
    inputs = "; ".join(f"{p['year']}: {p['value']:g} ({p['vintage'].replace('_', ' ')}, {p['source']})" for p in points)
    carried = f"to {years[0]}" if len(years) == 1 else f"to each year {years[0]}–{years[-1]} and averaged (a period average)"
    try:
        forecasts = [accuracy.carried_forward([(p["year"], p["value"]) for p in points], y, measure, indicator in metrics.SIGNED_INDICATORS) for y in years]
    except ValueError as error:
        return None, f"official figures {inputs}; {error}: no official-figure naive forecast", ""
    basis = forecasts[0][1]
    if basis == accuracy.PERSISTENCE:
        method = (f"persistence (no change) from the only official figure of its series known before the plan was issued in "
                  f"{row['issue_year']} ({inputs}), carried unchanged {carried}{'; ' + reason if reason else ''}")
    else:
        form = "compound growth" if measure == metrics.STOCK else "linear change"
        method = f"trend: {form} of the official figures known before the plan was issued in {row['issue_year']} ({inputs}), carried {carried}"
    return float(np.mean([value for value, _ in forecasts])), method, basis


def _reading(row: dict, ambition: dict) -> tuple[float, str, float | None]:
    """``(value judged, qualifier judged, baseline)``: a seed target as the ambition table reads it
    (as in ``outcomes.csv``); otherwise as :mod:`analysis.model.progress` reads a target without an
    ambition row (a point target of a directional indicator is a floor or a ceiling)."""
    assessed = ambition.get((row["plan_id"], row["indicator"], row["entity"], row["year"], row["kind"], row["target_text"], row["qualifier"]))
    judged = metrics.target_value(row["qualifier"], row["value"], row["low"], row["high"], row["value"])
    if assessed is not None and not pd.isna(assessed.target):
        qualifier = row["qualifier"] if assessed.judged_as is None or pd.isna(assessed.judged_as) or assessed.judged_as == "" else assessed.judged_as
        baseline = None if pd.isna(assessed.baseline) else float(assessed.baseline)
        return float(assessed.target), qualifier, baseline
    better = load_codebook()[row["indicator"]].better
    qualifier = row["qualifier"]
    if qualifier in ("none", "approx") and better in ("higher", "lower"):
        qualifier = "ge" if better == "higher" else "le"
    return judged, qualifier, None


def _plan_baseline(statements: pd.DataFrame, row: dict, observations: pd.DataFrame) -> tuple[int, float] | None:
    """The plan's own latest stated baseline of the row's indicator and place before its year
    (figures the screen rejects left out): ``(year, value)``."""
    own = statements[(statements["plan_id"] == row["plan_id"]) & (statements["kind"] == "baseline") & (statements["indicator"] == row["indicator"])
                     & (statements["entity"] == row["entity"]) & (statements["year"] < row["year"]) & statements["value"].notna()]
    own = own[[screen(observations, row["indicator"], row["entity"], int(y), float(v))[0] == "kept" for y, v in zip(own["year"], own["value"])]] if len(own) else own
    if own.empty:
        return None
    last = own.sort_values(["year", "text", "line"], kind="mergesort").iloc[-1]
    return int(last["year"]), float(last["value"])


def _known_before(observations: pd.DataFrame, row: dict) -> tuple[int, float] | None:
    """The latest official figure of the row's place and indicator dated before the year the plan
    was issued — what its authors could know — as ``(year, value)``; ``None`` without an issue year."""
    if not row.get("issue_year"):
        return None
    known = official(observations, row["entity"], row["indicator"])
    known = known[known["year"] < int(row["issue_year"])]
    if known.empty:
        return None
    last = known[known["year"] == known["year"].max()].iloc[0]
    return int(last["year"]), float(last["value"])


def boundary_reason(entity: str, boundaries: dict[str, dict[int, tuple[float, float]]]) -> str:
    """Why a census figure of a place whose official figures are of another area than its plan's may have been
    (``data/reference/boundary_changes.csv``: :func:`analysis.sources.leiii_census.boundary_changes`) cannot judge a
    plan issued before 2020: its area changed between the censuses (2010 row), or its official 2020 figure counts a
    zone its counties do not hold, or the reverse (2020 row); "" when neither."""
    if entity not in boundaries:
        return ""
    reasons = []
    if 2010 in boundaries[entity]:
        old, new = boundaries[entity][2010]
        reasons.append(f"{entity}'s area changed between the censuses (2010 census {old / 1e4:.1f}万 on its 2010 boundaries, "
                       f"{new / 1e4:.1f}万 on its 2020 boundaries, {100 * (old / new - 1):+.1f}%): the official figures are of the 2020 area, "
                       f"and a plan issued before 2020 may be of the old one")
    if 2020 in boundaries[entity]:
        counties, official = boundaries[entity][2020]
        reasons.append(f"{entity}'s official 2020 census figure ({official / 1e4:.1f}万) is of another area than its counties "
                       f"({counties / 1e4:.1f}万 in the census county table, {100 * (counties / official - 1):+.1f}%: a zone administered "
                       f"across the boundary), and a plan issued before 2020 may be of either")
    return "; ".join(reasons)


def fared_rows(targets: list[dict], plans: dict[str, Plan], statements: pd.DataFrame, ambition: pd.DataFrame, observations: pd.DataFrame) -> list[dict]:
    """One row per distinct target or projection dated up to 2020: outcome, errors, naive forecast.
    One row and one verdict per target (:func:`one_verdict_per_target`): a plan's other statements of
    it are named in the judged row's note."""
    readings = {(r.plan_id, r.indicator, r.entity, r.year, r.kind, r.target_text, r.qualifier): r for r in ambition.itertuples()}
    out = []
    for row in targets:
        if row["year"] > ex_post.LAST_OBSERVED_YEAR:
            continue
        row = dict(row)
        if row["screen"] == "rejected":
            out.append({**row, "status": "", "note": _REJECTED[row["period"] == periods.CHANGE]})
            continue
        judged, qualifier, baseline = _reading(row, readings)
        if baseline is None:
            stated = _plan_baseline(statements, row, observations)
            baseline = None if stated is None else stated[1]
        row.update(target=judged, judged_as=qualifier)
        plan_rows = statements[statements["plan_id"] == row["plan_id"]]
        if row["period"] == periods.AVERAGE:
            row.update(periods.judge_average(observations, row["entity"], row["indicator"], row["period_start"], row["year"], qualifier, judged,
                                             row["low"], row["high"], baseline))
            naive, method = _naive_mean(plan_rows, observations, row["indicator"], row["entity"], row["period_start"], row["year"])
        else:
            row.update(ex_post.judge(observations, row["entity"], row["indicator"], row["year"], qualifier, judged, row["low"], row["high"], baseline))
            naive, method = _naive(plan_rows, observations, row["indicator"], row["entity"], row["year"])
        row.update(naive=naive, naive_method=method)
        if row["period"] == periods.AVERAGE and (row["period_start"] is None or pd.isna(row["period_start"])):
            official_naive, official_method, basis = None, "a period average without a stated first year: no official-figure naive forecast", ""
        else:
            first = int(row["period_start"]) if row["period"] == periods.AVERAGE else row["year"]
            official_naive, official_method, basis = _official_naive(observations, row, range(first, row["year"] + 1))
        row.update(official_naive=official_naive, official_naive_basis=basis, official_naive_method=official_method)
        exact = row.get("judged_by") in ("exact", "period mean")
        if exact and row["qualifier"] in FLOORS + CEILINGS:
            row["note"] = "; ".join(filter(None, [row.get("note", ""), "no log error or APE: a bound (ceiling or floor) states a limit, not an expected value; judged met or missed only"]))
        elif exact and row["indicator"] in metrics.SIGNED_INDICATORS:
            row["note"] = "; ".join(filter(None, [row.get("note", ""), "no log error or APE: the indicator's values cross zero (metrics.SIGNED_INDICATORS)"]))
        elif exact:
            outcome = row["outcome"]
            row.update(log_error=accuracy.log_error(judged, outcome), ape=accuracy.ape(judged, outcome))
            if row["log_error"] is None:
                row["note"] = "; ".join(filter(None, [row.get("note", ""), "no log error: the target or the outcome is not positive"]))
            if naive is not None:
                code = load_codebook()[row["indicator"]]
                band = metrics.tolerance(code.code, code.measure, code.unit, judged)
                row.update(naive_log_error=accuracy.log_error(naive, outcome), naive_ape=accuracy.ape(naive, outcome),
                           naive_status="met" if abs(naive - outcome) <= band else "missed")
            if official_naive is not None:
                code = load_codebook()[row["indicator"]]
                band = metrics.tolerance(code.code, code.measure, code.unit, judged)
                row.update(official_naive_log_error=accuracy.log_error(official_naive, outcome), official_naive_ape=accuracy.ape(official_naive, outcome),
                           official_naive_status="met" if abs(official_naive - outcome) <= band else "missed")
        out.append(row)
    return one_verdict_per_target(out)


def pace_rows(targets: list[dict], statements: pd.DataFrame, ambition: pd.DataFrame, observations: pd.DataFrame) -> list[dict]:
    """One row per distinct target or projection dated 2021–:data:`PACE_LAST`: the pace still
    needed from the latest official figure against the pace observed since the 2020 census.

    The direction a target asks for is the plan's: a seed target's as the ambition table reads
    it; otherwise from the plan's own latest stated baseline (up, down, or hold within the
    tolerance) — 东莞's 960万 for 2025, set from 839万 in 2018, asks for growth and is exceeded by the
    1053.68万 of 2021, not "moving away" from the 2020 census count above it. Without a stated
    baseline, from the latest official figure dated before the plan was issued (what its authors
    could know: 温州's 75% urbanisation for 2025, stated without a baseline, from 2021's 72.8%); without
    an issue year either, the progress rules take the direction from the 2020 figure."""
    readings = {(r.plan_id, r.indicator, r.entity, r.year, r.kind, r.target_text, r.qualifier): r for r in ambition.itertuples()}
    out = []
    reach = progress_rules.fastest_once()
    for row in targets:
        if not ex_post.LAST_OBSERVED_YEAR < row["year"] <= PACE_LAST:
            continue
        row = dict(row)
        if row["screen"] == "rejected":
            out.append({**row, "status": "", "note": _REJECTED[row["period"] == periods.CHANGE]})
            continue
        target = Target(row["plan_id"], row["indicator"], row["entity"], row["year"], row["kind"], row["target_text"], row["qualifier"],
                        row["value"], row["low"], row["high"], row["source"], row["lead_source_lines"], "", False)
        assessed = readings.get((row["plan_id"], row["indicator"], row["entity"], row["year"], row["kind"], row["target_text"], row["qualifier"]))
        direction_note = ""
        if assessed is None:
            value, qualifier, _ = _reading(row, readings)
            stated = _plan_baseline(statements, row, observations)
            if stated is None:
                stated = _known_before(observations, row)
                if stated is not None:
                    direction_note = (f"direction from the official figure of {stated[0]} ({stated[1]:g}), the latest before the plan "
                                      f"was issued: the plan states no baseline")
            if stated is not None:
                code = load_codebook()[row["indicator"]]
                band = metrics.tolerance(code.code, code.measure, code.unit, value)
                direction = "hold" if abs(value - stated[1]) <= band else ("up" if value > stated[1] else "down")
                assessed = SimpleNamespace(target=value, judged_as=qualifier, direction=direction)
        judged = progress_rules.judge_progress(target, assessed, ex_post.LAST_OBSERVED_YEAR, observations, reach)
        judged.pop("plan_id"), judged.pop("target_text")
        if direction_note:
            judged["note"] = "; ".join(filter(None, [judged.get("note") or "", direction_note]))
        if judged.get("still_needed_change") is not None and judged.get("observed_change") is not None:
            judged["pace_ratio"] = metrics.ratio(judged["still_needed_change"], judged["observed_change"])
        out.append({**row, **judged})
    return one_verdict_per_target(out)


def _precision(row: dict) -> tuple[int, bool, str, int]:
    """How a statement ranks among the conflicting statements of one target, first first: a number
    (plain or 左右) before a range before a bound (以上, 千万人: a limit, the least precise); then a
    table's statement before the text's (the progress table's rule, :mod:`analysis.model.progress`:
    泸州's sex ratio at birth for 2030, 106 in the table, 107 in the text); then the first stated."""
    rank = 2 if row["qualifier"] in FLOORS + CEILINGS else (1 if row["qualifier"] == "range" else 0)
    text, _, line = str(row["lines"]).split("; ")[0].rpartition(":")
    return rank, "table" not in str(row.get("source", "")), text, int(line) if line.isdigit() else 0


def one_verdict_per_target(rows: list[dict]) -> list[dict]:
    """One row and one verdict per target of ``fared`` and ``fared_pace``: where a plan states different numbers for
    one indicator, place and year (``conflict``: 佛山's 2025 plan, 1016万人 and 千万人 for 2030), the
    statement ranked first by :func:`_precision` is judged and keeps the row; each other is named in
    its note with the verdict it would get, as the progress table names a target's second statement."""
    groups: dict[tuple, list[int]] = {}
    for index, row in enumerate(rows):
        if row.get("conflict"):
            groups.setdefault((row["plan_id"], row["indicator"], row["entity"], row["year"]), []).append(index)
    dropped: set[int] = set()
    why = ("the more precise statement", "the table's statement", "the first stated")
    for indices in groups.values():
        lead, *others = sorted(indices, key=lambda i: _precision(rows[i]))
        named = []
        for other in others:
            first, second = _precision(rows[lead]), _precision(rows[other])
            reason = why[0] if first[0] != second[0] else (why[1] if first[1] != second[1] else why[2])
            named.append(f"the plan also states {rows[other]['target_text']} ({rows[other]['lines']}) for this target "
                         f"({rows[other].get('status') or 'not judged'}): {rows[lead]['target_text']} is judged, {reason}")
        rows[lead]["note"] = "; ".join(filter(None, [rows[lead].get("note") or "", *named]))
        dropped.update(others)
    return [row for index, row in enumerate(rows) if index not in dropped]


def _withheld(n_targets: int, n_plans: int) -> str:
    if n_targets < metrics.MIN_SUMMARY_TARGETS or n_plans < metrics.MIN_SUMMARY_PLANS:
        return (f"{n_targets} target(s) from {n_plans} plan(s): below the minimum of {metrics.MIN_SUMMARY_TARGETS} targets "
                f"from {metrics.MIN_SUMMARY_PLANS} plans")
    return ""


def summary(fared: pd.DataFrame) -> list[dict]:
    """Summaries of the targets (kind ``target``, kept by the screen) with an exact outcome, overall,
    for the population-development plans proper (:data:`analysis.vocabulary.POPULATION_PLANS_PROPER`)
    against all other plan families (``family group``: both rows always), by level of government of
    the plan's place, by indicator, by plan vintage and by plan family: median signed log
    error and MAPE with plan-clustered bootstrap 90% intervals (:func:`accuracy.cluster_bootstrap`),
    share met (of all judged, exact or bound), the same for each naive forecast (:data:`NAIVE_FORECASTS`:
    the plan's own baselines, the official figures published before the plan; each over the targets
    that have one, with its counts), and planners minus each naive (difference of medians and of MAPEs
    on the targets with both, resampled together: :func:`_naive_summary`). A cell below :data:`metrics.MIN_SUMMARY_TARGETS` targets or
    :data:`metrics.MIN_SUMMARY_PLANS` plans is withheld: empty, with the reason."""
    targets = fared[(fared["kind"] == "target") & (fared["screen"] == "kept")]
    judged_any = targets[targets["status"].isin(_JUDGED)]
    proper = targets["plan_family"].isin(POPULATION_PLANS_PROPER)
    groups = [("overall", "all", targets), ("family group", PROPER, targets[proper]), ("family group", OTHERS, targets[~proper])]
    order = {"plan_level": lambda k: (_LEVEL_ORDER.get(k, 9), k), "plan_family": lambda k: (CORPUS_PLAN_FAMILIES.index(k), k)}
    for column, name in (("plan_level", "level"), ("indicator", "indicator"), ("vintage", "vintage"), ("plan_family", "family")):
        # groups with at least one judged target (an indicator no outcome exists for has no row)
        keys = sorted(judged_any[column].unique(), key=order.get(column, lambda k: k))
        groups += [(name, key, targets[targets[column] == key]) for key in keys]
    return [_summary_row(group, key, rows) for group, key, rows in groups]


def _summary_row(group: str, key: str, rows: pd.DataFrame) -> dict:
    """One row of :func:`summary` over ``rows`` (targets kept by the screen)."""
    judged = rows[rows["status"].isin(_JUDGED)]
    exact = rows[rows["log_error"].notna()]
    row = {"group": group, "group_value": key, "n_targets": len(exact), "n_plans": exact["plan_id"].nunique(), "n_judged": len(judged),
           "n_judged_plans": judged["plan_id"].nunique()}
    reasons = []
    reason = _withheld(len(exact), row["n_plans"])
    if reason:
        reasons.append(f"errors withheld: {reason}")
    else:
        estimate, low, high = accuracy.cluster_bootstrap(exact["log_error"].to_numpy(float), exact["plan_id"].tolist(), accuracy.median_of)
        row.update(median_log_error=estimate, median_log_error_low=low, median_log_error_high=high)
        estimate, low, high = accuracy.cluster_bootstrap(exact["ape"].to_numpy(float), exact["plan_id"].tolist(), accuracy.mean_of)
        row.update(mape=estimate, mape_low=low, mape_high=high)
    reason = _withheld(len(judged), row["n_judged_plans"])
    if reason:
        reasons.append(f"share met withheld: {reason}")
    else:
        row["share_met"] = float(judged["status"].isin(["met", "as stated"]).mean())
    for naive_kind, words in NAIVE_FORECASTS:
        reason = _naive_summary(row, exact, naive_kind)
        if reason:
            reasons.append(f"{words} withheld: {reason}")
    for basis, words in OFFICIAL_BASES:
        reason = _naive_summary(row, exact[exact["official_naive_basis"] == basis], "official_naive", f"official_naive_{basis}")
        if reason and row[f"official_naive_{basis}_n_targets"]:
            reasons.append(f"{words} withheld: {reason}")
    row["withheld_reason"] = "; ".join(reasons)
    return row


#: The two naive forecasts the summary sets beside the plans' targets: (column prefix, words):
#: from the plan's own stated baselines (:func:`_naive`) and from the official figures published
#: before the plan was issued (:func:`_official_naive`).
NAIVE_FORECASTS = (("naive", "naive forecast"), ("official_naive", "official-figure naive forecast"))
#: The official-figure naive forecast's two bases, summarised apart as well (``official_naive_trend_*``,
#: ``official_naive_persistence_*``): the trend of two figures of one series, and the no-change
#: (persistence) forecast of the only one — biased low wherever the indicator grows, so never pooled
#: silently (:func:`analysis.demography.accuracy.carried_forward`).
OFFICIAL_BASES = ((accuracy.TREND, "official-figure naive forecast (trend)"), (accuracy.PERSISTENCE, "official-figure naive forecast (persistence)"))
#: The column names of the planners-minus-naive differences of each naive forecast (the plan-baseline
#: naive keeps the names it had).
MINUS_COLUMNS = {"naive": ("planners_minus_naive_median_log_error", "planners_minus_naive_low", "planners_minus_naive_high", "planners_minus_naive_mape"),
          **{prefix: (f"planners_minus_{prefix}_median_log_error", f"planners_minus_{prefix}_low", f"planners_minus_{prefix}_high",
                      f"planners_minus_{prefix}_mape")
             for prefix in ("official_naive", *(f"official_naive_{basis}" for basis, _ in OFFICIAL_BASES))}}


def _naive_summary(row: dict, exact: pd.DataFrame, prefix: str, out: str | None = None) -> str:
    """The naive forecast ``prefix`` over the point targets ``exact`` that have one: its counts,
    median log error and MAPE with plan-clustered intervals, share met, and planners minus naive
    (difference of medians and of MAPEs on the same targets, resampled together), in the columns
    named with ``out`` (default ``prefix``); the reason when withheld (:func:`_withheld`), else ``""``."""
    naive = exact[exact[f"{prefix}_log_error"].notna()]
    naive = naive.rename(columns={c: c.replace(prefix, out, 1) for c in naive.columns if c.startswith(f"{prefix}_")}) if out else naive
    prefix = out or prefix
    row.update({f"{prefix}_n_targets": len(naive), f"{prefix}_n_plans": naive["plan_id"].nunique()})
    reason = _withheld(len(naive), row[f"{prefix}_n_plans"])
    if reason:
        return reason
    clusters = naive["plan_id"].tolist()
    estimate, low, high = accuracy.cluster_bootstrap(naive[f"{prefix}_log_error"].to_numpy(float), clusters, accuracy.median_of)
    row.update({f"{prefix}_median_log_error": estimate, f"{prefix}_median_log_error_low": low, f"{prefix}_median_log_error_high": high})
    estimate, low, high = accuracy.cluster_bootstrap(naive[f"{prefix}_ape"].to_numpy(float), clusters, accuracy.mean_of)
    row.update({f"{prefix}_mape": estimate, f"{prefix}_mape_low": low, f"{prefix}_mape_high": high})
    row[f"{prefix}_share_met"] = float((naive[f"{prefix}_status"] == "met").mean())
    paired = naive[["log_error", f"{prefix}_log_error", "ape", f"{prefix}_ape"]].to_numpy(float)
    median_name, low_name, high_name, mape_name = MINUS_COLUMNS[prefix]
    estimate, low, high = accuracy.cluster_bootstrap(paired, clusters, lambda a: accuracy.median_of(a[..., 0]) - accuracy.median_of(a[..., 1]))
    row.update({median_name: estimate, low_name: low, high_name: high})
    estimate, low, high = accuracy.cluster_bootstrap(paired, clusters, lambda a: accuracy.mean_of(a[..., 2]) - accuracy.mean_of(a[..., 3]))
    row.update({mape_name: estimate, f"{mape_name}_low": low, f"{mape_name}_high": high})
    return ""


def _natural_rate(observations: pd.DataFrame, entity: str, up_to: int) -> tuple[float, int, str] | None:
    """The latest official natural growth rate (‰) of a place up to ``up_to``: (rate, year, source)."""
    rows = official(observations, entity, "natural_growth_rate")
    rows = rows[rows["year"] <= up_to].drop_duplicates("year")
    if rows.empty:
        return None
    last = rows.iloc[-1]
    return float(last["value"]), int(last["year"]), f"{last['source_id']}: {str(last['locator']).split(': ')[0]}"


def zero_sum(targets: list[dict], plans: dict[str, Plan], observations: pd.DataFrame) -> tuple[list[dict], list[dict]]:
    """The provinces' population targets against the nation, and the parts against the whole: the
    rows of ``zero_sum`` and of ``zero_sum_parts`` (one a part summed in a row: its place, plan,
    target as written, qualifier, value summed, its plan's issue year, its text lines, and its census
    count and implied net migration where computed).

    For 2020 and 2030: the sum of the resident-population targets of the provinces (and
    province-level municipalities) whose plans state one, against the national plans' targets for
    the year (every distinct national figure, as read) and the national census count (2020), with
    the covered provinces' share of the national census population. For each province or
    prefecture whose plans sit beside plans of places inside it (广东省 with 佛山市, 东莞市; 佛山市
    with 南海区, 高明区), the sum of the parts' targets against the whole's census count and target.

    A ceiling or floor is summed at its bound, a range at its midpoint. One figure per place and year: the latest-issued plan's, and among its statements of different
    numbers the first stated, a figure before a bound (a headline's 千万人口大市, ≥1000万, after the body's
    1016万人; the others in ``note``). Each figure's implied net migration is the
    balancing equation (:func:`analysis.demography.accounting.balance`) from the place's census
    count of 2010 (targets up to 2020) or 2020 (later targets), with natural increase at the
    latest official natural growth rate of the place up to that census year or, for later targets,
    up to 2024; the sum of the implied migration says whether the places together plan to gain
    people from one another (their sum must be met by someone's loss). ``n_gaining`` counts the parts
    whose point, range or floor implies net in-migration: a ceiling's implied migration is the most it
    allows, not a plan to gain; the sum of the implied migration includes the most each ceiling allows.
    A target the screen rejected (another place's figure, a level of the past, a place whose area changed
    between the censuses) is not summed.

    Only adopted targets are summed: a population figure of a study, projection or speech
    (:data:`analysis.vocabulary.NOT_ADOPTED_FAMILIES`: 上海's 2010 人口发展趋势预测), and a plan's projection
    (浙江's peak 6000万 for 2030), is named in the row's ``note`` and left out of the sum, the national
    targets and the parts.
    """
    from analysis.gazetteer import by_name

    stated = [t for t in targets if t["indicator"] == "pop_resident" and t["screen"] == "kept" and t["kind"] in ("target", "projection")]
    population = [t for t in stated if t["kind"] == "target" and plans[t["plan_id"]].family not in NOT_ADOPTED_FAMILIES]
    # named in the note, never summed: a study's figure, and any plan's projection (浙江's peak 到2030年达到顶峰6000万)
    not_adopted = [t for t in stated if t["kind"] == "projection" or plans[t["plan_id"]].family in NOT_ADOPTED_FAMILIES]
    chosen: dict[tuple[str, int], dict] = {}
    bound = {"ge", "gt", "le", "lt", "above", "below"}
    for t in sorted(population, key=lambda t: (-(plans[t["plan_id"]].issue_year or 0), t["plan_id"], t["qualifier"] in bound, t["lines"])):
        key = (t["entity"], t["year"])
        if key not in chosen:
            chosen[key] = {**t, "others": []}
        else:
            chosen[key]["others"].append(f"{t['target_text']} ({t['plan_id']})")
    national_census = _census_count(observations, "中国", 2020)
    out, summed = [], []

    def unsummed(year: int, names: set[str]) -> str:
        """The figures of a study, projection or speech (not adopted, :data:`NOT_ADOPTED_FAMILIES`) for places
        in ``names`` and ``year``: named in a row's note, never summed."""
        left = sorted({(t["entity"], t["target_text"], t["plan_id"], t["kind"] == "projection" and plans[t["plan_id"]].family not in NOT_ADOPTED_FAMILIES)
                       for t in not_adopted if t["year"] == year and t["entity"] in names})
        return "; ".join(f"not summed, a plan's projection, not its target: {e} {text} ({plan})" if projected else
                         f"not summed, a figure of a study, projection or speech, not an adopted plan: {e} {text} ({plan})"
                         for e, text, plan, projected in left)

    def part_rows(row: dict, figures: list[dict]) -> None:
        summed.extend({"comparison": row["comparison"], "year": row["year"], "whole": row["whole"], "entity": f["entity"], "plan_id": f["plan_id"],
                       "target_text": f["text"], "qualifier": f["qualifier"], "value": f["value"], "issue_year": f["issue_year"], "lines": f["lines"],
                       "census_year": f["base_year"], "census_count": f["census"], "implied_net_migration": f["migration"]} for f in figures)

    def figure(entity: str, year: int) -> dict:
        t = chosen[(entity, year)]
        # a range (1000万至1050万) is summed at its midpoint, the value the extractor gives it; a bound at the bound
        value = t["value"] if t["qualifier"] == "range" else metrics.target_value(t["qualifier"], t["value"], t["low"], t["high"], t["value"])
        base_year = 2010 if year <= ex_post.LAST_OBSERVED_YEAR else 2020
        census = official(observations, entity, "pop_resident")
        census = census[(census["family"] == "census") & (census["year"] == base_year)]
        others = f"also stated: {', '.join(t['others'])}" if t["others"] else ""
        result = {"entity": entity, "value": value, "text": t["target_text"], "plan_id": t["plan_id"], "census": None, "migration": None, "note": others,
                  "base_year": base_year, "qualifier": t["qualifier"], "issue_year": plans[t["plan_id"]].issue_year, "lines": t["lines"]}
        if census.empty:
            result["note"] = "; ".join(filter(None, [others, f"no {base_year} census count"]))
            return result
        p0 = float(census.iloc[0]["value"])
        result["census"] = p0
        if year <= base_year:
            # a target dated at or before the census it would start from (成都's 2005 ceiling and the
            # 2010 census): the balancing equation runs forward only
            result["note"] = "; ".join(filter(None, [others, f"dated {year}, not after the {base_year} census: no implied migration"]))
            return result
        rate = _natural_rate(observations, entity, base_year if year <= ex_post.LAST_OBSERVED_YEAR else 2024)
        if rate is None:
            result["note"] = "; ".join(filter(None, [others, "no official natural growth rate: no implied migration"]))
            return result
        _, migration, _ = accounting.balance(p0, value, year - base_year, rate[0])
        result.update(migration=migration, rate=rate)
        return result

    def describe(figures: list[dict]) -> tuple[str, str]:
        parts = ", ".join(f"{f['entity']} {f['text']} ({f['plan_id']}"
                          + (f"; implied net migration {f['migration']:+.1f}万 from the {f['base_year']} census)" if f["migration"] is not None else ")")
                          for f in figures)
        rates = "; ".join(f"{f['entity']} {f['rate'][0]:g}‰ ({f['rate'][1]}, {f['rate'][2]})" for f in figures if f.get("rate"))
        return parts, rates

    for year in (2020, 2030):
        provinces = sorted(e for (e, y) in chosen if y == year and (by_name(e) is not None and by_name(e).level == "province"))
        nation = [t for (e, y), t in chosen.items() if e == "中国" and y == year]
        national_targets = sorted({(t["value"], t["target_text"], t["plan_id"]) for t in population if t["entity"] == "中国" and t["year"] == year})
        figures = [figure(e, year) for e in provinces]
        parts, rates = describe(figures)
        census_2020 = [(_census_count(observations, f["entity"], 2020) or (None, None))[1] for f in figures]
        row = {
            "comparison": "provinces against the nation", "year": year, "whole": "中国", "n_parts": len(figures), "parts": parts,
            "sum_of_targets": sum(f["value"] for f in figures) if figures else None,
            "whole_targets": "; ".join(f"{text} = {value:g}万 ({plan})" for value, text, plan in national_targets),
            "whole_target": national_targets[0][0] if len(national_targets) == 1 else (nation[0]["value"] if nation else None),
            "whole_census_2020": national_census[1] if national_census else None,
            "parts_census_2020": sum(c for c in census_2020 if c is not None) if figures else None,
            "implied_net_migration": sum(f["migration"] for f in figures if f["migration"] is not None) if any(f["migration"] is not None for f in figures) else None,
            "n_migration": sum(f["migration"] is not None for f in figures), "natural_rates": rates,
            "note": "; ".join(filter(None, [*(f"{f['entity']}: {f['note']}" for f in figures if f["note"]),
                                            unsummed(year, {t["entity"] for t in not_adopted if (by_name(t["entity"]) is not None and by_name(t["entity"]).level == "province")})])),
        }
        if row["parts_census_2020"] is not None and row["whole_census_2020"]:
            row["parts_share_of_whole_census"] = row["parts_census_2020"] / row["whole_census_2020"] * 100
        out.append(row)
        part_rows(row, figures)
    # parts against the whole: a place whose plans sit beside plans of places inside it
    entities = sorted({e for (e, _y) in chosen} | {p.place for p in plans.values()})
    for whole_name in sorted({p.place for p in plans.values()}):
        whole = by_name(whole_name)
        if whole is None or whole.level not in ("province", "prefecture"):
            continue
        inside = []
        for e in entities:
            place = by_name(e)
            if place is None or place.name == whole.name:
                continue
            if (whole.level == "province" and place.province == whole.name and place.level == "prefecture") or (whole.level == "prefecture" and place.prefecture == whole.name and place.level == "county"):
                inside.append(place.name)
        if not inside:
            continue
        for year in sorted({y for (e, y) in chosen if e in inside}):
            members = [e for e in inside if (e, year) in chosen]
            figures = [figure(e, year) for e in members]
            parts, rates = describe(figures)
            whole_census = _census_count(observations, whole.name, 2020)
            row = {
                "comparison": "parts against the whole", "year": year, "whole": whole.name, "n_parts": len(figures), "parts": parts,
                "sum_of_targets": sum(f["value"] for f in figures),
                "whole_targets": chosen[(whole.name, year)]["target_text"] if (whole.name, year) in chosen else "",
                "whole_target": figure(whole.name, year)["value"] if (whole.name, year) in chosen else None,
                "whole_census_2020": whole_census[1] if whole_census else None,
                "parts_census_2020": sum((_census_count(observations, e, 2020) or (0, 0.0))[1] for e in members),
                "implied_net_migration": sum(f["migration"] for f in figures if f["migration"] is not None) if any(f["migration"] is not None for f in figures) else None,
                "n_migration": sum(f["migration"] is not None for f in figures), "natural_rates": rates,
                "note": "; ".join(filter(None, [*(f"{f['entity']}: {f['note']}" for f in figures if f["note"]), unsummed(year, set(inside))])),
            }
            if row["whole_census_2020"]:
                row["parts_share_of_whole_census"] = row["parts_census_2020"] / row["whole_census_2020"] * 100
            out.append(row)
            part_rows(row, figures)
    for row in out:
        row["n_gaining"] = sum(p["implied_net_migration"] is not None and p["implied_net_migration"] > 0 and p["qualifier"] not in CEILINGS for p in summed
                               if (p["comparison"], p["year"], p["whole"]) == (row["comparison"], row["year"], row["whole"]))
        if row.get("whole_target") is not None and row.get("sum_of_targets") is not None:
            row["sum_minus_whole_target"] = row["sum_of_targets"] - row["whole_target"]
    return out, summed


def fared_tables(seed_indicators: pd.DataFrame, seed_plans: pd.DataFrame, corpus_indicators: pd.DataFrame, corpus_manifest: pd.DataFrame,
                 reference: pd.DataFrame, observations: pd.DataFrame, ambition: pd.DataFrame,
                 boundaries: dict[str, dict[int, tuple[float, float]]]) -> dict[str, list[dict]]:
    """The rows of ``fared``, ``fared_pace``, ``zero_sum`` and ``zero_sum_parts`` (the summary is made from the typed
    ``fared`` table: :func:`summary`); ``boundaries``: the prefectures whose area changed between the censuses
    (``data/reference/boundary_changes.csv``: :func:`analysis.sources.leiii_census.boundary_changes`)."""
    plans, statements = plans_and_statements(seed_indicators, seed_plans, corpus_indicators, corpus_manifest, reference)
    targets = plan_statements(plans, statements, observations, boundaries)
    fared = fared_rows(targets, plans, statements, ambition, observations)
    zero, zero_parts = zero_sum(targets, plans, observations)
    return {"fared": fared, "fared_pace": pace_rows(targets, statements, ambition, observations), "zero_sum": zero, "zero_sum_parts": zero_parts}


def gold_statements(gold: pd.DataFrame) -> pd.DataFrame:
    """The hand-annotated levels of the corpus texts (``corpus/gold/levels.csv``, read as text) as
    rows of the corpus extraction table — the columns :func:`plans_and_statements` reads — so that
    the same plans, merging, screens, outcomes and errors run on them: ``plan_id`` the text id (as
    the corpus extraction writes it), the unit normalised (:func:`analysis.units.normalise_unit`), a
    range ``a~b`` read by :func:`analysis.units.expected_bounds` (its value the
    midpoint, as the extractor writes one), a floor's lower and a ceiling's upper bound its value,
    ``value_text`` the number and unit as annotated. Indicators the codebook lacks (``uncoded:…``)
    pass through and are left out where the extraction's would be."""
    rows = []
    for level in gold.itertuples():
        low, high = expected_bounds(str(level.value))
        qualifier = str(level.qualifier)
        start = str(level.period_start).strip()
        rows.append({
            "seed_file": f"{level.text_id}.txt", "plan_id": level.text_id, "entity": level.entity, "indicator": level.indicator, "indicator_raw": "",
            "unit": normalise_unit(str(level.unit)), "unit_raw": str(level.unit), "year": int(level.year), "period_start": float(start) if start else np.nan,
            "value": (low + high) / 2, "value_text": f"{level.value}{level.unit}",
            "value_low": low if qualifier == "range" or qualifier in FLOORS else np.nan,
            "value_high": high if qualifier == "range" or qualifier in CEILINGS else np.nan,
            "qualifier": qualifier, "strive": False, "kind": level.kind, "source": level.source, "binding": "", "line": int(level.line),
            "value_start": 0, "quote": level.quote,
        })
    return pd.DataFrame(rows)


def judged_rows(seed_indicators: pd.DataFrame, seed_plans: pd.DataFrame, corpus_indicators: pd.DataFrame, corpus_manifest: pd.DataFrame,
                reference: pd.DataFrame, observations: pd.DataFrame, ambition: pd.DataFrame, boundaries: dict[str, dict[int, tuple[float, float]]]) -> list[dict]:
    """The rows of ``fared`` alone (plans, statements, targets, outcomes: :func:`fared_tables`'s first table)."""
    plans, statements = plans_and_statements(seed_indicators, seed_plans, corpus_indicators, corpus_manifest, reference)
    return fared_rows(plan_statements(plans, statements, observations, boundaries), plans, statements, ambition, observations)


#: The two readings of the corpus texts the sensitivity table sets side by side.
AS_EXTRACTED, AS_ANNOTATED = "as extracted", "as annotated by hand"
#: The plans each reading is summarised over: (scope, which rows of ``fared``).
SCOPES = (
    ("all plans", lambda f: f["plan_id"].notna()),
    ("corpus plans", lambda f: f["plan_source"] == "corpus"),
    (PROPER, lambda f: f["plan_family"].isin(POPULATION_PLANS_PROPER)),
)


def target_keys(fared: pd.DataFrame) -> set[tuple]:
    """The targets and projections of a ``fared`` table as ``(plan_id, indicator, entity, year,
    value)`` — one target whatever qualifier or kind either reading gave it."""
    return {(r.plan_id, r.indicator, r.entity, int(r.year), round(float(r.value), 6)) for r in fared.itertuples()}


def sensitivity(extracted: pd.DataFrame, annotated: pd.DataFrame) -> list[dict]:
    """How the judgement moves when the corpus texts' targets are read by hand instead of by the
    extractor (``fared_sensitivity.csv``): for each reading (:data:`AS_EXTRACTED`: the ``fared``
    table; :data:`AS_ANNOTATED`: the same built from :func:`gold_statements`) and each scope
    (:data:`SCOPES`), the targets and projections dated up to 2020 and their plans, and the
    summary of :func:`summary` over them (targets kept by the screen: judged, point targets with an
    error, median signed log error and MAPE with plan-clustered bootstrap 90% intervals, share met),
    with the targets of the scope in this reading and not in the other (:func:`target_keys`)."""
    tables = {AS_EXTRACTED: extracted, AS_ANNOTATED: annotated}
    out = []
    for scope, where in SCOPES:
        keys = {basis: target_keys(frame[where(frame)]) for basis, frame in tables.items()}
        for basis, frame in tables.items():
            rows = frame[where(frame)]
            kept = rows[(rows["kind"] == "target") & (rows["screen"] == "kept")]
            summary_row = _summary_row("", "", kept)
            other = keys[AS_ANNOTATED if basis == AS_EXTRACTED else AS_EXTRACTED]
            out.append({
                "basis": basis, "scope": scope, "n_targets": len(rows), "n_plans": rows["plan_id"].nunique(),
                "n_judged": summary_row["n_judged"], "n_judged_plans": summary_row["n_judged_plans"],
                "n_point_errors": summary_row["n_targets"], "n_point_plans": summary_row["n_plans"],
                **{k: summary_row.get(k) for k in ("median_log_error", "median_log_error_low", "median_log_error_high", "mape", "mape_low", "mape_high", "share_met")},
                "n_not_in_other": len(keys[basis] - other),
                "withheld_reason": "; ".join(part for part in summary_row["withheld_reason"].split("; ") if "naive forecast withheld" not in part),
            })
    return out
