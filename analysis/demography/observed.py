"""Official figures looked up in the observations table, one vintage family at a time.

Pure queries over ``data/reference/observations.csv`` (written by the sources stage,
:mod:`analysis.sources.observations`); the audit, the model and the report read official figures only
through them.

Vintages are never spliced: :func:`series` returns one place's indicator in one vintage family
only, and says which. The families:

* ``census`` — census counts (communiqué first, then yearbook, for the same census);
* ``post_2020_census`` — the census-2020-based figures: the 2020 census, annual figures first
  published from 2021 on, and intercensal years revised after the 2020 census;
* ``first_published`` — annual figures as first released (the plans' own vintage), with the census
  they were benchmarked on;
* ``model`` — UN/World Bank model estimates (context only).

Pre-2010-census estimates (``pre_2010_census``) belong to no family a series is built from.
"""

from __future__ import annotations

import weakref

import pandas as pd

OFFICIAL_BASES = ("census", "sample_survey", "registration", "administrative")
#: Preference among official figures for the same place, indicator and year (most authoritative first).
VINTAGE_ORDER = {"census_communique": 0, "census_yearbook": 1, "first_published": 2, "revised_after_2020_census": 3, "pre_2010_census": 4}
FAMILIES = ("census", "post_2020_census", "first_published", "model")
#: Among figures of the same vintage, the one with a quote and full precision first.
SOURCE_ORDER = {"reference-statistics": 0, "collected-statistics": 1, "derived-statistics": 2, "leiii-census": 3, "wdi": 4, "pik-population": 5, "un-wpp-2022": 6}


def family(vintage: str, year: int) -> str:
    """The vintage family of a figure (see the module docstring)."""
    if vintage in ("wpp_2022", "wdi_2026"):
        return "model"
    if vintage in ("census_communique", "census_yearbook"):
        return "census"
    if vintage == "revised_after_2020_census" or (vintage == "first_published" and year >= 2021):
        return "post_2020_census"
    if vintage == "pre_2010_census":
        return "pre_2010_census"
    return "first_published"


#: ``official``'s answers by observations table (``id``: a weak reference tells a table from a later one at the
#: same address) and (entity, indicator). A table of observations is read once and never changed in place; the
#: model asks for the same place and indicator thousands of times (each a scan of the whole table).
_OFFICIAL: dict[int, tuple[weakref.ref, dict[tuple[str, str], pd.DataFrame]]] = {}


def official(observations: pd.DataFrame, entity: str, indicator: str) -> pd.DataFrame:
    """Official figures (no model estimates) for a place (Chinese name) and indicator, best first per year
    (a copy of the answer computed on the first call for this table, place and indicator)."""
    key = id(observations)
    held = _OFFICIAL.get(key)
    if held is None or held[0]() is not observations:
        held = _OFFICIAL[key] = (weakref.ref(observations, lambda _, key=key: _OFFICIAL.pop(key, None)), {})
    answers = held[1]
    if (entity, indicator) not in answers:
        answers[(entity, indicator)] = _official(observations, entity, indicator)
    return answers[(entity, indicator)].copy()


def _official(observations: pd.DataFrame, entity: str, indicator: str) -> pd.DataFrame:
    rows = observations[(observations["entity_name"] == entity) & (observations["indicator"] == indicator) & observations["basis"].isin(OFFICIAL_BASES)]
    if rows.empty and (code := qualified_code(entity)) is not None:
        # 北京市西城区, as a manifest or a text names a district with its city: the observations name it 西城区 (its code)
        rows = observations[(observations["entity_code"] == code) & (observations["indicator"] == indicator) & observations["basis"].isin(OFFICIAL_BASES)]
    rows = rows.assign(order=rows["vintage"].map(VINTAGE_ORDER).fillna(9), source_order=rows["source_id"].map(SOURCE_ORDER).fillna(9),
                       family=[family(v, int(y)) for v, y in zip(rows["vintage"], rows["year"])])
    return rows.sort_values(["year", "order", "source_order", "locator"], kind="mergesort")


def qualified_code(entity: str) -> str | None:
    """The GB/T code of a place named with the place it lies in (北京市西城区, 天津市滨海新区 → the gazetteer's 西城区,
    滨海新区), whose official figures are filed under the shorter name; ``None`` for any other name (a name the
    observations use as it is, or one the gazetteer does not know)."""
    from analysis.gazetteer import by_name

    place = by_name(entity)
    return place.code if place is not None and place.name != entity and entity.endswith(place.name) else None


def series(observations: pd.DataFrame, entity: str, indicator: str, chosen_family: str) -> pd.DataFrame:
    """One value a year for a place and indicator, all of one vintage family (never spliced).

    ``post_2020_census`` includes the 2020 census count as its anchor; ``first_published`` includes
    the census counts the annual figures were benchmarked on. The returned frame has ``family``.
    """
    if chosen_family not in FAMILIES:
        raise ValueError(f"unknown vintage family {chosen_family!r} (one of {', '.join(FAMILIES)})")
    if chosen_family == "model":
        rows = observations[(observations["entity_name"] == entity) & (observations["indicator"] == indicator) & (observations["basis"] == "model_estimate")]
        return rows.drop_duplicates("year").assign(family="model")
    rows = official(observations, entity, indicator)
    if chosen_family == "post_2020_census":
        keep = (rows["family"] == "post_2020_census") | ((rows["family"] == "census") & (rows["year"] == 2020))
    elif chosen_family == "first_published":
        keep = (rows["family"] == "first_published") | (rows["family"] == "census")
    else:
        keep = rows["family"] == "census"
    return rows[keep].drop_duplicates("year").assign(family=chosen_family)
