"""Read invented texts of the probe tests (tests/test_probe_*.py) in one extraction call: name → rows
(indicator, entity, year, value, qualifier, kind)."""

from __future__ import annotations

from analysis.extract.stage import extract_documents
from analysis.ingest.decode import decode_bytes
from analysis.ingest.document import ingest_text


def read_texts(texts: dict[str, str]) -> dict[str, list[tuple]]:
    names = list(texts)
    documents = [ingest_text(decode_bytes(texts[name].encode("utf-8"), f"{name}.txt"), f"{name}.txt") for name in names]
    frame = extract_documents(documents).indicators
    out: dict[str, list[tuple]] = {name: [] for name in names}
    for row in frame.itertuples(index=False):
        out[str(row.seed_file).removesuffix(".txt")].append(
            (row.indicator, row.entity, int(row.year) if row.year == row.year else None, round(float(row.value), 6), row.qualifier, row.kind))
    return out
