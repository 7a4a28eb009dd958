# %% [markdown]
# ---
# title: "How the plans fared"
# jupyter: python3
# ---

# %%
#| include: false
from IPython.display import Markdown

from analysis.demography import metrics
from analysis.demography.accuracy import REVISED_PUBLISHED
from analysis.report import fared_views, plots, style, words
from analysis.report.output import interactive_tables, save_figure, save_table, table

style.setup()
f = fared_views.facts()
o = f["overall"]
lead = fared_views.naive_order(o)[0]  # the naive forecast with more trend-based targets leads
signed = fared_views.signed

# %%
# The table library for this page's interactive tables (HTML only; nothing in the PDF).
interactive_tables()

# %%
#| echo: false
Markdown(
    f"Every plan the project reads — the seeds, the plans of the corpus of real published texts (texts of the "
    f"same place and title grouped into one plan) and the higher-level plans of the reference data — states "
    f"{f['n_rows']} targets and projections dated up to the 2020 census, in {f['n_plans']} plans ({f['n_corpus_plans']} "
    f"from the corpus). {f['rejected_words']}; {words.count(f['n_changes'], 'figure', digits=True)} stated as a change or a total over a period (增长空间在4500万左右; 实现350万左右农业转移人口…在城镇落户) "
    f"{words.agree(f['n_changes'], 'is', 'are')} no level and {words.agree(f['n_changes'], 'is', 'are')} not judged as one. "
    f"{f['n_judged']} targets and projections from {f['n_judged_plans']} plans have an official outcome "
    f"({f['by_level']}); {f['n_not_observed']} are not observed, each with its reason. A target stated as an average over a "
    f"period (年均自然增长率…) is judged against the mean of the official annual figures of its years, every year required "
    f"({words.count(f['n_period_means'], 'target', digits=True)} so judged). "
    f"{f['n_plans_2020']} plans, {f['n_province_plans_2020']} of them provincial, have an outcome of a target dated 2020 "
    f"({f['plans_2020_by_level']}). The summaries below are of targets alone: the {f['n_judged_projections']} projections with an "
    f"official outcome are in the table of every target, not in the summaries.\n\n"
    f"Over the {o['n_targets']} point targets with an exact outcome, from {o['n_plans']} plans (a target stated as a bound — "
    f"以内, 以上, 不超过 — states a limit, not an expected value: it is judged met or missed and counts in the share met, "
    f"but has no error), the median signed log error "
    f"ln(target / outcome) is {signed(o['median_log_error'])} (90% interval {signed(o['median_log_error_low'])} to "
    f"{signed(o['median_log_error_high'])}, resampling plans), the mean absolute percentage error {o['mape']:.1f}% "
    f"({o['mape_low']:.1f}–{o['mape_high']:.1f}), and {o['share_met']:.0%} of the {o['n_judged']} judged targets were met ({metrics.verdict_words()}; "
    f"\"exceeded\" is not counted as met; a point target of an indicator that is "
    f"better higher or lower — life expectancy, infant mortality — is judged as the floor or ceiling it aims at, so an outcome past "
    f"it is met; an indicator with no better direction — an age share, the dependency ratio — is \"as stated\" within its "
    f"tolerance, counted as met, and otherwise \"above\" or \"below\"); {fared_views.bias_words(o['median_log_error_low'], o['median_log_error_high'])}. "
    f"By level of government, indicator, vintage and plan family, {f['leaning']}.\n\nTwo naive forecasts, each made only from data "
    f"the plan had, are the benchmarks a forecast must beat (Tayman & Swanson 1999; Smith, Tayman & Swanson 2013, ch. 13); the one "
    f"with more trend-based targets comes first (a trend carried forward, not a figure carried unchanged). {f['naives']}. The official-figure naive needs no baseline stated in the plan, only official figures its "
    f"authors could have had: dated before the year it was issued (a 2015 figure serves a plan of 2016, not one of 2015), as "
    f"then published (the 2011–2019 figures revised after the 2020 census appeared in {REVISED_PUBLISHED['revised_after_2020_census']}) and of one series (a pre-2010-census "
    f"estimate is never paired with the 2010 census); where only one figure of its series was known ({f['persistence_from']}), that figure is carried unchanged to the target year, the no-change (persistence) benchmark of forecast evaluation "
    f"(Smith, Tayman & Swanson 2013, ch. 13; Hyndman & Athanasopoulos, *Forecasting: Principles and Practice*, §5.2 \"naïve method\"); "
    f"{f['official_naive_gaps']}.\n\nBy group, against the naive forecast made from "
    f"{fared_views.NAIVE_WORDS[lead]}: {f['naive_groups'][lead]}"
    + (" (trend and persistence pooled: where the persistence forecast is most of them, a target's lead over it is partly the change "
       "the no-change forecast leaves out)." if lead == "official_naive" and o["official_naive_persistence_n_targets"] else ".")
)

