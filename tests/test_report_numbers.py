"""No result typed by hand in the report's prose (issue #19, brief nb): the numbers of the methods
page's census-coverage paragraph come from the model, each checked here against a value computed
from the tables and the pinned data sets without the model's code, and no Markdown cell of a
notebook states a number with a result's unit except the cited constants listed below."""

from __future__ import annotations

import re

import jupytext
import pandas as pd
import pytest

from analysis import paths
from analysis.consistency.demographic_accounting import M65_FLOOR
from analysis.demography import metrics
from analysis.sources import leiii_census, un_wpp

NATION = leiii_census.NATION_CODE


def _census(year: int) -> pd.DataFrame:
    frame = leiii_census.population_by_age_sex(NATION, year)
    return frame.groupby(["sex", "age_start"])["population"].sum()


def _wpp(year: int) -> pd.Series:
    for file in un_wpp.POPULATION:
        frame = un_wpp.read_table(un_wpp.FOLDER / file)
        rows = frame[frame["Year"] == year]
        if not rows.empty:
            return rows.iloc[0]
    raise KeyError(year)


def test_census_coverage_paragraph_from_the_censuses_and_wpp():
    """The survival, the children's and the women's census ratios, read straight from the census
    age tables and UN WPP 2022's columns (``10-14`` of 2020 over ``0-4`` of 2010)."""
    from analysis.report import method_views

    said = method_views.census_coverage()
    c2010, c2020 = _census(2010), _census(2020)
    w2010, w2020 = _wpp(2010), _wpp(2020)
    survival = {a: float(w2020[f"{a}-{a + 4}"]) / float(w2010[f"{a - 10}-{a - 6}"]) for a in range(10, 50, 5)}
    assert said["survival"] == f"{min(survival.values()):.3f}–{max(survival.values()):.3f}" == "0.981–0.995"
    assert said["survival_ages"] == "0–39"
    boys, girls = (c2020[(sex, 10)] / c2010[(sex, 0)] for sex in ("male", "female"))
    assert said["children"] == f"{min(boys, girls):.2f}–{max(boys, girls):.2f}" == "1.11–1.15"
    assert said["children_ages"] == "0–4" and said["children_reading"] == "the 2010 census missed young children"
    women = {a: c2020[("female", a)] / c2010[("female", a - 10)] for a in range(20, 50, 5)}
    below = sorted(a for a, r in women.items() if r < survival[a])
    assert below == [25, 30, 35, 40, 45]  # aged 15–39 in 2010; 10–14 (1.018) was counted fully
    assert said["women"] == f"{min(women[a] for a in below):.2f}–{max(women[a] for a in below):.2f}" == "0.91–0.97"
    assert said["women_ages"] == "15–39"


def test_adults_loss_and_the_earlier_methods_gap_from_the_tables():
    """What leaving the adults' coverage change in cost: the nation's 2030 total of ``cohort.csv``
    (the method) less the earlier method's, and the earlier method's 2025 total against the NBS
    end-2024 figure less the servicemen (the 2020 communiqué less the census age table's sum).
    The earlier method's totals are those its own ``cohort.csv`` held (commit 2731482^:
    136,995.535 in 2025 and 137,078.783 in 2030), which :meth:`Projections.coverage_effect`
    re-runs; correcting the children to their survival instead of to 1 would not give them."""
    from analysis.model import cohort
    from analysis.report import method_views
    from analysis.report.views import table

    projected = table("cohort")
    nation_2030 = float(projected[(projected["entity_code"].astype(str) == NATION) & (projected["year"] == 2030) & (projected["measure"] == "pop_resident")]["value"].iloc[0])
    earlier_2025, earlier_2030 = 136995.535115, 137078.783248
    effect = cohort.Projections(table("observations")).coverage_effect()
    assert effect.children_only_2030 == pytest.approx(earlier_2030, abs=1e-3)
    assert effect.children_only_2025 == pytest.approx(earlier_2025, abs=1e-3)
    assert effect.total_2030 == pytest.approx(nation_2030)
    observations = table("observations")
    nation = observations[observations["entity_code"].astype(str) == NATION]
    nbs = float(nation[(nation["indicator"] == "pop_resident") & (nation["year"].astype(int) == 2024) & (nation["source_id"] == "collected-statistics")]["value"].iloc[0])
    communique = float(nation[(nation["indicator"] == "pop_resident") & (nation["year"].astype(int) == 2020) & (nation["source_id"] == "reference-statistics")]["value"].iloc[0])
    servicemen = communique - _census(2020).sum() / 1e4
    assert servicemen == pytest.approx(200, abs=1)  # the communiqué's 200万 现役军人
    gap = (earlier_2025 / (nbs - servicemen) - 1) * 100
    said = method_views.census_coverage()
    assert said["gap_2025"] == f"{abs(gap):.1f}% below" == "2.6% below"
    assert said["adults_loss"] == f"{round(nation_2030 - earlier_2030, -1):,.0f}万" == "1,220万"
    assert said["adults_loss_direction"] == "loss"


