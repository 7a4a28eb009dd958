"""Quarto post-render script (``_quarto-site.yml``): write the plan source pages
(``plans/<plan>.html``) into the rendered site, ``$QUARTO_PROJECT_OUTPUT_DIR``.

Quarto runs it with ``QUARTO_PYTHON`` from the project directory."""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from analysis.report.sources import write_source_pages  # noqa: E402

if __name__ == "__main__":
    write_source_pages(Path(os.environ.get("QUARTO_PROJECT_OUTPUT_DIR", "_site")), progress=print)
