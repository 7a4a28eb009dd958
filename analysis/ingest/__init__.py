"""Ingestion: from seed bytes to a normalised, line-addressed text layer with a quality log."""

from analysis.ingest.document import PlanDocument, PlanLine, ingest_file, ingest_text

__all__ = ["PlanDocument", "PlanLine", "ingest_file", "ingest_text"]
