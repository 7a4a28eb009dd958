# %% [markdown]
# ---
# title: "Ambition"
# jupyter: python3
# ---
#
# How far does each target depart from the path its baselines were on? Every distinct target —
# a number a plan states once or several times, in its table and its prose — is judged once. A
# trend of the form that suits the indicator (compound growth for population, log-odds for
# shares, proportional decline for mortality, shrinking gains for life expectancy) is fitted to
# the data available when the plan was written, on several windows, with an uncertainty band;
# the target is classed by how much faster, slower or against the trend it asks the indicator to
# move, and only where it lies beyond the band. Age structure is not a policy lever with a trend:
# those figures are set against what the cohorts already born imply. Methods and thresholds are
# on the methods page.

# %%
#| include: false
from IPython.display import Markdown

from analysis.report import ambition_views, headline_views, method_views, plots, style, views
from analysis.report.output import save_figure, save_table, table

style.setup()
h = headline_views.headlines()

# %%
#| echo: false
Markdown(
    f"The plans state {h['n_distinct']} distinct targets and projections for their own places, in {h['n_statements']} statements "
    f"(a target in both table and prose is one target). {h['n_assessed']} could be judged against a trend: "
    f"{views.counted(h['class_counts'])}. {h['n_cohort']} age-structure figures were set against the cohort projection: "
    f"{views.counted(h['cohort_counts'])}. The other {h['n_not_assessable']} cannot be judged, mostly because the plan states a "
    f"single baseline year and no official statistic fills the gap (the reasons are counted below). {h['n_no_band']} of "
    "the trend judgements rest on an indicator for which no empirical band exists; their uncertainty is unquantified "
    "(the band column of the table says so)."
)

# %% [markdown]
# ## At a glance
#
# @fig-ambition-heatmap gives, for each plan and indicator, the class of the plan's final-horizon
# target.

# %%
#| echo: false
Markdown(f"The final horizon is {h['horizons']}.")

# %%
#| label: fig-ambition-heatmap
#| fig-cap: "Class of each plan's final-horizon target: against its trend, or (age structure) against the Hamilton–Perry cohort projection. Empty: no target; n/a: not assessable (see the reasons below)."
#| fig-alt: "Heatmap with one row per indicator and one column per plan; each coloured cell names the class of the plan's final target for that indicator, from already met through below trend, on trend and ambitious to very ambitious or reversing the trend."
figure = plots.ambition_heatmap(ambition_views.ambition_matrix())
save_figure(figure, "ambition_heatmap")

# %% [markdown]
# ## Trends and targets
#
# @fig-trend-panels shows the history behind the population and urbanisation targets, the
# preferred trend (compound growth for population, log-odds for urbanisation) with its 80% band —
# for population the 10th to 90th percentile of the back-tested errors of its size class and
# horizon, the band its class is read in; for urbanisation the empirical band of the same
# extrapolation over Chinese places (no fit of these series has the three residual degrees of
# freedom a prediction interval of its own would need; see the methods page) — and the targets
# coloured by class.

# %%
#| label: fig-trend-panels
#| fig-cap: "History, trend with its 80% band, and targets for resident population (万人) and the urbanisation rate (%). Trends use only data available at the plan's base year, and only the figures the consistency audit does not reject."
#| fig-alt: "Grid of line charts, one row per plan and one column for resident population and for urbanisation: past figures as black markers, the trend as a dashed blue line in a shaded 80 per cent band, and each target as a diamond coloured by its class."
indicators = {code: views.label(code) for code in ("pop_resident", "urbanization_resident")}
panels = {(plan, code): ambition_views.trend_panel(plan, code) for plan in views.plan_labels() for code in indicators}
figure = plots.trend_panels(panels, views.plan_labels(), indicators)
save_figure(figure, "trend_panels")

