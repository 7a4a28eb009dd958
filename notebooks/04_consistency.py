# %% [markdown]
# ---
# title: "Consistency"
# jupyter: python3
# ---
#
# The audit asks four questions: does each plan agree with itself; can the plans be compared;
# how do their targets sit against national and provincial targets; and do their baselines agree
# with official statistics? Every finding quotes its evidence (seed file and line, or reference
# row), so it can be checked without running anything.

# %%
#| include: false
from IPython.display import Markdown

from analysis.report import plots, style, views
from analysis.report.output import save_figure, save_table, table

style.setup()
h = views.headlines()

# %%
#| echo: false
Markdown(
    f"The audit produced {h['n_findings']} findings: {h['n_errors']} errors (a plan contradicts itself or states "
    f"something impossible), {h['n_warnings']} warnings (labelling or definitional problems a reader must know "
    f"about) and {h['n_notes']} notes (context, mostly comparisons with "
    "higher-level targets)."
)

# %% [markdown]
# @fig-consistency shows where the findings fall.

# %%
#| label: fig-consistency
#| fig-cap: "Consistency findings by plan and severity (a finding about two plans counts for both)."
figure = plots.consistency_bars(views.consistency_counts())
save_figure(figure, "consistency")

# %% [markdown]
# ## Errors and warnings, with their evidence

# %%
#| label: tbl-consistency
#| tbl-cap: "Errors and warnings of the consistency audit, with the quotes they rest on."
findings = views.consistency_findings()
save_table(findings, "consistency_findings")
table(findings)

# %% [markdown]
# ## Notes
#
# Notes set each plan's targets against the national plan and the 13th Five-Year plans (above,
# equal, below, not addressed), record definitional differences between plans, and explain
# differences from official statistics that are differences of vintage (a year-end estimate
# revised after a later census is not the figure the plan could have used).

# %%
#| label: tbl-notes
#| tbl-cap: "Notes of the consistency audit."
table(views.consistency_findings(("note",)), max_rows_pdf=40)
