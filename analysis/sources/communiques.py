"""Figures collected by hand from communiqués and yearbooks (``data/reference/``), as observations.

The tidy reference table (:mod:`analysis.sources.reference`: reference_statistics.csv from the shared
folder, collected_statistics.csv gathered for this project, derived_statistics.csv, with the
corrections of reference_corrections.csv applied) has one row per published figure with its page
title, address and verbatim quote. Its statistics become observations here:

* basis — ``census`` for census counts (and the census TFR), ``sample_survey`` for the 1% survey and
  for annual figures (the bureaus estimate annual population, urbanisation and vital rates from
  their population sample surveys);
* reference date — census day for census figures, year-end for population and urbanisation,
  the calendar year for rates, ages and life expectancy;
* vintage — as the reference table states it (census_communique, first_published, or
  revised_after_2020_census for yearbooks that rebased the intercensal years).

Plan targets and projections of higher-level plans stay in the reference table: they are not
observations.
"""

from __future__ import annotations

import pandas as pd

from analysis.sources.common import frame, observation, place

SOURCE_IDS = {"reference_statistics.csv": "reference-statistics", "collected_statistics.csv": "collected-statistics",
              "derived_statistics.csv": "derived-statistics"}
_YEAR_END = ("pop_resident", "pop_hukou", "pop_urban", "pop_rural", "urbanization_resident", "urbanization_hukou")


def observations(reference: pd.DataFrame) -> pd.DataFrame:
    """Every statistic of the reference table with a codebook indicator, as an observation."""
    rows = []
    statistics = reference[(reference["role"] == "statistic") & (reference["indicator"] != "")]
    for record in statistics.to_dict("records"):
        where = place(record["entity"])
        census = record["statistic"] == "census"
        survey = record["statistic"] == "sample_survey"
        if census or survey:
            date = f"{record['year']}-11-01"
        elif record["indicator"] in _YEAR_END:
            date = f"{record['year']}-12-31"
        else:
            date = str(record["year"])
        hukou = record["indicator"] in ("pop_hukou", "urbanization_hukou")
        notes = [record["correction"], "sample survey (1%)" if survey else "", f"confidence {record['confidence']}"]
        rows.append(observation(
            entity_code=where["code"], entity_name=where["name"], entity_level=where["level"], indicator=record["indicator"],
            year=int(record["year"]), reference_date=date, value=float(record["value"]), unit=record["unit"],
            basis="census" if census else "registration" if hukou else "sample_survey",
            population_base="registered population (户籍人口)" if hukou else "resident population (常住人口)",
            vintage=record["vintage"], source_id=SOURCE_IDS[record["source_file"]],
            locator=f"data/reference/{record['source_file']} row {int(record['source_row'])}: {record['source_title']} {record['source_url']}".strip(),
            quote=record["quote"], derived_from=record["derivation"], note="; ".join(filter(None, notes)),
        ))
    return frame(rows)
