"""Where things live in the repository. Every path the pipeline reads or writes is named here.

Floor: basics, the lowest (imports nothing of the package).
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
MANIFEST = SEEDS / "manifest.csv"
DATA = ROOT / "data"
PROCESSED = DATA / "processed"
REFERENCE = DATA / "reference"
SOURCE_PINS = DATA / "sources"  # pinned official data sets (the files themselves are obtained at build time)
CODEBOOK = DATA / "codebook"
NOTEBOOKS = ROOT / "notebooks"
FIGURES = ROOT / "_report" / "figures"
REPORT_OUT = ROOT / "_report"
SITE = ROOT / "_site"

QUALITY_LOG = PROCESSED / "quality_log.csv"
INDICATORS = PROCESSED / "indicators.csv"
INDICATORS_PARQUET = PROCESSED / "indicators.parquet"
CHANGES = PROCESSED / "changes.csv"
PLANS = PROCESSED / "plans.csv"
SPAM = PROCESSED / "contamination.csv"
REFERENCE_TABLE = REFERENCE / "reference_statistics.csv"
TRENDS = PROCESSED / "trends.csv"
AMBITION = PROCESSED / "ambition.csv"
SENSITIVITY = PROCESSED / "sensitivity.csv"
OUTCOMES = PROCESSED / "outcomes.csv"
PROGRESS = PROCESSED / "progress.csv"
OBSERVATIONS = REFERENCE / "observations.csv"
CONSISTENCY = PROCESSED / "consistency.csv"
FIGURE_VERDICTS = PROCESSED / "figure_verdicts.csv"
#: The corpus of real published texts (corpus/README.md) and its extraction tables.
CORPUS = ROOT / "corpus"
CORPUS_MANIFEST = CORPUS / "manifest.csv"
#: The hand-annotated levels of every corpus text (corpus/README.md, "Gold").
CORPUS_GOLD_LEVELS = CORPUS / "gold" / "levels.csv"
CORPUS_TABLES = PROCESSED / "corpus"
REFERENCE_OUT = REFERENCE / "reference.csv"


def display(path: Path) -> str:
    """A path relative to the repository root when it is inside it (for progress messages)."""
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)
