"""Where notebooks put the figures and tables they make, and how tables are shown.

Files go to ``_report/`` (or ``$PLANWATCH_OUTPUT``): ``figures/<name>.png`` and
``tables/<name>.csv``. The test suite executes every notebook and checks that each file named in
:mod:`analysis.report.catalog` appears.

:func:`table` shows a data frame as an HTML table in the site and as a Markdown table in the PDF,
from one object with both representations; a long or wide table (:func:`interactive`) is
interactive in the site (itables, offline: :func:`interactive_tables` loads the library once per
page), every other one static. In the site every table sits in its own
box that scrolls sideways (and, when long, down under a sticky header), text is left-aligned and
numbers right-aligned; cells that carry sources (a hidden ``_cells:<column>`` column of
:class:`~analysis.report.links.Segment` lists, see :func:`with_sources`) link each value to its
plan line or reference source. In the PDF those sources are printed (seed file and line).
"""

from __future__ import annotations

import dataclasses
import html
import io
import math
import os
import re
from collections.abc import Sequence
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from analysis import paths
from analysis.report import words
from analysis.report.links import Segment, display_text, segments_html, segments_markdown


def output_dir() -> Path:
    return Path(os.environ.get("PLANWATCH_OUTPUT", paths.REPORT_OUT))


def save_figure(figure: plt.Figure, name: str) -> None:
    """Save a figure as ``figures/<name>.png`` (no software metadata) and show that same PNG.

    The figure is rendered once: the file and the page show the same pixels, and the inline
    backend does not render it a second time (the figure is closed). Beside it,
    ``figures/<name>.json`` records what a reader's eye needs checked: the size of the saved
    image (inches at its resolution) and the smallest text drawn in it (points).
    """
    import json

    from IPython.display import Image, display
    from PIL import Image as PILImage

    path = output_dir() / "figures" / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    smallest = smallest_text(figure)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", metadata={"Software": None})
    png = buffer.getvalue()
    path.write_bytes(png)
    dpi = plt.rcParams["savefig.dpi"] if plt.rcParams["savefig.dpi"] != "figure" else figure.dpi
    pixels = PILImage.open(io.BytesIO(png)).size
    facts = {"width_px": pixels[0], "height_px": pixels[1], "dpi": dpi, "width_in": pixels[0] / dpi, "height_in": pixels[1] / dpi, "smallest_text_pt": smallest}
    path.with_suffix(".json").write_text(json.dumps(facts, indent=1) + "\n", encoding="utf-8")
    plt.close(figure)
    display(Image(data=png, format="png"))


def smallest_text(figure: plt.Figure) -> float:
    """The size in points of the smallest visible, non-empty text of a figure (tick labels,
    titles, legend entries, annotations)."""
    from matplotlib.text import Text

    figure.canvas.draw()  # tick labels exist only once drawn
    sizes = [text.get_fontsize() for text in figure.findobj(Text) if text.get_visible() and text.get_text().strip() and _shown(text)]
    return min(sizes) if sizes else float("inf")


def _shown(text) -> bool:
    """A text whose axes (if any) are visible and which lies inside the figure."""
    axes = text.axes
    if axes is not None and not axes.get_visible():
        return False
    if hasattr(text, "get_window_extent"):
        box = text.get_window_extent()
        width, height = text.figure.bbox.width, text.figure.bbox.height
        return box.x1 > 0 and box.y1 > 0 and box.x0 < width and box.y0 < height
    return True


def save_table(frame: pd.DataFrame, name: str) -> None:
    """Save a table as ``tables/<name>.csv`` (the columns the reader sees, without link data)."""
    path = output_dir() / "tables" / f"{name}.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    frame[visible_columns(frame)].to_csv(path, index=False, lineterminator="\n")


CELLS = "_cells:"  # prefix of the hidden column that holds a visible column's linked segments


def visible_columns(frame: pd.DataFrame) -> list[str]:
    return [column for column in frame.columns if not str(column).startswith(CELLS)]


def with_sources(frame: pd.DataFrame, column: str, segments: Sequence[Sequence[Segment] | None]) -> pd.DataFrame:
    """Attach linked segments to a column (one list per row; ``None`` keeps the plain value)."""
    frame = frame.copy()
    frame[CELLS + column] = pd.Series(list(segments), index=frame.index, dtype=object)
    return frame


BREAK_AFTER = str.maketrans({"/": "/\u200b", "_": "_\u200b"})  # lets the PDF wrap file paths and codes
_UNBREAKABLE = re.compile(r"[^\s\u200b\u2e80-\uffff]+")  # a run the PDF cannot wrap (CJK wraps anywhere)
PDF_LINE = 120  # characters a table row holds across the PDF's text width, for dividing it among columns
WORD_CAP = 16  # a longer unbreakable run may overflow rather than starve the other columns
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]{}<>#@$~^|])")


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
    return [m + round(spare * e / (sum(extra) or 1)) for m, e in zip(least, extra)]


