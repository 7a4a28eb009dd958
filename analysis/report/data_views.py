"""Views of the data page: every table the site offers for download, what it holds, its size.

The site ships every CSV (and Parquet) file of :data:`DATA_FOLDERS` under ``data/`` (the fallback
copies them, Quarto's ``resources`` in ``_quarto-site.yml`` name the same folders); each has a row
here, linked to the file, with its rows, columns, size and what it holds (:data:`CONTENTS`).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.report.links import Ref, Segment
from analysis.report.output import with_sources

#: the folders whose CSV and Parquet files the site offers, under data/ as in the repository
DATA_FOLDERS = (paths.PROCESSED, paths.CORPUS_TABLES, paths.REFERENCE, paths.CODEBOOK)

#: what each download holds (path under data/; a shipped file without a row here fails the tests;
#: a row whose file is absent is not shown)
CONTENTS = {
    "processed/indicators.csv": "every stated value: plan, place, indicator, unit, year, value and bounds, qualifier, kind, source, line, verbatim quote",
    "processed/indicators.parquet": "the same table as Parquet, typed",
    "processed/changes.csv": "every stated change with its base and end year",
    "processed/plans.csv": "one row per plan: metadata and extraction counts",
    "processed/quality_log.csv": "data-quality findings about the source texts",
    "processed/contamination.csv": "spam tokens of the defaced page, by id",
    "processed/trends.csv": "every trend model × data variant × target year",
    "processed/ambition.csv": "every target against its trend",
    "processed/sensitivity.csv": "ambition classes under each model and data variant",
    "processed/bands.csv": "the 80% bands around trends, per indicator: how far places strayed from the extrapolation (back-test or cross-place spread)",
    "processed/error_backtest.csv": "every back-test of the population trend: province, launch year, horizon, trend and actual growth, signed error",
    "processed/error_distribution.csv": "signed quantiles of those errors by size class and horizon: the calibrated distribution population targets are read in",
    "processed/share_error_backtest.csv": "every own-trend back-test of the nation's shares (urban share, 0–14, 65+; WDI 1975–2024): launch, base length, horizon, signed error in points a year",
    "processed/share_error_distribution.csv": "signed quantiles of those errors by indicator and horizon: the urban share's targets are read against them",
    "processed/trajectory_error_backtest.csv": "every back-test of the national life-expectancy and IMR trajectories carried forward (WDI, bases from 1962): launch, base length, horizon, trend and actual value, signed error in % a year on the model's scale",
    "processed/trajectory_error_distribution.csv": "signed quantiles of those errors by indicator and horizon: life-expectancy and IMR targets are read against them",
    "processed/calibration.csv": "ambition class against the share of targets met, over every target with an outcome",
    "processed/cohort.csv": "Hamilton–Perry cohort projections of age structure, per place and year, with UN WPP for the nation",
    "processed/cohort_backtest.csv": "the cohort projection back-tested (2010 → 2020) for the nation and the prefectures, and the nation's against the NBS figures after 2020",
    "processed/outcomes.csv": "targets dated 2020 or earlier against what happened",
    "processed/progress.csv": "targets for 2025–2035 against the latest official figures (2021–2024)",
    "processed/fared.csv": "how every plan fared: each target and projection dated up to 2020 of the seeds, the corpus of real published texts (texts grouped into documents) and the reference, against its official outcome, with signed log error, APE, a naive forecast from the plan's own baselines and one from the official figures published before the plan was issued, and figures the screen rejected",
    "processed/fared_pace.csv": "the same plans' targets for 2021–2035: pace still needed from the latest official figure against the pace observed since the 2020 census",
    "processed/fared_summary.csv": "median signed log error, MAPE and share met overall, for the population-development plans proper against all other plan families, by level of government, indicator, plan vintage and plan family, with plan-clustered bootstrap 90% intervals, against each naive forecast (the plan's own baselines; the official figures published before it, pooled and apart by basis: trend, or the only figure carried unchanged) with the targets it rests on",
    "processed/fared_sensitivity.csv": "the same judgement from the hand-annotated gold levels of the corpus texts beside the one from the extraction: targets, judged, errors with intervals, share met, and the targets each reading has that the other lacks",
    "processed/zero_sum.csv": "the provinces' population targets summed against the national targets and census, parts against their whole, and the net migration the targets imply together",
    "processed/zero_sum_parts.csv": "one row a target summed in zero_sum.csv: its place, plan, text as written and lines, qualifier (a ceiling or floor is summed at its bound), value summed, its plan's issue year, and the census count and net migration it implies",
    "processed/consistency.csv": "the consistency audit's findings with evidence",
    "processed/figure_verdicts.csv": "the audit's verdicts on plan figures: those the model leaves out of every trend, and those text and table state differently",
    "processed/corpus/indicators.csv": "every value read from the corpus of real published texts (plan_id = the text's id in the repository's corpus/manifest.csv; each text is on the plan-texts page)",
    "processed/corpus/changes.csv": "every stated change read from the corpus of real published texts",
    "processed/corpus/plans.csv": "one row per text of the corpus: what the extractor inferred (place, period, cut-off) and its counts",
    "processed/corpus/quality_log.csv": "data-quality findings about the corpus texts",
    "reference/boundary_changes.csv": "the prefectures whose official census figures are of another area than their counties (in 2010: an area changed between the censuses; in 2020: a zone administered across a county boundary), whose targets in plans issued before 2020 are not judged by the census",
    "reference/reference.csv": "reference statistics mapped to indicator codes, with their sources",
    "reference/observations.csv": "every official observation the model reads (census panel, year-end series, WDI, UN WPP, communiqués), with its source",
    "reference/reference_statistics.csv": "official statistics gathered from public sources, verbatim: source title, address and quote per value",
    "reference/collected_statistics.csv": "figures collected for this project (communiqués and releases 2020–2025), same columns",
    "reference/derived_statistics.csv": "values derived from stated figures, each with its derivation",
    "reference/county_status_changes.csv": "county-level places whose status changed after the gazetteer's vintage (宁乡县 → 宁乡市), from the 2020 census county table",
    "reference/reference_corrections.csv": "corrections applied in code to rows of the files above (which stay verbatim), with reasons",
    "codebook/indicators.csv": "the indicator codebook: names, synonyms, unit, kind of measure, definition",
    "codebook/columns.csv": "the columns codebook: every column of every table, with its meaning",
    "codebook/quality_kinds.csv": "every kind of quality finding, its stage and severity",
}


def shipped_files() -> list[Path]:
    """The files the site offers for download: in the order of :data:`CONTENTS`, then any other."""
    files = [file for folder in DATA_FOLDERS for file in sorted(folder.glob("*.csv")) + sorted(folder.glob("*.parquet"))]
    order = {name: k for k, name in enumerate(CONTENTS)}
    return sorted(files, key=lambda file: (order.get(file.relative_to(paths.DATA).as_posix(), len(order)), file.as_posix()))


def _shape(file: Path) -> tuple[int, int]:
    if file.suffix == ".parquet":
        import pyarrow.parquet as pq

        metadata = pq.read_metadata(file)
        return metadata.num_rows, metadata.num_columns
    frame = pd.read_csv(file, dtype=str, keep_default_na=False)
    return len(frame), len(frame.columns)


def downloads(root: str = ".") -> pd.DataFrame:
    """One row per download: the file (linked, from a page at ``root`` of the site), its rows,
    columns and size, and what it holds."""
    rows = []
    for file in shipped_files():
        name = file.relative_to(paths.DATA).as_posix()
        n_rows, n_columns = _shape(file)
        rows.append({"File": f"data/{name}", "Rows": n_rows, "Columns": n_columns, "Size (KB)": round(file.stat().st_size / 1024, 1), "Content": CONTENTS.get(name, "")})
    frame = pd.DataFrame(rows)
    return with_sources(frame, "File", [[Segment(text, (Ref(f"{root}/{text}", text),), names_its_source=True)] for text in frame["File"]])
