"""The observations table: every official figure (and model estimate) the project uses, one per row.

Assembled from the source readers of :mod:`analysis.sources` — census panel, provincial year-end
series, World Development Indicators, UN WPP 2022, and the hand-collected facts — into
``data/reference/observations.csv`` (columns: :data:`analysis.sources.common.COLUMNS`, schema
:func:`analysis.schemas.observations_schema`). Every row names its source (a sidecar id with a
licence), where in the source it is (``locator``), its basis, population base and vintage.

Vintages are never spliced: the families, and the queries that keep them apart, are in
:mod:`analysis.demography.observed`.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from analysis import paths
from analysis.sources import census_observations, communiques, pik_population, un_wpp, wdi
from analysis.sources.common import COLUMNS

SORT = ["entity_code", "indicator", "year", "basis", "vintage", "source_id", "locator"]


def assemble(reference: pd.DataFrame, progress: Callable[[str], None] = lambda _: None) -> pd.DataFrame:
    """All observations, sorted deterministically."""
    parts = []
    for name, build in (
        ("census panel", census_observations.census_observations),
        ("provincial year-end series", pik_population.observations),
        ("World Development Indicators", wdi.observations),
        ("UN WPP 2022", un_wpp.observations),
        ("communiqués and yearbooks", lambda: communiques.observations(reference)),
    ):
        part = build()
        progress(f"{len(part)} observations from {name}")
        parts.append(part)
    frame = pd.concat(parts, ignore_index=True)[list(COLUMNS)]
    return frame.sort_values(SORT, kind="mergesort").reset_index(drop=True)


def observations_table(reference: pd.DataFrame, progress: Callable[[str], None] = lambda _: None) -> pd.DataFrame:
    """The validated observations table."""
    from analysis.schemas import observations_schema, validate

    return validate(assemble(reference, progress), observations_schema(), "observations")


def load(path=paths.OBSERVATIONS) -> pd.DataFrame:
    """The committed observations table, typed."""
    from analysis.datasets import read_table
    from analysis.schemas import observations_schema

    return read_table(path, observations_schema())
