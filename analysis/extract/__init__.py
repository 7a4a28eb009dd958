"""Extraction: every table cell and every quantified level and change of the prose into tidy tables.

Floor: stage 2 of ingest → extract → sources → audit → model → report. It may import ingestion,
the shared floor and the contracts; the audit and the model read what it writes
(``indicators.csv``, ``changes.csv``, ``plans.csv``), never its code (a ``forbidden`` contract).
"""
