"""Shared demographic arithmetic, one floor below the stages.

Floor: shared (below ingest, extract, sources, audit, model and report; above the contracts).
It may import the contracts floor (:mod:`analysis.vocabulary`, :mod:`analysis.codebook`,
:mod:`analysis.units`, :mod:`analysis.schemas`) and the basics (:mod:`analysis.paths`,
:mod:`analysis.errors`), and no stage: the import contract in ``pyproject.toml`` enforces it.

* :mod:`~analysis.demography.metrics` — formulas, thresholds, tolerances and verdict rules
  (growth a year and CAGR, the Eurostat ratio, tolerance and rounding bands);
* :mod:`~analysis.demography.rounding` — how precisely a number is written; text–table pairs;
* :mod:`~analysis.demography.accounting` — the balancing equation, natural increase, past net
  migration;
* :mod:`~analysis.demography.series` — series points of a plan and of official statistics;
* :mod:`~analysis.demography.census` — look-ups in the census panel;
* :mod:`~analysis.demography.observed` — official figures by vintage family;
* :mod:`~analysis.demography.evidence` — how evidence is cited;
* :mod:`~analysis.demography.ex_post` — a target against its official outcome (met, missed, bounds);
* :mod:`~analysis.demography.accuracy` — signed log error, APE, naive forecast, plan-clustered bootstrap.
"""
