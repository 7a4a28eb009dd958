"""Quarto pre-render script (``_quarto-site.yml``, ``_quarto-pdf.yml``): clear ``_freeze/`` when the
data or code changed since the pages were frozen, so Quarto never publishes stale numbers.

Quarto runs it with ``QUARTO_PYTHON`` from the project directory."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from analysis.report.inputs import refresh_freeze  # noqa: E402

if __name__ == "__main__":
    refresh_freeze(progress=print)
