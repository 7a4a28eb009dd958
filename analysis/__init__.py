"""planwatch: Chinese population-development plans turned into a reproducible research report.

The package is organised by pipeline stage:

* :mod:`analysis.ingest`   — decode seeds, normalise text, find the plan body, detect contamination;
* :mod:`analysis.extract`  — indicator tables and prose values into one tidy table;
* :mod:`analysis.model`    — trend models, ambition metrics and ex-post outcomes;
* :mod:`analysis.consistency` — the consistency audit;
* :mod:`analysis.report`   — figures, tables and the report build (Quarto or the fallback).

Notebooks import from here; they narrate and plot, the logic lives in this package.
"""

__version__ = "0.1.0"
