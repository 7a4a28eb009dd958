"""Read invented texts of the tests: one text as a document (:func:`document`) or its sorted rows (:func:`rows`), and
the texts of the probe tests (tests/test_probe_*.py) in one extraction call: name → rows (indicator, entity, year,
value, qualifier, kind)."""

from __future__ import annotations

from analysis.extract.stage import extract_documents
from analysis.extract.stage import read_texts as extract_texts
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
    """name → rows (indicator, entity, year, value, qualifier, kind) of each text, in one extraction call
    (:func:`analysis.extract.stage.read_texts`)."""
    return extract_texts(texts, ("indicator", "entity", "year", "value", "qualifier", "kind"))
