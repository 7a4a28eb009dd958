# %% [markdown]
# ---
# title: "Methods and data"
# jupyter: python3
# ---
#
# ## How the numbers are made
#
# 1. **Ingestion** decodes each plan (UTF-8, GB18030 or UTF-16), normalises it line by line
#    without ever joining lines (so every value keeps its original line number), separates the
#    plan body from web-page furniture and other documents, detects spam substitutions, and
#    identifies the place from the body's own text.
# 2. **Extraction** reads every table cell and every quantified baseline, projection and target
#    of the prose by general rules, with units, qualifiers (左右, ≥, 以上, ranges, 力争) and a
#    verbatim quote. Stated changes are kept apart from levels. The same rules read the corpus of
#    real published texts.
# 3. **Sources** obtains the pinned official data sets (checking every file's SHA-256) and writes
#    the reference statistics and every official observation of the plan places.
# 4. **The audit** runs named checks within plans, across plans, against higher-level targets and
#    against official statistics, and writes its verdicts on the plan figures the model may use.
# 5. **Models** judge each distinct target once (a number stated in table and prose is one
#    target, with every source line). They leave out the plan figures the audit rejected (read
#    from its verdicts table), fit the trend form that suits the indicator (statsmodels OLS on a
#    transformed scale) to the plan's own baselines, to levels implied by its stated changes and
#    to official statistics up to the plan's base year, on several windows, with empirical bands
#    of the same extrapolation (a fit's own prediction interval would need three or more residual
#    degrees of freedom; see *Uncertainty* for how many judgements have one); damped-trend
#    exponential smoothing where a series has enough consecutive annual points. Age-structure
#    figures are set against a Hamilton–Perry cohort projection; population targets carry the net
#    migration they imply.
#
# ## Formulas and thresholds
#
# Required change per year from base year $b$ (value $v_b$) to target year $T$ (target $v_T$):
# compound annual growth $\left(v_T / v_b\right)^{1/(T-b)} - 1$ for population stocks,
# $(v_T - v_b)/(T - b)$ points a year for rates, shares, ratios and indices. Historical change:
# the same from the earliest point to the base year. The ratio of required to historical change is
# the ratio of Eurostat's SDG progress assessment (as coded in Open SDG's `sdg-build`, read here as
# ambition rather than progress); UN ESCAP's progress assessment uses the same comparison, and its
# anticipated gap $(v_T - \hat{v}_T)/(v_T - v_b)$, with $\hat{v}_T$ the trend's projection for
# $T$, is reported too. The ambition ratio compares the required change with the change the trend
# delivers to the target year:

# %%
#| include: false
from IPython.display import Markdown

from analysis import paths
from analysis.demography import metrics
from analysis.report import consistency_views, headline_views, method_views, style, words
from analysis.report.output import interactive_tables, save_table, table
import pandas as pd

style.setup()

# %%
# The table library for this page's interactive tables (HTML only; nothing in the PDF).
interactive_tables()

# %%
#| label: tbl-thresholds
#| tbl-cap: "Classes and their rules (ratio = required change per year ÷ trend change per year; the band is the trend's 80% band), from `analysis/demography/metrics.py`."
thresholds = pd.DataFrame(
    [
        ("already met", "a floor or ceiling the baseline already satisfies (a slack bound asks for no change), or a held level with no trend to test"),
        ("on trend", f"the target (± its tolerance) inside the trend's band; a held level the band contains; or {metrics.ON_TREND_LOW} ≤ ratio ≤ {metrics.ON_TREND_HIGH}"),
        ("reverses trend", "ratio < 0 with the target outside the band: change against a trend that moves beyond its own uncertainty"),
        ("below trend", f"0 ≤ ratio < {metrics.ON_TREND_LOW}, outside the band: the trend alone would carry the indicator past the target"),
        ("ambitious", f"{metrics.ON_TREND_HIGH} < ratio ≤ {metrics.VERY_AMBITIOUS}, outside the band; with a trend flat within its band, or a held level the trend leaves (holding stops the trend), the target 1–{metrics.VERY_AMBITIOUS:g} half-widths beyond the projection"),
        ("very ambitious", f"ratio > {metrics.VERY_AMBITIOUS}, outside the band; with a flat trend or a held level, more than {metrics.VERY_AMBITIOUS:g} half-widths beyond"),
        ("matches / above / below cohort projection", "age structure: the figure within the Hamilton–Perry projection's back-tested band (± tolerance), or above or below it"),
        ("not assessable", "no baseline, a single point, a qualitative target, or an age-structure figure dated at the census — always with the reason"),
    ],
    columns=["Class", "Rule"],
)
save_table(thresholds, "thresholds")
table(thresholds)

