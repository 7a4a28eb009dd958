"""Read the pipeline's CSV tables back with the types their schemas declare.

Floor: contracts (above the schemas, below every stage).

Notebooks and later stages read the committed tables through :func:`load`, so what they see is
exactly what the data contract describes: integers as ``Int64`` (with missing values), numbers as
``Float64``, booleans as ``bool``, text as ``str`` with empty strings rather than NaN.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from analysis import paths
from analysis.errors import InputError


def read_table(path: Path, schema: pa.DataFrameSchema, check: bool = True) -> pd.DataFrame:
    """Read a CSV written by the pipeline, cast each column to its schema type and validate it.

    A file the pipeline did not write as it is (edited, truncated: see :mod:`analysis.runrecord`),
    a value of the wrong type or a failed check raises :class:`InputError` with the file's name."""
    from analysis.io import resolve
    from analysis.runrecord import verify_file
    from analysis.schemas import validate

    verify_file(path)
    source = resolve(path)
    if not Path(source).exists():
        raise InputError(f"{paths.display(path)}: not found (run the stage that writes it: python -m analysis data)")
    try:
        frame = pd.read_csv(source, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as error:
        raise InputError(f"{paths.display(path)}: not a readable table ({' '.join(str(error).split())[:160]})") from None
    for name, column in schema.columns.items():
        if name not in frame:
            continue
        dtype = str(column.dtype)
        values = frame[name]
        try:
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
        except (ValueError, TypeError) as error:
            raise InputError(f"{paths.display(path)}: column {name} does not hold {dtype} values ({' '.join(str(error).split())[:120]})") from None
    if check:
        try:
            frame = validate(frame, schema, paths.display(path))
        except Exception as error:
            raise InputError(str(error).splitlines()[0] + " " + "; ".join(str(error).splitlines()[1:4])) from None
    return frame


def load(name: str, folder: Path = paths.PROCESSED) -> pd.DataFrame:
    """A pipeline table by name (``indicators``, ``changes``, ``plans``, ``ambition`` …), typed."""
    from analysis import schemas

    schema = schemas.SCHEMAS[name]()
    path = (paths.REFERENCE if name in ("reference", "observations", "boundary_changes") and folder == paths.PROCESSED else folder) / f"{name}.csv"
    return read_table(path, schema)
