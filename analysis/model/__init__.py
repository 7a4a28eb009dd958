"""Trend models, ambition of targets against trends, cohort projections, ex-post outcomes, how every plan fared, and sensitivity.

Floor: stage 5 of ingest → extract → sources → audit → **model** → report. It reads the tables of
the earlier stages (the audit's verdicts included) and may import the sources readers, the audit,
the shared floor and the contracts — never the extractor's code or the report.
"""
