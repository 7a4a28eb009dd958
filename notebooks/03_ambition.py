# %% [markdown]
# ---
# title: "Ambition"
# jupyter: python3
# ---
#
# How far does each target depart from the path its baselines were on? For every target with a
# baseline, a trend is fitted (statsmodels) to the data available when the plan was written and
# projected to the target year; the target is then classed by how much faster, slower or against
# the trend it asks the indicator to move. Methods and thresholds are on the methods page.

# %%
#| include: false
from IPython.display import Markdown

from analysis.report import plots, style, views
from analysis.report.output import save_figure, save_table, table

style.setup()
h = views.headlines()

# %%
#| echo: false
counts = h["class_counts"]
Markdown(
    f"Of {h['n_assessed'] + h['n_not_assessable']} targets and projections, {h['n_assessed']} could be assessed: "
    + ", ".join(f"{n} {name}" for name, n in sorted(counts.items(), key=lambda item: -item[1]))
    + f". The other {h['n_not_assessable']} cannot be judged against a trend, mostly because the plan states a single "
    "baseline year and no official statistic fills the gap (the reasons are counted below)."
)

# %% [markdown]
# ## Ambition at a glance
#
# @fig-ambition-heatmap gives, for each plan and indicator, the class of the plan's final-horizon
# target.

# %%
#| echo: false
Markdown(f"The final horizon is {h['horizons']}.")

# %%
#| label: fig-ambition-heatmap
#| fig-cap: "Ambition class of each plan's final-horizon target against its trend. Empty: no target; n/a: no trend could be fitted (see the reasons below)."
figure = plots.ambition_heatmap(views.ambition_matrix())
save_figure(figure, "ambition_heatmap")

# %% [markdown]
# ## Trends and targets
#
# @fig-trend-panels shows the history behind the population and urbanisation targets, the
# preferred trend (log-linear for population, linear for rates) with its prediction interval
# where the data allow one, and the targets coloured by class.

# %%
#| label: fig-trend-panels
#| fig-cap: "History, trend (with its prediction interval where the data allow one) and targets for resident population (万人) and the urbanisation rate (%). Trends use only data available at the plan's base year."
keys = [(plan, code) for plan in views.plan_labels() for code in ("pop_resident", "urbanization_resident")]
panels = {key: views.trend_panel(*key) for key in keys}
titles = {key: f"{views.plan_labels()[key[0]]} · {views.label(key[1])}" for key in keys}
figure = plots.trend_panels(panels, titles)
save_figure(figure, "trend_panels")

# %%
#| echo: false
Markdown(
    f"Chongqing's {h['chongqing_year']} population target ({h['chongqing_target']}) needs "
    f"{views.fmt(h['chongqing_required'])}% a year against {views.fmt(h['chongqing_historical'])}% a year in "
    f"{h['chongqing_history']}: ambitious. Luzhou's {h['luzhou_year']} target of {h['luzhou_target']:g}万 needs "
    f"{views.fmt(h['luzhou_required'])}% a year against a {h['luzhou_history']} trend of {views.fmt(h['luzhou_trend'])}% "
    f"— while the same plan expects its population to peak around {h['luzhou_peak']}. Suining's draft asks to keep "
    f"the population at {h['suining_target_text']} in {h['suining_year']}, close to its {h['suining_base_year']} census "
    f"count of {views.fmt(h['suining_baseline'])}万, when the census-to-census trend ({h['suining_history']}) is "
    f"{views.fmt(h['suining_trend'])}% a year (about {views.fmt(h['suining_projection'], 0)}万 by {h['suining_year']}): "
    "holding it means stopping the decline."
)

# %% [markdown]
# ## Every assessed target

# %%
#| label: tbl-ambition
#| tbl-cap: "Assessed targets and projections: baseline, required and trend change per year, trend projection, ratio and class, with the model and data used. All columns are in `data/processed/ambition.csv`."
ambition = views.ambition_table()
save_table(ambition, "ambition")
table(ambition, pdf_columns=["Plan", "Indicator", "Year", "Target", "Baseline", "Required / yr", "Trend / yr", "Ratio", "Class"])

# %% [markdown]
# Targets that cannot be assessed, by reason:

# %%
#| label: tbl-not-assessable
#| tbl-cap: "Why targets could not be judged against a trend."
table(views.not_assessable_reasons())

# %% [markdown]
# ## Sensitivity
#
# A class should not hinge on one modelling choice. The table gives the class under each model
# (linear, log-linear) and each data variant (the plan's own points; plan points completed with
# official statistics; census counts only), and with the plan's other statement of a base-year
# value where its text and table disagree.

# %%
#| echo: false
Markdown(
    f"Exponential smoothing with a damped trend needs at least {h['ets_min_points']} consecutive annual points, which no "
    "series here has, so it is never fitted; every such case is recorded with its reason in `data/processed/trends.csv`."
)

# %%
#| label: tbl-sensitivity
#| tbl-cap: "Ambition class under each model and data variant; – where a variant cannot be assessed. Stable: all assessed variants agree."
sensitivity = views.sensitivity_table()
save_table(sensitivity, "sensitivity")
table(sensitivity, pdf_columns=["Plan", "Indicator", "Year", "Target", "Headline", "linear · plan+ref", "log-linear · plan+ref", "linear · census", "other baseline", "Stable"])
