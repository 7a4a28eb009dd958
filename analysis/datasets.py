"""Read the pipeline's CSV tables back with the types their schemas declare.

Notebooks and later stages read the committed tables through :func:`load`, so what they see is
exactly what the data contract describes: integers as ``Int64`` (with missing values), numbers as
``Float64``, booleans as ``bool``, text as ``str`` with empty strings rather than NaN.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from analysis import paths


def read_table(path: Path, schema: pa.DataFrameSchema) -> pd.DataFrame:
    """Read a CSV written by the pipeline and cast each column to its schema type."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    for name, column in schema.columns.items():
        if name not in frame:
            continue
        dtype = str(column.dtype)
        values = frame[name]
        if dtype in ("Int64", "int64"):
            frame[name] = pd.to_numeric(values.replace("", None)).astype("Int64")
        elif dtype in ("Float64", "float64"):
            frame[name] = pd.to_numeric(values.replace("", None)).astype("Float64")
        elif dtype == "bool":
            frame[name] = values.map({"True": True, "False": False}).astype(bool)
        elif dtype == "boolean":
            frame[name] = values.map({"True": True, "False": False, "": pd.NA}).astype("boolean")
        else:
            frame[name] = values.astype(str)
    return frame


def load(name: str, folder: Path = paths.PROCESSED) -> pd.DataFrame:
    """A pipeline table by name (``indicators``, ``changes``, ``plans``, ``ambition`` …), typed."""
    from analysis import schemas

    schema = schemas.SCHEMAS[name]()
    path = (paths.REFERENCE if name in ("reference", "observations") and folder == paths.PROCESSED else folder) / f"{name}.csv"
    return read_table(path, schema)