def test_backtest_design_from_the_backtest_tables():
    """The methods page's account of the back-tests, recomputed from the CSVs: the real-time test
    is the launch from the pre-census estimate (the earliest launch), the others the launches on
    the consistent series; the years of a national series run from its first base year to its
    last launch plus horizon."""
    from analysis.report import method_views

    said = method_views.backtest_design()
    population = pd.read_csv(paths.PROCESSED / "error_backtest.csv")
    first = population["launch_year"].min()
    real_time, consistent = population[population["launch_year"] == first], population[population["launch_year"] > first]
    assert (said["provinces"], said["real_time_launch"], said["real_time_base"]) == (population["place"].nunique(), first, real_time["base_start"].min()) == (31, 2010, 2005)
    assert said["real_time_horizons"] == f"1–{real_time['horizon'].max()}" == "1–14"
    assert said["consistent_launches"] == f"{consistent['launch_year'].min()}–{consistent['launch_year'].max()}" == "2015–2023"
    assert said["consistent_bases"] == "five or ten" and said["consistent_horizons"] == "1–9"
    negative = (population["error"] < 0).sum() / len(population)
    assert said["population_negative"] == pytest.approx(negative) and negative > 0.5 and said["population_most"] == "most"
    shares = pd.read_csv(paths.PROCESSED / "share_error_backtest.csv")
    urban = shares[shares["indicator"] == "urbanization_resident"]
    assert (said["urban_first_launch"], said["urban_horizons"], said["urban_bases"]) == (urban["launch_year"].min(), "1–15", "5- or 10")
    trajectories = pd.read_csv(paths.PROCESSED / "trajectory_error_backtest.csv")
    imr = trajectories[trajectories["indicator"] == "imr"]
    assert said["imr_years"] == f"{imr['base_start'].min()}–{(imr['launch_year'] + imr['horizon']).max()}" == "1969–2024"
    assert said["life_expectancy_years"] == "1962–2024" and said["trajectory_bases"] == "15- or 20"
    assert said["imr_negative"] == pytest.approx((imr["error"] < 0).mean()) and said["imr_most"] == "most"


def test_definition_clashes_from_the_audit_and_the_indicators():
    """The indicators page's plans with one number under two definitions are the audit's
    ``internal.definition`` findings, and a non-schooling look-alike names the definition each of
    its plans states in ``indicators.csv``."""
    from analysis.report import indicator_views

    said = indicator_views.definition_clashes()
    findings = pd.read_csv(paths.PROCESSED / "consistency.csv")
    own = findings[findings["check_id"] == "internal.definition"]
    assert said["n_plans"] == own["plan_ids"].nunique() == 2
    yingkou = next(p for p in said["within"] if p.startswith("Yingkou"))
    years = sorted(int(y) for y in own[own["plan_ids"] == "yingkou-2016-2030"]["year"])
    assert years == [2015, 2030] and "(2015 and 2030) for two populations" in yingkou  # warnings: two populations
    assert "new entrants to the labour force" in yingkou and "one measure under two labels" in said["within"][0]  # Lianyungang's is a note
    indicators = pd.read_csv(paths.PROCESSED / "indicators.csv", usecols=["plan_id", "indicator"])
    shares = indicators[indicators["indicator"].isin(["share_16_59", "share_working_age"])].drop_duplicates()
    assert sorted(map(tuple, shares.to_numpy())) == [("lianyungang-2016-2020", "share_working_age"), ("suining-2030-draft", "share_16_59")]
    assert said["across"] == ["working-age share is measured for different populations (Lianyungang: share of working-age population "
                              "(band not stated); Suining (draft): share aged 16–59)"]