# %% [markdown]
# ## Population targets and the migration they imply
#
# A population target is a statement about births, deaths and migration. With the plan's own
# natural increase (or the official one), the balancing equation gives the net migration each
# target needs, set here against the net migration of the last documented period and of the
# 2010–2020 intercensal period (census change less natural increase).

# %%
#| echo: false
Markdown(
    f"Chongqing's {h['chongqing_year']} population target ({h['chongqing_target']}) needs "
    f"{views.fmt(h['chongqing_required'])}% a year against {views.fmt(h['chongqing_historical'])}% a year in "
    f"{h['chongqing_history']}; within the trend's band, it is {h['chongqing_class']}. Luzhou's {h['luzhou_year']} target "
    f"of {h['luzhou_target']:g}万 needs {views.fmt(h['luzhou_required'])}% a year against a {h['luzhou_history']} trend of "
    f"{views.fmt(h['luzhou_trend'])}% ({h['luzhou_class']}): with the plan's own natural increase of "
    f"{views.fmt(h['luzhou_natural'])}‰ it implies net in-migration of {views.fmt(h['luzhou_migration'])}万 a year "
    f"({views.fmt(h['luzhou_migration_official'])}万 at the official rate of {views.fmt(h['luzhou_official_rate'])}‰), after "
    f"net migration of {views.fmt(h['luzhou_past_migration'])}万 a year in {h['luzhou_past_period']} — while the same plan "
    f"expects its population to peak around {h['luzhou_peak']}."
)

# %%
#| echo: false
Markdown(
    f"**Population decline.** {h['declining']} lost population between the 2010 and 2020 censuses "
    f"({h['declining_rates']}). Suining's draft asks for {h['suining_target_text']} in {h['suining_year']}, close to its "
    f"{h['suining_base_year']} census count of {views.fmt(h['suining_baseline'])}万 when the census-to-census trend is "
    f"{views.fmt(h['suining_trend'])}% a year (about {views.fmt(h['suining_projection'], 0)}万 by {h['suining_year']}): the "
    f"target is {h['suining_framing']} ({h['suining_class']}). Yingkou's plan, written with a 2015 base, expected growth to "
    f"{h['yingkou_final_target']}; the censuses then counted a decline."
)

# %%
#| label: tbl-migration
#| tbl-cap: "Population targets: natural increase used, net migration the target implies (万 a year; also at the latest official natural-increase rate, and its range over the plan's rate and every official annual rate after the base year, of one vintage), net migration of the last documented period and between the censuses, the census change a year, and what a target asks where the trend falls. All columns are in `data/processed/ambition.csv`."
migration = method_views.migration_table()
save_table(migration, "migration")
table(migration, pdf_columns=["Plan", "Year", "Target (万)", "Natural increase (‰)", "Implied net migration (万/yr)", "Range over every rate (万/yr)", "Past net migration (万/yr)", "Census change (%/yr)", "Framing"])

# %% [markdown]
# ## Age structure against the cohorts
#
# Shares of children and older people ten years ahead are mostly fixed by people already born,
# so they are set against a Hamilton–Perry projection from the 2010 and 2020 censuses (ratios of
# each cohort's size at the two censuses carried forward), not against a trend: a figure
# *matches* the cohort projection within its back-tested band, or lies above or below it. These
# are forecasts, not goals: "above" is not "exceeded".

# %%
#| label: tbl-cohort-targets
#| tbl-cap: "Age-structure figures against the Hamilton–Perry projection of the plan's place (± its back-tested band), and, for the national plan, against the UN WPP 2022 medium variant."
cohort_targets = method_views.cohort_targets()
save_table(cohort_targets, "cohort_targets")
table(cohort_targets, pdf_columns=["Plan", "Indicator", "Year", "Figure", "Cohort projection", "UN WPP", "Class", "Against WPP"])

