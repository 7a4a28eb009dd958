# %% [markdown]
# ---
# title: "The plans"
# jupyter: python3
# ---

# %%
#| include: false
from IPython.display import Markdown

from analysis.report import headline_views, plan_views, plots, style, words
from analysis.report.output import interactive_tables, save_figure, save_table, table

style.setup()
h = headline_views.headlines()

# %%
# The table library for this page's interactive tables (HTML only; nothing in the PDF).
interactive_tables()

# %%
#| echo: false
Markdown(
    f"{words.capitalise(h['corpus']['description'])} are compared in this report. This page says what each "
    "document is, what was extracted from it, and what is wrong with the sources as published — including one page "
    "that was defaced by gambling spam."
)

# %% [markdown]
# ## The documents
#
# Each plan is identified by a readable id; its metadata (issuer, document number, dates, period)
# comes from `seeds/manifest.csv`, and the counts from the extraction stage.

# %%
#| label: tbl-plans
#| tbl-cap: "The plans: what each document is and how many values were extracted from it (from its indicator tables / from its prose). Listed by level of government, then place; `data/processed/plans.csv` has every count apart, with each plan's status."
overview = plan_views.plans_overview()
save_table(overview, "plans")
table(plan_views.plans_on_the_page(overview))

# %%
#| echo: false
Markdown(plan_views.extraction_sentence())

# %% [markdown]
# ## What was extracted
#
# @fig-coverage shows which indicators each plan quantifies.

# %%
#| echo: false
Markdown(h["everywhere_sentence"])

# %%
#| label: fig-coverage
#| fig-cap: "Values extracted per indicator and plan (baselines, targets and projections, tables and text together). Empty cells: the plan does not quantify the indicator."
#| fig-alt: "Heatmap in two blocks: one row per indicator, one column per plan; each cell gives how many values of that indicator were extracted from that plan, darker for more, blank where the plan gives none."
figure = plots.coverage_heatmap(plan_views.coverage())
save_figure(figure, "coverage")

# %% [markdown]
# ## Data-quality findings
#
# Ingestion logs every problem of the sources in `data/processed/quality_log.csv`. Notes are
# normalisations applied (full-width digits, spaces inside numbers, odd spaces); warnings and
# errors are damage a reader must know about.

# %%
#| label: tbl-quality
#| tbl-cap: "Quality-log findings per plan, in the order of the table of plans above. Problems are listed by kind with their number of lines."
quality = plan_views.quality_summary()
save_table(quality, "quality")
table(quality)

# %% [markdown]
# ## The defaced page (Lianyungang)
#
# The Lianyungang plan was saved from a web page whose text had been altered: every occurrence
# of the city's name and of 市政府 was replaced by the name of a gambling site. The page also
# carries site navigation and an unrelated information-disclosure guide. The pipeline finds the
# plan body, detects the substitutions from gambling vocabulary (the token that repeats
# identically wherever a term occurs), infers what each token replaced from the surrounding text,
# and identifies the city from the body's own unspammed mentions. Tokens are shown here by id
# only: no spam text is reproduced anywhere in the outputs.

# %%
#| echo: false
spam = plan_views.contamination()
save_table(spam, "contamination")
Markdown(
    f"{h['spam_occurrences']} substitutions by {words.count(h['spam_tokens'], 'token', digits=True)} were found; the plan body is lines "
    f"{plan_views.body_of('002')} of the saved page. The inferred originals are "
    + " and ".join(f"**{row['Token']} → {row['Inferred original']}** ({row['Occurrences']} occurrences)" for row in spam.to_dict("records"))
    + "."
)

# %%
#| label: tbl-contamination
#| tbl-cap: "Spam tokens in the Lianyungang page, by id, with where they occur and what they are inferred to have replaced."
table(spam)