# %% [markdown]
# **Trend forms.** A trend is fitted by OLS on the scale on which the indicator plausibly changes
# by a constant amount a year, then transformed back; a series the form cannot take (a share of
# exactly 100) is fitted linearly and says so. The windows are the plan's earliest point, 2010
# onwards and the last intercensal period before the base year; their projections are shown as a
# range, and a target inside it is on trend.

# %%
#| label: tbl-forms
#| tbl-cap: "The trend form of each kind of indicator (`analysis/model/forms.py`)."
forms_table = method_views.forms_table()
save_table(forms_table, "forms")
table(forms_table)

# %% [markdown]
# **Tolerance.** A point or 左右 target is met, and a target close to its baseline holds it, within
# one tolerance per kind of indicator: a relative band for stocks and a band in points for rates
# and shares, whatever the digits the plan wrote. The sensitivity table repeats every class with
# the tolerances halved and doubled.

# %%
#| label: tbl-tolerance
#| tbl-cap: "Tolerances (`analysis/demography/metrics.py`)."
tolerance = method_views.tolerance_table()
save_table(tolerance, "tolerance")
table(tolerance)

# %% [markdown]
# **Life expectancy and infant mortality** are not extrapolated from a city's two figures: the
# place's baseline is carried at the pace of the nation's annual series from 2000 to the baseline
# year (World Development Indicators: UN model estimates), on the indicator's scale — the
# shortfall from 90 years for life expectancy, the log for infant mortality. The city's own
# two-point trend is kept in the sensitivity table. Their classes rest on the back-tested errors of
# that trajectory (below).
#
# **Uncertainty.** A prediction interval from one or two residual degrees of freedom is too wide to
# mean anything, so a fit's own interval would be used only from three on. Otherwise the class
# rests on the errors of the same extrapolation, measured where they can be (the figures below are
# read from the tables the pipeline wrote).

# %%
#| echo: false
u = method_views.uncertainty_summary()
Markdown(
    f"Of the {u['n_judged']} targets classed against a trend, {u['n_population']} (resident population) are read in the calibrated "
    f"distribution of signed errors of the provinces' own trends ({u['population_errors']:,} back-tests of {u['provinces']} provinces, launched "
    f"{u['population_launches']}, horizons {u['population_horizons']} years) and {u['n_urban']} (urban share) in the errors of the nation's own "
    f"urban-share trend ({u['share_errors']:,} back-tests launched {u['share_launches']}), {u['n_trajectory']} (life expectancy, infant mortality) "
    f"in the errors of the nation's own trajectory carried forward ({u['trajectory_errors']:,} back-tests launched {u['trajectory_launches']} "
    f"from {u['trajectory_bases']}-year bases); {u['n_symmetric']} rest on a symmetric band, "
    f"{u['n_no_band']} on no band ({u['no_band_indicators']}: tolerance and the range of windows only; their rows say the uncertainty is unquantified), and "
    f"{u['n_intervals']} on a prediction interval of its own fit. The symmetric bands are kept as context only: the population band of "
    f"±{u['population_band']:.2f}% a year ({u['population_band_units']} provincial errors, {u['population_band_period']}) gives the "
    "class beside the calibrated one (`band_class`, and in the sensitivity table; the trend charts draw the calibrated 10–90% band), "
    "but no longer the total's part of the band of an age-group count: that is half the 10–90% range of the calibrated errors of the "
    f"place's size class and horizon, compounded, combined in quadrature with the share's ({method_views.count_bands()}); the spread of "
    f"{u['panel_units']} prefectures' 2010→2020 change (±{u['panel_band']:.4f} a year on the log-odds scale for the urban share) no longer "
    "decides a class."
)

# %%
#| label: tbl-bands
#| tbl-cap: "Empirical bands and the back-tests shown beside them (`data/processed/bands.csv`): half-width a year on the model's scale (log for population, log-odds for shares)."
bands = method_views.bands_view()
save_table(bands, "bands")
table(bands)

