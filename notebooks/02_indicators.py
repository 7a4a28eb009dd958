# %% [markdown]
# ---
# title: "Indicators side by side"
# jupyter: python3
# ---
#
# The same word does not always measure the same thing. This page puts side by side only what
# can be compared — the same indicator under the same definition — and shows the definitional
# differences that make other comparisons impossible.

# %%
#| include: false
from IPython.display import Markdown

from analysis.report import ambition_views, indicator_views, plots, style, words
from analysis.report.output import interactive_tables, save_figure, save_table, table

style.setup()

# %% [markdown]
# ## Baselines and targets
#
# For each comparable indicator, the plan's baseline, its targets as written, and the change per
# year the final target requires. Population is measured by compound growth (% a year); rates,
# shares, ratios and life expectancy by points a year. The "historical" change runs from the
# earliest available point to the base year (the plan's own figures, figures implied by its
# stated changes, and official statistics up to the base year).

# %%
# The table library for this page's interactive tables (HTML only; nothing in the PDF).
interactive_tables()

# %%
#| label: tbl-side-by-side
#| tbl-cap: "Comparable indicators across the plans: label as written, baseline, targets, and the change per year required by the final target against the historical change."
side = indicator_views.side_by_side()
save_table(side, "side_by_side")
table(side, pdf_columns=["Indicator", "Plan", "Baseline", "Targets", "Required change per year", "Historical change per year"])

# %% [markdown]
# @fig-required-change compares, for each plan and indicator, the change per year its final
# target requires with what happened before the base year and with what the trend would deliver.
# A red dot far to the right of the black bar asks for faster change than history.

# %%
#| label: fig-required-change
#| fig-cap: "Change per year required by each plan's final target (red), historical change to the base year (black bar) and the trend's change to the target year (blue cross). Population in % a year; other indicators in points a year."
#| fig-alt: "Dot plot with one panel per indicator and one row per plan: a red dot for the change per year the target requires, a black bar for the change per year before the base year and a blue cross for the trend's change per year."
figure = plots.required_change(ambition_views.required_vs_historical())
save_figure(figure, "required_change")

# %% [markdown]
# ## Look-alike indicators that are not comparable
#
# Schooling is the clearest case. The plans measure the mean years of schooling of different
# populations: the main working-age population (20–59, the national definition), an unspecified
# "working-age population", people aged 16–59, the population aged 15 and over (the census
# measure), and new entrants to the labour force (current school leavers, who have far more
# schooling than the stock of workers). The report never compares these with each other. The
# table shows who uses which, as written.

# %%
#| label: tbl-schooling
#| tbl-cap: "Schooling indicators by plan: the population measured, the label as written, and the values."
schooling = indicator_views.schooling_definitions()
save_table(schooling, "schooling")
table(schooling)

# %%
#| echo: false
clashes = indicator_views.definition_clashes()
Markdown(
    f"{words.capitalise(words.count(clashes['n_plans'], 'plan'))} {words.agree(clashes['n_plans'], 'uses', 'use')} two definitions "
    "for the same number — see the consistency page: " + "; ".join(clashes["within"]) + "."
    + "".join(f" {words.capitalise(phrase)}: not compared either." for phrase in clashes["across"])
)
