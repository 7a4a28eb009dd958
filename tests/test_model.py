"""Trend models and ambition: figures worked by hand from the seeds, and every edge case."""

from __future__ import annotations

import math
import numpy as np

import pandas as pd
import pytest

from analysis import paths
from analysis.codebook import load_codebook
from analysis.demography import metrics
from analysis.model.judge import TrendInputs, assess_trend
from analysis.demography.series import Point, reference_points
from analysis.model.statements import Target
from analysis.model.stage import model
from analysis.sources.stage import reference_table
from analysis.model.trends import fit
from analysis import vocabulary


@pytest.fixture(scope="module")
def observations():
    from analysis.sources.observations import observations_table

    return observations_table(reference_table())


@pytest.fixture(scope="module")
def tables(extraction_tables, observations):
    from analysis.consistency.stage import verdicts_table

    indicators, changes, plans = extraction_tables
    reference = reference_table()
    from analysis.demography import metrics
    from analysis.sources import leiii_census

    return model(indicators, changes, plans, reference, observations, verdicts_table(indicators, plans, reference, observations),
                 boundary_changes=leiii_census.boundary_change_table(metrics.BOUNDARY_CHANGE))


@pytest.fixture(scope="module")
def extraction_tables(documents, manifest):
    from analysis.extract.stage import extract_documents

    extraction = extract_documents(list(documents.values()), manifest)
    return extraction.indicators, extraction.changes, extraction.plans


def row(frame: pd.DataFrame, **where) -> pd.Series:
    for column, wanted in where.items():
        frame = frame[frame[column] == wanted]
    assert len(frame) == 1, where
    return frame.iloc[0]


# --- hand-worked figures ---------------------------------------------------------------------

def test_chongqing_population_2020(tables):
    a = row(tables["ambition"], plan_id="chongqing-2016-2030", indicator="pop_resident", year=2020)
    # 3016.55万 in 2015 to about 3200万 in 2020; 2884.62万 in 2010
    required = ((3200 / 3016.55) ** (1 / 5) - 1) * 100
    historical = ((3016.55 / 2884.62) ** (1 / 5) - 1) * 100
    assert round(required, 2) == 1.19 and round(historical, 2) == 0.90
    assert a["required_change"] == pytest.approx(required, abs=1e-6)
    assert a["historical_change"] == pytest.approx(historical, abs=1e-6)
    assert a["required_over_historical"] == pytest.approx(required / historical, rel=1e-6)
    # two points: the log-linear trend is the 2010–2015 growth carried on: 3016.55 × (1+g)^5
    assert a["projection"] == pytest.approx(3016.55 * (3016.55 / 2884.62), rel=1e-7)
    assert (a["model"], a["data"], a["baseline_origin"], a["indicator_kind"]) == ("loglinear", "plan+reference", "plan table, line 63", "population stock")
    # no prediction interval from two points: the empirical band of provinces' census-trend errors, 5 years ahead
    width = tables["bands"].query("indicator == 'pop_resident' and use == 'band'")["halfwidth_per_year"].iloc[0]
    assert a["band_low"] == pytest.approx(a["projection"] * math.exp(-5 * width), rel=1e-5) and "empirical" in a["band_source"]
    assert a["band_class"] == "on trend"  # 3200 lies inside the symmetric band: the ratio of 1.32 alone would say ambitious
    assert row(tables["sensitivity"], plan_id="chongqing-2016-2030", indicator="pop_resident", year=2020)["without_band"] == "ambitious"
    # the calibrated class (#20): the pace gap 1.19 − 0.90 among provinces' 5-year trend errors
    assert a["pace_gap"] == pytest.approx(a["required_change"] - a["trend_change"], abs=2e-6)  # each rounded to 6 places
    assert 85 < a["error_percentile"] <= 90 and a["class"] == "on trend" and "at 5 years" in a["error_distribution"]


def test_suining_holds_a_census_level_against_a_falling_trend(tables):
    a = row(tables["ambition"], plan_id="suining-2030-draft", indicator="pop_resident")
    census_2010, census_2020 = 325.2551, (1427876 + 1386320) / 10000
    assert a["baseline"] == pytest.approx(census_2020) and "318.9" not in a["series"]  # not the 2019 estimate of 318.9
    assert a["series"].count("reference census") == 2  # census counts only: no annual estimate is spliced in
    assert a["projection"] == pytest.approx(census_2020 * (census_2020 / census_2010), rel=1e-7)
    # a held level against a falling trend stops the trend, it does not reverse it (#20): the gap decides
    assert a["direction"] == "hold" and a["class"] in ("ambitious", "very ambitious") and "holding needs the trend stopped" in a["reason"]
    half = (a["projection"] - a["band_low"]) if a["target"] < a["projection"] else (a["band_high"] - a["projection"])
    assert a["gap_over_band"] == pytest.approx(abs(a["target"] - a["projection"]) / max(half, a["tolerance"]))
    assert a["class"] == ("ambitious" if a["gap_over_band"] <= metrics.VERY_AMBITIOUS else "very ambitious")


def test_one_point_only(tables):
    a = row(tables["ambition"], plan_id="chongqing-2016-2030", indicator="tfr", year=2030)
    assert (a["class"], a["reason"]) == ("not assessable", "loglinear trend not fitted: one point only (2015)")
    assert a["required_change"] == pytest.approx((1.8 - 1.56) / 15)


def test_audit_rejected_history_is_left_out(tables):
    a = row(tables["ambition"], plan_id="luzhou-2022-2030", indicator="srb", year=2030, target_text="106")
    assert (a["direction"], a["baseline"], a["series"]) == ("down", 109.2, "2020: 109.2 (plan table, line 133)")
    assert "102.77 (text line 61) — internal.implausible_value" in a["rejected_inputs"] and "101.70" in a["rejected_inputs"]
    assert a["class"] == "not assessable"  # one point left: no trend; with 102.77 the class was "reverses trend"
    assert row(tables["sensitivity"], plan_id="luzhou-2022-2030", indicator="srb", year=2030, target_text="106")["with_rejected_inputs"] == "reverses trend"
    assert (a["other_statements"], a["consistency_check"]) == ("text line 124: 107 (target)", "internal.text_vs_table")