# %%
#| echo: false
design = method_views.backtest_design()
Markdown(
    "**Calibrated error of the population trend.** For resident population the symmetric band is replaced by the empirical "
    "distribution of the *signed* errors of the same extrapolation — compound growth of a base period carried forward — "
    f"back-tested on the {design['provinces']} provinces' year-end population (NBS): launched in {design['real_time_launch']} "
    f"from the {design['real_time_base']} pre-census estimate (a real-time test, horizons {design['real_time_horizons']}, "
    f"census revisions included) and in {design['consistent_launches']} from {design['consistent_bases']} years earlier on the "
    f"series consistent with the 2020 census (horizons {design['consistent_horizons']}), by size class and horizon (Rayer, "
    "Smith & Tayman 2009; Smith, Tayman & Swanson 2013). No prefecture series before 2010 is bundled, so prefectures cannot "
    "be back-tested: a prefecture's target is read against the smaller provinces' errors, which likely understates a "
    "prefecture's. A target's *pace gap* (required minus trend pace, % a year) gets its percentile in the errors of its size "
    f"class and horizon, and the class is cut from it: {metrics.CALIBRATED_CENTRAL[0]:g}–{metrics.CALIBRATED_CENTRAL[1]:g} on "
    f"trend, above {metrics.CALIBRATED_CENTRAL[1]:g} ambitious, above {metrics.CALIBRATED_OUTER[1]:g} very ambitious, below "
    f"{metrics.CALIBRATED_CENTRAL[0]:g} below trend (or reverses trend, against the trend's sign); the class by the symmetric "
    f"band stays beside it. {words.capitalise(design['population_most'])} errors are negative "
    f"({design['population_negative']:.0%})" + (": the trends overshot." if design["population_negative"] > 0.5 else ".")
)

# %%
#| label: tbl-error-distribution
#| tbl-cap: "Signed errors of the population trend (actual minus trend growth, % a year) by size class and horizon: quantiles of the provincial back-tests (`data/processed/error_distribution.csv`; every back-test row in `error_backtest.csv`)."
errors = method_views.error_distribution_view()
save_table(errors, "error_distribution")
table(errors)

# %%
#| echo: false
Markdown(
    "**The urban share against its own trend.** The spread of prefectures' 2010→2020 change measures how places differ, not "
    "how far one place departs from its own trend. That needs three points of one place, and no province or prefecture has "
    "an urban share before 2010 in the bundled sources: the own-trend error is back-tested on the nation's annual series "
    "(World Development Indicators: the UN's urban share, and the 0–14 and 65+ shares as context) — the log-odds trend of a "
    f"{design['urban_bases']}-year base period, launched every year from {design['urban_first_launch']}, carried "
    f"{design['urban_horizons']} years ahead; error = actual minus trend pace, points a year, signed. One place's "
    "overlapping history and a smoothed model series: a prefecture's errors are likely larger. An urban-share target's pace "
    "gap gets its percentile at its horizon, cut as for population."
)

# %%
#| label: tbl-share-error-distribution
#| tbl-cap: "Signed errors of a share's own trend (actual minus trend pace, points a year), China 1985–2024, by horizon (`data/processed/share_error_distribution.csv`; every back-test in `share_error_backtest.csv`). The urban share's targets are read against it."
share_errors = method_views.share_error_distribution_view()
save_table(share_errors, "share_error_distribution")
table(share_errors)

# %%
#| echo: false
Markdown(
    "**Life expectancy and infant mortality against the nation's trajectory.** Their trend is the place's baseline carried "
    "at the slope of the nation's series, so the same method is back-tested on that series (World Development Indicators: "
    f"the UN's life expectancy {design['life_expectancy_years']} — the famine years 1960–61 excluded — and infant mortality "
    f"{design['imr_years']}): the OLS slope of a {design['trajectory_bases']}-year base period (the ambition table's "
    "2000–2015 and 2000–2020) on the indicator's scale, carried from the launch year's value "
    f"{design['trajectory_horizons']} years ahead. The error is measured on that scale, % a year, signed positive when the "
    "value ended above its trend: for life expectancy the share of the shortfall from 90 years closed faster than the trend, "
    "for infant mortality the log of the rate (an IMR of 40‰ and one of 5‰ fall by comparable percentages, not by "
    "comparable ‰). A target's gap from the carried trend is measured the same way and gets its percentile at its horizon, "
    "cut as for population; for infant mortality, where lower is better, from the other end. No province could be "
    "back-tested (the bundled sources have one provincial figure, 2020, per province), and a city's departure from the "
    "nation's pace is likely larger than the nation's from its own. Infant mortality ended below its trend in "
    f"{design['imr_most']} back-tests ({design['imr_negative']:.0%} of its errors are negative"
    + ("; it fell faster than its trend after its stagnation of the late 1980s)." if design["imr_negative"] > 0.5 else ").")
)

