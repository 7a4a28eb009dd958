"""Logical lines: a sentence a page broke across physical lines is read as one line.

Pages that wrap their text at a fixed width (a mirror that breaks every 30–40 characters, a text
copied out of a PDF) cut sentences, numbers and units in two: ``到2020年，全市常住人口达到1200`` /
``万人``. Normalisation works line by line, so such a value would not be read. After the body is
located, runs of physical lines that continue one another are joined into one logical line (the
first line of the run carries the joined text; the others become blank lines, so every line keeps
its index and number). A logical line remembers where each physical line starts in it
(:attr:`PlanLine.parts <analysis.ingest.document.PlanLine.parts>`), and every row read from it
takes the physical line where its number stands, with a quote cut to that line
(:meth:`PlanLine.locate <analysis.ingest.document.PlanLine.locate>`): provenance stays exact.

A line is continued by the next one when both are lines of the body's prose (no table cells:
no ``|``, box-drawing rule, tab, two column gaps of spaces or ideographic spaces, or comma-separated numbers;
no spam) and:

* the next line does not open a heading or list item (第…章/节/条, 一、, （一）, 1.、, ●■◆▲★•, 表1,
  专栏, 附件); and either
* the line is **full** and does not end a sentence or clause (``。；！？：…``): the text is wrapped
  at a width (:func:`wrap_width`: at least :data:`MIN_WRAPPED` lines of one length, a fifth of its
  lines of :data:`MIN_WIDTH` or more characters, few longer ones, and at least
  :data:`MIN_MID_SENTENCE` of the lines of that length ending mid-sentence — lines that merely
  share a length, each ending its sentence, are a list or a series, not a wrap), and this line is
  of that length. A full line that ends a sentence is not continued: a paragraph can end exactly
  at the width, and the next line then opens a paragraph of its own (its year is not the one
  named before); or
* the line does not end a sentence or clause (``。；！？：…``), ends inside a number, and the next
  line opens with the rest of it and its unit (``…达到1200`` / ``万人``, ``到20`` / ``20年``;
  not 人口, 人均, 人民): a break between a number and its unit, whatever the width. The line
  must hold text or continue one (a bare number is a cell of a table flattened one cell per
  line), unless it holds the first digits of a year whose rest opens the next (``20`` / ``25年，…``,
  ``2015—20`` / ``17年，…``, a list item's ``●20`` / ``18年完成…``).

Headings, list items, table rows and short title lines are not full and end no number, so they are
never joined; neither is a line that ends a sentence. The title (the line naming the plan, even one
exactly as long as the wrap: the body's title line when it ends with a plan's or report's name, :data:`TITLE`)
and lines before the body are never joined to anything.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from analysis.numbering import HEADING_NUMBER, ITEM_MARKS

#: At least this many lines of one length make a wrapped text.
MIN_WRAPPED = 3
#: Lines shorter than this are not counted when looking for the wrap width (titles, headings, dates).
MIN_WIDTH = 16
#: At least this share of the lines of the wrap width must end mid-sentence (in a wrapped page a break falls after a
#: sentence's end about once in twenty or thirty lines; in a series of one-sentence lines, every time).
MIN_MID_SENTENCE = 2 / 3
#: A line ending with one of these ends its sentence or clause: the next line is not its continuation.
SENTENCE_END = "。；;！!？?：:…"
#: A line opening with a heading's or an item's number or an item's mark (:mod:`analysis.numbering`, one vocabulary for the
#: line joiner and the extractor), a dash, a table's or box's label: a heading or a list item, it continues nothing.
OPENS_ITEM = re.compile(r"^\s*(?:" + HEADING_NUMBER + r"|[" + ITEM_MARKS + r"\-]|表\s*\d|专栏|附件|附表)")
#: A table row or a line of cells: never joined.
CELLS = re.compile(r"[|\t│┃║┆┇┊┋╎╏─━═┼]|\S[ \u3000]{2,}\S+[ \u3000]{2,}\S|\d\s+\d|\d\s*,\s*\d+(?:\.\d+)?\s*,\s*\d")
#: The end of a line cut inside a number, and the start of the next line holding the rest and its unit.
NUMBER_CUT = re.compile(r"\d\.?$")
NUMBER_REST = re.compile(r"^\d*(?:\.\d+)?(?:年|万|亿|%|‰|岁|人(?!口|均|民|才)|个百分点|平方公里|户|倍)")
_CJK = re.compile(r"[\u4e00-\u9fff]")
#: A title: a line that ends with the name of a plan or report (…规划, …纲要, …公报), perhaps its period in brackets.
TITLE = re.compile(r"^[^。；;！!？?]{2,45}?(?:规划|纲要|计划|方案|报告|公报|意见|通知)\s*(?:[(（][^()（）]{2,20}[)）])?\s*[》」”]?\s*$")
YEAR_CUT = re.compile(r"^\s*(?:[" + ITEM_MARKS + r"]\s*)?(?:(?:19|20)\d{2}\s*[—–\-~～至到]\s*)?(?:19|20)\d{2}年")


def _length(original: str) -> int:
    """A physical line's length as the page wrapped it: its spaces count (a break can fall after one), a CR does not."""
    return len(original.rstrip("\r"))


