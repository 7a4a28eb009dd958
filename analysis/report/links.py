"""Links from the report to its sources: plan lines and reference statistics.

Every value in a report table and every evidence quote points at the line it came from, on the
plan's source page (``plans/<page>.html#L<line>``, written by :mod:`analysis.report.sources`;
a text of the real corpus: ``corpus/<page>.html#L<line>``, :func:`corpus_line_ref`),
and every reference statistic at its publisher's page (or, for a derived value, at the CSV in
the site's downloads). The PDF has no source pages: there the seed file and line are printed
(see ``pdf/links.lua``).

Everything here parses the pipeline's provenance columns defensively: a locator it does not
recognise stays plain text rather than becoming a wrong link.
"""

from __future__ import annotations

import functools
import hashlib
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from analysis import paths

#: "seeds/000_x.txt line 61" (consistency evidence, quality details)
SEED_LINE = re.compile(r"seeds/(?P<seed>[^\s/|]+?) line (?P<line>\d+)")
#: what a link to a line says in the PDF: a seed's line or a corpus text's ("corpus/texts/x.txt line 4")
SOURCE_LINE = re.compile(r"(?:seeds|corpus/texts)/(?P<seed>[^\s/|]+?) line (?P<line>\d+)")
#: "data/reference/reference_statistics.csv row 107" or "reference_statistics.csv row 61"
REFERENCE_ROW = re.compile(r"(?:data/reference/)?(?P<file>[\w.-]+\.csv) row (?P<row>\d+)")
#: "plan table, line 121" / "plan text, line 37" (ambition.baseline_origin)
ORIGIN_LINE = re.compile(r"\bline (?P<line>\d+)\b")
EVIDENCE_SEPARATOR = " | "


def page_name(plan_id: str) -> str:
    """File name (without .html) of a plan's source page: the plan id with anything that is not
    a letter, digit, dot, dash or underscore replaced, so no id can leave the ``plans/`` folder.
    An id that had to be changed gets a digest of itself, so ids that differ only in the characters
    replaced (绵阳-2021-2030, 德阳-2021-2030) never share a page."""
    name = re.sub(r"[^A-Za-z0-9._-]", "_", str(plan_id)).lstrip(".")
    if name != str(plan_id):
        name = f"{name}-{hashlib.sha256(str(plan_id).encode('utf-8')).hexdigest()[:10]}"
    return name or "plan"


@dataclass(frozen=True)
class Ref:
    """Where a piece of a table cell comes from: a link target and what the PDF prints for it."""

    href: str
    label: str  # printed in the PDF and shown on hover: "seeds/000_x.txt line 136"
    external: bool = False


@dataclass(frozen=True)
class Segment:
    """A piece of a table cell with its sources (none: plain text)."""

    text: str
    refs: tuple[Ref, ...] = ()
    names_its_source: bool = False  # the text already says where it comes from (evidence quotes)


# -- the corpus: plans and seeds ---------------------------------------------------------------------------

@functools.cache
def _plans() -> pd.DataFrame:
    return pd.read_csv(paths.PLANS, dtype=str, keep_default_na=False)


def seed_of(plan_id: str) -> str | None:
    plans = _plans()
    rows = plans.loc[plans["plan_id"] == plan_id, "seed_file"]
    return rows.iloc[0] if len(rows) else None


def plan_of_seed(seed_file: str) -> str | None:
    plans = _plans()
    rows = plans.loc[plans["seed_file"] == seed_file, "plan_id"]
    return rows.iloc[0] if len(rows) else None


def source_page(plan_id: str, root: str = "..") -> str:
    return f"{root}/plans/{page_name(plan_id)}.html"


def line_ref(plan_id: str, line: int, root: str = "..", what: str = "") -> Ref | None:
    """A link to one line of a plan's source page (``None`` for a plan without a seed)."""
    seed = seed_of(plan_id)
    if seed is None:
        return None
    label = f"seeds/{seed} line {int(line)}" + (f" ({what})" if what else "")
    return Ref(f"{source_page(plan_id, root)}#L{int(line)}", label)


def parse_lines(text: object) -> list[int]:
    """``"64;37"`` → ``[64, 37]``; tokens that are not line numbers are ignored."""
    return [int(token) for token in re.split(r"[;,\s]+", str(text or "")) if token.isdigit()]