# %%
#| label: tbl-trajectory-error-distribution
#| tbl-cap: "Signed errors of the national life-expectancy and infant-mortality trajectories carried forward (% a year on the indicator's scale: shortfall from 90 years, log of the rate; positive: above the trend), China, by horizon (`data/processed/trajectory_error_distribution.csv`; every back-test in `trajectory_error_backtest.csv`)."
trajectory_errors = method_views.trajectory_error_distribution_view()
save_table(trajectory_errors, "trajectory_error_distribution")
table(trajectory_errors)

# %%
#| echo: false
bases = method_views.class_bases()
Markdown(
    f"Of the {sum(bases.values())} trend classes, {bases['calibrated distribution']} rest on a calibrated error distribution "
    f"({method_views.calibrated_indicators()}), {bases['symmetric band']} on the symmetric empirical band of the census panel, and "
    f"{bases['no band']} on no band at all (tolerance and window range only)."
)

# %%
#| label: tbl-calibration
#| tbl-cap: "Does a class predict what happened? Class against the share of targets met, over every target dated 2020 or earlier with a directional outcome (`data/processed/calibration.csv`)."
calibration = method_views.calibration_view()
save_table(calibration, "calibration")
table(calibration, pdf_columns=["Class rests on", "Class", "Targets with an outcome", "Met", "Exceeded", "Missed", "Share met"])

# %%
#| echo: false
n_calibration = int(calibration["Targets with an outcome"].sum())
Markdown(
    f"{n_calibration} targets carry both a trend class and an outcome: too few to test, let alone calibrate, the cut-offs "
    f"(no class has more than {int(calibration['Targets with an outcome'].max())}); the table shows what happened to each, no more. "
    f"The published texts of the corpus add outcomes (How the plans fared) but no trend class, since most state one "
    f"baseline at most."
)

# %% [markdown]
# **Age structure** is projected by the Hamilton–Perry cohort-change-ratio method from the 2010
# and 2020 censuses by five-year age group and sex (Hamilton & Perry 1962; Swanson, Schlottmann &
# Schmidt 2010; Baker, Swanson, Tayman & Tedrow 2017): each cohort's ratio of its size at the two
# censuses, $CCR_x = P_x(2020) / P_{x-10}(2010)$, is carried forward, $P_x(2030) = CCR_x \times
# P_{x-10}(2020)$. The youngest two groups follow child–woman ratios: **0–4 to the women aged
# 15–44, 5–9 to the women aged 20–49** ($P_{0-4}(2030) = CWR_{0-4} \times W_{15-44}(2030)$). The
# 2020 ratios carry the births of 2016–2020 forward; both are rescaled by one factor
# $s = (5\bar B / W_{15-44}(\bar t)) / CWR_{0-4}(2020)$ so that the 0–4 group matches the mean
# annual births $\bar B$ observed after the census (birth rate × population), holding the
# fertility per woman of those years.

# %%
#| echo: false
coverage = method_views.census_coverage()
Markdown(
    "**Census coverage changed between 2010 and 2020**: China has little international migration, so a cohort's national "
    f"ratio over the decade should be its survival (UN WPP 2022: {coverage['survival']} for the cohorts aged "
    f"{coverage['survival_ages']} in 2010); the census ratios are {coverage['children']} for the cohort aged "
    f"{coverage['children_ages']} in 2010 ({coverage['children_reading']}: Goodkind 2011, *Demography* 48:291)"
    + (f" and {coverage['women']} for the women aged {coverage['women_ages']} in 2010, below their survival "
       f"({coverage['women_reading']})" if coverage["women"] else "")
    + ". Correcting only the children, as before, left the adults' "
    f"{coverage['adults_loss_direction']} in ({coverage['adults_loss']} of the nation's 2030 total) and, with 2025 "
    f"interpolated at fixed ages, put the nation's 2025 total {coverage['gap_2025']} the NBS figure of the end of 2024 "
    "(less the servicemen the census age tables leave out)."
)

