# %% [markdown]
# ---
# title: "Methods and data"
# jupyter: python3
# ---
#
# ## How the numbers are made
#
# 1. **Ingestion** decodes each plan (UTF-8 or GB18030), normalises it line by line without ever
#    joining lines (so every value keeps its original line number), separates the plan body from
#    web-page furniture and other documents, detects spam substitutions, and identifies the city
#    from the body's own text.
# 2. **Extraction** reads every table cell and every quantified baseline, projection and target
#    of the prose by general rules, with units, qualifiers (左右, ≥, 以上, ranges, 力争) and a
#    verbatim quote. Stated changes are kept apart from levels.
# 3. **Models** fit linear and log-linear OLS trends (statsmodels) to the plan's own baselines,
#    to levels implied by its stated changes, and to official statistics up to the plan's base
#    year, with prediction intervals where degrees of freedom allow; damped-trend exponential
#    smoothing where a series has enough consecutive annual points.
# 4. **The audit** runs named checks within plans, across plans, against higher-level targets and
#    against official statistics.
#
# ## Formulas and thresholds
#
# Required change per year from base year *b* to target year *T*: compound annual growth
# (v_T / v_b)^(1/(T−b)) − 1 for population stocks, (v_T − v_b)/(T − b) points a year for rates,
# shares, ratios and indices. Historical change: the same from the earliest point to the base
# year. The ratio of required to historical change is the ratio of Eurostat's SDG progress
# assessment (as coded in Open SDG's `sdg-build`, read here as ambition rather than progress);
# UN ESCAP's progress assessment uses the same comparison, and its anticipated gap
# (v_T − v̂_T)/(v_T − v_b) is reported too. The ambition ratio compares the required change with the
# change the trend delivers to the target year:

# %%
#| include: false
from IPython.display import Markdown

from analysis import paths
from analysis.model import metrics
from analysis.report import style, views
from analysis.report.output import save_table, table
import pandas as pd

style.setup()

# %%
#| label: tbl-thresholds
#| tbl-cap: "Ambition classes and their thresholds (ratio = required change per year ÷ trend change per year), from `analysis/model/metrics.py`."
thresholds = pd.DataFrame(
    [
        ("already met", "the baseline already satisfies the target and the trend keeps it there"),
        ("reverses trend", "ratio < 0: the target asks for change against the trend (or to hold a level the trend leaves)"),
        ("below trend", f"0 ≤ ratio < {metrics.ON_TREND_LOW}: the trend alone would carry the indicator past the target"),
        ("on trend", f"{metrics.ON_TREND_LOW} ≤ ratio ≤ {metrics.ON_TREND_HIGH}, or the target inside the trend's {metrics.PREDICTION_LEVEL:.0%} prediction interval"),
        ("ambitious", f"{metrics.ON_TREND_HIGH} < ratio ≤ {metrics.VERY_AMBITIOUS}"),
        ("very ambitious", f"ratio > {metrics.VERY_AMBITIOUS}, or a flat trend against a target that asks for change"),
        ("not assessable", "no baseline, a single point, or a qualitative target — always with the reason"),
    ],
    columns=["Class", "Rule"],
)
save_table(thresholds, "thresholds")
table(thresholds)

# %%
#| echo: false
Markdown(
    "A point or 左右 target is read at the precision it is written with (half a unit of its last digit, trailing zeros "
    f"counting as rounding from {metrics.ROUNDING_FROM} up); a floor (≥, 以上) or ceiling (≤, 以下, 以内) is judged at its "
    "bound; a range at its nearer bound. For indicators with a better direction (life expectancy up, mortality down) a "
    "point target is a floor or ceiling in that direction. Ex-post, a target is met within its precision band, "
    "exceeded when the outcome went beyond it in the direction asked for, missed otherwise. The classes measure how "
    "far a figure departs from the trend, not whether the change is desirable: an ageing share or a natural-increase "
    "projection can be 'very ambitious' simply because the plan expects more change than its history shows."
)

# %% [markdown]
# **Sources for the methods.** Eurostat, *Sustainable development in the European Union —
# Monitoring report*, methodological introduction (trend assessment against quantified targets);
# Open SDG, *Progress methodology* and `sdg-build` `ProgressMeasure.py`; UN ESCAP, *Asia and the
# Pacific SDG Progress Report*, progress assessment methodology (Current Status and Anticipated
# Progress indices; Bidarbakht Nia 2017, ESCAP SD Working Paper 04); UNSD, *SDG Progress Chart
# technical note* (2023).
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
sources = views.reference_sources()
save_table(sources, "reference_sources")
table(sources, pdf_columns=["Source", "Confidence", "Values", "Places", "Years"])

# %% [markdown]
# ## Sources and licences
#
# Every official figure the report uses is a row of `data/reference/observations.csv`, naming its
# source, where in the source it is, its basis (census, sample survey, registration, model
# estimate), population base and vintage. The bundled data sets are kept unchanged in `data/raw/`
# with a provenance sidecar (origin with repository and commit, SHA-256 of every file, access
# date, licence and licence file); the hand-collected facts have one beside them in
# `data/reference/`. Two known errors of the census panel are corrected in code from the cited
# official figure (Lianyungang's 2010 age shares, Suining's 2010 urban population). UN and World
# Bank model estimates (fertility, life expectancy, age shares, urban share) are context only and
# never an outcome.

# %%
#| label: tbl-sources
#| tbl-cap: "Sources of the observations, with their origin, licence and the attribution they ask for."
sources_list = views.sources_table()
save_table(sources_list, "sources")
table(sources_list, pdf_columns=["Source", "Origin", "Licence", "Attribution", "Observations"])

# %% [markdown]
# ## Limitations

# %%
#| echo: false
h = views.headlines()
vintages = views.vintage_examples()
Markdown(
    "- **Coverage of official figures.** The 2010 and 2020 censuses cover population, urbanisation, age structure, sex "
    "ratio and household size for every plan city; annual figures after 2020 come from communiqués found for some "
    f"cities and years only. {h['n_outcomes_observed']} of {h['n_outcomes_total']} targets dated up to "
    f"{h['last_observed_year']} have an official outcome; the rest are social-service, health and schooling indicators "
    f"no source publishes for the city (see the outcomes page). {h['n_not_assessable']} targets cannot be judged "
    "against a trend, mostly because the plan states a single baseline year.\n"
    "- **Vintages.** Annual estimates are revised after censuses: "
    + "; ".join(vintages["Finding"])
    + f"; and {views.estimate_versus_census()}. Census counts and pre-census estimates are never spliced without saying so.\n"
    "- **National targets** come from official news reports of the national plan and from the 13th Five-Year "
    "family-planning plan; the national plan's own indicator table was not available.\n"
    "- **Trends are simple.** Two-point trends carry the years before the base year forward; they are a benchmark, not "
    "a forecast. Linear trends of mortality can cross zero; the model then switches to log-linear and says so.\n"
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
