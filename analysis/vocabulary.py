"""Vocabularies of the data contracts: every class word, status, level, basis, vintage and fixed
column list that a table may hold, defined once.

Floor: contracts (with :mod:`analysis.codebook`, :mod:`analysis.manifest`, :mod:`analysis.quality`,
:mod:`analysis.units` and :mod:`analysis.schemas`). It imports nothing of the package. The stages
use these words when they write a table and :mod:`analysis.schemas` checks the tables against
them, so a stage and its contract can never disagree on a word.
"""

from __future__ import annotations

# -- ambition (data/processed/ambition.csv, sensitivity.csv) ------------------------------------------

#: Classes of a target against its trend (rules: :mod:`analysis.demography.metrics`).
TREND_CLASSES = ("already met", "reverses trend", "below trend", "on trend", "ambitious", "very ambitious")
#: Classes of an age-structure figure against the cohort projection.
COHORT_CLASSES = ("matches cohort projection", "above cohort projection", "below cohort projection")
AMBITION_CLASSES = (*TREND_CLASSES, *COHORT_CLASSES)
NOT_ASSESSABLE = "not assessable"
#: Age-structure indicators: neutral, judged against the cohort projection, never "missed".
AGE_STRUCTURE = (
    "share_0_14", "share_15_59", "share_16_59", "share_15_64", "share_working_age", "share_45_59_of_working_age", "share_60plus",
    "share_65plus", "share_elderly", "share_80plus", "dependency_total", "dependency_old", "dependency_child", "pop_0_14", "pop_15_59",
    "pop_15_64", "pop_16_59", "pop_60plus", "pop_65plus", "pop_working_age", "pop_elderly", "pop_80plus",
)
#: Qualifiers of a floor (at least) and of a ceiling (at most).
FLOORS = ("ge", "gt", "above")
CEILINGS = ("le", "lt", "below")
#: The sensitivity table's tolerance variants (their factors: :data:`analysis.demography.metrics.TOLERANCE_FACTORS`).
TOLERANCE_VARIANTS = ("tolerance_narrow", "tolerance_wide")
#: The sensitivity table's variant columns: the class under each form × data variant, window, band,
#: input choice and tolerance.
VARIANT_COLUMNS = ("form_plan", "form_plan_reference", "form_census", "linear_plan", "linear_plan_reference", "linear_census", "window_since_2010",
                   "window_intercensal", "without_band", "alternative_baseline", "with_rejected_inputs", *TOLERANCE_VARIANTS)
#: Signed quantiles of the calibrated error distributions (``error_distribution.csv``: columns q025 … q975).
ERROR_QUANTILES = (0.025, 0.10, 0.25, 0.50, 0.75, 0.90, 0.975)
#: What a target's class rests on (``calibration.csv``): the calibrated error distribution of
#: population stocks, the symmetric empirical band, or no band (tolerance and window range only).
CLASS_BASES = ("calibrated distribution", "symmetric band", "no band")
#: The implied-migration columns of the ambition table (:mod:`analysis.model.migration`).
MIGRATION_COLUMNS = (
    "natural_increase_rate", "natural_increase_source", "implied_net_migration_per_year", "implied_net_migration_rate",
    "official_natural_increase_rate", "implied_net_migration_per_year_at_official_rate", "implied_net_migration_low",
    "implied_net_migration_high", "natural_increase_range", "past_migration_period",
    "past_net_migration_per_year", "past_net_migration_rate", "census_net_migration_per_year_2010_2020",
    "census_net_migration_rate_2010_2020", "census_change_2010_2020", "population_framing", "migration_note",
)

# -- outcomes and progress (outcomes.csv, progress.csv) -----------------------------------------------

#: Outcome words: directional and plan-directed targets, and neutral (age-structure) figures.
OUTCOMES = ("met", "exceeded", "missed")
NEUTRAL = ("as stated", "above", "below")
#: Progress to date (Eurostat's thresholds: :mod:`analysis.demography.metrics`).
#: A target with a recent figure (2021–2024, post-2020-census) and no 2020 figure of its vintage to measure a pace from.
NO_BASE_FIGURE = "no base figure"
STATUSES = ("already met", "already reached", "already exceeded", "on track", "moderate progress", "insufficient progress", "moving away", "out of reach", NO_BASE_FIGURE,
            "no recent figure")

# -- the corpus of real published texts (corpus/manifest.csv) ------------------------------------------

