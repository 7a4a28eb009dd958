"""Where notebooks put the figures and tables they make, and how tables are shown.

Files go to ``_report/`` (or ``$PLANWATCH_OUTPUT``): ``figures/<name>.png`` and
``tables/<name>.csv``. The test suite executes every notebook and checks that each file named in
:mod:`analysis.report.catalog` appears.

:func:`table` shows a data frame as a static HTML table in the site (long tables scroll inside a
box, so the page needs no JavaScript and works offline) and as a Markdown table in the PDF, from
one object with both representations.
"""

from __future__ import annotations

import math
import os
import re
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from analysis import paths


def output_dir() -> Path:
    return Path(os.environ.get("PLANWATCH_OUTPUT", paths.REPORT_OUT))


def save_figure(figure: plt.Figure, name: str) -> None:
    """Save a figure as ``figures/<name>.png`` (no software metadata)."""
    path = output_dir() / "figures" / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, metadata={"Software": None})


def save_table(frame: pd.DataFrame, name: str) -> None:
    """Save a table as ``tables/<name>.csv``."""
    path = output_dir() / "tables" / f"{name}.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    frame.to_csv(path, index=False, lineterminator="\n")


BREAK_AFTER = str.maketrans({"/": "/\u200b", "_": "_\u200b"})  # lets the PDF wrap file paths and codes
_UNBREAKABLE = re.compile(r"[^\s\u200b\u2e80-\uffff]+")  # a run the PDF cannot wrap (CJK wraps anywhere)
PDF_LINE = 120  # characters a table row holds across the PDF's text width, for dividing it among columns
WORD_CAP = 16  # a longer unbreakable run may overflow rather than starve the other columns


def _width(text: str) -> int:
    """Display width: a CJK character takes two columns."""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def column_widths(columns: list[str], cells: list[list[str]]) -> list[int]:
    """Relative column widths for the PDF: each column gets at least its longest unbreakable word
    (so short codes never run into the next column) and the rest of the line is shared in proportion
    to how much more its typical (90th-percentile) cell needs."""
    least, full = [], []
    for k, column in enumerate(columns):
        texts = [column] + [row[k] for row in cells]
        word = max((len(w) for t in texts for w in _UNBREAKABLE.findall(t)), default=1)
        lengths = sorted(_width(row[k]) for row in cells) or [0]
        typical = max(_width(column.split(" ")[0]), lengths[math.ceil(0.9 * (len(lengths) - 1))])
        least.append(min(WORD_CAP, word) + 2)
        full.append(max(least[-1], min(120, typical) + 2))
    if sum(full) <= PDF_LINE:
        return full
    spare = max(0, PDF_LINE - sum(least))
    extra = [f - m for f, m in zip(full, least)]
    return [m + round(spare * e / sum(extra)) for m, e in zip(least, extra)]


def markdown_table(frame: pd.DataFrame) -> str:
    """A left-aligned pipe table (cells escaped, missing values blank) with column widths from
    :func:`column_widths`, so the PDF gives long findings and quotes the room they need."""
    def cell(value) -> str:
        if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
            return ""
        return str(value).replace("|", "\\|").replace("\n", " ").translate(BREAK_AFTER)

    cells = [[cell(v) for v in row] for row in frame.itertuples(index=False)]
    widths = column_widths([str(c) for c in frame.columns], cells)
    header = "| " + " | ".join(cell(c) for c in frame.columns) + " |"
    rule = "|" + "|".join(":" + "-" * max(3, width) for width in widths) + "|"
    body = ["| " + " | ".join(row) + " |" for row in cells]
    return "\n".join([header, rule, *body])


SCROLL_ROWS = 20


class Table:
    """A table shown as HTML in the site and as Markdown in the PDF."""

    def __init__(self, frame: pd.DataFrame, max_rows_pdf: int | None = None, pdf_columns: list[str] | None = None):
        self.frame = frame.reset_index(drop=True)
        self.max_rows_pdf = max_rows_pdf
        self.pdf_columns = pdf_columns

    def _repr_html_(self) -> str:
        html = self.frame.to_html(index=False, na_rep="", classes="planwatch-table table table-sm", border=0)
        if len(self.frame) > SCROLL_ROWS:
            return f'<div class="planwatch-scroll" style="max-height:34em;overflow:auto">{html}</div>'
        return html

    def _repr_markdown_(self) -> str:
        frame = self.frame[self.pdf_columns] if self.pdf_columns else self.frame
        note = "" if not self.pdf_columns else f"\n\n*Columns shown: {', '.join(self.pdf_columns)}; the site and `data/processed/` have all of them.*"
        if self.max_rows_pdf is not None and len(frame) > self.max_rows_pdf:
            note += f"\n\n*First {self.max_rows_pdf} of {len(frame)} rows; the full table is in the site and in `data/processed/`.*"
            frame = frame.head(self.max_rows_pdf)
        return markdown_table(frame) + note


def table(frame: pd.DataFrame, max_rows_pdf: int | None = None, pdf_columns: list[str] | None = None) -> Table:
    return Table(frame, max_rows_pdf, pdf_columns)
