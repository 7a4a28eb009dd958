"""The report: data views for the notebooks, figures and tables, and the build (Quarto or fallback)."""