def test_revised_vintage_neither_rejects_the_plan_nor_enters_its_trend(tables):
    # Chongqing's 2015 natural increase: the plan's 3.86‰ is the first-published figure; the 2021 yearbook's 4.01‰
    # is the series revised after the 2020 census (#20). The plan's figure is kept, the revised one never spliced in.
    a = row(tables["ambition"], plan_id="chongqing-2016-2030", indicator="natural_growth_rate", year=2030)
    assert a["rejected_inputs"] == "" and a["baseline"] == 3.86 and "4.01" not in a["series"]
    reference = reference_table()
    chongqing_2015 = reference[(reference["entity"] == "重庆市") & (reference["year"] == 2015) & (reference["role"] == "statistic")]
    revised = chongqing_2015[chongqing_2015["source_file"] == "reference_statistics.csv"]
    assert set(revised["vintage"]) == {"revised_after_2020_census"}  # population, urbanisation, birth rate, natural increase
    # the China Statistical Yearbook 2016 (collected) gives the first-published rates: 3.86‰ is the plan's own baseline
    first = chongqing_2015[(chongqing_2015["source_file"] == "collected_statistics.csv") & (chongqing_2015["indicator"] == "natural_growth_rate")]
    assert list(first["vintage"]) == ["first_published"] and list(first["value"]) == [3.86]


def test_baseline_consistent_with_official_statistics(tables):
    a = row(tables["ambition"], plan_id="luzhou-2022-2030", indicator="urbanization_resident", year=2025)
    assert (a["baseline"], a["baseline_origin"]) == (50.24, "plan text, line 89")  # the census gives 50.24; the table's 53 is rejected
    assert "53 (table line 136) — internal.text_vs_table" in a["rejected_inputs"]
    logit = lambda p: math.log(p / (100 - p))  # noqa: E731
    slope = (logit(50.24) - logit(50.24 - 14.98)) / 10  # 2010 from the text's 50.24% less 14.98 points
    assert a["projection"] == pytest.approx(100 / (1 + math.exp(-(logit(50.24) + 5 * slope))), abs=1e-6)
    assert a["model"] == "logistic" and a["class"] == "on trend"


def test_linked_statements_name_a_finding_of_the_audit(tables):
    """Every disagreement the ambition table refers to is a finding of the committed audit."""
    findings = pd.read_csv(paths.CONSISTENCY, keep_default_na=False)
    linked = tables["ambition"][tables["ambition"]["consistency_check"] != ""]
    assert len(linked) >= 2
    for row in linked.itertuples():
        match = findings[findings["check_ids"].str.split(";").map(lambda ids: row.consistency_check in ids) & findings["plan_ids"].str.contains(row.plan_id)
                         & findings["indicators"].str.split(";").map(lambda codes: row.indicator in codes) & (findings["year"] == str(row.year))]
        assert len(match) == 1, (row.plan_id, row.indicator, row.year)


def test_distinct_targets_in_the_seeds(tables):
    ambition = tables["ambition"]
    own = ambition[~ambition["plan_id"].str.startswith("reference")]
    assert not own.duplicated(["plan_id", "indicator", "entity", "year", "target"]).any() or own["other_statements"].ne("").any()
    yingkou = row(ambition, plan_id="yingkou-2016-2030", indicator="pop_resident", year=2020)
    assert (yingkou["sources"], yingkou["lines"], yingkou["qualifier"]) == ("table+text", "190;149", "approx")
    share = row(ambition, plan_id="chongqing-2016-2030", indicator="share_65plus", year=2030)
    assert share["kind"] == "target" and "text line 23: 18%左右 (projection)" in share["statements"]


def test_qualitative_target(tables):
    a = row(tables["ambition"], plan_id="lianyungang-2016-2020", indicator="srb")
    assert (a["class"], a["reason"], a["target_text"]) == ("not assessable", "qualitative target", "逐年下降 趋于合理")


def test_lower_is_better(tables):
    imr = row(tables["ambition"], plan_id="chongqing-2016-2030", indicator="imr", year=2020)
    assert (imr["direction"], imr["judged_as"], imr["target"], imr["model"]) == ("down", "le", 5.5, "loglinear")
    slope = national_slope("imr", "loglinear", 2015)  # the nation's 2000–2015 decline, log units a year (#20)
    projection = 6.9 * math.exp(slope * 5)  # mortality falls by the same proportion as the nation's
    assert imr["projection"] == pytest.approx(projection) and imr["trend_change"] == pytest.approx((projection - 6.9) / 5)
    assert imr["ratio"] == pytest.approx(((5.5 - 6.9) / 5) / ((projection - 6.9) / 5))
    assert imr["class"] == "below trend"  # the national pace alone would pass 5.5‰
    met = tables["ambition"]
    met = met[(met["plan_id"] == "lianyungang-2016-2020") & (met["indicator"] == "imr")]
    assert set(met["class"]) == {"already met"} and len(met) == 1  # 4.19‰ in 2015 against a 6‰ ceiling, stated in table and text


def national_slope(indicator: str, model: str, last_year: int) -> float:
    """OLS slope of the nation's WDI series 2000–``last_year`` on the model's scale."""
    from analysis.model.forms import to_scale
    from analysis.sources import wdi

    code = {"imr": "sp.dyn.imrt.in", "life_expectancy": "sp.dyn.le00.in"}[indicator]
    series = wdi.read_series(code).query(f"2000 <= year <= {last_year}")
    return float(np.polyfit(series["year"].to_numpy(float), to_scale(model, series["value"].to_numpy(float)), 1)[0])


def test_life_expectancy_follows_the_national_trajectory(tables):
    """#20: life expectancy and infant mortality are carried from the place's baseline at the pace of
    the nation's annual series (WDI 2000 → base year), not on a city's two points."""
    ambition, trends = tables["ambition"], tables["trends"]
    chongqing = row(ambition, plan_id="chongqing-2016-2030", indicator="life_expectancy", year=2030)
    slope = national_slope("life_expectancy", "shortfall", 2015)
    assert chongqing["projection"] == pytest.approx(90 - (90 - 76.7) * math.exp(slope * 15))  # shortfall from 90 shrinks at the nation's pace
    assert chongqing["class"] == "on trend" and "national trajectory" in chongqing["note"]  # "ambitious" on 2010 and 2015 alone
    lianyungang = row(ambition, plan_id="lianyungang-2016-2020", indicator="life_expectancy", year=2020)
    assert lianyungang["class"] == "very ambitious"  # one point of its own; 80 needs +0.66 a year against the nation's +0.26
    fitted = trends[(trends["plan_id"] == "chongqing-2016-2030") & (trends["indicator"] == "life_expectancy") & trends["preferred"] & (trends["target_year"] == 2030)].iloc[0]
    assert (fitted["first_year"], fitted["last_year"], fitted["n_points"]) == (2000, 2015, 16)
    sensitivity = row(tables["sensitivity"], plan_id="chongqing-2016-2030", indicator="life_expectancy", year=2030)
    assert sensitivity["form_plan"] == "ambitious"  # the city's own two-point trend (plan figures), kept beside it


