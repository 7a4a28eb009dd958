"""The report: data views for the notebooks, figures and tables, and the build (Quarto or fallback).

Floor: stage 6, the last: it reads every table and may import every stage; only the command line
is above it.
"""