def _missing(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def _plain(value) -> str:
    """A cell's text as the reader sees it: blank when missing, a negative number with the true
    minus (``-4.0`` → ``−4.0``, :func:`words.minus`). The frame itself, and the CSV
    :func:`save_table` writes from it, keep the ASCII hyphen-minus."""
    if _missing(value):
        return ""
    if isinstance(value, float):
        return words.minus(f"{value:g}")
    return words.minus(str(value))


def _typeset(segments: Sequence[Segment]) -> list[Segment]:
    """A linked cell's segments with the true minus in their numbers (:func:`words.minus`); a
    quote that names its source (evidence) is left as it was written."""
    return [segment if segment.names_its_source else dataclasses.replace(segment, text=words.minus(segment.text)) for segment in segments]


def escape_markdown(text: str) -> str:
    """Text that pandoc's Markdown reader takes literally inside a table cell: Markdown
    punctuation escaped, line breaks flattened, and break opportunities after / and _."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(text).replace("\n", " ")).translate(BREAK_AFTER)


def markdown_table(frame: pd.DataFrame) -> str:
    """A left-aligned pipe table (cells escaped, missing values blank, linked cells with their
    sources for the PDF) with column widths from :func:`column_widths`, so the PDF gives long
    findings and quotes the room they need."""
    columns = visible_columns(frame)
    shown, cells = [], []
    for row in frame.to_dict("records"):
        shown_row, cell_row = [], []
        for column in columns:
            segments = row.get(CELLS + column)
            if isinstance(segments, (list, tuple)) and segments:
                shown_row.append(display_text(_typeset(segments)))
                cell_row.append(segments_markdown(_typeset(segments), escape_markdown))
            else:
                shown_row.append(_plain(row[column]))
                cell_row.append(escape_markdown(_plain(row[column])))
        shown.append(shown_row)
        cells.append(cell_row)
    widths = column_widths([str(c) for c in columns], shown)
    header = "| " + " | ".join(escape_markdown(str(c)) for c in columns) + " |"
    rule = "|" + "|".join(":" + "-" * max(3, width) for width in widths) + "|"
    body = ["| " + " | ".join(row) + " |" for row in cells]
    return "\n".join([header, rule, *body])


SCROLL_ROWS = 20
SHORT_CELL = 16  # a column whose cells are all this short is never wrapped (dates, periods, codes)
_NUMBER = re.compile(r"^[+\-−]?\d[\d.,]*%?$")


def _numeric(column: pd.Series) -> bool:
    """Numbers (or numbers formatted as text, like "+1.19" or "0.32") are right-aligned."""
    if pd.api.types.is_bool_dtype(column):
        return False
    if pd.api.types.is_numeric_dtype(column):
        return True
    texts = [_plain(v) for v in column if _plain(v)]
    return bool(texts) and all(_NUMBER.match(text) for text in texts)



MIN_EM, MAX_EM = 6, 26  # a wrapping text column is never narrower or (at least) wider than this


def _min_width(frame: pd.DataFrame, column: str) -> int:
    """The width (em) a wrapping text column keeps however many columns the table has: enough
    for its typical (90th-percentile) cell on about two lines, so a column of targets or evidence
    is never squeezed to a few characters."""
    cells = frame.get(CELLS + column)
    texts = [display_text(c) if isinstance(c, (list, tuple)) and c else _plain(v) for c, v in zip(cells if cells is not None else [None] * len(frame), frame[column])]
    lengths = sorted(_width(text) for text in texts) or [0]
    typical = lengths[math.ceil(0.9 * (len(lengths) - 1))]
    return int(min(MAX_EM, max(MIN_EM, math.ceil(0.55 * typical / 2))))


TABLE_EM = 64  # the text column of the Quarto site (920 px) in the tables' 0.85 em type


def _natural_em(frame: pd.DataFrame, column: str) -> float:
    """Width (em) of a column that never wraps: its longest cell or header, plus padding."""
    texts = [str(column), *(_plain(v) for v in frame[column])]
    return 0.55 * max(_width(text) for text in texts) + 1.2


def _fit_widths(widths: dict[str, int], fixed: float) -> dict[str, int]:
    """Minimum widths of the wrapping columns, shrunk in proportion (never below
    :data:`MIN_EM`) so that with the columns that never wrap the table fits the text column when
    it can: the last columns stay in view instead of behind a scroll."""
    room = TABLE_EM - fixed - 1.2 * len(widths)
    total = sum(widths.values())
    if total <= room or not widths:
        return widths
    spare = max(0.0, room - MIN_EM * len(widths))
    extra = {column: width - MIN_EM for column, width in widths.items()}
    return {column: MIN_EM + int(spare * extra[column] / (sum(extra.values()) or 1)) for column in widths}


def html_table(frame: pd.DataFrame, scroll_rows: int) -> str:
    """A static HTML table in its own scrolling box: every cell escaped, text left-aligned,
    numeric columns right-aligned, linked cells pointing at their sources."""
    columns = visible_columns(frame)
    numeric = {column: _numeric(frame[column]) for column in columns}
    short = {column: frame[column].map(lambda v: len(_plain(v))).max() <= SHORT_CELL if len(frame) else True for column in columns}
    kind = {column: "pw-num" if numeric[column] else ("pw-text pw-short" if short[column] else "pw-text") for column in columns}
    width = _fit_widths({column: _min_width(frame, column) for column in columns if kind[column] == "pw-text"},
                        sum(_natural_em(frame, column) for column in columns if kind[column] != "pw-text"))
    head = "".join(f'<th class="{kind[c]}"' + (f' style="min-width:{width[c]}em"' if c in width else "") + f">{html.escape(str(c))}</th>" for c in columns)
    rows = []
    for row in frame.to_dict("records"):
        cells = []
        for column in columns:
            segments = row.get(CELLS + column)
            content = segments_html(_typeset(segments)) if isinstance(segments, (list, tuple)) and segments else html.escape(_plain(row[column]))
            cells.append(f'<td class="{kind[column]}">{content}</td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    long = " pw-long" if len(frame) > scroll_rows else ""
    return (
        f'<div class="pw-table-box{long}" tabindex="0" role="region" aria-label="table, scrolls">'
        f'<table class="planwatch-table"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>'
    )


INTERACTIVE_ROWS = 10  # a table with more rows than this (more than a screen once its text wraps) …
INTERACTIVE_COLUMNS = 6  # … or more columns than this is interactive on the site
PAGE_LENGTH = 20  # rows an interactive table shows at first (the reader may choose 10, 50 or all)


def interactive(frame: pd.DataFrame) -> bool:
    """A long or wide table: sorted, searched and its columns chosen by the reader on the site."""
    return len(frame) > INTERACTIVE_ROWS or len(visible_columns(frame)) > INTERACTIVE_COLUMNS


def interactive_tables() -> None:
    """Load the table library on a page (once, before its first interactive table): itables'
    offline mode, which embeds the DataTables bundle in the page itself, so the tables work
    without a network or a CDN. The output is HTML for the site and empty Markdown for the PDF,
    which never shows it (both renderers take Markdown over HTML for the PDF)."""
    import itables
    from IPython.display import display
    from IPython.utils.capture import capture_output

    with capture_output(stdout=False, stderr=False) as captured:
        itables.init_notebook_mode(all_interactive=False, connected=False)
    init = "".join(output.data.get("text/html", "") for output in captured.outputs)
    display({"text/html": f'<div class="pw-itables-init" hidden>{init}</div>', "text/markdown": ""}, raw=True)


def _cell_html(segments, value) -> str:
    return segments_html(_typeset(segments)) if isinstance(segments, (list, tuple)) and segments else html.escape(_plain(value))


def _word_em(frame: pd.DataFrame, column: str) -> int:
    """Width (em, with padding) of a column's longest word (at most :data:`WORD_CAP` characters):
    a column is never so narrow that a word breaks in the middle ("populatio-n")."""
    cells = frame.get(CELLS + column)
    texts = [str(column), *(" ".join(segment.text for segment in c) if isinstance(c, (list, tuple)) and c else _plain(v) for c, v in zip(cells if cells is not None else [None] * len(frame), frame[column]))]
    word = max((min(WORD_CAP, _width(w)) for text in texts for w in _UNBREAKABLE.findall(text)), default=1)
    return math.ceil(0.62 * word + 1.2)


#: DataTables reads a number only with the ASCII hyphen-minus; a numeric column sorts and is searched by its
#: text with the true minus put back to ``-`` (and links stripped), so −4.0 sorts below +0.5 and a search for
#: "-0.5" finds −0.5.
SORT_AS_NUMBER_JS = ("function (data, type) { return (type === 'sort' || type === 'type' || type === 'filter') && typeof data === 'string' ? "
                     "data.replace(/<[^>]*>/g, '').replace(/\\u2212/g, '-') : data; }")


def interactive_html(frame: pd.DataFrame, hidden: Sequence[str] = ()) -> str:
    """The table as an interactive DataTable (itables, offline: the page's
    :func:`interactive_tables` cell carries the library): every row (no downsampling), sortable,
    searchable, with a button to choose the columns shown; cells escaped and linked as in
    :func:`html_table`, numbers right-aligned, wrapping text columns with the width their typical
    cell needs (:func:`_min_width`). The table's id is a digest of its content, so the same
    table gives the same page byte for byte. Columns named in ``hidden`` start hidden: the reader
    shows them with the "Columns" button (a wide table fits the page without scrolling sideways)."""
    import hashlib

    import itables

    sort_as_number = itables.JavascriptFunction(SORT_AS_NUMBER_JS)
    columns = visible_columns(frame)
    cells = pd.DataFrame({str(column): [_cell_html(segments, value) for segments, value in zip(frame.get(CELLS + column, [None] * len(frame)), frame[column])] for column in columns})
    numeric = {column: _numeric(frame[column]) for column in columns}
    # short cells never wrap: at most SHORT_CELL columns wide, a Chinese character counting two
    # (连云港市 stays on one line, 渝府发〔2017〕22号 may take two)
    short = {column: frame[column].map(lambda v: _width(_plain(v)) <= SHORT_CELL).all() if len(frame) else True for column in columns}
    definitions = [{"targets": k, "visible": False} for k, column in enumerate(columns) if column in hidden]
    for k, column in enumerate(columns):
        if numeric[column]:
            definitions.append({"targets": k, "className": "dt-right pw-num", "render": sort_as_number})
        elif short[column]:
            definitions.append({"targets": k, "className": "dt-left pw-text pw-short"})
        else:
            definitions.append({"targets": k, "className": "dt-left pw-text", "width": f"{max(_min_width(frame, column), _word_em(frame, column))}em"})
    digest = hashlib.sha256(cells.to_json(orient="split", force_ascii=False).encode("utf-8")).hexdigest()[:16]
    return itables.to_html_datatable(
        cells,
        table_id=f"pw-table-{digest}",
        connected=False,
        allow_html=True,
        showIndex=False,
        maxBytes=0,  # every row, never a sample
        classes="display compact pw-interactive",
        style="table-layout:auto;width:100%;margin:0",
        autoWidth=False,  # the widths are the columns' own (no scrollX: its split header drifts from the body)
        pageLength=PAGE_LENGTH,
        lengthMenu=[[10, PAGE_LENGTH, 50, -1], [10, PAGE_LENGTH, 50, "all"]],
        layout={"topStart": {"buttons": ["pageLength", {"extend": "colvis", "text": "Columns"}]}, "topEnd": "search", "bottomStart": "info", "bottomEnd": "paging"},
        columnDefs=definitions,
        order=[],
        display_logo_when_loading=False,
    )


class Table:
    """A table shown as HTML in the site and as Markdown in the PDF: long or wide tables
    (:func:`interactive`) are interactive on the site, every table is static in the PDF."""

    def __init__(self, frame: pd.DataFrame, max_rows_pdf: int | None = None, pdf_columns: list[str] | None = None, site_hidden: Sequence[str] = ()):
        self.frame = frame.reset_index(drop=True)
        self.max_rows_pdf = max_rows_pdf
        self.pdf_columns = pdf_columns
        self.site_hidden = tuple(site_hidden)

    def _repr_html_(self) -> str:
        if interactive(self.frame):
            return interactive_html(self.frame, self.site_hidden)
        shown = [c for c in self.frame.columns if c not in self.site_hidden and str(c).removeprefix(CELLS) not in self.site_hidden]
        return html_table(self.frame[shown], SCROLL_ROWS)

    def _repr_markdown_(self) -> str:
        frame = self.frame
        if self.pdf_columns:
            frame = frame[self.pdf_columns + [CELLS + c for c in self.pdf_columns if CELLS + c in frame.columns]]
        note = "" if not self.pdf_columns else f"\n\n*Columns shown: {', '.join(self.pdf_columns)}; the site and `data/processed/` have all of them.*"
        if self.max_rows_pdf is not None and len(frame) > self.max_rows_pdf:
            note += f"\n\n*First {self.max_rows_pdf} of {len(frame)} rows; the full table is in the site and in `data/processed/`.*"
            frame = frame.head(self.max_rows_pdf)
        return markdown_table(frame) + note


def table(frame: pd.DataFrame, max_rows_pdf: int | None = None, pdf_columns: list[str] | None = None, site_hidden: Sequence[str] = ()) -> Table:
    """A table for a page; ``site_hidden`` columns start hidden on the site (the "Columns" button shows them)."""
    return Table(frame, max_rows_pdf, pdf_columns, site_hidden)