def test_range_target_uses_its_nearer_bound():
    history = [Point(2010, 118.0, "plan table", "line 1"), Point(2015, 112.0, "plan table", "line 2")]
    target = Target("p", "srb", "某市", 2030, "target", "103~107", "range", 105.0, 103.0, 107.0, "table", "3", "", False)
    a = assess_trend(target, TrendInputs(history, fit("linear", history, [2030]), "plan", "linear"), load_codebook()["srb"])
    assert a["target"] == 107.0 and a["direction"] == "down"
    assert a["required_change"] == pytest.approx((107 - 112) / 15) and a["trend_change"] == pytest.approx(-1.2)
    assert a["class"] == "below trend"  # the trend (94 by 2030) passes through and beyond the range


def test_floor_target_inside_the_trend_band(tables):
    a = row(tables["ambition"], plan_id="chongqing-2016-2030", indicator="urbanization_resident", year=2020)
    assert (a["target_text"], a["judged_as"], a["model"]) == ("≥65", "ge", "logistic")
    logit = lambda p: math.log(p / (100 - p))  # noqa: E731
    assert a["projection"] == pytest.approx(100 / (1 + math.exp(-(2 * logit(60.9) - logit(53.02)))))
    assert a["band_low"] - a["tolerance"] <= 65 < a["band_low"] and a["band_class"] == "on trend"  # within 0.5 points of the band; linear (68.78) said "below trend"
    # #20: read against the errors of the urban share's own trend, its pace gap (−0.65 points a year) is at the 4th percentile
    assert a["class"] == "below trend" and a["error_percentile"] == pytest.approx(4.29, abs=0.01)


def test_sensitivity_table_covers_every_variant(tables):
    sensitivity = tables["sensitivity"]
    assert len(sensitivity) == len(tables["ambition"][~tables["ambition"]["plan_id"].str.startswith("reference")])
    luzhou = row(sensitivity, plan_id="luzhou-2022-2030", indicator="pop_resident", year=2030)
    # the calibrated class in every variant with a band; without one, the projection alone (#20)
    assert (luzhou["class_preferred"], luzhou["band_class"], luzhou["without_band"], luzhou["linear_plan_reference"]) == ("ambitious", "ambitious", "very ambitious", "ambitious")
    assert not luzhou["stable"] and luzhou["n_classes"] == 2
    cohort = row(sensitivity, plan_id="chongqing-2016-2030", indicator="share_65plus", year=2030)
    assert cohort["form_plan"].startswith("n/a") and cohort["tolerance_wide"] in ("matches cohort projection", "below cohort projection")


def test_age_structure_against_the_cohort_projection(tables):
    a = row(tables["ambition"], plan_id="chongqing-2016-2030", indicator="share_65plus", year=2030)
    hp = row(tables["cohort"], entity_code="500000", year=2030, measure="share_65plus")
    assert (a["judged_against"], a["model"], a["cohort_projection"]) == ("cohort projection", "Hamilton–Perry", pytest.approx(hp["value"]))
    assert a["class"] == "below cohort projection" and 18 + 0.5 < hp["value"] - hp["band"]  # 18左右 is below what the cohorts imply
    # the national plan's 17% (0–14, 2030), the one target compared with WPP, was dropped with its page (held out for evaluation)
    assert (tables["ambition"]["class_against_wpp"].fillna("") == "").all()
    backtest = tables["cohort_backtest"]
    assert set(backtest["test"].str.split(",").str[0]) == {"nation", "prefectures"} and (backtest["n_units"] >= 1).all()


def test_cohort_projection_anchored_on_births_after_2020(tables):
    """#20: child–woman ratios rescaled to the births of 2021–2024, young ratios corrected for the
    2010 under-count; the national back-test across the 2016 fertility rise, before and after."""
    from analysis.model import cohort
    from analysis.sources.observations import load

    projections = cohort.Projections(load())
    # the census ratios 1.1107 (boys) and 1.1503 (girls) over WPP's survival 0.9950: the 2010 under-count
    assert cohort.coverage()["male"][10] == pytest.approx(1.1107 / 0.9950, abs=1e-3) and cohort.coverage()["female"][10] == pytest.approx(1.1503 / 0.9950, abs=1e-3)
    nation = projections.anchor("100000")
    assert nation.births.years == (2021, 2022, 2023, 2024) and nation.births.per_year / 1e4 == pytest.approx((1062.09 + 956.04 + 901.44 + 953.88) / 4, abs=0.01)
    assert nation.scale == pytest.approx(0.630, abs=1e-3)
    assert projections.anchor("210800").scale == nation.scale and not projections.anchor("210800").own  # Yingkou: no births of its own bundled
    assert projections.anchor("500000").births.years == (2021, 2022, 2023) and projections.anchor("500000").scale == pytest.approx(0.621, abs=1e-3)
    hp = tables["cohort"]
    chongqing = row(hp, entity_code="500000", year=2030, measure="share_0_14")
    assert chongqing["value"] == pytest.approx(11.08, abs=0.01) and "× 0.621" in chongqing["basis"]  # 14.77 unanchored
    zero_four_2025 = projections.projection("100000")[2025]
    women = cohort._reference(zero_four_2025, cohort.CHILD_REFERENCE[0])
    assert sum(v[0] for v in zero_four_2025.values()) == pytest.approx(nation.scale * sum(v[0] for v in cohort._census("100000", 2020).values()) / cohort._reference(cohort._census("100000", 2020), (15, 44)) * women)
    backtest = tables["cohort_backtest"].set_index(["test", "measure"])["mean_error"]
    plain, anchored = "nation, 2000–2010 ratios → 2020", cohort.NATIONAL_BAND_TEST
    assert backtest[(plain, "share_0_14")] == pytest.approx(-1.18, abs=0.01) and backtest[(anchored, "share_0_14")] == pytest.approx(-0.12, abs=0.01)
    assert abs(backtest[(anchored, "dependency_total")]) < abs(backtest[(plain, "dependency_total")])
    target = row(tables["ambition"], plan_id="chongqing-2016-2030", indicator="share_0_14", year=2030)
    assert target["class"] == "matches cohort projection" and target["cohort_projection"] == pytest.approx(chongqing["value"])