# %%
#| echo: false
Markdown(
    f"The projection's error, back-tested: for the nation, ratios from UN WPP's 2000 and 2010 estimates projected 2020 with "
    f"errors of {h['hp_national_errors']} (points; the 2000 census by age is not among the bundled sources); with the child–woman "
    f"ratios of 2010 anchored on the births of 2011–2014, as the places' are on the births after 2020, {h['hp_national_anchored_errors']} — "
    "across the rise of fertility after 2016. Across "
    f"{h['hp_prefectures']} prefectures, each projected from its 2010 census with the rest of its province's 2010→2020 ratios, "
    f"the 80th-percentile absolute error was {h['hp_prefecture_errors']}. A place's projection carries that error scaled by "
    "its horizon. The child–woman ratios are rescaled to the births observed after 2020 (methods page), so the projection "
    f"gives the nation {views.fmt(h['hp_national_children_2030'], 1)}% aged 0–14 in 2030, UN WPP 2022 (which expected more births) "
    f"{views.fmt(h['wpp_national_children_2030'], 1)}%."
)

# %%
#| label: tbl-cohort-projections
#| tbl-cap: "Hamilton–Perry projections of the age structure (%) of each plan's place and the nation, with the 2020 census and, for the nation, UN WPP 2022 for 2030 (`data/processed/cohort.csv`)."
projections = method_views.cohort_projections()
save_table(projections, "cohort_projections")
table(projections)

# %%
#| label: tbl-cohort-backtest
#| tbl-cap: "Back-tests of the Hamilton–Perry projection against the 2020 census: errors in percentage points (`data/processed/cohort_backtest.csv`)."
backtest = method_views.cohort_backtest()
save_table(backtest, "cohort_backtest")
table(backtest)

# %% [markdown]
# ## Figures the audit rejects
#
# A plan figure the consistency audit finds implausible, contradicted by official statistics or
# labelled as another series is not a model input; the statement consistent with official
# statistics is used instead, and the class with the rejected figure stays in the sensitivity
# table.

# %%
#| label: tbl-rejected-inputs
#| tbl-cap: "Plan figures left out of the trend series, the check that rejects them, and the baseline used instead."
rejected = method_views.rejected_inputs()
save_table(rejected, "rejected_inputs")
table(rejected)

# %% [markdown]
# ## Every assessed target

# %%
#| label: tbl-ambition
#| tbl-cap: "Targets and projections judged against a trend: baseline, required and trend change per year, trend projection, the range over windows, the 80% band (none: no empirical band for the indicator), ratio (empty where the trend is flat within its band) and class. All columns are in `data/processed/ambition.csv`."
ambition = ambition_views.ambition_table()
save_table(ambition, "ambition")
table(ambition, pdf_columns=["Plan", "Indicator", "Year", "Target", "Baseline", "Required / yr", "Trend / yr", "80% band", "Class"])

# %% [markdown]
# Targets that cannot be assessed, by reason:

# %%
#| label: tbl-not-assessable
#| tbl-cap: "Why targets could not be judged."
table(ambition_views.not_assessable_reasons())

# %% [markdown]
# ## Sensitivity
#
# A class should not hinge on one modelling choice. The table gives the class with the
# indicator's form and a linear trend on each data variant (the plan's own points; plan points
# completed with official statistics; census counts only), on the other windows, with the
# projection alone (no band), with the plan's other statement of a base-year value, with the
# figures the audit rejects put back, and with every tolerance halved and doubled.

# %%
#| echo: false
Markdown(
    f"Exponential smoothing with a damped trend needs at least {h['ets_min_points']} consecutive annual points, which no "
    "series here has, so it is never fitted; every such case is recorded with its reason in `data/processed/trends.csv`."
)

# %%
#| label: tbl-sensitivity
#| tbl-cap: "Class under each variant; – where a variant cannot be assessed. Stable: all assessed variants agree."
sensitivity = ambition_views.sensitivity_table()
save_table(sensitivity, "sensitivity")
table(sensitivity, pdf_columns=["Plan", "Indicator", "Year", "Target", "Headline", "linear · plan+ref", "no band", "other baseline", "tolerance ×2", "Stable"])
