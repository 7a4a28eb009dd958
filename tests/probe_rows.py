"""Read invented texts of the tests: one text as a document (:func:`document`) or its sorted rows (:func:`rows`), and
the texts of the probe tests (tests/test_probe_*.py) in one extraction call: name → rows (indicator, entity, year,
value, qualifier, kind)."""

from __future__ import annotations

from analysis.extract.stage import extract_documents
from analysis.ingest.decode import decode_bytes
from analysis.ingest.document import ingest_text

#: The columns :func:`rows` returns by default.
COLUMNS = ["indicator", "entity", "year", "value", "kind", "qualifier"]


def document(text: str):
    """An invented text, ingested as the page ``page.txt``."""
    return ingest_text(decode_bytes(text.encode("utf-8"), "page.txt"), "page.txt")


def rows(text: str, columns: list[str] = COLUMNS) -> list[tuple]:
    """The sorted ``columns`` of the indicator rows extracted from one invented text."""
    values = extract_documents([document(text)]).indicators
    return sorted(values[columns].itertuples(index=False, name=None))


def read_texts(texts: dict[str, str]) -> dict[str, list[tuple]]:
    names = list(texts)
    documents = [ingest_text(decode_bytes(texts[name].encode("utf-8"), f"{name}.txt"), f"{name}.txt") for name in names]
    frame = extract_documents(documents).indicators
    out: dict[str, list[tuple]] = {name: [] for name in names}
    for row in frame.itertuples(index=False):
        out[str(row.seed_file).removesuffix(".txt")].append(
            (row.indicator, row.entity, int(row.year) if row.year == row.year else None, round(float(row.value), 6), row.qualifier, row.kind))
    return out