def test_the_cohort_projection_reads_the_observations_it_is_given():
    """The model stage's observations (``run(reference_dir=…)``), not the checkout's: without
    Chongqing's birth rates after 2020 its child–woman ratios take the nation's factor."""
    from analysis.model import cohort
    from analysis.sources.observations import load

    observations = load()
    own = cohort.Projections(observations)
    assert own.anchor("500000").own and own.anchor("500000").scale == pytest.approx(0.621, abs=1e-3)
    chongqing_rates = (observations["entity_code"].astype(str) == "500000") & (observations["indicator"] == "birth_rate")
    without = cohort.Projections(observations[~chongqing_rates])
    assert not without.anchor("500000").own and without.anchor("500000").scale == pytest.approx(without.anchor("100000").scale)
    assert without.value("500000", "share_0_14", 2030) != pytest.approx(own.value("500000", "share_0_14", 2030), abs=0.01)


def test_national_cohort_projection_keeps_the_observed_total(tables):
    """The anchored national total of 2025 was 136,996万, 2.6% below the NBS total of the end of 2024
    less the servicemen (a fall of 2.8% in five years against 0.25% observed from the census to the
    end of 2024): the adult ratios carried the change in census coverage 2010 → 2020, and 2025 was
    interpolated at fixed ages. Corrected, the total is within 0.5% of the observed (the tolerance: a
    fifth of the error corrected), and the large cohort aged 30–34 in 2020 is aged 35–39 in 2025."""
    from analysis.model import cohort
    from analysis.sources.observations import load

    observations = load()
    projections = cohort.Projections(observations)
    assert cohort.servicemen(observations) == pytest.approx(141178 - 140977.8724)  # in the census total, not in its age tables
    recent = cohort.recent_backtest(observations, projections.projection("100000"))
    assert abs(recent[("pop_resident", 2024)][0]) < 0.5 and abs(recent[("pop_resident", 2025)][0]) < 0.5  # % of the observed total
    hp = tables["cohort"]
    total_2025 = row(hp, entity_code="100000", year=2025, measure="pop_resident")["value"]
    assert total_2025 == pytest.approx(139950, abs=1) and abs(total_2025 / (140828 - 200.13) - 1) < 0.005  # 136,996 before
    assert row(hp, entity_code="100000", year=2030, measure="pop_resident")["value"] == pytest.approx(138297, abs=1)  # 137,079 before
    assert abs(recent[("share_65plus", 2024)][0]) < 0.5 and abs(recent[("share_60plus", 2024)][0]) < 0.5  # NBS 15.6% and 22.0%: −0.25 and +0.01 points
    women_30_34 = cohort._census("100000", 2020)["female"][cohort.AGE_STARTS.index(30)]
    ratios = cohort.corrected(cohort.ratios(cohort._census("100000", 2010), cohort._census("100000", 2020)), cohort.coverage())["female"]["ccr"]
    women_35_39 = projections.projection("100000")[2025]["female"][cohort.AGE_STARTS.index(35)]
    assert women_35_39 == pytest.approx(women_30_34 * (ratios[7] * ratios[8]) ** 0.25) and women_35_39 / 1e4 == pytest.approx(5991.2, abs=0.1)
    assert 0.98 < women_35_39 / women_30_34 < 1  # survival, not the 2020 census's lower count of these cohorts (female ratio 0.96 uncorrected)
    backtest = tables["cohort_backtest"].set_index(["test", "measure"])["mean_error"]
    assert backtest[(cohort.RECENT_TEST.format(when="end-2024"), "pop_resident")] == pytest.approx(-0.36, abs=0.01)


def test_implied_migration_of_population_targets(tables):
    a = row(tables["ambition"], plan_id="luzhou-2022-2030", indicator="pop_resident", year=2030)
    natural = 3.26 / 1000 * 10 * (425.41 + 500) / 2  # the plan's own 3.26‰ (2011–2020)
    assert a["natural_increase_rate"] == 3.26 and a["implied_net_migration_per_year"] == pytest.approx((500 - 425.41 - natural) / 10)
    at_official = -3.89 / 1000 * 10 * (425.41 + 500) / 2  # the official 2022 rate
    assert a["implied_net_migration_per_year_at_official_rate"] == pytest.approx((500 - 425.41 - at_official) / 10)
    assert a["past_migration_period"] == "2010–2020" and a["past_net_migration_rate"] < 0  # a decade of net out-migration
    # the range over the plan's rate and every official annual rate after the base year, one vintage (#20)
    assert a["implied_net_migration_low"] == pytest.approx((500 - 425.41 - natural) / 10)
    assert a["implied_net_migration_high"] == pytest.approx((500 - 425.41 - at_official) / 10)
    assert "-3.89‰ (official 2022 (post 2020 census))" in a["natural_increase_range"]
    chongqing = row(tables["ambition"], plan_id="chongqing-2016-2030", indicator="pop_resident", year=2030)
    # 2021–2023 of the post-2020-census vintage; never the revised 2015 rate nor the first-published 2019 and 2020 beside them
    assert [f"official {y}" in chongqing["natural_increase_range"] for y in (2015, 2019, 2020, 2021, 2022, 2023)] == [False, False, False, True, True, True]
    assert chongqing["implied_net_migration_high"] == pytest.approx((3600 - 3016.55 + 3.32 / 1000 * 15 * (3016.55 + 3600) / 2) / 15)
    suining = row(tables["ambition"], plan_id="suining-2030-draft", indicator="pop_resident")
    assert suining["census_change_2010_2020"] < 0 and suining["population_framing"] == "stopping the decline"
    yingkou = tables["ambition"].query("plan_id == 'yingkou-2016-2030' and indicator == 'pop_resident'")
    assert (yingkou["census_change_2010_2020"] < 0).all() and set(yingkou["population_framing"]) == {""}  # declined after the plan, which expected growth


# --- trend models --------------------------------------------------------------------------------

def test_prediction_intervals_only_with_degrees_of_freedom(tables):
    trends = tables["trends"]
    chongqing = row(trends, plan_id="chongqing-2016-2030", indicator="pop_resident", data="plan+reference", model="loglinear", window="full", target_year=2020)
    assert pd.isna(chongqing["pi80_low"]) and "0 residual degrees of freedom" in chongqing["reason"]
    yingkou = row(trends, plan_id="yingkou-2016-2030", indicator="pop_resident", data="plan+reference", model="loglinear", window="full", target_year=2030)
    assert yingkou["n_points"] == 3 and yingkou["df_resid"] == 1  # 2000 and 2010 derived from stated changes, 2015
    assert pd.isna(yingkou["pi80_low"]) and "fewer than 3" in yingkou["reason"]  # one degree of freedom gives no interval
    a = row(tables["ambition"], plan_id="yingkou-2016-2030", indicator="pop_resident", year=2030)
    since = row(trends, plan_id="yingkou-2016-2030", indicator="pop_resident", data="plan+reference", model="loglinear", window="since_2010", target_year=2030)
    assert a["projection_since_2010"] == pytest.approx(244.3 * (244.3 / 242.85) ** 3) == since["projection"]  # 2010–2015 growth carried on
    assert a["trend_low"] == pytest.approx(a["projection_since_2010"]) and a["trend_low"] < a["projection"] <= a["trend_high"]