def wrap_width(lengths: Sequence[int], ends: Sequence[bool] = ()) -> int | None:
    """The width a text is wrapped at, or ``None``: the most common length of its lines of
    :data:`MIN_WIDTH` characters or more, if at least :data:`MIN_WRAPPED` lines and a fifth of
    them have it, lines longer than it are fewer than a third as many (a wrapped page's only
    longer lines are the few it did not wrap: a title, a list without commas) and, where ``ends``
    says which lines end a sentence or clause, at least :data:`MIN_MID_SENTENCE` of the lines of
    that length end mid-sentence."""
    counted = [length for length in lengths if length >= MIN_WIDTH]
    if len(counted) < MIN_WRAPPED:
        return None
    width, count = Counter(counted).most_common(1)[0]
    longer = sum(1 for length in counted if length > width)
    if count < MIN_WRAPPED or count < len(counted) / 5 or longer * 3 > count:
        return None
    if ends:
        ending = sum(1 for length, end in zip(lengths, ends) if length == width and end)
        if count - ending < MIN_MID_SENTENCE * count:
            return None
    return width


def continues(line: str, following: str, full: bool, continued: bool = False) -> bool:
    """Whether ``following`` continues ``line`` (both normalised texts; ``full``: ``line`` is as long as the wrap;
    ``continued``: ``line`` itself continues the line before it)."""
    head, tail = line.rstrip(), following.strip()
    if not head or not tail or OPENS_ITEM.match(tail):
        return False
    if full and head[-1] not in SENTENCE_END:
        # a line filled to the wrap that stops mid-sentence did not end its paragraph; one that ends a sentence may
        # end its paragraph exactly at the width: the next line then opens a paragraph of its own
        return True
    if head[-1] in SENTENCE_END or not NUMBER_CUT.search(head) or not NUMBER_REST.match(tail):
        return False
    # a line of text (not a bare number: a table flattened one cell per line), or the first digits of a year
    # whose rest opens the next line (20 / 25年，常住人口…)
    return bool(continued or _CJK.search(head) or YEAR_CUT.match(head + tail))


def runs(
    roles: Sequence[str], numbers: Sequence[int], texts: Sequence[str], originals: Sequence[str], spam: Sequence[bool],
    title: int | None = None,
) -> list[list[int]]:
    """Runs of consecutive lines (indices) that are one logical line: body prose whose lines continue one another.
    ``texts`` are the normalised lines, ``originals`` the physical lines' text, ``spam``: a line holds spam;
    ``title``: the index of the title line (never joined when it is a title: :data:`TITLE`)."""
    def joinable(index: int) -> bool:
        if index == title and TITLE.match(texts[index].strip()):
            return False
        return (roles[index] == "body" and not spam[index] and bool(texts[index].strip())
                and not CELLS.search(originals[index].strip()))

    ok = [joinable(index) for index in range(len(texts))]
    counted = [index for index in range(len(texts)) if ok[index]]
    width = wrap_width([_length(originals[index]) for index in counted], [texts[index].rstrip()[-1] in SENTENCE_END for index in counted])
    found: list[list[int]] = []
    index = 0
    while index < len(texts):
        run = [index]
        while True:
            last = run[-1]
            following = last + 1
            if not (following < len(texts) and ok[last] and ok[following] and numbers[following] == numbers[last] + 1):
                break
            full = width is not None and _length(originals[last]) >= width
            if not continues(texts[last], texts[following], full, len(run) > 1):
                break
            run.append(following)
        if len(run) > 1:
            found.append(run)
        index = run[-1] + 1
    return found


def join(originals: Sequence[str], numbers: Sequence[int], run: Sequence[int]) -> tuple[str, tuple[tuple[int, int, int], ...]]:
    """The joined text of a run of physical lines (the first keeps its indent, the others lose theirs; trailing
    spaces at each break are dropped) and its parts: (start in the joined text, line number, indent left out)."""
    joined, parts = "", []
    for position, at in enumerate(run):
        physical = originals[at]
        kept = physical if position == 0 else physical.lstrip()
        kept = kept if position == len(run) - 1 else kept.rstrip()
        parts.append((len(joined), numbers[at], len(physical) - len(physical.lstrip()) if position else 0))
        joined += kept
    return joined, tuple(parts)
