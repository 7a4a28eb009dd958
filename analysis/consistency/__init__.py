"""The consistency audit: within each plan, across plans, against higher-level targets, against statistics.

Floor: stage 4 of ingest → extract → sources → **audit** → model → report. It reads the extraction
and sources tables and writes ``consistency.csv`` and ``figure_verdicts.csv`` (the plan figures the
model must leave out); it may import ingestion (the plans' words), the sources readers (the
census panel), the shared floor and the contracts — never the extractor's code, the model or the
report.
"""