def test_models_that_cannot_be_fitted_say_why(tables):
    trends = tables["trends"]
    ets = trends[trends["model"] == "ets"]
    assert set(ets["status"]) == {"not fitted"}
    assert ets["reason"].str.contains("consecutive annual points|no data points|one point only").all()
    assert (trends.loc[trends["status"] == "not fitted", "reason"] != "").all()


def test_ets_with_enough_annual_points():
    points = [Point(2010 + i, 50 + 1.5 * i - 0.05 * i * i, "test", "") for i in range(8)]
    result = fit("ets", points, [2025])
    projection = result.projections[2025]
    low80, high80 = projection.intervals[0.80]
    low95, high95 = projection.intervals[0.95]
    assert result.fitted and low95 < low80 < projection.mean < high80 < high95


def test_no_official_statistic_after_the_base_year(tables, observations):
    points = reference_points(observations, "泸州市", "pop_resident", 2020)
    assert [(p.year, p.value) for p in points] == [(2010, 421.8427), (2020, 425.4149)]  # the two censuses; 2021–2024 are after the base year
    chongqing = reference_points(observations, "重庆市", "pop_resident", 2015)
    # the 2010 census and the 2015 1% survey as first published (collected_statistics.csv row 305: 3016.55万);
    # not the 2005–2009 pre-census estimates, not 2011–2015 revised after 2020 (2015: 3070.02万)
    assert [(p.year, p.value) for p in chongqing] == [(2010, 2884.62), (2015, 3016.55)]
    luzhou = tables["trends"][(tables["trends"]["plan_id"] == "luzhou-2022-2030") & (tables["trends"]["indicator"] == "pop_resident")]
    assert (luzhou["last_year"].dropna() <= 2020).all()


def test_derived_points_come_from_the_same_sentence(extraction_tables):
    from analysis.demography.series import plan_points

    indicators, changes, _ = extraction_tables
    points = {p.year: p for p in plan_points(indicators, changes, "luzhou-2022-2030", "urbanization_resident", "泸州市")}
    assert points[2010].value == pytest.approx(50.24 - 14.98)  # from the text's 50.24%, not the table's 53
    assert points[2020].value == 53.0 and points[2020].origin == "plan table"


# --- outcomes ---------------------------------------------------------------------------------------

def test_outcomes_of_2020_targets(tables):
    outcomes = tables["outcomes"]
    chongqing = row(outcomes, plan_id="chongqing-2016-2030", indicator="pop_resident")
    assert (chongqing["status"], chongqing["outcome"], chongqing["difference"]) == ("met", 3205.42, pytest.approx(5.42))
    assert chongqing["trend_closer"] is False or chongqing["trend_closer"] == False  # noqa: E712 — the target was closer
    yingkou = outcomes[(outcomes["plan_id"] == "yingkou-2016-2030") & (outcomes["indicator"] == "pop_resident")]
    assert len(yingkou) == 1 and set(yingkou["status"]) == {"missed"} and set(yingkou["difference"].round(4)) == {round(232.8582 - 245, 4)}
    share = row(outcomes, plan_id="chongqing-2016-2030", indicator="share_0_14")
    assert (share["kind"], share["status"]) == ("projection", "above")  # age structure: above its figure, not "missed"
    assert not outcomes.loc[outcomes["indicator"].isin(vocabulary.AGE_STRUCTURE), "status"].isin(["met", "exceeded", "missed"]).any()
    national = row(outcomes, plan_id="reference: 国家人口发展规划（2016—2030年）", indicator="pop_resident")
    assert (national["status"], national["difference"]) == ("met", -822.0)  # 14.2亿 vs 14.1178亿: −0.58%, within the ±1% of a stock target
    # ... met only through the tolerance, and the table says so (#20)
    assert national["met_within_tolerance"] == True  # noqa: E712
    assert chongqing["met_within_tolerance"] == False  # noqa: E712 — 3205.42 is past 3200 in the direction asked for
    assert outcomes.loc[~outcomes["status"].isin(["met", "as stated"]), "met_within_tolerance"].isna().all()


def test_unobserved_outcomes_are_reported_not_guessed(tables):
    outcomes = tables["outcomes"]
    lianyungang = outcomes[(outcomes["plan_id"] == "lianyungang-2016-2020") & (outcomes["indicator"] == "pop_resident")]
    assert set(lianyungang["status"]) == {"missed"} and set(lianyungang["outcome"]) == {459.936}  # the 2020 census: 4,599,360
    assert len(lianyungang) == 1  # table target and text projection of 470万左右 are one statement
    beds = row(outcomes, plan_id="lianyungang-2016-2020", indicator="hospital_beds_per_1000")
    assert beds["status"] == "not observed" and beds["note"].startswith("no official figure: not a population statistic")
    assert (outcomes["status"] != "not observed").sum() + (outcomes["status"] == "not observed").sum() == len(outcomes)
    assert (outcomes.loc[outcomes["status"] == "not observed", "note"].str.len() > 20).all()  # always with the reason
    assert (outcomes["year"] <= 2020).all()


def test_bound_judgement_and_revision_artefact(tables):
    outcomes = tables["outcomes"]
    natural = row(outcomes, plan_id="lianyungang-2016-2020", indicator="natural_growth_rate")
    # no 2020 figure: the 2010 census rate 5.15‰ and the 2022 communiqué's −1‰ are 10 and 2 years away, across
    # the 2016–2017 two-child birth peak — no monotone path is observed, so they bound nothing (#20)
    assert (natural["status"], natural["judged_by"]) == ("not observed", "") and pd.isna(natural["bound_low"])
    assert "either side (2010, 2022), 2010 (10 years before) is more than 2 years from it" in natural["note"]  # the far one named
    bounded = outcomes[outcomes["judged_by"] == "bound"]
    assert bounded["note"].str.contains("within 2 years and of one vintage").all()
    chongqing = row(outcomes, plan_id="chongqing-2016-2030", indicator="pop_resident")
    assert chongqing["status"] == "met" and "the first-published estimate for 2019 was 3124.32万人 (" in chongqing["revision_artefact"] and "would have missed" in chongqing["revision_artefact"]


