"""The report's pages: each notebook, its title, and the figure and table files it must produce.

``_quarto.yml`` must list exactly these notebooks (a test checks both directions), and the test
suite executes each one and checks that every file named here appears in ``figures/`` and
``tables/`` of the report output directory.
"""

from __future__ import annotations

from dataclasses import dataclass

from analysis import paths


@dataclass(frozen=True)
class Page:
    source: str  # path relative to the repository root
    title: str
    figures: tuple[str, ...] = ()
    tables: tuple[str, ...] = ()

    @property
    def path(self):
        return paths.ROOT / self.source

    @property
    def stem(self) -> str:
        return self.path.stem


INDEX = "index.qmd"
DATA = "data.qmd"  # the downloads: a page of the site, not of the PDF
INDEX_FIGURES = ("headline_outcomes", "headline_fared")  # the front page leads with targets against outcomes
PAGES = (
    Page("notebooks/01_plans.py", "The plans", ("coverage",), ("plans", "quality", "contamination")),
    Page("notebooks/02_indicators.py", "Indicators side by side", ("required_change",), ("side_by_side", "schooling")),
    Page("notebooks/03_ambition.py", "Ambition", ("ambition_heatmap", "trend_panels"),
         ("migration", "cohort_targets", "cohort_projections", "cohort_backtest", "rejected_inputs", "ambition", "sensitivity")),
    Page("notebooks/04_consistency.py", "Consistency", ("consistency",), ("consistency_checks", "consistency_findings")),
    Page("notebooks/05_outcomes.py", "Outcomes", ("outcomes",), ("outcomes",)),
    Page("notebooks/06_fared.py", "How the plans fared", ("fared",), ("fared_summary", "fared_targets", "fared_sensitivity", "fared_pace", "zero_sum")),
    Page("notebooks/07_methods.py", "Methods and data", (), ("thresholds", "error_distribution", "share_error_distribution", "trajectory_error_distribution", "calibration", "reference_sources", "indicator_codebook")),
)