# %% [markdown]
# So each place's ratios for the groups aged 10–49 in 2020 are divided by the nation's coverage
# factor $CCR_{x,\text{nation}} / S_x$ ($S_x$ the WPP ratio): the national ratios become the
# survival and a place keeps its departure from the nation (Swanson, Schlottmann & Schmidt 2010;
# Baker et al. 2017). **2025 and 2035 are half steps along the cohorts**: $P_x(t+5) = P_{x-5}(t)
# \times (CCR_x \, CCR_{x+5})^{1/4}$ for the cohorts aged 5–79, 0–4 from the anchored ratio, 80–84
# and 85+ interpolated geometrically; other years are linear between these nodes (interpolating
# every group at fixed ages loses people when cohort bulges move through them). Its back-tests,
# including the nation's projection against the NBS figures of 2024 and 2025, are on the ambition
# page.

# %%
#| echo: false
Markdown("Births the child–woman ratios are anchored on: " + "; ".join(method_views.cohort_anchors()) + ".")

# %% [markdown]
# **Implied migration** comes from the
# balancing equation $P_T - P_b = N_{b,T} + M_{b,T}$ — population change is natural increase
# $N$ plus net migration $M$ —, with natural increase at the plan's own rate (or the official one)
# on the mean population.

# %%
#| echo: false
Markdown(
    "A point or 左右 target is read with its tolerance; a floor (≥, 以上) or ceiling (≤, 以下, 以内) is judged at its "
    "bound; a range at its nearer bound. For indicators with a better direction (life expectancy up, mortality down) a "
    "point target is a floor or ceiling in that direction. Ex-post (`metrics.outcome_status`), "
    f"{metrics.verdict_words()}; an age-structure figure is as stated, "
    "above or below. The classes measure how far a target departs from the trend, not whether the change is desirable. "
    "The consistency audit compares figures at the precision they are written with: half a unit of the last digit "
    f"written (500万 is 500 ± {metrics.approx_band(500, '500万'):g}万; trailing zeros are digits, and a figure meant "
    "as approximate says 左右, which is judged with its tolerance)."
)

# %% [markdown]
# **Sources for the methods.** Eurostat, *Sustainable development in the European Union —
# Monitoring report*, methodological introduction (trend assessment against quantified targets);
# Open SDG, *Progress methodology* and `sdg-build` `ProgressMeasure.py`; UN ESCAP, *Asia and the
# Pacific SDG Progress Report*, progress assessment methodology (Current Status and Anticipated
# Progress indices; Bidarbakht Nia 2017, ESCAP SD Working Paper 04); UNSD, *SDG Progress Chart
# technical note* (2023). Trend forms: Smith, Tayman & Swanson (2013), *A Practitioner's Guide to
# State and Local Population Projections*; UN DESA, *World Urbanization Prospects 2018*,
# methodology; Lee & Carter (1992), *JASA* 87:659; Alkema & New (2014), *Annals of Applied
# Statistics* 8:2122; Raftery, Chunn, Gerland & Ševčíková (2013), *Demography* 50:777; Oeppen &
# Vaupel (2002), *Science* 296:1029. Empirical intervals: Rayer, Smith & Tayman (2009),
# *Population Research and Policy Review* 28:773; Smith & Sincich (1988), *Demography* 25:461.
# Cohort projection: Hamilton & Perry (1962), *Social Forces* 41:163; Swanson, Schlottmann &
# Schmidt (2010), *Population Research and Policy Review* 29:47; Baker, Swanson, Tayman & Tedrow
# (2017), *Cohort Change Ratios and their Applications* (Springer); Goodkind (2011), "Child
# underreporting, fertility, and sex ratio imbalance in China", *Demography* 48:291.
#
# ## Reference statistics
#
# Official figures come from public pages, each with its title, address and a verbatim quote
# (`data/reference/reference_statistics.csv`; confidence *high* for official sites or several
# agreeing copies, *medium* for secondary pages quoting an official one). One value is derived
# and says how (`data/reference/derived_statistics.csv`).

# %%
#| label: tbl-reference-sources
#| tbl-cap: "Sources of the reference statistics: how many values each contributed, and the years and places covered."
sources = method_views.reference_sources()
save_table(sources, "reference_sources")
table(sources, pdf_columns=["Source", "Confidence", "Values", "Places", "Years"])

# %% [markdown]
# ## Sources and licences
#
# Every official figure the report uses is a row of `data/reference/observations.csv`, naming its
# source, where in the source it is, its basis (census, sample survey, registration, model
# estimate), population base and vintage. The official data sets are not copied into the project:
# each is pinned in `data/sources/` (origin with repository and commit, or package and version,
# SHA-256 of every file, access date, licence and licence file) and checked file by file when read;
# the hand-collected facts have a provenance sidecar beside them in `data/reference/`. Two known errors of the census panel are corrected in code from the cited
# official figure (Lianyungang's 2010 age shares, Suining's 2010 urban population). UN and World
# Bank model estimates (fertility, life expectancy, age shares, urban share) are context only and
# never an outcome.