def test_progress_to_date(tables, observations):
    progress = tables["progress"]
    luzhou = row(progress, plan_id="luzhou-2022-2030", indicator="pop_resident", year=2030)
    # 425.4149万 at the 2020 census, 427.1万 at the end of 2024, 500万 by 2030
    observed = ((427.1 / 425.4149) ** (1 / 4) - 1) * 100
    required = ((500 / 425.4149) ** (1 / 10) - 1) * 100  # Eurostat: base → target, from the same base as the observed change (#20)
    still = ((500 / 427.1) ** (1 / 6) - 1) * 100
    assert (luzhou["base_year"], luzhou["latest_year"]) == (2020, 2024)
    assert luzhou["observed_change"] == pytest.approx(observed, abs=1e-6) and luzhou["required_change"] == pytest.approx(required, abs=1e-6)
    assert luzhou["still_needed_change"] == pytest.approx(still, abs=1e-6)
    assert luzhou["progress_ratio"] == pytest.approx(observed / required, abs=1e-6) and metrics.progress_status(luzhou["progress_ratio"]) == "insufficient progress"
    # +2.66% a year still needed, beyond the fastest provincial growth of 2020–2024: out of reach
    from analysis.model.progress import fastest

    rise = fastest("pop_resident", "growth", 1.0, observations)
    # from the 2020 census, the rows' own base: 海南 1008.12万 → 1048万 (2024)
    assert rise[0] == pytest.approx(((1048 / 1008.12) ** (1 / 4) - 1) * 100, rel=1e-3) and rise[1].startswith("海南省")
    assert 0 < rise[0] < still and luzhou["status"] == "out of reach" and rise[1] in luzhou["note"]
    # shares on the log-odds scale
    urban = row(progress, plan_id="luzhou-2022-2030", indicator="urbanization_resident", year=2030)
    logit = lambda v: math.log(v / (100 - v))  # noqa: E731
    assert urban["change_unit"] == "log-odds a year" and urban["required_change"] == pytest.approx((logit(65) - logit(50.24)) / 10, abs=1e-6)
    # the post-2020 pace beside the pace since an earlier base
    chongqing = row(progress, plan_id="chongqing-2016-2030", indicator="pop_resident", year=2030)
    assert chongqing["base_year"] == 2015 and chongqing["observed_change_since_2020"] == pytest.approx(((3190 / 3205.42) ** (1 / 4) - 1) * 100, abs=1e-4)
    # a held level the latest figure has left is moving away, with no ratio (Suining's 280万: 274.8万 in 2023)
    suining = row(progress, plan_id="suining-2030-draft", indicator="pop_resident")
    assert suining["status"] == "moving away" and pd.isna(suining["progress_ratio"]) and "a held level" in suining["note"]
    assert metrics.progress_status(0.95) == "on track" and metrics.progress_status(0.94) == "moderate progress" and metrics.progress_status(-0.1) == "moving away"
    assert set(progress.loc[progress["latest_value"].isna(), "status"]) <= {"no recent figure"}


def test_one_progress_verdict_per_target(tables):
    progress = tables["progress"]
    # Luzhou states its 2030 sex ratio at birth twice (106 in the table, 107 in the text): one row, the table's (#20)
    assert not progress.duplicated(["plan_id", "indicator", "entity", "year"]).any()
    srb = row(progress, plan_id="luzhou-2022-2030", indicator="srb", year=2030)
    assert srb["target_text"] == "106" and "the plan also states 107 (text, line 124)" in srb["note"]
    # a target already satisfied asks for no change: none is printed
    met = progress[progress["status"].isin(["already met", "already reached"])]
    assert len(met) and met["required_change"].isna().all()


def test_slack_bounds_print_no_required_change(tables):
    ambition = tables["ambition"]
    imr = row(ambition, plan_id="lianyungang-2016-2020", indicator="imr")  # ≤6 with a baseline already below it
    assert imr["class"] == "already met" and pd.isna(imr["required_change"]) and "slack bound" in imr["reason"]
    slack = ambition[ambition["reason"].fillna("").str.startswith("a slack bound")]
    assert len(slack) >= 3 and slack["required_change"].isna().all() and slack["required_over_historical"].isna().all()


def test_bounds_only_within_two_years_on_a_monotone_series():
    from analysis.demography.ex_post import bounded

    _bounded = lambda _target, same, status_of: bounded(2020, "natural_growth_rate", same, status_of)  # noqa: E731
    target = None
    status_of = lambda v: metrics.outcome_status("approx", 7.0, None, None, v, 1, 0.5)  # noqa: E731

    def frame(points, family="first_published"):
        return pd.DataFrame({"year": [y for y, _ in points], "value": [v for _, v in points], "family": family, "vintage": "first_published",
                             "source_id": "s", "locator": "l"})

    assert _bounded(target, frame([(2019, 5.0), (2021, 4.0)]), status_of)["status"] == "missed"  # within ±2 years, one way
    assert _bounded(target, frame([(2010, 5.15), (2022, -1.0)]), status_of)["status"] == "not observed"  # too far apart
    assert _bounded(target, frame([(2018, 6.5), (2019, 6.0), (2021, 4.0)]), status_of)["status"] == "missed"  # nearest either side: 2019, 2021
    assert _bounded(target, frame([(2018, 6.0), (2019, 5.0), (2021, 4.0), (2022, 3.0)]), status_of)["status"] == "missed"  # monotone around 2020
    turning = _bounded(target, frame([(2018, 5.0), (2019, 4.0), (2021, 3.0), (2022, 6.0)]), status_of)  # turns within ±2 years
    assert turning["status"] == "not observed" and "(2018, 2019, 2021, 2022) do not move one way" in turning["note"]
    mixed = pd.concat([frame([(2019, 5.0)]), frame([(2021, 4.0)], family="post_2020_census")])
    assert "different vintages" in _bounded(target, mixed, status_of)["note"]


# --- metrics --------------------------------------------------------------------------------------

def test_precision_bands():
    # precision from how a figure is written: half a unit of its last written digit (#20) —
    # trailing zeros are digits, not a rounding to hundreds (500万 is not "at least 450")
    assert metrics.approx_band(3200, "3200左右") == 0.5
    assert metrics.approx_band(500, "500") == 0.5
    assert metrics.approx_band(470, "470万人") == 0.5
    assert math.isclose(metrics.approx_band(142000, "14.2亿"), 500)
    assert math.isclose(metrics.approx_band(60.94, "60.94%"), 0.005)
    assert metrics.approx_band(245, "245") == 0.5
    assert metrics.approx_band(1.6, "1.6左右") == 0.05
    assert metrics.approx_band(60, "60%") == 0.5
    assert math.isclose(metrics.change_per_year(100, 2010, 121, 2012, "stock"), 10.0)
    assert metrics.change_per_year(50, 2010, 56, 2013, "share") == 2.0


