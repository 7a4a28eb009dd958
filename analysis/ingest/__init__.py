"""Ingestion: from seed bytes to a normalised, line-addressed text layer with a quality log.

Floor: stage 1 of ingest → extract → sources → audit → model → report. It imports only the shared
floor, the contracts and the basics; every later stage may use its documents and gazetteer.
"""

from analysis.ingest.document import PlanDocument, PlanLine, ingest_file, ingest_text

__all__ = ["PlanDocument", "PlanLine", "ingest_file", "ingest_text"]
