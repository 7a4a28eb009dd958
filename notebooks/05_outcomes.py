# %% [markdown]
# ---
# title: "Outcomes"
# jupyter: python3
# ---

# %%
#| include: false
from IPython.display import Markdown

from analysis.report import headline_views, outcome_views, plots, style, views, words
from analysis.report.output import interactive_tables, save_figure, save_table, table

style.setup()
h = headline_views.headlines()
year = h["last_observed_year"]

# %%
# The table library for this page's interactive tables (HTML only; nothing in the PDF).
interactive_tables()

# %%
#| echo: false
Markdown(
    f"Targets for {year} or earlier, the year of the 7th census, appear in {h['n_plans_with_observed_year']} plans. What "
    f"happened? Each target dated {year} or earlier is compared with the official figure for that place and year from "
    f"the observations table ({h['n_observations']} figures: the 2010 and 2020 censuses by prefecture, provincial "
    "year-end series, national series and the communiqués collected, each with its source and licence). Where the "
    "exact year is missing, official figures on either side bound the outcome if the indicator moved monotonically; "
    "otherwise the target is reported as not observed, with the reason — never interpolated. For targets with a trend, "
    "the page also asks whether the trend (fitted only on data the plan could have had) predicted the outcome better "
    "than the target did.\n\n"
    f"{h['n_outcomes_observed']} of the {h['n_outcomes_total']} plan targets and projections dated {year} or earlier "
    f"have an official outcome ({h['n_outcomes_bound']} of them judged by bounds); {h['n_outcomes_unobserved']} are not "
    "observed, nearly all social-service, health and schooling indicators that neither the census nor the communiqués "
    f"publish for the city. Chongqing reached {views.fmt(h['chongqing_2020_outcome'])}万 against its target of "
    f"{h['chongqing_target']} ({words.signed(h['chongqing_2020_difference'], 2)}万) — {h['chongqing_artefact']}. Yingkou "
    f"counted {views.fmt(h['yingkou_outcome'])}万 against {h['yingkou_target']} ({words.signed(h['yingkou_difference'], 2)}万), "
    f"a decline where the plan expected growth. The national plan's {h['national_target_text']} for {year} was "
    f"{h['national_status']} ({words.signed(h['national_difference'], 0)}万 people, the census against the target; a stock target is met "
    f"within ±{h['stock_tolerance']:.0%}), and the family-planning plan's TFR of {h['national_tfr_target']} was "
    f"{h['national_tfr_status']} (census TFR {h['national_tfr_outcome']:g})."
)

# %%
#| label: tbl-outcomes-by-plan
#| tbl-cap: "Targets and projections dated up to the census year, per plan: how many have an official outcome."
by_plan = outcome_views.outcomes_by_plan()
save_table(by_plan, "outcomes_by_plan")
table(by_plan)

# %% [markdown]
# @fig-outcomes places each target with an observed outcome between the two: how far the plan's
# target and the trend of its baselines each were from what happened. Rows marked "National" are
# national plan targets quoted in the reference data; a plan's own target that the reference data
# also quote is shown once, under the plan.

# %%
#| label: fig-outcomes
#| fig-cap: "Targets against the official outcome: target (diamond) in the range where it counts as met (shaded: its tolerance, floor or ceiling), trend projection from the plan's base year (blue) and outcome (black dot, or a bar between the official figures either side when the year itself has none)."
#| fig-alt: "Small panels, one per target dated up to the census year, each titled with the plan, indicator, unit, year and verdict: the target as a diamond in the shaded range where it counts as met, the trend projection as a blue dot, and the official outcome as a black dot or, where only the figures either side are known, a black bar between them."
figure = plots.outcomes_chart(outcome_views.outcomes_observed())
save_figure(figure, "outcomes")

# %%
#| label: tbl-outcomes
#| tbl-cap: "Every target and projection dated up to the last census year, with its outcome (or bounds) where official figures exist, and the reason where they do not."
outcomes = outcome_views.outcomes_view()
save_table(outcomes, "outcomes")
table(outcomes, pdf_columns=["Plan", "Indicator", "Year", "Kind", "Target", "Outcome", "Status", "Difference", "Trend closer"])

# %% [markdown]
# ## Progress to date
#
# Targets for 2025 and 2030 against the latest official figure (2021–2024), by one rule,
# Eurostat's: the change per year observed from the base year to the latest figure against the
# change per year the target required from the same base, both in the same vintage (the
# post-2020-census figures; where the plan's base year has none, from the 2020 census) —
# compound growth for population, log-odds for shares bounded by 0 and 100. Beside them, the pace
# since 2020 and the change per year still needed; a target whose still-needed pace exceeds the
# fastest observed among places is out of reach.

# %%
#| echo: false
Markdown(
    f"Of the {h['n_progress']} targets the plans set for after {year}, {h['n_progress_with_figure']} can be held against "
    f"an official figure of 2021–2024: {h['n_progress_on_track']} are met already or on track (observed change at least "
    f"{h['progress_on_track_threshold']:.0%} of the change required, Eurostat's threshold), {h['n_progress_behind']} are "
    f"behind, moving away or out of reach ({h['n_progress_out_of_reach']} out of reach)"
    + (f", and {h['n_progress_no_base']} {'has' if h['n_progress_no_base'] == 1 else 'have'} no 2020 figure of the same vintage to measure "
       "a pace from (\"no base figure\", no verdict)" if h["n_progress_no_base"] else "")
    + ". The others have no recent official figure for the city (the reason is in each row)."
)

# %%
#| label: tbl-progress-by-plan
#| tbl-cap: "Targets dated after 2020, per plan and status."
progress_counts = outcome_views.progress_by_plan()
save_table(progress_counts, "progress_by_plan")
table(progress_counts)

# %%
#| label: tbl-progress
#| tbl-cap: "Targets after 2020 with a recent official figure: change per year required from the base year against change per year observed since it (Eurostat), the pace since 2020 and the change still needed."
progress = outcome_views.progress_view()
progress = progress[progress["Status"] != "no recent figure"].reset_index(drop=True)
save_table(progress, "progress")
table(progress, pdf_columns=["Plan", "Indicator", "Year", "Target", "Latest", "Required / yr", "Observed / yr", "Still needed / yr", "Status"])