def line_refs(plan_id: str, lines: object, sources: object = "", root: str = "..") -> tuple[Ref, ...]:
    """Refs for a ``lines`` cell (``"64;37"``), labelled with the matching ``sources`` part
    (``"table+text"``) when the two line up; reference rows in the same cell become reference refs."""
    text = str(lines or "")
    kinds = str(sources or "").split("+")
    numbers = parse_lines(text) if not REFERENCE_ROW.search(text) else []
    refs = []
    for k, line in enumerate(numbers):
        what = kinds[k] if len(kinds) == len(numbers) else ""
        ref = line_ref(plan_id, line, root, what)
        if ref is not None:
            refs.append(ref)
    for match in REFERENCE_ROW.finditer(text):
        ref = reference_ref(match.group("file"), int(match.group("row")), root)
        if ref is not None:
            refs.append(ref)
    return tuple(refs)


# -- the corpus of real published texts ----------------------------------------------------------------------

@functools.cache
def _corpus_files() -> dict[str, str]:
    """text_id → file name of every text in ``corpus/manifest.csv`` (checked: present, unchanged)."""
    from analysis.corpus import read_corpus_manifest

    manifest = read_corpus_manifest()
    return {text_id: file.rsplit("/", 1)[-1] for text_id, file in zip(manifest["text_id"], manifest["file"])}


def corpus_page(text_id: str, root: str = "..") -> str:
    """The source page of a corpus text: ``<root>/corpus/<page>.html`` (written by
    :func:`analysis.report.sources.write_source_pages`)."""
    return f"{root}/corpus/{page_name(text_id)}.html"


def corpus_line_ref(text_id: str, line: int, root: str = "..", what: str = "") -> Ref | None:
    """A link to one line of a corpus text's source page (``text_id`` as in ``corpus/manifest.csv``,
    the ``plan_id`` of ``data/processed/corpus/``), or ``None`` for a text the manifest lacks. On the
    site it opens ``corpus/<page>.html#L<line>``; in the PDF the file and line are printed after the
    value (``county-gaoming-2021-1.txt:4``), as for the seeds. Pages whose rows come from the corpus
    use it with :func:`analysis.report.output.with_sources`:
    ``Segment(text, (corpus_line_ref(text_id, line),))``."""
    file = _corpus_files().get(str(text_id))
    if file is None:
        return None
    label = f"corpus/texts/{file} line {int(line)}" + (f" ({what})" if what else "")
    return Ref(f"{corpus_page(text_id, root)}#L{int(line)}", label)


# -- reference statistics --------------------------------------------------------------------------------------

@functools.cache
def _reference_sources() -> dict[tuple[str, int], tuple[str, str]]:
    """(source file, row) → (url, title) of every reference statistic."""
    path = paths.REFERENCE / "reference.csv"
    if not path.exists():
        return {}
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    out = {}
    for row in frame.to_dict("records"):
        file, number = row.get("source_file", ""), row.get("source_row", "")
        if file and number.isdigit():
            out[(file, int(number))] = (row.get("source_url", ""), row.get("source_title", ""))
    return out


def reference_ref(source_file: str, row: int, root: str = "..") -> Ref | None:
    """A reference statistic's source: its publisher's page when the data give one, otherwise the
    reference CSV in the site's downloads (a derived value documents its derivation there)."""
    url, title = _reference_sources().get((source_file, int(row)), ("", ""))
    label = f"data/reference/{source_file} row {int(row)}"
    if url.startswith(("http://", "https://")):
        return Ref(url, f"{label}: {title}" if title else label, external=True)
    if (paths.REFERENCE / source_file).exists():
        return Ref(f"{root}/data/reference/{source_file}", label)
    return None


def url_ref(url: str, label: str) -> Ref | None:
    return Ref(url, label, external=True) if str(url).startswith(("http://", "https://")) else None


# -- evidence strings --------------------------------------------------------------------------------------------

def evidence_segments(evidence: str, root: str = "..") -> list[Segment]:
    """Split a consistency finding's evidence into its quotes, each linked to its line or source."""
    segments = []
    for item in str(evidence or "").split(EVIDENCE_SEPARATOR):
        if not item.strip():
            continue
        seed = SEED_LINE.match(item.strip())
        reference = REFERENCE_ROW.match(item.strip())
        ref = None
        if seed:
            plan_id = plan_of_seed(seed.group("seed"))
            ref = line_ref(plan_id, int(seed.group("line")), root) if plan_id else None
        elif reference:
            ref = reference_ref(reference.group("file"), int(reference.group("row")), root)
        segments.append(Segment(item.strip(), (ref,) if ref else (), names_its_source=True))
    return segments