def test_boundary_places_are_the_screens_and_are_not_summed():
    """The zero-sum section's places whose area changed between the censuses: the population
    targets of plans issued before 2020 (or undated) for a prefecture of ``boundary_changes`` (the screen's
    rule), none of which is a part of the zero-sum table — the page had said such a figure "is
    summed, but implies no migration", which the model stopped doing."""
    from analysis.report import fared_views

    changed = leiii_census.boundary_changes(pd.read_csv(paths.REFERENCE / "boundary_changes.csv", dtype={"code": str}))
    fared = pd.read_csv(paths.PROCESSED / "fared.csv")
    rows = fared[(fared["indicator"] == "pop_resident") & fared["entity"].isin(list(changed)) & ((fared["issue_year"] < 2020) | fared["issue_year"].isna())]
    assert set(rows["screen"]) == {"rejected"} and len(rows) == 6  # 西安市 (2020 census) since 西咸新区 is counted with it
    said = fared_views.boundary_places()
    assert "6 targets" in said and all(entity in said for entity in rows["entity"].unique())
    parts = pd.read_csv(paths.PROCESSED / "zero_sum_parts.csv")
    # (西安's 1560万 for 2035, of a 2025 plan that knew its area, is summed)
    assert not pd.MultiIndex.from_frame(parts[["entity", "year"]]).isin(list(zip(rows["entity"], rows["year"]))).any() and "is not summed" in said
    # the extent of the changes, from the sources stage's table: the smallest change above the threshold and the largest
    table = pd.read_csv(paths.REFERENCE / "boundary_changes.csv", dtype={"code": str})
    table = table[table["census_year"] == 2010]
    ratio = table["county_table_count"] / table["city_panel_count"] - 1
    smallest, largest = table.loc[ratio.abs().idxmin()], table.loc[ratio.abs().idxmax()]
    assert (smallest["prefecture"], largest["prefecture"]) == ("成都市", "铜陵市") and (ratio.abs() > metrics.BOUNDARY_CHANGE).all()
    low, high = ratio[ratio.abs().idxmin()], ratio[ratio.abs().idxmax()]
    assert (low, high) == (pytest.approx(-0.0709, abs=1e-4), pytest.approx(-0.5367, abs=1e-4))
    assert f"In the census panel, {len(table)} prefectures changed area" in said and "成都市 (−7.1%) to 铜陵市 (−53.7%)" in said
    # and the 2020 census: the official figure against the sum of the counties, from 宜昌 (−6.4%) to 咸阳 (+25.8%)
    assert "for 8 prefectures the sum of their counties in the 2020 census differs from their official 2020 figure by more than 5%" in said
    assert "from 西安市 (−5.9%) to 咸阳市 (+25.8%)" in said


# --- the guard -----------------------------------------------------------------------------------------

#: A number with a result's unit (万, 亿, %, ‰, ‱) or a decimal (a ratio such as 1.11) in prose.
RESULT_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?\s*(?:万|亿|%|‰|‱)|(?<![\w.:])\d+\.\d+(?![\d.])")

#: The only such numbers a Markdown cell may type: constants cited from the code that defines them
#: (each checked against that code below, so the prose cannot go stale) or an illustration of a
#: scale, not a measurement. (page, number) → what the number must equal.
CITED = {
    # the trend's band: metrics.PREDICTION_LEVEL
    ("03_ambition.py", "80%"): f"{metrics.PREDICTION_LEVEL:.0%}",
    # the floor of the crude death rate per person aged 65+: demographic_accounting.M65_FLOOR
    ("04_consistency.py", "30‰"): f"{M65_FLOOR:g}‰",
    # the level of the bootstrap intervals: metrics.BOOTSTRAP_LEVEL
    ("index.qmd", "90%"): f"{metrics.BOOTSTRAP_LEVEL:.0%}",
}


def _markdown_numbers() -> list[tuple[str, str, str]]:
    found = []
    for path in sorted((paths.ROOT / "notebooks").glob("*.py")):
        for cell in jupytext.reads(path.read_text(encoding="utf-8"), fmt="py:percent").cells:
            if cell.cell_type == "markdown":
                for line in cell.source.splitlines():
                    found += [(path.name, match.group(0).replace(" ", ""), line) for match in RESULT_NUMBER.finditer(line)]
    # the front page: its prose outside the code cells, every inline `{python} …` value taken out
    prose = re.sub(r"```.*?```", "", (paths.ROOT / "index.qmd").read_text(encoding="utf-8"), flags=re.S)
    for line in re.sub(r"`\{python\}[^`]*`", "", prose).splitlines():
        found += [("index.qmd", match.group(0).replace(" ", ""), line) for match in RESULT_NUMBER.finditer(line)]
    return found


def test_no_markdown_cell_types_a_result():
    """Every notebook's Markdown cells and the front page's prose (its inline values aside)."""
    typed = [(page, number, line) for page, number, line in _markdown_numbers() if (page, number) not in CITED]
    assert not typed, "render these from analysis/report/ (an inline Markdown(...) cell): " + repr(typed)


def test_the_cited_constants_are_the_codes():
    numbers = {(page, number) for page, number, _ in _markdown_numbers()}
    for (page, number), expected in CITED.items():
        assert (page, number) in numbers, f"{number} is no longer on {page}: drop it from the allow-list"
        assert number == expected, f"{page} cites {number}, the code says {expected}"


@pytest.mark.parametrize("line, numbers", [
    ("left the adults' loss in (1,220万 of the nation's 2030 total)", ["1,220万"]),
    ("put the nation's 2025 total 2.6% below the NBS figure", ["2.6%"]),
    ("the census ratios are 1.11–1.15 for the cohort aged 0–4", ["1.11", "1.15"]),
    ("9.2 亿 people and 30‰", ["9.2亿", "30‰"]),
    ("Goodkind 2011, *Demography* 48:291; Quarto 1.10.19; the 2010 and 2020 censuses; aged 15–44", []),
])
def test_the_guard_sees_results_and_not_citations(line, numbers):
    assert [m.group(0).replace(" ", "") for m in RESULT_NUMBER.finditer(line)] == numbers
