"""planwatch: Chinese population-development plans turned into a reproducible research report.

The package is organised in floors; a floor imports only the floors below it (the import contract
in ``pyproject.toml``, checked by ``tests/test_architecture.py``). From the top:

* :mod:`analysis.cli` — the command line;
* the stages, in the order they run, each reading only the tables the earlier ones wrote:
  :mod:`analysis.ingest` (decode seeds, normalise text, find the plan body, detect contamination) →
  :mod:`analysis.extract` (indicator tables and prose values into one tidy table) →
  :mod:`analysis.sources` (official statistics: reference and observations tables) →
  :mod:`analysis.consistency` (the audit, and its verdicts on plan figures) →
  :mod:`analysis.model` (trends, ambition, cohort projections, outcomes, progress) →
  :mod:`analysis.report` (figures, tables and the report build: Quarto or the fallback);
* :mod:`analysis.demography` — shared demographic arithmetic (no stage);
* the data contracts: :mod:`analysis.datasets` (reading tables typed), :mod:`analysis.schemas`,
  and the vocabularies :mod:`analysis.vocabulary`, :mod:`analysis.codebook`, :mod:`analysis.units`,
  :mod:`analysis.manifest`, :mod:`analysis.quality`;
* the basics: :mod:`analysis.runrecord`, :mod:`analysis.io`, :mod:`analysis.lock`,
  :mod:`analysis.freshness`, :mod:`analysis.errors`, :mod:`analysis.paths`.

Notebooks import from here; they narrate and plot, the logic lives in this package.
"""

__version__ = "0.1.0"