# %%
#| label: tbl-sources
#| tbl-cap: "Sources of the observations, with their origin, licence and the attribution they ask for."
sources_list = method_views.sources_table()
save_table(sources_list, "sources")
table(sources_list, pdf_columns=["Source", "Origin", "Licence", "Attribution", "Observations"])

# %% [markdown]
# ## Limitations

# %%
#| echo: false
h = headline_views.headlines()
vintages = consistency_views.vintage_examples()
Markdown(
    "- **Coverage of official figures.** The 2010 and 2020 censuses cover population, urbanisation, age structure, sex "
    "ratio and household size for every plan city; annual figures after 2020 come from communiqués found for some "
    f"cities and years only. {h['n_outcomes_observed']} of {h['n_outcomes_total']} targets dated up to "
    f"{h['last_observed_year']} have an official outcome; the rest are social-service, health and schooling indicators "
    f"no source publishes for the city (see the outcomes page). {h['n_not_assessable']} targets cannot be judged "
    "against a trend, mostly because the plan states a single baseline year.\n"
    "- **Vintages.** Annual estimates are revised after censuses: "
    + "; ".join(vintages["Finding"])
    + f"; and {method_views.estimate_versus_census()}. Census counts and pre-census estimates are never spliced without saying so.\n"
    "- **National targets** come from official news reports of the national plan and from the 13th Five-Year "
    "family-planning plan; the national plan's own indicator table was not available.\n"
    "- **Trends are simple.** Two-point trends carry the years before the base year forward; they are a benchmark, not "
    f"a forecast. {bases['calibrated distribution']} classes rest on the errors of that trend back-tested "
    f"({method_views.calibrated_indicators()}) — population on provinces, the others on the nation's own series (a city's "
    "departure from the nation's pace is likely larger than the nation's from its own): no "
    "prefecture series before 2010 is bundled, so no prefecture could be back-tested, and a prefecture's errors are likely "
    "larger; horizons beyond the longest back-tested use its errors. "
    f"{bases['symmetric band']} judgements rest on the symmetric spread of prefectures' 2010–2020 change, and "
    f"{h['n_no_band']} concern indicators with no empirical band and no back-test ({method_views.uncertainty_summary()['no_band_indicators']}).\n"
    "- **Cohort projections** hold the 2010–2020 cohort-change ratios and the fertility per woman of the years after 2020 "
    "with a birth rate (listed under *Age structure*: one year for some places, the nation's where a place has none); no third census by age and "
    "prefecture is bundled, so the local error is back-tested across places rather than over time, and the anchoring and the "
    "coverage correction are back-tested only for the nation (against the NBS figures after 2020: "
    f"{method_views.cohort_recent()}).\n"
    "- **Scope of the prose.** All table cells are extracted; in the prose, values of the indicators in the codebook "
    "(population, vital rates, age structure, health, education, urbanisation and the social-service indicators of "
    "the tables). Counts of facilities or training places are not."
)

# %%
#| echo: false
reference_notes = (paths.REFERENCE / "SOURCE_NOTES.md").read_text(encoding="utf-8")
Markdown("### Notes that came with the reference data (verbatim)\n\n" + reference_notes.replace("\n# ", "\n#### ").removeprefix("# Reference statistics\n"))

# %% [markdown]
# ## Codebook
#
# Every indicator code, with its Chinese name, unit and definition (`data/codebook/indicators.csv`;
# every column of every table is documented in `data/codebook/columns.csv`).

# %%
#| label: tbl-codebook
#| tbl-cap: "The indicator codebook."
codebook = pd.read_csv(paths.CODEBOOK / "indicators.csv", keep_default_na=False)[["code", "name_zh", "name_en", "unit", "measure", "definition"]]
save_table(codebook, "indicator_codebook")
table(codebook, pdf_columns=["code", "name_zh", "name_en", "unit", "measure"])

# %% [markdown]
# ## How to rerun
#
# `make report` rebuilds everything from the plan texts in `seeds/` (pipeline, notebooks, site
# and PDF); `make test` runs the test suite, which also executes every notebook. The tidy tables
# are in `data/processed/` and can be downloaded from the site's Data page.