def line_list_segments(plan_id: str, where: str, root: str = "..") -> list[Segment]:
    """``"6, 16, 91–106"`` → one linked segment per line or range (a range links to its first line)."""
    segments = []
    for item in re.split(r",\s*", str(where or "")):
        first = re.match(r"\d+", item.strip())
        ref = line_ref(plan_id, int(first.group()), root) if first else None
        segments.append(Segment(item.strip(), (ref,) if ref else (), names_its_source=True))  # line numbers of the plan in the same row
    return segments


# -- rendering -----------------------------------------------------------------------------------------------

def segments_html(segments: Sequence[Segment], separator: str = "; ") -> str:
    """Escaped HTML of a cell: each segment links to its first source, further sources follow as
    small numbered links; the hover text names every source. Quotes that name their source
    (evidence) go one per line."""
    if len(segments) > 1 and all(segment.names_its_source and not _is_line_number(segment.text) for segment in segments):
        separator = "<br>"
    parts = []
    for segment in segments:
        text = html.escape(segment.text)
        if not segment.refs:
            parts.append(text)
            continue
        first, *more = segment.refs
        title = html.escape("; ".join(ref.label for ref in segment.refs))
        parts.append(_anchor(first, text, title) + "".join(f'<sup class="pw-also">{_anchor(ref, str(k), html.escape(ref.label))}</sup>' for k, ref in enumerate(more, 2)))
    return separator.join(parts)


def _anchor(ref: Ref, text: str, title: str) -> str:
    extra = ' rel="noopener" target="_blank"' if ref.external else ""
    return f'<a href="{html.escape(ref.href)}" title="{title}"{extra}>{text}</a>'


def _is_line_number(text: str) -> bool:
    return re.fullmatch(r"[\d–-]+", text.strip()) is not None


def segments_markdown(segments: Sequence[Segment], escape, separator: str = "; ") -> str:
    """Markdown of a cell for the PDF: a link whose title names every source; the PDF filter
    (``pdf/links.lua``) prints that title after the text, so the seed file and line are on paper.
    Quotes that name their source (evidence) are printed as they are, separated as in the data."""
    if segments and all(segment.names_its_source and not _is_line_number(segment.text) for segment in segments):
        separator = EVIDENCE_SEPARATOR
    parts = []
    for segment in segments:
        text = escape(segment.text)
        if not segment.refs or segment.names_its_source:
            parts.append(text)
            continue
        title = printed_sources(segment.refs).replace("\\", "\\\\").replace('"', '\\"')
        parts.append(f'[{text}]({segment.refs[0].href.replace(" ", "%20").replace(")", "%29")} "{title}")')
    return separator.join(parts)


def printed_sources(refs: Sequence[Ref]) -> str:
    """What the PDF prints after a value: ``000_x.txt:64, 37`` (lines of one seed together), a
    reference row as ``data/reference/reference_statistics.csv row 1``."""
    groups: dict[str, list[str]] = {}
    for ref in refs:
        match = SOURCE_LINE.match(ref.label)
        if match:
            groups.setdefault(match.group("seed"), []).append(match.group("line"))
        else:
            groups.setdefault(_short_label(ref), [])
    return "; ".join(f"{name}:{', '.join(lines)}" if lines else name for name, lines in groups.items())


def _short_label(ref: Ref) -> str:
    """What the PDF prints: ``000_x.txt:136`` for a plan line, the row for a reference statistic."""
    match = SOURCE_LINE.match(ref.label)
    if match:
        return f"{match.group('seed')}:{match.group('line')}"
    return ref.label.split(": ", 1)[0]


def display_text(segments: Sequence[Segment], separator: str = "; ") -> str:
    """The cell as the PDF shows it (text and printed sources), for sizing columns."""
    if segments and all(segment.names_its_source and not _is_line_number(segment.text) for segment in segments):
        separator = EVIDENCE_SEPARATOR
    return separator.join(segment.text + (" · " + printed_sources(segment.refs) if segment.refs and not segment.names_its_source else "") for segment in segments)
