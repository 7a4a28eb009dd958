"""The shape every source reader returns, and the places the observations cover.

Observation columns (meanings in ``data/codebook/columns.csv``, table ``observations``):
``entity_code`` (GB/T 2260; ``100000`` for the nation), ``entity_name``, ``entity_level``
(nation / province / prefecture), ``indicator`` (codebook code), ``year``, ``reference_date``
(``YYYY-11-01`` census day, ``YYYY-12-31`` year-end, ``YYYY-07-01`` mid-year, ``YYYY`` a
calendar-year rate), ``value``, ``unit`` (the codebook's), ``basis``, ``population_base``,
``vintage``, ``source_id`` (a sidecar id), ``locator`` (file and row, table and cell, or page
address), ``quote``, ``derived_from`` (the formula of a computed figure), ``note``.
"""

from __future__ import annotations

import functools

import pandas as pd

from analysis.manifest import read_manifest

COLUMNS = ("entity_code", "entity_name", "entity_level", "indicator", "year", "reference_date", "value", "unit", "basis",
           "population_base", "vintage", "source_id", "locator", "quote", "derived_from", "note")

NATION = ("100000", "中国", "nation")
#: Names of the provinces in the census tables; the municipalities are their own province.
MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")


def observation(**values) -> dict:
    """One observation row; every column named, blanks for the optional ones."""
    unknown = set(values) - set(COLUMNS)
    if unknown:
        raise ValueError(f"unknown observation columns {sorted(unknown)}")
    row = {column: "" for column in COLUMNS}
    row.update(values)
    return row


def frame(rows: list[dict]) -> pd.DataFrame:
    out = pd.DataFrame(rows, columns=list(COLUMNS))
    out["year"] = out["year"].astype("Int64")
    out["value"] = pd.to_numeric(out["value"]).astype("Float64")
    return out


def resolve(name: str):
    """The gazetteer place of a name as a manifest writes it: a full name (佛山市, 南海区) or a
    county written with its prefecture (佛山市南海区 → 南海区 of 佛山市); ``None`` when unknown."""
    from analysis.gazetteer import by_name, gazetteer

    found = by_name(name)
    if found is not None:
        return found
    return next((p for p in gazetteer() if p.level == "county" and p.prefecture and name == p.prefecture + p.name), None)


@functools.cache
def places() -> pd.DataFrame:
    """The places the observations cover: each plan's place (seed manifest and corpus manifest),
    its province, the 31 provinces, and the nation.

    Codes come from the census panel (city CSV) for prefectures — a city's ``city_code`` (a
    municipality's is its province code, 重庆市 500000) and its ``province_code`` — and from the
    gazetteer (GB/T 2260) for places of other levels (a county written with its prefecture,
    佛山市南海区, is the gazetteer's 南海区); a plan place the gazetteer does not know is left out
    (its plan is judged without official figures). Every province is covered so that the provincial
    year-end series and the census counts of all 31 are at hand (the zero-sum comparison of
    provincial targets with the nation). Columns: ``code``, ``name``, ``level``.
    """
    from analysis.corpus import read_corpus_manifest
    from analysis.gazetteer import gazetteer
    from analysis.sources.leiii_census import MUNICIPALITIES as CSV_MUNICIPALITIES, city_panel

    panel = city_panel()
    manifest = read_manifest()
    corpus = read_corpus_manifest()
    wanted = sorted(set(zip(manifest["place_zh"], manifest["province_zh"])) | {(name, "") for name in corpus["place_zh"]})
    rows = [dict(zip(("code", "name", "level"), NATION))]
    for city, province in wanted:
        match = panel[panel["city"] == city]
        if not match.empty:
            code = CSV_MUNICIPALITIES.get(match.iloc[0]["city_code"], match.iloc[0]["city_code"])
            level = "province" if city in MUNICIPALITIES else "prefecture"
            rows.append({"code": code, "name": city, "level": level})
            continue
        found = resolve(city)
        if found is None or found.level == "nation":
            continue
        rows.append({"code": found.code, "name": found.name, "level": found.level})
    rows += [{"code": p.code, "name": p.name, "level": "province"} for p in gazetteer() if p.level == "province" and int(p.code[:2]) <= 65]
    return pd.DataFrame(rows).drop_duplicates("code").sort_values("code").reset_index(drop=True)


def place(name: str) -> dict:
    """``{code, name, level}`` of a place by its Chinese name (中国 for the nation)."""
    table = places()
    match = table[table["name"] == name]
    if match.empty:
        # a place of the bundled statistics that no plan of the manifest names any more (a plan
        # removed, a plan's place changed): the gazetteer's code, not a KeyError stopping the model
        found = resolve(name)
        if found is None or found.level == "nation":
            raise KeyError(f"{name} is not a plan place, province or the nation")
        return {"code": found.code, "name": found.name, "level": found.level}
    return match.iloc[0].to_dict()