#: Rows of the shared reference copy (numbered from 1 after the header) whose page is held out for
#: evaluation (../shared/research/evaluation_pages.txt) and for which no other page was found: dropped
#: from the project's copy (data/reference/README.md, "Rows replaced or dropped").
REFERENCE_ROWS_DROPPED = (53, 54, 55, 56, 95, 96, 97, 100)
#: Shared row → project row re-sourced: same entity, indicator, year, value and unit; new title, page, quote.
REFERENCE_ROWS_RESOURCED = {51: 51, 52: 52, 57: 53, 98: 91, 99: 92}


def test_reference_copy_differs_from_the_shared_one_only_where_documented():
    shared_path = paths.ROOT.parent / "shared" / "reference" / "reference_statistics.csv"
    if not shared_path.exists():
        pytest.skip("../shared is not beside this checkout")
    shared = pd.read_csv(shared_path, dtype=str, keep_default_na=False)
    ours = pd.read_csv(paths.REFERENCE / "reference_statistics.csv", dtype=str, keep_default_na=False)
    assert list(ours.columns) == list(shared.columns)
    kept = shared.drop(index=[r - 1 for r in REFERENCE_ROWS_DROPPED]).reset_index(drop=True)
    assert len(kept) == len(ours) == len(shared) - 8
    fact = ["entity", "indicator", "year", "value", "unit"]
    assert kept[fact].equals(ours[fact])
    resourced = [r - 1 for r in REFERENCE_ROWS_RESOURCED.values()]
    untouched = ours.drop(index=resourced)
    assert untouched.equals(kept.drop(index=resourced))
    for old, new in REFERENCE_ROWS_RESOURCED.items():
        before, after = shared.iloc[old - 1], ours.iloc[new - 1]
        assert after["source_url"] != before["source_url"] and after["quote"] != before["quote"]
        assert before["value"] in after["quote"]  # the new page states the same figure


def test_reference_keeps_every_source_column_and_checks_derivations():
    reference = reference_table()
    source = pd.read_csv(paths.REFERENCE / "reference_statistics.csv", dtype=str, keep_default_na=False)
    first = reference[reference["source_file"] == "reference_statistics.csv"]
    assert len(first) == len(source)
    assert list(first["quote"]) == list(source["quote"]) and list(first["source_url"]) == list(source["source_url"])
    derived = row(reference, source_file="derived_statistics.csv", source_row=1)
    assert derived["value"] == pytest.approx((1427876 + 1386320) / 10000)
    assert round(1427876 / 1386320 * 100, 2) == row(reference, entity="遂宁市", indicator="sex_ratio_total", year=2020)["value"]
    national = row(reference, entity="中国", role="plan_target", indicator="pop_resident", year=2020)
    assert (national["value"], national["unit"], national["qualifier"]) == (142000.0, "10k persons", "approx")


def test_population_classes_rest_on_the_calibrated_distribution(tables):
    ambition, sensitivity = tables["ambition"], tables["sensitivity"]
    population = ambition[(ambition["indicator"] == "pop_resident") & ambition["trend_change"].notna() & (ambition["class"] != "already met")]
    assert len(population) == 8 and population["error_percentile"].notna().all()
    for _, r in population.iterrows():
        assert r["class"] == metrics.calibrated_class(r["error_percentile"], r["required_change"], r["trend_change"])
    luzhou = row(ambition, plan_id="luzhou-2022-2030", indicator="pop_resident", year=2030)
    assert luzhou["class"] in ("ambitious", "very ambitious") and luzhou["error_percentile"] > metrics.CALIBRATED_CENTRAL[1]
    # Lianyungang's 470万左右 for 2020: inside the symmetric ±1.04%/yr band, but a pace gap at the 97th percentile of the
    # provinces' 5-year errors — and it was missed (459.9万)
    lianyungang = row(ambition, plan_id="lianyungang-2016-2020", indicator="pop_resident")
    assert (lianyungang["band_class"], lianyungang["class"]) == ("on trend", "ambitious")
    assert row(sensitivity, plan_id="lianyungang-2016-2020", indicator="pop_resident")["band_class"] == "on trend"  # the old class beside it
    urban = ambition[(ambition["indicator"] == "urbanization_resident") & ambition["trend_change"].notna()]
    trajectory = ambition[ambition["indicator"].isin(["life_expectancy", "imr"]) & ambition["trend_change"].notna()]
    others = ambition[~ambition.index.isin(population.index) & ~ambition.index.isin(urban.index) & ~ambition.index.isin(trajectory.index)]
    assert urban["error_percentile"].notna().all()  # the urban share: its own trend's errors (#20)
    assert trajectory["error_percentile"].notna().all() and len(trajectory) == 9  # life expectancy and IMR: the national trajectory's errors (#20)
    assert others["error_percentile"].isna().all() and (others["band_class"] == "").all()


def test_calibration_table_counts_every_target_with_an_outcome(tables):
    calibration, outcomes, ambition = tables["calibration"], tables["outcomes"], tables["ambition"]
    keys = ["plan_id", "indicator", "entity", "year", "kind", "target_text", "qualifier"]
    judged = outcomes[outcomes["status"].isin(["met", "exceeded", "missed"])].merge(ambition[keys + ["class"]], on=keys)
    assert calibration["n_with_outcome"].sum() == len(judged)
    for label, group in judged.groupby("class"):
        assert calibration.loc[calibration["class"] == label, "n_with_outcome"].sum() == len(group)
    on_trend = calibration[calibration["class"] == "on trend"]
    assert on_trend["n_met"].sum() + on_trend["n_exceeded"].sum() == judged[(judged["class"] == "on trend") & (judged["status"] != "missed")].shape[0]


