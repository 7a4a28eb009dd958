# %% [markdown]
# ---
# title: "Consistency"
# jupyter: python3
# ---
#
# The audit asks what a careful proof-reader asks — does each plan agree with itself; can the plans
# be compared; how do their targets sit against national and provincial targets; do their baselines
# agree with official statistics? — and what a demographer asks: can the targets all be true at
# once, given that births, deaths, migration and ageing are linked? Every finding quotes its
# evidence (seed file and line, reference row, or census-panel figure), so it can be checked
# without running anything. Findings that rest on the same evidence are merged, listing every check
# that raised them, so one error counts once.

# %%
#| include: false
from IPython.display import Markdown

from analysis.vocabulary import SEVERITY_RULES
from analysis.consistency.registry import checks_table
from analysis.report import consistency_views, headline_views, plots, style
from analysis.report.output import interactive_tables, save_figure, save_table, table

style.setup()
h = headline_views.headlines()

# %%
# The table library for this page's interactive tables (HTML only; nothing in the PDF).
interactive_tables()

# %%
#| echo: false
Markdown(
    f"The audit produced {h['n_findings']} findings: {h['n_errors']} errors ({SEVERITY_RULES['error']}), "
    f"{h['n_warnings']} warnings ({SEVERITY_RULES['warning']}) and {h['n_notes']} notes ({SEVERITY_RULES['note']}, "
    "mostly comparisons with higher-level targets)."
)

# %% [markdown]
# ## The checks and their formulas
#
# Besides the proof-reader's checks, the audit runs the families a demographer would add.
# **Demographic accounting**: the balancing equation (population change = natural increase + net
# migration) sets the migration a population target needs against the last documented period and
# the migration the plan describes in words; a natural-increase target is bounded by the same
# plan's TFR (births ≈ TFR × women 15–49 / 35) and ageing (deaths at least 30‰ of the population
# 65+, scaled by the place's observed deaths per old-age share against the nation's); age shares
# must fit together with the place's own census cohorts. **Parts and wholes** beyond the main table:
# district tables against the city and the prose, household size against the census.
# **Words against numbers**: a direction stated in a sentence (增速放缓, 升高后回落, 保持增长)
# against the plan's own figures. **Plausible change**: a target's change a year against the
# largest observed among Chinese prefectures (2010–2020 censuses) or in the cited literature.
# Every threshold favours the plan (rounding is read at its most favourable end), so a finding
# never rests on rounding or on a tight assumption. @tbl-checks lists every check.

# %%
#| label: tbl-checks
#| tbl-cap: "The consistency checks: family, formula and severity rule (from analysis/consistency/registry.py)."
checks = checks_table()[["Check", "Family", "Formula", "Severity"]]
save_table(checks, "consistency_checks")
table(checks)

# %% [markdown]
# @fig-consistency shows where the findings fall.

# %%
#| label: fig-consistency
#| fig-cap: "Consistency findings by plan and severity (a finding about two plans counts for both)."
#| fig-alt: "Horizontal stacked bar chart with one bar per plan, split into errors, warnings and notes of the consistency audit."
figure = plots.consistency_bars(consistency_views.consistency_counts())
save_figure(figure, "consistency")

# %% [markdown]
# ## Errors and warnings, with their evidence

# %%
#| label: tbl-consistency
#| tbl-cap: "Errors and warnings of the consistency audit, with the quotes they rest on."
findings = consistency_views.consistency_findings()
save_table(findings, "consistency_findings")
table(findings)

# %% [markdown]
# ## Notes
#
# Notes set each plan's targets against the national plan and the 13th Five-Year plans (above,
# equal, below, not addressed), record definitional differences between plans and labels of one
# measure, a share on the registered population where that is the plan's own convention, and
# explain differences from official statistics that are differences of vintage, naming both (a
# year-end estimate revised after a later census is not the figure the plan could have used).

# %%
#| label: tbl-notes
#| tbl-cap: "Notes of the consistency audit."
table(consistency_views.consistency_findings(("note",)), max_rows_pdf=40)