#: What a corpus text is: the plan on an official site, the plan's text elsewhere, a press report, an official Q&A.
CORPUS_KINDS = ("plan_text", "mirror", "press_report", "qa")
#: Which family of document states the targets (corpus/README.md, "Plan families"): population-development plans proper,
#: family-planning plans, health plans, annual population-and-family-planning targets, strategy studies, five-year
#: economic and social development plans (规划纲要, 社会事业发展规划), new-urbanisation plans and spatial plans
#: (城镇体系规划, 主体功能区规划, 土地利用总体规划, 城市总体规划, 国土空间规划: population as a planning assumption),
#: and ageing plans (老龄事业发展规划, 养老服务体系建设规划, 健康老龄化规划: the 60+ and 65+ counts and shares).
CORPUS_PLAN_FAMILIES = ("population_plan", "family_planning_plan", "health_plan", "annual_targets", "strategy_study",
                        "development_plan", "urbanisation_plan", "spatial_plan", "ageing_plan", "women_children_plan")
#: The population-development plans proper among the families (人口发展规划 and 计划生育事业发展规划): results
#: are given for them apart from all the other families, so a finding can be said of population plans alone.
POPULATION_PLANS_PROPER = ("population_plan", "family_planning_plan")
#: The families whose figures are no government's adopted targets (studies, projections, speeches): the zero-sum sums
#: only what governments adopted, so their population figures are named in its note and not summed.
NOT_ADOPTED_FAMILIES = ("strategy_study",)
#: The development part (rules may be written for it) and the held-out part (measured blind).
CORPUS_SPLITS = ("dev", "heldout")
#: The corpus manifest's columns (meanings: corpus/README.md and data/codebook/columns.csv).
CORPUS_MANIFEST_COLUMNS = ("text_id", "file", "place_zh", "admin_level", "document_title", "doc_number", "issuer", "issue_date", "page_title",
                           "address", "access_date", "kind", "plan_family", "kept", "sha256", "split", "note")

# -- official observations (data/reference/observations.csv) ------------------------------------------

#: Administrative levels of a place.
LEVELS = ("nation", "province", "prefecture", "county")
#: How a figure was produced.
BASES = ("census", "sample_survey", "registration", "administrative", "model_estimate")
#: Which edition of a figure: a census count (communiqué or yearbook), an annual figure as first
#: published or as revised after a census, a pre-2010-census estimate never revised, a model revision.
VINTAGES = ("census_communique", "census_yearbook", "first_published", "revised_after_2020_census", "pre_2010_census",
            "wpp_2022", "wdi_2026")
#: The sources an observation may name (each has a provenance record; a test checks the two agree).
SOURCE_IDS = ("collected-statistics", "derived-statistics", "leiii-census", "pik-population", "reference-statistics", "un-wpp-2022", "wdi")

# -- the audit (consistency.csv, figure_verdicts.csv) ---------------------------------------------------

#: The meaning of each severity of a consistency finding (the codebook and the report quote this).
SEVERITY_RULES = {
    "error": "two statements that cannot both be true",
    "warning": "a reader would be misled",
    "note": "context",
}
SEVERITIES = tuple(SEVERITY_RULES)
#: What the audit says of a plan figure the model might use (data/processed/figure_verdicts.csv):
#: ``rejected`` — left out of every trend, with the check and reason; ``conflict`` — the plan
#: states the figure of this indicator and year differently in text and table.
FIGURE_VERDICTS = ("rejected", "conflict")
#: The columns that identify one statement of the indicator table.
STATEMENT_KEY = ("plan_id", "indicator", "entity", "year", "source", "line", "value_start")
#: The columns of figure_verdicts.csv.
FIGURE_VERDICT_COLUMNS = (*STATEMENT_KEY, "value_text", "verdict", "check_id", "reason")


def ordinal(number: float) -> str:
    """An English ordinal of a rounded number: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 63rd, 100th."""
    n = int(round(number))
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"

# -- targets stated over a period (rules: analysis.demography.periods) -------------------------------

#: Words that make a stated figure an average over a period (年均自然增长率: the mean of the annual rates).
PERIOD_AVERAGE_WORDS = ("年均", "平均每年", "每年平均")
#: Words of increase that make a count stated over a period a change, not a level (增长空间在4500万左右).
PERIOD_CHANGE_WORDS = ("增长空间", "增长", "增加", "增量", "新增", "净增", "累计", "减少")