def test_a_count_target_does_not_match_through_an_additive_band(tables):
    from analysis.model import cohort
    from analysis.sources.observations import load

    projections = cohort.Projections(load())
    a = row(tables["ambition"], plan_id="chongqing-2016-2030", indicator="pop_15_64", year=2027)
    share = projections.band_of("500000", "share_15_64", 2027) / projections.value("500000", "share_15_64", 2027)
    # the total's relative error: half the 10–90% range of the calibrated errors of provinces under 4000万 at 7 years, compounded (#20),
    # not the symmetric ±1.04% a year
    seven = row(tables["error_distribution"], size_class="under 4000万", horizon=7)
    width = (seven["q900"] - seven["q100"]) / 2
    assert width == pytest.approx(0.995, abs=1e-3) and seven["n_errors"] == 66
    total = (1 + width / 100) ** 7 - 1
    assert total == pytest.approx(0.0718, abs=1e-4)
    # count = share × total: the relative errors combine in quadrature, not as a sum (#20)
    assert a["cohort_band"] == pytest.approx(math.hypot(share, total) * projections.value("500000", "pop_15_64", 2027), rel=1e-6)
    assert a["cohort_band"] < (share + total) * a["cohort_projection"]
    assert a["cohort_band"] == pytest.approx(178.5, abs=0.1) and "the total's 7.18% from ±0.995% a year" in a["reason"]
    # 2440万 lies 171万 above the projection of 2269万, inside the band (178.5万): it lay 252万 above 2188万 (band 172.5万) before
    # the adults' ratios were corrected for census coverage and 2025 became a half step along the cohorts
    assert a["cohort_projection"] == pytest.approx(2268.75, abs=0.01) and a["class"] == "matches cohort projection" and a["gap"] < a["cohort_band"]


def test_urban_share_read_against_its_own_trend(tables):
    """#20: a share's class rests on the errors of extrapolating its own trend (the nation's annual
    series, signed, by horizon), not on the spread of prefectures' change around the median."""
    from analysis.model import calibration
    from analysis.sources import wdi

    urban = wdi.read_series("sp.urb.totl.in.zs").set_index("year")["value"]
    z = lambda v: math.log(v / (100 - v))  # noqa: E731
    trend_2020 = 100 / (1 + math.exp(-(z(urban[2010]) + 10 * (z(urban[2010]) - z(urban[2005])) / 5)))
    rows = tables["share_error_backtest"]
    got = row(rows, indicator="urbanization_resident", launch_year=2010, base_start=2005, horizon=10)
    assert got["trend_pace"] == pytest.approx((trend_2020 - urban[2010]) / 10, abs=1e-5) and got["error"] == pytest.approx((urban[2020] - trend_2020) / 10, abs=1e-5)
    assert got["error"] > 0  # the urban share of 2020 rose faster than the 2005–2010 trend
    distribution = tables["share_error_distribution"]
    five = row(distribution, indicator="urbanization_resident", horizon=5)
    assert five["n_errors"] == 70 and five["q100"] == pytest.approx(-0.503, abs=1e-3) and five["q900"] == pytest.approx(0.619, abs=1e-3)
    a = tables["ambition"]
    chongqing = row(a, plan_id="chongqing-2016-2030", indicator="urbanization_resident", year=2030)
    assert chongqing["class"] == "below trend" and chongqing["band_class"] == "on trend" and chongqing["error_percentile"] == 0
    assert chongqing["pace_gap"] == pytest.approx(chongqing["required_change"] - chongqing["trend_change"]) and "points a year" in chongqing["reason"]
    lianyungang = row(a, plan_id="lianyungang-2016-2020", indicator="urbanization_resident", year=2020)
    assert lianyungang["class"] == "on trend" and lianyungang["error_percentile"] == pytest.approx(87.14, abs=0.01)
    assert calibration.locate("share_0_14", 50.0, 5, 0.0) is None  # age shares are judged against the cohort projection


def test_life_expectancy_and_imr_read_against_the_national_trajectory(tables):
    """#20: life expectancy and IMR are classed on the back-tested errors of the method that gives
    their trend (the nation's WDI series: OLS slope of a 15/20-year base on the model's scale,
    carried from the launch value), measured on that scale, not left with an unquantified band."""
    import numpy as np

    from analysis.demography import metrics
    from analysis.model import calibration
    from analysis.sources import wdi

    le = wdi.read_series("sp.dyn.le00.in").set_index("year")["value"]
    years = np.arange(1985, 2001)
    slope = np.polyfit(years, np.log(90 - le.loc[1985:2000].to_numpy()), 1)[0]
    trend_2010 = 90 - math.exp(math.log(90 - le[2000]) + 10 * slope)
    got = row(tables["trajectory_error_backtest"], indicator="life_expectancy", launch_year=2000, base_start=1985, horizon=10)
    assert got["trend_value"] == pytest.approx(trend_2010, abs=1e-5)
    # s = −1 on the shortfall scale: positive when life expectancy ended above its trend
    assert got["error"] == pytest.approx(-(math.log(90 - le[2010]) - math.log(90 - trend_2010)) / 10 * 100, abs=1e-5)
    imr = wdi.read_series("sp.dyn.imrt.in").set_index("year")["value"]
    first = tables["trajectory_error_backtest"].query("indicator == 'imr'")
    assert first["base_start"].min() == 1969 and first["launch_year"].min() == 1984 and len(imr) == 56
    le_rows = tables["trajectory_error_backtest"].query("indicator == 'life_expectancy'")
    assert le_rows["base_start"].min() == 1962  # the famine years 1960–61 are in no base period
    distribution = tables["trajectory_error_distribution"]
    five = row(distribution, indicator="imr", horizon=5)
    assert five["n_errors"] == 67 and five["q500"] == pytest.approx(-1.447, abs=1e-3)  # IMR fell faster than its trend
    a = tables["ambition"]
    chongqing = row(a, plan_id="chongqing-2016-2030", indicator="imr", year=2020)
    # ≤5.5 against the carried trend 4.45: 4.2% a year above it, 96th percentile; lower is better, so read from the other end: below trend
    assert chongqing["pace_gap"] == pytest.approx(math.log(5.5 / chongqing["projection"]) / 5 * 100) and chongqing["error_percentile"] == pytest.approx(95.52, abs=0.01)
    assert chongqing["class"] == "below trend" and "unquantified" not in chongqing["band_source"]
    yingkou = row(a, plan_id="yingkou-2016-2030", indicator="life_expectancy", year=2030)
    assert yingkou["class"] == "on trend" and yingkou["band_class"] == "below trend" and yingkou["error_percentile"] == pytest.approx(13.11, abs=0.01)
    lianyungang = row(a, plan_id="lianyungang-2016-2020", indicator="life_expectancy", year=2020)
    assert lianyungang["class"] == "very ambitious" and lianyungang["error_percentile"] == 100
    assert metrics.ambition_percentile(95.5, "lower") == pytest.approx(4.5) and metrics.ambition_percentile(95.5, "higher") == 95.5
    assert calibration.locate("imr", 6.9, 20, 0.0)["horizon"] == 15