# %% [markdown]
# @fig-fared shows each plan's targets against the official outcome on one scale, the signed log
# error, with the plan's median and the naive forecast beside them.

# %%
#| echo: false
Markdown(
    f"It shows the {f['n_chart_plans']} plans with at least one point target that has an exact "
    f"outcome (the other {f['n_plans_without_error']} have none), one row each, ordered by their median. The dotted lines mark "
    f"±{f['axis_limit']:g} (a target from {f['axis_share_low']:.0f}% to {f['axis_share_high']:.0f}% of its outcome); "
    + ("no mark lies beyond them." if not f["n_beyond"] else
       f"{words.count(f['n_beyond'], 'mark', digits=True)} {words.agree(f['n_beyond'], 'lies', 'lie')} beyond them and {words.agree(f['n_beyond'], 'is', 'are')} drawn at the edge: {f['beyond']}.")
)

# %%
#| label: fig-fared
#| fig-cap: "How the plans fared: the plans with a point target that has an exact outcome, one row each, labelled by place, issue year and plan family (pop.: population plan, FP: family-planning plan, dev.: development plan, urban.: urbanisation plan, annual: a year's targets, study: strategy study, W&C: outline for women and children; spatial, health and ageing plans by those words; the seeds by their own names), ordered by their median from the top (left column first); each target at its signed log error ln(target / outcome) (small dots), the plan's median (diamond, coloured by its level of government) and the naive forecast from the plan's own baselines (open circles). Right of zero the plan aimed above what happened; a mark beyond the dotted lines sits at the edge as a triangle, a median with its value printed."
#| fig-alt: "Dot plot with one row per plan: small dots for each target's signed log error against the official outcome, a diamond for the plan's median coloured by level of government, and open circles for the naive forecast's errors; a vertical line marks zero."
save_figure(plots.fared_chart(fared_views.chart_frame(), fared_views.AXIS_LIMIT), "fared")

# %%
#| label: tbl-fared-summary
#| tbl-cap: "Accuracy of the targets overall, for the population-development plans proper against all other plan families, by level of government, plan vintage, indicator and plan family, with plan-clustered bootstrap 90% intervals, against the naive forecast. \"Withheld\" names the parts of a row left empty: fewer targets or plans than the minimum stated below the table (the reasons with their counts are in fared_summary.csv). Each naive forecast's own errors, and the persistence naive apart, are under \"Columns\"."
summary = fared_views.summary_view()
save_table(summary, "fared_summary")
table(summary, pdf_columns=["Group", "Value", "Targets", "Plans", "Median log error (90% CI)", "MAPE (90% CI)", "Share met", "Planners − naive (MAPE points)", "Planners − official naive (MAPE points)", "Withheld"],
      site_hidden=fared_views.SUMMARY_HIDDEN_ON_SITE)

# %%
#| echo: false
Markdown(f"A summary is withheld below {metrics.MIN_SUMMARY_TARGETS} targets or {metrics.MIN_SUMMARY_PLANS} plans "
         f"(`analysis/demography/metrics.py`): fewer cannot carry a median, an interval or a share.")

# %% [markdown]
# ## Plan families
#
# The corpus holds more than population-development plans: the same governments state dated
# population targets in family-planning, health, annual, five-year development and
# new-urbanisation plans, and in strategy studies (corpus/README.md, "Plan families"). The
# summary gives each family apart (rows "family") and the population-development plans proper
# against all the others (rows "family group"); each target's family is in the table below.

# %%
#| echo: false
pp, po = f["proper"], f["others"]
Markdown(
    f"{f['n_proper_plans']} of the {f['n_plans']} plans are population-development plans proper ({f['proper_families']}); "
    f"the others are {f['other_families']}. "
    f"Their targets alone: {fared_views.errors_words(pp)} — {fared_views.bias_words(pp['median_log_error_low'], pp['median_log_error_high'])}. "
    f"All the other families together: {fared_views.errors_words(po)} — {fared_views.bias_words(po['median_log_error_low'], po['median_log_error_high'])}; "
    f"{fared_views.overlap_words(pp['median_log_error_low'], pp['median_log_error_high'], po['median_log_error_low'], po['median_log_error_high'])} "
    f"for the median log error."
)

