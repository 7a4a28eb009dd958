# %% [markdown]
# ---
# title: "Outcomes"
# jupyter: python3
# ---

# %%
#| include: false
from IPython.display import Markdown

from analysis.report import plots, style, views
from analysis.report.output import save_figure, save_table, table

style.setup()
h = views.headlines()
year = h["last_observed_year"]

# %%
#| echo: false
Markdown(
    f"Targets for {year} or earlier, the year of the 7th census, appear in {h['n_plans_with_observed_year']} plans. What "
    f"happened? Each target dated {year} or earlier is compared with the official figure for that place and year; "
    "where the reference data have no such figure the target is reported as not observed — never interpolated. For "
    "targets with a trend, the page also asks whether the trend (fitted only on data the plan could have had) "
    "predicted the outcome better than the target did.\n\n"
    f"Only {h['n_outcomes_observed']} of the {h['n_outcomes_total']} plan targets and projections dated {year} or "
    f"earlier can be checked against the reference statistics, which cover {year} total population and a few age "
    f"shares. Chongqing reached {views.fmt(h['chongqing_2020_outcome'])}万 against its target of "
    f"{h['chongqing_target']} ({h['chongqing_2020_difference']:+.2f}万); Yingkou counted "
    f"{views.fmt(h['yingkou_outcome'])}万 against {h['yingkou_target']} ({h['yingkou_difference']:+.2f}万), a "
    f"decline where the plan expected growth. The national plan's {h['national_target_text']} for {year} was missed by "
    f"{abs(h['national_difference']):.0f}万 people."
)

# %% [markdown]
# @fig-outcomes places each target with an observed outcome between the two: how far the plan's
# target and the trend of its baselines each were from what happened. Rows marked "National" are
# national plan targets quoted in the reference data; a plan's own target that the reference data
# also quote is shown once, under the plan.

# %%
#| label: fig-outcomes
#| fig-cap: "Targets against the census outcome: target (diamond), trend projection from the plan's base year (blue) and outcome (black)."
figure = plots.outcomes_chart(views.outcomes_observed())
save_figure(figure, "outcomes")

# %%
#| label: tbl-outcomes
#| tbl-cap: "Every target and projection dated up to the last census year, with its outcome where the reference data have one."
outcomes = views.outcomes_view()
save_table(outcomes, "outcomes")
table(outcomes, pdf_columns=["Plan", "Indicator", "Year", "Kind", "Target", "Outcome", "Status", "Difference", "Trend closer"])
