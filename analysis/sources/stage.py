"""The sources stage: official statistics as tables the audit and the model read.

First obtains every pinned data set and checks the SHA-256 of every file
(:func:`analysis.sources.registry.obtain_all`: the local mirror, the download cache, or a download
from the pinned address; a missing or corrupt file stops the stage in one line). Then writes, each
validated against its schema first:

* ``data/reference/reference.csv`` — the hand-collected reference statistics mapped to codes,
  roles (statistic, higher-level plan target or projection) and vintages
  (:mod:`analysis.sources.reference`);
* ``data/reference/observations.csv`` — every official figure and model estimate of the plan
  places, their provinces and the nation, with source, basis, population base and vintage
  (:mod:`analysis.sources.observations`);
* ``data/reference/boundary_changes.csv`` — the prefectures whose official census figures are of
  another area than their counties (the census county table against the city panel differs by more
  than :data:`analysis.demography.metrics.BOUNDARY_CHANGE`: in 2010, an area changed between the
  censuses; in 2020, a zone administered across a county boundary;
  :func:`analysis.sources.leiii_census.boundary_change_table`), which the model's screen does not judge
  by the census in plans issued before 2020.

The places covered are the plan places of the seed manifest and of the corpus manifest (with
every province and the nation), so both manifests are among the stage's inputs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.demography import metrics
from analysis.io import csv_bytes
from analysis.runrecord import write_recorded
from analysis.sources import leiii_census, registry
from analysis.schemas import boundary_changes_schema, reference_schema, validate
from analysis.sources.observations import observations_table
from analysis.sources.reference import read_sources, tidy_reference


def reference_table(reference_dir: Path = paths.REFERENCE) -> pd.DataFrame:
    """The tidy, validated reference table of the hand-collected statistics in ``reference_dir``."""
    return validate(tidy_reference(read_sources(reference_dir)), reference_schema(), "reference")


def source_inputs(reference_dir: Path = paths.REFERENCE, manifest_path: Path = paths.MANIFEST) -> list[Path]:
    """The files the stage's tables are made from (besides the bundled sources, which are checksummed)."""
    return [manifest_path, paths.CORPUS_MANIFEST, *sorted(reference_dir.glob("*_statistics.csv")), *sorted(reference_dir.glob("*corrections.csv"))]


def run(progress: Callable[[str], None] = print, reference_dir: Path = paths.REFERENCE, reference_out: Path | None = None) -> dict[str, pd.DataFrame]:
    """Build and write the reference and observations tables (into ``reference_out``, by default
    beside the reference statistics)."""
    out = reference_out or reference_dir
    registry.obtain_all(progress=progress)
    reference = reference_table(reference_dir)
    observations = observations_table(reference, progress)
    boundaries = validate(leiii_census.boundary_change_table(metrics.BOUNDARY_CHANGE), boundary_changes_schema(), "boundary_changes")
    write_recorded({out / "reference.csv": csv_bytes(reference), out / "observations.csv": csv_bytes(observations),
                    out / "boundary_changes.csv": csv_bytes(boundaries)},
                   stage="sources", inputs=source_inputs(reference_dir))
    progress(f"{len(reference)} reference rows, {len(observations)} observations, "
             f"{len(boundaries)} prefecture-censuses whose official figures are of another area than their counties")
    return {"reference": reference, "observations": observations, "boundary_changes": boundaries}