# %%
#| label: tbl-fared-targets
#| tbl-cap: "Every target and projection dated up to 2020, with its outcome, errors and naive forecast; each target links to the line it was read from on its source page (a seed's plan page, a corpus text's page)."
targets = fared_views.targets_view()
save_table(targets, "fared_targets")
table(targets, pdf_columns=["Plan", "Family", "Place", "Indicator", "Year", "Target", "Outcome", "Status", "Log error", "Naive log error"],
      site_hidden=fared_views.TARGETS_HIDDEN_ON_SITE)

# %% [markdown]
# ## Read by hand: sensitivity to extraction errors
#
# The corpus targets above are read by the extractor — nothing is typed in — and some are misread
# (a 城镇人口 target read as 常住人口, a figure given the wrong place). Every corpus text also has its
# levels annotated by hand (`corpus/gold/levels.csv`). The same judgement — plans, merging, place
# screen, outcomes, errors, bootstrap — built from the hand-annotated levels instead shows how far
# the results rest on the extractor's reading (the seeds and the reference data are the same in both).

# %%
#| echo: false
se, sa = f["sens_extracted"], f["sens_annotated"]
spe, spa = f["sens_proper_extracted"], f["sens_proper_annotated"]
Markdown(
    f"As extracted: {fared_views.reading_words(se)}. As annotated by hand: {fared_views.reading_words(sa)}. "
    f"{se['n_not_in_other']} targets and projections are read by the extractor and have no match in the hand reading (a number, "
    f"indicator, place or year read otherwise), {sa['n_not_in_other']} annotated by hand have no match in the extractor's; for the median log error "
    f"{fared_views.overlap_words(se['median_log_error_low'], se['median_log_error_high'], sa['median_log_error_low'], sa['median_log_error_high'])}, "
    f"for the MAPE {fared_views.overlap_words(se['mape_low'], se['mape_high'], sa['mape_low'], sa['mape_high'])}. "
    f"For the population-development plans proper alone, as extracted: {fared_views.reading_words(spe)}; as annotated by hand: {fared_views.reading_words(spa)}.\n\n"
    f"In short, for all plans {fared_views.sensitivity_words(se, sa)}: {fared_views.sensitivity_verdict(se, sa)}. For the "
    f"population-development plans proper {fared_views.sensitivity_words(spe, spa)}: {fared_views.sensitivity_verdict(spe, spa)}."
)

# %%
#| label: tbl-fared-sensitivity
#| tbl-cap: "The judgement of the targets as the extractor read them and as annotated by hand (corpus/gold/levels.csv), for all plans, the corpus plans and the population-development plans proper: point targets' errors with plan-clustered bootstrap 90% intervals, share met, and the targets each reading has that the other lacks (same plan, indicator, place, year and value)."
sensitivity = fared_views.sensitivity_view()
save_table(sensitivity, "fared_sensitivity")
table(sensitivity)

# %% [markdown]
# ## Since 2020
#
# Targets dated 2021–2035 against the latest official figure (2021–2024): the pace still needed
# from it to the target against the pace observed since the 2020 census (compound growth for
# populations, log-odds for bounded shares, points otherwise), by the progress rules of the
# outcomes page with the base fixed at the census.

# %%
#| echo: false
Markdown(fared_views.pace_words(f))

# %%
#| label: tbl-fared-pace
#| tbl-cap: "Targets after 2020 with a recent official figure (2021–2024, post-2020-census): pace observed since 2020 against the pace still needed, one row per target (a plan's other statements of it in the note, on the site and in fared_pace.csv)."
pace = fared_views.pace_view()
save_table(pace, "fared_pace")
table(pace, pdf_columns=[c for c in pace.columns if c != "Note" and not c.startswith("_cells:")])

# %% [markdown]
# ## Zero-sum
#
# Population targets of places inside one another, and of provinces inside the nation, are added
# up: against the whole's target and census, and with the net migration each target implies (the
# balancing equation from the last census, at the place's latest official natural growth rate up to
# that census year, or up to 2024 for later targets). A positive sum is people the places together
# expect to gain from elsewhere.

# %%
#| echo: false
Markdown(" ".join(filter(None, [
    f["zero_sum_words"] + (" The provinces' sum is set against their own census count: they hold only part of the nation, so "
                           "the nation's target is no measure of it." if f["zero_sum_words"] else ""),
    f["zero_sum_convention"], f["zero_sum_own_rates"], fared_views.boundary_places()])))

# %%
#| label: tbl-zero-sum
#| tbl-cap: "The provinces' population targets against the nation, and parts against their whole. The notes (figures also stated, figures not summed, missing rates) are on the site and in zero_sum.csv; the PDF leaves them out so the parts fit."
zero = fared_views.zero_sum_view()
save_table(zero, "zero_sum")
table(zero, pdf_columns=[c for c in zero.columns if c != "Note"])
