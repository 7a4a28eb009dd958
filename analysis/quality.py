"""The quality log: one row per data-quality finding about a source text.

Every kind of finding is declared in :data:`KINDS` with its severity and meaning; the codebook
(``data/codebook/quality_kinds.csv``) is written from the same declaration and a test checks
that every kind the pipeline emits is documented.

Floor: contracts (imports nothing of the package).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass

import pandas as pd

#: kind -> (stage, severity, description)
KINDS: dict[str, tuple[str, str, str]] = {
    "encoding": ("ingest", "info", "encoding the file was decoded with"),
    "traditional": ("ingest", "info", "traditional characters (a big5 copy) converted to simplified on the line (OpenCC t2s); quotes keep the original"),
    "pinyin_gloss": ("ingest", "info", "a pinyin gloss in brackets after a character (达(dá)到) removed on the line"),
    "indicator_space": ("ingest", "info", "a space inside an indicator's name removed on the line (a PDF's line wrap: 户籍人口城镇 化率)"),
    "odd_space": ("ingest", "info", "odd spaces (NBSP, en/em/ideographic space, zero-width) normalised on the line"),
    "fullwidth": ("ingest", "info", "full-width digits or punctuation normalised to ASCII on the line"),
    "minus_sign": ("ingest", "info", "Unicode minus sign normalised to ASCII on the line"),
    "lookalike": ("ingest", "warning", "a look-alike letter (e.g. Cyrillic О) written inside a Chinese numeral"),
    "chinese_year": ("ingest", "info", "a year written in Chinese numerals, converted to digits"),
    "short_year": ("ingest", "info", "a year written with two digits and a leading zero (09年), read as 2009"),
    "conversion_artefact": ("ingest", "warning", "text left by a document conversion (e.g. [bookmark: _Toc…])"),
    "footnote_marker": ("ingest", "info", "a communiqué's footnote marker after a word (常住人口[2]为) removed on the line"),
    "literal_escape": ("ingest", "warning", "a literal escape sequence (backslash-n) in the text"),
    "spaced_number": ("ingest", "info", "spaces inside numbers, years, units or ranges removed on the line"),
    "range_dash": ("ingest", "info", "dash between numbers normalised to the range separator"),
    "thousands": ("ingest", "info", "thousands separators removed from numbers"),
    "number_word": ("ingest", "info", "a number written in words (千万, 破千万, 千万级, 不过亿, 两千万, 达到两人) read in digits with its bound on the line"),
    "box_drawing": ("ingest", "info", "box-drawing characters of a text table normalised to | and -"),
    "permille_sign": ("ingest", "info", "a per-mille sign printed %o, or %。 where the 。 is no full stop, read as ‰ on the line"),
    "table_debris": ("ingest", "info", "a lone | of a layout table removed at the edge of a line of prose, or a line of only | read as blank"),
    "damaged_stop": ("ingest", "info", "a comma a copy left right before a full stop removed on the line (目标,。; 6‰,。以内 → 6‰以内)"),
    "spam": ("ingest", "error", "spam tokens on the line replaced by the inferred original phrase"),
    "spam_token": ("ingest", "error", "a spam token found in the file: id, length, count, lines, inferred replacement"),
    "page_chrome": ("ingest", "info", "lines of web-page furniture (navigation, stamps, widgets) excluded"),
    "outside_body": ("ingest", "warning", "text lines that are not part of the plan (another document on the page) excluded"),
    "table_of_contents": ("ingest", "info", "table-of-contents lines excluded from value extraction (page numbers)"),
    "plan_body": ("ingest", "info", "where the plan body starts and ends"),
    "markup": ("ingest", "info", "a saved HTML page: tags removed, block tags read as line ends, table cells as cells"),
    "place_identified": ("ingest", "info", "the place the plan is about (nation, province, prefecture or county), how it was found, with the evidence"),
    "place_unknown": ("ingest", "warning", "the text does not tell which place the plan is about: its values are filed under 'unknown'"),
    "place_mismatch": ("ingest", "warning", "the place identified from the text differs from the manifest row (the manifest is used)"),
    "garbled_cell": ("extract", "warning", "a table cell whose text is damaged (stray symbols, dropped characters)"),
    "unmapped_label": ("extract", "warning", "a table row label that is not in the indicator codebook"),
    "unit_missing": ("extract", "info", "a table row without a unit cell; unit taken from the label, value or codebook"),
    "missing_cell": ("extract", "info", "a table cell marked as missing (-)"),
    "table_found": ("extract", "info", "an indicator table: title, layout, year columns, rows"),
    "table_problem": ("extract", "warning", "a table row that could not be read (wrong number of cells)"),
    "unit_misfit": ("extract", "warning", "a value whose unit cannot be a unit of its indicator (岁 for a population, 万人 for a rate): dropped in prose, kept with this finding in a table"),
    "implausible_value": ("extract", "warning", "a value no real place can have (a share above 100%, a TFR above 10 …), kept and quoted"),
    "extraction_failed": ("extract", "error", "the extractor failed on this text (a defect of the extractor, to be reported); the text has no rows"),
    "extraction_budget": ("extract", "error", "the text took longer than its time budget (a text made almost only of numbers, lists or table rows): stopped, its rows discarded, the other texts extracted"),
    "invalid_value": ("extract", "warning", "a row that fails its data contract (e.g. a period that ends before it starts): dropped"),
    "unassigned_value": ("extract", "info", "a number in a sentence about a codebook indicator that could not be assigned to it"),
    "text_table_disagreement": ("extract", "warning", "text and table of one plan give different values for the same indicator and year"),
}

SEVERITIES = ("error", "warning", "info")
COLUMNS = ("seed_file", "line", "line_end", "kind", "severity", "detail")


@dataclass(frozen=True)
class Finding:
    """One data-quality finding."""

    seed_file: str
    line: int | None
    kind: str
    detail: str
    line_end: int | None = None

    @property
    def severity(self) -> str:
        return KINDS[self.kind][1]


def findings_frame(findings: Iterable[Finding]) -> pd.DataFrame:
    """The quality log as a frame, in a stable order."""
    rows = []
    for finding in findings:
        if finding.kind not in KINDS:
            raise KeyError(f"undocumented quality-log kind: {finding.kind}")
        row = asdict(finding)
        row["severity"] = finding.severity
        rows.append(row)
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    frame["line"] = frame["line"].astype("Int64")
    frame["line_end"] = frame["line_end"].astype("Int64")
    return frame.sort_values(["seed_file", "line", "kind", "detail"], na_position="first", kind="stable").reset_index(drop=True)


def kinds_frame() -> pd.DataFrame:
    """The quality-log kinds as a codebook table."""
    return pd.DataFrame(
        [(kind, stage, severity, description) for kind, (stage, severity, description) in KINDS.items()],
        columns=["kind", "stage", "severity", "description"],
    )
